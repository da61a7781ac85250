import fs from 'node:fs';
import path from 'node:path';
import { Directive, Province, Rendition } from '../db/entities';
import { countStatements } from '../db/statement-counter';
import { IngestionError } from '../ingestion/errors';
import { ingest } from '../ingestion/ingest';
import { seedCorpus } from '../ingestion/seed-corpus';
import { loadReferenceData } from '../reference/load-reference-data';
import { repoRoot } from '../repo-root';
import { freshDatabase, rowCounts, type TestDatabase } from './harness';

const corpus = (file: string) => fs.readFileSync(path.join(repoRoot(), 'seeds/corpus', file));
const OCR_370 = '000_a3b2abe26640b73b.txt';
const PORTAL_370 = '001_c0365480307932db.txt';

/** The directive rows as a researcher would read them, independent of insertion order. */
async function directiveSummaries(db: TestDatabase) {
  const em = db.orm.em.fork();
  const directives = await em.find(Directive, {}, { populate: ['issuer'], orderBy: { number: 'asc' } });
  const renditions = await em.find(Rendition, {});
  return directives.map((d) => ({
    number: d.number,
    kind: d.kind,
    province: d.province?.code ?? null,
    provinceInferred: d.provinceInferred,
    issuer: d.issuer?.name ?? null,
    issuedOn: d.issuedOn,
    meetingOn: d.meetingOn,
    signer: d.signerName,
    subject: d.subject,
    missing: Object.keys(d.missing).sort(),
    renditions: renditions.filter((r) => r.directive.id === d.id).map((r) => r.origin).sort(),
  }));
}

describe('seed corpus', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
    await seedCorpus(db.orm.em);
  });
  afterAll(() => db.drop());

  it('loads five renditions as four directives with the metadata the texts give', async () => {
    const summaries = await directiveSummaries(db);
    expect(summaries).toHaveLength(4);
    const [tb11, tb370, cv402, letter] = summaries; // numbers sort as text, nulls last
    expect(tb370).toMatchObject({
      number: '370-TB/TU',
      kind: 'THONG_BAO',
      province: 'VN-13',
      provinceInferred: false,
      issuer: 'Tỉnh ủy Quảng Ninh',
      issuedOn: '2021-09-28',
      meetingOn: '2021-09-27',
      // The portal copy has no signature block; the scan's OCR-damaged one is read ("gô Quang Hưng").
      signer: 'Ngô Quang Hưng',
      renditions: [`seeds/corpus/${OCR_370}`, `seeds/corpus/${PORTAL_370}`],
    });
    expect(tb370.missing).toEqual([]);
    expect(tb11).toMatchObject({
      number: '11-TB/BCĐ',
      kind: 'THONG_BAO',
      province: 'VN-13',
      provinceInferred: true,
      issuer: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Quảng Ninh',
      issuedOn: null,
      meetingOn: '2021-09-22',
      signer: 'Nguyễn Chí Thành',
    });
    expect(tb11.missing).toEqual(['issuedOn']);
    expect(cv402).toMatchObject({
      number: '402-CV/TU',
      kind: 'CONG_VAN',
      province: 'VN-21',
      provinceInferred: false,
      issuer: 'Tỉnh ủy Thanh Hóa',
      issuedOn: '2021-09-30',
      meetingOn: '2021-09-29',
      signer: 'Lại Thế Nguyên',
      subject: 'tiếp tục triển khai các biện pháp phòng, chống dịch COVID-19 trong tình hình mới',
    });
    expect(cv402.missing).toEqual([]);
    expect(letter).toMatchObject({
      number: null,
      kind: 'CONG_VAN',
      province: 'VN-13',
      provinceInferred: true,
      issuer: 'Ban Thường vụ Tỉnh ủy Quảng Ninh',
      issuedOn: null,
      meetingOn: null,
      signer: 'Hoàng Ngân',
      subject: 'tăng cường công tác phòng chông dịch COVID-19 trên địa bàn tỉnh',
    });
    expect(letter.missing).toEqual(['issuedOn', 'meetingOn', 'number']);
  });

  it('gives a reason for every unknown field', async () => {
    const letter = await db.orm.em.fork().findOneOrFail(Directive, { number: null });
    expect(letter.missing.number).toMatch(/number/i);
    expect(letter.missing.issuedOn).toContain('1699/CĐ-TTg');
  });

  it('changes nothing when the corpus is loaded again, and asks with one statement', async () => {
    const before = { counts: await rowCounts(db.orm), summaries: await directiveSummaries(db) };
    const { result: results, statements } = await countStatements(() => seedCorpus(db.orm.em));
    expect(results.map((r) => r.result.outcome)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(statements).toBe(1);
    expect(await rowCounts(db.orm)).toEqual(before.counts);
    expect(await directiveSummaries(db)).toEqual(before.summaries);
  });
});

