import type { Hit, PhraseMatcher, TextView } from '../../phrases/patterns';
import type { Reading } from '../../reading';
import { repairFigures } from '../../clean/garbled-numbers';
import { groupsThousands, type NumberToken } from '../../../text/numbers';
import type { CompiledTargets, CompiledUnit } from './compile';
import { COUNT_UNIT, type UnitEntry } from '../../lexicons/units';
import { beforeBound } from './metric-match';
import { stopsNounPhrase } from './noun-phrase';

// A figure is a number with the unit its words give ("10 người", "1,5m", "50% số ghế", "3.000 mẫu đơn/ngày",
// "10 mẫu/ống"), or without a known unit when it may still count something ("27 điểm tiêm"). Numbers that
// are not quantities are left out here: clock times ("trước 17 giờ", "từ 18h"), road, level, clause and
// grade numbers ("Quốc lộ 14", "cấp độ 3", "khoản 3", "lớp 7"), dose schedules ("đã tiêm đủ 02 mũi"), the old
// value of a change ("từ 7 ngày lên 14 ngày"), and digits inside quotes or slogans ("1 vùng 3 chốt").

/**
 * The reading's text with a scan's misread figures read as digits ("l4 ngày", "| 8OO |"), offsets unchanged:
 * numbers are found in it, and table cells judged on it, while quotes keep the figures as written. Computed
 * once per reading, for prose and tables alike.
 */
const repaired = new WeakMap<Reading, string>();
export function figuresOf(reading: Reading): string {
  let text = repaired.get(reading);
  if (text === undefined) {
    text = repairFigures(reading.text);
    repaired.set(reading, text);
  }
  return text;
}

export interface Figure {
  tok: NumberToken;
  /** Unit code given by the words after the number, or null. */
  unit: string | null;
  /** Span of the unit's words (with a rate or a "/..." ratio), or the number's end when there is none. */
  unitStart: number;
  unitEnd: number;
  /** Where "/..." starts when a count is written per something else ("3 người/bàn"), or null. */
  perStart: number | null;
  /** The unit's rate came before the number ("mỗi ngày tiêm 5.000 mũi"). */
  rateBefore: boolean;
}

const SPACE = /^[\s\u00a0]*/u;
/**
 * Up to two words, a pool size or a site between a unit's words and its rate: "mẫu đơn/ngày", "mẫu gộp 5/ngày",
 * "300 mũi/điểm tiêm/ngày" (a site's daily doses, as "mỗi điểm tiêm 300 mũi/ngày").
 */
const RATE_STEP = /^(?:[\s\u00a0]*(\d{1,2})(?=[\s\u00a0]*\/)|[\s\u00a0]+\p{L}+|[\s\u00a0]*\/[\s\u00a0]*\p{L}+(?:[\s\u00a0]+\p{L}+){0,2}(?=[\s\u00a0]*\/))/u;
/** The "/24" of "24/24 giờ" after a pool-size-like number: see rateEnd. */
const ROUND_THE_CLOCK = /^[\s\u00a0]*\/[\s\u00a0]*(\d{1,2})(?!\d)/u;
/** An hour right before a number: the number is its minutes ("14 giờ 00", "8h 30"). */
const MINUTES_AFTER = /\d[\s\u00a0]*(?:gio|h)[\s\u00a0]*:?[\s\u00a0]*$/u;
/** A dose written as a schedule ("02 mũi"), not an amount: the dose qualifiers go up to 5 too. */
const DOSE_SCHEDULE_MAX = 5;

function skipSpaces(folded: string, pos: number): number {
  return pos + (SPACE.exec(folded.slice(pos, pos + 8))?.[0].length ?? 0);
}

/** End of the unit's rate after its words ("/ngày", "đơn/ngày", "gộp 5/ngày"), or -1. */
function rateEnd(v: TextView, cu: CompiledUnit, pos: number): number {
  if (!cu.rate) return -1;
  let p = pos;
  for (let words = 0; ; ) {
    const end = cu.rate.startAt(v, p, 30);
    if (end >= 0) return end;
    const step = RATE_STEP.exec(v.folded.slice(p, p + 20));
    if (!step || (!step[1] && ++words > 2)) return -1;
    // "trực 24/24 giờ", "7/7 ngày": round the clock, not a pool size before a rate.
    const over = step[1] ? ROUND_THE_CLOCK.exec(v.folded.slice(p + step[0].length, p + step[0].length + 8)) : null;
    if (over && over[1] === step[1]) return -1;
    p += step[0].length;
  }
}

