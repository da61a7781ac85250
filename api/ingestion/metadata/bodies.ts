// Names of the bodies that issue directives, read where they start: "Ban Thường vụ Tỉnh ủy", "UBND huyện Vân
// Đồn", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "Thường trực Huyện ủy", "HĐND thành phố Hà Nội". The
// words are data (seeds/lexicons/issuers.json); a body's tier comes from its unit word ("tỉnh", "huyện",
// "Thị ủy") and its place from the capitalised words after it.
import { canonicalAgencyName } from '../extract/agencies/agencies';
import type { IssuerKind } from '../../domain/directive';
import { fold } from '../../text/fold';
import { escapeRegExp } from '../../text/regexp';
import type { Lexicons } from '../lexicons';
import type { UnitWord } from '../lexicons/issuers';
import type { Reading } from '../reading';
import { NATIONAL_MOTTO } from '../clean/line-shape';
import { findPlaceMentions } from './gazetteer';

export interface BodyName {
  body: IssuerKind;
  start: number;
  end: number;
  /** The unit word that gives the body's tier, when the name has one ("huyện" in "UBND huyện Vân Đồn"). */
  unit: UnitWord | null;
  /** The place after the unit word, as written ("Vân Đồn"), with its span. */
  place: { name: string; start: number; end: number } | null;
}

/** Body names are short: a bounded window keeps scanning every word start linear. */
const NAME_WINDOW = 160;
/** How far a steering committee's name runs before its subject ("phòng, chống dịch COVID-19"). */
const QUALIFIER_WINDOW = 60;
const S = '[\\s\\u00a0]';
/** The national motto, printed in the letterhead's other column. */
const MOTTO = new RegExp(String.raw`^\s+(?:${NATIONAL_MOTTO}|doc lap\b).*$`);
/** A short name in brackets right after a committee's subject (folded): "(bcđ)", "(ban chi dao)". */
const SHORT_NAME = /^[ \u00a0]*\([^()\n]{1,20}\)/;
const DASH_THEN_CAPITAL = /^[ \u00a0]*[-–][ \u00a0]*\p{Lu}/u;
const PLACE = /^[ \u00a0]*\.?[ \u00a0]*(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,3}|\d{1,2})/u;

interface CompiledBody {
  body: IssuerKind;
  /** The name and, for party bodies, the unit word: group 1 is the unit word when there is one. */
  head: RegExp;
  party: boolean;
  qualifier: RegExp | null;
}

interface Compiled {
  bodies: CompiledBody[];
  units: Map<string, UnitWord>;
  /** An administrative unit word at the start of the rest of a name. */
  adminUnit: RegExp;
  /** Any administrative unit word within a steering committee's name. */
  adminUnitAnywhere: RegExp;
}

const cache = new WeakMap<Lexicons, Compiled>();

function source(words: string[]): string {
  return [...new Set(words.map((w) => fold(w).trim()))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/,?\s+/g, (sep) => (sep.includes(',') ? `,?${S}*` : `${S}+`)))
    .join('|');
}

function compile(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (c) return c;
  const { bodies, partyUnits, administrativeUnits } = lex.issuers;
  const party = source(partyUnits.map((u) => u.word));
  const admin = source(administrativeUnits.map((u) => u.word));
  const units = new Map([...partyUnits, ...administrativeUnits].map((u) => [fold(u.word).trim(), u]));
  const compiled: CompiledBody[] = [];
  for (const b of bodies) {
    const names = source(b.names.filter((n) => n.trim() !== ''));
    const optional = b.names.some((n) => n.trim() === '');
    const head =
      b.unit === 'party'
        ? new RegExp(`^(?:(?:${names})${S}+)${optional ? '?' : ''}(${party})(?![a-z0-9])`)
        : new RegExp(`^(?:${names})(?![a-z0-9])`);
    compiled.push({ body: b.body, head, party: b.unit === 'party', qualifier: b.qualifiers.length > 0 ? new RegExp(`(?:${source(b.qualifiers)})`) : null });
  }
  // Longer heads first, so "Ban Thường vụ Tỉnh ủy" is not read as "Tỉnh ủy".
  compiled.sort((x, y) => y.head.source.length - x.head.source.length);
  c = {
    bodies: compiled,
    units,
    adminUnit: new RegExp(`^${S}+(${admin})(?![a-z0-9])`),
    adminUnitAnywhere: new RegExp(`(?<![a-z0-9])(${admin})(?![a-z0-9])`),
  };
  cache.set(lex, c);
  return c;
}

