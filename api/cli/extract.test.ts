import fs from 'node:fs';
import path from 'node:path';
import { isObjectType } from 'graphql';
import { buildDirectiveSchema } from '../graphql/schema';
import { analyse } from '../ingestion/analyse';
import { repoRoot } from '../repo-root';
import { describeAnalysis } from './extract';

const describe_ = (file: string) => describeAnalysis(analyse(fs.readFileSync(path.join(repoRoot(), 'seeds/corpus', file))));
const output = describe_('004_218e12ecb44d83c2.txt');
const citing = describe_('002_d1e89d2762b589d6.txt'); // cites 362-TB/TU, 6741/CD-VPCP...

/** Every key of `value` must be a field of the GraphQL type `typeName`. */
function expectFieldsOf(typeName: string, value: object) {
  const type = buildDirectiveSchema().getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  expect(Object.keys(value).filter((key) => !(key in type.getFields()))).toEqual([]);
}

describe('npm run extract', () => {
  it("prints a document's metadata and facts without a database", () => {
    expect(output.directive).toMatchObject({ number: '402-CV/TU', kind: 'CONG_VAN', province: { code: 'VN-21' }, issuedOn: '2021-09-30' });
    expect(output.targets.map((t) => [t.metric, t.value])).toEqual(
      expect.arrayContaining([
        ['RT_PCR_SINGLE_SAMPLES', 8000],
        ['RT_PCR_POOLED_SAMPLES', 80000],
      ]),
    );
    expect(output.slogans.map((s) => s.canonical)).toContain('hai chống, ba xây');
  });

  it('uses the GraphQL API\'s field names, so its output shows what the API serves', () => {
    expectFieldsOf('Directive', output.directive);
    expectFieldsOf('Rendition', output.rendition);
    expectFieldsOf('Clause', output.rendition.clauses[0]);
    expectFieldsOf('Target', output.targets[0]);
    expectFieldsOf('TargetQualifiers', output.targets[0].qualifiers);
    expectFieldsOf('Citation', output.targets[0].citation);
    expectFieldsOf('Measure', { ...output.measures[0], agencies: undefined });
    expectFieldsOf('Slogan', output.slogans[0]);
    expectFieldsOf('AgencyMention', output.agencies[0]);
    expect(citing.references.length).toBeGreaterThan(0);
    expectFieldsOf('Reference', citing.references[0]);
  });
});
