import type { TextLine } from './lines';
import { ARTICLE } from './markers';
import { ENDS_TABLE, MAX_CELL, ORDINAL_HEADING, type TableRow } from './level-tables';

// Tables other than those by level reach the extractors cleaned to one cell per line as well: a plan's goals
// beside the present state ("STT | Chỉ tiêu | Kết quả đến 31/8/2021 | Mục tiêu đến 30/9/2021"), a table of
// tasks with their lead agency. A cell such as "45%" no longer says which row or column it is in. This finds
// the rows by their shape, so that extractors can read a cell with its row's label and its column's heading:
// a block of short heading cells that opens with an ordinal column ("STT", "TT"), then rows numbered 1, 2, 3
// ... on lines of their own, each followed by its cells; or, without an ordinal column, a heading block whose
// cells are known column words over a block of rows of as many cells. A row with a cell left empty (cleaning
// drops it) cannot say which column each cell is in, and is left out. What a column means is the extractors'
// call.

/** A heading cell is short; so is the block of them. */
const MAX_HEADING_CELL = 60;
const MAX_COLUMNS = 8;
/** An ordinal, a label and at least one value. */
const MIN_COLUMNS = 3;

const isOrdinal = (line: TextLine, n: number) => line.text.replace(/[.)]$/u, '') === String(n);
const endsTable = (line: TextLine) => line.text.length > MAX_CELL || ARTICLE.test(line.text) || ENDS_TABLE.test(line.text);

/** The rows of every table in the text, in order; `folded` is the text folded (same offsets). */
export function gridRows(lines: TextLine[], folded: string, isColumnHeading: (folded: string) => boolean): TableRow[] {
  const key = (l: TextLine) => folded.slice(l.start, l.end).replace(/\s+/g, ' ');
  const out: TableRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rows = ORDINAL_HEADING.test(key(lines[i])) ? numberedRows(lines, i) : unnumberedRows(lines, i, (l) => isColumnHeading(key(l)));
    if (!rows) continue;
    out.push(...rows.rows);
    i = rows.next - 1;
  }
  return out;
}

const consecutive = (lines: TextLine[], k: number) => k > 0 && lines[k].index === lines[k - 1].index + 1;

/** Rows numbered 1, 2, 3 ... under the heading block that `i` (an ordinal column's heading) opens. */
function numberedRows(lines: TextLine[], i: number): { rows: TableRow[]; next: number } | null {
  // The heading's cells: consecutive short lines after the ordinal's, up to the first row's "1".
  let h = i + 1;
  while (h < lines.length && h - i < MAX_COLUMNS && consecutive(lines, h) && lines[h].text.length <= MAX_HEADING_CELL && !isOrdinal(lines[h], 1)) h++;
  const width = h - i;
  if (width < MIN_COLUMNS || h >= lines.length || !isOrdinal(lines[h], 1)) return null;
  const headings = lines.slice(i + 2, h).map(({ start, end }) => ({ start, end }));
  const rows: TableRow[] = [];
  let at = h;
  for (let n = 1; at < lines.length && isOrdinal(lines[at], n); n++) {
    // A row's cells run to the next row's ordinal; a blank line or prose ends the row and the table.
    let end = at + 1;
    while (end < lines.length && end - at < width && consecutive(lines, end) && !isOrdinal(lines[end], n + 1) && !endsTable(lines[end])) end++;
    if (end - at === width) {
      const [ordinal, label, ...cells] = lines.slice(at, end).map(({ start, end }) => ({ start, end }));
      rows.push({ ordinal, label, cells, headings, byLevel: false });
    }
    at = end;
  }
  return { rows, next: at };
}

/** A row's cells, without an ordinal column, are told from prose by being short. */
const MAX_UNNUMBERED_CELL = 120;

/**
 * Rows without an ordinal column ("Chỉ tiêu | Hiện tại | Mục tiêu"): the heading is a block of its own between
 * blank lines whose cells open with known column words (two at least, so that a title's lines are no heading),
 * and the block under it divides into rows of as many cells, each with a figure after its label.
 */
function unnumberedRows(lines: TextLine[], i: number, isColumnHeading: (l: TextLine) => boolean): { rows: TableRow[]; next: number } | null {
  if (consecutive(lines, i)) return null;
  let h = i + 1;
  while (h < lines.length && h - i <= MAX_COLUMNS && consecutive(lines, h)) h++;
  const heading = lines.slice(i, h);
  if (heading.length < MIN_COLUMNS - 1 || heading.length > MAX_COLUMNS || heading.some((l) => l.text.length > MAX_HEADING_CELL || /[.:;]$/u.test(l.text))) return null;
  if (heading.filter(isColumnHeading).length < 2) return null;
  let end = h + 1;
  while (end < lines.length && consecutive(lines, end)) end++;
  const body = lines.slice(h, end);
  const width = heading.length;
  if (body.length < width || body.length % width !== 0 || body.some((l) => l.text.length > MAX_UNNUMBERED_CELL || endsTable(l))) return null;
  const headings = heading.slice(1).map(({ start, end }) => ({ start, end }));
  const rows: TableRow[] = [];
  for (let at = 0; at < body.length; at += width) {
    const [label, ...cells] = body.slice(at, at + width).map(({ start, end }) => ({ start, end }));
    if (!body.slice(at + 1, at + width).some((l) => /\d/u.test(l.text))) return null;
    rows.push({ ordinal: null, label, cells, headings, byLevel: false });
  }
  return { rows, next: end };
}
