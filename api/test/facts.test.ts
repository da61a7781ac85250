import fs from 'node:fs';
import path from 'node:path';
import { ingest } from '../ingestion/ingest';
import { repoRoot } from '../repo-root';
import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => ({ db, server } = await seededServer()));
afterAll(() => stopSeededServer({ db, server }));

const TARGETS = `query($number: String!) { directive(number: $number) { targets {
  metric value unit
  qualifiers { poolSize dose scope scopeCount scopeTotal population condition }
  deadline { kind date periodStart periodEnd days event }
  citation { quote rendition { format } }
} } }`;

describe('targets', () => {
  it("Quảng Ninh 370-TB/TU: RT-PCR 15,000 single and 75,000 pooled (5) samples/day at 13/13 localities, dose 2 for 100% by October 2021", async () => {
    const { data, errors } = await server.query(TARGETS, { number: '370-TB/TU' });
    expect(errors).toBeUndefined();
    const targets = data.directive.targets;
    const single = targets.find((t: any) => t.metric === 'RT_PCR_SINGLE_SAMPLES');
    const pooled = targets.find((t: any) => t.metric === 'RT_PCR_POOLED_SAMPLES');
    const coverage = targets.find((t: any) => t.metric === 'VACCINATION_COVERAGE');
    expect(single).toMatchObject({ value: 15000, unit: 'SAMPLES_PER_DAY', qualifiers: { poolSize: null, scope: '13/13 địa phương', scopeCount: 13, scopeTotal: 13 } });
    expect(pooled).toMatchObject({ value: 75000, unit: 'SAMPLES_PER_DAY', qualifiers: { poolSize: 5, scope: '13/13 địa phương' } });
    expect(coverage).toMatchObject({
      value: 100,
      unit: 'PERCENT',
      qualifiers: { dose: 2, population: 'người dân có chỉ định tiêm' },
      deadline: { kind: 'WITHIN_PERIOD', periodStart: '2021-10-01', periodEnd: '2021-10-31' },
    });
    // Facts come from the best rendition, the portal article, and are not repeated for the OCR scan.
    expect(new Set(targets.map((t: any) => t.citation.rendition.format))).toEqual(new Set(['PORTAL']));
    expect(targets.filter((t: any) => t.metric === 'RT_PCR_SINGLE_SAMPLES')).toHaveLength(1);
    expect(single.citation.quote).toContain('15.000 mẫu đơn/ngày');
  });

  it('Thanh Hóa 402-CV/TU: 8,000 single and 80,000 pooled samples/day when a situation arises; vaccination within 7 days of allocation', async () => {
    const { data } = await server.query(TARGETS, { number: '402-CV/TU' });
    const targets = data.directive.targets;
    expect(targets.find((t: any) => t.metric === 'RT_PCR_SINGLE_SAMPLES')).toMatchObject({
      value: 8000,
      unit: 'SAMPLES_PER_DAY',
      qualifiers: { condition: 'khi có tình huống xảy ra' },
    });
    expect(targets.find((t: any) => t.metric === 'RT_PCR_POOLED_SAMPLES')).toMatchObject({
      value: 80000,
      unit: 'SAMPLES_PER_DAY',
      qualifiers: { poolSize: null, condition: 'khi có tình huống xảy ra' },
    });
    expect(targets.find((t: any) => t.metric === 'VACCINATION_COMPLETION_DAYS')).toMatchObject({
      value: 7,
      unit: 'DAYS',
      deadline: { kind: 'WITHIN_DAYS_OF_EVENT', days: 7 },
    });
  });

  it('filters targets by metric and province across the corpus', async () => {
    const { data } = await server.query(`{ targets(metrics: ["RT_PCR_POOLED_SAMPLES"]) {
      totalCount edges { node { value qualifiers { poolSize } directive { number province { code } } } }
    } }`);
    const rows = data.targets.edges.map((e: any) => [e.node.directive.province.code, e.node.value, e.node.qualifiers.poolSize]);
    expect(rows).toEqual([
      ['VN-13', 75000, 5],
      ['VN-21', 80000, null],
    ]);
    const { data: thanhHoa } = await server.query(`{ targets(provinces: ["VN-21"], metrics: ["RT_PCR_SINGLE_SAMPLES"]) { totalCount } }`);
    expect(thanhHoa.targets.totalCount).toBe(1);
  });
});

