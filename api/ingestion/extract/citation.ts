import type { Citation } from '../../domain/facts';

// A citation is always cut from the text it points into, so quote === text.slice(start, end) holds
// by construction; trimming only moves the bounds.

const EDGE = /[\s\u00a0*_#>]/;
const EDGE_PUNCT = /[\s\u00a0*_#>,;:.\-–—]/;

export function cite(text: string, start: number, end: number, rule: string): Citation {
  return { start, end, quote: text.slice(start, end), rule };
}

/** Bounds with spaces and markdown marks (and, if asked, punctuation) removed from both ends. */
export function trimSpan(text: string, start: number, end: number, punctuation = false): [number, number] {
  const edge = punctuation ? EDGE_PUNCT : EDGE;
  while (start < end && edge.test(text[start])) start++;
  while (end > start && edge.test(text[end - 1])) end--;
  return [start, end];
}

export function citeTrimmed(text: string, start: number, end: number, rule: string, punctuation = false): Citation {
  const [s, e] = trimSpan(text, start, end, punctuation);
  return cite(text, s, e, rule);
}
