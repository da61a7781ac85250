// Scans and legacy-font PDF text layers misread the characters that matter most for citing a document:
// "/" becomes "I", "l", "|" or "1" ("15ICT-TTg", "2713/2020") and the "ố" of "Số" a digit ("S6 212"). Each
// repair below fires only where one reading is possible; anything that could mean two things stays as written.
import { escapeRegExp } from '../../text/regexp';
import { defaultLexicons } from '../lexicons';

const SYMBOL = '\\p{Lu}[\\p{Lu}\\p{Ll}]{0,9}';
const SP = '[ \\t]?';

let documentNumber: RegExp | null = null;
let yearNumber: RegExp | null = null;

/** The lexicon's kind and issuer symbols, also without their diacritic ("CD"), longest first. */
function symbolSpellings(): string[] {
  const lex = defaultLexicons().documentKinds;
  const symbols = [...lex.kinds.flatMap((k) => k.symbols), ...lex.issuerSymbols.map((s) => s.symbol)];
  return [...new Set(symbols.flatMap((s) => [s, s.replace(/Đ/g, 'D')]))].sort((a, b) => b.length - a.length);
}

/**
 * Digits (an l, I or O among real ones: "l186", "57O"), a misread "/" (a "1" only after a space: "2121UBND" could be
 * 2121 or 212), or a real "/" or "-" after digits that were misread ("48OO/QĐ-BYT", "1O92-CV/TU"), a symbol that
 * opens a document number's code (the lexicon's kind and issuer symbols, "CT", "UBND", "TTg", also without their
 * diacritic: "CD"), then more segments.
 */
function documentNumberPattern(): RegExp {
  if (!documentNumber) {
    const spellings = symbolSpellings();
    // The separator itself may be read right while a digit is not ("2l5 /UBND-VX").
    documentNumber = new RegExp(
      `(?<![\\p{L}\\p{N}/.\\-])((?=[\\dIlO]*\\d)[\\dIlO]{1,5})(${SP}[Il|]${SP}|[ \\t]1|(?<=\\d*[IlO][\\dIlO]*)${SP}[/-]${SP})(${spellings.map(escapeRegExp).join('|')})((?:${SP}[-/]${SP}${SYMBOL})+)(?![\\p{L}\\p{N}])`,
      'gu',
    );
  }
  return documentNumber;
}

/**
 * A national document's number with its year ("176/2013/NĐ-CP") whose slashes were misread, and maybe its
 * digits ("ll7I2O2OINĐ-CP"), or only its digits ("l17/2020/NĐ-CP"): digits (l, I for 1, O for 0), a year (O
 * for 0), a kind's symbol, more segments.
 */
function yearNumberPattern(): RegExp {
  if (!yearNumber) {
    const digit = '[\\dIlO]';
    const year = '(?:19|20|2O|l9|I9)[\\dOIl]{2}';
    yearNumber = new RegExp(
      `(?<![\\p{L}\\p{N}/.\\-])((?=${digit}*\\d)${digit}{1,5})([Il|/])(${year})([Il|/])(${symbolSpellings().map(escapeRegExp).join('|')})((?:-${SYMBOL})*)(?![\\p{L}\\p{N}])`,
      'gu',
    );
  }
  return yearNumber;
}

const asDigits = (token: string) => token.replace(/O/g, '0').replace(/[Il]/g, '1');

/** "15ICT-TTg" -> "15/CT-TTg", "212 IUBND- VX" -> "212/UBND-VX", "176I2013INĐ-CP" -> "176/2013/NĐ-CP", "1O92-CV/TU" -> "1092-CV/TU". */
export function repairDocumentNumbers(text: string): string {
  return text
    .replace(yearNumberPattern(), (whole, digits: string, sep1: string, year: string, sep2: string, first: string, rest: string) => {
      if (sep1 === '/' && sep2 === '/' && /^\d+$/.test(digits) && /^\d+$/.test(year)) return whole;
      const y = asDigits(year);
      return /^(?:19|20)\d\d$/.test(y) ? `${asDigits(digits)}/${y}/${first}${rest}` : whole;
    })
    .replace(documentNumberPattern(), (whole, digits: string, sep: string, first: string, rest: string) => {
      const segments = rest.replace(/[ \t]/g, '');
      // A real hyphen stays: "1092-CV/TU" is a party document's number.
      const joiner = sep.trim() === '-' ? '-' : '/';
      return segments.split(/[-/]/).slice(1).every(isSymbol) ? `${asDigits(digits)}${joiner}${first}${segments}` : whole;
    });
}

