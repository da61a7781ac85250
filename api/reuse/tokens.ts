// Word tokens of a text, found in its folded copy so that "Hóa" and "HOA" compare equal while the
// offsets still point into the original (fold() keeps the length).
import { fold } from '../text/fold';

export interface Token {
  /** Folded word: lower case, no diacritics. */
  word: string;
  start: number;
  end: number;
}

// Letters and digits only: punctuation and OCR debris between words never decide a match.
const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const tokens: Token[] = [];
  for (const m of folded.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ word: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** Number of words in `text`, counted the way every other module here counts them. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
