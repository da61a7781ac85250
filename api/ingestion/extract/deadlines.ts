import type { Reading } from '../reading';
import { cite } from './citation';
import type { FoundFacts } from './found';
import { CLOCK_TIME, dayBefore, daysBetween, findTimeExpressions, timesAhead, type TimeExpression } from '../../text/dates';
import type { Deadline } from '../../domain/facts';
import { NUMBER_WORD_SOURCE, numberWordValue, parseVietnameseNumber } from '../../text/numbers';
import { namesRegime } from './targets/compile';
import { joinsRange, rangeStartLead } from './periods';
import { COMPLETION, completesBefore } from './time-limit';

// A date is a deadline only when a connective says so: "chậm nhất đến ngày 30/9/2021" (BY_DATE),
// "trong tháng 10 năm 2021" (WITHIN_PERIOD), "vào ngày ..." (ON_DATE), "trong vòng 07 ngày kể từ khi ..."
// (WITHIN_DAYS_OF_EVENT). A bare date ("tại hội nghị ngày 27/9/2021") is an event date, not a deadline.
// The connectives are closed-class function words, so they live here as grammar, not in a lexicon.

const S = '[\\s\\u00a0]';

type Connective = 'BY_END' | 'BEFORE' | 'WITHIN' | 'ON';

// Checked against the folded text just before a time expression; longest alternatives first.
const CONNECTIVES: { re: RegExp; kind: Connective }[] = [
  { re: new RegExp(`(?:cham${S}+nhat|han${S}+chot|muon${S}+nhat)(?:${S}+(?:la|den|vao|trong))?(?:${S}+het)?${S}+$`, 'u'), kind: 'BY_END' },
  { re: new RegExp(`tu${S}+nay${S}+(?:den|toi)(?:${S}+het)?${S}+$`, 'u'), kind: 'BY_END' },
  { re: new RegExp(`(?:xong${S}+)?truoc${S}+$`, 'u'), kind: 'BEFORE' },
  { re: new RegExp(`(?:(?:den|toi)${S}+het|den|het|(?<![\\p{L}])toi)${S}+$`, 'u'), kind: 'BY_END' },
  { re: new RegExp(`trong(?:${S}+vong)?${S}+$`, 'u'), kind: 'WITHIN' },
  { re: new RegExp(`vao${S}+$`, 'u'), kind: 'ON' },
];

/**
 * Where a time that sets a deadline starts, when one ends at `at` (spaces before `at` aside): "đến ngày 30/9/2021",
 * "trước 15/10". The connective's start, or -1.
 */
export function deadlineStartBefore(folded: string, from: number, at: number): number {
  const end = from + folded.slice(from, at).trimEnd().length;
  const t = findTimeExpressions(folded.slice(from, end), null).pop();
  if (!t || from + t.end !== end) return -1;
  const before = folded.slice(from, from + t.start);
  const lead = CONNECTIVES.map((c) => c.re.exec(before)).find((m) => m);
  return lead ? from + t.start - lead[0].length : -1;
}

