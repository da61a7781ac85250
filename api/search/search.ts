import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentKind } from '../domain/directive';
import { knownCodes } from '../read/codes';
import { SEARCH_CONFIG } from './normalise';
import { checkQueryWords, normaliseQuery, SearchInputError, TSQUERY } from './query';
import { HEADLINE_OPTIONS, snippetSegments, type SnippetSegment } from './snippet';

/** Which passages to search: the query and filters on their directive. */
export interface SearchFilter {
  query: string;
  /** ISO 3166-2 codes ("VN-21"). */
  provinces?: string[] | null;
  kinds?: DocumentKind[] | null;
  /** Inclusive bounds on directive.dated_from (its date, or the bound an undated text shows), as YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
}

export interface SearchInput extends SearchFilter {
  first: number;
  /** How many hits of the ranked list the client has already seen. */
  after?: number | null;
}

/** A passage that matches, with where it is and why it ranks where it does. */
export interface SearchHit {
  passageId: number;
  directiveId: number;
  renditionId: number;
  /** Span of the passage in the rendition's text, end exclusive. */
  start: number;
  end: number;
  /** The passage: rendition.text.slice(start, end). */
  text: string;
  /** Integer part: how many of the query's words the passage holds; fraction: their cover density. */
  rank: number;
  snippet: SnippetSegment[];
}

export interface SearchPage {
  hits: SearchHit[];
  hasMore: boolean;
}

interface Statement {
  sql: string;
  bindings: unknown[];
}

/**
 * When more distinct texts than this match, only this many are ranked: the first the index yields, in the
 * order the table holds them (roughly the order they were stored). Ranking (ts_rank_cd) is what grows with
 * the corpus; this bounds it. Their passages are the pages; the count still counts every match.
 */
export const RANKED_TEXTS = 500;

/**
 * One page of the passages matching the query, best first: first those holding more of its distinct
 * words (with `or`, a passage with all of them before one with some), then by cover density
 * (ts_rank_cd: how close together the words are, normalised by the log of the passage's length),
 * ties by passage id. Identical passages share one text, ranked once. Costs two statements: the query
 * check and the page with its snippets.
 */
export async function searchPassages(em: EntityManager, input: SearchInput): Promise<SearchPage> {
  const filter = await checkedFilter(em, input);
  if (input.first <= 0) return { hits: [], hasMore: false };
  const { sql, bindings } = searchStatement(filter, input.first + 1, input.after ?? 0);
  const rows: (Omit<SearchHit, 'snippet'> & { headline: string })[] = await em.getConnection().execute(sql, bindings);
  const hits = rows.slice(0, input.first).map(({ headline, ...hit }) => ({ ...hit, snippet: snippetSegments(headline, hit.text) }));
  return { hits, hasMore: rows.length > input.first };
}

/**
 * How many passages match in all, beyond the ranked ones too: one statement. Meant to follow
 * searchPassages, which has asked PostgreSQL whether the query has words to look up; the checks that
 * need no database run again.
 */
export async function countPassages(em: EntityManager, input: SearchFilter): Promise<number> {
  const filter = checkedInput(input);
  const directives = directiveClause(filter);
  const [row]: { n: number }[] = await em.getConnection().execute(
    `select count(*)::int as n from passage p ${directives ? 'join directive d on d.id = p.directive_id' : ''}
      where p.text_id in (select t.id from passage_text t where t.search @@ ${TSQUERY}) ${directives ? `and ${directives.sql}` : ''}`,
    [filter.query, ...(directives?.bindings ?? [])],
  );
  return row.n;
}