describe('filters by code', () => {
  it('refuses a code nobody declared instead of answering an empty list, naming the code meant', async () => {
    const refused = async (query: string) => {
      const { data, errors } = await server.query(query);
      return [data, errors?.map((e: any) => [e.extensions.code, e.message])];
    };
    expect(await refused(`{ targets(metrics: ["TESTNG_COVERAGE"]) { totalCount } }`)).toEqual([
      null,
      [['BAD_USER_INPUT', 'unknown metric "TESTNG_COVERAGE" (did you mean TESTING_COVERAGE?): use a code of seeds/lexicons/metrics.json or OTHER']],
    ]);
    expect(await refused(`{ directives(provinces: ["Thanh Hoá"]) { totalCount } }`)).toEqual([
      null,
      [['BAD_USER_INPUT', 'unknown province code "Thanh Hoá" (did you mean VN-21 (Thanh Hóa)?): use an ISO 3166-2 code such as VN-13 (the `provinces` query lists them)']],
    ]);
    for (const query of [
      `{ slogans(provinces: ["VN-99"]) { totalCount } }`,
      `{ agencies(provinces: ["VN-99"]) { totalCount } }`,
      `{ timeline(provinces: ["VN-99"]) { date } }`,
      `{ timeline(provinces: ["VN-13"], categories: ["TESTNG"]) { date } }`,
      `{ compare(provinces: ["VN-13", "VN-21"], categories: ["TESTNG"]) { measures { category } } }`,
      `{ search(query: "xét nghiệm", provinces: ["VN-99"]) { totalCount } }`,
      `{ measures(categories: ["TESTNG"]) { totalCount } }`,
      `{ measures(oxcgrtCodes: ["Z9"]) { totalCount } }`,
    ]) {
      const [, errors] = await refused(query);
      expect([query, errors?.map(([code]: string[]) => code)]).toEqual([query, ['BAD_USER_INPUT']]);
    }
  });

  it('reads a code in any case or spacing as the code', async () => {
    const count = async (categories: string) => (await server.query(`{ measures(categories: ${categories}, provinces: [" vn-21"]) { totalCount } }`)).data.measures.totalCount;
    expect(await count('["testing"]')).toBe(await count('["TESTING"]'));
    expect(await count('["TESTING"]')).toBeGreaterThan(0);
  });
});

describe('slogans', () => {
  const PROVINCES_OF = `query { slogans(first: 100) { edges { node { canonical kind gloss expansion provinces { code } } } } }`;

  it('tells slogans shared by both provinces from those of one', async () => {
    const { data, errors } = await server.query(PROVINCES_OF);
    expect(errors).toBeUndefined();
    const byCanonical = Object.fromEntries(data.slogans.edges.map((e: any) => [e.node.canonical, e.node]));
    const codes = (canonical: string) => byCanonical[canonical]?.provinces.map((p: any) => p.code);
    expect(codes('hai chống, ba xây')).toEqual(['VN-21']);
    expect(codes('3 trước')).toEqual(['VN-13']);
    expect(codes('4 tại chỗ')).toEqual(['VN-13']);
    expect(codes('Vắc xin + 5K + công nghệ + truyền thông')).toEqual(['VN-13', 'VN-21']);
    expect(codes('mục tiêu kép')).toEqual(['VN-13', 'VN-21']);
    expect(byCanonical['5K'].expansion).toEqual(['khẩu trang', 'khử khuẩn', 'khoảng cách', 'không tập trung', 'khai báo y tế']);
  });

  it('filters slogans by province', async () => {
    const { data } = await server.query(`{ slogans(provinces: ["VN-21"], first: 100) { edges { node { canonical } } } }`);
    const canonical = data.slogans.edges.map((e: any) => e.node.canonical);
    expect(canonical).toEqual(expect.arrayContaining(['hai chống, ba xây', 'mục tiêu kép']));
    expect(canonical).not.toContain('3 trước');
  });
});

