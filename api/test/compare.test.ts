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
