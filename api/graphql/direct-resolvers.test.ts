import type { GraphQLObjectType } from 'graphql';
import { toGlobalId } from './node/global-id';
import { callFieldResolversDirectly } from './direct-resolvers';
import { buildDirectiveSchema } from './schema';

// Field resolvers called without type-graphql's wrapper (direct-resolvers.ts) must be only those the wrapper
// does nothing for: one with a middleware, a role or an argument keeps it.

it('calls directly the field resolvers that take only their root, context and info', () => {
  const schema = buildDirectiveSchema();
  const direct = callFieldResolversDirectly(schema, { get: (resolverClass: new () => unknown) => new resolverClass() } as never);
  expect(direct).toEqual(expect.arrayContaining(['Directive.id', 'Directive.targets', 'Target.citation', 'SloganMention.citation', 'Target.directive']));
  // An argument (`with`), a middleware (the response budget), a role (the writes are Mutation fields, not here).
  expect(direct).not.toContain('Directive.sharedPassages');
  expect(direct).not.toContain('Rendition.text');
});

it('gives a direct resolver its root and context in the method\'s order', () => {
  const directive = buildDirectiveSchema().getType('Directive') as GraphQLObjectType;
  const row = { id: 7, province: { code: 'VN-13' } };
  expect(directive.getFields().id.resolve!(row, {}, {}, {} as never)).toBe(toGlobalId('Directive', 7));
  // Directive.province(root, context): nested rows first, else the context's loader.
  const nested = directive.getFields().province.resolve!(row, {}, { loaders: { provinceByCode: { load: (code: string) => `loaded ${code}` } } }, {} as never);
  expect(nested).toBe('loaded VN-13');
});