/** Whether a rate ends at `end`, written on after a word ("trung bình/ngày") or after a space ("mũi tiêm mỗi ngày"). */
function ratesUpTo(v: TextView, rate: PhraseMatcher, end: number): boolean {
  for (let p = end - 1; p >= Math.max(0, end - 20); p--) {
    if ((v.folded[p] === '/' || /[\s\u00a0]/u.test(v.folded[p - 1] ?? ' ')) && rate.startAt(v, p, end - p) === end) return true;
  }
  return false;
}

/** The colon ending a label: "Số mũi tiêm trung bình/ngày: ". */
const LABEL_END = /[\s\u00a0]*:[\s\u00a0]*$/u;
/**
 * "Mỗi ngày tiêm tối thiểu 5.000 mũi": a unit's rate written before the number, a few words back in its clause;
 * or ending the label the number answers ("Số mũi tiêm trung bình/ngày: 15.000 mũi").
 */
function rateBefore(v: TextView, cu: CompiledUnit, tok: NumberToken, from: number, c: CompiledTargets): boolean {
  if (!cu.rate) return false;
  const lo = Math.max(from, tok.start - 40);
  // "...mỗi ngày: tối thiểu 3.000 mẫu": the label ends before the bound.
  const at = beforeBound(v, tok.start, c);
  const label = LABEL_END.exec(v.folded.slice(Math.max(from, at - 20), at));
  if (label && ratesUpTo(v, cu.rate, at - label[0].length)) return true;
  // "mỗi ngày toàn tỉnh tiêm tối thiểu 15.000 liều": a bound is no word between.
  return cu.rate.all(v, lo, at).some((h) => {
    const between = v.folded.slice(h.end, at);
    return !/[,;.:()\n\d/]/u.test(between) && (between.match(/\p{L}+/gu) ?? []).length <= 4;
  });
}

/** "+7" after a figure, then a word: the rest of a sum ("14+7 ngày", "7 + 7 ngày"). */
const SUM_AFTER = /^[\s\u00a0]*\+[\s\u00a0]*\d{1,3}(?=[\s\u00a0]*\p{L})/u;

/**
 * "cách ly 14+7 ngày" (14 days in a centre, then 7 at home): the first figure of a sum, written up to the last,
 * so that it takes the unit and the metric's words the last is written with. The last is a figure of its own.
 */
export function withSum(v: TextView, tok: NumberToken): NumberToken {
  const plus = SUM_AFTER.exec(v.folded.slice(tok.end, tok.end + 12));
  return plus ? { ...tok, end: tok.end + plus[0].length } : tok;
}

/**
 * The figure a number starts, in the unit the words after it give: a unit counted in another's multiples is
 * given in that one ("nghỉ học 02 tuần": 14 DAYS), so that a metric compares one unit.
 */
export function figureAt(v: TextView, tok: NumberToken, limit: number, from: number, c: CompiledTargets): Figure {
  const { counts, ...unit } = unitAfter(v, tok, limit, from, c);
  if (!counts) return { tok, ...unit };
  return { tok: { ...tok, value: tok.value * counts.times }, ...unit, unit: counts.unit };
}

/** "/người", "/người/ngày": what a figure is counted per. */
const PER = /^(?:[\s\u00a0]*\/[\s\u00a0]*\p{L}+)+/u;
/** "/người", "/hộ": per head or household, where a scaled figure is a sum of money ("1,2 triệu/tháng" may be doses). */
const PER_HEAD = /^[\s\u00a0]*\/[\s\u00a0]*(?:nguoi|ho)(?!\p{L})/u;
/** "1,5 triệu": a figure that carries its scale word. */
const SCALED = /\d[\s\u00a0]+\p{L}+$/u;

/**
 * The unit the words after the number give: a rate unit when its rate follows (or opens the clause a few
 * words before), else the longest words. `from` is where the number's clause starts.
 */