describe('reference data', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await freshDatabase()));
  afterAll(() => db.drop());

  it('is not written again when the database holds it as it is', async () => {
    const { result: provinces, statements } = await countStatements(() => loadReferenceData(db.orm.em));
    expect(provinces).toBe(63);
    expect(statements).toBe(1);
  });

  it('is written where the database differs from it', async () => {
    await db.orm.em.getConnection().execute(`update province set population = 1 where code = 'VN-13'`);
    await db.orm.em.getConnection().execute(`delete from province where code = 'VN-HN'`);
    await loadReferenceData(db.orm.em);
    const held = await db.orm.em.fork().find(Province, { code: ['VN-13', 'VN-HN'] }, { orderBy: { code: 'asc' } });
    expect(held.map((p) => p.code)).toEqual(['VN-13', 'VN-HN']);
    expect(held[0].population).toBeGreaterThan(1_000_000);
  });
});

describe('one directive, several renditions', () => {
  it.each([
    ['OCR first', [OCR_370, PORTAL_370]],
    ['portal first', [PORTAL_370, OCR_370]],
  ])('merges the scan and the portal article of 370-TB/TU (%s)', async (_order, files) => {
    const db = await freshDatabase();
    try {
      const outcomes = [];
      for (const file of files) outcomes.push((await ingest(db.orm.em, corpus(file), { origin: file })).outcome);
      expect(outcomes).toEqual(['NEW_DIRECTIVE', 'NEW_RENDITION']);
      const [summary, ...others] = await directiveSummaries(db);
      expect(others).toEqual([]);
      expect(summary).toMatchObject({
        number: '370-TB/TU',
        province: 'VN-13',
        provinceInferred: false,
        issuedOn: '2021-09-28',
        meetingOn: '2021-09-27',
        renditions: [OCR_370, PORTAL_370],
      });
    } finally {
      await db.drop();
    }
  });

  it('keeps directives apart that only share paragraphs (Thanh Hóa repeats Quảng Ninh)', async () => {
    const db = await freshDatabase();
    try {
      await ingest(db.orm.em, corpus(PORTAL_370));
      const { outcome } = await ingest(db.orm.em, corpus('004_218e12ecb44d83c2.txt'));
      expect(outcome).toBe('NEW_DIRECTIVE');
    } finally {
      await db.drop();
    }
  });
});

describe('failed ingestion', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
    await ingest(db.orm.em, corpus(PORTAL_370));
  });
  afterAll(() => db.drop());

  it.each([
    ['an empty file', Buffer.from('  \n\n '), 'EMPTY'],
    ['bytes that are not UTF-8', Buffer.from([0x54, 0x68, 0xff, 0xfe, 0x00, 0x01, 0x41]), 'NOT_TEXT'],
    ['a file over the size limit', Buffer.alloc(3 * 1024 * 1024, 'a'), 'TOO_LARGE'],
    ['prose that is no directive', Buffer.from('Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.\n'), 'NOT_A_DIRECTIVE'],
  ])('rejects %s with a reason and writes nothing', async (_what, bytes, code) => {
    const before = await rowCounts(db.orm);
    const error = await ingest(db.orm.em, bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestionError);
    expect((error as IngestionError).code).toBe(code);
    expect((error as Error).message.length).toBeGreaterThan(10);
    expect(await rowCounts(db.orm)).toEqual(before);
  });

  it('rolls back every row when the database fails half-way through', async () => {
    const connection = db.orm.em.getConnection();
    // A real failure inside the transaction: clauses are inserted after the directive and the rendition.
    await connection.execute(`create function refuse() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
    await connection.execute(`create trigger refuse_clause before insert on clause for each statement execute function refuse()`);
    try {
      const before = await rowCounts(db.orm);
      await expect(ingest(db.orm.em, corpus('004_218e12ecb44d83c2.txt'))).rejects.toThrow(/disk full/);
      expect(await rowCounts(db.orm)).toEqual(before);
    } finally {
      await connection.execute('drop trigger refuse_clause on clause; drop function refuse()');
    }
  });
});
