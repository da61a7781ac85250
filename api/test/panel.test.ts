import { parse } from 'csv-parse/sync';
import { ingest } from '../ingestion/ingest';
import { LATER_NOTICE } from './fixtures/later-notice';
import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

// Periods in force, replacement, the panel and figures per head, on the seeds plus a later notice of Quảng
// Ninh (fixtures/later-notice.ts, 395-TB/TU of 2021-10-12) that raises 370-TB/TU's RT-PCR target.

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  ({ db, server } = await seededServer());
  await ingest(db.orm.em.fork(), LATER_NOTICE, { origin: 'test:later-notice' });
});
afterAll(() => stopSeededServer({ db, server }));

const TIMED_TARGETS = `query ($number: String!) { directive(number: $number) {
  targets { metric value
    effectiveFrom { date reason citation { quote } }
    effectiveTo { date reason citation { quote } }
    supersededBy { number }
  }
  measures { category
    effectiveFrom { date reason citation { quote } }
    effectiveTo { date reason citation { quote } }
  }
} }`;

async function directive(number: string) {
  const body = await server.query(TIMED_TARGETS, { number });
  expect(body.errors).toBeUndefined();
  return body.data.directive;
}

describe('periods in force', () => {
  it("ends 370-TB/TU's RT-PCR target the day before the later notice's starts, and says which directive replaced it", async () => {
    const d = await directive('370-TB/TU');
    const single = d.targets.find((t: any) => t.metric === 'RT_PCR_SINGLE_SAMPLES');
    expect(single).toEqual({
      metric: 'RT_PCR_SINGLE_SAMPLES',
      value: 15000,
      effectiveFrom: { date: '2021-09-28', reason: 'ISSUE_DATE', citation: null },
      effectiveTo: { date: '2021-10-14', reason: 'SUPERSEDED', citation: { quote: '20.000 mẫu đơn/ngày' } },
      supersededBy: { number: '395-TB/TU' },
    });
    // Nothing later sets pooled samples: open-ended, and said so.
    const pooled = d.targets.find((t: any) => t.metric === 'RT_PCR_POOLED_SAMPLES');
    expect(pooled.effectiveTo).toEqual({ date: null, reason: 'OPEN_ENDED', citation: null });
    expect(pooled.supersededBy).toBeNull();
    // A deadline bounds a target: "cơ bản hoàn thành trong tháng 10 năm 2021".
    const coverage = d.targets.find((t: any) => t.metric === 'VACCINATION_COVERAGE');
    expect(coverage.effectiveTo).toEqual({ date: '2021-10-31', reason: 'DEADLINE', citation: { quote: 'trong tháng 10 năm 2021' } });
  });

  it('replaces an earlier notice of the same province whichever arrived first', async () => {
    const d = await directive('11-TB/BCĐ');
    const coverage = d.targets.find((t: any) => t.metric === 'VACCINATION_COVERAGE');
    expect(coverage.effectiveFrom).toEqual({ date: '2021-09-22', reason: 'ISSUE_DATE', citation: null });
    expect(coverage.effectiveTo).toMatchObject({ date: '2021-09-27', reason: 'SUPERSEDED' });
    expect(coverage.supersededBy).toEqual({ number: '370-TB/TU' });
  });

  it('reads a stated start, a duration and "until further notice" from the text', async () => {
    const d = await directive('395-TB/TU');
    const target = d.targets.find((t: any) => t.metric === 'RT_PCR_SINGLE_SAMPLES');
    expect(target.effectiveFrom).toEqual({ date: '2021-10-15', reason: 'STATED_START', citation: { quote: 'kể từ ngày 15/10/2021' } });
    expect(target.effectiveTo).toEqual({ date: null, reason: 'OPEN_ENDED', citation: null });
    const events = d.measures.find((m: any) => m.category === 'GATHERINGS');
    expect(events.effectiveFrom).toEqual({ date: '2021-10-13', reason: 'STATED_START', citation: { quote: 'từ 0 giờ ngày 13/10/2021 trong thời gian 14 ngày' } });
    expect(events.effectiveTo).toEqual({ date: '2021-10-26', reason: 'STATED_DURATION', citation: { quote: 'từ 0 giờ ngày 13/10/2021 trong thời gian 14 ngày' } });
    const homeWorking = d.measures.find((m: any) => m.category === 'WORKPLACES');
    expect(homeWorking.effectiveFrom).toEqual({ date: '2021-10-12', reason: 'ISSUE_DATE', citation: { quote: 'cho đến khi có thông báo mới' } });
    expect(homeWorking.effectiveTo).toEqual({ date: null, reason: 'UNTIL_FURTHER_NOTICE', citation: { quote: 'cho đến khi có thông báo mới' } });
  });
});

