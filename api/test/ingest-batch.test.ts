import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { corpusDocuments, generateDocument } from '../bench/generate';
import { ingestFiles } from '../cli/ingest';
import { digestTables } from '../bench/digest';
import { IngestionError } from '../ingestion/errors';
import { ingest, ingestMany, type IngestSettled } from '../ingestion/ingest';
import { repoRoot } from '../repo-root';
import { freshDatabase, rowCounts, type TestDatabase } from './harness';

// Documents ingested together (ingestMany: one transaction, one lock, rows written in one statement per kind)
// must leave the database as ingesting them one by one does: every row, its links and the shared passages
// found between documents of the same batch. bench/digest.ts digests every table with ids replaced by keys.

const TH_402 = fs.readFileSync(path.join(repoRoot(), 'seeds/corpus/004_218e12ecb44d83c2.txt'), 'utf8');

const outcome = (s: IngestSettled) => (s.ok ? s.result.outcome : `rejected: ${(s.error as Error).message}`);

describe('ingesting documents together', () => {
  const dbs: TestDatabase[] = [];
  const fresh = async () => {
    const db = await freshDatabase();
    dbs.push(db);
    return db;
  };
  afterAll(() => Promise.all(dbs.map((db) => db.drop())));

  it('stores the same rows as one document after another, new texts of a directive and copies included', async () => {
    const documents = [...corpusDocuments(36)].map((d) => ({ input: d.text, options: { origin: d.origin } }));
    // In the batch of the text they copy: a new text of Thanh Hóa 402-CV/TU (its number lower-cased), then the
    // same bytes again.
    const copy = { input: TH_402.replace('402 - CV/TU', '402-cv/tu').replace(/\n*$/, '\nBản sao.\n'), options: { origin: 'copy-of-402' } };
    documents.splice(6, 0, copy, { ...copy, options: { origin: 'copy-again' } });
    const [serial, together] = await Promise.all([fresh(), fresh()]);

    const one: IngestSettled[] = [];
    for (const d of documents) one.push(...(await ingestMany(serial.orm.em, [d])));
    const batched: IngestSettled[] = [];
    for (let i = 0; i < documents.length; i += 8) batched.push(...(await ingestMany(together.orm.em, documents.slice(i, i + 8))));

    expect(batched.map(outcome)).toEqual(one.map(outcome));
    expect(one.map(outcome).slice(6, 8)).toEqual(['NEW_RENDITION', 'UNCHANGED']);
    const digest = await digestTables(serial.url);
    expect(Number.parseInt(digest.shared_passage)).toBeGreaterThan(100);
    expect(await digestTables(together.url)).toEqual(digest);
  });

  it('links citations to directives arriving later, in an earlier batch or the same one, as one by one does', async () => {
    const letter = (n: number, cites: string) => ({
      input: TH_402.replace('Số 402 - CV/TU', `Số ${n} - CV/TU`).replace('Thực hiện chỉ đạo của Trung ương và của tỉnh,', `Thực hiện Công văn số ${cites} ngày 28/9/2021 của Tỉnh ủy,`),
      options: { origin: `letter-${n}` },
    });
    const batches = [
      [letter(911, '913-CV/TU'), letter(912, '914-CV/TU'), letter(916, '911-CV/TU')],
      [letter(915, '913-CV/TU'), letter(913, '911-CV/TU'), letter(917, '913-CV/TU'), letter(914, '913-CV/TU')],
    ];
    const [serial, together] = await Promise.all([fresh(), fresh()]);
    for (const d of batches.flat()) await ingestMany(serial.orm.em, [d]);
    for (const batch of batches) await ingestMany(together.orm.em, batch);

    const [{ linked }] = await together.orm.em.getConnection().execute('select count(cited_id)::int as linked from reference');
    expect(linked).toBe(7);
    expect(await digestTables(together.url)).toEqual(await digestTables(serial.url));
  });

  it('leaves nothing of a document that fails and stores the others of its batch', async () => {
    const [a, b, failing] = [generateDocument(0), generateDocument(1), generateDocument(2)];
    expect(new Set([a.province, b.province, failing.province]).size).toBe(3);
    const [alone, together] = await Promise.all([fresh(), fresh()]);
    await ingest(alone.orm.em, a.text, { origin: a.origin });
    await ingest(alone.orm.em, b.text, { origin: b.origin });

    // The failing document names a province the database lacks: it is refused under the lock, after the
    // document before it was stored in the same transaction.
    await together.orm.em.getConnection().execute('delete from province where code = ?', [failing.province]);
    const settled = await ingestMany(together.orm.em, [
      { input: a.text, options: { origin: a.origin } },
      { input: '   \n', options: { origin: 'empty' } },
      { input: failing.text, options: { origin: failing.origin } },
      { input: b.text, options: { origin: b.origin } },
    ]);

    expect(settled.map((s) => (s.ok ? s.result.outcome : (s.error as IngestionError).code))).toEqual(['NEW_DIRECTIVE', 'EMPTY', 'NOT_A_DIRECTIVE', 'NEW_DIRECTIVE']);
    expect(settled[2].ok ? null : settled[2].error).toBeInstanceOf(IngestionError);
    const { province: _a, ...countsTogether } = await rowCounts(together.orm);
    const { province: _b, ...countsAlone } = await rowCounts(alone.orm);
    expect(countsTogether).toEqual(countsAlone);
    expect(await digestTables(together.url)).toEqual(await digestTables(alone.url));
  });

  it('reports each of several files the command line stores together', async () => {
    const db = await fresh();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-files-'));
    const [first, second] = [generateDocument(3), generateDocument(4)];
    fs.writeFileSync(path.join(dir, 'first.txt'), first.text);
    fs.writeFileSync(path.join(dir, 'second.txt'), second.text);
    const lines = (await ingestFiles(db.orm.em, ['first.txt', 'missing.txt', 'second.txt', 'first.txt'].map((f) => path.join(dir, f)))).map((o) => [o.ok, o.outcome, o.line.replace(dir + path.sep, '')]);
    fs.rmSync(dir, { recursive: true });
    expect(lines).toEqual([
      [true, 'NEW_DIRECTIVE', 'first.txt: new directive 1003-TB/TU'],
      [false, undefined, expect.stringMatching(/^missing\.txt: rejected: ENOENT/)],
      [true, 'NEW_DIRECTIVE', 'second.txt: new directive 1004-TB/TU'],
      [true, 'UNCHANGED', 'first.txt: already held: 1003-TB/TU'],
    ]);
  });
});
