import { getMetadataStorage } from 'type-graphql';
import { buildDirectiveSchema } from './schema';

// simpleResolvers (simple-fields.ts) lets graphql-js read a type's plain fields directly, skipping
// middlewares and auth checks: no plain field of a marked type may have one.

it('marks simple only object types whose plain fields have no middleware and no role', () => {
  buildDirectiveSchema();
  const storage = getMetadataStorage();
  const withResolver = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
  const simple = storage.objectTypes.filter((type) => type.simpleResolvers);
  expect(simple.map((type) => type.name)).toEqual(expect.arrayContaining(['Directive', 'Target', 'Citation', 'SloganMention', 'PageInfo']));
  expect(storage.objectTypes.find((type) => type.name === 'Clause')?.simpleResolvers).toBeFalsy();
  for (const type of simple) {
    for (const field of type.fields ?? []) {
      if (withResolver.has(`${type.target.name}.${field.name}`)) continue;
      expect([`${type.name}.${field.name}`, field.middlewares ?? [], field.roles ?? []]).toEqual([`${type.name}.${field.name}`, [], []]);
    }
  }
  // The check can fail: Clause.text is a plain field with a middleware.
  const clause = storage.objectTypes.find((type) => type.name === 'Clause')!;
  expect(clause.fields?.find((field) => field.name === 'text')?.middlewares).toHaveLength(1);
});
