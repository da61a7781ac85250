import type { Measure, StatedPeriod, Target } from '../../domain/facts';
import type { Hit } from '../phrases/patterns';
import type { Reading } from '../reading';
import { addDays, CLOCK_TIME, timesAhead, type TimeExpression } from '../../text/dates';
import { fold } from '../../text/fold';
import { NUMBER_WORD_SOURCE, numberWordValue, parseVietnameseNumber } from '../../text/numbers';
import { cite } from './citation';
import type { FoundFacts } from './found';
import { namesRegime } from './targets/compile';
import { sentencesOf } from './targets/text-parts';
import { endsWithColon } from '../segment/lines';
import { completesBefore } from './time-limit';

// When a fact is in force, as its words state it. A start is "từ [giờ] ngày D" ("kể từ 0 giờ ngày 19/7/2021",
// "tạm dừng ... từ ngày 01/8/2020"), optionally closed by an end ("đến hết ngày 15/4/2020"), a duration
// ("trong thời gian 14 ngày, kể từ ...", "... trong thời hạn 15 ngày") or "cho đến khi có thông báo mới".
// A duration or an entry into force may count from the signing ("có hiệu lực kể từ ngày ký"); an end alone
// is stated for the directive or the orders above ("có hiệu lực đến hết ngày 31/12/2021"), or closes the
// regime it follows ("Tạm dừng hoạt động các chợ đến hết ngày 30/8/2021"). Like the
// deadlines' connectives these are closed-class words of the genre, so they live here as grammar.
//
// What a start is not: a window a report looks back on ("Từ ngày 01/8 đến ngày 27/8/2021, toàn huyện có
// 1.638 người ..."; "từ ngày 20/7 đến nay"), and who a measure is about ("người từ Đà Nẵng về tỉnh kể từ
// ngày 15/7/2020 phải khai báo"): a date well before the directive's own, or a movement verb before it.
//
// Which facts a statement governs: those of its own sentence; failing that, those a lead sentence ending in
// ":" introduces ("... yêu cầu thực hiện các nội dung sau, kể từ 12 giờ ngày 18/01/2022:"), up to the end of
// the clause it opens; failing that, the whole directive when the sentence is about the directive's own time
// ("Thời gian thực hiện từ 0 giờ ngày 17/7/2021 ...", "Chỉ thị này có hiệu lực kể từ ngày ký").

const S = '[\\s\\u00a0]';
/** A clock time with its part of the day: "0 giờ sáng", "18h00 chiều". */
const CLOCK = `${CLOCK_TIME}(?:${S}+(?:sang|trua|chieu|toi|dem))?`;
const START_LEAD = new RegExp(`(?<![\\p{L}\\p{N}/\\-])(?:(ke|tinh|bat${S}+dau)${S}+)?tu${S}+(?:${CLOCK}${S}*,?${S}*)?$`, 'u');
/** A note in brackets after a day ("(tức ngày 23 tháng Chạp)", "(thứ Bảy)"), which the day's range or term reads past. */
const NOTE = `(?:${S}*\\([^()]{1,80}\\))?`;
/** "(cho) đến hết", "tới": the word that leads to a period's end (folded). */
const UNTIL = `(?:cho${S}+)?(?:den|toi)${S}+(?:het${S}+)?`;
/** The end's hour, before its day: "24 giờ, (hết)" (folded). */
const END_HOUR = `(?:${CLOCK}${S}*,?${S}*)?(?:het${S}+)?`;
const END_LEAD = new RegExp(`^${NOTE}${S}*(?:[-\u2013]${S}*|,?${S}*${UNTIL})${END_HOUR}`, 'u');

/**
 * The words before a time that open a period ("từ 0 giờ ngày"), as long as they run, or 0. `written`, the same
 * words as written, tells "tính từ" (counting from) from "tỉnh từ" (the province's, "trên địa bàn tỉnh từ ...").
 */
export function rangeStartLead(before: string, written: string): number {
  const lead = START_LEAD.exec(before);
  if (!lead) return 0;
  const province = lead[1] === 'tinh' && written.slice(lead.index, lead.index + 4).toLowerCase() === 'tỉnh';
  return lead[0].length - (province ? /^tinh[\s\u00a0]+/u.exec(lead[0])![0].length : 0);
}

