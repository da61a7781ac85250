// The regions of a directive that metadata rules look in. Most facts have a fixed home (the number in the
// letterhead, the signer after the body), and looking only there is what keeps a cited document's number or
// date from being taken for this one's.
import type { ClauseSpan, CleanedText, RenditionFormat } from '../document';
import { fold } from '../../text/fold';
import { isCapsLine } from '../clean/line-shape';
import { parseMarker } from '../segment/markers';
import { isClosingLine } from '../segment/closing';
import { TextLine, nonBlankLines } from '../segment/lines';

export interface Layout {
  format: RenditionFormat;
  text: string;
  /** fold(text): same offsets, for diacritic- and case-insensitive patterns. */
  folded: string;
  /** Non-blank lines in order. */
  lines: TextLine[];
  clauses: ClauseSpan[];
  /** Lines before the first prose paragraph: letterhead, number, title, subject, dateline, addressees. */
  header: TextLine[];
  /** Offset where the body's clauses begin (text.length when there are none). */
  bodyStart: number;
  /** Offset where the closing part begins: after the last clause, or at the first closing formula. */
  closingStart: number;
}

/** A paragraph of running text, as opposed to a letterhead, title or list line. */
export function isProse(line: string): boolean {
  if (isCapsLine(line) || parseMarker(line)) return false;
  return line.length >= 200 || (line.length >= 60 && /[.:;]$/.test(line));
}

export function buildLayout(cleaned: CleanedText, clauses: ClauseSpan[]): Layout {
  const text = cleaned.text;
  const lines = nonBlankLines(text);
  const bodyStart = clauses.length > 0 ? clauses[0].start : text.length;
  const firstProse = lines.findIndex((l) => l.start >= bodyStart || isProse(l.text));
  const header = firstProse < 0 ? lines : lines.slice(0, firstProse);

  // Without clauses the body's end is the first closing formula after the header ("Nơi nhận", "T/M ...").
  const headerEnd = header[header.length - 1]?.end ?? 0;
  const closingStart =
    clauses.length > 0
      ? Math.max(...clauses.map((c) => c.end))
      : lines.find((l) => l.start > headerEnd && isClosingLine(l.text))?.start ?? text.length;

  return { format: cleaned.format, text, folded: fold(text), lines, clauses, header, bodyStart, closingStart };
}

/** Lines between the header and the first clause: the preamble that states the meeting and the issuer's request. */
export function preambleLines(layout: Layout): TextLine[] {
  const headerEnd = layout.header.length;
  return layout.lines.slice(headerEnd).filter((l) => l.end <= layout.bodyStart && l.start < layout.closingStart);
}

/** Lines after the body: closing formula, distribution list, signature block. */
export function closingLines(layout: Layout): TextLine[] {
  return layout.lines.filter((l) => l.start >= layout.closingStart);
}

export function foldedLine(layout: Layout, line: TextLine): string {
  return layout.folded.slice(line.start, line.end);
}
