import type { Hit } from '../phrases/patterns';
import type { TextLine } from './lines';
import { ARTICLE } from './markers';

// Tables of measures by epidemic level ("TT | Hoạt động | Cấp độ 1 | Cấp độ 2 | Cấp độ 3 | Cấp độ 4", or by
// zone: "Vùng xanh | Vùng vàng | Vùng cam | Vùng đỏ") reach the extractors cleaned to one cell per line: a
// cell such as "Không quá 50% công suất" no longer says it is about restaurants. This finds each row's label
// ("Nhà hàng, quán ăn") and its cells, so that a cell's measure and figure are read with the label they
// belong to, and a row's ordinal ("2") is not taken for a count of the label's noun.

/** A row of a table cleaned to one cell per line, read with its label and the heading of each of its cells. */
export interface TableRow {
  /** The row's number in an ordinal column ("1", "II"), if the table has one. */
  ordinal: Hit | null;
  /** What the row is about: the cell of the last column before the values. */
  label: Hit;
  /** One cell per value column, in the order of the heading. */
  cells: Hit[];
  /** The heading's cell of each value column ("Cấp độ 1", "Kết quả đến 31/8"), in the same order as the cells. */
  headings: Hit[];
  /** The value columns are epidemic levels or zones: a cell holds where its level applies. */
  byLevel: boolean;
}

/** A level's heading cell: "Cấp độ 1", "Cấp 2", "Mức 3", "Vùng đỏ", "Vùng nguy cơ cao". */
const LEVEL_HEADING = /^(?:cap(?: do)?|muc(?: do)?|vung)[\s\u00a0]+(?:\d|[ivx]{1,3}\b|xanh|vang|cam|do\b|nguy co|binh thuong|moi binh thuong)/u;
/** An ordinal column's heading. */
export const ORDINAL_HEADING = /^(?:s?tt|so tt|so thu tu)$/u;
/** A row's ordinal cell. */
export const ORDINAL_CELL = /^(?:\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]?$/u;
/** Leading columns before the levels: an ordinal, a label, maybe a group. */
const MAX_LEADING = 3;
/** A heading cell is short; a cell longer than this is prose, and the table has ended. */
const MAX_HEADING_CELL = 40;
export const MAX_CELL = 300;
/** Lines that end a table: an article, a numbered or lettered item of the text ("2.", "b)"). */
export const ENDS_TABLE = /^(?:[IVX]{1,4}\.[\s\u00a0]|\d{1,2}\.[\s\u00a0]+\p{L}|[a-zđ]\)[\s\u00a0]+\p{L})/u;

/** The rows of every table of levels in the text, in order; `folded` is the text folded (same offsets). */
export function levelRows(lines: TextLine[], folded: string): TableRow[] {
  const out: TableRow[] = [];
  const key = (l: TextLine) => folded.slice(l.start, l.end).replace(/\s+/g, ' ');
  // Whether each line is a level's heading cell, read once.
  const level = lines.map((l) => l.text.length <= MAX_HEADING_CELL && LEVEL_HEADING.test(key(l)));
  for (let i = 0; i < lines.length; i++) {
    if (!level[i]) continue;
    // The heading's cells: consecutive lines, the leading columns first, then at least two levels.
    let first = i;
    while (first > 0 && i - first < MAX_LEADING && lines[first - 1].index === lines[first].index - 1 && lines[first - 1].text.length <= MAX_HEADING_CELL && !level[first - 1]) first--;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1].index === lines[last].index + 1 && level[last + 1]) last++;
    const leading = i - first;
    const levels = last - i + 1;
    if (leading === 0 || levels < 2) {
      i = last;
      continue;
    }
    const hasOrdinal = ORDINAL_HEADING.test(key(lines[first]));
    const width = leading + levels;
    let at = last + 1;
    while (at + width <= lines.length) {
      const row = lines.slice(at, at + width);
      if (row.some((l) => l.text.length > MAX_CELL || ARTICLE.test(l.text) || ENDS_TABLE.test(l.text))) break;
      if (hasOrdinal !== ORDINAL_CELL.test(row[0].text)) break;
      // Without an ordinal column a row is only told from prose by its cells being short.
      if (!hasOrdinal && row.some((l) => l.text.length > MAX_HEADING_CELL * 3)) break;
      const span = (l: TextLine): Hit => ({ start: l.start, end: l.end });
      out.push({ ordinal: hasOrdinal ? span(row[0]) : null, label: span(row[leading - 1]), cells: row.slice(leading).map(span), headings: lines.slice(i, last + 1).map(span), byLevel: true });
      at += width;
    }
    i = at - 1;
  }
  return out;
}

/** The row whose label or cells hold [start, end), the cell holding it and its column's heading (null for the label or the ordinal). */
export function rowAt(rows: TableRow[], start: number, end: number): { row: TableRow; cell: Hit | null; heading: Hit | null } | null {
  for (const row of rows) {
    const i = row.cells.findIndex((c) => c.start <= start && end <= c.end);
    if (i >= 0) return { row, cell: row.cells[i], heading: row.headings[i] };
    if ((row.label.start <= start && end <= row.label.end) || (row.ordinal && row.ordinal.start <= start && end <= row.ordinal.end)) return { row, cell: null, heading: null };
  }
  return null;
}