/** Do the words between two times join them as a period's ends ("đến hết ngày", "đến 24 giờ ngày")? */
export function joinsRange(between: string): boolean {
  return END_LEAD.exec(between)?.[0].length === between.length;
}

const LOOKS_BACK = new RegExp(`^${S}*,?${S}*(?:den|toi)${S}+(?:nay|hien${S}+nay|thoi${S}+diem)`, 'u');
const UNTIL_NOTICE_SOURCE =
  `(?:cho${S}+)?(?:den|toi)${S}+khi${S}+co${S}+(?:thong${S}+bao|van${S}+ban|chi${S}+dao|quyet${S}+dinh|huong${S}+dan)` +
  `(?:${S}+(?:moi|khac|thay${S}+the|tiep${S}+theo))?`;
const UNTIL_NOTICE = new RegExp(UNTIL_NOTICE_SOURCE, 'gu');
const UNTIL_NOTICE_AFTER = new RegExp(`^${NOTE}${S}*,?${S}*${UNTIL_NOTICE_SOURCE}`, 'u');
// "trong (vòng, thời gian) 14 ngày", "thêm 07 ngày", or a label: "Thời gian thực hiện giãn cách: 14 ngày".
const DURATION = `(?:(?:trong|them)${S}+(?:vong${S}+|thoi${S}+gian${S}+|thoi${S}+han${S}+)?|thoi${S}+(?:gian|han)[^:\\n,;.]{0,40}:${S}*)(\\d{1,3}|${NUMBER_WORD_SOURCE})${S}+ngay`;
const DURATION_BEFORE = new RegExp(`${DURATION}${S}*,?${S}*$`, 'u');
const DURATION_AFTER = new RegExp(`^${S}*,?${S}*(?:va${S}+)?${DURATION}(?![\\p{L}])`, 'u');
const DURATION_LATER = new RegExp(`(?<![\\p{L}])${DURATION}(?![\\p{L}])`, 'u');
const FROM_SIGNING = new RegExp(
  `(?:(?<![\\p{L}])${DURATION}${S}*,?${S}*(?:ke${S}+|tinh${S}+)?tu|co${S}+hieu${S}+luc(?:${S}+thi${S}+hanh)?${S}+(?:ke${S}+)?tu)` +
    `${S}+ngay${S}+(?:ky|ban${S}+hanh)`,
  'gu',
);
/** People on the move: "người từ Đà Nẵng về tỉnh kể từ ngày ..." says who, not when. */
const MOVES = ['về', 'trở về', 'đi về', 'quay về', 'nhập cảnh', 'đến từ'];
const movement = (moves: string[]) => new RegExp(`(?<![\\p{L}])(?:${moves.map((m) => m.split(' ').join(`${S}+`)).join('|')})(?![\\p{L}])`, 'u');
const MOVEMENT = movement(MOVES.map((m) => fold(m)));
/** Read with its marks in a text that has them: folded, "vé số" (lottery tickets) would be "về". */
const MOVEMENT_MARKED = movement(MOVES);
/**
 * A sentence about the directive's own time governs every fact of it: when it is carried out or in force, or how
 * long the regime it sets lasts ("Thời gian phong tỏa: kể từ 0 giờ ngày 19/5/2021 ...").
 */
const DOCUMENT_TIME = new RegExp(
  `^[\\s\\u00a0*_\\-–•+\\d.)(a-z]*thoi${S}+gian${S}+(?:thuc${S}+hien|ap${S}+dung|phong${S}+toa|gian${S}+cach|cach${S}+ly${S}+(?:xa${S}+hoi|y${S}+te))|co${S}+hieu${S}+luc`,
  'u',
);
/** "Các biện pháp nêu trên được áp dụng từ ...": a sentence about the time of the orders above it governs each of them. */
const TIME_OF_ABOVE = new RegExp(
  `^[\\s\\u00a0*_\\-–•+\\d.)(]*(?:cac|nhung)${S}+(?:bien${S}+phap|noi${S}+dung|quy${S}+dinh)${S}+(?:neu${S}+)?tren${S}+(?:(?:se${S}+)?duoc${S}+)?(?:ap${S}+dung|thuc${S}+hien)`,
  'u',
);
/** What stands before the day an order or the directive stays in force until: "có hiệu lực đến hết ngày", "áp dụng đến 24 giờ ngày". */
const IN_FORCE_UNTIL = new RegExp(`(?:(?:co${S}+)?hieu${S}+luc|ap${S}+dung|thuc${S}+hien)${S}+${UNTIL}${END_HOUR}$`, 'u');
/** A start this long before the directive's own date is a qualifier or a report, not an entry into force. */
const RETROACTIVE_DAYS = 7;

