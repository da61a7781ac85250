// Where each page of a PDF or a scan begins in the cleaned text, so that a citation can name its page.
// Cleaning joins lines and drops boilerplate, so offsets in the source do not survive it; a page is found
// again by the first words of its first lines, searched in order after the previous page's start.
import { escapeRegExp } from '../../text/regexp';

/** Words of a page's line that identify it; shorter lines (a page number, "2") are passed over. */
const PROBE_WORDS = 4;
const PROBE_LINES = 6;

/**
 * Offsets in `cleaned` where each page begins (0 for page 1); null for a page whose first lines were not
 * found (dropped as boilerplate, or too damaged), so that no offset is ever put on the wrong page.
 */
export function locatePages(cleaned: string, pageTexts: readonly string[]): (number | null)[] {
  const starts: (number | null)[] = [0];
  // A page begins after the one before it, never where it does.
  let from = 1;
  for (const page of pageTexts.slice(1)) {
    let found: number | null = null;
    for (const line of page.split('\n').slice(0, PROBE_LINES)) {
      const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      if (words.length < 2) continue;
      const probe = new RegExp(words.slice(0, PROBE_WORDS).map(escapeRegExp).join('\\s+'), 'u');
      const match = probe.exec(cleaned.slice(from));
      if (match) {
        found = from + match.index;
        break;
      }
    }
    starts.push(found);
    if (found !== null) from = found + 1;
  }
  return starts;
}

/** The page (from 1) the offset falls on; null when an unlocated page may begin before it. */
export function pageAt(pageStarts: readonly (number | null)[], offset: number): number | null {
  let last = -1;
  pageStarts.forEach((start, i) => {
    if (start !== null && start <= offset) last = i;
  });
  if (last < 0) return null;
  return pageStarts[last + 1] === null ? null : last + 1;
}
