// Two dates: when the directive was issued and when the meeting it reports was held. The issue date is the
// dateline under the letterhead ("Thanh Hóa, ngày 30 tháng 9 năm 2021") or, for a portal article, the lead
// ("Ngày 28/9, Tỉnh ủy ... ban hành ...", year from the article's "28/09/2021 16:45"). Dates inside sentences
// that cite other documents ("Công điện số 1699/CĐ-TTg, ngày 02/12/2020") are never this directive's.
import { EPIDEMIC_START, type Known } from '../../domain/directive';
import { ARTICLE_DATELINE } from '../clean/portal-vocabulary';
import { isCapsLine } from '../clean/line-shape';
import { CAPS_NAME_WORD, NAME_WORD } from '../../text/name-word';
import { dateFromRecord } from './record-fields';
import { Reading, foldedLine, preambleLines, leadLines } from '../reading';
import { fold } from '../../text/fold';
import { Span, known, unknown } from './known';
import type { FoundMetadata } from './found';
import { ANY_DATE, BARE_DATELINE, CLOCK_TIME, DATELINE, NUMERIC_DATE, WORDED_DATE, isoDate, isoFromGroups, today } from '../../text/dates';
import { describeCitedDocument, findCitedDocuments } from '../cited-documents';
import { issueVerbsSource } from '../lexicons/issuers';
import type { TextLine } from '../segment/lines';
import { newsTimesSource } from '../lexicons/strength';

// "Thanh Hóa, ngày 30 tháng 9 năm 2021", "TP. Hồ Chí Minh, ngày 05/8/2021". The place is the run of
// capitalised words before the comma (checked on the original), so "..., ngày" inside a sentence does not pass
// and a two-column OCR line "ĐẢNG CỘNG SẢN VIỆT NAM Thanh Hóa, ngày ..." still yields "Thanh Hóa".
// (DATELINE and BARE_DATELINE: text/dates.ts.)
/** The last one to four capitalised words of a string (after "TP." or "Thành phố"), or a numbered district ("Quận 3"). */
// A text set all in capitals (a telegram) writes its place so too: "NGHĨA HƯNG, NGÀY 27 THÁNG 8 NĂM 2021".
const CAPS_WORD = String.raw`(?=\p{Lu}{2}|\p{Lu}['’])${CAPS_NAME_WORD}`;
const PLACE_TAIL = new RegExp(
  String.raw`(?:^|\s)((?:TP\.?\s*|Tp\.?\s*|Thành phố\s+|THÀNH PHỐ\s+)?(?:${NAME_WORD}(?:[\s-]+${NAME_WORD}){0,3}|${CAPS_WORD}(?:[\s-]+${CAPS_WORD}){0,3})|(?:Quận|QUẬN|Phường|PHƯỜNG)\s+\d{1,2})$`,
  'u',
);
/** A newspaper's masthead dates its issue "Thứ Ba, ngày 27-4-2021": a weekday is no dateline's place. */
const WEEKDAY = /^(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)$/u;
const placeTail = (before: string) => {
  const m = PLACE_TAIL.exec(before);
  return m && !WEEKDAY.test(fold(m[1])) ? m : null;
};
// Portal lead: "Ngày 28/9, Tỉnh ủy Quảng Ninh ban hành ..." (year optional).
// "(Cổng TTĐT) - Chiều ngày 16/7/2021, UBND tỉnh ... ban hành", "Hà Nội (TTXVN 3/9) Tối 3/9/2021, ...",
// "YBĐT - Ngày 03/8/2020, ...": a source tag, after a news agency's place, and a time of day may open it.
// "Tối 17/7/2021, Chủ tịch UBND tỉnh đã ký công điện khẩn ...": after a time of day "ngày" may be left out;
// an hour may stand before "ngày" ("Vào lúc 10h00 ngày 21/7/2021, ...").
// "Ngày 19 tháng 7 năm 2021, ..." is written out. The verbs: issuers.json issueVerbs.
const leadIssues = new WeakMap<Reading['lex'], RegExp>();

const issueWords = new WeakMap<Reading['lex'], RegExp>();

