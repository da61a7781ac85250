// Per-character answers to the questions hot loops ask of every character (is it a letter, a letter or a
// digit, upper case?), worked out once per UTF-16 unit with the same Unicode regexes and kept in a table.
// Surrogate pairs (outside the BMP) are asked of the regex directly: they are rare in this corpus.

const LETTER = 1;
const LETTER_OR_DIGIT = 2;
const UPPER = 4; // ch !== ch.toLowerCase() && ch === ch.toUpperCase()
const KNOWN = 8;
/** Outside ASCII and no space, punctuation, symbol or digit: a letter that may carry a mark, or the mark itself. */
const MARKED = 16;

const table = new Uint8Array(0x10000);

function classify(ch: string): number {
  let bits = KNOWN;
  if (/^\p{L}$/u.test(ch)) bits |= LETTER;
  if (/^[\p{L}\p{N}]$/u.test(ch)) bits |= LETTER_OR_DIGIT;
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) bits |= UPPER;
  if (/^[^\x00-\x7f\s\p{P}\p{S}\p{N}]$/u.test(ch)) bits |= MARKED;
  return bits;
}

function bitsOfUnit(unit: number): number {
  let bits = table[unit];
  if (bits === 0) bits = table[unit] = classify(String.fromCharCode(unit));
  return bits;
}

/** The code point starting at `i` and its length in UTF-16 units (2 for a surrogate pair). */
function codePointAt(text: string, i: number): { bits: number; length: number } {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return { bits: classify(text.slice(i, i + 2)), length: 2 };
  }
  return { bits: bitsOfUnit(unit), length: 1 };
}

/** The runs of letters and digits in `text`, as `text.matchAll(/[\p{L}\p{N}]+/gu)` finds them. */
export function wordRuns(text: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const { bits, length } = codePointAt(text, i);
    if (bits & LETTER_OR_DIGIT) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ word: text.slice(start, i), index: start });
      start = -1;
    }
    i += length;
  }
  if (start >= 0) out.push({ word: text.slice(start), index: start });
  return out;
}

/** How many runs of letters and digits `text` holds: `text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0`. */
export function countWordRuns(text: string): number {
  let runs = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const { bits, length } = codePointAt(text, i);
    const word = (bits & LETTER_OR_DIGIT) !== 0;
    if (word && !inWord) runs++;
    inWord = word;
    i += length;
  }
  return runs;
}

/** How many letters (\p{L}) `text` holds, and how many characters match /[^\x00-\x7f\s\p{P}\p{S}\p{N}]/u (see MARKED). */
export function markedShare(text: string): { letters: number; marked: number } {
  let letters = 0;
  let marked = 0;
  for (let i = 0; i < text.length; ) {
    const { bits, length } = codePointAt(text, i);
    if (bits & LETTER) letters++;
    if (bits & MARKED) marked++;
    i += length;
  }
  return { letters, marked };
}

/** Share of `text`'s letters in upper case; 0 without letters. */
export function capitalsShare(text: string): number {
  const { letters, upper } = letterCase(text);
  return letters === 0 ? 0 : upper / letters;
}

/** How many letters (\p{L}) `text` holds, and how many of them are upper case. */
export function letterCase(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; ) {
    const { bits, length } = codePointAt(text, i);
    if (bits & LETTER) {
      letters++;
      if (bits & UPPER) upper++;
    }
    i += length;
  }
  return { letters, upper };
}
