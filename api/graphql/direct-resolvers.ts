import { isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type ContainerType } from 'type-graphql';

// type-graphql calls a field resolver through a wrapper made for middlewares, auth checks and argument
// validation: per call it builds the resolver data, sorts and maps the parameters, checks them for promises and
// then calls the method. A page of 50 directives calls field resolvers a few thousand times (a target's citation,
// a directive's id and relations). A field resolver that has none of what the wrapper is for (no middleware, no
// role, no argument: only @Root, @Ctx and @Info) is called directly instead, with the same values.

type Picker = (root: unknown, context: unknown, info: GraphQLResolveInfo) => unknown;

const ROOT: Picker = (root) => root;
const CONTEXT: Picker = (_root, context) => context;
const INFO: Picker = (_root, _context, info) => info;

type Param = NonNullable<ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']>[number];

/** How a parameter is given, or null when type-graphql does more than pass it on (arguments, a root turned into a class). */
function pickerOf(param: Param): Picker | null {
  if (param.kind === 'context') return param.propertyName ? null : CONTEXT;
  if (param.kind === 'info') return INFO;
  // A root typed as a class is copied into an instance of it; typed otherwise (Row<E>), it is passed as it is.
  if (param.kind === 'root') return !param.propertyName && (!param.getType || param.getType() === Object) ? ROOT : null;
  return null;
}

/** Replaces the wrappers of `schema`'s field resolvers that need none with direct calls of the same methods; names the fields. */
export function callFieldResolversDirectly(schema: GraphQLSchema, container: ContainerType): string[] {
  const direct: string[] = [];
  for (const meta of getMetadataStorage().fieldResolvers) {
    const objectClass = meta.kind === 'external' ? meta.getObjectType?.() : undefined;
    if (!objectClass || meta.middlewares?.length || meta.roles?.length) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const pickers = params.map(pickerOf);
    if (pickers.some((p) => p === null)) continue;
    const typeName = getMetadataStorage().objectTypes.find((t) => t.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type && isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
    if (!field) continue;
    const instance = container.get(meta.target as never, undefined as never) as Record<string, (...values: unknown[]) => unknown>;
    const method = instance[meta.methodName];
    const [a, b, c] = pickers as Picker[];
    const resolve: GraphQLFieldResolver<unknown, unknown> | null =
      pickers.length === 1
        ? (root, _args, context, info) => method.call(instance, a(root, context, info))
        : pickers.length === 2
          ? (root, _args, context, info) => method.call(instance, a(root, context, info), b(root, context, info))
          : pickers.length === 3
            ? (root, _args, context, info) => method.call(instance, a(root, context, info), b(root, context, info), c(root, context, info))
            : null;
    if (!resolve) continue;
    field.resolve = resolve;
    direct.push(`${typeName}.${meta.schemaName}`);
  }
  return direct;
}
