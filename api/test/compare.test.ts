import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

// The comparison's bounds: a cell shows its newest facts and counts them all, shared passages are the
// most similar few with a total, so an answer does not grow with the number of directives.

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => ({ db, server } = await seededServer()));
afterAll(() => stopSeededServer({ db, server }));

const COMPARE = `query ($perCell: Int, $maxPassages: Int, $categories: [String!], $from: LocalDate, $to: LocalDate) {
  compare(provinces: ["VN-13", "VN-21"], perCell: $perCell, maxPassages: $maxPassages, categories: $categories, from: $from, to: $to) {
    targets { metric cells { province { code } count empty targets { value directive { number datedOn } } } }
    measures { category cells { province { code } count measures { id } } }
    slogans { shared { slogan { canonical } mentionCount mentions { id } } }
    sharedPassages { similarity }
    sharedPassageCount
  }
}`;

async function compare(variables: Record<string, unknown>) {
  const body = await server.query(COMPARE, variables);
  expect(body.errors).toBeUndefined();
  return body.data.compare;
}

describe('compare', () => {
  it("lists a cell's targets newest directive first and counts them", async () => {
    const all = await compare({});
    const coverage = all.targets.find((r: any) => r.metric === 'VACCINATION_COVERAGE');
    const quangNinh = coverage.cells[0];
    expect(quangNinh.province.code).toBe('VN-13');
    expect(quangNinh.count).toBe(2);
    expect(quangNinh.targets.map((t: any) => t.directive)).toEqual([
      { number: '370-TB/TU', datedOn: '2021-09-28' },
      { number: '11-TB/BCĐ', datedOn: '2021-09-22' },
    ]);
    expect(coverage.cells[1]).toEqual({ province: { code: 'VN-21' }, count: 0, empty: true, targets: [] });
  });

  it('counts and lists only the directives dated within from and to', async () => {
    const before = await compare({ to: '2021-09-27' });
    const coverage = before.targets.find((r: any) => r.metric === 'VACCINATION_COVERAGE');
    expect(coverage.cells[0].count).toBe(1);
    expect(coverage.cells[0].targets).toEqual([{ value: expect.any(Number), directive: { number: '11-TB/BCĐ', datedOn: '2021-09-22' } }]);
    const after = await compare({ from: '2021-09-23', perCell: 1 });
    const later = after.targets.find((r: any) => r.metric === 'VACCINATION_COVERAGE');
    expect(later.cells[0].count).toBe(1);
    expect(later.cells[0].targets.map((t: any) => t.directive.number)).toEqual(['370-TB/TU']);
  });

  it('shows at most perCell facts per cell while counting all of them', async () => {
    const one = await compare({ perCell: 1 });
    const coverage = one.targets.find((r: any) => r.metric === 'VACCINATION_COVERAGE');
    expect(coverage.cells[0].count).toBe(2);
    expect(coverage.cells[0].targets).toEqual([{ value: 100, directive: { number: '370-TB/TU', datedOn: '2021-09-28' } }]);
    const testing = one.measures.find((r: any) => r.category === 'TESTING');
    for (const cell of testing.cells) {
      expect(cell.measures).toHaveLength(1);
      expect(cell.count).toBeGreaterThan(1);
    }
    const doubleGoal = one.slogans.shared.find((u: any) => u.slogan.canonical === 'mục tiêu kép');
    expect(doubleGoal.mentions.length).toBeLessThanOrEqual(2); // one per province
    expect(doubleGoal.mentionCount).toBeGreaterThanOrEqual(doubleGoal.mentions.length);
  });

  it('returns the most similar shared passages first, at most maxPassages, with the total', async () => {
    const all = await compare({ maxPassages: 100 });
    expect(all.sharedPassageCount).toBe(all.sharedPassages.length);
    expect(all.sharedPassageCount).toBeGreaterThan(3);
    const similarities = all.sharedPassages.map((p: any) => p.similarity);
    expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    const three = await compare({ maxPassages: 3 });
    expect(three.sharedPassages).toEqual(all.sharedPassages.slice(0, 3));
    expect(three.sharedPassageCount).toBe(all.sharedPassageCount);
    const none = await compare({ maxPassages: 0 });
    expect(none.sharedPassages).toEqual([]);
    expect(none.sharedPassageCount).toBe(all.sharedPassageCount);
  });

  it('counts only passages carrying a measure of the asked categories', async () => {
    const all = await compare({ maxPassages: 100 });
    const testing = await compare({ maxPassages: 100, categories: ['TESTING'] });
    expect(testing.sharedPassageCount).toBeGreaterThan(0);
    expect(testing.sharedPassageCount).toBeLessThan(all.sharedPassageCount);
  });

  it('rejects perCell and maxPassages out of range with BAD_USER_INPUT', async () => {
    for (const variables of [{ perCell: 0 }, { perCell: 51 }, { maxPassages: -1 }, { maxPassages: 101 }]) {
      const body = await server.query(COMPARE, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/perCell|maxPassages/);
    }
  });
});

