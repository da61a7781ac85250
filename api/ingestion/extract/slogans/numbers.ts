// Numeric mottos found by their shape, a number from one to nine followed by a short phrase: "2 không",
// "3 sẵn sàng", "hai không", and the parallel pairs "1 vùng 3 chốt", "1 cung đường - 2 địa điểm",
// "một cung đường hai điểm đến". A number that counts something is not a motto: "03 chủ thể" (a counted
// noun), "2 mũi", "14 ngày". What is a motto's word, a counted noun or a lead-in is data
// (slogans.json "numeric"). A phrase is taken as a motto when
//  - it is quoted: “3 sẵn sàng”, “1 vùng 3 chốt”;
//  - its word is a motto word ("không", "tại chỗ") and a verb or cue introduces it ("thực hiện 2 không"), or
//    punctuation closes it ("bảo đảm 4 tại chỗ;");
//  - an expansion lists as many items as the number says, each repeating the phrase's words:
//    "5 đúng: đúng người, đúng bệnh, đúng thuốc, đúng liều, đúng lúc" (this confirms any word).
import type { Lexicons } from '../../lexicons';
import { fold } from '../../../text/fold';
import { withoutCollisions } from '../../phrases/patterns';
import type { QuotedSpan } from '../quotes';
import { plainGap, spellsAt, split, wordsOf, type Word } from './words';

export interface NumericSlogan {
  start: number;
  end: number;
  /** Digits and the words as written: "hai không" -> "2 không". */
  canonical: string;
  quoted: boolean;
  /** An expansion in the text lists as many items as the number says. */
  confirmed: boolean;
}

interface Compiled {
  numbers: Map<string, number>;
  ambiguous: Set<string>;
  heads: string[][];
  /** Nouns a number counts: slogans.json "counted" (pairs) plus the unit words of units.json (single numbers). */
  counted: string[][];
  countedOrUnits: string[][];
  /** Counted nouns a number after which is an ordinal ("mũi 3", "đợt 2"): `counted` but for its kindNouns. */
  ordinalNouns: string[][];
  leadIns: string[][];
  maxPart: number;
  /** Known numeric slogans by their words after the number ("tai cho" -> {4}), for OCR digit slips. */
  knownNumbers: Map<string, Set<number>>;
  unmarked: boolean;
}

const cache = new WeakMap<Lexicons, Map<boolean, Compiled>>();
const byLength = (a: string[], b: string[]) => b.length - a.length;

function numberWords(lex: Lexicons, unmarked: boolean): Map<string, number> {
  const numbers = new Map<string, number>();
  // Official writing pads small numbers with a zero: "03 không", "04 tại chỗ".
  for (let d = 1; d <= 9; d++) numbers.set(String(d), d).set(`0${d}`, d);
  lex.slogans.numeric.numberWords.forEach((w, i) => numbers.set(split(w, unmarked)[0], i + 1));
  return numbers;
}