interface Statement extends StatedPeriod {
  sentence: Hit;
}

function count(raw: string): number | null {
  return /\d/.test(raw) ? parseVietnameseNumber(raw) : numberWordValue(raw);
}

function statement(reading: Reading, sentence: Hit, start: number, end: number, fields: Partial<StatedPeriod>, rule: string): Statement {
  return {
    from: fields.from ?? null,
    to: fields.to ?? null,
    days: fields.days ?? null,
    untilFurtherNotice: fields.untilFurtherNotice ?? false,
    citation: cite(reading.text, start, end, rule),
    sentence,
  };
}

/**
 * "Từ 0 giờ ngày 14/8/2021, thành phố cách ly xã hội trong 15 ngày": the regime the start opens, named after it,
 * and then its length, with no other time between.
 */
function regimeLength(reading: Reading, from: number, to: number): RegExpExecArray | null {
  const rest = reading.folded.slice(from, to);
  const m = DURATION_LATER.exec(rest);
  // Not past another time, nor past an exception, whose length it may be ("thôi áp dụng giãn cách ..., trừ
  // phường Cộng Hòa tiếp tục giãn cách thêm 07 ngày").
  if (!m || /\d{1,2}[/.-]\d{1,2}|(?<![\p{L}])(?:(?:tu|den)[\s\u00a0]+ngay|tru)(?![\p{L}])|;/u.test(rest.slice(0, m.index))) return null;
  return namesRegime(reading.lex, reading, from, from + m.index) ? m : null;
}

/** A start at a day ("từ 0 giờ ngày 19/7/2021"), with what closes it, or null when the day is not a start. */
function startAt(reading: Reading, sentence: Hit, t: TimeExpression, next: TimeExpression | undefined, issuedOn: string | null): Statement | null {
  const f = reading.folded;
  const from = Math.max(sentence.start, t.start - 40);
  const leadLength = rangeStartLead(f.slice(from, t.start), reading.text.slice(from, t.start));
  if (leadLength === 0) return null;
  let start = t.start - leadLength;
  const after = f.slice(t.end, sentence.end);
  if (LOOKS_BACK.test(after)) return null;
  const marked = reading.lower !== reading.folded;
  const before = (marked ? reading.lower : f).slice(sentence.start, start);
  const clauseBefore = before.slice(before.search(/[^,;:]*$/u));
  if ((marked ? MOVEMENT_MARKED : MOVEMENT).test(clauseBefore)) return null;

  const fields: Partial<StatedPeriod> = { from: t.first };
  let end = t.end;
  const endLead = END_LEAD.exec(after);
  if (endLead && next && next.kind === 'DAY' && next.start === t.end + endLead[0].length && next.end <= sentence.end) {
    fields.to = next.last;
    end = next.end;
  }
  const durationBefore = DURATION_BEFORE.exec(f.slice(Math.max(sentence.start, start - 40), start));
  const durationAfter = DURATION_AFTER.exec(f.slice(end, sentence.end)) ?? (fields.to ? null : regimeLength(reading, end, sentence.end));
  const duration = durationBefore ?? durationAfter;
  if (duration) {
    const days = count(duration[1]);
    if (days !== null && days > 0) fields.days = days;
    if (durationBefore) start -= durationBefore[0].length;
    else end += durationAfter!.index + durationAfter![0].length;
  }
  const notice = UNTIL_NOTICE_AFTER.exec(f.slice(end, sentence.end));
  if (notice) {
    fields.untilFurtherNotice = true;
    end += notice[0].length;
  }
  // A window wholly before the directive, or a start well before it, is looked back on, not ordered.
  const lastDay = fields.to ?? (fields.days ? addDays(t.first, fields.days - 1) : null);
  if (issuedOn && lastDay && lastDay < issuedOn) return null;
  if (issuedOn && !lastDay && t.first < addDays(issuedOn, -RETROACTIVE_DAYS)) return null;
  return statement(reading, sentence, start, end, fields, fields.to ? 'period.range' : fields.days ? 'period.duration' : 'period.start');
}