/** An issue verb anywhere: "Ngày 28/9, Tỉnh ủy ban hành ..." reports an issue, not a meeting. */
function issueNews(reading: Reading): RegExp {
  let re = issueWords.get(reading.lex);
  if (!re) {
    re = new RegExp(String.raw`\b(?:${issueVerbsSource(reading.lex.issuers, { nameSafe: true })}|vua co|da co)\b`);
    issueWords.set(reading.lex, re);
  }
  return re;
}

/**
 * A news source's tag before a lead: "(Báo Bình Định) - ", "(QTO) - ", "BĐO - ", or the place a national paper
 * datelines it with ("BÌNH DƯƠNG - ", "Đồng Tháp - "). Folded.
 */
const SOURCE_TAG = String.raw`(?:(?:[a-z]+\s+){0,4}\([^()]{1,40}\)\s*[-–:]?\s*|[a-z]{2,6}(?:\s+[a-z]+){0,3}\s*[-–]\s*)`;

function leadIssuePattern(reading: Reading): RegExp {
  let re = leadIssues.get(reading.lex);
  if (!re) {
    const day = String.raw`(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s+nam\s+(\d{4}))?)`;
    const verbs = String.raw`(?:${issueVerbsSource(reading.lex.issuers, { nameSafe: true })}|vua co|da co)`;
    // A time of day may open the lead (strength.json background.newsTimes: "Tối 3/9/2021, ...").
    const times = newsTimesSource(reading.lex.strength);
    // Or the hour: "Vào lúc 10h00 ngày 21/7/2021, Chủ tịch UBND tỉnh vừa có công điện khẩn ...".
    const hour = String.raw`(?:vao\s+)?luc\s+${CLOCK_TIME}\s*,?\s+`;
    // The issuer runs to the verb without a full stop, but for a city's or town's unit cut short ("UBND TP.HCM").
    // Mid-sentence, after a comma ("..., ngày 21/7/2021 UBND huyện ... ban hành Công văn ..."), the date is the
    // lead's when the words after it name no other document's issuer ("ngày 02/5/2021 của Thủ tướng ...").
    re = new RegExp(
      String.raw`(?:^|[.!?]\s+|,\s+)${SOURCE_TAG}?(?:(?:${times})\s+(?:ngay\s+)?|(?:${hour})?ngay\s+)(?<date>${day})\s*(?:,|(?=\s(?!cua\b|ve viec\b)))(?:[^.]|(?<=\b(?:tp|tx))\.){0,200}?\b${verbs}\b`,
      'd',
    );
    leadIssues.set(reading.lex, re);
  }
  return re;
}

