import fs from 'node:fs';
import path from 'node:path';
import { buildDirectiveSchema, printDirectiveSchema } from '../graphql/schema';
import { repoRoot } from '../repo-root';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

describe('schema/schema.graphql', () => {
  it('is what the code builds (run `npm run schema:print` after changing the schema)', () => {
    const committed = fs.readFileSync(path.join(repoRoot(), 'schema/schema.graphql'), 'utf8');
    expect(printDirectiveSchema()).toBe(committed);
  });

  it('documents every type and field', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(buildDirectiveSchema().getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
