import { fold } from './fold';

/** `s` as a literal inside a RegExp source: every character with a meaning in a pattern is escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Phrases as a regular expression alternation on folded text ("thong\\s+bao\\s+ket\\s+luan|thong\\s+bao|..."):
 * folded, each once, longest first (so that the longer of two phrases sharing a start wins), `gap` between
 * words (any run of white space unless told otherwise).
 */
export function foldedAlternation(phrases: readonly string[], gap = String.raw`\s+`): string {
  return [...new Set(phrases.map((w) => fold(w).trim()))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\s+/g, gap))
    .join('|');
}
