// Comparable units of a cleaned text. A copied passage is usually a paragraph, but directives also
// copy half a paragraph or splice sentences of two paragraphs into one, so long paragraphs are cut
// into sentence- or ";"-sized parts: each part can then find its source on its own.
import { countWords } from './tokens';

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface PassageOptions {
  /** Parts shorter than this are joined to a neighbour: a 4-word fragment matches anything. */
  minPartWords?: number;
  /** Paragraphs up to this length stay whole. */
  maxUnitWords?: number;
  /** Regions that are not passages (a directive's list of addressees): no unit overlaps them. */
  exclude?: readonly Span[];
}

const MIN_PART_WORDS = 12;
// Two parts of 12 words make 24: a shorter paragraph has nothing to gain from cutting.
const MAX_UNIT_WORDS = 24;
// A part longer than this (no sentence or ";" boundary, typical of OCR) is cut at commas, then at word
// windows, so one unit never swallows a page. Directive sentences of 60-100 words are common and stay
// whole: two copies that differ a little would be cut at different commas and no longer line up.
const MAX_PART_WORDS = 100;
const WINDOW_WORDS = 40;

// Sentence end: terminal punctuation (possibly closed by a quote or bracket) followed by a capital or
// digit; "lĩnh vực… để" and "8.000" do not end a sentence.
const SENTENCE_END = /[.!?…]+["”’)\]]*\s+(?=["“(]?[\p{Lu}\p{N}])/gu;
// ";" separates the items of a Vietnamese enumeration; a line break inside a paragraph is a list line.
const CLAUSE_END = /;\s+|\n+/g;
const COMMA = /,\s+/g;

/** Paragraphs (blank-line separated) of `text`, long ones cut into parts of at least ~12 words. */
export function passageSpans(text: string, options: PassageOptions = {}): Span[] {
  const minPart = options.minPartWords ?? MIN_PART_WORDS;
  const maxUnit = options.maxUnitWords ?? MAX_UNIT_WORDS;
  const spans: Span[] = [];
  for (const para of paragraphs(text)) {
    if (countWords(text.slice(para.start, para.end)) <= maxUnit) {
      spans.push(para);
      continue;
    }
    const pieces = cutAll(text, [para], [SENTENCE_END, CLAUSE_END]).flatMap((p) => splitLong(text, p));
    spans.push(...joinShort(text, pieces, minPart));
  }
  const exclude = options.exclude ?? [];
  return exclude.length ? spans.filter((s) => !exclude.some((x) => s.start < x.end && x.start < s.end)) : spans;
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (const m of text.matchAll(re)) {
    pushTrimmed(text, spans, from, m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  pushTrimmed(text, spans, from, text.length);
  return spans;
}

// Cuts every span after each match of each pattern; the separator stays with the piece before it.
function cutAll(text: string, spans: Span[], patterns: RegExp[]): Span[] {
  let out = spans;
  for (const pattern of patterns) {
    const next: Span[] = [];
    for (const span of out) {
      const slice = text.slice(span.start, span.end);
      let from = span.start;
      for (const m of slice.matchAll(pattern)) {
        const cut = span.start + (m.index ?? 0) + m[0].length;
        pushTrimmed(text, next, from, cut);
        from = cut;
      }
      pushTrimmed(text, next, from, span.end);
    }
    out = next;
  }
  return out;
}

function splitLong(text: string, span: Span): Span[] {
  if (countWords(text.slice(span.start, span.end)) <= MAX_PART_WORDS) return [span];
  const byComma = joinShort(text, cutAll(text, [span], [COMMA]), MIN_PART_WORDS);
  return byComma.flatMap((p) => (countWords(text.slice(p.start, p.end)) <= MAX_PART_WORDS ? [p] : windows(text, p)));
}

// Last resort for unpunctuated text: fixed word windows (both copies of a text cut the same way
// only if they start alike, which is why this is the fallback and not the rule).
function windows(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const words = [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]+/gu)];
  for (let i = 0; i < words.length; i += WINDOW_WORDS) {
    const first = words[i];
    const last = words[Math.min(i + WINDOW_WORDS, words.length) - 1];
    const start = i === 0 ? span.start : span.start + (first.index ?? 0);
    const end = i + WINDOW_WORDS >= words.length ? span.end : span.start + (last.index ?? 0) + last[0].length;
    pushTrimmed(text, out, start, end);
  }
  return out;
}

// Greedy: a piece grows until it has minWords words; a short tail joins the piece before it.
function joinShort(text: string, pieces: Span[], minWords: number): Span[] {
  const out: Span[] = [];
  let current: Span | null = null;
  for (const piece of pieces) {
    current = current ? { start: current.start, end: piece.end } : { ...piece };
    if (countWords(text.slice(current.start, current.end)) >= minWords) {
      out.push(current);
      current = null;
    }
  }
  if (current) {
    const prev = out.pop();
    out.push(prev ? { start: prev.start, end: current.end } : current);
  }
  return out;
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
