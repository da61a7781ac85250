// From positioned pieces of text on a page (a PDF's text runs, OCR's words) to lines in reading order.
// Official letters print two columns twice: the header (issuer and number on the left, the national motto and
// the dateline on the right) and the signature block ("Nơi nhận:" on the left, the signer on the right). Read
// across, each printed line would splice the two columns ("UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI ..."), which no
// metadata rule recognises; read column by column they come out as a transcript prints them. Elsewhere a
// line is read across: a table row stays one line, so its figures stay beside their labels.
import { BARE_DATELINE, DATELINE } from '../../text/dates';
import { fold } from '../../text/fold';

/** A piece of text and its box, in page units with the origin at the top left (y grows downwards). */
export interface TextBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** A whole word (OCR's boxes): always set apart by a space, however close. A PDF's runs may split a word. */
  word?: boolean;
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  top: number;
  bottom: number;
  /** Mean of its boxes' vertical centres: what a box must be near to join the line. */
  centre: number;
  height: number;
  boxes: TextBox[];
  segments: Segment[];
}

/** A gap between two boxes of one line wider than this many line heights separates columns; a word space is a fifth. */
const COLUMN_GAP = 1.5;
/**
 * A band free of text down a whole block, between its two columns, is at least this many line heights wide:
 * narrower than the gap within one line, since each column's widest line may reach towards the other.
 */
const GUTTER = 0.5;
/** A box joins a line when their centres are closer than this share of the smaller height. */
const SAME_LINE = 0.4;
/** How many lines the header may run down one column before the other column's first line. */
const HEADER_START_LINES = 4;
/** A line above the header longer than this is prose: the header is not on this page. */
const HEADER_TAG_CHARACTERS = 30;
/** A vertical gap above a line wider than the usual one by this many line heights starts a paragraph. */
const PARAGRAPH_GAP = 0.5;

export function layOutPage(boxes: readonly TextBox[], options: { firstPage: boolean }): string {
  const lines = groupLines(boxes.filter((b) => b.text.trim() !== '' && b.x1 >= b.x0 && b.y1 > b.y0));
  const height = median(lines.map((l) => l.height));
  const blocks = columnBlocks(lines, height, options.firstPage);
  // The usual space between lines (leading) differs between a PDF's font boxes and OCR's glyph boxes.
  const leading = Math.max(0, median(lines.slice(1).map((l, i) => l.top - lines[i].bottom)));
  const out: string[] = [];
  let previous: Line | null = null;
  let i = 0;
  while (i < lines.length) {
    if (previous && lines[i].top - previous.bottom > leading + PARAGRAPH_GAP * height) out.push('');
    const block = blocks.find((b) => b.start === i);
    if (block) {
      const column = (side: 'left' | 'right') =>
        lines
          .slice(block.start, block.end)
          .map((line) => line.segments.filter((s) => (s.x1 <= block.gutter ? 'left' : 'right') === side).map((s) => s.text).join(' '))
          .filter((text) => text !== '');
      out.push(...column('left'), ...column('right'), '');
      previous = lines[block.end - 1];
      i = block.end;
      continue;
    }
    out.push(lines[i].segments.map((s) => s.text).join(' '));
    previous = lines[i];
    i++;
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Boxes whose vertical centres are close are on one printed line. Centres, not overlaps: a header's two
 * columns are often set a few points apart, and overlapping boxes would chain one column's second line
 * onto the other's first.
 */
function groupLines(boxes: TextBox[]): Line[] {
  const lines: Line[] = [];
  for (const box of [...boxes].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1) || a.x0 - b.x0)) {
    const h = box.y1 - box.y0;
    const centre = (box.y0 + box.y1) / 2;
    const line = lines.find((l) => Math.abs(l.centre - centre) <= SAME_LINE * Math.min(h, l.height));
    if (line) {
      const n = line.boxes.push(box);
      line.centre += (centre - line.centre) / n;
      line.height += (h - line.height) / n;
      line.top = Math.min(line.top, box.y0);
      line.bottom = Math.max(line.bottom, box.y1);
    } else lines.push({ top: box.y0, bottom: box.y1, centre, height: h, boxes: [box], segments: [] });
  }
  lines.sort((a, b) => a.centre - b.centre);
  for (const line of lines) line.segments = segmentsOf(line);
  return lines;
}

/** A line's boxes joined into runs of text, split where the gap is wide enough to be a column's edge. */
function segmentsOf(line: Line): Segment[] {
  const boxes = [...line.boxes].sort((a, b) => a.x0 - b.x0);
  const h = line.height;
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const box of boxes) {
    const gap = current ? box.x0 - current.x1 : 0;
    if (current && gap <= COLUMN_GAP * h) {
      // A PDF's runs may split a word ("Th" "ông"): a space only where the gap is one.
      const space = (box.word || gap > 0.15 * h) && !/\s$/.test(current.text) && !/^\s/.test(box.text) ? ' ' : '';
      current.text += space + box.text;
      current.x1 = Math.max(current.x1, box.x1);
    } else {
      current = { x0: box.x0, x1: box.x1, text: box.text };
      segments.push(current);
    }
  }
  for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
  return segments.filter((s) => s.text !== '');
}

