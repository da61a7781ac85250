import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../graphql/pagination/page-size';
import { checkedOnce } from './checked-once';
import { INPUT_LIMITS } from './input-limits';

// What a request's arguments may hold, checked once its operation is known and before anything runs, so
// that a mistake is BAD_USER_INPUT (HTTP 400) and never reaches PostgreSQL or a resolver half-way through:
// - no NUL character in a string (PostgreSQL refuses it in text, and the error looked like an outage);
//   a document's own text (ingestDocument's `text`, ingestFile's `content`) is left to ingestion, which
//   refuses binary with its own reason;
// - no list of more than `listItems` values (a 100,000-name `provinces` list took 16 s to refuse);
// - variables nested at most `variableDepth` deep (200,000 levels overflowed the stack: a 500);
// - a page's `first` from 0 to MAX_PAGE_SIZE, refused before the other fields run, as the README says.

export { INPUT_LIMITS };

const DOCUMENT_ARGUMENTS = new Set(['Mutation.ingestDocument.text', 'Mutation.ingestFile.content']);

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** Depth and list sizes of the variables, without recursion (the point is to survive absurd nesting). */
function checkVariableShape(variables: Record<string, unknown>): void {
  const stack: { value: unknown; depth: number }[] = [{ value: variables, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > INPUT_LIMITS.variableDepth) throw badInput(`variables are nested more than ${INPUT_LIMITS.variableDepth} levels deep`);
    const children = Array.isArray(value) ? value : Object.values(value);
    if (Array.isArray(value) && value.length > INPUT_LIMITS.listItems) throw badInput(`a list in the variables has ${value.length} items; at most ${INPUT_LIMITS.listItems}`);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
}

/** The strings inside a coerced argument value. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

function checkArguments(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const typeInfo = new TypeInfo(schema);
  visit(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      ListValue(node) {
        if (node.values.length > INPUT_LIMITS.listItems) throw badInput(`a list of ${node.values.length} values; at most ${INPUT_LIMITS.listItems}`);
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!argument || !parent || !field) return;
        const value = valueFromAST(node.value, argument.type, variables);
        if (value === undefined) return; // a value that does not fit: validation or execution refuses it
        const where = `${parent.name}.${field.name}.${argument.name}`;
        if (!DOCUMENT_ARGUMENTS.has(where)) {
          for (const s of strings(value)) if (s.includes('\u0000')) throw badInput(`"${argument.name}" of ${field.name} contains a NUL character`);
        }
        if (argument.name === 'first' && getNamedType(field.type).name.endsWith('Connection') && typeof value === 'number' && (value < 0 || value > MAX_PAGE_SIZE)) {
          throw badInput(`"first" of ${field.name} must be between 0 and ${MAX_PAGE_SIZE}, not ${value}`);
        }
      },
    }),
  );
}

export function inputBoundsPlugin(): ApolloServerPlugin {
  const checked = checkedOnce();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          checkVariableShape(variables);
          if (checked.passed(document, operation.name?.value, variables)) return;
          checkArguments(schema, document, operation, variables);
          checked.remember(document, operation.name?.value, variables);
        },
      };
    },
  };
}
