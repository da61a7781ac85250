import type { ProvinceRecord } from '../reference/provinces';
import type { Random } from './random';
import { escapeRegExp } from '../text/regexp';

// Rewrites applied to a recombined seed text so that each synthetic directive is its own: another
// province (name, letterhead, places), its own number, dates moved by a fixed number of days, other
// target values, other slogans in quotes. Everything keeps the seed's spelling conventions, so the text
// goes through cleaning and extraction like the real one.

const WORD_EDGE = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';

/** A name as a pattern; OCR line wraps may fall between its words. */
function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/** The seed provinces' names, other spellings and places, replaced by the target province's. */
export function moveToProvince(text: string, from: readonly ProvinceRecord[], to: ProvinceRecord, rng: Random): string {
  let out = text;
  for (const source of from) {
    for (const name of [source.name, ...source.aliases]) {
      out = out.replace(new RegExp(`${WORD_EDGE}${escapeRegExp(name)}${WORD_END}`, 'gu'), to.name);
      out = out.replace(new RegExp(`${WORD_EDGE}${escapeRegExp(upper(name))}${WORD_END}`, 'gu'), upper(to.name));
    }
    const places = new RegExp(`${WORD_EDGE}(?:${source.places.map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
    out = out.replace(places, () => rng.pick(to.places));
  }
  return out;
}

/** The directive's own number ("Số 402 - CV/TU", "số 370-TB/TU"): the digits become `number`. */
export function renumber(text: string, number: number): { text: string; numbered: boolean } {
  let numbered = false;
  const out = text.replace(/((?:Số|số)\s+)\d+(\s*-\s*(?:TB|CV)\/(?:TU|BCĐ))/gu, (_m, lead: string, rest: string) => {
    numbered = true;
    return `${lead}${number}${rest}`;
  });
  return { text: out, numbered };
}

const DATES =
  /(?<dmy>(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/]))|(?<long>(ngày\s+)(\d{1,2})(\s+tháng\s+)(\d{1,2})(\s+năm\s+)(\d{4}))|(?<dm>((?:Ngày|ngày)\s+)(\d{1,2})\/(\d{1,2})(?![\d/]))/gu;

const pad = (value: number, like: string) => String(value).padStart(like.length, '0');

function shift(day: number, month: number, year: number, days: number): Date {
  return new Date(Date.UTC(year, month - 1, day + days));
}

/** Every date moved by `days` (dates without a year are read as 2021, the seeds' year). */
export function shiftDates(text: string, days: number): string {
  return text.replace(DATES, (...args) => {
    const g = args.slice(1, -3) as (string | undefined)[];
    if (g[0]) {
      const [d, m, y] = [g[1]!, g[2]!, g[3]!];
      const t = shift(Number(d), Number(m), Number(y), days);
      return `${pad(t.getUTCDate(), d)}/${pad(t.getUTCMonth() + 1, m)}/${t.getUTCFullYear()}`;
    }
    if (g[4]) {
      const [lead, d, mid, m, yearWord, y] = [g[5]!, g[6]!, g[7]!, g[8]!, g[9]!, g[10]!];
      const t = shift(Number(d), Number(m), Number(y), days);
      return `${lead}${pad(t.getUTCDate(), d)}${mid}${pad(t.getUTCMonth() + 1, m)}${yearWord}${t.getUTCFullYear()}`;
    }
    const [lead, d, m] = [g[12]!, g[13]!, g[14]!];
    const t = shift(Number(d), Number(m), 2021, days);
    return `${lead}${pad(t.getUTCDate(), d)}/${pad(t.getUTCMonth() + 1, m)}`;
  });
}

const THOUSANDS = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?![\d]|[.,]\d)/gu;
const PERCENT = /(?<![\d.,])(\d{2,3})(\s?%)/gu;

/** Target values ("15.000 mẫu đơn/ngày", "100% người dân") replaced by other plausible values. */
export function varyNumbers(text: string, rng: Random): string {
  return text
    .replace(THOUSANDS, (written) => {
      const value = Number(written.replace(/\./g, ''));
      const varied = Math.max(500, Math.round((value * (0.2 + rng.next() * 3.8)) / 500) * 500);
      return varied.toLocaleString('de-DE');
    })
    .replace(PERCENT, (whole, digits: string, sign: string) => (Number(digits) >= 50 ? `${rng.int(60, 100)}${sign}` : whole));
}

/** Quoted known slogans swapped, now and then, for another known slogan. */
export function varySlogans(text: string, known: readonly { canonical: string; variants: string[] }[], rng: Random): string {
  const spellings = new Map<string, string>();
  for (const s of known) for (const v of s.variants) spellings.set(v.toLowerCase(), s.canonical);
  return text.replace(/([“"])(\*?)([^”"\n*]{1,60})(\*?)([”"])/gu, (whole, open: string, star1: string, inner: string, star2: string, close: string) => {
    const canonical = spellings.get(inner.trim().toLowerCase());
    if (!canonical || !rng.chance(0.4)) return whole;
    const other = rng.pick(known.filter((s) => s.canonical !== canonical));
    return `${open}${star1}${other.canonical}${star2}${close}`;
  });
}
