// The issuing body, with a canonical name that spells out the province ("Tỉnh ủy Quảng Ninh"). Evidence is
// taken in order of strength: the letterhead, a title "THÔNG BÁO CỦA <body>", the issuer code of the number
// ("TB/TU", "TB/BCĐ", "CT-UBND"), a portal lead ("Tỉnh ủy Quảng Ninh ban hành"), the "Thừa lệnh ..., Văn phòng
// Tỉnh ủy thông báo" formula, the preamble's "Ban Thường vụ Tỉnh ủy yêu cầu:", and last the signature's T/M.
import type { IssuerKind, IssuerRef, Known } from '../document';
import type { ProvinceRecord } from '../../reference/provinces';
import { isCapsLine } from '../clean/line-shape';
import { AUTHORITY } from '../segment/closing';
import { Layout, closingLines, foldedLine, preambleLines } from './layout';
import { known, unknown } from './known';
import { AUTHORITY_BODIES, BODY_PATTERNS, Body, INSTRUCTION_VERBS } from './data/issuers';
import { KIND_WORD_PATTERN } from './data/document-kinds';
import { numberParts } from './document-number';
import type { ProvinceResult } from './province';
import type { PlaceMention } from './gazetteer';
import type { TextLine } from '../segment/lines';

type Level = 'tinh' | 'thanh' | null;

interface BodyMatch {
  body: Body;
  kind: IssuerKind;
  level: Level;
  start: number;
  end: number;
}

function levelOf(word: string | undefined): Level {
  if (word === undefined) return null;
  return word.startsWith('thanh') || word.startsWith('tp') ? 'thanh' : 'tinh';
}

/** Body names are short: a bounded window keeps scanning every word start linear. */
const NAME_WINDOW = 160;

/** The body named at the very start of a folded phrase. */
function bodyAt(folded: string, offset: number, limit = folded.length): BodyMatch | null {
  const phrase = folded.slice(offset, Math.min(limit, offset + NAME_WINDOW));
  for (const p of BODY_PATTERNS) {
    const m = p.pattern.exec(phrase);
    if (m) return { body: p.body, kind: p.kind, level: levelOf(m[1]), start: offset, end: offset + m[0].length };
  }
  return null;
}

/** Every body named in a span of the folded text, at word starts. */
function bodiesIn(folded: string, start: number, end: number): BodyMatch[] {
  const out: BodyMatch[] = [];
  for (let i = start; i < end; i++) {
    if (i > start && /[a-z0-9]/.test(folded[i - 1])) continue;
    const b = bodyAt(folded, i, end);
    if (b) {
      out.push(b);
      i = b.end - 1;
    }
  }
  return out;
}

function canonicalName(body: Body, level: Level, province: ProvinceRecord | null, place: PlaceMention | null): string {
  // A city inside a province ("THÀNH ỦY HẠ LONG") is named after the city, a centrally-run city after itself.
  const city = place !== null || province?.kind === 'CITY' || (level === 'thanh' && province === null);
  const where = place ? place.reference : level === 'thanh' && province?.kind === 'PROVINCE' ? null : province?.name ?? null;
  const suffix = where ? ` ${where}` : '';
  const unit = city ? 'thành phố' : 'tỉnh';
  const party = city ? 'Thành ủy' : 'Tỉnh ủy';
  switch (body) {
    case 'PARTY_COMMITTEE':
      return `${party}${suffix}`;
    case 'PARTY_STANDING_COMMITTEE':
      return `Ban Thường vụ ${party}${suffix}`;
    case 'STEERING_COMMITTEE':
      return `Ban Chỉ đạo phòng, chống dịch COVID-19 ${unit}${suffix}`;
    case 'PEOPLES_COMMITTEE':
      return `Ủy ban nhân dân ${unit}${suffix}`;
    case 'PEOPLES_COUNCIL':
      return `Hội đồng nhân dân ${unit}${suffix}`;
  }
}

// Lines of the national motto share the letterhead but name no issuer.
const MOTTO = /^(?:dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap\b)/;
const TITLE = new RegExp(`^(?:${KIND_WORD_PATTERN})\\b`);

/** The letterhead: the capitals lines at the top, before the number, title, subject or dateline. */
function letterhead(layout: Layout): TextLine[] {
  const out: TextLine[] = [];
  for (const line of layout.header) {
    const folded = foldedLine(layout, line);
    if (!isCapsLine(line.text) || TITLE.test(folded) || /^(?:so\b|v\s*\/\s*v\b)/.test(folded)) break;
    if (!MOTTO.test(folded)) out.push(line);
  }
  return out;
}

function fromLetterhead(layout: Layout): BodyMatch | null {
  const lines = letterhead(layout);
  // The lowest line naming a body is the issuer; a line above it is its parent ("UBND TỈNH X" over "BAN CHỈ
  // ĐẠO ..."). A name can run over two lines ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI").
  for (let i = lines.length - 1; i >= 0; i--) {
    const next = lines[i + 1];
    const joined = foldedLine(layout, lines[i]) + (next ? ' ' + foldedLine(layout, next) : '');
    const b = bodyAt(joined, 0);
    if (b) return { ...b, start: lines[i].start, end: b.end > lines[i].text.length && next ? next.end : lines[i].start + b.end };
  }
  return null;
}

