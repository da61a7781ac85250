// The text as the search parser sees it: the JavaScript twin of the SQL function search_text() of
// Migration20261123100000_search (a test checks that both agree on every passage of the corpus).
// PostgreSQL's default parser reads "đơn/ngày" as a file name "/ng" plus "ày"; a slash before anything
// but a digit becomes a space, so dates such as "27/9/2021" stay one token. Length is preserved:
// an offset into the normalised text is an offset into the original.
export function searchText(text: string): string {
  return text.replace(/\/(?![0-9])/g, ' ');
}

/** The text search configuration of passage.search and of every query run against it. */
export const SEARCH_CONFIG = 'vietnamese_unaccent';