function unitAfter(v: TextView, tok: NumberToken, limit: number, from: number, c: CompiledTargets): Omit<Figure, 'tok'> & { counts: UnitEntry['counts'] } {
  const start = skipSpaces(v.folded, tok.end);
  let best: { cu: CompiledUnit; end: number; rated: boolean; before: boolean } | null = null;
  const noUnit = c.notUnitWord.startAt(v, tok.end, Math.min(40, limit));
  for (const cu of c.units) {
    const end = cu.words.startAt(v, tok.end, Math.min(40, limit));
    // "05 khách sạn": the unit word only opens another noun.
    if (end < 0 || end < noUnit) continue;
    const rated = cu.rate !== null;
    let withRate = rated ? rateEnd(v, cu, end) : end;
    const before = rated && withRate < 0 && rateBefore(v, cu, tok, from, c);
    if (before) withRate = end;
    if (withRate < 0) continue;
    if (!best || (rated && !best.rated) || (rated === best.rated && withRate > best.end)) best = { cu, end: withRate, rated, before };
  }
  if (!best) {
    const per = c.scaledPer && SCALED.test(tok.raw) ? PER_HEAD.exec(v.folded.slice(tok.end, tok.end + 40)) : null;
    if (per) return { unit: c.scaledPer, unitStart: start, unitEnd: tok.end + per[0].length, perStart: null, rateBefore: false, counts: null };
    return { unit: null, unitStart: start, unitEnd: tok.end, perStart: null, rateBefore: false, counts: null };
  }
  let { end } = best;
  let unit = best.cu.unit.code;
  let perStart: number | null = null;
  // "10 mẫu/ống", "2 lần/tuần", "80.000 đồng/người/ngày", "3 người/bàn": a figure per something else; but
  // "30 người/thời điểm" is 30 at any one time.
  if (!best.rated) {
    const atOnce = c.atOnce.startAt(v, skipSpaces(v.folded, end), 20);
    const per = atOnce >= 0 ? null : PER.exec(v.folded.slice(end, end + 40));
    if (atOnce >= 0) end = atOnce;
    else if (per) {
      // A count per something else counts what no plain metric does ("3 người/bàn" is no gathering size).
      if (best.cu.unit.ratio) perStart = end;
      end += per[0].length;
      unit = best.cu.unit.ratio ?? unit;
    }
  }
  return { unit, unitStart: start, unitEnd: end, perStart, rateBefore: best.before, counts: best.cu.unit.counts };
}

interface Exclusions {
  quoted: Hit[];
}