function isSymbol(segment: string): boolean {
  const upper = (segment.match(/\p{Lu}/gu) ?? []).length;
  return upper >= 1 && upper >= segment.length - upper;
}

// "S6", "S0", "Sô", "Sè" ... : "Số" whose "ố" was misread, right before a document number.
const SO = /(?<![\p{L}\p{N}])([Ss])[60ôòóỏõọồổỗộèéêềếểễệ](?=[ \t]*[:.]?[ \t]*\d{1,5}[ \t]*[-/][ \t]*\p{Lu})/gu;

export function repairSo(text: string): string {
  return text.replace(SO, (_m, s: string) => `${s}ố`);
}

// Dates. A real separator, a misread one ("I", "l", "|") or a "1" standing for "/" ("2713/2020").
const GARBLE = 'Il|';
const REAL = '/-.';
const YEAR = /^(?:19|20)\d\d$/;
/** "ngày", as typed, without marks, or with the final y a scan reads as v ("ngàv": misread-letters.ts reads it back later). */
const NGAY_WORD = String.raw`ng(?:ày|ay|àv)`;
const NGAY = new RegExp(String.raw`(?:^|[^\p{L}])${NGAY_WORD}[ \t]*:?[ \t]*$`, 'iu');
// "số 2713/2020" is a number and a year, not a date.
const SO_BEFORE = /(?:^|[^\p{L}])(?:số|so)[ \t]*:?[ \t]*$/iu;
// A date-like token: digits and separators ending in a four-digit year, not part of a document number.
const DATE_TOKEN = /(?<![\p{L}\p{N}/.\-])\d[\dIl|/.\-]{1,6}\d{4}(?![\p{L}\p{N}]|[ \t]*[-/][ \t]*\p{L})/gu;

interface Reading {
  day: string;
  month: string;
  year: string;
  seps: [string, string];
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isReal = (ch: string) => REAL.includes(ch);
const isGarble = (ch: string) => GARBLE.includes(ch) || ch === '1';
const isSeparator = (ch: string) => isReal(ch) || isGarble(ch);

/** Every way to read `token` as day, separator, month, separator, year that gives a real date. */
function readings(token: string): Reading[] {
  const out: Reading[] = [];
  const year = token.slice(-4);
  const sep2 = token.charAt(token.length - 5);
  const head = token.slice(0, -5);
  if (!YEAR.test(year)) return out;
  for (let d = 1; d <= 2; d++) {
    const day = head.slice(0, d);
    const sep1 = head.charAt(d);
    const month = head.slice(d + 1);
    if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !isSeparator(sep1) || !isSeparator(sep2)) continue;
    const dn = Number(day);
    const mn = Number(month);
    if (mn < 1 || mn > 12 || dn < 1 || dn > daysIn(mn, Number(year))) continue;
    out.push({ day, month, year, seps: [sep1, sep2] });
  }
  return out;
}

/**
 * After "ngày" either separator may be misread, but not both as "1"; elsewhere exactly one is, and the
 * other is a real "/" (a "1" stands for "/" only between day and month: "2713/2020").
 */
function allowed(r: Reading, afterNgay: boolean): boolean {
  const [a, b] = r.seps;
  if (!isGarble(a) && !isGarble(b)) return false;
  if (afterNgay) return !(a === '1' && b === '1');
  return (a === '/' && GARBLE.includes(b)) || (b === '/' && isGarble(a));
}

/** "2713/2020" -> "27/3/2020", "ngày 05l8/2021" -> "ngày 05/8/2021"; two possible dates -> unchanged. */
export function repairDates(text: string): string {
  return text.replace(DATE_TOKEN, (token: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 12), offset);
    if (SO_BEFORE.test(before)) return token;
    // One reading only, and not one with real separators (then the token is a date as written).
    const found = readings(token);
    if (found.length !== 1) return token;
    const r = found[0];
    if (!allowed(r, NGAY.test(before))) return token;
    const sep = r.seps.find(isReal) ?? '/';
    return `${r.day}${sep}${r.month}${sep}${r.year}`;
  });
}

