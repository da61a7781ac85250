import { Client } from 'pg';
import { Rendition } from '../db/entities';
import { indexMissingPassages, indexPassages, searchStatement, searchText } from '../search';
import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => ({ db, server } = await seededServer()));
afterAll(() => stopSeededServer({ db, server }));

const SEARCH = `query($query: String!, $provinces: [String!], $kinds: [DocumentKind!], $from: LocalDate, $to: LocalDate, $first: Int, $after: String) {
  search(query: $query, provinces: $provinces, kinds: $kinds, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      rank
      directive { number kind datedOn province { code } }
      rendition { id format text }
      citation { start end quote rendition { id } }
      snippet { text highlighted }
    } }
  }
}`;

interface Hit {
  rank: number;
  directive: { number: string | null; kind: string; datedOn: string | null; province: { code: string } };
  rendition: { id: string; format: string; text: string };
  citation: { start: number; end: number; quote: string; rendition: { id: string } };
  snippet: { text: string; highlighted: boolean }[];
}

interface Result {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string }[];
  hits: Hit[];
  statements: number;
}

async function search(variables: Record<string, unknown>): Promise<Result> {
  const { data, errors, extensions } = await server.query(SEARCH, variables);
  expect(errors).toBeUndefined();
  const { totalCount, pageInfo, edges } = data.search;
  return { totalCount, pageInfo, edges, hits: edges.map((e: { node: Hit }) => e.node), statements: extensions.sqlStatements };
}

async function errorCode(variables: Record<string, unknown>): Promise<string> {
  const { data, errors } = await server.query(SEARCH, variables);
  expect(data).toBeNull();
  return errors![0].extensions.code;
}

/** A hit as a position in the corpus: which text, which span, how it ranks. */
const where = (h: Hit) => ({ rendition: h.rendition.id, start: h.citation.start, end: h.citation.end, rank: h.rank });
const highlighted = (h: Hit) => h.snippet.filter((s) => s.highlighted).map((s) => s.text);

