import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentKind } from '../domain/directive';
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
 * One page of the passages matching the query, best first: first those holding more of its distinct
 * words (with `or`, a passage with all of them before one with some), then by cover density
 * (ts_rank_cd: how close together the words are, normalised by the log of the passage's length),
 * ties by passage id. Costs two statements: the query check and the page with its snippets.
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
 * How many passages match in all: one statement. Meant to follow searchPassages, which has asked
 * PostgreSQL whether the query has words to look up; the checks that need no database run again.
 */
export async function countPassages(em: EntityManager, input: SearchFilter): Promise<number> {
  const filter = checkedInput(input);
  const where = whereClause(filter);
  const [row]: { n: number }[] = await em
    .getConnection()
    .execute(`select count(*)::int as n from passage p join directive d on d.id = p.directive_id where ${where.sql}`, where.bindings);
  return row.n;
}

/** The page statement, exported so that tests can EXPLAIN exactly what runs. */
export function searchStatement(filter: SearchFilter, limit: number, offset: number): Statement {
  const where = whereClause(filter);
  // The subquery ranks and cuts the page; ts_headline, the costly part, then runs for its rows only.
  // Matched words: lexemes of the query's own tsvector that ts_delete finds in the passage's.
  const sql = `
    select h.id as "passageId", h.directive_id as "directiveId", h.rendition_id as "renditionId",
           h.start_offset as "start", h.end_offset as "end", h.text,
           h.matched + h.density::float8 as "rank",
           ts_headline('${SEARCH_CONFIG}', search_text(h.text), ${TSQUERY}, ?) as headline
      from (
        select p.id, p.directive_id, p.rendition_id, p.start_offset, p.end_offset, p.text,
               length(p.search) - length(ts_delete(p.search, tsvector_to_array(to_tsvector('${SEARCH_CONFIG}', search_text(?))))) as matched,
               ts_rank_cd(p.search, ${TSQUERY}, 1 | 32) as density
          from passage p join directive d on d.id = p.directive_id
         where ${where.sql}
         order by matched desc, density desc, p.id
         limit ? offset ?
      ) h
     order by h.matched desc, h.density desc, h.id`;
  const q = filter.query;
  return { sql, bindings: [q, HEADLINE_OPTIONS, q, q, ...where.bindings, limit, offset] };
}

function whereClause(filter: SearchFilter): Statement {
  const parts = [`p.search @@ ${TSQUERY}`];
  const bindings: unknown[] = [filter.query];
  const oneOf = (column: string, values: readonly string[]) => {
    // An empty list matches nothing, as an empty `in` would.
    parts.push(values.length ? `${column} in (${values.map(() => '?').join(', ')})` : 'false');
    bindings.push(...values);
  };
  if (filter.provinces) oneOf('d.province_code', filter.provinces.map((c) => c.trim().toUpperCase()));
  if (filter.kinds) oneOf('d.kind', filter.kinds);
  if (filter.from) {
    parts.push('d.dated_from >= ?::date');
    bindings.push(filter.from);
  }
  if (filter.to) {
    parts.push('d.dated_from <= ?::date');
    bindings.push(filter.to);
  }
  return { sql: parts.join(' and '), bindings };
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
