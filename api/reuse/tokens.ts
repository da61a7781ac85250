// Word tokens of a text, found in its folded copy so that "Hóa" and "HOA" compare equal while the
// offsets still point into the original (fold() keeps the length).
import { countWordRuns, wordRuns } from '../text/char-class';
import { fold } from '../text/fold';

export interface Token {
  /** Folded word: lower case, no diacritics. */
  word: string;
  start: number;
  end: number;
}

// Letters and digits only (runs of [\p{L}\p{N}]): punctuation and OCR debris between words never decide
// a match. The runs come from char-class's tables: this runs for every text compared at ingestion.
export function tokenize(text: string): Token[] {
  return wordRuns(fold(text)).map(({ word, index }) => ({ word, start: index, end: index + word.length }));
}

/** Number of words in `text`, counted the way every other module here counts them. */
export function countWords(text: string): number {
  return countWordRuns(text);
}
