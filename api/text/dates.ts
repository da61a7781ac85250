// Dates of the genre, read from folded text. Date notations: "27/9/2021", "02/12/2020", "ngày 30 tháng 9
// năm 2021". Time expressions: a day ("ngày 30/9/2021", "30 tháng 9 năm 2021", "ngày 30/9" with the
// directive's year), a month ("tháng 10/2021", "tháng 10 năm 2021"), a quarter ("quý IV/2021"), a half
// year, a year, and the end of any of them ("cuối năm 2021"). Each becomes an ISO first and last day, so
// deadlines are structured values rather than strings to parse later.
import { romanValue } from './numbers';

export type TimeKind = 'DAY' | 'MONTH' | 'QUARTER' | 'HALF' | 'YEAR' | 'END';

export interface TimeExpression {
  start: number;
  end: number;
  kind: TimeKind;
  first: string;
  last: string;
}

/** "mồng 5", "mùng 10" (folded): the first ten days of a month may be written with "mồng" before the figure. */
const MONG = String.raw`(?:(?<![a-z])m[ou]ng\s+)?`;
/** Day, month, year with "/", "." or "-": groups 1-3. */
export const NUMERIC_DATE = String.raw`${MONG}(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
/**
 * "30 tháng 9 năm 2021" (folded): groups 1-3. A PDF's text layer may lose the spaces between the words and the
 * figures ("ngày10 tháng8 năm2021"), and a form commas between the parts ("ngày 10, tháng 8, năm 2021").
 */
export const WORDED_DATE = String.raw`${MONG}(\d{1,2})\s*,?\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})`;
/** Either notation: groups 1-3 numeric, 4-6 worded. */
export const ANY_DATE = `(?:${NUMERIC_DATE}|${WORDED_DATE})`;

/** A clock time on folded text: "15 giờ", "15h30", "12 giờ 00 phút", "8h30'". Captures nothing. */
export const CLOCK_TIME = String.raw`\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut|['’′])?)?`;

// A letter's dateline, on folded text: "Thanh Hóa, ngày 30 tháng 9 năm 2021", "TP. Hồ Chí Minh, ngày 05/8/2021";
// a dispatch (công điện) dates itself to the hour: "Kỳ Anh, 15 giờ 30 ngày 04 tháng 8 năm 2021", a comma after the
// hour perhaps ("Yên Lạc, 17 giờ 30 phút, ngày 03 tháng 8 năm 2021"), "hồi", "lúc" or "vào hồi" before it
// ("Quảng Ninh, hồi 20 giờ ngày 30 tháng 01 năm 2021"). A worded date
// says it is one without "ngày", which a typist or OCR may drop ("Thái Nguyên, 12 tháng 8 năm 2021"). Read as
// the header's dateline by the metadata rules (which also check the place before the comma) and by the PDF
// layout (which ends the header's right column there).
export const DATELINE = new RegExp(String.raw`,\s*(?:(?:(?:vao\s+)?(?:hoi|luc)\s+)?${CLOCK_TIME}\s*,?\s*)?(?:ngay\s*|(?=\d{1,2}\s*,?\s*thang\b))${ANY_DATE}`);
/** A dateline with no place: a line of its own, "Ngày 30 tháng 9 năm 2021". */
export const BARE_DATELINE = new RegExp(String.raw`^ngay\s*${ANY_DATE}\s*$`);

/** The years a date of the platform can take: a text's, a filter's, a lookup's. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The year of an ISO date ("2021-09-30" -> 2021); null for none. */
export function yearOfIso(iso: string | null | undefined): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

/**
 * Whether two years may be one: equal, or either unknown. Document numbers start again each year, so a number
 * cited with one year is not the document of that number dated in another.
 */
export function mayBeSameYear(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

/** "2021-09-30", or null when the parts are not a calendar date of the plausible range. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && isPlausibleYear(year))) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads an ANY_DATE match whose groups start at `first`. */
export function isoFromGroups(groups: (string | undefined)[], first: number): string | null {
  const [d, m, y] = groups[first] !== undefined ? groups.slice(first, first + 3) : groups.slice(first + 3, first + 6);
  if (d === undefined || m === undefined || y === undefined) return null;
  return isoDate(Number(y), Number(m), Number(d));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthRange(year: number, month: number): [string, string] | null {
  const first = isoDate(year, month, 1);
  return first ? [first, isoDate(year, month, daysInMonth(year, month)) as string] : null;
}

/** The day before an ISO date ("before October" = by 30 September). */
export function dayBefore(iso: string): string {
  return addDays(iso, -1);
}

/** Days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's ISO day (UTC): the latest an issue date may be, and a release's default date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The ISO day `days` days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const S = '[\\s\\u00a0]';
/** What a day written without its whole year needs before it: "ngày", or a word of time ("đến", "trước", "từ"). */
const DAY_LEAD = `(?:ngay${S}+${MONG}|(?<=(?<![\\p{L}\\p{N}])(?:den|truoc|tu|sau|het)${S}+))`;
const YEAR_SUFFIX = `(?:${S}*(?:/|-|,)?${S}*(?:nam${S}+)?(\\d{4}))`;

interface Pattern {
  re: RegExp;
  build(m: RegExpExecArray, year: number | null): { kind: TimeKind; first: string; last: string } | null;
}

/** The year written, else the directive's; null outside the range isoDate accepts ("quý IV/2681" is no date). */
function yearOf(raw: string | undefined, year: number | null): number | null {
  const y = raw ? Number(raw) : year;
  return y !== null && isPlausibleYear(y) ? y : null;
}

const PATTERNS: Pattern[] = [
  {
    // "ngày 30 tháng 9 năm 2021", "30 tháng 9 năm 2021"
    re: new RegExp(`(?:ngay${S}+)?${MONG}(\\d{1,2})${S}+thang${S}+(\\d{1,2})(?:${S}+nam${S}+(\\d{4}))?(?![\\d/])`, 'gu'),
    build(m, year) {
      const y = yearOf(m[3], year);
      const iso = y === null ? null : isoDate(y, Number(m[2]), Number(m[1]));
      return iso ? { kind: 'DAY', first: iso, last: iso } : null;
    },
  },
  {
    // "ngày 02/12/2020", "22/9/2021", "30-9-2021"
    re: new RegExp(`(?:ngay${S}+)?${MONG}(?<!\\d)(\\d{1,2})${S}*([/.\\-])${S}*(\\d{1,2})${S}*\\2${S}*(\\d{4})(?!\\d)`, 'gu'),
    build(m) {
      const iso = isoDate(Number(m[4]), Number(m[3]), Number(m[1]));
      return iso ? { kind: 'DAY', first: iso, last: iso } : null;
    },
  },
  {
    // "ngày 20/9/21", "trước 15/10/21": a year in two digits, of this century, only after "ngày" or a word of time
    re: new RegExp(`${DAY_LEAD}(\\d{1,2})${S}*([/.\\-])${S}*(\\d{1,2})${S}*\\2${S}*(\\d{2})(?!\\d|[/.\\-]\\d)`, 'gu'),
    build(m) {
      const iso = isoDate(2000 + Number(m[4]), Number(m[3]), Number(m[1]));
      return iso ? { kind: 'DAY', first: iso, last: iso } : null;
    },
  },
  {
    // "ngày 30/9", and after a word of time "đến 30/9", "trước 15/10", "từ 01/8": a day and month alone, of the
    // directive's year ("ngày" is part of the expression; "1/2" with neither may be a fraction)
    // ("30/9.\n2. ..." ends its sentence: a year would follow the dot at once)
    re: new RegExp(`${DAY_LEAD}(\\d{1,2})${S}*/${S}*(\\d{1,2})(?![\\d]|${S}*(?:[/\\-]${S}*|\\.)\\d)`, 'gu'),
    build(m, year) {
      const iso = year === null ? null : isoDate(year, Number(m[2]), Number(m[1]));
      return iso ? { kind: 'DAY', first: iso, last: iso } : null;
    },
  },
  {
    // "ngày 11-5", "ngày 11.5": a press reprint's day and month, after "ngày" only ("11-5" alone may be a range)
    re: new RegExp(`ngay${S}+${MONG}(\\d{1,2})${S}*[.\\-]${S}*(\\d{1,2})(?![\\d]|${S}*[/.\\-]${S}*\\d)`, 'gu'),
    build(m, year) {
      const iso = year === null ? null : isoDate(year, Number(m[2]), Number(m[1]));
      return iso ? { kind: 'DAY', first: iso, last: iso } : null;
    },
  },
  {
    // "6 tháng đầu năm 2021", "6 tháng cuối năm"
    re: new RegExp(`(?:6|sau)${S}+thang${S}+(dau|cuoi)${S}+nam(?:${S}+(\\d{4}))?`, 'gu'),
    build(m, year) {
      const y = yearOf(m[2], year);
      if (y === null) return null;
      return m[1] === 'dau' ? { kind: 'HALF', first: `${y}-01-01`, last: `${y}-06-30` } : { kind: 'HALF', first: `${y}-07-01`, last: `${y}-12-31` };
    },
  },
  {
    // "tháng 10/2021", "tháng 10 năm 2021", "tháng 10"
    re: new RegExp(`thang${S}+(\\d{1,2})(?!${S}*(?:/|-)${S}*\\d{1,2}(?!\\d))${YEAR_SUFFIX}?(?![\\d])`, 'gu'),
    build(m, year) {
      const y = yearOf(m[2], year);
      const range = y === null ? null : monthRange(y, Number(m[1]));
      return range ? { kind: 'MONTH', first: range[0], last: range[1] } : null;
    },
  },
  {
    // "quý IV/2021", "quý IV năm 2021", "quý 4"
    re: new RegExp(`quy${S}+(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])${YEAR_SUFFIX}?(?!\\d)`, 'gu'),
    build(m, year) {
      const q = /\d/.test(m[1]) ? Number(m[1]) : romanValue(m[1]);
      const y = yearOf(m[2], year);
      if (y === null || q === null || q < 1 || q > 4) return null;
      const first = isoDate(y, q * 3 - 2, 1);
      const last = monthRange(y, q * 3);
      return first && last ? { kind: 'QUARTER', first, last: last[1] } : null;
    },
  },
  {
    // "năm 2021"
    re: new RegExp(`nam${S}+(\\d{4})(?!\\d)`, 'gu'),
    build(m) {
      const y = Number(m[1]);
      return isPlausibleYear(y) ? { kind: 'YEAR', first: `${y}-01-01`, last: `${y}-12-31` } : null;
    },
  },
];

// A range's first day written short, its month and year left to its last day's: "từ ngày 15 đến hết ngày
// 31/8/2021", "từ 15/8 - 31/8/2021". Only after "từ", and only before a joiner and a whole day, so a bare number
// is never read as a day on its own.
const SHORT_FIRST_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}])tu${S}+((?:ngay${S}+)?${MONG}(\\d{1,2})(?:${S}*/${S}*(\\d{1,2}))?)${S}*(?:[-\u2013]|(?:cho${S}+)?(?:den|toi)${S}+(?:het${S}+)?)${S}*$`,
  'du',
);

/** The first day of a range written short before `last`, a whole day, or null. */
function shortFirstDay(folded: string, last: TimeExpression): TimeExpression | null {
  if (last.kind !== 'DAY') return null;
  const before = folded.slice(Math.max(0, last.start - 40), last.start);
  const m = SHORT_FIRST_DAY.exec(before);
  if (!m) return null;
  const [year, month] = last.first.split('-').map(Number);
  const first = isoDate(year, m[3] ? Number(m[3]) : month, Number(m[2]));
  if (!first || first > last.first || daysBetween(first, last.first) > 366) return null;
  const start = last.start - before.length + m.indices![1][0];
  return { start, end: start + m[1].length, kind: 'DAY', first, last: first };
}

// A day or month of the lunar calendar ("ngày 10/3 âm lịch", "27/12 ÂL", "tháng 5 năm Tân Sửu", "23/12 Tân Sửu"): no
// day of the solar one, and nothing here converts it.
const LUNAR_AFTER = new RegExp(
  `^${S}*\\(?${S}*(?:am${S}+lich|al|(?:nam${S}+)?(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)${S}+(?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi))(?![\\p{L}])`,
  'u',
);

/** All time expressions in folded text, longest first where they overlap; "cuối" + period is its last day. */
export function findTimeExpressions(folded: string, year: number | null): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(folded); m; m = p.re.exec(folded)) {
      if (!/[\p{L}\p{N}]/u.test(folded[m.index - 1] ?? ' ')) {
        const built = p.build(m, year);
        if (built) found.push({ start: m.index, end: m.index + m[0].length, ...built });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeExpression[] = [];
  for (const t of found) {
    if (kept.some((k) => t.start < k.end && k.start < t.end)) continue;
    kept.push(t);
  }
  for (let i = kept.length - 1; i >= 0; i--) if (LUNAR_AFTER.test(folded.slice(kept[i].end, kept[i].end + 24))) kept.splice(i, 1);
  for (const t of [...kept]) {
    const first = shortFirstDay(folded, t);
    if (first && !kept.some((k) => first.start < k.end && k.start < first.end)) kept.push(first);
  }
  // "cuối năm 2021", "cuối tháng 10": the period's last day.
  return kept.map((t) => {
    const before = folded.slice(Math.max(0, t.start - 6), t.start);
    const m = /cuoi[\s\u00a0]+$/.exec(before);
    if (m && t.kind !== 'DAY') return { start: t.start - m[0].length, end: t.end, kind: 'END' as const, first: t.last, last: t.last };
    return t;
  }).sort((a, b) => a.start - b.start);
}

/** How far before the directive's day a day written without its year may fall before it is next year's. */
const YEARLESS_PAST_DAYS = 183;

/**
 * The times of the text, a day or month written without its year falling in the next year when the directive's
 * year would put it half a year or more before the directive ("trước ngày 15/01" in a letter of 28/12/2021).
 */
export function timesAhead(folded: string, year: number | null, issuedOn: string | null): TimeExpression[] {
  const times = findTimeExpressions(folded, year);
  if (year === null || issuedOn === null || !times.some((t) => daysBetween(t.last, issuedOn) >= YEARLESS_PAST_DAYS)) return times;
  const next = new Map(findTimeExpressions(folded, year + 1).map((t) => [t.start, t]));
  return times.map((t) => {
    const later = next.get(t.start);
    return later && later.first !== t.first && daysBetween(t.last, issuedOn) >= YEARLESS_PAST_DAYS ? later : t;
  });
}

/** Does folded text write a time ("đến 30/9", "năm 2022")? Any year will do: only whether one is written matters. */
export function writesTime(folded: string): boolean {
  return findTimeExpressions(folded, 2000).length > 0;
}

/** The day a reference or meeting date names, when `folded` starts with one (after spaces). */
export function dayAt(folded: string, year: number | null): { iso: string; length: number } | null {
  for (const t of findTimeExpressions(folded.slice(0, 40), year)) {
    if (t.kind === 'DAY' && /^[\s\u00a0]*$/.test(folded.slice(0, t.start))) return { iso: t.first, length: t.end };
  }
  return null;
}
