// Converters from the legacy Vietnamese encodings to NFC Unicode, driven by legacy-encoding-tables.ts.
// They convert whatever they are given; deciding whether a text is in a legacy encoding is detection's job.
import { CP1252_HIGH, TCVN3, VIQR_MODIFIERS, VIQR_TONES, VNI_BASES, VNI_LETTERS, VNI_MARKS } from './legacy-encoding-tables';
import { isSyllableShaped } from './syllable-shape';

import type { LegacyEncoding } from '../domain/rendition';

export type { LegacyEncoding };

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
const MODIFIERS = /[\u0302\u0306\u031B]/;
// What comes before a word that starts a sentence or a paragraph.
const SENTENCE_START = /(?:[.!?]\s+|\n[ \t]*\n[ \t]*)$/;

/**
 * TCVN3 has no capital toned letters: capitals were a font of their own, so "BÁO" is stored "B¸O" and a
 * sentence-initial "Ủy" as "ñy". A word with no lower-case letter but a capital past its first letter is
 * made all capitals ("B¸O", not "Sè", which is "Số"); a word that starts the text, a sentence or a
 * paragraph gets a capital first letter. Headings typed in lower case for a capitals font stay lower case.
 * A capital followed by toned letters only ("Bé", "Së", "Kú") is a word of capitals when a word of capitals
 * stands beside it on its line ("§¶NG Bé TØNH" is "ĐẢNG BỘ TỈNH", "Së GI¸O DôC" is "SỞ GIÁO DỤC"), else
 * as written ("Bé Y tÕ" is "Bộ Y tế").
 */
export function convertTcvn3(text: string): string {
  const words: { before: string; word: Tcvn3Word }[] = [];
  const word = /[A-Za-z\u00A1-\u00FF]+/g;
  let last = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    words.push({ before: text.slice(last, m.index), word: tcvn3Word(m[0], m.index === 0 || SENTENCE_START.test(text.slice(Math.max(0, m.index - 8), m.index))) });
    last = m.index + m[0].length;
  }
  // A neighbour only across spaces: "Sè: 12/TB" is "Số", whatever the number's capitals.
  const capitals = (k: number, between: string) => k >= 0 && k < words.length && /^[ \t\u00a0]+$/.test(between) && words[k].word.capitals;
  const out = words.map(({ before, word }, k) => {
    const inCapitals = word.capitalThenToned && (capitals(k - 1, before) || capitals(k + 1, words[k + 1]?.before ?? '\n'));
    return before + (inCapitals ? word.text.toUpperCase() : word.text);
  });
  return (out.join('') + text.slice(last)).normalize('NFC');
}

interface Tcvn3Word {
  text: string;
  /** Letters all capitals, two at least ("GI¸O", "UBND"). */
  capitals: boolean;
  /** A capital, then letters TCVN3 can only write in lower case ("Bé"): capitals or not, its neighbours say. */
  capitalThenToned: boolean;
}

function tcvn3Word(raw: string, startsSentence: boolean): Tcvn3Word {
  let converted = '';
  let toneOnlyLower = false; // a letter TCVN3 could only write in lower case
  let innerUpper = false;
  let lower = false;
  [...raw].forEach((ch, i) => {
    const u = TCVN3[ch] ?? ch;
    converted += u;
    if (TCVN3[ch] !== undefined && u === u.toLowerCase() && TONES.test(u.normalize('NFD'))) toneOnlyLower = true;
    else if (u !== u.toLowerCase()) innerUpper ||= i > 0;
    else if (u !== u.toUpperCase()) lower = true;
  });
  const first = converted.charAt(0);
  const capitalThenToned = toneOnlyLower && !innerUpper && !lower && first !== first.toLowerCase();
  const text = !toneOnlyLower ? converted : innerUpper && !lower ? converted.toUpperCase() : startsSentence ? first.toUpperCase() + converted.slice(1) : converted;
  const letters = [...text].length;
  return { text, capitals: letters >= 2 && text === text.toUpperCase() && text !== text.toLowerCase(), capitalThenToned };
}