/** "THÔNG BÁO CỦA BAN CHỈ ĐẠO ...", or "THÔNG BÁO" followed by a line "CỦA BAN CHỈ ĐẠO ...". */
function fromTitle(layout: Layout): BodyMatch | null {
  const header = layout.header;
  for (let i = 0; i < header.length; i++) {
    const folded = foldedLine(layout, header[i]);
    const title = new RegExp(`^(?:${KIND_WORD_PATTERN})(?:\\s+cua\\s+)?`).exec(folded);
    if (!title || !isCapsLine(header[i].text)) continue;
    if (title[0].includes('cua')) return bodyAt(layout.folded, header[i].start + title[0].length);
    const next = header[i + 1];
    if (next && title[0].length === folded.length) {
      const of = /^cua\s+/.exec(foldedLine(layout, next));
      if (of) return bodyAt(layout.folded, next.start + of[0].length);
    }
  }
  return null;
}

function fromNumber(layout: Layout, number: Known<string>): BodyMatch | null {
  if (number.value === null || number.start === undefined || number.end === undefined) return null;
  const parts = numberParts(layout.folded.slice(number.start, number.end));
  const span = { start: number.start, end: number.end, level: null };
  switch (parts.issuer) {
    case 'PARTY':
      return { body: 'PARTY_COMMITTEE', kind: 'PARTY_COMMITTEE', ...span };
    case 'STEERING':
      return { body: 'STEERING_COMMITTEE', kind: 'STEERING_COMMITTEE', ...span };
    case 'PEOPLES_COMMITTEE':
      return { body: 'PEOPLES_COMMITTEE', kind: 'PEOPLES_COMMITTEE', ...span };
    case 'PEOPLES_COUNCIL':
      return { body: 'PEOPLES_COUNCIL', kind: 'PEOPLES_COUNCIL', ...span };
    default:
      return null;
  }
}

const ISSUES = /^\s*(?:vua\s+|da\s+)?(?:ban hanh|co thong bao|co cong van)\b/;
const INSTRUCTS = new RegExp(String.raw`^\s*(?:da\s+)?` + INSTRUCTION_VERBS.source.slice(1));

/** Offset after the province name that may follow a body's name ("Tỉnh ủy Quảng Ninh", "UBND tỉnh Nghệ An"). */
function afterName(layout: Layout, offset: number, limit: number): number {
  const rest = layout.text.slice(offset, Math.min(limit, offset + NAME_WINDOW));
  const m = /^(?:\s+(?:tỉnh|thành phố|TP\.?))?(?:\s+\p{Lu}[\p{L}-]*){0,4}/u.exec(rest);
  return offset + (m ? m[0].length : 0);
}

// "Ban cán sự đảng UBND tỉnh chỉ đạo" is an addressee being told to act, not the issuer.
const NOT_ISSUER_BEFORE = /(?:ban can su dang|dang doan|cua|voi|va|cho|giao)\s+$/;

function fromLead(layout: Layout): BodyMatch | null {
  for (const line of preambleLines(layout).slice(0, 2)) {
    for (const b of bodiesIn(layout.folded, line.start, line.end)) {
      const from = afterName(layout, b.end, line.end);
      if (ISSUES.test(layout.folded.slice(from, Math.min(line.end, from + NAME_WINDOW)))) return b;
    }
  }
  return null;
}

/** "Thừa lệnh Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy thông báo ...": the office writes for its committee. */
function fromOfficeFormula(layout: Layout): BodyMatch | null {
  for (const line of closingLines(layout)) {
    const m = /^thua lenh\b[^.]*?,\s*(van phong\s+)/.exec(foldedLine(layout, line));
    if (!m) continue;
    const b = bodyAt(layout.folded, line.start + m[0].length - m[1].length);
    if (b) return b;
  }
  return null;
}

function fromPreamble(layout: Layout): BodyMatch | null {
  let last: BodyMatch | null = null;
  for (const line of preambleLines(layout)) {
    for (const b of bodiesIn(layout.folded, line.start, line.end)) {
      const before = layout.folded.slice(Math.max(line.start, b.start - 24), b.start);
      const from = afterName(layout, b.end, line.end);
      const after = layout.folded.slice(from, Math.min(line.end, from + NAME_WINDOW));
      if (!NOT_ISSUER_BEFORE.test(before) && INSTRUCTS.test(after)) last = b;
    }
  }
  return last;
}

function fromSignature(layout: Layout): BodyMatch | null {
  for (const line of closingLines(layout)) {
    const folded = foldedLine(layout, line);
    const m = AUTHORITY.exec(folded);
    if (!m) continue;
    const rest = folded.slice(m[0].length - 1);
    const a = AUTHORITY_BODIES.find((x) => x.pattern.test(rest));
    if (a) return { body: a.body, kind: a.kind, level: null, start: line.start, end: line.end };
  }
  return null;
}

export function extractIssuer(layout: Layout, number: Known<string>, province: ProvinceResult): Known<IssuerRef> {
  const found =
    fromLetterhead(layout) ??
    fromTitle(layout) ??
    fromNumber(layout, number) ??
    fromLead(layout) ??
    fromOfficeFormula(layout) ??
    fromPreamble(layout) ??
    fromSignature(layout);
  if (!found) {
    return unknown('no letterhead, title, number code or sentence of the text names the issuing body');
  }
  const name = canonicalName(found.body, found.level, province.record, province.place);
  return known({ name, kind: found.kind }, { start: found.start, end: found.end });
}
