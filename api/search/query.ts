import type { EntityManager } from '@mikro-orm/postgresql';
import { PlatformError } from '../errors';
import { SEARCH_CONFIG } from './normalise';

/** A query the search cannot run (BAD_USER_INPUT); the message says what to change. */
export class SearchInputError extends PlatformError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

/** Longer queries are rejected: a search box, not a way to send a document to the database. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The query as a websearch_to_tsquery expression over `?` (bound to the query text): unquoted words
 * must all occur, "a phrase" must occur as written, `or` and `-word` work as on web search engines.
 */
export const TSQUERY = `websearch_to_tsquery('${SEARCH_CONFIG}', search_text(?))`;

/** The query in NFC (the form passages are stored in), trimmed; throws when it is empty or too long. */
export function normaliseQuery(raw: string): string {
  const query = raw.normalize('NFC').trim();
  if (!query) throw new SearchInputError('the query is empty: give at least one word to search for');
  const length = [...query].length;
  if (length > MAX_QUERY_LENGTH) throw new SearchInputError(`the query has ${length} characters; at most ${MAX_QUERY_LENGTH} are allowed`);
  return query;
}

/**
 * Asks PostgreSQL whether the query has a word to look up in the index: punctuation alone gives an
 * empty tsquery, and a query that only excludes words ("-covid") would read every passage.
 */
export async function checkQueryWords(em: EntityManager, query: string): Promise<void> {
  const [row]: { nodes: number; tree: string }[] = await em
    .getConnection()
    .execute(`select numnode(q) as nodes, querytree(q) as tree from ${TSQUERY} as q`, [query]);
  if (row.nodes === 0) throw new SearchInputError(`"${query}" has no word to search for`);
  if (row.tree === 'T') throw new SearchInputError(`"${query}" only excludes words: add a word to search for`);
}
