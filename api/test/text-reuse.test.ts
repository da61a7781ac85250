import fs from 'node:fs';
import path from 'node:path';
import { ingest } from '../ingestion/ingest';
import { repoRoot } from '../repo-root';
import { freshDatabase, type TestDatabase } from './harness';

// Texts are aligned with their candidates before the ingestion's lock (persist-reuse.ts); a candidate that
// another ingestion commits in between is aligned under the lock. Either way the passages stored are those
// of one ingestion after the other: Thanh Hóa 402-CV/TU repeats much of Quảng Ninh 370-TB/TU.

const corpus = (file: string) => fs.readFileSync(path.join(repoRoot(), 'seeds/corpus', file), 'utf8');
const QN_370 = corpus('001_c0365480307932db.txt');
const TH_402 = corpus('004_218e12ecb44d83c2.txt');

async function sharedPassages(db: TestDatabase): Promise<unknown[]> {
  return db.orm.em.getConnection().execute(
    `select d.number, o.number as other, s.start_offset, s.end_offset, s.other_start, s.other_end, s.similarity, s.words, s.quote, s.other_quote
       from shared_passage s join directive d on d.id = s.directive_id join directive o on o.id = s.other_id
      order by d.number, s.start_offset, s.other_start`,
  );
}

describe('text reuse at ingestion', () => {
  const dbs: TestDatabase[] = [];
  afterAll(() => Promise.all(dbs.map((db) => db.drop())));

  it('stores the same shared passages for two directives ingested at once as one after the other', async () => {
    const [serial, together] = await Promise.all([freshDatabase(), freshDatabase()]);
    dbs.push(serial, together);
    await ingest(serial.orm.em, QN_370, { origin: '370' });
    await ingest(serial.orm.em, TH_402, { origin: '402' });
    // Both align before either commits: the second to take the lock finds the first only then.
    const outcomes = await Promise.all([ingest(together.orm.em, QN_370, { origin: '370' }), ingest(together.orm.em, TH_402, { origin: '402' })]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['NEW_DIRECTIVE', 'NEW_DIRECTIVE']);

    const expected = await sharedPassages(serial);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(expected.map((p: any) => p.number)).toEqual(expect.arrayContaining(['370-TB/TU', '402-CV/TU']));
    expect(await sharedPassages(together)).toEqual(expected);
  });
});