const PANEL = `query ($indicators: [String!], $granularity: PanelGranularity, $from: LocalDate!, $to: LocalDate!) {
  panel(provinces: ["VN-13", "VN-21"], from: $from, to: $to, indicators: $indicators, granularity: $granularity) {
    granularity from to indicators
    cells { province { code } periodStart periodEnd indicator value flag status
      facts { level general directive { number } citation { quote } target { value perThousandPeople } measure { category } }
    }
  }
}`;

async function panel(variables: Record<string, unknown>) {
  const body = await server.query(PANEL, { from: '2021-09-20', to: '2021-10-15', ...variables });
  expect(body.errors).toBeUndefined();
  return body.data.panel;
}

const cellOf = (p: any, province: string, day: string, indicator = 'H2') =>
  p.cells.find((c: any) => c.province.code === province && c.periodStart === day && c.indicator === indicator);

describe('panel', () => {
  it('gives H2 for both provinces with citations into 370-TB/TU and 402-CV/TU from their issue dates on', async () => {
    const p = await panel({ indicators: ['H2'] });
    expect(p.cells).toHaveLength(2 * 26);
    const quangNinh = cellOf(p, 'VN-13', '2021-09-28');
    expect(quangNinh).toMatchObject({ value: 3, flag: 1, status: 'FACTS' });
    expect(new Set(quangNinh.facts.map((f: any) => f.directive.number))).toEqual(new Set(['370-TB/TU']));
    expect(quangNinh.facts.map((f: any) => f.citation.quote)).toContain('15.000 mẫu đơn/ngày');
    // Before 370-TB/TU, the notice it replaced (11-TB/BCĐ of 2021-09-22) held.
    expect(new Set(cellOf(p, 'VN-13', '2021-09-27').facts.map((f: any) => f.directive.number))).toEqual(new Set(['11-TB/BCĐ']));
    // From the later notice's stated start, its 20,000 replaces 370-TB/TU's 15,000.
    const later = cellOf(p, 'VN-13', '2021-10-15');
    expect(later.facts.filter((f: any) => f.target).map((f: any) => [f.directive.number, f.target.value])).toEqual(
      expect.arrayContaining([['395-TB/TU', 20000], ['370-TB/TU', 75000]]),
    );
    expect(later.facts.some((f: any) => f.target?.value === 15000)).toBe(false);

    const thanhHoa = cellOf(p, 'VN-21', '2021-09-30');
    expect(thanhHoa).toMatchObject({ value: 3, status: 'FACTS' });
    expect(thanhHoa.facts.map((f: any) => f.directive.number)).toContain('402-CV/TU');
    expect(cellOf(p, 'VN-21', '2021-10-15').facts.map((f: any) => f.directive.number)).toContain('402-CV/TU');
  });

  it('answers null with NO_DOCUMENTS where nothing of the province is held yet, never 0', async () => {
    const p = await panel({ indicators: ['H2', 'C1'] });
    const first = p.cells.filter((c: any) => c.province.code === 'VN-21' && c.status !== 'NO_DOCUMENTS')[0];
    const before = p.cells.filter((c: any) => c.province.code === 'VN-21' && c.periodStart < first.periodStart);
    expect(before.length).toBeGreaterThan(0);
    for (const cell of before) expect(cell).toMatchObject({ value: null, flag: null, status: 'NO_DOCUMENTS', facts: [] });
    // Documents held, none sets C1: an answer of 0.
    expect(cellOf(p, 'VN-13', '2021-10-01', 'C1')).toMatchObject({ value: 0, flag: null, status: 'NONE_IN_DOCUMENTS', facts: [] });
  });

  it('groups days into ISO weeks clipped to the window', async () => {
    const p = await panel({ indicators: ['H2'], granularity: 'WEEK' });
    const weeks = p.cells.filter((c: any) => c.province.code === 'VN-13').map((c: any) => [c.periodStart, c.periodEnd]);
    expect(weeks).toEqual([
      ['2021-09-20', '2021-09-26'],
      ['2021-09-27', '2021-10-03'],
      ['2021-10-04', '2021-10-10'],
      ['2021-10-11', '2021-10-15'],
    ]);
  });

  it('refuses unknown indicators, windows the wrong way round and oversized panels with BAD_USER_INPUT', async () => {
    for (const variables of [{ indicators: ['Z9'] }, { from: '2021-10-15', to: '2021-09-20' }, { from: '1990-01-01', to: '2021-12-31' }]) {
      const body = await server.query(PANEL, { from: '2021-09-20', to: '2021-10-15', ...variables });
      expect(body.data).toBeNull();
      expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('serves its codebook: every indicator with its scale and rules', async () => {
    const body = await server.query('{ codebook { indicators { code name scale { level meaning } rules { level } fallback } generalPhrases } }');
    expect(body.errors).toBeUndefined();
    const codes = body.data.codebook.indicators.map((i: any) => i.code);
    expect(codes).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'H1', 'H2', 'H3', 'H6', 'H7', 'H8']);
    const h2 = body.data.codebook.indicators.find((i: any) => i.code === 'H2');
    expect(h2.name).toBe('Testing policy');
    expect(h2.scale.map((s: any) => s.level)).toEqual([0, 1, 2, 3]);
  });
});

describe('per head', () => {
  it('puts testing targets per 1,000 people of each province, raw value kept, and says what a pooled figure counts', async () => {
    const body = await server.query(`{
      provinces: compare(provinces: ["VN-13", "VN-21"], categories: ["TESTING"]) {
        targets { metric cells { province { code population } targets { value unit perThousandPeople pooledTubes directive { number } } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const rows = body.data.provinces.targets;
    const single = rows.find((r: any) => r.metric === 'RT_PCR_SINGLE_SAMPLES');
    const quangNinh = single.cells.find((c: any) => c.province.code === 'VN-13');
    expect(quangNinh.province.population).toBe(1350850);
    expect(quangNinh.targets.find((t: any) => t.directive.number === '370-TB/TU')).toEqual({
      value: 15000,
      unit: 'SAMPLES_PER_DAY',
      perThousandPeople: 11.104,
      pooledTubes: null,
      directive: { number: '370-TB/TU' },
    });
    const pooled = rows.find((r: any) => r.metric === 'RT_PCR_POOLED_SAMPLES').cells.find((c: any) => c.province.code === 'VN-13').targets[0];
    expect(pooled).toMatchObject({ value: 75000, perThousandPeople: 55.521, pooledTubes: 15000 });
    // 15,000 against 8,000 a day is 11.1 against 2.2 per 1,000 people: a fivefold gap, not a twofold one.
    const thanhHoa = single.cells.find((c: any) => c.province.code === 'VN-21');
    expect(thanhHoa.province.population).toBe(3716430);
    expect(thanhHoa.targets.find((t: any) => t.directive.number === '402-CV/TU')).toMatchObject({ value: 8000, perThousandPeople: 2.153, pooledTubes: null });
  });
});

describe('/export/panel.csv', () => {
  it('round-trips through a CSV parser with one row per province, day and indicator', async () => {
    const response = await fetch(`${server.url}/export/panel.csv?provinces=VN-13,VN-21&from=2021-09-20&to=2021-10-15`);
    expect(response.status).toBe(200);
    const rows: Record<string, string>[] = parse(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true });
    expect(rows).toHaveLength(2 * 26 * 14);
    expect(new Set(rows.map((r) => `${r.province_code} ${r.period_start} ${r.indicator}`)).size).toBe(rows.length);
    const h2 = rows.find((r) => r.province_code === 'VN-13' && r.period_start === '2021-09-28' && r.indicator === 'H2')!;
    expect(h2).toMatchObject({ province_name: 'Quảng Ninh', period_end: '2021-09-28', indicator_name: 'Testing policy', value: '3', flag: '1', status: 'FACTS', directive_numbers: '370-TB/TU' });
    expect(h2.targets_per_1000_people.split('|')).toEqual(expect.arrayContaining(['11.104', '55.521']));
    expect(h2.quotes.split('\n')).toContain('15.000 mẫu đơn/ngày');
    const gap = rows.find((r) => r.province_code === 'VN-21' && r.period_start === '2021-09-20' && r.indicator === 'H2')!;
    expect(gap).toMatchObject({ value: '', flag: '', status: 'NO_DOCUMENTS', fact_count: '0' });
  });

  it('answers 400 with a code when the question is incomplete or wrong', async () => {
    for (const query of ['provinces=VN-13&from=2021-09-20', 'provinces=VN-99&from=2021-09-20&to=2021-10-15', 'provinces=VN-13&from=2021-09-20&to=2021-10-15&indicators=Z9']) {
      const response = await fetch(`${server.url}/export/panel.csv?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('implementations', () => {
  it('counts the days from a national document to each province\'s first directive citing it', async () => {
    const body = await server.query(`{ implementations(of: "128/nq-cp") {
      number document { issuedOn title }
      provinces { province { code } directives firstCitedOn daysAfter citations { daysAfter directive { number } reference { national { number } } } }
    } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.implementations).toMatchObject({
      number: '128/NQ-CP',
      document: { issuedOn: '2021-10-11' },
      provinces: [{ province: { code: 'VN-13' }, directives: 1, firstCitedOn: '2021-10-12', daysAfter: 1, citations: [{ daysAfter: 1, directive: { number: '395-TB/TU' }, reference: { national: { number: '128/NQ-CP' } } }] }],
    });
    expect(body.data.implementations.document.title).toContain('Thích ứng an toàn, linh hoạt');
  });

  it('leaves out a citation of the same number dated in another year: another document of that number', async () => {
    // Numbering starts again each year: a 2020 "Nghị quyết số 128/NQ-CP" is not the 2021 resolution.
    const letter = `ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 611/UBND-TH\nV/v phòng, chống dịch COVID-19\n\nCao Bằng, ngày 20 tháng 4 năm 2020\n\nThực hiện Nghị quyết số 128/NQ-CP ngày 15/3/2020 của Chính phủ, Chủ tịch UBND tỉnh yêu cầu:\n\n1. Tạm dừng các hoạt động tập trung trên 20 người.`;
    await ingest(db.orm.em.fork(), letter, { origin: 'test:2020 resolution 128' });
    const cited = await server.query('{ directive(number: "611/UBND-TH") { references { number issuedOn national { number } } } }');
    expect(cited.data.directive.references).toEqual([{ number: '128/NQ-CP', issuedOn: '2020-03-15', national: null }]);
    const body = await server.query('{ implementations(of: "128/NQ-CP") { provinces { province { code } directives } } }');
    expect(body.data.implementations.provinces).toEqual([{ province: { code: 'VN-13' }, directives: 1 }]);
  });

  it('answers an empty list, not an error, for a number nobody cites, and refuses an empty one', async () => {
    const none = await server.query('{ implementations(of: "999/CT-TTg") { document { number } provinces { directives } } }');
    expect(none.data).toEqual({ implementations: { document: null, provinces: [] } });
    const empty = await server.query('{ implementations(of: " ") { number } }');
    expect(empty.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