describe('what an empty cell means', () => {
  const STATUS = `query($from: LocalDate, $to: LocalDate) {
    compare(provinces: ["VN-13", "VN-21"], categories: ["TESTING", "VACCINATION"], from: $from, to: $to) {
      targets { metric cells { province { code } empty status } }
      measures { category cells { province { code } count status } }
    }
  }`;
  const statuses = (rows: any[], key: string) => Object.fromEntries(rows.map((row) => [row[key], row.cells.map((c: any) => c.status)]));

  it('tells "no such target in its documents" from "no documents of the province in the window"', async () => {
    const all = await server.query(STATUS);
    expect(all.errors).toBeUndefined();
    // Quảng Ninh's notices set no vaccination deadline in days: its documents are held, the cell is an answer.
    expect(statuses(all.data.compare.targets, 'metric').VACCINATION_COMPLETION_DAYS).toEqual(['NONE_IN_DOCUMENTS', 'FACTS']);
    expect(statuses(all.data.compare.targets, 'metric').RT_PCR_SINGLE_SAMPLES).toEqual(['FACTS', 'FACTS']);

    // After 28 September only Thanh Hóa's 402-CV/TU is held: Quảng Ninh's cells say nothing about Quảng Ninh.
    const late = await server.query(STATUS, { from: '2021-09-29', to: '2021-10-15' });
    expect(statuses(late.data.compare.targets, 'metric').RT_PCR_SINGLE_SAMPLES).toEqual(['NO_DOCUMENTS', 'FACTS']);
    expect(statuses(late.data.compare.measures, 'category')).toEqual({ TESTING: ['NO_DOCUMENTS', 'FACTS'], VACCINATION: ['NO_DOCUMENTS', 'FACTS'] });
  });
});

describe('coverage', () => {
  it('counts documents held per province per month, by kind, months without documents included', async () => {
    const { data, errors } = await server.query(`{ coverage(provinces: ["VN-21", "VN-13"], from: "2020-11-15", to: "2021-01-10") { province { code } documents undated months { month documents kinds { kind documents } } } }`);
    expect(errors).toBeUndefined();
    expect(data.coverage).toEqual([
      { province: { code: 'VN-21' }, documents: 0, undated: 0, months: ['2020-11', '2020-12', '2021-01'].map((month) => ({ month, documents: 0, kinds: [] })) },
      {
        province: { code: 'VN-13' },
        documents: 1,
        undated: 0,
        months: [
          { month: '2020-11', documents: 0, kinds: [] },
          // 003's Công văn has no dateline; its text bounds its date to December 2020.
          { month: '2020-12', documents: 1, kinds: [{ kind: 'CONG_VAN', documents: 1 }] },
          { month: '2021-01', documents: 0, kinds: [] },
        ],
      },
    ]);
  });

  it('runs from the first to the last dated document without a window', async () => {
    const { data } = await server.query(`{ coverage(provinces: ["VN-13"]) { documents months { month documents } } }`);
    expect(data.coverage[0].documents).toBe(3);
    expect(data.coverage[0].months.map((m: any) => m.month)).toEqual(['2020-12', ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((m) => `2021-${m}`)]);
    expect(data.coverage[0].months.filter((m: any) => m.documents > 0)).toEqual([
      { month: '2020-12', documents: 1 },
      { month: '2021-09', documents: 2 },
    ]);
  });

  it.each([
    ['an unknown province', '["VN-13", "VN-99"]', '', /^unknown province code "VN-99": use an ISO 3166-2 code such as VN-13/],
    ['no province', '[]', '', /coverage needs 1 to 63 distinct provinces, got 0/],
    ['a window the wrong way round', '["VN-13"]', ', from: "2021-10-01", to: "2021-09-01"', /"from" \(2021-10-01\) is after "to" \(2021-09-01\)/],
    ['a window of more than ten years', '["VN-13"]', ', from: "2010-01-01", to: "2021-09-01"', /the window spans 141 months; the limit is 120/],
  ])('refuses %s with BAD_USER_INPUT', async (_what, provinces, window, message) => {
    const { data, errors } = await server.query(`{ coverage(provinces: ${provinces}${window}) { documents } }`);
    expect(data).toBeNull();
    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(message);
  });
});