interface ColumnBlock {
  /** Lines start (inclusive) to end (exclusive). */
  start: number;
  end: number;
  /** Text left of this x is the left column's. */
  gutter: number;
}

/**
 * The blocks read column by column: the header, at the top of the first page (under at most a short tag,
 * "KHẨN", "HỎA TỐC"), and the signature block, around its "Nơi nhận:". A block is a run of lines that leave a
 * vertical band free of text between two columns; the first line that crosses the band ends it.
 */
function columnBlocks(lines: Line[], height: number, firstPage: boolean): ColumnBlock[] {
  const blocks: ColumnBlock[] = [];
  if (firstPage) {
    for (let start = 0; start < Math.min(HEADER_START_LINES, lines.length); start++) {
      const block = growBlock(lines, start, start, height);
      if (block) {
        blocks.push(block);
        break;
      }
      if (lines[start].segments.map((s) => s.text).join(' ').length > HEADER_TAG_CHARACTERS) break;
    }
  }
  const recipients = lines.findIndex((l) => l.segments.length > 0 && /^noi nhan\b/.test(fold(l.segments[0].text)));
  const after = blocks[0]?.end ?? 0;
  const below = recipients >= after ? growBlock(lines, recipients, recipients, height) : null;
  if (below) {
    // The signer's title may stand a little above "Nơi nhận:": the block starts at the first line above that keeps the gutter.
    let start = recipients;
    while (start - 1 >= after && gutterOf(lines.slice(start - 1, below.end), height) !== null) start--;
    blocks.push({ start, end: below.end, gutter: gutterOf(lines.slice(start, below.end), height)! });
  }
  return blocks;
}

/**
 * The block from `start` down while a gutter stays free and each line stands in one of its two columns;
 * lines up to `mustReach` may precede the first two-sided one. A line in the gap between the columns (a
 * title centred between them) is not a column's: it ends the block.
 */
function growBlock(lines: Line[], start: number, mustReach: number, height: number): ColumnBlock | null {
  let end = start + 1;
  let gutter = gutterOf(lines.slice(start, end), height);
  while (end < lines.length) {
    const wider = gutterOf(lines.slice(start, end + 1), height);
    const inColumns =
      gutter === null ||
      (lines[end].segments.every((s) => columnsOf(lines.slice(start, end), gutter!).some(([x0, x1]) => s.x0 < x1 && s.x1 > x0)) &&
        // Below the dateline only the left column goes on (a "V/v" subject); a title centred under both ends the block.
        !(datelineAbove(lines.slice(start, end), gutter) && lines[end].segments.some((s) => s.x0 >= gutter!)));
    // Before any line on the other side, a few lines of one column may stand alone.
    if ((wider !== null && inColumns) || (gutter === null && wider === null && end - start < HEADER_START_LINES)) {
      gutter = wider;
      end++;
    } else break;
  }
  return gutter !== null && end > mustReach ? { start, end, gutter } : null;
}

/** The header's dateline ("Hà Tĩnh, ngày 06 tháng 8 năm 2021") is the last line of its right column. */
function datelineAbove(lines: Line[], gutter: number): boolean {
  const isDateline = (folded: string) => DATELINE.test(folded) || BARE_DATELINE.test(folded);
  return lines.some((l) => l.segments.some((s) => s.x0 >= gutter && isDateline(fold(s.text))));
}

/** The horizontal extents of the left and the right column's text so far. */
function columnsOf(lines: Line[], gutter: number): [number, number][] {
  const segments = lines.flatMap((l) => l.segments);
  const extent = (side: Segment[]): [number, number] => [Math.min(...side.map((s) => s.x0)), Math.max(...side.map((s) => s.x1))];
  return [segments.filter((s) => s.x1 <= gutter), segments.filter((s) => s.x0 >= gutter)].filter((side) => side.length > 0).map(extent);
}

/** Where the widest band free of any text, between text on both sides, begins; null without one wide enough. */
function gutterOf(lines: Line[], height: number): number | null {
  const spans = lines.flatMap((l) => l.segments.map((s) => [s.x0, s.x1] as const)).sort((a, b) => a[0] - b[0]);
  let best: { start: number; width: number } | null = null;
  let reach = -Infinity;
  for (const [x0, x1] of spans) {
    if (reach > -Infinity && x0 - reach >= GUTTER * height && (!best || x0 - reach > best.width)) best = { start: reach, width: x0 - reach };
    reach = Math.max(reach, x1);
  }
  return best ? best.start + best.width / 2 : null;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