describe('agencies, measures and references', () => {
  it('names agencies under one canonical form across spellings', async () => {
    const { data } = await server.query(`{ agencies(first: 100) { edges { node { canonicalName mentions { citation { quote } directive { number } } } } } }`);
    const transport = data.agencies.edges.find((e: any) => e.node.canonicalName === 'Sở Giao thông vận tải')?.node;
    const quotes = transport.mentions.map((m: any) => m.citation.quote);
    expect(quotes).toEqual(expect.arrayContaining(['Sở Giao thông - Vận tải', 'Sở Giao thông vận tải']));
    expect(new Set(transport.mentions.map((m: any) => m.directive.number))).toEqual(new Set(['370-TB/TU', '402-CV/TU']));
  });

  it('filters measures by category, OxCGRT code and agency', async () => {
    const { data, errors } = await server.query(`{
      testing: measures(categories: ["TESTING"], provinces: ["VN-21"], first: 100) { totalCount edges { node { category oxcgrtCode directive { province { code } } } } }
      health: measures(agencies: ["Sở Y tế"], first: 100) { edges { node { agencies { canonicalName } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.testing.totalCount).toBeGreaterThan(0);
    for (const { node } of data.testing.edges) expect(node).toEqual({ category: 'TESTING', oxcgrtCode: 'H2', directive: { province: { code: 'VN-21' } } });
    expect(data.health.edges.length).toBeGreaterThan(0);
    for (const { node } of data.health.edges) expect(node.agencies.map((a: any) => a.canonicalName)).toContain('Sở Y tế');
  });

  it('records cited documents with issuer and date, and links those the corpus holds in either order', async () => {
    const { data } = await server.query(`{ references(numbers: ["1699/CĐ-TTg", "6741/CD-VPCP"]) { edges { node { number kind issuer issuedOn cited { number } directive { province { code } } } } } }`);
    expect(data.references.edges.map((e: any) => e.node)).toEqual(
      expect.arrayContaining([
        { number: '1699/CĐ-TTg', kind: 'CONG_DIEN', issuer: 'Thủ tướng Chính phủ', issuedOn: '2020-12-02', cited: null, directive: { province: { code: 'VN-13' } } },
        expect.objectContaining({ number: '6741/CĐ-VPCP', issuedOn: '2021-09-22', cited: null }),
      ]),
    );

    // A later letter citing 370-TB/TU links to it at once; one cited before its target arrives links when it does.
    const letter = (n: number, cites: string) =>
      fs
        .readFileSync(path.join(repoRoot(), 'seeds/corpus/004_218e12ecb44d83c2.txt'), 'utf8')
        .replace('Số 402 - CV/TU', `Số ${n} - CV/TU`)
        .replace('Thực hiện chỉ đạo của Trung ương và của tỉnh,', `Thực hiện Thông báo số ${cites} ngày 28/9/2021 của Tỉnh ủy Quảng Ninh,`);
    await ingest(db.orm.em, letter(901, '370-TB/TU'));
    await ingest(db.orm.em, letter(902, '903-CV/TU'));
    await ingest(db.orm.em, letter(903, '370-TB/TU'));
    const { data: linked } = await server.query(`{
      a: directive(number: "901-CV/TU") { references { number cited { number } } }
      b: directive(number: "902-CV/TU") { references { number cited { number } } }
      c: directive(number: "370-TB/TU") { citedBy { directive { number } } }
    }`);
    expect(linked.a.references).toContainEqual({ number: '370-TB/TU', cited: { number: '370-TB/TU' } });
    expect(linked.b.references).toContainEqual({ number: '903-CV/TU', cited: { number: '903-CV/TU' } });
    expect(linked.c.citedBy.map((r: any) => r.directive.number).sort()).toEqual(['901-CV/TU', '903-CV/TU']);
  });
});

describe('provenance', () => {
  it('quotes every fact exactly as its rendition text between the offsets', async () => {
    const citation = 'citation { start end quote rule rendition { id } }';
    // Ten at a time: a rendition's text is priced as 200 fields (README, Hardening), and the seeds hold fewer.
    const { data, errors } = await server.query(`{ directives(first: 10) { edges { node {
      renditions { id text }
      measures { ${citation} deadline { ${citation} } }
      targets { ${citation} deadline { ${citation} } }
      sloganMentions { ${citation} }
      agencies { ${citation} }
      references { ${citation} }
    } } } }`);
    expect(errors).toBeUndefined();
    let checked = 0;
    for (const { node } of data.directives.edges) {
      const texts = new Map(node.renditions.map((r: any) => [r.id, r.text]));
      const facts = [...node.measures, ...node.targets, ...node.sloganMentions, ...node.agencies, ...node.references];
      const citations = facts.flatMap((f: any) => [f.citation, ...(f.deadline ? [f.deadline.citation] : [])]);
      for (const c of citations) {
        expect((texts.get(c.rendition.id) as string).slice(c.start, c.end)).toBe(c.quote);
        expect(c.rule).toMatch(/^[a-z]/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('metadata sources', () => {
  it("gives each field of 370-TB/TU the words that set it and what each of its two texts said", async () => {
    const { data, errors } = await server.query(`{ directive(number: "370-TB/TU") { sources(fields: [number, issuedOn, signer]) {
      field value corrected citation { quote rendition { format } } candidates { rendition { format } value reason citation { quote } }
    } } }`);
    expect(errors).toBeUndefined();
    const [number, issuedOn, signer] = data.directive.sources;
    expect(number).toMatchObject({ field: 'number', value: '370-TB/TU', corrected: false, citation: { quote: '370-TB/TU', rendition: { format: 'PORTAL' } } });
    // The scan's OCR lost the number; the portal copy gives it: both are listed, best text first.
    expect(number.candidates.map((c: any) => [c.rendition.format, c.value])).toEqual([
      ['PORTAL', '370-TB/TU'],
      ['OCR', null],
    ]);
    expect(number.candidates[1].reason).toEqual(expect.any(String));
    expect(issuedOn).toMatchObject({ value: '2021-09-28', citation: { quote: expect.stringContaining('28/9') } });
    // The signer is only in the scan's signature block.
    expect(signer).toMatchObject({ value: 'Ngô Quang Hưng', citation: { rendition: { format: 'OCR' } } });
  });
});