/** Why a number is not a quantity, or null when it may be one. */
export function notAQuantity(v: TextView, fig: Figure, c: CompiledTargets, ex: Exclusions): string | null {
  const { tok } = fig;
  if (tok.kind !== 'number') return 'not a plain number';
  if (ex.quoted.some((q) => q.start <= tok.start && tok.end <= q.end)) return 'quoted';
  // "5K", "F0": a number glued to letters that are not a unit.
  if (fig.unit === null && /^\p{L}/u.test(v.folded.slice(tok.end, tok.end + 1))) return 'glued to letters';
  // "không quá 20 người trên 1 chuyến": the one a figure before is counted per.
  if (tok.value === 1 && PER_ONE_BEFORE.test(v.folded.slice(Math.max(0, tok.start - 40), tok.start))) return 'a denominator';
  // "điểm 3" names a clause; "đợt cao điểm 15 ngày" (an exception ending in the same word) does not.
  const name = c.notQuantity.endAt(v, tok.start, 30);
  const except = name >= 0 ? c.notQuantityExcept.endAt(v, tok.start, 30) : -1;
  // No name or ordinal groups thousands: without marks "mục" is "mức" ("voi muc 1.500.000 dong").
  // A sum of money is one whatever precedes it: "kinh phí thực hiện kế hoạch 25 tỷ đồng".
  if (name >= 0 && !(except >= 0 && except <= name) && !groupsThousands(tok.raw) && fig.unit !== 'VND') return 'a name or an ordinal';
  // "nhịp thở dưới 20 lần/phút", "thu nhập dưới 3.000.000 đồng": who qualifies; "đo thân nhiệt 2 lần/ngày" is an
  // order, and so is "đo thân nhiệt ít nhất 02 lần mỗi ngày": times a day say how often a reading is taken.
  const compared = c.compared.exec(v.folded.slice(Math.max(0, tok.start - 24), tok.start))![0];
  const timesADay = fig.unit === COUNT_UNIT && c.anyRate.startAt(v, fig.unitEnd, 16) >= 0;
  if (compared.trim() !== '' && !timesADay && c.criterion.endAt(v, tok.start - compared.length, 30) >= 0) return 'a criterion';
  // "từ 30 lần/phút trở lên đối với trẻ em", "mạch trên 120 lần/phút": a breathing or pulse rate is a sign to watch for.
  if (fig.unit === COUNT_UNIT && PER_MINUTE.test(v.folded.slice(tok.end, tok.end + 16))) return 'a vital sign per minute';
  if (isQualifyingSpan(v, fig, c)) return 'a qualifying span';
  // "14 giờ 00 ngày 11/8", "15 giờ 30 ngày 04 tháng 8": the minutes of a clock time.
  if (MINUTES_AFTER.test(v.folded.slice(Math.max(0, tok.start - 12), tok.start))) return 'the minutes of a clock time';
  const unit = fig.unit ? c.unitsByCode.get(fig.unit)?.unit : null;
  if (unit?.clockTime && isClockTime(v, fig, c)) return 'a clock time';
  if (isWholePeriod(v, fig)) return 'the whole of the period it is per';
  if (unit && !unit.rate && tok.value <= DOSE_SCHEDULE_MAX && c.doseWord.startAt(v, fig.tok.end, 12) >= 0) return 'a dose schedule';
  if (fig.unit === 'DAYS' && DAYS_NAMED_AFTER.test(v.folded.slice(fig.unitEnd, fig.unitEnd + 30))) return 'a count of the days named after it';
  // "an toàn cho 1.029 người đang cách ly", "320 bệnh nhân COVID-19 đang điều trị": how many there are now.
  if (fig.unit === 'PEOPLE' && NOW_DOING.test(v.lower.slice(fig.unitEnd, fig.unitEnd + 40))) return 'how many there are now';
  // "chuyến bay QH 1207 ngày 26/01/2021", "bệnh nhân 1553 ngày 26/01/2021": a number, then the date of what it names.
  if (fig.unit === 'DAYS' && DATED_AFTER.test(v.folded.slice(fig.unitEnd, fig.unitEnd + 16))) return 'a number before a date';
  if (isOldValue(v, fig, c)) return 'the old value of a change';
  if (isRangeLow(v, fig)) return 'the low end of a range';
  if (isChangeAgainstBaseline(v, fig, c)) return 'a change against a baseline';
  // "đạt 120% kế hoạch": over a share's most (units.json max), a figure measured against a plan, no share of anyone.
  if (unit?.max != null && tok.value > unit.max) return `over the most a figure in ${unit.code} can be`;
  // "tối đa 01 lần/03 ngày", "40.000 đồng/1 ngày", "5 kg gạo/khẩu/14 ngày", "01 điểm/100 người dân": after a
  // rate's slash, what it is per (the period a frequency counts over belongs to its count).
  if (/\p{L}[\s\u00a0]*\/[\s\u00a0]*$/u.test(v.folded.slice(Math.max(0, tok.start - 6), tok.start))) return 'what a rate is per';
  // "xét nghiệm 3 lần trong 7 ngày": the period a count of times is spread over, written out; "trong 5 ngày đầu"
  // names which days.
  if (TIMES_WITHIN.test(v.folded.slice(Math.max(0, tok.start - 20), tok.start)) && !WHICH_DAYS.test(v.folded.slice(fig.unitEnd, fig.unitEnd + 12))) return 'what a rate is per';
  // "Mỗi 100 người dân có ít nhất 01 điểm quét mã QR": the people a count is set for.
  if (fig.unit === 'PEOPLE' && c.perUnit.endAt(v, tok.start, 8) >= 0) return 'the people a count is set for';
  return null;
}

