// Two dates: when the directive was issued and when the meeting it reports was held. The issue date is the
// dateline under the letterhead ("Thanh Hóa, ngày 30 tháng 9 năm 2021") or, for a portal article, the lead
// ("Ngày 28/9, Tỉnh ủy ... ban hành ...", year from the article's "28/09/2021 16:45"). Dates inside sentences
// that cite other documents ("Công điện số 1699/CĐ-TTg, ngày 02/12/2020") are never this directive's.
import type { Known } from '../document';
import { ARTICLE_DATELINE } from '../clean/portal-vocabulary';
import { Layout, foldedLine, preambleLines } from './layout';
import { Span, known, unknown } from './known';
import { ANY_DATE, isoDate, isoFromGroups } from './date-patterns';
import { describeCitation, findCitations } from './citations';

// "Thanh Hóa, ngày 30 tháng 9 năm 2021", "TP. Hồ Chí Minh, ngày 05/8/2021". The place is the run of
// capitalised words before the comma (checked on the original), so "..., ngày" inside a sentence does not pass
// and a two-column OCR line "ĐẢNG CỘNG SẢN VIỆT NAM Thanh Hóa, ngày ..." still yields "Thanh Hóa".
const DATELINE = new RegExp(String.raw`,\s*ngay\s+${ANY_DATE}`);
const BARE_DATELINE = new RegExp(String.raw`^ngay\s+${ANY_DATE}\s*$`);
/** The last one to four capitalised words of a string (after "TP." or "Thành phố"), ignoring a capitals run before them. */
const PLACE_TAIL = /(?:^|\s)((?:TP\.?\s*|Tp\.?\s*|Thành phố\s+)?\p{Lu}\p{Ll}*(?:[\s-]+\p{Lu}\p{Ll}*){0,3})$/u;
// Portal lead: "Ngày 28/9, Tỉnh ủy Quảng Ninh ban hành ..." (year optional).
const LEAD_ISSUE = /(?:^|[.!?]\s+)ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*,[^.]{0,200}?\b(?:ban hanh|vua co|da co)\b/;