function compile(lex: Lexicons, unmarked: boolean): Compiled {
  let byMarks = cache.get(lex);
  if (!byMarks) cache.set(lex, (byMarks = new Map()));
  let c = byMarks.get(unmarked);
  if (c) return c;
  const n = lex.slogans.numeric;
  const numbers = numberWords(lex, unmarked);
  const marked = numberWords(lex, false);
  const knownNumbers = new Map<string, Set<number>>();
  for (const s of lex.slogans.slogans) {
    for (const v of s.variants) {
      const words = split(v);
      const value = marked.get(words[0]);
      if (value === undefined || words.length < 2 || words.slice(1).some((w) => marked.has(w))) continue;
      const key = fold(words.slice(1).join(' '));
      knownNumbers.set(key, new Set([...(knownNumbers.get(key) ?? []), value]));
    }
  }
  // Units of units.json count things too ("mẫu", "liều", "giường"); a pair names them ("1 vùng 3 chốt"). Without
  // marks, not one that spells another word (unmarked.json: "tan" is "tấn" and the "tận" of a motto).
  const unitWords = lex.units.units.flatMap((u) => u.words);
  const countingUnits = unmarked ? withoutCollisions(unitWords, lex.unmarked.collisions) : unitWords;
  c = {
    numbers,
    ambiguous: new Set(n.ambiguousNumberWords.map((w) => split(w, unmarked)[0])),
    heads: n.heads.map((w) => split(w, unmarked)).sort(byLength),
    counted: n.counted.map((w) => split(w, unmarked)).filter((w) => w.length > 0).sort(byLength),
    ordinalNouns: n.counted.filter((w) => !n.kindNouns.includes(w)).map((w) => split(w, unmarked)).filter((w) => w.length > 0),
    countedOrUnits: [...n.counted, ...countingUnits].map((w) => split(w, unmarked)).filter((w) => w.length > 0).sort(byLength),
    leadIns: n.leadIns.map((w) => split(w, unmarked)).sort(byLength),
    maxPart: n.maxWordsPerPart,
    knownNumbers,
    unmarked,
  };
  byMarks.set(unmarked, c);
  return c;
}

const isLetters = (w: Word) => /^\p{L}+$/u.test(w.lower);

/**
 * The number at `start` is the ordinal of a counted noun before it: "tiêm mũi 3 trước ngày 25/01" is the third
 * dose, not the motto "3 trước"; so are "đợt 2", "cấp độ 4". Not after a kind noun: "các biện pháp 5K" names the motto.
 */
export function ordinalAt(text: string, start: number, lex: Lexicons): boolean {
  const before = split(text.slice(Math.max(0, start - 30), start), true);
  return compile(lex, true).ordinalNouns.some((p) => p.length <= before.length && p.every((w, k) => w === before[before.length - p.length + k]));
}

