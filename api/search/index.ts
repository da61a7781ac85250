// Full-text search over the paragraphs of each directive's best rendition, in PostgreSQL.
export { indexPassages, passageUnits } from './passages';
export { indexMissingPassages } from './reindex';
export { countPassages, RANKED_TEXTS, searchPassages, searchStatement, type SearchFilter, type SearchHit, type SearchInput, type SearchPage } from './search';
export { MAX_QUERY_LENGTH, SearchInputError } from './query';
export { searchText, SEARCH_CONFIG } from './normalise';
export type { SnippetSegment } from './snippet';