/** "giờ/ngày", "giờ trong ngày", "ngày/tuần", "ngày trong tuần" (folded) right after the number. */
const HOURS_A_DAY = /^[\s\u00a0]*(?:gio|h|tieng)[\s\u00a0]*(?:\/|trong|moi|mot)[\s\u00a0]*ngay(?![\p{L}])/u;
const DAYS_A_WEEK = /^[\s\u00a0]*ngay[\s\u00a0]*(?:\/|trong|moi|mot)[\s\u00a0]*tuan(?![\p{L}])/u;

/**
 * "24 giờ/ngày", "7 ngày/tuần", "7 ngày trong tuần": all of the day or week, opening hours round the clock as
 * "24/24 giờ" and "7/7 ngày" say them, no figure set.
 */
function isWholePeriod(v: TextView, fig: Figure): boolean {
  const after = v.folded.slice(fig.tok.end, fig.tok.end + 20);
  return (fig.tok.value === 24 && HOURS_A_DAY.test(after)) || (fig.tok.value === 7 && DAYS_A_WEEK.test(after));
}

/** "3 lần trong ", "01 lần trong vòng ": a count of times, and the period it is spread over next. */
const TIMES_WITHIN = /\d[\s\u00a0]*lan[\s\u00a0]+trong(?:[\s\u00a0]+vong)?[\s\u00a0]*$/u;

/**
 * "đang" and a verb after a headcount's noun ("người đang cách ly", "bệnh nhân COVID-19 đang điều trị"), read with
 * its marks: folded, "cán bộ đảng viên" would be "cán bộ đang ..." too. Without marks, "dang viên", "dang uy" stay Party.
 */
const NOW_DOING = /^(?:[\s\u00a0]+[\p{L}\d-]+){0,2}?[\s\u00a0]+(?:đang|dang(?![\s\u00a0]+(?:vien|uy)(?![\p{L}])))[\s\u00a0]+\p{L}/u;

/** A full date right after "ngày": "26/01/2021". */
const DATED_AFTER = /^[\s\u00a0]*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?!\d)/u;

/** "đầu", "tiếp theo" after a count of days: which days, not how many a rate is per. */
const WHICH_DAYS = /^[\s\u00a0]*(?:dau|tiep[\s\u00a0]+theo)(?![\p{L}])/u;

/** "lần/phút" after a number: times a minute. */
const PER_MINUTE = /^[\s\u00a0]*lan[\s\u00a0]*\/[\s\u00a0]*(?:1[\s\u00a0]+)?phut(?![\p{L}])/u;

/** "trong 2 ngày 11 và 12/6", "trong hai ngày 07, 08/7/2021": the days an event takes, each named after their count. */
const DAYS_NAMED_AFTER = /^[\s\u00a0]*(?:ngay[\s\u00a0]*)?\d{1,2}(?:[\s\u00a0]*(?:,|va|-)[\s\u00a0]*\d{1,2})+[\s\u00a0]*[/.-][\s\u00a0]*\d{1,2}(?!\d)/u;