/** Every statement of when something is in force, in the body, in document order. */
export function findPeriods(reading: Reading, found: FoundFacts): Statement[] {
  const from = reading.header[reading.header.length - 1]?.end ?? 0;
  const sentences = sentencesOf(reading.text, from, reading.bodyEnd);
  const times = timesAhead(reading.folded, found.context.year, found.context.issuedOn ?? null).filter((t) => t.start >= from && t.end <= reading.bodyEnd);
  const out: Statement[] = [];
  const taken = (start: number, end: number) => out.some((s) => start < s.citation.end && s.citation.start < end);
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end);

  times.forEach((t, i) => {
    const sentence = sentenceOf(t.start);
    if (!sentence || t.kind !== 'DAY' || taken(t.start, t.end)) return;
    const s = startAt(reading, sentence, t, times[i + 1], found.context.issuedOn ?? null);
    if (s) out.push(s);
  });
  for (const m of reading.folded.slice(0, reading.bodyEnd).matchAll(FROM_SIGNING)) {
    const sentence = sentenceOf(m.index!);
    if (!sentence || m.index! < from || taken(m.index!, m.index! + m[0].length)) continue;
    const days = m[1] ? count(m[1]) : null;
    let end = m.index! + m[0].length;
    // "có hiệu lực từ ngày ký đến hết ngày 31/12/2021": the signing opens it, a day closes it.
    const endLead = END_LEAD.exec(reading.folded.slice(end, sentence.end));
    const close = endLead && times.find((t) => t.kind === 'DAY' && t.start === end + endLead[0].length && t.end <= sentence.end);
    if (close) end = close.end;
    out.push(statement(reading, sentence, m.index!, end, { days: days && days > 0 ? days : null, to: close ? close.last : null }, 'period.from-signing'));
  }
  // "Thông báo này có hiệu lực đến hết ngày 31/12/2021", "Các biện pháp trên áp dụng đến 24 giờ ngày 31/12/2021":
  // only the end of the directive's own time, or of the orders above.
  for (const t of times) {
    const sentence = sentenceOf(t.start);
    if (!sentence || t.kind !== 'DAY' || taken(t.start, t.end)) continue;
    const lead = IN_FORCE_UNTIL.exec(reading.folded.slice(sentence.start, t.start));
    if (lead && aboutOrdersTime(reading.folded.slice(sentence.start, sentence.end))) out.push(statement(reading, sentence, t.start - lead[0].length, t.end, { to: t.last }, 'period.until'));
  }
  for (const m of reading.folded.slice(0, reading.bodyEnd).matchAll(UNTIL_NOTICE)) {
    const sentence = sentenceOf(m.index!);
    if (!sentence || m.index! < from || taken(m.index!, m.index! + m[0].length)) continue;
    out.push(statement(reading, sentence, m.index!, m.index! + m[0].length, { untilFurtherNotice: true }, 'period.until-further-notice'));
  }
  return out.sort((a, b) => a.citation.start - b.citation.start);
}

/** Where the clause that starts at or contains `at` ends, its sub-clauses included. */
function clauseReach(reading: Reading, at: number): number {
  const clauses = reading.clauses;
  const inner = [...clauses].reverse().find((c) => c.start <= at && at < c.end);
  if (!inner) return reading.bodyEnd;
  const next = clauses.find((c) => c.start > inner.start && c.depth <= inner.depth);
  return next ? next.start : reading.closingStart;
}