/** A number standing alone: "2 không", not "2/9", "F1", "1." or "COVID-19". */
function numberAt(text: string, words: readonly Word[], i: number, c: Compiled): number | null {
  const value = c.numbers.get(words[i].lower);
  if (value === undefined) return null;
  const before = text[words[i].start - 1];
  if (before !== undefined && !/[\s\u00a0"“«(*_]/u.test(before)) return null;
  // A number word in a place's name: "tỉnh Hai Duong" (Hải Dương without its marks), "huyện Ba Vì".
  const titled = (w: Word | undefined) => w !== undefined && /^\p{Lu}\p{Ll}*$/u.test(text.slice(w.start, w.end));
  if (!/\d/u.test(words[i].lower) && titled(words[i]) && titled(words[i + 1]) && plainGap(text, words[i].end, words[i + 1].start)) return null;
  return value;
}

/** Words i..i+n-1 are letter words joined by spaces only. */
function plainRun(text: string, words: readonly Word[], i: number, n: number): boolean {
  if (n < 1 || i + n > words.length) return false;
  for (let k = i; k < i + n; k++) {
    if (!isLetters(words[k])) return false;
    if (k > i && !plainGap(text, words[k - 1].end, words[k].start)) return false;
  }
  return true;
}

function startsWithAny(text: string, words: readonly Word[], i: number, phrases: string[][]): string[] | null {
  return phrases.find((p) => spellsAt(text, words, i, p)) ?? null;
}

/** A lead-in verb or cue among the three words before word i, with nothing but spaces (or an opening quote) between. */
function ledIn(text: string, words: readonly Word[], i: number, c: Compiled): boolean {
  let first = i;
  while (first > Math.max(0, i - 3) && /^[\s\u00a0"“«*_]+$/u.test(text.slice(words[first - 1].end, words[first].start))) first--;
  if (first === i) return false;
  for (let j = first; j < i; j++) {
    for (const lead of c.leadIns) if (j + lead.length <= i && spellsAt(text, words, j, lead)) return true;
  }
  return false;
}

/** Punctuation (or the end of a line) right after `pos`, a closing quote aside. */
function closedAfter(text: string, pos: number): boolean {
  const rest = text.slice(pos, pos + 4).replace(/^[”»"*_]+/u, '');
  return rest === '' || /^[ \u00a0]*([,.;:)!?\n]|$)/u.test(rest);
}

/**
 * "N words" followed by ":" or "(" and N items each holding the words: "2 không: không ra khỏi nhà, không
 * tiếp xúc ...". Returns how many of the words the items repeat (0 when the expansion does not confirm).
 */
function confirmedBy(text: string, words: readonly Word[], i: number, value: number, c: Compiled): number {
  for (let k = c.maxPart; k >= 1; k--) {
    if (!plainRun(text, words, i + 1, k)) continue;
    const phrase = words.slice(i + 1, i + 1 + k).map((w) => w.lower);
    const after = text.slice(words[i + k].end, words[i + k].end + 400).replace(/^[”»"*_ \u00a0]+/u, '');
    const open = after[0];
    if (open !== ':' && open !== '(') continue;
    const close = open === '(' ? after.indexOf(')') : after.search(/[.;\n]/);
    const body = after.slice(1, close < 0 ? after.length : close);
    const items = body.split(open === '(' ? /[,;]/ : /,|\s+và\s+/).map((s) => s.trim()).filter(Boolean);
    if (items.length !== value) continue;
    const holds = (item: string) => ` ${split(item, c.unmarked).join(' ')} `.includes(` ${phrase.join(' ')} `);
    if (items.every(holds)) return k;
  }
  return 0;
}

function quoteAt(quotes: QuotedSpan[], start: number): QuotedSpan | undefined {
  return quotes.find((q) => q.start === start);
}

/** The quote opening at word i when it holds a motto's words only: one or two numbered parts. */
function fitsQuote(words: readonly Word[], i: number, q: QuotedSpan | undefined, c: Compiled): QuotedSpan | undefined {
  if (!q) return undefined;
  let n = 0;
  while (i + n < words.length && words[i + n].end <= q.end) n++;
  return n >= 2 && n <= 2 * (c.maxPart + 1) ? q : undefined;
}

const written = (text: string, ws: readonly Word[]) => ws.map((w) => text.slice(w.start, w.end)).join(' ');

/** "1 vùng 3 chốt", "1 cung đường - 2 địa điểm": two numbered parts of the same length (the quote decides when quoted). */
function pairAt(text: string, words: readonly Word[], i: number, value: number, q: QuotedSpan | undefined, c: Compiled): NumericSlogan | null {
  for (let k = 1; k <= c.maxPart; k++) {
    const j = i + 1 + k;
    if (j >= words.length || !plainRun(text, words, i + 1, k)) return null;
    const second = c.numbers.get(words[j].lower);
    if (second === undefined) continue;
    if (!/^[\s\u00a0]*(?:[-–,][\s\u00a0]*)?$/u.test(text.slice(words[j - 1].end, words[j].start))) return null;
    // Quoted: the second part runs to the closing quote; unquoted: as many words as the first part.
    let m = k;
    if (q) {
      m = 0;
      while (j + 1 + m < words.length && words[j + 1 + m].end <= q.end) m++;
      if (m < 1 || m > c.maxPart || words[j + m].end !== q.end) return null;
    }
    if (!plainRun(text, words, j + 1, m)) return null;
    if (startsWithAny(text, words, i + 1, c.counted) || startsWithAny(text, words, j + 1, c.counted)) return null;
    // "3 sẵn sàng, 4 tại chỗ": a known motto on either side makes two mottos, not a pair.
    const known = (from: number, n: number, v: number) => c.knownNumbers.get(fold(words.slice(from, from + n).map((w) => w.lower).join(' ')))?.has(v);
    if (known(i + 1, k, value) || known(j + 1, m, second)) return null;
    if (!q && !ledIn(text, words, i, c)) return null;
    const end = words[j + m].end;
    return {
      start: words[i].start,
      end,
      canonical: `${value} ${written(text, words.slice(i + 1, j))} ${second} ${written(text, words.slice(j + 1, j + 1 + m))}`,
      quoted: !!q,
      confirmed: false,
    };
  }
  return null;
}

function singleAt(text: string, words: readonly Word[], i: number, value: number, q: QuotedSpan | undefined, c: Compiled): NumericSlogan | null {
  const make = (k: number, quoted: boolean, confirmed: boolean): NumericSlogan => ({
    start: words[i].start,
    end: words[i + k].end,
    canonical: `${value} ${written(text, words.slice(i + 1, i + 1 + k))}`,
    quoted,
    confirmed,
  });
  if (startsWithAny(text, words, i + 1, c.countedOrUnits)) return null;
  const expanded = confirmedBy(text, words, i, value, c);
  if (q) {
    let k = 0;
    while (i + 1 + k < words.length && words[i + 1 + k].end <= q.end) k++;
    // More words than one motto holds: read on as running text.
    if (k >= 1 && k <= c.maxPart) return words[i + k].end === q.end && plainRun(text, words, i + 1, k) ? make(k, true, expanded === k) : null;
  }
  // "tối thiểu 03 lần (lần thứ nhất ..., lần thứ hai ..., lần thứ ba ...)": a padded number is a list's count,
  // a motto only when quoted or led in with a motto's word.
  if (expanded > 0 && !/^0\d$/.test(words[i].lower)) return make(expanded, false, true);
  const head = startsWithAny(text, words, i + 1, c.heads);
  if (!head || !plainGap(text, words[i].end, words[i + 1].start)) return null;
  const digit = /^\d$/.test(words[i].lower);
  if (!digit && c.ambiguous.has(words[i].lower)) return null;
  const end = words[i + head.length].end;
  const introduced = ledIn(text, words, i, c);
  if (digit ? introduced || closedAfter(text, end) : introduced) return make(head.length, false, false);
  return null;
}

/** Numeric mottos of text[0, end), outermost first; known slogans are the caller's to prefer. */
export function findNumericSlogans(text: string, end: number, quotes: QuotedSpan[], lex: Lexicons, unmarked = false): NumericSlogan[] {
  const c = compile(lex, unmarked);
  const words = wordsOf(text, end, unmarked);
  const out: NumericSlogan[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const value = numberAt(text, words, i, c);
    if (value === null || !plainGap(text, words[i].end, words[i + 1].start)) continue;
    // A quote that holds more than the motto ('phương châm “3 sẵn sàng, 4 tại chỗ”') is read as running text.
    const q = fitsQuote(words, i, quoteAt(quotes, words[i].start), c);
    const found = pairAt(text, words, i, value, q, c) ?? singleAt(text, words, i, value, q, c);
    if (!found || isDigitSlip(found, value, words[i].lower, c)) continue;
    out.push(found);
    while (i + 1 < words.length && words[i + 1].start < found.end) i++;
  }
  return out;
}

/** Digits an OCR engine takes for one another ("5 trước" read for "3 trước"). */
const LOOKALIKE_DIGITS = ['35', '38', '58', '56', '68', '89', '08', '17'];

/**
 * "5 trước" in an OCR of "3 trước": the words of a known numeric slogan with another digit it looks like,
 * unconfirmed. A number no scan confuses with the known one ("2 tại chỗ" beside "3 tại chỗ") or written in
 * words ("hai tại chỗ") is a motto of its own.
 */
function isDigitSlip(found: NumericSlogan, value: number, written: string, c: Compiled): boolean {
  if (found.confirmed || !/^\d$/.test(written)) return false;
  const rest = fold(split(found.canonical).slice(1).join(' '));
  const known = c.knownNumbers.get(rest);
  return !!known && !known.has(value) && [...known].some((k) => LOOKALIKE_DIGITS.some((p) => p.includes(String(k)) && p.includes(String(value))));
}
