import { fold } from './format';

// Where a quote read from one text of a directive sits in another text of it. The scan's OCR and the
// portal copy differ in spacing, line breaks and sometimes diacritics ("15.000 mẫu đơn/ ngày" in the scan,
// "15.000 mẫu đơn/ngày" on the portal), so both are compared folded and without any white space.

export interface Span {
  start: number;
  end: number;
}

/** The folded, space-free text with, for each of its characters, the offset of the original character. */
function squeeze(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    const f = fold(text[i]);
    for (const c of f) {
      folded += c;
      offsets.push(i);
    }
  }
  return { folded, offsets };
}

/**
 * The span of `quote` in `text`: exactly at `near.start` when the text there is the quote, else the match
 * closest to the same relative position (a passage can repeat: the portal copy of 370-TB/TU states its
 * targets three times). Null when the text does not contain it.
 */
export function findQuote(text: string, quote: string, near?: { start: number; length: number }): Span | null {
  if (near && text.slice(near.start, near.start + quote.length) === quote) return { start: near.start, end: near.start + quote.length };
  const wanted = squeeze(quote).folded;
  if (!wanted) return null;
  const { folded, offsets } = squeeze(text);
  const aim = near ? (near.start / Math.max(1, near.length)) * text.length : 0;
  let best: Span | null = null;
  for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
    const span = { start: offsets[at], end: offsets[at + wanted.length - 1] + 1 };
    if (!best || Math.abs(span.start - aim) < Math.abs(best.start - aim)) best = span;
  }
  return best;
}