/** The statement that governs a fact cited at [start, end), or null. */
function governing(reading: Reading, statements: Statement[], start: number, end: number): Statement | null {
  const own = statements.filter((s) => s.sentence.start <= end && start < s.sentence.end);
  // The fact's own words first: "lớp 9 đi học từ ngày 14/3/2022; lớp 6 đi học từ ngày 21/3/2022" gives each part its day.
  const inside = own.find((s) => s.citation.start >= start && s.citation.end <= end);
  if (inside) return inside;
  if (own.length > 0) {
    return own.reduce((best, s) => (Math.abs(s.citation.start - start) < Math.abs(best.citation.start - start) ? s : best));
  }
  const leads = statements.filter((s) => {
    if (s.sentence.end > start || !endsWithColon(reading.text.slice(s.sentence.start, s.sentence.end))) return false;
    return start < clauseReach(reading, s.sentence.start);
  });
  if (leads.length > 0) return leads[leads.length - 1];
  return statements.find((s) => isDocumentTime(reading, s) || (s.sentence.start >= end && TIME_OF_ABOVE.test(sentenceText(reading, s)))) ?? null;
}

const sentenceText = (reading: Reading, s: Statement) => reading.folded.slice(s.sentence.start, s.sentence.end);
const isDocumentTime = (reading: Reading, s: Statement) => DOCUMENT_TIME.test(sentenceText(reading, s));
/** A deadline's words that lead to an end, not a limit ("đến hết ngày", "cho đến 24 giờ ngày"; not "trước", "chậm nhất"). */
const LEADS_TO_END = new RegExp(`^${UNTIL}`, 'u');

/** Is the (folded) sentence about when the directive or the orders above it apply? */
const aboutOrdersTime = (folded: string) => DOCUMENT_TIME.test(folded) || TIME_OF_ABOVE.test(folded);

/**
 * The measures and targets found so far, each with the period its words give it. A time in a sentence about the
 * directive's own time or that of the orders above ("Thời gian thực hiện từ 0 giờ ngày 19/8/2021 đến hết ngày
 * 01/9/2021", "Các biện pháp trên áp dụng đến 24 giờ ngày 31/12/2021") is when the orders apply, no time limit of
 * the order whose quote runs on into it.
 */
export function withPeriods(reading: Reading, found: FoundFacts): { measures: Measure[]; targets: Target[] } {
  const statements = findPeriods(reading, found);
  const periodOf = (s: Statement | null) => (s ? { from: s.from, to: s.to, days: s.days, untilFurtherNotice: s.untilFurtherNotice, citation: s.citation } : null);
  const measures = found.measures.map((m) => {
    const s = governing(reading, statements, m.citation.start, m.citation.end);
    const d = m.deadline?.citation;
    const stated = d && s && aboutOrdersTime(sentenceText(reading, s)) && d.start >= s.sentence.start && d.end <= s.sentence.end;
    // The period's own words read as a deadline ("tạm dừng ... từ ngày 15/8 đến hết ngày 30/8/2021") say when a
    // regime (an order that tightens or eases) holds, not when it is due; a task keeps them as its time limit
    // ("tiêm cho 100% người lao động trong 10 ngày, kể từ ngày 12/8/2021"), as does a completion verb.
    const restated =
      d && s && m.direction !== null && d.start >= s.citation.start && d.end <= s.citation.end && !completesBefore(reading.folded, d.start);
    // With no period stated, a regime's end ("Tạm dừng hoạt động các chợ đến 24 giờ ngày 30/8/2021", "Tiếp tục
    // thực hiện giãn cách ... đến hết ngày 22/9/2021") is when it stops holding, not a time limit.
    if (!s && m.deadline && d && m.direction !== null && m.deadline.kind === 'BY_DATE' && LEADS_TO_END.test(reading.folded.slice(d.start, d.end)) && !completesBefore(reading.folded, d.start)) {
      const until = { from: null, to: m.deadline.date, days: null, untilFurtherNotice: false, citation: cite(reading.text, d.start, d.end, 'period.until') };
      return { ...m, deadline: null, period: until };
    }
    return { ...m, deadline: stated || restated ? null : m.deadline, period: periodOf(s) };
  });
  return { measures, targets: found.targets.map((t) => ({ ...t, period: periodOf(governing(reading, statements, t.citation.start, t.citation.end)) })) };
}
