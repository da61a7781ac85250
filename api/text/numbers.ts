import { fold } from './fold';

// Vietnamese numbers as written: "." groups thousands ("15.000" = 15000), "," marks decimals
// ("1,5" = 1.5), leading zeros are common ("02", "07"), "13/13" is a count out of a total, and small
// numbers are often words ("hai", "ba"). Values are JS numbers, never strings to parse later.

export interface NumberToken {
  start: number;
  end: number;
  /** The digits as written; start and end also take in the figure spelled out beside them ("hai (02) mét"). */
  raw: string;
  /** 'fraction' is "13/13" (count/total); 'date' is "27/9/2021" or "ngày 30/9"; both are not quantities. */
  kind: 'number' | 'fraction' | 'date';
  value: number;
  /** For fractions: the total ("13/13" -> 13). */
  total: number | null;
}

/** "15.000", "1.234,5": digits grouped in thousands, as Vietnamese writes them. */
const THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
/**
 * "15 000", "1 500 000": thousands grouped by single spaces, as a PDF's text layer (a thin or no-break space) or
 * a text typed the French way writes them. Table columns are set apart by more than one space, so "1   200" is
 * two cells.
 */
const SPACED_GROUP = /^[ \u00a0\u2009\u202f]\d{3}(?![\d\p{L}]|[.,]\d)/u;
/** "1 00%": a scan that split a percentage after its first digit; "00" opens no number. */
const SPLIT_PERCENT = /^[ \u00a0]0{1,2}(?=[ \u00a0]?%)/u;

/** Does the number group its digits in thousands ("1.500.000", "15 000")? No name or ordinal does ("mục 3", "Quốc lộ 1"). */
export function groupsThousands(raw: string): boolean {
  return THOUSANDS.test(raw.replace(/[\s\u00a0]/g, '')) || /^\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+$/u.test(raw);
}

/** "15.000" -> 15000, "1,5" -> 1.5, "02" -> 2, "1.234,5" -> 1234.5; null when not a number. */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0]/g, '');
  if (/^\d+$/.test(s)) return Number(s);
  if (THOUSANDS.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  // "1.5" with one or two decimals cannot be a thousands group: read it the English way.
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  return null;
}

/** "13/13" -> { count: 13, total: 13 }; null when not a fraction. */
export function parseFraction(raw: string): { count: number; total: number } | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  if (!m) return null;
  const count = Number(m[1]);
  const total = Number(m[2]);
  return total > 0 && count <= total ? { count, total } : null;
}

const WORDS: Record<string, number> = {
  mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
};

/** Number words, folded or not: "hai" -> 2, "bảy" -> 7, "mười" -> 10; null otherwise. */
export function numberWordValue(word: string): number | null {
  const w = fold(word.trim());
  if (w === 'bau') return 7; // "bẩy", a common spelling of "bảy"
  return Object.prototype.hasOwnProperty.call(WORDS, w) ? WORDS[w] : null;
}

