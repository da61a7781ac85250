// From positioned pieces of text on a page (a PDF's text runs, OCR's words) to lines in reading order.
// Official letters print two columns twice: the header (issuer and number on the left, the national motto and
// the dateline on the right) and the signature block ("Nơi nhận:" on the left, the signer on the right). Read
// across, each printed line would splice the two columns ("UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI ..."), which no
// metadata rule recognises; read column by column they come out as a transcript prints them. Elsewhere a
// line is read across: a table row stays one line, so its figures stay beside their labels.
import { fold } from '../../text/fold';

/** A piece of text and its box, in page units with the origin at the top left (y grows downwards). */
export interface TextBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  top: number;
  bottom: number;
  boxes: TextBox[];
  segments: Segment[];
}

/** A gap wider than this many line heights separates columns; a word space is well under one. */
const COLUMN_GAP = 2;
/** How many lines from the top of the header its first two-sided line may be ("TỈNH ỦY" may stand alone above it). */
const HEADER_START_LINES = 4;
/** A vertical gap above a line wider than the usual one by this many line heights starts a paragraph. */
const PARAGRAPH_GAP = 0.5;

export function layOutPage(boxes: readonly TextBox[], options: { firstPage: boolean }): string {
  const lines = groupLines(boxes.filter((b) => b.text.trim() !== '' && b.x1 >= b.x0 && b.y1 > b.y0));
  const out: string[] = [];
  const height = median(lines.map((l) => l.bottom - l.top));
  // The usual space between lines (leading) differs between a PDF's font boxes and OCR's glyph boxes.
  const leading = Math.max(0, median(lines.slice(1).map((l, i) => l.top - lines[i].bottom)));
  let i = 0;
  let previous: Line | null = null;
  while (i < lines.length) {
    // The header is the first thing on the first page: once a line was read across, it is behind us.
    const run = columnRun(lines, i, options.firstPage && out.length === 0);
    if (previous && lines[i].top - previous.bottom > leading + PARAGRAPH_GAP * height) out.push('');
    if (run) {
      out.push(...run.left, ...run.right, '');
      previous = lines[run.end - 1];
      i = run.end;
      continue;
    }
    out.push(lines[i].segments.map((s) => s.text).join(' '));
    previous = lines[i];
    i++;
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Boxes whose vertical extents overlap by half the smaller height are on one printed line. */
function groupLines(boxes: TextBox[]): Line[] {
  const lines: Line[] = [];
  for (const box of [...boxes].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const h = box.y1 - box.y0;
    const line = lines.find((l) => Math.min(l.bottom, box.y1) - Math.max(l.top, box.y0) >= 0.5 * Math.min(h, l.bottom - l.top));
    if (line) {
      line.boxes.push(box);
      line.top = Math.min(line.top, box.y0);
      line.bottom = Math.max(line.bottom, box.y1);
    } else lines.push({ top: box.y0, bottom: box.y1, boxes: [box], segments: [] });
  }
  lines.sort((a, b) => a.top - b.top);
  for (const line of lines) line.segments = segmentsOf(line);
  return lines;
}

/** A line's boxes joined into runs of text, split where the gap is wide enough to be a column's edge. */
function segmentsOf(line: Line): Segment[] {
  const boxes = [...line.boxes].sort((a, b) => a.x0 - b.x0);
  const h = median(boxes.map((b) => b.y1 - b.y0));
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const box of boxes) {
    const gap = current ? box.x0 - current.x1 : 0;
    if (current && gap <= COLUMN_GAP * h) {
      // A PDF's runs may split a word ("Th" "ông"); OCR's words never touch.
      const space = gap > 0.15 * h && !/\s$/.test(current.text) && !/^\s/.test(box.text) ? ' ' : '';
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

interface ColumnRun {
  left: string[];
  right: string[];
  /** Index of the first line after the run. */
  end: number;
}

/**
 * The two-column block starting at line `start`, if there is one worth reading column by column: a header
 * (at the top of the first page) or a signature block (one of its left cells is "Nơi nhận"). The gutter
 * is the widest gap of the block's first two-sided line; the block goes on while no line crosses it.
 */
function columnRun(lines: Line[], start: number, atHeader: boolean): ColumnRun | null {
  const first = lines[start];
  if (!first) return null;
  // The header's first line may be one-sided ("TỈNH ỦY QUẢNG NINH" alone): look a few lines ahead for the gutter.
  const probe = atHeader ? lines.slice(start, start + HEADER_START_LINES) : [first];
  const twoSided = probe.find((l) => l.segments.length >= 2);
  if (!twoSided) return null;
  const gutter = widestGap(twoSided.segments);
  // A cell's text is centred in its column: a wider line of the left column may reach past the middle of
  // the first line's gap, never into the right column's text (and the other way round).
  const centre = (s: Segment) => (s.x0 + s.x1) / 2;
  const sides = (line: Line) => {
    const left = line.segments.filter((s) => centre(s) < gutter.middle && s.x1 < gutter.end);
    const right = line.segments.filter((s) => centre(s) > gutter.middle && s.x0 > gutter.start);
    return left.length + right.length === line.segments.length ? { left, right } : null;
  };
  const left: string[] = [];
  const right: string[] = [];
  let end = start;
  while (end < lines.length) {
    const split = sides(lines[end]);
    if (!split) break;
    if (split.left.length) left.push(split.left.map((s) => s.text).join(' '));
    if (split.right.length) right.push(split.right.map((s) => s.text).join(' '));
    end++;
  }
  if (end <= lines.indexOf(twoSided)) return null;
  const isSignature = left.some((text) => /^noi nhan\b/.test(fold(text)));
  return atHeader || isSignature ? { left, right, end } : null;
}

/** The widest gap between consecutive segments: where the left column's text ends and the right's begins. */
function widestGap(segments: Segment[]): { start: number; end: number; middle: number } {
  let best = { start: 0, end: 0, middle: 0 };
  for (let i = 1; i < segments.length; i++) {
    const [start, end] = [segments[i - 1].x1, segments[i].x0];
    if (end - start > best.end - best.start) best = { start, end, middle: (start + end) / 2 };
  }
  return best;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