describe('search', () => {
  it('finds "mẫu gộp" in 370-TB/TU and 402-CV/TU whether the query has diacritics or not', async () => {
    const plain = await search({ query: 'xet nghiem mau gop' });
    const accented = await search({ query: 'xét nghiệm mẫu gộp' });
    expect(plain.hits.map(where)).toEqual(accented.hits.map(where));
    expect(plain.totalCount).toBe(4);
    expect(plain.hits.map((h) => h.directive.number)).toEqual(['370-TB/TU', '402-CV/TU', '402-CV/TU', '370-TB/TU']);
    expect(plain.hits.every((h) => h.citation.quote.includes('mẫu gộp') && h.citation.quote.includes('xét nghiệm'))).toBe(true);
    // Passages come from the best rendition only: the portal article of 370-TB/TU, not its OCR scan.
    expect(plain.hits.map((h) => h.rendition.format)).toEqual(['PORTAL', 'MARKDOWN', 'MARKDOWN', 'PORTAL']);
    // All four words in every hit: the integer part of the rank.
    expect(plain.hits.map((h) => Math.floor(h.rank))).toEqual([4, 4, 4, 4]);
  });

  it('highlights the original words, diacritics kept, side-by-side matches as one run', async () => {
    const { hits } = await search({ query: 'xet nghiem mau gop' });
    expect(highlighted(hits[0])).toEqual(['xét nghiệm', 'mẫu gộp']);
    expect(highlighted(hits[2])).toEqual(['xét nghiệm', 'mẫu', 'mẫu gộp']);
    // "mẫu gộp/ngày": the slash does not cut the snippet in the middle of "ngày".
    expect(hits[2].snippet.map((s) => s.text).join('')).toBe(
      '… địa phương, đơn vị đã được trang bị máy xét nghiệm, phấn đấu đạt 8.000 mẫu đơn/ngày, 80.000 mẫu gộp/ngày khi có tình huống xảy ra',
    );
    for (const hit of hits) {
      // Between ellipses, a snippet is the passage's own text.
      for (const piece of hit.snippet.map((s) => s.text).join('').split('…')) expect(hit.citation.quote).toContain(piece.trim());
    }
  });

  it('cites the whole passage as an exact span of the rendition text', async () => {
    const { hits } = await search({ query: 'dong chi', first: 30 });
    expect(hits).toHaveLength(24);
    for (const hit of hits) {
      expect(hit.rendition.text.slice(hit.citation.start, hit.citation.end)).toBe(hit.citation.quote);
      expect(hit.citation.rendition.id).toBe(hit.rendition.id);
    }
    // đ folds to d: "dong chi" finds "đồng chí", and the adjacent pair ranks first.
    expect(highlighted(hits[0])).toEqual(['đồng chí', 'đồng chí']);
    expect(hits[0].snippet.map((s) => s.text).join('')).toMatch(/^… Các đồng chí cán bộ diện Bộ Chính trị, .* … .* Các đồng chí thuộc Đoàn đại biểu tỉnh Quảng Ninh .* …$/);
  });

  it('matches a phrase in double quotes only in that order', async () => {
    const phrase = await search({ query: '"mau gop"' });
    expect(phrase.totalCount).toBe(4);
    expect(phrase.hits.every((h) => h.citation.quote.includes('mẫu gộp'))).toBe(true);
    expect((await search({ query: '"gop mau"' })).totalCount).toBe(0);
  });

  it('ranks passages with all the words of an `or` query before those with some', async () => {
    const { hits, totalCount } = await search({ query: '"mẫu gộp" or "xét nghiệm"', first: 100 });
    expect(totalCount).toBe(15);
    const withPooled = hits.filter((h) => h.citation.quote.includes('mẫu gộp'));
    expect(withPooled).toHaveLength(4);
    expect(hits.slice(0, 4)).toEqual(withPooled);
    expect(hits.map((h) => Math.floor(h.rank))).toEqual([4, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2]);
    const ranks = hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('finds "hai chống, ba xây" only in Thanh Hóa', async () => {
    const { hits, totalCount } = await search({ query: 'hai chong ba xay' });
    expect(totalCount).toBe(1);
    expect(hits.map((h) => [h.directive.province.code, h.directive.number])).toEqual([['VN-21', '402-CV/TU']]);
    expect(highlighted(hits[0])).toEqual(['hai chống', 'ba xây']);
  });

  it('filters by province, document kind and date', async () => {
    const count = async (filters: Record<string, unknown>) => {
      const { hits, totalCount } = await search({ query: 'xet nghiem', first: 100, ...filters });
      expect(hits).toHaveLength(totalCount);
      return { totalCount, numbers: [...new Set(hits.map((h) => h.directive.number))].sort() };
    };
    expect(await count({})).toEqual({ totalCount: 15, numbers: ['11-TB/BCĐ', '370-TB/TU', '402-CV/TU', null] });
    expect(await count({ provinces: ['vn-21'] })).toEqual({ totalCount: 6, numbers: ['402-CV/TU'] });
    expect(await count({ kinds: ['CONG_VAN'] })).toEqual({ totalCount: 7, numbers: ['402-CV/TU', null] });
    expect(await count({ kinds: ['CONG_VAN'], provinces: ['VN-13'] })).toEqual({ totalCount: 1, numbers: [null] });
    expect(await count({ from: '2021-09-25' })).toEqual({ totalCount: 12, numbers: ['370-TB/TU', '402-CV/TU'] });
    // The undated December 2020 letter is filtered by the earliest day it can be dated (2020-12-02).
    expect(await count({ to: '2021-09-29' })).toEqual({ totalCount: 9, numbers: ['11-TB/BCĐ', '370-TB/TU', null] });
    expect(await count({ from: '2021-09-23', to: '2021-09-29' })).toEqual({ totalCount: 6, numbers: ['370-TB/TU'] });
    expect(await count({ provinces: [] })).toEqual({ totalCount: 0, numbers: [] });
  });

  it('pages with first/after without overlap or gap', async () => {
    const all = await search({ query: 'dong chi', first: 100 });
    const page1 = await search({ query: 'dong chi', first: 10 });
    const page2 = await search({ query: 'dong chi', first: 10, after: page1.pageInfo.endCursor });
    const page3 = await search({ query: 'dong chi', first: 10, after: page2.pageInfo.endCursor });
    expect([page1, page2, page3].map((p) => [p.hits.length, p.pageInfo.hasNextPage, p.pageInfo.hasPreviousPage])).toEqual([
      [10, true, false],
      [10, true, true],
      [4, false, true],
    ]);
    expect([...page1.hits, ...page2.hits, ...page3.hits].map(where)).toEqual(all.hits.map(where));
  });

  it('rejects empty, word-less, exclusion-only and over-long queries, bad cursors and reversed dates', async () => {
    expect(await errorCode({ query: '' })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ query: '   ' })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ query: '!!! … "" -' })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ query: '-covid' })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ query: 'xét nghiệm '.repeat(28).slice(0, 300) })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ query: 'xet nghiem', after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await errorCode({ query: 'xet nghiem', from: '2021-10-01', to: '2021-09-01' })).toBe('BAD_USER_INPUT');
    // 200 characters are still a query.
    const longest = `"${'xét nghiệm '.repeat(18)}`.slice(0, 199) + '"';
    expect(longest).toHaveLength(200);
    expect((await search({ query: longest })).totalCount).toBe(0);
  });

  it('reads quotes and backslashes in a query as characters, not syntax', async () => {
    for (const query of [`đồng chí's`, `"đồng chí" \\ 'x' a\\b`, `o'neil\\'`]) expect((await search({ query })).totalCount).toBeGreaterThanOrEqual(0);
  });

  it('costs the same SQL statements for a page of 1 and of 20 hits, relations included', async () => {
    const one = await search({ query: 'dong chi', first: 1 });
    const twenty = await search({ query: 'dong chi', first: 20 });
    expect(twenty.hits).toHaveLength(20);
    // query check, page, count, then one batch each for directives, renditions, the renditions' texts (read only
    // because the query asks for them) and provinces
    expect(one.statements).toBe(7);
    expect(twenty.statements).toBe(7);
  });
});

