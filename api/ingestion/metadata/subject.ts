// The subject line (trích yếu): "V/v tiếp tục triển khai..." under the number of an official letter, the
// "về ..." line under a title ("THÔNG BÁO ... / về sơ kết chiến dịch..."), a portal article's headline, or the
// "về ..." after the document's number in a news lead.
// The value drops the leading "V/v", "về việc" or "về": it is what the directive is about.
import type { Known } from '../../domain/directive';
import { fold } from '../../text/fold';
import { foldedAlternation } from '../../text/regexp';
import { isCapsLine, MOTTO_SECOND_LINE, NATIONAL_MOTTO } from '../clean/line-shape';
import { ARTICLE_DATELINE, BREADCRUMB, NAVIGATION } from '../clean/portal-vocabulary';
import { Reading, foldedLine } from '../reading';
import { known, unknown } from './known';
import { datelinePlace } from './dates';
import { NUMERIC_DATE, WORDED_DATE } from '../../text/dates';
import { bodyAt } from './bodies';
import { directiveTitle, urgencyPattern } from '../lexicons/document-kinds';
import type { FoundMetadata } from './found';

// Lines under a title that are not its subject: number (in brackets too), dateline, addressees.
const NOT_SUBJECT = /^\(?(?:so\b|kinh gui\b|can cu\b|[\p{L} .]{2,40},\s*ngay\s+\d)/u;

/** "của Ban Thường vụ Tỉnh ủy": the line of a Party title that names its issuer, folded. */
const ISSUER_LINE = /^cua\s/u;
/** A page's furniture in capitals: a site's tabs ("[ NỘI DUNG ]"), a record's labels (":LOẠI VĂN BẢN:"), markup, table rules. */
const NOT_WORDS = /[[\]‖|<>]|^\s*:/u;
/** A subject in capitals wraps over a few lines at most. */
const MAX_SUBJECT_LINES = 4;
/** A portal's headline has this many words at least; fewer above it name the site or its section. */
const MIN_HEADLINE_WORDS = 5;
const wordsIn = (line: string) => (line.match(/[\p{L}\p{N}]+/gu) ?? []).length;
/** That line run into the subject's "về ...", folded: what to skip. */
const ISSUER_THEN_SUBJECT = /^cua\s.{3,80}?\sve\s+(?:viec\s+)?/u;

const SUBJECT_PREFIX = /^(?:[-•]\s*)?(?:v\s*\/\s*v\s*[:.]?\s*(?:ve viec\s+)?|ve viec\s*:?\s+|ve\s+)/;

/**
 * "CHỈ THỊ Về tăng cường ...", "CÔNG ĐIỆN KHẨN Về việc ...": a reprint that ran the title and its subject into one
 * line. The title's words are in capitals, the subject follows its "về"; where the subject starts, or -1.
 */
export function subjectAfterTitle(reading: Reading, line: Reading['header'][number]): number {
  const folded = foldedLine(reading, line);
  const title = directiveTitle(reading.lex.documentKinds).exec(folded);
  if (!title) return -1;
  const about = aboutAfterTitle(reading.lex).exec(folded.slice(title[0].length));
  if (!about || !isCapsLine(line.text.slice(0, title[0].length))) return -1;
  return line.start + title[0].length + about[0].length;
}

const deciderPatterns = new WeakMap<Reading['lex'], RegExp>();

/** The line of a decision that names who decides opens with a signer's title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" (folded). */
function deciderLine(lex: Reading['lex']): RegExp {
  let re = deciderPatterns.get(lex);
  if (!re) {
    re = new RegExp(`^(?:${foldedAlternation(lex.signatures.titles)})\\s`, 'u');
    deciderPatterns.set(lex, re);
  }
  return re;
}

const aboutPatterns = new WeakMap<Reading['lex'], RegExp>();

/** After a title's words, an urgency mark perhaps, then "về" or "về việc" (folded). */
function aboutAfterTitle(lex: Reading['lex']): RegExp {
  let re = aboutPatterns.get(lex);
  if (!re) {
    re = new RegExp(`^(?:\\s+(?:${urgencyPattern(lex.documentKinds)}))?\\s+(?:ve viec|ve)\\s*:?\\s+`);
    aboutPatterns.set(lex, re);
  }
  return re;
}

/**
 * "CHỈ THỊ / của Ban Thường vụ Tỉnh ủy / về tăng cường ...": a Party title names its issuer before the subject.
 * The lines from the subject's on, past a line that names the issuer alone, and how much of the first to skip
 * where the issuer's line runs into the subject's "về" ("của Ban Thường vụ Tỉnh ủy về tăng cường ...").
 */
function pastIssuer(reading: Reading, lines: Reading['header']): { rest: Reading['header']; skip: number } {
  const first = lines.length > 0 ? foldedLine(reading, lines[0]) : '';
  const rest = ISSUER_LINE.test(first) && !ISSUER_THEN_SUBJECT.test(first) ? lines.slice(1) : lines;
  const joined = rest.length > 0 ? ISSUER_THEN_SUBJECT.exec(foldedLine(reading, rest[0])) : null;
  return { rest, skip: joined ? joined[0].length : 0 };
}

/**
 * "QUYẾT ĐỊNH / BAN HÀNH PHƯƠNG ÁN PHÒNG, CHỐNG DỊCH ... TRÊN ĐỊA / BÀN TỈNH QUẢNG NAM": a subject in capitals
 * right under the title, without "về", its lines joined, up to the line naming the body that decides
 * ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
 */
function capitalsSubject(reading: Reading, below: Reading['header']): Known<string> | null {
  const { rest, skip } = pastIssuer(reading, below);
  const decider = deciderLine(reading.lex);
  const lines: Reading['header'] = [];
  for (const line of rest) {
    const folded = foldedLine(reading, line);
    if (!isCapsLine(line.text) || NOT_SUBJECT.test(folded) || decider.test(folded) || NOT_WORDS.test(line.text) || bodyAt(reading, line.start, line.end)) break;
    lines.push(line);
  }
  // A text all in capitals (a telegram) runs its preamble on under the title: a sentence is no subject.
  if (lines.length === 0 || lines.length > MAX_SUBJECT_LINES || lines.some((l) => /[.:;]\s*$/u.test(l.text))) return null;
  const start = lines[0].start + skip;
  const end = lines[lines.length - 1].end;
  return known(reading.text.slice(start, end).split('\n').map((l) => l.trim()).join(' '), { start, end });
}

/** The day after a dateline's place: ", ngày 14 tháng 9 năm 2021" (folded). */
const DATE_AFTER_PLACE = new RegExp(`^\\s*,?\\s*ngay\\s*${WORDED_DATE}\\s*`, 'u');

/**
 * The motto's lines and the dateline, beside the subject in the other column: its wrap may come after them. A
 * dateline's day may be left blank for the electronic signature to fill ("Yên Lạc, ngày      tháng 8 năm 2021").
 */
const BESIDE = new RegExp(`^(?:${NATIONAL_MOTTO}|${MOTTO_SECOND_LINE}|[\\p{L} .]{2,40},\\s*ngay\\s*(?:\\d|thang\\b))`, 'u');

/**
 * The lines a subject wraps onto under its "V/v" line, as a narrow left column wraps it ("V/v tăng cường các biện
 * pháp phòng, chống dịch" / "Covid-19 trên địa bàn tỉnh"), past the motto and dateline beside it: up to a line in
 * capitals, the addressees or the number, a blank line, or a subject that ended its sentence.
 */
function subjectGoesOn(reading: Reading, at: number, first: string): Reading['header'] {
  const out: Reading['header'] = [];
  let previous = reading.header[at];
  for (const line of reading.header.slice(at + 1)) {
    const folded = foldedLine(reading, line).trim();
    if (BESIDE.test(folded)) continue;
    const text = out.length > 0 ? out[out.length - 1].text : first;
    if (/[.;:!?]\s*$/u.test(text) || /\n[ \t]*\n/u.test(reading.text.slice(previous.end, line.start))) break;
    if ((isCapsLine(line.text) && !CODE_LINE.test(line.text.trim())) || NOT_SUBJECT.test(folded) || NOT_WORDS.test(line.text) || folded.startsWith('(') || out.length + 1 >= MAX_SUBJECT_LINES) break;
    out.push(line);
    previous = line;
  }
  return out;
}

/** A line that is one code in capitals ("COVID-19", "SARS-CoV-2"): the subject's last word wrapped, no heading. */
const CODE_LINE = /^\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+[.;]?$/u;

/** A date in brackets that closes a title's line ("... TỈNH QUẢNG NGÃI (Ngày 20/8/2020)"): when, not what about. */
const TRAILING_DATE = new RegExp(String.raw`\s*\((?:ngay\s*)?${NUMERIC_DATE}\)$`, 'u');

/** The subject as written, without a date in brackets that closes it. */
export function extractSubject(reading: Reading, found: Pick<FoundMetadata, 'number'>): Known<string> {
  const subject = subjectAsWritten(reading, found);
  if (subject.value === null) return subject;
  const date = TRAILING_DATE.exec(fold(subject.value));
  if (!date) return subject;
  const value = subject.value.slice(0, date.index);
  return subject.end === undefined ? { ...subject, value } : { ...subject, value, end: subject.end - (subject.value.length - value.length) };
}

function subjectAsWritten(reading: Reading, found: Pick<FoundMetadata, 'number'>): Known<string> {
  // A two-column header whose columns were run together puts the dateline after the subject on its row
  // ("V/v tăng cường phòng, chống dịch Bắc Giang, ngày 12 tháng 8 năm 2021"): the subject ends at its place.
  const dateline = datelinePlace(reading);
  for (const line of reading.header) {
    const m = SUBJECT_PREFIX.exec(foldedLine(reading, line));
    if (!m || line.text.length === m[0].length) continue;
    const start = line.start + m[0].length;
    const end = dateline && dateline.start > start && dateline.start < line.end ? dateline.start : line.end;
    let text = reading.text.slice(start, end).trimEnd();
    // "V/v tăng cường các biện pháp Hà Nam, ngày 14 tháng 9 năm 2021 phòng, chống dịch ...": the subject's wrap,
    // run onto its row after the dateline.
    const date = end < line.end ? DATE_AFTER_PLACE.exec(reading.folded.slice(dateline!.end, line.end)) : null;
    const after = date ? reading.text.slice(dateline!.end + date[0].length, line.end).trim() : '';
    if (/^\p{Ll}/u.test(after)) text = `${text.trim()} ${after}`;
    const more = subjectGoesOn(reading, reading.header.indexOf(line), text);
    if (more.length === 0) return known(text.trim(), { start, end: after && text.endsWith(after) ? line.end : start + text.length });
    const last = more[more.length - 1];
    return known([text, ...more.map((l) => l.text)].map((t) => t.trim()).join(' '), { start, end: last.end });
  }

  for (const line of reading.header) {
    const start = subjectAfterTitle(reading, line);
    if (start >= 0 && start < line.end) return known(reading.text.slice(start, line.end).trim(), { start, end: line.end });
  }

  // "THÔNG BÁO / Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp ngày 02/9/2021": the first line in lower or
  // sentence case under the (capitals) title is the subject, even without "về".
  const header = reading.header;
  const TITLE = directiveTitle(reading.lex.documentKinds);
  const title = header.findIndex((l) => isCapsLine(l.text) && TITLE.test(foldedLine(reading, l)));
  if (title >= 0) {
    const caps = capitalsSubject(reading, header.slice(title + 1));
    if (caps) return caps;
    const { rest, skip } = pastIssuer(reading, header.slice(title + 1).filter((l) => !isCapsLine(l.text)));
    const line = rest[0];
    if (line && !NOT_SUBJECT.test(foldedLine(reading, line))) {
      const start = line.start + skip;
      // "Đón công dân từ Thành phố Hồ Chí Minh, Bình Dương và" / "Đồng Nai về quê": a line that ends on a joining
      // word, or that the next one continues in lower case, wraps.
      let end = line.end;
      for (let i = 1; i < Math.min(rest.length, MAX_SUBJECT_LINES); i++) {
        const next = rest[i];
        if (!(JOINS_NEXT.test(reading.folded.slice(start, end)) || /^\p{Ll}/u.test(next.text)) || NOT_SUBJECT.test(foldedLine(reading, next))) break;
        end = next.end;
      }
      return known(reading.text.slice(start, end).replace(/\s*\n\s*/gu, ' '), { start, end });
    }
  }

  if (reading.format === 'PORTAL') {
    const lines = reading.header.filter((l) => !ARTICLE_DATELINE.test(fold(l.text)) && !NAVIGATION.test(l.text) && !BREADCRUMB.test(l.text));
    // A site's or section's name above the headline ("Báo Quảng Trị", "Thời sự") is a few words; a headline says more.
    const headline = lines.find((l) => !/[.:;]$/.test(l.text) && !isCapsLine(l.text) && wordsIn(l.text) >= MIN_HEADLINE_WORDS) ?? lines[0];
    const dated = reading.header.some((l) => ARTICLE_DATELINE.test(fold(l.text)));
    if (headline && dated && !/[.:;]$/.test(headline.text) && !isCapsLine(headline.text)) {
      return known(headline.text, { start: headline.start, end: headline.end });
    }
  }

  // A news lead names the document and its subject in one sentence ("đã ký Công văn số 3050/UBND-VX về việc
  // tăng cường ... trên địa bàn tỉnh."): the subject runs from "về" to the sentence's end.
  const number = found.number;
  if (number.value && number.end !== undefined) {
    const after = LEAD_SUBJECT.exec(reading.folded.slice(number.end, number.end + 400));
    if (after) {
      const start = number.end + after[0].length;
      const rest = reading.text.slice(start, start + 400);
      let end = start + (/[.;]?(?:\s*\n|[.;](?=\s))/u.exec(rest)?.index ?? rest.length);
      // ", thực hiện Công văn số ... của UBND tỉnh", ", yêu cầu các huyện ...": no longer its subject.
      const turn = subjectEndAfterComma(reading).exec(reading.folded.slice(start, end));
      if (turn) end = start + turn.index;
      // "... theo Chỉ thị số 16/CT-TTg:" over the orders it leads to: the colon is not the subject's.
      const text = reading.text.slice(start, end).replace(/[\s:]+$/u, '').replace(/["”»]+$/u, '').trim();
      if (text.length >= 10) return known(text, { start, end: start + text.length });
    }
  }

  return unknown('no "V/v" line, no "về ..." line under the title, no article headline and no "về ..." after the number in a lead');
}

/** A subject's line ending on a word that needs what follows ("và", "của", "từ", a comma), folded. */
const JOINS_NEXT = /(?:(?:^|[\s\u00a0])(?:va|cua|cho|tai|tren|voi|tu|den|ve|trong|theo|nham|tinh|thanh pho)|[,\-–])[\s\u00a0]*$/u;

const subjectEndPatterns = new WeakMap<Reading['lex'], RegExp>();

/**
 * Where a lead's subject ends: a comma, then a verb that names a document carried out (strength.json
 * background.basis.verbs: ", thực hiện Công văn số ..."), what the lead turns to: its orders, whom it was sent
 * to, its purpose ("..., yêu cầu các huyện ...", "..., gửi các sở, ngành", "..., nhằm ngăn chặn ...", "..., theo
 * đó ..."). Not the Party's pair "lãnh đạo, chỉ đạo", which a subject holds ("về tăng cường lãnh đạo, chỉ đạo triển khai
 * ..."). Folded.
 */
function subjectEndAfterComma(reading: Reading): RegExp {
  let re = subjectEndPatterns.get(reading.lex);
  if (!re) {
    const { issuers, strength } = reading.lex;
    const words = [...strength.background.basis.verbs, ...issuers.leadSubjectEnds, ...issuers.reportedLeads.addressing, ...strength.purposeMarkers];
    re = new RegExp(`(?<!lanh[\\s\\u00a0]+dao[\\s\\u00a0]*),[\\s\\u00a0]*(?:${foldedAlternation(words)})(?![\\p{L}])`, 'u');
    subjectEndPatterns.set(reading.lex, re);
  }
  return re;
}

/** After a document's number in a sentence: its date or issuer perhaps, then "về việc", "V/v" or "về", folded. */
const LEAD_SUBJECT = /^[\s\u00a0]*(?:,[\s\u00a0]*)?(?:ngay[\s\u00a0]+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[\s\u00a0]*,?[\s\u00a0]*)?(?:cua[\s\u00a0]+[^,.;\n]{1,60}?[\s\u00a0]+)?(?:ve[\s\u00a0]+viec|v[\s\u00a0]*\/[\s\u00a0]*v|ve)[\s\u00a0]*:?[\s\u00a0]+["“«]?/u;