/** VNI: a base letter followed by a mark byte ("a" + "ù" = á), and a few letters in one byte ("ñ" = đ). */
export function convertVni(text: string): string {
  let out = '';
  let base = ''; // lower-case base letter of the last letter written, '' after anything else
  let toned = false;
  let modified = false;
  for (const ch of text) {
    const mark = VNI_MARKS[ch];
    if (mark && base && VNI_BASES[mark.after].includes(base) && !toned && !(modified && mark.after !== 'TONE')) {
      out += mark.marks;
      toned ||= TONES.test(mark.marks);
      modified ||= MODIFIERS.test(mark.marks);
      continue;
    }
    const letter = VNI_LETTERS[ch] ?? ch;
    out += letter;
    // "ơ", "ư" decompose to a base vowel and a horn: the horn counts as the letter's modifier.
    const decomposed = letter.toLowerCase().normalize('NFD');
    base = /[a-z]/.test(decomposed.charAt(0)) ? decomposed.charAt(0) : '';
    toned = TONES.test(decomposed);
    modified = MODIFIERS.test(decomposed);
  }
  return out.normalize('NFC');
}

/** One ASCII word read as VIQR. */
export interface ViqrWord {
  start: number;
  end: number;
  /** The word in Unicode; the original when it is not a Vietnamese syllable once converted. */
  text: string;
  /** A mark or "dd" was converted. */
  converted: boolean;
  /** A mark inside the word, a vowel modifier or "dd": signs of VIQR, unlike a final "'", "?" or ".". */
  strong: boolean;
}

const ASCII_LETTER = /[A-Za-z]/;
const VOWEL = /[aeiouyAEIOUY]/;
const MARK_CHARS = "^(+'`?~.";

/** The ASCII words of `text` as VIQR, in order. Words touching non-ASCII letters are not VIQR and are skipped. */
export function viqrWords(text: string): ViqrWord[] {
  const words: ViqrWord[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!ASCII_LETTER.test(text[i]) || (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]))) continue;
    const word = readViqrWord(text, i);
    if (word) words.push(word);
    i = Math.max(i, (word?.end ?? i + 1) - 1);
    while (i + 1 < text.length && /[\p{L}\p{N}]/u.test(text[i + 1])) i++;
  }
  return words;
}

function readViqrWord(text: string, start: number): ViqrWord | null {
  let j = start;
  let out = '';
  let converted = false;
  let strong = false;
  // A vowel modifier or "dd" was read: "^", "+", "(" are no punctuation inside a word.
  let modified = false;
  let tone = '';
  if (/^d[dD]|^D[dD]/.test(text.slice(j, j + 2))) {
    out += text[j] === 'D' ? 'Đ' : 'đ';
    j += 2;
    converted = strong = modified = true;
  }
  while (j < text.length && ASCII_LETTER.test(text[j])) {
    const letter = text[j++];
    out += letter;
    if (!VOWEL.test(letter)) continue;
    const modifier = VIQR_MODIFIERS[text[j]];
    // "ă" never ends a syllable: a "(" after a word's last letter opens a parenthesis.
    const fits = modifier && modifier.after.includes(letter.toLowerCase());
    if (fits && (text[j] !== '(' || ASCII_LETTER.test(text[j + 1] ?? '') || MARK_CHARS.includes(text[j + 1] ?? '_'))) {
      out += modifier.mark;
      j++;
      converted = strong = modified = true;
    }
    const mark = VIQR_TONES[text[j]];
    if (mark && !tone) {
      const inside = ASCII_LETTER.test(text[j + 1] ?? '');
      if (inside || toneAtWordEnd(text, start, j, modified)) {
        tone = mark;
        out += mark;
        j++;
        converted = true;
        strong ||= inside;
      }
    }
  }
  if (j < text.length && /[\p{L}\p{N}]/u.test(text[j])) return null;
  const unicode = out.normalize('NFC');
  // A name that is no Vietnamese syllable ("Kro^ng" is "Krông") keeps its vowel modifiers: tone marks are
  // punctuation too ("e.g."), modifiers inside a word are not.
  if (converted && !isSyllableShaped(unicode) && !modified) {
    return { start, end: j, text: text.slice(start, j), converted: false, strong: false };
  }
  return { start, end: j, text: unicode, converted, strong };
}