/** Folded regex source for a small number written as digits or as a word (captures nothing). */
export const NUMBER_WORD_SOURCE = '(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)';

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const ROMAN_TABLE: [number, string][] = [
  [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** The letters Vietnamese documents number sub-items with, in order (a, b, c, d, đ, e...: "đ" right after "d"). */
export const ITEM_LETTERS = 'abcdđefghijklmnopqrstuvwxyz';

/**
 * Value of a well-formed Roman numeral in either case, or null: clause numbers ("II."), quarters ("quý IV"),
 * congresses ("lần thứ XIII"). "IIV" is not a numeral, so a misread word is not taken for one.
 */
export function romanValue(s: string): number | null {
  const r = s.toUpperCase();
  if (!/^[IVXLC]+$/.test(r)) return null;
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_DIGITS[r[i]];
    const next = ROMAN_DIGITS[r[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  let canonical = '';
  let n = total;
  for (const [v, numeral] of ROMAN_TABLE) while (n >= v) { canonical += numeral; n -= v; }
  return canonical === r ? total : null;
}

// Written without marks too ("2 trieu dong"), except "ngàn", whose folded "ngan" is also "ngăn" (prevent).
const SCALES: Record<string, number> = { nghìn: 1e3, nghin: 1e3, ngàn: 1e3, vạn: 1e4, triệu: 1e6, trieu: 1e6, tỷ: 1e9, tỉ: 1e9, ty: 1e9 };
/** A figure of up to three digits after a scale word, before the smaller scale it counts. */
const SCALE_PART = /^[ \u00a0]+(\d{1,3})(?![\d.,])/u;
/** Not "tỷ lệ" (a rate): "3 tỷ lệ" is no scale. */
const SCALE_WORD = new RegExp(`^[ \u00a0]+(${Object.keys(SCALES).join('|')})(?![\\p{L}\\p{N}]|[ \u00a0]+l[eệ](?!\\p{L}))`, 'u');

// Number words of a figure spelled out in full ("hai mươi bốn", "mười lăm", "hai mươi nghìn"), folded: the
// digits a word adds, the multipliers, and "linh"/"lẻ" that hold an empty tens place.
const SPELLED_DIGITS: Record<string, number> = {
  khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, bau: 7, tam: 8, chin: 9,
};
const SPELLED_SCALES: Record<string, number> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9 };

/**
 * Value of a number spelled out in words ("hai mươi bốn" -> 24, "một trăm linh năm" -> 105, "hai mươi
 * nghìn" -> 20000), or null when a word is no number word.
 */
export function spelledNumberValue(words: string): number | null {
  const list = fold(words).trim().split(/[\s\u00a0-]+/u).filter(Boolean);
  if (list.length === 0) return null;
  let total = 0;
  let hundreds = 0;
  let small = 0;
  for (const w of list) {
    if (w in SPELLED_DIGITS) small += SPELLED_DIGITS[w];
    else if (w === 'muoi') small = small === 0 ? 10 : small * 10;
    else if (w === 'tram') [hundreds, small] = [(small || 1) * 100, 0];
    else if (w in SPELLED_SCALES) [total, hundreds, small] = [total + (hundreds + small || 1) * SPELLED_SCALES[w], 0, 0];
    else if (w !== 'linh' && w !== 'le') return null;
  }
  return total + hundreds + small;
}

// A figure said in words alone ("mười bốn ngày", "năm mươi phần trăm", "hai nghìn năm trăm mẫu"), as a
// speech-to-text transcript gives it. Its words are matched with their marks, lower-cased: folded, "nam" is also
// "Nam" (south) and "tam" is "tạm". "một" alone is left out: it is the indefinite article ("khi một người có
// triệu chứng") far more often than a count, and "tư" alone is a word of its own ("tư nhân").
const SPOKEN_DIGITS = new Set(['một', 'mốt', 'hai', 'ba', 'bốn', 'tư', 'năm', 'lăm', 'sáu', 'bảy', 'bẩy', 'tám', 'chín']);
const SPOKEN_SCALES = new Set(['nghìn', 'ngàn', 'triệu']);
const SPOKEN_WORDS = new Set([...SPOKEN_DIGITS, ...SPOKEN_SCALES, 'mười', 'mươi', 'trăm', 'linh', 'lẻ']);
const NOT_ALONE = new Set(['một', 'mốt', 'tư', 'lăm', 'mươi', 'trăm', 'linh', 'lẻ', 'nghìn', 'ngàn', 'triệu']);
/**
 * "năm" alone is the year ("năm học 2021-2022", "năm nay", "hằng năm") when a word that only a year takes
 * follows it, or one that counts or names years goes before it: five of something names what it counts.
 */
const YEAR_AFTER = new Set(['học', 'nay', 'mới', 'qua', 'tới', 'ngoái', 'trước', 'tài', 'kế', 'trong', 'đó', 'này']);
const YEAR_BEFORE = new Set(['hằng', 'hàng', 'mỗi', 'cả', 'các', 'những', 'nhiều', 'từng', 'của', 'cuối', 'đầu', 'giữa']);

/**
 * Do the words follow the grammar of a number said aloud? A digit comes first, or after "mươi", "mười",
 * "trăm", "linh"/"lẻ" or a scale ("hai mươi mốt", "một trăm linh năm", "ba nghìn"); "mươi" and "trăm" come after
 * a digit. "năm một lần" (once a year) is no number: two digits do not follow each other.
 */
function isSpokenNumber(words: string[]): boolean {
  if (words.length === 1) return !NOT_ALONE.has(words[0]) && SPOKEN_WORDS.has(words[0]);
  let previous = '';
  for (const w of words) {
    if (!SPOKEN_WORDS.has(w)) return false;
    if (SPOKEN_DIGITS.has(w) && previous !== '' && (SPOKEN_DIGITS.has(previous) || (w === 'mốt' && previous !== 'mươi'))) return false;
    if ((w === 'mươi' || w === 'trăm') && !SPOKEN_DIGITS.has(previous)) return false;
    if (w === 'mười' && previous !== '' && previous !== 'trăm' && previous !== 'linh' && !SPOKEN_SCALES.has(previous)) return false;
    if ((w === 'linh' || w === 'lẻ') && previous !== 'trăm') return false;
    if (SPOKEN_SCALES.has(w) && (previous === '' || previous === 'linh' || previous === 'lẻ' || SPOKEN_SCALES.has(previous))) return false;
    previous = w;
  }
  return previous !== 'linh' && previous !== 'lẻ';
}

/**
 * Figures said in words with nothing in digits beside them: the longest run of number words that is a number,
 * not touching a digit (a figure in digits with its spelling beside it is `findNumbers`' own).
 */
export function findSpokenNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  const lower = text.toLowerCase();
  const words = [...lower.matchAll(/\p{L}+/gu)];
  let i = 0;
  while (i < words.length) {
    let j = i;
    // A run of number words, one space (or a hyphen) apart.
    while (j < words.length && SPOKEN_WORDS.has(words[j][0]) && (j === i || /^[ \u00a0-]$/u.test(lower.slice(words[j - 1].index! + words[j - 1][0].length, words[j].index!)))) j++;
    let found = false;
    // The longest number the run opens with; a run that does not open with one is tried from its next word.
    for (let k = j; k > i && !found; k--) {
      const run = words.slice(i, k).map((w) => w[0]);
      if (!isSpokenNumber(run)) continue;
      const start = words[i].index!;
      const end = words[k - 1].index! + words[k - 1][0].length;
      const value = spelledNumberValue(run.join(' '));
      const touchesDigit = /\p{N}[\s\u00a0(]*$/u.test(text.slice(Math.max(0, start - 3), start)) || /^[\s\u00a0)]*\(?[\s\u00a0]*\p{N}/u.test(text.slice(end, end + 4));
      const year = k === i + 1 && run[0] === 'năm' && (YEAR_AFTER.has(words[k]?.[0] ?? '') || YEAR_BEFORE.has(words[i - 1]?.[0] ?? ''));
      if (value !== null && value > 0 && !touchesDigit && !year) out.push({ start, end, raw: text.slice(start, end), kind: 'number', value, total: null });
      found = true;
      i = k;
    }
    if (!found) i = Math.max(i + 1, j === i ? i + 1 : i + 1);
  }
  return out;
}

/** "(hai mươi nghìn)" right after a figure in digits: the same figure spelled out. */
const SPELLED_AFTER = /^[ \u00a0]*\(([\p{L} \u00a0-]{2,40})\)/u;
/** Up to eight words before "(": the figure spelled out, with its digits in brackets ("hai mươi bốn (24)"). */
const SPELLED_BEFORE = /((?:\p{L}+[ \u00a0]+){1,8})\($/u;

/**
 * Widens a figure in digits over the same figure spelled out beside it ("hai mươi bốn (24) giờ", "20.000 (hai
 * mươi nghìn) liều"), so that its unit, bound and quote are read around both. Words of another value are left.
 */
function withSpelling(text: string, start: number, end: number, value: number): { start: number; end: number } {
  const after = SPELLED_AFTER.exec(text.slice(end, end + 48));
  if (after && spelledNumberValue(after[1]) === value) return { start, end: end + after[0].length };
  if (text[end] !== ')') return { start, end };
  const before = SPELLED_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (!before) return { start, end };
  const at = spellingStart(before[1], value);
  return at < 0 ? { start, end } : { start: start - before[0].length + at, end: end + 1 };
}

/**
 * Where the longest run of number words ending `words` starts ("trong vòng hai mươi bốn " -> "hai"), if it
 * spells `value`; else -1 ("hai mươi bốn" does not spell 14 for ending in "mươi bốn").
 */
function spellingStart(words: string, value: number): number {
  for (const w of words.matchAll(/\p{L}+/gu)) {
    const spelled = spelledNumberValue(words.slice(w.index));
    if (spelled !== null) return spelled === value ? w.index! : -1;
  }
  return -1;
}

/**
 * Does `text` end with `value` spelled out? "... trong vòng hai mươi bốn" before a line "(24) giờ ...": the
 * digits in brackets repeat the words, they open no list item.
 */
export function endsSpelling(text: string, value: number): boolean {
  const words = /(?:\p{L}+[ \u00a0]+){0,7}\p{L}+[ \u00a0]*$/u.exec(text.slice(-80));
  return words !== null && spellingStart(words[0], value) >= 0;
}

// A digit run with "." or "," groups; not glued to a letter ("F0") nor a hyphenated code ("COVID-19").
const NUMBER_RE = /(?<![\p{L}\p{N}]|[\p{L}][-–])\d+(?:[.,]\d+)*/gu;

/** Every number written in digits, classified as quantity, fraction or date. */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  const folded = fold(text);
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const rest = text.slice(end, end + 16);
    const date = /^\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}(?!\d)/.exec(rest);
    const pair = /^\s*\/\s*\d+(?![\d/])/.exec(rest);
    if (date && /^\d{1,2}$/.test(m[0])) {
      end += date[0].length;
      out.push({ start, end, raw: text.slice(start, end), kind: 'date', value: Number(m[0]), total: null });
    } else if (pair) {
      end += pair[0].length;
      const raw = text.slice(start, end);
      const before = folded.slice(Math.max(0, start - 6), start);
      const isDate = /(ngay|den|tu)\s+$/.test(before);
      const fraction = parseFraction(raw);
      out.push({
        start,
        end,
        raw,
        kind: isDate || !fraction ? 'date' : 'fraction',
        value: fraction ? fraction.count : Number(m[0]),
        total: fraction && !isDate ? fraction.total : null,
      });
    } else {
      // "15 000 liều", "1 00%": the groups after the first are of the figure, not figures of their own.
      if (/^\d{1,3}$/u.test(m[0]) && !/\d[.,]?[ \u00a0\u2009\u202f]?$/u.test(text.slice(Math.max(0, start - 3), start))) {
        for (let group = SPACED_GROUP.exec(text.slice(end)); group; group = SPACED_GROUP.exec(text.slice(end))) end += group[0].length;
        if (end === start + m[0].length && /^\d$/u.test(m[0])) end += SPLIT_PERCENT.exec(text.slice(end))?.[0].length ?? 0;
      }
      let value = parseVietnameseNumber(text.slice(start, end));
      // "1,5 nghìn", "2 triệu", "1,2 tỷ": a scale word belongs to the number.
      const scale = SCALE_WORD.exec(text.slice(end, end + 10).toLowerCase().normalize('NFC'));
      if (value !== null && scale) {
        value = Math.round(value * SCALES[scale[1]] * 1e6) / 1e6;
        end += scale[0].length;
        // "2 tỷ 500 triệu", "1 triệu 500 nghìn": a smaller scale's figure after a scale adds to it.
        for (let last = SCALES[scale[1]], part = SCALE_PART.exec(text.slice(end)); part; part = SCALE_PART.exec(text.slice(end))) {
          const next = SCALE_WORD.exec(text.slice(end + part[0].length, end + part[0].length + 10).toLowerCase().normalize('NFC'));
          if (!next || SCALES[next[1]] >= last) break;
          last = SCALES[next[1]];
          value += Number(part[1]) * last;
          end += part[0].length + next[0].length;
        }
      }
      if (value !== null) {
        const raw = text.slice(start, end);
        const span = scale ? { start, end } : withSpelling(text, start, end, value);
        end = span.end;
        out.push({ start: span.start, end, raw, kind: 'number', value, total: null });
      }
    }
    NUMBER_RE.lastIndex = end;
  }
  return out;
}
