import fs from 'node:fs';
import path from 'node:path';
import { ingest } from '../ingestion/ingest';
import { repoRoot } from '../repo-root';
import { letterPdf } from './fixtures/letter';
import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

// Every example operation front-ends are given in schema/operations/ runs against the seeded server
// and answers what it promises.

let db: TestDatabase;
let server: TestServer;
const dir = path.join(repoRoot(), 'schema/operations');
const operation = (name: string) => fs.readFileSync(path.join(dir, `${name}.graphql`), 'utf8');

beforeAll(async () => ({ db, server } = await seededServer()));
afterAll(() => stopSeededServer({ db, server }));

async function run(name: string, variables?: Record<string, unknown>) {
  const body = await server.query(operation(name), variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const values = (row: any) => row.cells.map((c: any) => c.targets.map((t: any) => t.value));

it('has a test below for every operation file', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => f.replace('.graphql', '')).sort();
  expect(files).toEqual([
    'Codebook',
    'CompareProvinces',
    'CompareTestingGoalsAndSlogans',
    'Coverage',
    'DirectivesOfProvince',
    'Implementations',
    'ProvinceTimeline',
    'RenditionsAndPages',
    'SearchPassages',
    'TargetsInForce',
    'TargetsPerHead',
    'TestingPanel',
    'TestingTargetsWithCitations',
    'TextReuse',
  ]);
});

describe('CompareTestingGoalsAndSlogans', () => {
  it('answers Quảng Ninh vs Thanh Hóa on testing in one request, each cell citing its quote', async () => {
    const { compare } = await run('CompareTestingGoalsAndSlogans');
    expect(compare.provinces.map((p: any) => p.code)).toEqual(['VN-13', 'VN-21']);
    const rows = Object.fromEntries(compare.targets.map((r: any) => [r.metric, r]));
    expect(Object.keys(rows)).toEqual(['RT_PCR_SINGLE_SAMPLES', 'RT_PCR_POOLED_SAMPLES']);
    expect(values(rows.RT_PCR_SINGLE_SAMPLES)).toEqual([[15000], [8000]]);
    expect(values(rows.RT_PCR_POOLED_SAMPLES)).toEqual([[75000], [80000]]);
    const [qnPooled, thPooled] = rows.RT_PCR_POOLED_SAMPLES.cells.map((c: any) => c.targets[0]);
    expect(qnPooled.qualifiers).toEqual({ poolSize: 5, scope: '13/13 địa phương', condition: null });
    expect(thPooled.qualifiers).toEqual({ poolSize: null, scope: 'các địa phương, đơn vị đã được trang bị máy xét nghiệm', condition: 'khi có tình huống xảy ra' });
    expect(qnPooled.citation.quote).toContain('75.000 mẫu gộp 5/ngày');
    expect(thPooled.citation.quote).toContain('80.000 mẫu gộp/ngày');
    expect(qnPooled.directive).toEqual({ number: '370-TB/TU', issuedOn: '2021-09-28' });

    const shared = compare.slogans.shared.map((u: any) => u.slogan.canonical);
    expect(shared).toEqual(expect.arrayContaining(['Vắc xin + 5K + công nghệ + truyền thông', 'mục tiêu kép']));
    const unique = Object.fromEntries(compare.slogans.unique.map((u: any) => [u.province.code, u.slogans.map((s: any) => s.slogan.canonical)]));
    expect(unique['VN-13']).toEqual(expect.arrayContaining(['3 trước', '4 tại chỗ']));
    expect(unique['VN-21']).toEqual(expect.arrayContaining(['hai chống, ba xây']));
    expect(unique['VN-21']).not.toContain('3 trước');
    expect(unique['VN-13']).not.toContain('hai chống, ba xây');
  });
});