const WITHIN_DAYS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:trong${S}+(?:vong|thoi${S}+han|thoi${S}+gian|khoang)?|cham${S}+nhat(?:${S}+la)?|toi${S}+da|sau)${S}*` +
    `(\\d+(?:[.,]\\d+)?|${NUMBER_WORD_SOURCE})${S}+(ngay|tuan|gio|tieng)(?:${S}+lam${S}+viec)?(?![\\p{L}\\p{N}])`,
  'gu',
);
// "sau đó", "sau đây" (then, below) name no event: "cách ly 14 ngày, sau đó chuyển về buồng chung".
const EVENT_INTRO = new RegExp(`^${S}*,?${S}*(?:ke${S}+tu|tinh${S}+tu|sau(?!${S}+d(?:o|ay)(?![\\p{L}])))${S}+(?:khi${S}+|ngay${S}+)?`, 'u');
/** An event that is a day, at an hour or not: "ngày 02/10/2021", "0 giờ ngày 19 tháng 7", "ngày ký". */
const ON_A_DAY = new RegExp(
  `^(?:${CLOCK_TIME}${S}*,?${S}*)?(?:(?:ngay${S}+)?\\d{1,2}(?:[/.-]\\d{1,2}(?!\\d)|${S}+thang)|(?:ngay${S}+)?(?:ky|ban${S}+hanh)(?![\\p{L}]))`,
  'u',
);
const EVENT_STOP = /[,.;:()\n]|[\s\u00a0](?:de|nham|va|dong thoi|theo)[\s\u00a0]/u;

function deadline(text: string, start: number, end: number, rule: string, fields: Partial<Deadline>): Deadline {
  return {
    kind: fields.kind ?? 'BY_DATE',
    date: fields.date ?? null,
    periodStart: fields.periodStart ?? null,
    periodEnd: fields.periodEnd ?? null,
    days: fields.days ?? null,
    hours: fields.hours ?? null,
    event: fields.event ?? null,
    citation: cite(text, start, end, rule),
  };
}

// A period right after a goal noun phrase names which goal, it sets no time limit: "góp phần thực hiện thành
// công mục tiêu phát triển kinh tế - xã hội của tỉnh trong quý IV và cả năm 2021". A completion verb before
// the noun keeps it a deadline ("phấn đấu đạt mục tiêu trong tháng 10"), as does a figure after it ("mục
// tiêu tiêm cho 100% người dân trong quý IV").
const GOAL_NOUN = new RegExp(`(?<![\\p{L}])(?:muc${S}+tieu|chi${S}+tieu)(?![\\p{L}])`, 'gu');
const COMPLETION_BEFORE_GOAL = new RegExp(`(?<![\\p{L}])(?:hoan${S}+thanh|xong|dat)${S}+(?:\\p{L}+${S}+){0,2}$`, 'u');

function qualifiesGoal(folded: string, start: number): boolean {
  const lead = folded.slice(Math.max(0, start - 150), start);
  const segment = lead.slice(lead.search(/[^.;:,\n]*$/));
  let goal: RegExpExecArray | null = null;
  GOAL_NOUN.lastIndex = 0;
  for (let m = GOAL_NOUN.exec(segment); m; m = GOAL_NOUN.exec(segment)) goal = m;
  if (!goal || /\d/.test(segment.slice(goal.index))) return false;
  return !COMPLETION_BEFORE_GOAL.test(segment.slice(0, goal.index));
}

/** The hour a day's deadline is set at, between the connective and the day: "trước **17 giờ** ngày 15/10/2021". */
const HOUR_BEFORE_DAY = new RegExp(`${CLOCK_TIME}[\\s\\u00a0]*$`, 'u');

function fromConnective(text: string, folded: string, t: TimeExpression, issuedOn: string | null): Deadline | null {
  const hour = t.kind === 'DAY' ? HOUR_BEFORE_DAY.exec(folded.slice(Math.max(0, t.start - 20), t.start)) : null;
  const at = t.start - (hour ? hour[0].length : 0);
  const before = folded.slice(Math.max(0, at - 30), at);
  for (const c of CONNECTIVES) {
    const m = c.re.exec(before);
    if (!m) continue;
    const start = at - m[0].length;
    // Folded, "tới" (until) is also "tối" (evening): "Tối 20/9/2021, ..." dates a news lead.
    if (/(?:^|[^\p{L}])toi[\s\u00a0]/u.test(m[0]) && !/(?:^|[^\p{L}])tới[\s\u00a0]/iu.test(text.slice(start, at))) continue;
    // "Đến ngày 22/9/2021, ..." opening a sentence reports a state of affairs ("as of"), not a deadline, unless
    // that day is still to come when the directive is issued; "Đến hết ngày 10/11/2021, đạt 95% ..." sets one.
    if (c.kind === 'BY_END' && /^den(?![\s\u00a0]+het)/.test(m[0]) && /(^|[.!?:\n])[\s\u00a0*_]*$/.test(folded.slice(Math.max(0, start - 4), start)) && !(issuedOn && t.last > issuedOn)) return null;
    const isDay = t.kind === 'DAY' || t.kind === 'END';
    switch (c.kind) {
      case 'BY_END':
        return deadline(text, start, t.end, 'deadline.by-date', { kind: 'BY_DATE', date: t.last });
      case 'BEFORE':
        return deadline(text, start, t.end, 'deadline.before', { kind: 'BY_DATE', date: isDay ? t.first : dayBefore(t.first) });
      case 'WITHIN':
        if (!isDay && qualifiesGoal(folded, start)) return null;
        return isDay
          ? deadline(text, start, t.end, 'deadline.on-date', { kind: 'ON_DATE', date: t.first })
          : deadline(text, start, t.end, 'deadline.within-period', { kind: 'WITHIN_PERIOD', periodStart: t.first, periodEnd: t.last });
      case 'ON':
        // "vào cuối tháng 10/2021": by the period's last day.
        if (t.kind === 'END') return deadline(text, start, t.end, 'deadline.by-date', { kind: 'BY_DATE', date: t.last });
        return isDay ? deadline(text, start, t.end, 'deadline.on-date', { kind: 'ON_DATE', date: t.first }) : null;
    }
  }
  return null;
}

function withinDays(text: string, folded: string, isRegime: (start: number, end: number) => boolean): Deadline[] {
  const out: Deadline[] = [];
  WITHIN_DAYS.lastIndex = 0;
  for (let m = WITHIN_DAYS.exec(folded); m; m = WITHIN_DAYS.exec(folded)) {
    const n = /\d/.test(m[1]) ? parseVietnameseNumber(m[1]) : numberWordValue(m[1]);
    if (n === null) continue;
    // Hours stay hours; days are given too when they are whole ("24 giờ": 1 day), never rounded.
    const inHours = m[2] === 'gio' || m[2] === 'tieng';
    const span = inHours ? n / 24 : m[2] === 'tuan' ? n * 7 : n;
    const days = Number.isInteger(span) ? span : null;
    const hours = inHours ? n : days === null ? span * 24 : null;
    let end = m.index + m[0].length;
    let event: string | null = null;
    const intro = EVENT_INTRO.exec(folded.slice(end, end + 30));
    if (intro) {
      const from = end + intro[0].length;
      const stop = EVENT_STOP.exec(folded.slice(from, from + 120));
      const to = from + (stop ? stop.index : Math.min(120, folded.length - from));
      if (to > from) {
        event = text.slice(from, to).trim();
        end = from + text.slice(from, to).trimEnd().length;
      }
    }
    // Without an event, only a completion verb nearby makes it a time limit.
    if (event === null && !completesBefore(folded, m.index)) continue;
    // "Thiết lập vùng cách ly y tế trong thời gian 07 ngày kể từ 00h00' ngày 02/10/2021": how long a regime
    // lasts from the day it starts is its period (periods.ts), not a time limit on a task. A task given that
    // long keeps its time limit ("bảo đảm 100% người lao động được tiêm ... trong 10 ngày, kể từ ngày
    // 12/8/2021", "thành lập 5 chốt kiểm soát trong vòng 10 ngày kể từ ngày 5/8"): only a regime's words before
    // it in its sentence, and no completion verb, make it the regime's period.
    if (event !== null && ON_A_DAY.test(folded.slice(end - event.length, end))) {
      const line = folded.slice(folded.lastIndexOf('\n', m.index) + 1, m.index);
      const from = m.index - line.length + line.search(/[^.;:]*$/);
      if (!COMPLETION.test(folded.slice(from, m.index)) && isRegime(from, m.index)) continue;
    }
    out.push(deadline(text, m.index, end, 'deadline.within-days-of-event', { kind: 'WITHIN_DAYS_OF_EVENT', days, hours, event }));
  }
  return out;
}

function rangeDeadlines(text: string, folded: string, times: TimeExpression[]): Deadline[] {
  // "từ ngày 1/10 đến ngày 15/10/2021": a period with both ends given.
  const out: Deadline[] = [];
  for (let i = 0; i + 1 < times.length; i++) {
    const a = times[i];
    const b = times[i + 1];
    // Each end may be set at an hour: "từ 0 giờ ngày 15/9 đến hết ngày 30/9/2021".
    const lead = rangeStartLead(folded.slice(Math.max(0, a.start - 40), a.start), text.slice(Math.max(0, a.start - 40), a.start));
    if (lead === 0 || !joinsRange(folded.slice(a.end, b.start))) continue;
    out.push(deadline(text, a.start - lead, b.end, 'deadline.period-range', { kind: 'WITHIN_PERIOD', periodStart: a.first, periodEnd: b.last }));
  }
  return out;
}

/** Every deadline of the body, in document order, without overlaps. */
export function findDeadlines(reading: Reading, found: FoundFacts): Deadline[] {
  const isRegime = (start: number, end: number) => namesRegime(reading.lex, reading, start, end);
  return deadlinesIn(reading.text, reading.folded, found.context.year, found.context.issuedOn ?? null, isRegime).filter((d) => d.citation.end <= reading.bodyEnd);
}

function deadlinesIn(text: string, folded: string, year: number | null, issuedOn: string | null, isRegime: (start: number, end: number) => boolean): Deadline[] {
  const times = timesAhead(folded, year, issuedOn);
  const found = [...rangeDeadlines(text, folded, times), ...withinDays(text, folded, isRegime)];
  for (const t of times) {
    const d = fromConnective(text, folded, t, issuedOn);
    if (d) found.push(d);
  }
  found.sort((a, b) => a.citation.start - b.citation.start || b.citation.end - a.citation.end);
  const kept: Deadline[] = [];
  for (const d of found) {
    if (kept.some((k) => d.citation.start < k.citation.end && k.citation.start < d.citation.end)) continue;
    kept.push(d);
  }
  return kept;
}