/** A province's own name right after `at` (after spaces), with the unit word its kind implies. */
export function provinceNamedAt(reading: Reading, at: number, limit: number): { unit: UnitWord; place: NonNullable<BodyName['place']> } | null {
  const gap = /^[ \u00a0]+/u.exec(reading.text.slice(at, limit));
  if (!gap) return null;
  const start = at + gap[0].length;
  const named = findPlaceMentions(reading.text.slice(start, Math.min(limit, start + 60))).find((p) => p.start === 0 && p.via !== 'PLACE');
  const unit = named ? compile(reading.lex).units.get(named.province.kind === 'CITY' ? 'thanh pho' : 'tinh') : undefined;
  return named && unit ? { unit, place: { name: named.surface, start, end: start + named.end } } : null;
}

function placeAfter(reading: Reading, at: number, limit: number): BodyName['place'] {
  const m = PLACE.exec(reading.text.slice(at, Math.min(limit, at + 60)));
  if (!m) return null;
  const start = at + m[0].length - m[1].length;
  let end = start + m[1].length;
  // A place whose name joins two by a dash ("tỉnh Bà Rịa - Vũng Tàu") is one place when the gazetteer knows it.
  if (DASH_THEN_CAPITAL.test(reading.text.slice(end, limit))) {
    const named = findPlaceMentions(reading.text.slice(start, Math.min(limit, start + 60))).find((p) => p.start === 0);
    if (named && named.end > end - start) return { name: reading.text.slice(start, start + named.end), start, end: start + named.end };
  }
  // "UBND HUYỆN THĂNG BÌNH BAN CHỈ ĐẠO ...", "UBND TỈNH LẠNG SƠN SỞ Y TẾ": two letterhead lines in one cell;
  // the place ends where a body or a department starts.
  const lineEnd = reading.text.indexOf('\n', start);
  for (const w of m[1].matchAll(/[ \u00a0]+/gu)) {
    const next = start + w.index + w[0].length;
    const rest = reading.text.slice(next, Math.min(limit, lineEnd < 0 ? reading.text.length : lineEnd));
    if (bodyAt(reading, next, limit) || canonicalAgencyName(rest, reading.lex)) {
      end = start + w.index;
      break;
    }
  }
  return { name: reading.text.slice(start, end), start, end };
}

/** The motto's column anywhere on a line, to blank out. */
const MOTTO_COLUMN = new RegExp(String.raw`\s(?:${NATIONAL_MOTTO}|doc lap\b).*$`);
const blanked = (line: string) => line.replace(MOTTO_COLUMN, (column) => ' '.repeat(column.length));

/**
 * Where a steering committee's subject may stand: up to a full stop, ";", ":" or the line's end; on a
 * letterhead the name may wrap beside the motto ("BAN CHỈ ĐẠO PHÒNG, CHỐNG   Độc lập - Tự do - Hạnh phúc" /
 * "DỊCH COVID-19"), so the motto is blanked and the next line read on. Same length as `window`.
 */
function qualifierStretch(window: string): string {
  const [first, second] = window.split('\n');
  const joined = second !== undefined && !/[.;:]/.test(first) ? `${blanked(first)} ${blanked(second)}` : first;
  return joined.split(/[.;:\n]/)[0];
}

