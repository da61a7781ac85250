// Law libraries render a directive's two-column header as table rows ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI
// CHỦ NGHĨA VIỆT NAM |", "Số: 24/CT-UBND | Sơn La, ngày 24 tháng 7 năm 2021 |"), and transcripts join the
// header's cells with dashes ("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG — Số: 186/KH-UBND — Đà Nẵng, ngày ..."); text
// exports draw the cells with box-drawing bars ("│ SỞ Y TẾ │ Độc lập - Tự do - Hạnh phúc │"). Each
// cell becomes a line of its own, as the lines are printed on paper, so the letterhead, number and
// dateline rules see them where they expect them.
import { fold } from '../../text/fold';
import { isCapsLine, NUMBER_LINE } from './line-shape';

/**
 * Opens each line split out of a bar-marked row, so that joining wrapped lines keeps every cell on its own line
 * ("mẫu/ngày" under "Công suất xét nghiệm" is a cell, not the rest of a sentence) and a cell of symbols ("%")
 * is no decoration. Cleaning removes it once lines are joined.
 */
export const CELL = '\uE0F0';
export const unmarkCells = (text: string) => text.replaceAll(CELL, '');
/** A cell of a frame's rule: "---", ":---:", "===". */
const RULE_CELL = /^[-=_:+.\s─━═]*$/u;

/** How many lines from the top a dash-joined header row can be. */
const HEADER_LINES = 15;
const DASH_CELL = /[ \u00a0]+[—–][ \u00a0]+/;
/** A cell's edge: an ASCII bar, or a box-drawing one (the frame's other lines hold no letters and are dropped). */
const BAR = /[|│┃║]/;
const OPENS_FRAME = /^\s*[|│┃║]/u;
const CLOSES_FRAME = /[|│┃║]\s*$/u;
/** A cell of a header: the number, a dateline, or a capitals line (letterhead, title). */
const HEADER_CELL = new RegExp(String.raw`^(?:${NUMBER_LINE}|[\p{L} .]{2,40},\s*ngay\b)`, 'u');

/** What an empty cell of a table prints as. */
const EMPTY_CELL = '-';

/** A row's cells between its bars, empty ones included; the frame's outer bars open and close no cell. */
function rowCells(line: string): string[] {
  const cells = line.split(BAR).map((c) => c.trim());
  if (OPENS_FRAME.test(line)) cells.shift();
  if (CLOSES_FRAME.test(line)) cells.pop();
  return cells;
}

function isHeaderCell(cell: string): boolean {
  return HEADER_CELL.test(fold(cell)) || isCapsLine(cell);
}

export function splitTableCells(text: string): string {
  const lines = text.split('\n');
  let seen = 0;
  return lines
    .map((line) => {
      if (line.trim() !== '') seen++;
      // A row is framed by bars ("... | ... |"), or all its cells are header cells: a portal's "02/08/2021 | 10:15"
      // is neither.
      if (BAR.test(line)) {
        const cells = rowCells(line);
        const filled = cells.filter((c) => c !== '');
        const framed = OPENS_FRAME.test(line) || CLOSES_FRAME.test(line);
        if (filled.length > 0 && (framed || filled.every(isHeaderCell))) {
          if (filled.every((c) => RULE_CELL.test(c))) return '';
          // A table's empty cell keeps its place as "-", as print shows it, so that the cells after it stay under
          // their headings; a two-column header's empty cell is only layout.
          const kept = cells.length >= 3 && filled.length >= 2 ? cells.map((c) => (c === '' ? EMPTY_CELL : c)) : filled;
          return kept.map((c) => CELL + c).join('\n');
        }
      }
      if (seen <= HEADER_LINES && DASH_CELL.test(line)) {
        const cells = line.split(DASH_CELL).map((c) => c.trim());
        if (cells.length > 1 && cells.every((c) => c !== '' && isHeaderCell(c))) return cells.join('\n');
      }
      return line;
    })
    .join('\n');
}