describe('CompareProvinces', () => {
  it('works for ten provinces, with explicit empty cells where a province set nothing', async () => {
    const ten = ['VN-13', 'VN-21', 'VN-HN', 'VN-SG', 'VN-HP', 'VN-DN', 'VN-CT', 'VN-01', 'VN-22', 'VN-33'];
    const { compare } = await run('CompareProvinces', { provinces: ten });
    expect(compare.provinces.map((p: any) => p.code)).toEqual(ten);
    for (const row of compare.targets) expect(row.cells.map((c: any) => c.province.code)).toEqual(ten);
    const single = compare.targets.find((r: any) => r.metric === 'RT_PCR_SINGLE_SAMPLES');
    expect(single.cells.map((c: any) => c.empty)).toEqual([false, false, true, true, true, true, true, true, true, true]);
    const testing = compare.measures.find((r: any) => r.category === 'TESTING');
    expect(testing.oxcgrtCode).toBe('H2');
    expect(testing.cells[0].count).toBeGreaterThan(0);
    expect(testing.cells[1].count).toBeGreaterThan(0);
    expect(testing.cells.slice(2).map((c: any) => c.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // With ten provinces, a slogan of two of them is partly shared, not shared by all.
    expect(compare.slogans.shared).toEqual([]);
    expect(compare.slogans.partlyShared.map((u: any) => u.slogan.canonical)).toContain('mục tiêu kép');
    expect(compare.sharedPassages.length).toBeGreaterThan(5);
  });

  it('rejects unknown provinces and categories with a code', async () => {
    for (const variables of [{ provinces: ['VN-13', 'VN-99'] }, { provinces: ['VN-13'] }, { provinces: ['VN-13', 'VN-21'], categories: ['NOPE'] }]) {
      const body = await server.query(operation('CompareProvinces'), variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('TextReuse', () => {
  it("shows the passages of 402-CV/TU of 30/9 that repeat 370-TB/TU of 28/9, with spans in both", async () => {
    const { directive } = await run('TextReuse');
    const with370 = directive.sharedPassages.filter((p: any) => p.other.number === '370-TB/TU');
    expect(with370.length).toBeGreaterThanOrEqual(8);
    expect(with370.every((p: any) => p.direction === 'THIS_REPEATS_OTHER')).toBe(true);
    expect(with370[0].summary).toBe('The same passage is in 370-TB/TU of 2021-09-28 and in the later 402-CV/TU of 2021-09-30');
    const daily = with370.find((p: any) => p.citation.quote.startsWith('Hằng ngày, Bí thư cấp ủy'));
    expect(daily.otherCitation.quote).toContain('Hằng ngày, Bí thư cấp ủy, Chủ tịch UBND cấp huyện');
    expect(daily.similarity).toBeGreaterThan(0.8);
  });
});

describe('SearchPassages', () => {
  it('finds the same passages typed with and without diacritics, highlighted in the original', async () => {
    const plain = await run('SearchPassages');
    const accented = await run('SearchPassages', { query: 'xét nghiệm mẫu gộp' });
    const hits = (data: any) => data.search.edges.map((e: any) => [e.node.directive.number, e.node.citation.start]);
    expect(hits(plain)).toEqual(hits(accented));
    expect(new Set(plain.search.edges.map((e: any) => e.node.directive.number))).toEqual(new Set(['370-TB/TU', '402-CV/TU']));
    const highlighted = plain.search.edges[0].node.snippet.filter((s: any) => s.highlighted).map((s: any) => s.text);
    expect(highlighted).toEqual(expect.arrayContaining(['xét nghiệm', 'mẫu gộp']));
  });
});

describe('ProvinceTimeline', () => {
  it("lists Quảng Ninh's directives oldest first, undated last, with their facts", async () => {
    const { timeline } = await run('ProvinceTimeline', { categories: ['TESTING', 'VACCINATION'] });
    expect(timeline.map((e: any) => [e.date, e.directive.number])).toEqual([
      ['2021-09-22', '11-TB/BCĐ'],
      ['2021-09-28', '370-TB/TU'],
      [null, null],
    ]);
    expect(timeline[1].targets.map((t: any) => t.value)).toEqual(expect.arrayContaining([15000, 75000, 100]));
    expect(new Set(timeline.flatMap((e: any) => e.measures.map((m: any) => m.category)))).toEqual(new Set(['TESTING', 'VACCINATION']));
  });
});

describe('TestingTargetsWithCitations', () => {
  it('lists every testing target of Sept-Oct 2021 with its quote and rendition', async () => {
    const { targets } = await run('TestingTargetsWithCitations');
    const rows = targets.edges.map((e: any) => [e.node.directive.province.code, e.node.metric, e.node.value]);
    expect(rows).toEqual([
      ['VN-13', 'RT_PCR_SINGLE_SAMPLES', 15000],
      ['VN-13', 'RT_PCR_POOLED_SAMPLES', 75000],
      ['VN-21', 'RT_PCR_SINGLE_SAMPLES', 8000],
      ['VN-21', 'RT_PCR_POOLED_SAMPLES', 80000],
    ]);
    expect(targets.totalCount).toBe(4);
    expect(targets.edges[0].node.citation.rendition.origin).toBe('seeds/corpus/001_c0365480307932db.txt');
  });
});

describe('DirectivesOfProvince', () => {
  it("pages Quảng Ninh's directives with the reasons for unknown fields", async () => {
    const { directives } = await run('DirectivesOfProvince', { first: 2 });
    expect(directives.totalCount).toBe(3);
    expect(directives.edges.map((e: any) => e.node.number)).toEqual(['370-TB/TU', '11-TB/BCĐ']);
    const next = await run('DirectivesOfProvince', { first: 2, after: directives.pageInfo.endCursor });
    expect(next.directives.edges[0].node.number).toBeNull();
    expect(next.directives.edges[0].node.missing.map((m: any) => m.field)).toContain('number');
  });
});

describe('Coverage', () => {
  it('shows which months of August to October 2021 hold documents of each province, and Ninh Bình holding none', async () => {
    const { coverage } = await run('Coverage');
    expect(coverage.map((c: any) => [c.province.code, c.documents, c.months.map((m: any) => m.documents)])).toEqual([
      ['VN-13', 2, [0, 2, 0]],
      ['VN-21', 1, [0, 1, 0]],
      ['VN-18', 0, [0, 0, 0]],
    ]);
    expect(coverage[0].months[1]).toEqual({ month: '2021-09', documents: 2, kinds: [{ kind: 'THONG_BAO', documents: 2 }] });
  });
});

describe('TestingPanel', () => {
  it("gives H2 day by day for both provinces, each value with the facts of 370-TB/TU or 402-CV/TU from their issue dates on", async () => {
    const { panel } = await run('TestingPanel');
    expect(panel.cells).toHaveLength(2 * 26);
    const cell = (code: string, day: string) => panel.cells.find((c: any) => c.province.code === code && c.periodStart === day);
    const numbers = (c: any) => [...new Set(c.facts.map((f: any) => f.directive.number))];
    expect(cell('VN-13', '2021-09-28')).toMatchObject({ value: 3, flag: 1, status: 'FACTS' });
    expect(numbers(cell('VN-13', '2021-09-28'))).toEqual(['370-TB/TU']);
    expect(numbers(cell('VN-13', '2021-10-15'))).toEqual(['370-TB/TU']);
    expect(numbers(cell('VN-21', '2021-09-30'))).toContain('402-CV/TU');
    expect(cell('VN-13', '2021-09-28').facts.find((f: any) => f.target?.metric === 'RT_PCR_SINGLE_SAMPLES')).toMatchObject({
      target: { value: 15000, perThousandPeople: 11.104 },
      effectiveFrom: { date: '2021-09-28', reason: 'ISSUE_DATE' },
      effectiveTo: { date: null, reason: 'OPEN_ENDED' },
    });
  });
});

describe('TargetsPerHead', () => {
  it('puts 15,000 and 8,000 samples a day per 1,000 people of Quảng Ninh and Thanh Hóa', async () => {
    const { compare } = await run('TargetsPerHead');
    const single = compare.targets.find((r: any) => r.metric === 'RT_PCR_SINGLE_SAMPLES');
    expect(single.cells.map((c: any) => [c.province.code, c.province.population, c.targets.map((t: any) => [t.value, t.perThousandPeople])])).toEqual([
      ['VN-13', 1350850, [[15000, 11.104]]],
      ['VN-21', 3716430, [[8000, 2.153]]],
    ]);
    expect(single.cells[0].province.populationSource).toContain('General Statistics Office');
    const pooled = compare.targets.find((r: any) => r.metric === 'RT_PCR_POOLED_SAMPLES');
    expect(pooled.cells[0].targets[0]).toMatchObject({ value: 75000, pooledTubes: 15000, qualifiers: { poolSize: 5 } });
  });
});

describe('TargetsInForce', () => {
  it("shows 11-TB/BCĐ's targets replaced by 370-TB/TU the day before it", async () => {
    const { directive } = await run('TargetsInForce');
    const coverage = directive.targets.find((t: any) => t.metric === 'VACCINATION_COVERAGE');
    expect(coverage).toMatchObject({
      effectiveFrom: { date: '2021-09-22', reason: 'ISSUE_DATE', citation: null },
      effectiveTo: { date: '2021-09-27', reason: 'SUPERSEDED' },
      supersededBy: { number: '370-TB/TU', datedOn: '2021-09-28' },
    });
  });
});

describe('Implementations', () => {
  it("finds the Prime Minister's 1699/CĐ-TTg in the catalogue and Quảng Ninh's undated letter citing it", async () => {
    const { implementations } = await run('Implementations');
    expect(implementations.document).toMatchObject({ number: '1699/CĐ-TTg', kind: 'CONG_DIEN', issuer: 'Thủ tướng Chính phủ', issuedOn: '2020-12-02' });
    expect(implementations.provinces).toHaveLength(1);
    // The letter has no date of its own: no number of days is made up.
    expect(implementations.provinces[0]).toMatchObject({ province: { code: 'VN-13' }, directives: 1, firstCitedOn: null, daysAfter: null });
    expect(implementations.provinces[0].citations[0].reference.citation.quote).toContain('1699/CĐ-TTg');
  });
});

describe('Codebook', () => {
  it('lists the fourteen indicators with a scale from 0 and their rules', async () => {
    const { codebook } = await run('Codebook');
    expect(codebook.indicators.map((i: any) => i.code)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'H1', 'H2', 'H3', 'H6', 'H7', 'H8']);
    const c4 = codebook.indicators.find((i: any) => i.code === 'C4');
    expect(c4.scale).toHaveLength(5);
    expect(c4.rules[0]).toEqual({ level: 4, kinds: ['TARGET'], strength: null, direction: null, phrases: null, metrics: ['GATHERING_SIZE'], max: 10 });
  });
});

// Last: it adds a directive (from a PDF) that the operations above must not see.
describe('RenditionsAndPages', () => {
  it("lists a directive's texts with what they were read from, and the page of each target's quote", async () => {
    const pdf = await letterPdf();
    await ingest(db.orm.em, pdf, { origin: 'ninh-binh-27.pdf' });
    const { directive } = await run('RenditionsAndPages', { number: '27/TB-BCĐ', province: 'VN-18' });
    const [rendition] = directive.renditions;
    expect(rendition).toMatchObject({ origin: 'ninh-binh-27.pdf', originFormat: 'PDF_TEXT', ocrConfidence: null, pageStarts: [0] });
    expect(rendition.sourceFile).toEqual({ mediaType: 'application/pdf', byteSize: pdf.length, pageCount: 1, url: expect.stringMatching(/^\/source-files\/[0-9a-f]{64}$/) });
    expect(directive.targets.map((t: any) => [t.metric, t.value, t.citation.page, t.citation.sourceUrl])).toEqual([
      ['TEST_SAMPLES_PER_DAY', 6000, 1, `${rendition.sourceFile.url}#page=1`],
      ['VACCINATION_COVERAGE', 100, 1, `${rendition.sourceFile.url}#page=1`],
      ['GATHERING_SIZE', 20, 1, `${rendition.sourceFile.url}#page=1`],
    ]);
  });
});
