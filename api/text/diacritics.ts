// Some PDF text layers drop every mark ("Chi thi so 15/CT-TTg ngay 31/3/2020 cua Thu tuong"): nothing can
// be converted back, but the loss must be known. Counting tones, circumflex, breve, horn and đ, clean
// directive prose marks over 0.8 of its syllables (0.88 on the seed corpus); a text that lost its marks
// keeps almost none.
import { isMarked, isSyllableShaped } from './syllable-shape';

/** Below this many syllables a low share may be chance (a heading, a list of names). */
export const MIN_SYLLABLES = 100;
/** A text that kept its marks stays far above this share; a stray marked word or two stays below. */
export const DIACRITIC_LESS_SHARE = 0.05;
/** Unless most words are Vietnamese-shaped, the text is not Vietnamese (English has no marks either). */
const MIN_VIETNAMESE_SHARE = 0.6;

export interface DiacriticCount {
  /** Words of letters. */
  words: number;
  /** Words spelled like Vietnamese syllables, with or without marks. */
  syllables: number;
  /** Syllables that carry a mark or đ. */
  marked: number;
}

export function countDiacritics(text: string): DiacriticCount {
  const count: DiacriticCount = { words: 0, syllables: 0, marked: 0 };
  for (const w of text.normalize('NFC').match(/\p{L}+/gu) ?? []) {
    count.words++;
    if (!isSyllableShaped(w)) continue;
    count.syllables++;
    if (isMarked(w)) count.marked++;
  }
  return count;
}

/** Share of Vietnamese-shaped syllables that carry a mark or đ; 0 for a text without syllables. */
export function diacriticShare(text: string): number {
  const c = countDiacritics(text);
  return c.syllables === 0 ? 0 : c.marked / c.syllables;
}

/** True for a Vietnamese text of some length that lost (almost) all its marks. */
export function isDiacriticLess(text: string): boolean {
  const c = countDiacritics(text);
  if (c.syllables < MIN_SYLLABLES || c.syllables < MIN_VIETNAMESE_SHARE * c.words) return false;
  return c.marked / c.syllables < DIACRITIC_LESS_SHARE;
}

/**
 * Could `written` be `spelling` with some marks lost, never with others put in? "huyên" (a legacy font dropped
 * the dot) and "huyen" are "huyện"; "quán" is not "quận": its acute is a mark "quận" does not carry.
 */
export function losesMarksOnly(written: string, spelling: string): boolean {
  const letters = (s: string) => [...s.normalize('NFD').toLowerCase().matchAll(/(\P{M})(\p{M}*)/gu)].map((m) => ({ base: m[1], marks: m[2] }));
  const w = letters(written);
  const s = letters(spelling);
  return w.length === s.length && w.every((l, i) => (l.base === s[i].base || (l.base === 'd' && s[i].base === 'đ')) && [...l.marks].every((m) => s[i].marks.includes(m)));
}