// The letter O read for a zero: "ngày O7 tháng 5", "2O21", "ngày 1O tháng 10", "O9/10/2021". Only where a
// number is certain: between digits, as the day right after "ngày" and before "tháng", after a digit before
// "tháng", "năm" or a date separator, or before a digit and a date separator.
const O_BETWEEN_DIGITS = /(?<=\d)[Oo](?=\d)/g;
// A day, month or year written out ("ngày l3 tháng O9 năm 2O2l") whose digits were misread as O, l or I: only a
// number stands there, so a token of such letters beside at least one real digit is read as that number.
const DAY_PART = new RegExp(String.raw`(?<=(?:^|[^\p{L}])${NGAY_WORD}[ \t]+)(?=[\dOoIl]?\d)(?=[\dOoIl]?[OoIl])[\dOoIl]{2}(?=[ \t]+th(?:áng|ang)\b)`, 'giu');
const MONTH_PART = /(?<=(?:^|[^\p{L}])th(?:áng|ang)[ \t]+)(?=[\dOoIl]?\d)(?=[\dOoIl]?[OoIl])[\dOoIl]{2}(?=[ \t]+n(?:ăm|am)\b)/giu;
const YEAR_PART = /(?<=(?:^|[^\p{L}])n(?:ăm|am)[ \t]+)(?=2[\dOoIl]*[OoIl])2[\dOoIl]{3}(?![\p{L}\p{N}])/gu;
// The year of a day written with separators ("trước ngày 20/9/202l", "05/8/2O2I").
const YEAR_OF_DATE = /(?<=(?<!\p{N})\d{1,2}[/.-]\d{1,2}[/.-])(?=2[\dOoIl]*[OoIl])2[\dOoIl]{3}(?![\p{L}\p{N}])/gu;
const O_IN_DATE = /(?<=\d)[Oo](?=[ \t]+(?:th(?:áng|ang)|n(?:ăm|am))\b|[/.-]\d)|(?<![\p{L}\p{N}])[Oo](?=\d[/.-]\d)/gu;
// A date whose separators were misread too ("31IO1I2020"): an O between a misread "/" and a digit.
const O_AFTER_SEPARATOR = /(?<=\d[Il|])[Oo](?=\d[Il|/]\d)|(?<=\d[Il|/])[Oo](?=\d[Il|]\d)/g;
// A document number opening with O ("Số: O3ICT-UBND"): the O, a digit, a misread "/" and a capital.
const O_NUMBER = /(?<=(?:^|[^\p{L}\p{N}])(?:[Ss][ốô6o0][ \t]*:?[ \t]*))[Oo](?=\d{1,4}[ \t]?[Il|/][ \t]?\p{Lu})/gu;

// A day's l or I before or after a real digit in a whole date ("ngày l2/7/2021", "3l/3/2020"), and an hour
// before "giờ" ("l5 giờ 30 ngày").
const L_IN_DATE = /(?:(?<![\p{L}\p{N}])[lI](?=\d)|(?<=(?<![\p{L}\p{N}])\d)[lI])(?=\d?[/.-]\d{1,2}[/.-](?:19|20)\d\d(?!\d))/gu;
const HOUR_PART = /(?<![\p{L}\p{N}])(?=[\dOoIl]?\d)(?=[\dOoIl]?[OoIl])[\dOoIl]{2}(?=[ \t]+gi(?:ờ|o)(?![\p{L}\p{N}]))/gu;

const misreadAsDigits = (token: string) => token.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');

/** The token as digits when it is a day (or month) that can be, else as written ("l3" -> "13", "O0" stays). */
function digitsOf(token: string, max: number): string {
  const n = Number(misreadAsDigits(token));
  return n >= 1 && n <= max ? misreadAsDigits(token) : token;
}

/**
 * "ngày O7 tháng O5 năm 2O21" -> "ngày 07 tháng 05 năm 2021", "20/9/202l" -> "20/9/2021", "ngày l3" -> "ngày 13",
 * "ngày l2/7/2021" -> "ngày 12/7/2021", "l5 giờ" -> "15 giờ", "Số: O3ICT-UBND" -> "Số: 03ICT-UBND".
 */