// Meetings: "tại hội nghị ngày 27/9/2021", "tại phiên họp ngày 29/9/2021", "hội nghị trực tuyến ngày ...".
const MEETING_WORDS = String.raw`(?:hoi nghi|phien hop|cuoc hop|buoi hop|buoi lam viec|ky hop)`;
const MEETING_QUALIFIERS = String.raw`(?:\s+(?:truc tuyen|thuong ky|dinh ky|khan|chuyen de|mo rong|thuong truc|ban chi dao))*`;
const DAY_MONTH = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`;
const MEETING_PHRASE = new RegExp(String.raw`\b${MEETING_WORDS}${MEETING_QUALIFIERS}\s+(?:vao\s+)?(?:ngay|hom)\s+${DAY_MONTH}`, 'g');
// "Ngày 22/9/2021, đồng chí ... chủ trì Hội nghị ...": a sentence opening with the date of a meeting.
const MEETING_SENTENCE = new RegExp(String.raw`(?:^|[.!?]\s+|\n)ngay\s+${DAY_MONTH}\s*,([^.]{0,400})`, 'g');
const MEETING_ACTION = /\b(?:chu tri|to chuc hoi nghi|to chuc hop|hoi nghi|phien hop|cuoc hop|da hop|hop ban)\b/;

interface FoundDate {
  iso: string;
  span: Span;
}

function findDateline(layout: Layout): FoundDate | null {
  for (const line of layout.header) {
    const folded = foldedLine(layout, line);
    const bare = BARE_DATELINE.exec(folded);
    if (bare) {
      const iso = isoFromGroups([...bare], 1);
      if (iso) return { iso, span: { start: line.start, end: line.end } };
    }
    const m = DATELINE.exec(folded);
    if (!m) continue;
    const comma = m.index ?? 0;
    const place = PLACE_TAIL.exec(line.text.slice(0, comma));
    const iso = isoFromGroups([...m], 1);
    if (!place || !iso) continue;
    const start = line.start + comma - place[1].length;
    return { iso, span: { start, end: line.start + comma + m[0].length } };
  }
  return null;
}

/** The place a dateline names ("Thanh Hóa"), with its span, for province detection. */
export function datelinePlace(layout: Layout): Span | null {
  for (const line of layout.header) {
    const m = DATELINE.exec(foldedLine(layout, line));
    if (!m) continue;
    const place = PLACE_TAIL.exec(line.text.slice(0, m.index ?? 0));
    if (place) {
      const end = line.start + (m.index ?? 0);
      return { start: end - place[1].length, end };
    }
  }
  return null;
}

/** The portal article's own date ("28/09/2021 16:45"), which gives the year a lead's "Ngày 28/9" leaves out. */
export function articleDate(layout: Layout): { year: number; month: number } | null {
  for (const line of layout.header) {
    if (!ARTICLE_DATELINE.test(foldedLine(layout, line))) continue;
    const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(line.text);
    if (m) return { year: Number(m[3]), month: Number(m[2]) };
  }
  return null;
}

/** A day and month without a year take the year of the reference date, or the year before across New Year. */
function withYear(day: string, month: string, year: string | undefined, ref: { year: number; month: number } | null): string | null {
  if (year !== undefined) return isoDate(Number(year), Number(month), Number(day));
  if (!ref) return null;
  const y = Number(month) > ref.month ? ref.year - 1 : ref.year;
  return isoDate(y, Number(month), Number(day));
}

function findLeadIssue(layout: Layout): FoundDate | null {
  const ref = articleDate(layout);
  for (const line of preambleLines(layout).slice(0, 2)) {
    const m = LEAD_ISSUE.exec(foldedLine(layout, line));
    if (!m) continue;
    const iso = withYear(m[1], m[2], m[3], ref);
    if (!iso) continue;
    const at = line.start + (m.index ?? 0) + m[0].indexOf('ngay');
    return { iso, span: { start: at, end: line.start + (m.index ?? 0) + m[0].indexOf(',') } };
  }
  return null;
}

/** The issue date given where the text cites its own number: "Thông báo số 370-TB/TU ngày 28/9/2021". */
function findSelfCitation(layout: Layout, ownNumber: string | null): FoundDate | null {
  if (!ownNumber) return null;
  const own = findCitations(layout.text, layout.folded).find((c) => c.number === ownNumber && c.date);
  return own && own.date ? { iso: own.date, span: { start: own.start, end: own.end } } : null;
}

export function extractMeetingDate(layout: Layout, yearHint: { year: number; month: number } | null): Known<string> {
  const preamble = preambleLines(layout);
  const candidates: FoundDate[] = [];
  for (const line of [...layout.header, ...preamble]) {
    const folded = foldedLine(layout, line);
    for (const m of folded.matchAll(MEETING_PHRASE)) {
      const iso = withYear(m[1], m[2], m[3], yearHint);
      const at = line.start + (m.index ?? 0);
      if (iso) candidates.push({ iso, span: { start: at, end: at + m[0].length } });
    }
    for (const m of folded.matchAll(MEETING_SENTENCE)) {
      // "Ngày 28/9, Tỉnh ủy ban hành..." reports the issue, not a meeting.
      if (!MEETING_ACTION.test(m[4]) || /\b(?:ban hanh|vua co|da co)\b/.test(m[4])) continue;
      const iso = withYear(m[1], m[2], m[3], yearHint);
      const at = line.start + (m.index ?? 0) + m[0].indexOf('ngay');
      if (iso) candidates.push({ iso, span: { start: at, end: line.start + (m.index ?? 0) + m[0].indexOf(',') } });
    }
  }
  if (candidates.length === 0) return unknown('the text reports no meeting (hội nghị, phiên họp) with a date');
  candidates.sort((a, b) => a.span.start - b.span.start);
  return known(candidates[0].iso, candidates[0].span);
}

export interface DirectiveDates {
  issuedOn: Known<string>;
  meetingOn: Known<string>;
}

export function extractDates(layout: Layout, ownNumber: string | null): DirectiveDates {
  const issued = findDateline(layout) ?? findSelfCitation(layout, ownNumber) ?? findLeadIssue(layout);
  const hint = issued
    ? { year: Number(issued.iso.slice(0, 4)), month: Number(issued.iso.slice(5, 7)) }
    : articleDate(layout);
  const meetingOn = extractMeetingDate(layout, hint);
  const issuedOn = issued ? known(issued.iso, issued.span) : unknown<string>(missingIssueReason(layout, meetingOn, ownNumber));
  return { issuedOn, meetingOn };
}

function missingIssueReason(layout: Layout, meetingOn: Known<string>, ownNumber: string | null): string {
  const where = layout.format === 'OCR' ? 'the scan has no date line' : 'no date line';
  if (meetingOn.value) return `${where}; the meeting it reports was held on ${meetingOn.value}`;
  const cited = findCitations(layout.text, layout.folded)
    .filter((c) => c.date && c.number !== ownNumber)
    .sort((a, b) => (a.date! < b.date! ? 1 : -1));
  if (cited.length > 0) {
    return `${where}; it cites ${describeCitation(cited[0])}, so it was issued on or after ${cited[0].date}`;
  }
  return `${where} and no dated reference to place it in time`;
}