// Meetings: "tại hội nghị ngày 27/9/2021", "tại phiên họp ngày 29/9/2021", "hội nghị trực tuyến ngày ...".
const MEETING_WORDS = String.raw`(?:hoi nghi|phien hop|cuoc hop|buoi hop|buoi lam viec|ky hop)`;
const MEETING_QUALIFIERS = String.raw`(?:\s+(?:truc tuyen|thuong ky|dinh ky|khan|chuyen de|mo rong|thuong truc|ban chi dao))*`;
const DAY_MONTH = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`;
/**
 * The body whose meeting it was may stand between the meeting and its day ("tại cuộc họp Ban Chỉ đạo phòng, chống
 * dịch COVID-19 tỉnh ngày 11/9/2021"): up to 12 words, none a word of time that would make the day another's
 * ("cuộc họp sáng nay thống nhất từ ngày 15/9 ...").
 */
const MEETING_BODY = String.raw`(?:\s+(?!(?:tu|den|truoc|sau|ke|het|trong|cho|tai|ngay)\b)[^\s.;:!?()]+){0,12}?`;
const MEETING_PHRASE = new RegExp(String.raw`\b${MEETING_WORDS}${MEETING_QUALIFIERS}${MEETING_BODY}\s+(?:vao\s+)?(?:ngay|hom)\s+${DAY_MONTH}`, 'g');
const MEETING_ACTION = /\b(?:chu tri|to chuc hoi nghi|to chuc hop|hoi nghi|phien hop|cuoc hop|da hop|hop ban|giao ban|lam viec voi|hop (?:nghe|khan|truc tuyen|danh gia|dot xuat|voi))\b/;
const meetingSentences = new WeakMap<Reading['lex'], RegExp>();
/** What the meeting carried out, before its day: "Thực hiện chỉ đạo của Thủ tướng Chính phủ, ngày 11/9/2021, ...". */
const CARRIED_OUT = String.raw`(?:(?:thuc hien|tiep theo|trien khai)\s[^.\n]{0,200}?,\s*)`;

/**
 * "Ngày 22/9/2021, đồng chí ... chủ trì Hội nghị ...", "Chiều ngày 11/9/2021, ...", "Ngày 11 tháng 9 năm 2021,
 * ...": a sentence opening with the date of a meeting, after a time of day (strength.json background.newsTimes),
 * or after what the meeting carried out ("Thực hiện chỉ đạo của Thủ tướng Chính phủ, ngày 11/9/2021, ...").
 * Groups: the day as DAY_MONTH (1-3) or written out with its year (4-6), then the sentence's words (7).
 */
function meetingSentence(reading: Reading): RegExp {
  let re = meetingSentences.get(reading.lex);
  if (!re) {
    const times = newsTimesSource(reading.lex.strength);
    re = new RegExp(String.raw`(?:^|[.!?]\s+|\n)${SOURCE_TAG}?${CARRIED_OUT}?(?:(?:${times})\s+(?:ngay\s+)?|ngay\s+)(?:${DAY_MONTH}|${WORDED_DATE})\s*,([^.]{0,400})`, 'g');
    meetingSentences.set(reading.lex, re);
  }
  return re;
}

const HEADER_DAYS = new RegExp(String.raw`\bngay\s*${ANY_DATE}`, 'g');
/** A line that is a numeric date and nothing else, folded. */
const NUMERIC_DATE_LINE = new RegExp(String.raw`^\s*${NUMERIC_DATE}\s*$`);

interface FoundDate {
  iso: string;
  span: Span;
}

function findDateline(reading: Reading): FoundDate | null {
  let previous: TextLine | null = null;
  for (const line of reading.header) {
    const folded = foldedLine(reading, line);
    const bare = BARE_DATELINE.exec(folded);
    if (bare) {
      const iso = isoFromGroups([...bare], 1);
      if (iso) return { iso, span: { start: line.start, end: line.end } };
    }
    // A dateline's place and date as two cells or fields, each a line once flattened ("Trà Vinh" / "22/11/2021");
    // not under a line in capitals, which names a body ("SỞ Y TẾ").
    const split = previous && !isCapsLine(previous.text) && NUMERIC_DATE_LINE.exec(folded);
    const alone = split && previous ? PLACE_TAIL.exec(previous.text.trim()) : null;
    if (split && previous && alone && alone[1] === previous.text.trim() && !WEEKDAY.test(fold(alone[1]))) {
      const iso = isoFromGroups([...split], 1);
      if (iso) return { iso, span: { start: previous.start, end: line.end } };
    }
    previous = line;
    const m = DATELINE.exec(folded);
    if (!m) continue;
    const comma = m.index ?? 0;
    const place = placeTail(line.text.slice(0, comma));
    const iso = isoFromGroups([...m], 1);
    if (!place || !iso) continue;
    const start = line.start + comma - place[1].length;
    return { iso, span: { start, end: line.start + comma + m[0].length } };
  }
  return null;
}

/** The place a dateline names ("Thanh Hóa"), with its span, for province detection. */
export function datelinePlace(reading: Reading): Span | null {
  for (const line of reading.header) {
    const m = DATELINE.exec(foldedLine(reading, line));
    if (!m) continue;
    const place = placeTail(line.text.slice(0, m.index ?? 0));
    if (place) {
      const end = line.start + (m.index ?? 0);
      return { start: end - place[1].length, end };
    }
  }
  return null;
}

/** The portal article's own date ("28/09/2021 16:45"), which gives the year a lead's "Ngày 28/9" leaves out. */
export function articleDate(reading: Reading): { year: number; month: number } | null {
  for (const line of reading.header) {
    if (!ARTICLE_DATELINE.test(foldedLine(reading, line))) continue;
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

/** Where a matched date starts (`digits`, its first digit in `match`): at "ngày" right before ("Chiều ngày 16/7"), else there ("Tối 17/7"). */
function dateStart(match: string, digits = match.search(/\d/)): number {
  const day = /ngay\s+$/.exec(match.slice(0, digits));
  return day ? day.index : digits;
}

const FULL_DATE = new RegExp(String.raw`\b${ANY_DATE}`, 'g');

/**
 * A reprint without its article's date: the latest full date of the text stands in for it. A news lead's
 * orders date themselves ("từ 0 giờ ngày 20/7/2021") on or after the issue, where the documents it cites
 * are older, and withYear steps back a year when the lead's month comes later.
 */
function latestDate(reading: Reading): { year: number; month: number } | null {
  const cited = findCitedDocuments(reading).filter((c) => c.date);
  const inCitation = (at: number) => cited.some((c) => at >= c.numberEnd && at < c.end);
  let latest: string | null = null;
  let latestCited: string | null = null;
  for (const m of reading.folded.matchAll(FULL_DATE)) {
    const iso = isoFromGroups([...m], 1);
    if (!iso) continue;
    if (inCitation(m.index!)) {
      if (!latestCited || iso > latestCited) latestCited = iso;
    } else if (!latest || iso > latest) latest = iso;
  }
  if (latest) return { year: Number(latest.slice(0, 4)), month: Number(latest.slice(5, 7)) };
  // Only the dates of cited documents: the lead comes on or after the latest, not before. As a reference for
  // withYear, which steps back a year for a month after the reference's, that is the month before it in the
  // next year: a lead from the cited month on keeps the cited year, an earlier month takes the next.
  if (!latestCited) return null;
  return { year: Number(latestCited.slice(0, 4)) + 1, month: Number(latestCited.slice(5, 7)) - 1 };
}

function findLeadIssue(reading: Reading): FoundDate | null {
  for (const line of leadLines(reading)) {
    const m = leadIssuePattern(reading).exec(foldedLine(reading, line));
    if (!m) continue;
    const [day, month, year] = m[2] !== undefined ? [m[2], m[3], m[4]] : [m[5], m[6], m[7]];
    // Only a lead without its year needs a reference, and the latest date reads the whole text.
    const iso = withYear(day, month, year, year === undefined ? articleDate(reading) ?? latestDate(reading) : null);
    if (!iso) continue;
    // The hour before "ngày" is no part of the date: "Vào lúc 10h00 ngày 21/7/2021".
    const [dateFrom, dateEnd] = m.indices!.groups!.date;
    const at = line.start + (m.index ?? 0) + dateStart(m[0], dateFrom - (m.index ?? 0));
    return { iso, span: { start: at, end: line.start + dateEnd } };
  }
  return null;
}

/** The issue date given where the text cites its own number: "Thông báo số 370-TB/TU ngày 28/9/2021". */
function findSelfCitation(reading: Reading, ownNumber: string | null): FoundDate | null {
  if (!ownNumber) return null;
  const own = findCitedDocuments(reading).find((c) => c.number === ownNumber && c.date);
  return own && own.date ? { iso: own.date, span: { start: own.start, end: own.end } } : null;
}

/** "Căn cứ ý kiến của Thường trực Tỉnh ủy tại phiên họp ngày 15/9/2021": the legal basis names another's meeting. */
const BASIS_LINE = /^[\s\-–•*+]*can cu\b/;

export function extractMeetingDate(reading: Reading, yearHint: { year: number; month: number } | null): Known<string> {
  const preamble = preambleLines(reading);
  const candidates: FoundDate[] = [];
  for (const line of [...reading.header, ...preamble]) {
    const folded = foldedLine(reading, line);
    if (BASIS_LINE.test(folded)) continue;
    for (const m of folded.matchAll(MEETING_PHRASE)) {
      const iso = withYear(m[1], m[2], m[3], yearHint);
      const at = line.start + (m.index ?? 0);
      if (iso) candidates.push({ iso, span: { start: at, end: at + m[0].length } });
    }
    for (const m of folded.matchAll(meetingSentence(reading))) {
      // "Ngày 28/9, Tỉnh ủy ban hành..." reports the issue, not a meeting.
      if (!MEETING_ACTION.test(m[7]) || issueNews(reading).test(m[7])) continue;
      const iso = m[1] !== undefined ? withYear(m[1], m[2], m[3], yearHint) : withYear(m[4], m[5], m[6], yearHint);
      const at = line.start + (m.index ?? 0) + dateStart(m[0]);
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
  /** The earliest day it can have been issued: the issue date, or what the text shows it follows. */
  issuedFrom: Known<string>;
}

/**
 * A header without a dateline may date itself in parentheses: "(Cập nhật đến 17 giờ ngày 14/8/2021)",
 * "(Ngày 19/8/2020)"; a press release dates its title ("Tình hình dịch bệnh ... ngày 21/3/2022"). A bulletin
 * covering a window ("(Từ 16 giờ ngày 08/02/2022 đến 16 giờ ngày 09/02/2022)") is written when it ends.
 */
function findHeaderDate(reading: Reading, pressRelease: boolean, titleAt: number | undefined): FoundDate | null {
  // The release's own title line dates it before a portal's heading above it ("Cập nhật ... (07h30, ngày 21/8)").
  const titled = reading.header.filter((l) => titleAt !== undefined && l.start <= titleAt && titleAt < l.end);
  for (const line of [...titled, ...reading.header]) {
    const parenthetical = /^\(.*\)$/.test(line.text.trim());
    if (!parenthetical && !pressRelease) continue;
    const days = [...foldedLine(reading, line).matchAll(HEADER_DAYS)].filter((m) => isoFromGroups([...m], 1));
    const m = days[days.length - 1];
    if (m) return { iso: isoFromGroups([...m], 1)!, span: { start: line.start + m.index, end: line.start + m.index + m[0].length } };
  }
  return null;
}

export function extractDates(reading: Reading, found: FoundMetadata): DirectiveDates {
  const ownNumber = found.number.value;
  const read =
    findDateline(reading) ??
    findRecordDate(reading) ??
    findSelfCitation(reading, ownNumber) ??
    findLeadIssue(reading) ??
    findHeaderDate(reading, found.kind.value === 'THONG_CAO_BAO_CHI', found.kind.start);
  // "năm 2012" in a text about COVID-19 is a slip of the year (2021), not a date to place it by; so is a day to come.
  const slip = read && (read.iso < EPIDEMIC_START || read.iso > today()) ? read : null;
  const issued = slip ? null : read;
  const hint = issued
    ? { year: Number(issued.iso.slice(0, 4)), month: Number(issued.iso.slice(5, 7)) }
    : articleDate(reading);
  const meetingOn = extractMeetingDate(reading, hint);
  if (issued) {
    const issuedOn = known(issued.iso, issued.span);
    return { issuedOn, meetingOn, issuedFrom: issuedOn };
  }
  const bound = lowerBound(reading, meetingOn, ownNumber);
  const where = slip
    ? `its date reads ${slip.iso}, ${slip.iso < EPIDEMIC_START ? `before the epidemic (${EPIDEMIC_START})` : 'a day to come'}: a slip, not read`
    : reading.format === 'OCR'
      ? 'the scan has no date line'
      : 'no date line';
  const reason = bound ? `${where}; ${bound.why}` : `${where} and no dated reference to place it in time`;
  return { issuedOn: unknown(reason), meetingOn, issuedFrom: bound ? bound.date : unknown(reason) };
}

/** A portal's record ("Ngày ban hành: 20/01/2022") or a mail's subject, where the letterhead is lost. */
function findRecordDate(reading: Reading): FoundDate | null {
  const found = dateFromRecord(reading);
  return found && { iso: found.iso, span: { start: found.start, end: found.end } };
}

/** What an undated text shows it follows: the meeting it reports, else the latest dated document it cites. */
function lowerBound(reading: Reading, meetingOn: Known<string>, ownNumber: string | null): { date: Known<string>; why: string } | null {
  if (meetingOn.value) return { date: meetingOn, why: `the meeting it reports was held on ${meetingOn.value}` };
  const cited = findCitedDocuments(reading)
    .filter((c) => c.date && c.number !== ownNumber)
    .sort((a, b) => (a.date! < b.date! ? 1 : -1));
  if (cited.length === 0) return null;
  return { date: known(cited[0].date!, { start: cited[0].start, end: cited[0].end }), why: `it cites ${describeCitedDocument(cited[0])}, so it was issued on or after ${cited[0].date}` };
}