export function repairLetterO(text: string): string {
  return text
    .replace(O_BETWEEN_DIGITS, '0')
    .replace(DAY_PART, (t) => digitsOf(t, 31))
    .replace(MONTH_PART, (t) => digitsOf(t, 12))
    .replace(YEAR_PART, (t) => (/^20[0-9]{2}$/.test(misreadAsDigits(t)) && /\d.*\d/.test(t.slice(1)) ? misreadAsDigits(t) : t))
    .replace(O_AFTER_SEPARATOR, '0')
    .replace(O_IN_DATE, '0')
    .replace(YEAR_OF_DATE, (t) => (/^20[0-9]{2}$/.test(misreadAsDigits(t)) ? misreadAsDigits(t) : t))
    .replace(L_IN_DATE, '1')
    .replace(HOUR_PART, (t) => digitsOf(t, 24))
    .replace(O_NUMBER, '0');
}

// A figure before a unit word (units.json: "ngày", "người", "%") or any other word it counts ("O5 tổ lấy mẫu",
// "3O hộ", "5OO triệu đồng"), ending a table's cell ("| 5OO |") or in brackets after its words ("bảy (O7)
// ngày"): its letters O (or o), l and I stand for 0 and 1 ("cách ly l4 ngày", "nghỉ học O7 ngày", "1o ngày").
// Only in a token of two to four characters that holds a real digit, or thousands grouped with one ("3OO.000
// đồng", "l2.000 liều"): "IO" alone could be anything. Oxygen ("bình O2") is no figure.
let figure: RegExp | null = null;

function figurePattern(): RegExp {
  if (!figure) {
    // Words of two letters or more (and "%"): "h" after a figure is a clock time, and a one-letter unit is too loose.
    const words = [...new Set(defaultLexicons().units.units.flatMap((u) => u.words))].filter((w) => w === '%' || /\p{L}{2,}/u.test(w));
    words.sort((a, b) => b.length - a.length);
    // A unit, glued or not, or any word after a space: a standalone token of digits and misread ones counts it.
    const unit = `(?=[ \\t]?(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])|[ \\t]+\\p{L})`;
    // A token with a real digit ("l4", "4OO"); thousands grouped with letters ("25.OOO"); or, right after a
    // bound that only a number follows ("không quá lO người", "tối thiểu l mét", "ít nhất Ol lần"), a token of
    // letters that opens with l, I or O.
    const withDigit = String.raw`(?=[\dOoIl]{0,3}\d)(?=[\dOoIl]{0,3}[OoIl])[\dOoIl]{2,4}`;
    const grouped = String.raw`(?=[\d.,OIl]*\d)(?=[\d.,OIl]*[OIl])[\dIl][\dOIl]{0,2}(?:[.,][\dOIl]{3})+`;
    const afterBound = String.raw`(?<=(?:qu[aá]|t[oố]i[ \t]+(?:[dđ]a|thi[eểê]u)|[ií]t[ \t]+nh[aấ]t)[ \t]+)(?:[lI][OIl\d]{0,2}|O[OIl\d]{1,2})`;
    const oxygen = String.raw`(?<!(?:[oOôÔ]xy|[kK]h[ií]|[bB][iì]nh)[ \t]+)`;
    // A figure ending its table cell ("| 5OO |", "| 1.2OO |", a cell's own line once cells are split).
    const cell = String.raw`(?:${grouped}|${withDigit})(?=[ \t]*(?:\||\n|$))`;
    // Digits in brackets after the figure spelled out: "bảy (O7) ngày", "mười bốn (l4) ngày".
    const bracketed = String.raw`(?<=\()${withDigit}(?=\))`;
    figure = new RegExp(`(?<![\\p{L}\\p{N}.,/])${oxygen}(?:(?:${grouped}|${withDigit}|${afterBound})${unit}|${cell}|${bracketed})`, 'gu');
  }
  return figure;
}

/**
 * "l4 ngày" -> "14 ngày", "O7 ngày" -> "07 ngày". Not a cleaning step: the target reader reads figures through
 * it (same length, so offsets hold) while quotes keep the figure as the text writes it.
 */
export function repairFigures(text: string): string {
  return text.replace(figurePattern(), (token) => token.replace(/[Oo]/g, '0').replace(/[Il]/g, '1'));
}

/** All repairs, document numbers first so that "S6" finds the number it stands before. */
export function repairGarbledNumbers(text: string): string {
  return repairSo(repairDates(repairDocumentNumbers(repairLetterO(text))));
}