/** What joins a range's ends: "30 - 50", "01 đến 03", "40 tới 50". */
const RANGE_JOINT = String.raw`[\s\u00a0]*(?:[-–—]|den|toi)[\s\u00a0]*`;
/** A dash, "đến" or "tới" and a number: the rest of a range. */
const RANGE_TO = new RegExp(String.raw`^${RANGE_JOINT}\d[\d.,]*[\s\u00a0]*`, 'u');
/** A range's low end and its joint right before its high end: "từ 30 - ", "01 đến ". */
const RANGE_LOW_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:tu[\s\u00a0]+)?\d[\d.,]*${RANGE_JOINT}$`, 'u');

/**
 * "từ 30% đến 50% công suất", "30% - 50% số bàn": the low end of a range, its unit written again after the high
 * end. The high end is the figure read, with what it measures; the low end alone would measure nothing ("30%").
 * A range whose low end has no unit ("3 - 5 thành viên") is read the same way, by its high end.
 */
function isRangeLow(v: TextView, fig: Figure): boolean {
  if (fig.unit === null) return false;
  const to = RANGE_TO.exec(v.folded.slice(fig.unitEnd, fig.unitEnd + 24));
  const unit = v.folded.slice(fig.unitStart, fig.unitEnd);
  return to !== null && unit.trim() !== '' && v.folded.startsWith(unit, fig.unitEnd + to[0].length);
}

/** "từ" right before a figure, and at most two words between its unit and "trở lên". */
const FROM_BEFORE = /(?:^|[^\p{L}])tu[\s\u00a0]+$/u;
const OPEN_GAP = /^(?:[\s\u00a0]+\p{L}+){0,2}[\s\u00a0]*$/u;

/**
 * "nghỉ việc không hưởng lương từ 15 ngày liên tục trở lên", "mũi cuối tiêm trước ngày đến từ 14 ngày trở lên": a
 * span of days open at its top says who qualifies (for support, for an exemption); an order states its span.
 */
function isQualifyingSpan(v: TextView, fig: Figure, c: CompiledTargets): boolean {
  if (fig.unit !== 'DAYS' || !FROM_BEFORE.test(v.folded.slice(Math.max(0, fig.tok.start - 8), fig.tok.start))) return false;
  const open = c.openEnded.all(v, fig.unitEnd, fig.unitEnd + 30)[0];
  return open !== undefined && OPEN_GAP.test(v.folded.slice(fig.unitEnd, open.start));
}

/** A figure and its unit's words, then "trên": what follows is what that figure is counted per. */
const PER_ONE_BEFORE = /\d(?:[\d.,]*\d)?[\s\u00a0]*\p{L}+(?:[\s\u00a0]+\p{L}+){0,2}[\s\u00a0]+tren[\s\u00a0]+$/u;

/** Hours joined by a dash: an opening-hours range ("6 giờ - 22 giờ"), the same unit on both sides. */
const RANGE_AFTER = /^[\s\u00a0]*[-–—][\s\u00a0]*\d{1,2}[\s\u00a0]*(?:gio|h)(?![\p{L}])/u;
/** The range's first hour may carry its minutes: "13h30 - 16h", "13 giờ 30 phút - 17 giờ". */
const RANGE_BEFORE = /\d{1,2}[\s\u00a0]*(?:gio|h)(?:[\s\u00a0]*\d{2}(?:[\s\u00a0]*phut)?)?[\s\u00a0]*[-–—][\s\u00a0]*$/u;
/** "vào lúc 6 giờ, 11 giờ và 17 giờ": a clock time listed after another. */
const LISTED_AFTER_TIME = /\d{1,2}[\s\u00a0]*(?:gio|h)(?:[\s\u00a0]*\d{2})?[\s\u00a0]*(?:,|va)[\s\u00a0]*$/u;

/** Where the time listed before `at` starts, if one is. */
function listedAfterTime(v: TextView, at: number): number | null {
  const from = Math.max(0, at - 16);
  const m = LISTED_AFTER_TIME.exec(v.folded.slice(from, at));
  return m ? from + m.index : null;
}

/** "kể từ", "tính từ" right after the hours. */
const COUNTED_FROM = /^[\s\u00a0]*(?:ke|tinh)[\s\u00a0]+tu(?![\p{L}])/u;

/** "từ 18 giờ", "trước 17 giờ hằng ngày", "17 giờ 00", "18h30", "6 giờ - 22 giờ"; not "sau 24 giờ kể từ ...". */
function isClockTime(v: TextView, fig: Figure, c: CompiledTargets): boolean {
  // "sau 24 giờ kể từ thời điểm công bố": hours counted from an event are a duration.
  if (COUNTED_FROM.test(v.folded.slice(fig.unitEnd, fig.unitEnd + 12))) return false;
  if (c.clockBefore.endAt(v, fig.tok.start, 20) >= 0) return true;
  if (c.clockAfter.startAt(v, fig.unitEnd, 20) >= 0) return true;
  if (RANGE_AFTER.test(v.folded.slice(fig.unitEnd, fig.unitEnd + 12)) || RANGE_BEFORE.test(v.folded.slice(Math.max(0, fig.tok.start - 24), fig.tok.start))) return true;
  // "vào lúc 6 giờ, 11 giờ và 17 giờ": each time of the list the first one's lead opens.
  for (let at = fig.tok.start, m = listedAfterTime(v, at); m !== null; at = m, m = listedAfterTime(v, at)) {
    if (c.clockBefore.endAt(v, m, 20) >= 0) return true;
  }
  return /^[\s\u00a0:]*\d{2}(?!\d)/u.test(v.folded.slice(fig.unitEnd, fig.unitEnd + 6));
}

/**
 * "tăng 150% số mẫu xét nghiệm so với tuần trước", "giảm 30% so với cùng kỳ": a percentage a quantity changes by
 * against a baseline its sentence names, no share of anyone to reach ("tăng lên 70%" is a level: changeCues).
 */
function isChangeAgainstBaseline(v: TextView, fig: Figure, c: CompiledTargets): boolean {
  if (fig.unit !== 'PERCENT' || c.changeBy.endAt(v, fig.tok.start, 12) < 0) return false;
  const clause = /^[^.;\n]*/u.exec(v.folded.slice(fig.unitEnd, fig.unitEnd + 120))![0];
  return c.baseline.test(v, fig.unitEnd, fig.unitEnd + clause.length);
}

/** How far before the old value "thay vì" may stand, past the verb it replaces. */
const REPLACED_SPAN = 30;

/**
 * "từ 7 ngày lên 14 ngày", "từ không quá 50% lên không quá 70%": only the new value is ordered; nor is what
 * "thay vì" says it replaces ("thay vì không quá 20 khách như trước đây"), its verb between or not ("Thay vì phải
 * cách ly 10 ngày như trước đây, ..."), with no other figure or clause between.
 */
function isOldValue(v: TextView, fig: Figure, c: CompiledTargets): boolean {
  const at = beforeBound(v, fig.tok.start, c);
  if (c.replaced.all(v, Math.max(0, at - REPLACED_SPAN), at).some((r) => !/[,;.:\d]/u.test(v.folded.slice(r.end, at)))) return true;
  if (!/(?:^|[^\p{L}])tu[\s\u00a0]+$/u.test(v.folded.slice(Math.max(0, at - 4), at))) return false;
  const next = c.change.startAt(v, fig.unitEnd, 20);
  if (next < 0) return false;
  // The new value may be bounded too: "lên không quá 70%".
  const newValue = Math.max(next, c.atMost.startAt(v, next, 20), c.atLeast.startAt(v, next, 20));
  return /^[\s\u00a0]*\d/u.test(v.folded.slice(newValue, newValue + 4));
}

/**
 * A figure without a unit word counts what a counting verb sets up: "thành lập 9 chốt", "bố trí ... ít nhất
 * 01 tổ", "quy mô 500 chỗ", and a new size the verb raises something to ("mở rộng các khu cách ly lên 2.000 chỗ").
 */
export function isGovernedCount(v: TextView, fig: Figure, part: Hit, c: CompiledTargets): boolean {
  // The noun is on the figure's line: a number alone on its line ("2" / "Nhà hàng, quán ăn") is a table's row.
  if (!/^[ \t\u00a0]*\p{L}/u.test(v.folded.slice(fig.tok.end, fig.tok.end + 4))) return false;
  if (stopsNounPhrase(v, fig.tok.end, c) || c.uncounted.startAt(v, fig.tok.end, 8) >= 0) return false;
  // "phụ trách từ 30 - 50 hộ": a range's high end is governed from before its low end.
  const low = RANGE_LOW_BEFORE.exec(v.folded.slice(Math.max(part.start, fig.tok.start - 24), fig.tok.start));
  let at = fig.tok.start - (low ? low[0].length : 0);
  for (let s = c.countFiller.endAt(v, at, 20); s >= 0 && s >= part.start; s = c.countFiller.endAt(v, at, 20)) at = s;
  if (c.countVerb.endAt(v, at, 30) >= part.start) return true;
  const bounded = Math.max(c.atMost.endAt(v, fig.tok.start, 25), c.atLeast.endAt(v, fig.tok.start, 25), c.change.endAt(v, at, 12));
  if (bounded < part.start) return false;
  if (c.countVerb.test(v, part.start, bounded)) return true;
  // "mỗi huyện có ít nhất 01 cơ sở thu dung": what each unit must have.
  const verb = c.perUnitVerb.endAt(v, bounded, 12);
  return verb >= part.start && c.perUnit.test(v, part.start, verb);
}