/** Length of a further qualifier right after `at` (spaces, hyphens and "bệnh" between them), or 0. */
function next(qualifier: RegExp, stretch: string, at: number): number {
  const m = new RegExp(`^[\\s\\u00a0,-]*(?:benh[\\s\\u00a0]+)?(?:${qualifier.source})`).exec(stretch.slice(at));
  return m ? m[0].length : 0;
}

/** The body named at `offset` of the reading, if a name starts there. */
export function bodyAt(reading: Reading, offset: number, limit = reading.text.length): BodyName | null {
  const c = compile(reading.lex);
  const end = Math.min(limit, offset + NAME_WINDOW);
  const phrase = reading.folded.slice(offset, end);
  for (const b of c.bodies) {
    const m = b.head.exec(phrase);
    if (!m) continue;
    let pos = offset + m[0].length;
    let unit: UnitWord | null = null;
    if (b.party) {
      unit = c.units.get(m[1].replace(/\s+/g, ' ')) ?? null;
    } else if (b.qualifier) {
      // "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "Ban Chỉ đạo tỉnh về phòng, chống dịch": the subject
      // must come within a short stretch without a full stop; the unit word may stand before or after it.
      const stretch = qualifierStretch(phrase.slice(m[0].length, m[0].length + QUALIFIER_WINDOW));
      const q = b.qualifier.exec(stretch);
      if (!q) continue;
      // The subject may run on: "phòng, chống dịch bệnh COVID-19".
      let qEnd = q.index + q[0].length;
      for (let more = next(b.qualifier, stretch, qEnd); more; more = next(b.qualifier, stretch, qEnd)) qEnd += more;
      const tail = /^(?:-?19)?/.exec(stretch.slice(qEnd))![0];
      pos = offset + m[0].length + qEnd + tail.length;
      const before = c.adminUnitAnywhere.exec(stretch.slice(0, q.index));
      // The short name it goes by may stand before its unit: "Ban Chỉ đạo phòng, chống dịch COVID-19 (BCĐ) tỉnh ...".
      const shortName = SHORT_NAME.exec(stretch.slice(qEnd + tail.length))?.[0] ?? '';
      const after = c.adminUnit.exec(stretch.slice(qEnd + tail.length + shortName.length));
      if (after) {
        unit = c.units.get(after[1].replace(/\s+/g, ' ')) ?? null;
        pos += shortName.length + after[0].length;
      } else if (before) {
        unit = c.units.get(before[1].replace(/\s+/g, ' ')) ?? null;
        if (unit) return { body: b.body, start: offset, end: pos, unit, place: placeAfter(reading, offset + m[0].length + before.index + before[0].length, end) };
      }
    } else {
      const u = c.adminUnit.exec(phrase.slice(m[0].length));
      // "ỦY BAN NHÂN DÂN" alone on a letterhead line (or beside the motto, two columns read as one line): its
      // unit is on the next line, or the text drops it.
      const rest = phrase.slice(m[0].length).split('\n')[0].replace(MOTTO, '');
      if (!u && rest.trim() === '') return { body: b.body, start: offset, end: pos, unit: null, place: null };
      if (!u) {
        // "UBND Hà Tĩnh vừa ban hành ...": a news lead names the province without its unit word.
        const province = provinceNamedAt(reading, pos, end);
        if (province) return { body: b.body, start: offset, end: province.place.end, ...province };
        continue;
      }
      unit = c.units.get(u[1].replace(/\s+/g, ' ')) ?? null;
      pos += u[0].length;
    }
    const place = unit ? placeAfter(reading, pos, end) : null;
    return { body: b.body, start: offset, end: place ? place.end : pos, unit, place };
  }
  return null;
}

/** Every body named in [start, end) of the reading, at word starts. */
export function bodiesIn(reading: Reading, start: number, end: number): BodyName[] {
  const out: BodyName[] = [];
  for (let i = start; i < end; i++) {
    if (i > start && /[a-z0-9]/.test(reading.folded[i - 1])) continue;
    const b = bodyAt(reading, i, end);
    if (b) {
      out.push(b);
      i = b.end - 1;
    }
  }
  return out;
}