/** The page statement, exported so that tests can EXPLAIN exactly what runs. */
export function searchStatement(filter: SearchFilter, limit: number, offset: number, rankedTexts = RANKED_TEXTS): Statement {
  const directives = directiveClause(filter);
  // With filters, a text is a candidate when one of its passages is in a directive they keep.
  const kept = directives
    ? `and exists (select 1 from passage p join directive d on d.id = p.directive_id where p.text_id = t.id and ${directives.sql})`
    : '';
  // Materialized, each step runs once for what it is given: the tsvector functions per candidate text (not per
  // passage). Occurrences come from the index on (text_id, id), texts best first, at most a page's worth each
  // (offset 0 keeps the lateral a nested loop), so that an incremental sort stops once the page is full instead
  // of listing every occurrence of every ranked text. The rest of a passage and ts_headline, the costly part,
  // for the page only, once per text. Matched words: how many of the distinct
  // lexemes of the query's own tsvector the text holds, each tested as a one-word tsquery, quoted so that no
  // lexeme reads as an operator (a lookup each, where ts_delete rebuilt the text's tsvector).
  const sql = `
    with words as materialized (
      select array(select ('''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''')::tsquery
                     from unnest(tsvector_to_array(to_tsvector('${SEARCH_CONFIG}', search_text(?)))) w) as lexemes
    ), ranked as materialized (
      select c.id, (select count(*) from unnest(words.lexemes) w where c.search @@ w)::int as matched,
             ts_rank_cd(c.search, ${TSQUERY}, 1 | 32) as density
        from (select t.id, t.search from passage_text t where t.search @@ ${TSQUERY} ${kept} limit ?) c, words
    ), page as materialized (
      select o.id, r.id as text_id, r.matched, r.density
        from (select * from ranked order by matched desc, density desc) r
        cross join lateral (
          select o.id from passage o ${directives ? `join directive d on d.id = o.directive_id` : ''}
           where o.text_id = r.id ${directives ? `and ${directives.sql}` : ''}
           order by o.id limit ? offset 0
        ) o
       order by r.matched desc, r.density desc, o.id
       limit ? offset ?
    ), snippets as materialized (
      select t.id, t.text, ts_headline('${SEARCH_CONFIG}', search_text(t.text), ${TSQUERY}, ?) as headline
        from passage_text t where t.id in (select text_id from page)
    )
    select p.id as "passageId", p.directive_id as "directiveId", p.rendition_id as "renditionId",
           p.start_offset as "start", p.end_offset as "end", s.text,
           g.matched + g.density::float8 as "rank", s.headline
      from page g join passage p on p.id = g.id join snippets s on s.id = g.text_id
     order by g.matched desc, g.density desc, g.id`;
  const q = filter.query;
  const filters = directives?.bindings ?? [];
  return { sql, bindings: [q, q, q, ...filters, rankedTexts, ...filters, offset + limit, limit, offset, q, HEADLINE_OPTIONS] };
}

/** The filters on the passage's directive (alias d), or null when there are none. */
function directiveClause(filter: SearchFilter): Statement | null {
  const parts: string[] = [];
  const bindings: unknown[] = [];
  const oneOf = (column: string, values: readonly string[]) => {
    // An empty list matches nothing, as an empty `in` would.
    parts.push(values.length ? `${column} in (${values.map(() => '?').join(', ')})` : 'false');
    bindings.push(...values);
  };
  if (filter.provinces) oneOf('d.province_code', knownCodes('province', filter.provinces));
  if (filter.kinds) oneOf('d.kind', filter.kinds);
  if (filter.from) {
    parts.push('d.dated_from >= ?::date');
    bindings.push(filter.from);
  }
  if (filter.to) {
    parts.push('d.dated_from <= ?::date');
    bindings.push(filter.to);
  }
  return parts.length ? { sql: parts.join(' and '), bindings } : null;
}

function checkedInput<F extends SearchFilter>(input: F): F {
  if (input.from && input.to && input.from > input.to) throw new SearchInputError(`"from" (${input.from}) is after "to" (${input.to})`);
  return { ...input, query: normaliseQuery(input.query) };
}

async function checkedFilter<F extends SearchFilter>(em: EntityManager, input: F): Promise<F> {
  const filter = checkedInput(input);
  await checkQueryWords(em, filter.query);
  return filter;
}