describe('search in PostgreSQL', () => {
  async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  it('folds đ to d and drops diacritics in the text search configuration', async () => {
    const [row] = (await withClient((c) => c.query(`select to_tsvector('vietnamese_unaccent', 'Đồng đội ĐỒNG Chí Thanh Hóa')::text as v`))).rows;
    expect(row.v).toBe(`'chi':4 'doi':2 'dong':1,3 'hoa':6 'thanh':5`);
  });

  it('normalises slashes in JavaScript exactly as search_text() does in SQL', async () => {
    const { rows } = await withClient((c) => c.query(`select text, search_text(text) as normalised from passage_text union all select t, search_text(t) from (values ('mẫu đơn/ngày 27/9/2021 TB/BCĐ a//b /')) v(t)`));
    expect(rows.length).toBeGreaterThan(60);
    for (const row of rows) expect(searchText(row.text)).toBe(row.normalised);
    expect(searchText('mẫu đơn/ngày 27/9/2021 TB/BCĐ')).toBe('mẫu đơn ngày 27/9/2021 TB BCĐ');
  });

  it('has a GIN index on the tsvector, and a selective query uses it', async () => {
    await withClient(async (c) => {
      const { rows } = await c.query(`select indexdef from pg_indexes where tablename = 'passage_text' and indexname = 'passage_text_search_index'`);
      expect(rows).toEqual([{ indexdef: 'CREATE INDEX passage_text_search_index ON public.passage_text USING gin (search)' }]);
      // 20,000 filler texts, rolled back: with a hundred rows a sequential scan is rightly cheaper.
      await c.query('begin');
      try {
        await c.query(`insert into passage_text (text) select 'Thông báo số ' || g || ' về phòng, chống dịch tại địa phương' from generate_series(1, 20000) g`);
        await c.query('analyze passage_text');
        // New rows wait in the index's pending list until vacuum merges them, and the planner prices that list as
        // a scan: how long it is depends on what earlier tests wrote, so merge it as autovacuum would.
        await c.query(`select gin_clean_pending_list('passage_text_search_index')`);
        const { sql, bindings } = searchStatement({ query: 'xét nghiệm mẫu gộp' }, 21, 0);
        let n = 0;
        const plan = await c.query(`explain (format json) ${sql.replace(/\?/g, () => `$${++n}`)}`, bindings);
        expect(JSON.stringify(plan.rows[0]['QUERY PLAN'])).toContain('"Index Name":"passage_text_search_index"');
      } finally {
        await c.query('rollback');
      }
    });
  });

  /** The statement searchPassages sends, run as it is. */
  async function page(query: string, rankedTexts: number): Promise<{ text: string; rank: number }[]> {
    const { sql, bindings } = searchStatement({ query }, 100, 0, rankedTexts);
    let n = 0;
    return (await withClient((c) => c.query(sql.replace(/\?/g, () => `$${++n}`), bindings))).rows;
  }

  it('ranks only as many distinct texts as the bound when more match, and still counts every match', async () => {
    const all = await search({ query: 'dong chi', first: 100 });
    const bounded = await page('dong chi', 2);
    const texts = new Set(bounded.map((r) => r.text));
    expect(texts.size).toBe(2);
    // Every passage of those two texts, ranked among themselves as in the full list.
    expect(bounded.map((r) => r.rank)).toEqual(all.hits.filter((h) => texts.has(h.citation.quote)).map((h) => h.rank));
    expect((await page('dong chi', 1000)).map((r) => r.rank)).toEqual(all.hits.map((h) => h.rank));
    expect(all.totalCount).toBe(24);
  });

  it('stores each distinct paragraph once, none unused', async () => {
    const [counts] = (
      await withClient((c) =>
        c.query(`select (select count(*)::int from passage) as passages, (select count(*)::int from passage_text) as texts,
                        (select count(distinct text)::int from passage_text) as distinct,
                        (select count(*)::int from passage_text t where not exists (select 1 from passage p where p.text_id = t.id)) as unused`),
      )
    ).rows;
    expect(counts.texts).toBe(counts.distinct);
    expect(counts.texts).toBeLessThanOrEqual(counts.passages);
    expect(counts.unused).toBe(0);
  });

  it('points passages of another directive with the same paragraphs at the same texts; a failed ingestion leaves both tables as they were', async () => {
    const snapshot = () =>
      withClient(async (c) => (await c.query(`select (select json_agg(p order by p.id) from passage p) as passages, (select json_agg(t.id order by t.id) from passage_text t) as texts`)).rows[0]);
    const before = await snapshot();
    const em = db.orm.em.fork();
    const ids: { rendition_id: number }[] = await em.getConnection().execute('select min(rendition_id) as rendition_id from passage group by directive_id order by 1 limit 2');
    const [a, b] = await em.find(Rendition, { id: { $in: ids.map((r) => r.rendition_id) } }, { orderBy: { id: 'asc' }, populate: ['directive', 'text'] });
    const failed = em.transactional(async (tx) => {
      // b's directive now reads as a's rendition: every one of its passages is one of a's texts, no new text.
      await indexPassages(tx, b.directive, b, a.text);
      const [row]: { passages: number; shared: number; texts: number }[] = await tx.getConnection().execute(
        `select count(*)::int as passages, count(*) filter (where p.text_id in (select text_id from passage where directive_id = ?))::int as shared,
                (select count(*)::int from passage_text) as texts
           from passage p where p.directive_id = ?`,
        [a.directive.id, b.directive.id],
        'all',
        tx.getTransactionContext(),
      );
      expect(row.passages).toBeGreaterThan(0);
      expect(row.shared).toBe(row.passages);
      expect(row.texts).toBeLessThan(before.texts.length);
      throw new Error('ingestion failed');
    });
    await expect(failed).rejects.toThrow('ingestion failed');
    expect(await snapshot()).toEqual(before);
  });

  it('indexes the directives that have no passages yet, as ingestion would have', async () => {
    const before = await search({ query: 'xet nghiem', first: 100 });
    await withClient((c) => c.query('delete from passage; delete from passage_text'));
    expect((await search({ query: 'xet nghiem' })).totalCount).toBe(0);
    expect(await indexMissingPassages(db.orm.em)).toBe(4);
    expect(await indexMissingPassages(db.orm.em)).toBe(0);
    const after = await search({ query: 'xet nghiem', first: 100 });
    expect(after.hits.map(where)).toEqual(before.hits.map(where));
  });
});
