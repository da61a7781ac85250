// The words of a text with their offsets, for the slogan shapes that read word by word ("2 không",
// "chống dịch như chống giặc"). `lower` keeps the diacritics: "từ" (from) must not be "tư" or "tự". A text
// that has lost its marks ("thuc hien 2 khong") is read folded, and so are the lexicon's words.
import { fold } from '../../../text/fold';
import { partitionPoint } from '../../../text/sorted';
import { markedShare, wordRuns } from '../../../text/char-class';

export interface Word {
  start: number;
  end: number;
  /** Lower-cased, diacritics kept (folded in a text without marks). */
  lower: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words asked last: the known, numeric and simile shapes each read the same body's words. */
let last: { text: string; end: number; unmarked: boolean; words: readonly Word[] } | null = null;

/** The words of text[0, end) (shared by the callers that ask for the same: not to be changed). */
export function wordsOf(text: string, end = text.length, unmarked = false): readonly Word[] {
  if (last && last.text === text && last.end === end && last.unmarked === unmarked) return last.words;
  const words = wordRuns(text.slice(0, end)).map(({ word, index }) => {
    const lower = word.toLowerCase();
    return { start: index, end: index + word.length, lower: unmarked ? fold(lower) : lower };
  });
  last = { text, end, unmarked, words };
  return words;
}

/** A text without diacritics: almost no letter outside ASCII ("Thuc hien nghiem 5K"). */
export function writtenWithoutMarks(text: string): boolean {
  const { letters, marked } = markedShare(text);
  return letters > 0 && marked / letters < 0.01;
}

/** Only spaces (a line break included) between two words: no punctuation. */
export function plainGap(text: string, from: number, to: number): boolean {
  return /^[\s\u00a0]+$/u.test(text.slice(from, to));
}

/** Index of the first word of `words` at or after offset `pos` (binary search). */
export function wordAt(words: readonly Word[], pos: number): number {
  return partitionPoint(words, (w) => w.end <= pos);
}

/** Does the run of words starting at index i spell `phrase` (lower-cased, single-spaced), with plain gaps? */
export function spellsAt(text: string, words: readonly Word[], i: number, phrase: string[]): boolean {
  if (i < 0 || i + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (words[i + k].lower !== phrase[k]) return false;
    if (k > 0 && !plainGap(text, words[i + k - 1].end, words[i + k].start)) return false;
  }
  return true;
}

/** "tại chỗ" -> ["tại", "chỗ"] (["tai", "cho"] for a text without marks). */
export function split(phrase: string, unmarked = false): string[] {
  const words = phrase.normalize('NFC').toLowerCase().match(WORD) ?? [];
  return unmarked ? words.map((w) => fold(w)) : words;
}