/**
 * Is the mark at `at`, which ends the word begun at `start`, a tone rather than punctuation? A "?" after a vowel
 * that took a modifier is the hook ("So+? Y te^'" is "Sở Y tế"): a question is rare in a directive.
 */
function toneAtWordEnd(text: string, start: number, at: number, modified: boolean): boolean {
  const mark = text[at];
  if (mark !== '.' && mark !== '?') return true;
  if (mark === '?' && modified) return true;
  // "ho., " or "ho.)" cannot be a full stop; before a lower-case word the sentence goes on, and so it does
  // between two words in capitals ("BAN CHI? DDA.O").
  const next = text[at + 1] ?? '';
  if (/[,;:)\]"]/.test(next)) return true;
  const after = text.slice(at + 1, at + 5);
  if (/^[ \t]+[a-z0-9]/.test(after)) return true;
  // A word in capitals ends no question at a line's end either: a title or a signature ("BAN THU+O+`NG VU?").
  return /^[A-Z]{2,}/.test(text.slice(start, at)) && /^(?:[ \t]+[A-Z]{2}|[ \t]*(?:\r?\n|$))/.test(after);
}

/** VIQR: ASCII letters followed by modifiers and tone marks ("Tho^ng ba'o" = Thông báo), "dd" for đ. */
export function convertViqr(text: string): string {
  let out = '';
  let last = 0;
  for (const w of viqrWords(text)) {
    out += unescapeViqr(text.slice(last, w.start)) + symbolStrokes(w.text);
    last = w.end;
  }
  return (out + unescapeViqr(text.slice(last))).normalize('NFC');
}

/**
 * A symbol in capitals writes Đ as "DD" inside it too: "BCDD" is "BCĐ", "PGDDDT" is "PGDĐT" (the giáo dục "GD"
 * before the đào tạo "ĐT": of three D's, the last two are the Đ).
 */
function symbolStrokes(word: string): string {
  if (!/^[A-Z]{3,}$/.test(word) || !/.DD/.test(word)) return word;
  return word[0] + word.slice(1).replace(/DDD/g, 'DĐ').replace(/DD/g, 'Đ');
}

// A backslash keeps a mark character literal after a vowel: "Ha\." is "Ha.", not "Hạ".
function unescapeViqr(s: string): string {
  return s.replace(/\\([\^(+'`?~.\\])/g, '$1');
}

const CP1252_BYTE = new Map(Object.entries(CP1252_HIGH).map(([byte, ch]) => [ch, Number(byte)]));

/**
 * Windows-1258 text read as Windows-1252 ("ThoÌng"): each character back to its byte, the bytes decoded as
 * Windows-1258; a character no 8-bit byte gave stays as it is.
 */
function convertWindows1258(text: string): string {
  const decoder = new TextDecoder('windows-1258');
  return text.replace(/[\u0080-\uffff]+/gu, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const code = ch.charCodeAt(0);
      const byte = code <= 0xff && (code < 0x80 || code >= 0xa0) ? code : CP1252_BYTE.get(ch);
      if (byte === undefined) return run;
      bytes.push(byte);
    }
    return decoder.decode(Uint8Array.from(bytes));
  }).normalize('NFC');
}

export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'TCVN3':
      return convertTcvn3(text);
    case 'VNI':
      return convertVni(text);
    case 'VIQR':
      return convertViqr(text);
    case 'WINDOWS_1258':
      return convertWindows1258(text);
  }
}
