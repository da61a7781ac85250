import { expectsAfter, forecastCues } from '../../phrases/forecasts';
import { withoutAbbreviationDots } from '../../../text/abbreviation-dots';
import { labelEnd } from '../measures/spans';
import { opensWithPastTime } from '../measures/non-orders';
import { afterConnectors } from '../measures/strength';
import { CLOCK_TIME, findTimeExpressions, NUMERIC_DATE } from '../../../text/dates';
import { openingEnd, type Hit, type PhraseMatcher, type TextView } from '../../phrases/patterns';
import type { CompiledTargets } from './compile';
import { beforeBound, inexact } from './metric-match';
import { conditionOpening } from './qualifiers';
import { digitsEnd } from './text-parts';

// Reported figures are never targets. A figure is reported when
//  - its sentence opens with a report adverbial: "Tính đến ngày 17/10/2021, thành phố đã tiêm ...",
//    "Hiện nay, mỗi ngày có từ 3.000 đến 4.000 người ...", "Theo báo cáo, ...", unless an order comes
//    between ("Hiện nay, tỷ lệ tiêm còn thấp, đề nghị các huyện phấn đấu đạt 90%");
//  - a report cue comes before it in its segment ("đã ghi nhận 05 ca", "đã xét nghiệm 12.345 mẫu"),
//    unless the cue opens a relative clause after a person ("F1 đã tiêm đủ liều vắc xin cách ly tại nhà 07
//    ngày": who, not what was done), or a report verb is anywhere in it ("90 ngày không ghi nhận ca mới") but in a
//    clause after the figure that says when ("trong vòng 24 giờ kể từ khi được ghi nhận");
//  - "có" states it without a goal ("toàn tỉnh có 03 ca", "riêng tháng 8 có 417 người");
//  - its segment continues a reported one ("đã tiêm 1.000 mũi, đạt 92,2%", "tổng số 500 giường, trong đó
//    50 giường hồi sức");
//  - it spans the past in a reporting sentence ("Trong 24 giờ qua, tỉnh ghi nhận 12 ca");
//  - it is compared with a time no later than the directive's ("giảm 62% so với năm 2019");
//  - its sentence or part opens with a day no later than the directive's ("Đến ngày 10/11/2021, tỷ lệ ... đạt
//    94,3%" in a plan of 12/11/2021), unless an order comes between;
//  - its part gives the basis of the document ("căn cứ số lượng vắc xin được phân bổ là 42.000 liều");
//  - it is estimated ("Đối tượng: người từ 12 đến 17 tuổi, ước khoảng 98.500 người", "Đối tượng: khoảng 68.500 trẻ
//    em"), without a goal before it;
//  - its part foresees it ("Dự báo số ca mắc có thể tăng lên 300 ca/ngày", "Dự kiến tỉnh sẽ tiếp nhận thêm
//    50.000 liều"), unless an order comes between.
// Nor are the threshold of a condition ("khi SpO2 dưới 96% ... phải báo ngay") and a description in
// parentheses ("xóm Mòng (146 hộ, 583 người)").

export interface Place {
  sentence: Hit;
  part: Hit;
  /** The segments of the sentence, in order, and the index of the figure's one. */
  segments: Hit[];
  segment: number;
  /** Names of bodies in the sentence: their words are no cue ("Bệnh viện Đa khoa" written "Da khoa" is no "đã"). */
  names?: Hit[];
}

/** Whether a phrase of `m` opens the text at `at`, past bullets and emphasis. */
const startsWith = (v: TextView, m: { startAt(v: TextView, pos: number, limit?: number): number }, at: number) => openingEnd(v, m, at) >= 0;

/**
 * Report cues in [from, to) that are not the "đã" of a relative clause after a person, nor a syllable of a
 * bound: a text without marks writes "tối đa" as "toi da", and "da" is then "đã" too.
 */
function reportCues(v: TextView, from: number, to: number, c: CompiledTargets, names: Hit[] = []): Hit[] {
  const relative: Hit[] = [];
  const hits = cueWords(v, c.report, from, to, c, names).filter((h) => {
    // "- Đã tiêm đủ liều vắc xin: cách ly tại nhà 05 ngày": a label that opens with it says who is meant, where
    // words stand between it and the figure ("Đã tiêm: 50.000 liều" reports).
    const label = /^[\s\u00a0\-–•*+]*$/u.test(v.folded.slice(from, h.start)) ? labelEnd(v.text, h.start, to) : null;
    if (label !== null && /\p{L}/u.test(v.folded.slice(label + 1, to))) return false;
    // "Chuẩn bị tổng số 1.500 giường": a total a counting verb sets up is ordered, and so is one a goal's word
    // reaches for ("Tổng số giường bệnh toàn tỉnh phấn đấu đạt 5.800 giường").
    if (isTotal(v, h, c) && (c.countVerb.endAt(v, h.start, 24) >= from || strongGoal(v, h.end, to, c))) return false;
    // "cho người từ 18 tuổi trở lên hiện đạt 52,3%": a cue that holds a goal's word states a result, no clause of who.
    if (c.goal.test(v, h.start, h.end) || (!opensRelative(v, h, to, c) && !joinsRelative(v, h, relative, c))) return true;
    relative.push(h);
    return false;
  });
  if (hits.length === 0) return hits;
  const bounds = [...c.atMost.all(v, from, to), ...c.atLeast.all(v, from, to)];
  return hits.filter((h) => !bounds.some((b) => b.start <= h.start && h.end <= b.end && b.end - b.start > h.end - h.start));
}

/**
 * The hits of a report matcher in [from, to) that are its words: not inside a name or a reportCueExcept phrase
 * ("Đa khoa", "tính đến thời điểm về địa phương"), and with the marks an "exact" cue must keep ("tỉnh đến").
 */
function cueWords(v: TextView, m: PhraseMatcher, from: number, to: number, c: CompiledTargets, names: Hit[] = []): Hit[] {
  const words = [...names, ...c.reportExcept.all(v, from, to)];
  return m.all(v, from, to).filter((h) => !words.some((n) => n.start <= h.start && h.end <= n.end) && !inexact(v, h, c) && !SINCE_DATE.test(v.folded.slice(Math.max(0, h.start - 32), h.start)));
}

/** "(Người về từ Hải Dương) từ ngày 15/01/2021 đến nay": since when, which says who is meant; nothing is reported. */
const SINCE_DATE = new RegExp(String.raw`(?:^|[^\p{L}])tu\s+(?:ngay\s+)?${NUMERIC_DATE}\s*$`, 'u');
/** The same window opening its sentence, up to its comma: "Từ ngày 01/8/2021 đến nay, đường dây nóng tiếp nhận ..." looks back. */
const WINDOW_TO_NOW = new RegExp(String.raw`^tu\s+(?:ngay\s+)?${NUMERIC_DATE}\s+(?:den|toi)\s+nay\s*(?:,|$)`, 'u');

/** Is the cue a total's word ("tổng số")? */
function isTotal(v: TextView, h: Hit, c: CompiledTargets): boolean {
  return c.reportTotal.startAt(v, h.start, h.end - h.start + 2) >= 0;
}

/**
 * Does the cue state an alternative condition after "hoặc" ("Người chưa tiêm vắc xin hoặc đã tiêm ... phải cách
 * ly"), or carry on, after "và" or "nhưng", a relative clause an earlier cue opened ("Người đã tiêm đủ liều và đã
 * khỏi bệnh thì ...", "hoặc đã tiêm nhưng chưa đủ 14 ngày")? Reports add with "và", they seldom offer choices.
 */
function joinsRelative(v: TextView, h: Hit, relative: Hit[], c: CompiledTargets): boolean {
  if (c.alternativeJoin.endAt(v, h.start, 12) >= 0) return true;
  const join = c.relativeJoin.endAt(v, h.start, 12);
  if (join < 0) return false;
  return relative.some((r) => r.end <= join && !/[.;:!?]/.test(v.folded.slice(r.end, h.start)));
}

/** How far back a person may stand before the place they come from ("Người đến từ các tỉnh, thành phố ..."). */
const ORIGIN_SPAN = 60;

/**
 * Does the cue open a clause that says who or when, not what was done, before `to`? After a person ("F1 đã tiêm
 * đủ liều"), after a person and where they are from ("Người từ vùng cam đã tiêm đủ 2 mũi ... cách ly tại nhà 7
 * ngày"; an age is no place: "người từ 18 tuổi trở lên đã tiêm ... đạt 88,3%"), or after "khi" when the order
 * resumes before `to` ("sau khi đã kết thúc cách ly tập trung phải tự theo dõi sức khỏe thêm 7 ngày"; not in "được
 * đi làm khi đã tiêm ít nhất 01 mũi sau 14 ngày", where the figure is the clause's own).
 */
function opensRelative(v: TextView, h: Hit, to: number, c: CompiledTargets): boolean {
  // "người từ 18 tuổi trở lên (đã tiêm đủ 2 mũi)": a cue opening an aside in brackets describes who stands before it.
  const bracket = /\([\s\u00a0]*$/u.exec(v.folded.slice(Math.max(0, h.start - 4), h.start));
  const before = pastAside(v, bracket ? h.start - bracket[0].length : h.start);
  if (person(v, before, c)) return true;
  const age = ageBefore(v, before, c);
  if (age >= 0) {
    const head = c.relativeHead.all(v, Math.max(0, age - 30), age).find((p) => /^[\s\u00a0]*$/u.test(v.folded.slice(p.end, age)));
    if (head && c.beneficiaryLead.endAt(v, head.start, 10) >= 0) return true;
  }
  if (c.clauseLead.endAt(v, before, 10) >= 0) return c.consequent.all(v, h.end, to).length > 0;
  const from = Math.max(0, h.start - ORIGIN_SPAN);
  const fromPlace = (o: Hit) => !/^[\s\u00a0]*\d/u.test(v.text.slice(o.end, o.end + 4)) && !/[,;.:]/.test(withoutAbbreviationDots(v.text.slice(o.end, h.start)));
  return c.relativeOrigin.all(v, from, h.start).some((o) => fromPlace(o) && person(v, o.start, c));
}

/** Does a person in relativeHeads end at `at`, not counted ("Số người từ Hà Nội đã được xét nghiệm là ...")? */
function person(v: TextView, at: number, c: CompiledTargets): boolean {
  const head = c.relativeHead.endAt(v, at, 30);
  return head >= 0 && c.countedHead.endAt(v, head, 12) < 0;
}

/** Where an age ("từ 18 tuổi trở lên", "5 đến dưới 12 tuổi") right before `at` starts, or -1. */
function ageBefore(v: TextView, at: number, c: CompiledTargets): number {
  const head = v.folded.slice(Math.max(0, at - 50), at);
  for (const m of head.matchAll(AGE_FIGURES)) {
    const start = at - head.length + m.index;
    const noun = c.age.startAt(v, start + m[0].length, 8);
    if (noun >= 0 && /^[\s\u00a0]*(?:tro[\s\u00a0]+len[\s\u00a0]*)?$/u.test(v.folded.slice(noun, at))) return start;
  }
  return -1;
}

/** "từ 18", "5 đến dưới 12", "12-17": the figures of an age, folded, before its noun. */
const AGE_FIGURES = /(?:(?:tu|tren|duoi)[\s\u00a0]+)?\d{1,3}(?:[\s\u00a0]*(?:-|den)[\s\u00a0]*(?:duoi[\s\u00a0]+)?\d{1,3})?[\s\u00a0]*/gu;

/** Where the words before `at` end past a short aside in brackets: "Người tiếp xúc gần (F1) đã tiêm ...". */
function pastAside(v: TextView, at: number): number {
  const aside = /\([^()]{1,20}\)[\s\u00a0]*$/u.exec(v.folded.slice(Math.max(0, at - 30), at));
  return aside ? at - aside[0].length : at;
}

/** Does the segment carry a report anywhere (a cue, a report verb)? */
function segmentReports(v: TextView, seg: Hit, c: CompiledTargets, names: Hit[] = []): boolean {
  return reportCues(v, seg.start, seg.end, c, names).length > 0 || c.reportVerb.test(v, seg.start, seg.end) || statesCount(v, seg, c);
}

/** "Toàn tỉnh có khoảng 142.000 trẻ ...": a segment stating how many there are ("có" before a figure). */
function statesCount(v: TextView, seg: Hit, c: CompiledTargets): boolean {
  for (const m of v.text.slice(seg.start, seg.end).matchAll(/(?<![\d.,])\d/gu)) if (isExistential(v, seg.start + m.index, seg, c)) return true;
  return false;
}

function continuesReport(v: TextView, place: Place, i: number, c: CompiledTargets): boolean {
  for (let k = i; k > 0; k--) {
    if (!startsWith(v, c.continuation, place.segments[k].start)) return false;
    if (segmentReports(v, place.segments[k - 1], c, place.names)) return true;
  }
  return false;
}

/**
 * "ước tính", "ước" right before the figure, "khoảng" and the like between: a size estimated, not one ordered. So is
 * an approximation in a part a label of whom the plan covers opens ("Đối tượng: khoảng 68.500 trẻ em"), or the
 * count right after that label's colon.
 */
function isEstimate(v: TextView, at: number, part: Hit, c: CompiledTargets): boolean {
  // "ước" is also an approximation of its own ("ước 1,2 triệu người").
  const approximated = c.approximation.endAt(v, at, 16);
  if (approximated >= 0 && startsWith(v, c.estimateLabel, part.start) && v.text.slice(part.start, approximated).includes(':')) return !c.goal.test(v, part.start, approximated);
  // "Đối tượng: 36.300 trẻ", "Số đối tượng dự kiến: 35.200 trẻ": the headcount right after such a label; a share
  // there ("Đối tượng: 100% người dân") still says how many of them the plan reaches.
  const figureEnd = digitsEnd(v, at);
  if (startsWith(v, c.estimateLabel, part.start) && /:[\s\u00a0]*$/u.test(v.text.slice(part.start, at)) && !/^[\s\u00a0]*(?:%|phan[\s\u00a0]+tram)/u.test(v.folded.slice(figureEnd, figureEnd + 12))) {
    return !c.goal.test(v, part.start, at);
  }
  const estimate = Math.max(c.estimate.endAt(v, at, 16), approximated >= 0 ? c.estimate.endAt(v, approximated, 16) : -1);
  return estimate >= 0 && !c.goal.test(v, part.start, estimate);
}

/** A forecast cue before the figure in its part, or an expectation followed by "sẽ" before it or by supplies arriving. */
function isForecast(v: TextView, at: number, part: Hit, c: CompiledTargets): boolean {
  const cue = forecastCues(v, part.start, at, c.forecasts).pop();
  if (cue && !ordersAfter(v, cue.end, at, c)) return true;
  const expected = c.forecasts.expected.all(v, part.start, at).pop();
  if (!expected || ordersAfter(v, expected.end, at, c)) return false;
  return expectsAfter(v, expected.end, at, part.end, c.forecasts);
}

/**
 * Does "có" state the figure ("có 417 người", "các xã có trên 200 người bệnh", "có khoảng 1.150 lượt xe") rather than a goal
 * ("phấn đấu ... có trên 95%") or a limit, where a negation before it bans what has more ("không tổ chức đám cưới
 * có trên 20 người tham dự")?
 */
function isExistential(v: TextView, at: number, part: Hit, c: CompiledTargets): boolean {
  let from = /(?:^|[^\p{L}])tu[\s\u00a0]+$/u.exec(v.folded.slice(Math.max(0, at - 4), at)) ? at - 3 : at;
  for (const m of [c.above, c.below, c.atMost, c.atLeast, c.approximation]) {
    const s = m.endAt(v, from, 16);
    if (s >= 0) {
      // "có tối đa 30 người tham dự", "có không quá 01 người nhà": a ceiling is set, not a count stated.
      if (m === c.atMost && c.existential.endAt(v, s, 12) >= 0) return false;
      from = s;
      break;
    }
  }
  // "Toàn tỉnh hiện có 12 khu cách ly với 1.500 giường": what the count stated has is stated with it.
  const withCount = WITH_BEFORE.test(v.folded.slice(Math.max(part.start, from - 8), from)) ? v.folded.slice(part.start, from).search(EXISTENTIAL_COUNT) : -1;
  const existential = withCount >= 0 ? part.start + withCount + 2 : c.existential.endAt(v, from, 12);
  // "Thành lập 9 đội, trong đó có 2 đội ...": a share of what the part sets up, unless the part states what
  // there is ("Hiện toàn tỉnh có 500 giường, trong đó có 50 giường ...").
  const share = existential >= 0 ? c.share.endAt(v, existential, 12) : -1;
  if (share >= part.start && !c.existential.test(v, part.start, share)) return false;
  // Only a goal before the figure governs it: "bố trí ít nhất 01 phòng" after "có trên 200 lao động" is another figure's,
  // and so is one right before an earlier figure ("Thành lập ít nhất 01 trạm tại các xã có trên 30 người mắc").
  const governs = (g: Hit) => g.end > existential || !/^[\s\u00a0]*\d/u.test(v.folded.slice(g.end, g.end + 4));
  // "đến ngày 20/9/2021 phải có 95% người lao động được tiêm": what must be there is a goal.
  if (existential >= 0 && MODAL_BEFORE.test(v.folded.slice(Math.max(part.start, existential - 12), existential))) return false;
  return existential >= 0 && !c.goal.all(v, part.start, at).some(governs) && !c.negation.test(v, part.start, existential);
}

/** "phải", "cần" right before "có" (folded). */
const MODAL_BEFORE = /(?:^|[^\p{L}])(?:phai|can)[\s\u00a0]+$/u;

/** "với" right before a figure, folded. */
const WITH_BEFORE = /(?:^|[^\p{L}])voi[\s\u00a0]+$/u;
/** "có 12" earlier in the part: a count stated, its figure right after "có" (folded). */
const EXISTENTIAL_COUNT = /(?<![\p{L}])co[\s\u00a0]+(?=\d)/u;

/**
 * "khi SpO2 dưới 96% hoặc khó thở phải báo ngay", "Trường hợp có trên 10 người thì ...": a figure in a
 * condition that opens its segment, before the consequent that follows it, is the condition's threshold.
 */
export function isThreshold(v: TextView, at: number, unitEnd: number, place: Place, c: CompiledTargets): boolean {
  if (isScenarioSize(v, at, place.part, c)) return true;
  const own = place.segments[place.segment];
  // The condition may open an earlier segment: "khi thấy khó thở, SpO2 dưới 96% cần liên hệ ngay ...".
  const lead = startsWith(v, c.thresholdLead, own.start) ? own.start : c.thresholdLead.all(v, place.part.start, at).pop()?.start;
  if (lead === undefined) return isThresholdWindow(v, at, unitEnd, own, c) || isSubjectFilter(v, at, unitEnd, own, c) || isScopeFilter(v, at, unitEnd, own, c);
  const seg = { start: lead, end: own.end };
  // The condition is the figure's own segment, closed by a comma before the order: "Khi số F0 vượt 800 người, ...".
  const closed = lead >= own.start && /^[\s\u00a0]*,/u.test(v.folded.slice(own.end, own.end + 3));
  // A comparison: "dưới 96%", "trên 10 người", "vượt quá 100 ca", "từ 02 ca trở lên", "tăng lên 5.000 người".
  const comparisons = lead >= own.start ? [c.above, c.below, c.atMost, c.atLeast, c.thresholdRise] : [c.above, c.below, c.atMost, c.atLeast];
  // Or a time elapsed: "Nếu sau 14 ngày kết quả vẫn dương tính thì ...".
  const elapsed = at - 8 >= seg.start && SINCE.test(v.folded.slice(at - 8, at));
  const compared = comparisons.some((m) => m.endAt(v, at, 16) >= seg.start) || c.openEnded.startAt(v, unitEnd, 20) >= 0 || elapsed;
  if (!compared) return false;
  if (c.consequent.test(v, seg.start, at)) return false;
  return closed || c.consequent.test(v, unitEnd, place.part.end) || definesLevel(v, lead, place.part, c);
}

/** Between a scenario's label and the number of cases it is sized for: "khi có", "đáp ứng", "2 (trên". */
const SCENARIO_SIZE = /^[\s\u00a0]*(?:\d{1,2}[\s\u00a0]*)?\(?[\s\u00a0]*(?:khi[\s\u00a0]+)?(?:co[\s\u00a0]+)?(?:dap[\s\u00a0]+ung[\s\u00a0]+)?(?:(?:tren|duoi|tu|hon)[\s\u00a0]+)?$/u;

/**
 * "tình huống khi có 2.000 người mắc", "Kịch bản đáp ứng 5.000 F0": the cases a scenario (metrics.json
 * scenarioLabels) is sized for say when its plan holds; the beds it prepares are the targets.
 */
function isScenarioSize(v: TextView, at: number, part: Hit, c: CompiledTargets): boolean {
  const label = c.scenarioLabel.all(v, part.start, at).pop();
  return label !== undefined && at - label.end <= 30 && SCENARIO_SIZE.test(v.folded.slice(label.end, at));
}

/** A level's number and what it is called in brackets, between its name and "khi": "cấp độ 4 (nguy cơ rất cao) ". */
const LEVEL_TAIL = /(?:[\s\u00a0]*\d{1,2})?(?:[\s\u00a0]*\([^()]{0,30}\))?[\s\u00a0:,]*$/u;

/**
 * "cấp độ 1 khi tỷ lệ tiêm đủ liều trên 70% dân số", "vùng đỏ khi có từ 10 ca trở lên": a level's name right
 * before "khi" (metrics.json levelNames) defines the level by the comparison after it; no order follows.
 */
function definesLevel(v: TextView, lead: number, part: Hit, c: CompiledTargets): boolean {
  const before = v.folded.slice(Math.max(part.start, lead - 50), lead);
  const tail = LEVEL_TAIL.exec(before);
  return c.levelName.endAt(v, lead - (tail ? tail[0].length : 0), 30) >= 0;
}

/**
 * "Lớp có từ 03 học sinh là F0 trở lên trong 07 ngày thì chuyển lớp đó sang học trực tuyến": the span over which
 * a threshold stated with "có" is counted, before the "thì" (or "phải") of its consequent, is part of the condition.
 */
function isThresholdWindow(v: TextView, at: number, unitEnd: number, own: Hit, c: CompiledTargets): boolean {
  const existential = c.existential.all(v, own.start, at)[0];
  if (!existential) return false;
  const compared = [c.openEnded, c.above, c.atLeast, c.below].some((m) => m.test(v, existential.end, at)) || c.openEnded.startAt(v, unitEnd, 20) >= 0;
  if (!compared) return false;
  if (/(?:^|[\s\u00a0,])thì[\s\u00a0]/u.test(v.lower.slice(unitEnd, own.end))) return true;
  // "Người bệnh có SpO2 dưới 96% ... phải báo ngay": who has the figure must act, unless it is itself what
  // an order asks for ("Mỗi trạm phải có ít nhất 02 bác sĩ").
  return !c.consequent.test(v, own.start, at) && !c.goal.test(v, own.start, at) && c.consequent.test(v, unitEnd, own.end);
}

/**
 * "Doanh nghiệp trên 200 lao động phải có phương án ...": a comparison inside the subject says which ones the
 * consequent binds; nothing before it orders, bounds or denies.
 */
function isSubjectFilter(v: TextView, at: number, unitEnd: number, own: Hit, c: CompiledTargets): boolean {
  const comparison = Math.max(c.above.endAt(v, at, 16), c.below.endAt(v, at, 16));
  if (comparison < own.start || !/\p{L}[\s\u00a0]+$/u.test(v.folded.slice(own.start, comparison))) return false;
  for (const m of [c.goal, c.order, c.countVerb, c.negation, c.atMost, c.atLeast, c.consequent, c.existential]) if (m.test(v, own.start, comparison)) return false;
  // "Doanh nghiệp trên 200 lao động bố trí ít nhất 01 phòng": the subject's verb may count what it must set up.
  return c.consequent.test(v, unitEnd, own.end) || c.countVerb.startAt(v, unitEnd, 12) >= 0;
}

/**
 * "Đối với doanh nghiệp sử dụng trên 1.000 lao động, xây dựng khu cách ly tạm thời": a comparison in the
 * segment "đối với" opens, before the comma that ends it, says whom the order binds.
 */
function isScopeFilter(v: TextView, at: number, unitEnd: number, own: Hit, c: CompiledTargets): boolean {
  if (!startsWith(v, c.filterLead, own.start) || !/^[\s\u00a0]*,/u.test(v.folded.slice(own.end, own.end + 3))) return false;
  return [c.above, c.below].some((m) => m.endAt(v, at, 16) >= own.start) || c.openEnded.startAt(v, unitEnd, 20) >= 0;
}

/**
 * "Hiện nay, tỷ lệ tiêm mũi 2 còn thấp, đề nghị các huyện phấn đấu đạt 90%": an order after the report
 * opener, before the figure, ends the report.
 */
function ordersAfter(v: TextView, from: number, at: number, c: CompiledTargets): boolean {
  const except = c.orderExcept.all(v, from, at);
  return c.order.all(v, from, at).some((h) => !except.some((e) => e.start <= h.start && h.end <= e.end));
}

/**
 * The day a segment opens by running up to ("Đến ngày 10/11/2021,", "Từ ngày 29/4/2021 đến 18 giờ ngày
 * 20/8/2021,"), as "YYYY-MM-DD". A start alone ("Từ 0 giờ ngày 05/8/2021, ...") says when an order takes effect.
 */
function openingUpTo(v: TextView, opening: Hit): string | null {
  const folded = v.folded.slice(opening.start, opening.end);
  const lead = /^[\s\u00a0*_\-–•+(]*(?:\p{L}+[\s\u00a0]+){0,3}/u.exec(folded)?.[0].length ?? 0;
  const times = findTimeExpressions(folded, null);
  if (times.length === 0 || times[0].start > lead) return null;
  const last = times[times.length - 1];
  return last.kind === 'DAY' && UP_TO.test(folded.slice(0, last.start)) ? last.last : null;
}

/** "giảm 62% so với năm 2019", "tăng 57 ca so với ngày 08/02/2022": a change measured against the past. */
function comparedWithPast(v: TextView, unitEnd: number, issuedOn: string | null): boolean {
  if (!issuedOn) return false;
  const m = /^[\s\u00a0,]*so[\s\u00a0]+voi[\s\u00a0]+/u.exec(v.folded.slice(unitEnd, unitEnd + 20));
  if (!m) return false;
  const time = findTimeExpressions(v.folded.slice(unitEnd + m[0].length, unitEnd + m[0].length + 40), null)[0];
  return !!time && time.start <= 5 && time.last <= issuedOn;
}

/**
 * "Sau 10 ngày thực hiện giãn cách xã hội, tình hình ... được kiểm soát", "Qua 7 ngày triển khai ...", "Qua 2 tuần,
 * đã có 120 ...": how long a measure has run, or a time, looked back on. Not the time a condition waits for ("Sau 14 ngày thực hiện cách ly, nếu ... thì").
 */
function isElapsed(v: TextView, at: number, unitEnd: number, part: Hit, c: CompiledTargets): boolean {
  const lead = c.elapsedLead.endAt(v, at, 12);
  if (lead < 0) return false;
  // Or, opening the part, what the span led to is reported after it: "Sau 21 ngày giãn cách, số ca tử vong đã giảm
  // 70%", "Qua 2 tuần, đã có ..." (not "không vượt qua 50% tổng số ..." of a text without marks).
  const opens = /^[\s\u00a0\-–•*+]*$/u.test(v.folded.slice(part.start, lead));
  if (c.elapsedAct.startAt(v, unitEnd, 16) < 0 && !(opens && reportCues(v, unitEnd, part.end, c).length > 0)) return false;
  return !c.consequent.test(v, part.start, part.end) && !c.thresholdLead.test(v, part.start, part.end);
}

/**
 * After a look-back opening at `from`: no order before the figure at `at`, and no consequent ("phải") nor goal
 * ("phấn đấu") up to `to`, so what follows reports.
 */
function asksNothing(v: TextView, from: number, at: number, to: number, c: CompiledTargets): boolean {
  return !ordersAfter(v, from, at, c) && !c.consequent.test(v, from, to) && !strongGoal(v, from, to, c);
}

/** A goal's word other than the weak ones that reports also use ("phấn đấu", not "đạt"). */
function strongGoal(v: TextView, from: number, to: number, c: CompiledTargets): boolean {
  const weak = c.weakGoal.all(v, from, to);
  return c.goal.all(v, from, to).some((g) => !weak.some((w) => w.start === g.start));
}

/**
 * A span of days, weeks or months after an elapsed lead, or a count of rounds, folded: " 3 tuần" in "Qua 3 tuần
 * triển khai", " 2 vòng" in "Sau 2 vòng xét nghiệm toàn dân".
 */
const ELAPSED_SPAN = /^[\s\u00a0]*\d{1,3}[\s\u00a0]+(?:ngay|tuan|thang|dot|vong)(?![\p{L}])/u;

/** An opening span of time: whether it is looked back on, and where the clause after it begins (or -1). */
export interface ElapsedOpening {
  lookedBack: boolean;
  clauseAt: number;
}

/**
 * How long a measure has run, when the segment opens with it: looked back on ("Qua 3 tuần triển khai,", a window
 * up to now: "Từ ngày 01/8/2021 đến nay,"), or
 * only a span whose clause follows its first comma ("Sau 15 ngày thực hiện cách ly xã hội theo Chỉ thị số
 * 16/CT-TTg, tình hình dịch ..."); null when it opens with no such span. "Sau 7 ngày thực hiện giãn cách, tổ
 * chức xét nghiệm lần 2" may plan what comes after.
 */
export function elapsedOpening(v: TextView, opening: Hit, c: CompiledTargets): ElapsedOpening | null {
  const window = WINDOW_TO_NOW.exec(v.folded.slice(opening.start, opening.end));
  if (window) return { lookedBack: true, clauseAt: opening.start + window[0].length };
  const lead = openingEnd(v, c.elapsedLead, opening.start);
  const span = lead >= 0 ? ELAPSED_SPAN.exec(v.folded.slice(lead, opening.end)) : null;
  if (span === null) return null;
  const lookedBack = /(?:^|[\s\u00a0])qua(?:[\s\u00a0]+(?:hon|gan))?$/u.test(v.folded.slice(opening.start, lead)) && c.elapsedAct.startAt(v, lead + span[0].length, 16) >= 0;
  const comma = v.text.indexOf(',', lead);
  return { lookedBack, clauseAt: comma >= 0 && comma < opening.end ? comma + 1 : -1 };
}

/** A span of time looked back on, folded: "14 ngày qua", "2 tuần vừa qua". */
const PAST_SPAN = /(?<![\p{L}\d])\d{1,3}[\s\u00a0]+(?:ngay|tuan|thang|gio)[\s\u00a0]+(?:vua[\s\u00a0]+)?qua(?![\p{L}])/u;

/**
 * "Trong 14 ngày qua, số ca mắc mới giảm 62%", "Số ca mắc trong 7 ngày qua tăng 45%": a sentence that looks back
 * over a span and orders nothing, sets no goal and names no place anyone came from, states how things went;
 * every figure in it is reported. "Người về từ vùng dịch trong 14 ngày qua phải khai báo y tế" orders.
 */
function inPastStatistic(v: TextView, sentence: Hit, c: CompiledTargets): boolean {
  const span = PAST_SPAN.exec(v.folded.slice(sentence.start, sentence.end));
  if (!span) return false;
  const at = sentence.start + span.index;
  return ![c.order, c.consequent, c.goal].some((m) => m.test(v, sentence.start, sentence.end)) && !c.relativeOrigin.test(v, sentence.start, at);
}

/**
 * "Số người đang cách ly tập trung: 3.215 người", "Số F1 đã tiêm mũi 1: 812.300 người", "Kết quả tiêm chủng: mũi 1 đạt
 * 98%": a figure after the colon of a label that counts who did or are doing something (the aspect word read with its
 * marks), or that gives results. "Số giường: 500 giường" in a plan may be what is to be prepared.
 */
export function statisticLabelEnd(v: TextView, part: Hit, c: CompiledTargets): number | null {
  const colon = labelEnd(v.text, part.start, part.end);
  if (colon === null) return null;
  if (startsWith(v, c.resultLabel, part.start)) return colon;
  return startsWith(v, c.countLabel, part.start) && /(?<![\p{L}])(?:đã|đang)(?![\p{L}])/u.test(v.lower.slice(part.start, colon)) ? colon : null;
}

function afterStatisticLabel(v: TextView, at: number, part: Hit, c: CompiledTargets): boolean {
  const colon = statisticLabelEnd(v, part, c);
  return colon !== null && colon < at;
}

/** "đến", "tính đến", "đến 18 giờ", "đến hết" right before the day. */
const UP_TO = new RegExp(String.raw`(?:^|[^\p{L}])den(?:\s+het)?(?:\s+${CLOCK_TIME})?\s+(?:ngay\s+)?$`, 'u');

export function isReported(v: TextView, at: number, unitEnd: number, place: Place, c: CompiledTargets, issuedOn: string | null = null): boolean {
  const { sentence, part, segments, segment } = place;
  if (comparedWithPast(v, unitEnd, issuedOn)) return true;
  // "sau gần 100 ngày không có ca lây nhiễm": a streak without cases is reached, never ordered.
  if (c.caseFreeStreak.startAt(v, unitEnd, 12) >= 0) return true;
  if (isElapsed(v, at, unitEnd, place.part, c)) return true;
  const opens = [segments.find((s) => s.start >= sentence.start), segments.find((s) => s.start >= part.start)];
  // The days the sentence's and the part's openings run up to, beside the directive's own: "Đến ngày 10/11/2021,
  // tỷ lệ ... đạt 94,3%" states what was reached by a day no later than it.
  const issued = issuedOn ?? '';
  const openingDays = opens.flatMap((s) => (s && issued && s.start <= at ? [{ s, day: openingUpTo(v, s) }] : [])).filter((o): o is { s: Hit; day: string } => o.day !== null);
  if (openingDays.some(({ s, day }) => day <= issued && !ordersAfter(v, s.end, at, c))) return true;
  // "Trong 24 giờ qua, tỉnh ghi nhận 12 ca mắc mới": the past span of a reporting sentence.
  if (c.pastMarker.startAt(v, unitEnd, 12) >= 0 && segments.some((s) => segmentReports(v, s, c, place.names))) return true;
  if (inPastStatistic(v, sentence, c) || afterStatisticLabel(v, at, part, c)) return true;
  // "Căn cứ tình hình dịch bệnh, ..." states why; an order after it still orders ("..., UBND tỉnh yêu cầu ... không
  // quá 25 người").
  const basisEnd = openingEnd(v, c.basis, part.start);
  if (basisEnd >= 0 && !ordersAfter(v, basisEnd, at, c)) return true;
  // "Trước tình trạng giá kit test tăng 20-30% trong tuần qua, Chủ tịch UBND tỉnh yêu cầu:": the situation an
  // order of the same sentence answers, named before it; "Trước tình hình đó, các huyện phải xét nghiệm cho 100%
  // người dân" orders no later than its figure.
  const situationEnd = openingEnd(v, c.situation, afterConnectors(v, sentence.start, sentence.end));
  if (situationEnd >= 0 && situationEnd <= at && !ordersAfter(v, situationEnd, at, c) && ordersAfter(v, unitEnd, sentence.end, c)) return true;
  // "Thực hiện Nghị quyết số 11/NQ-CP ... với tổng quy mô khoảng 350.000 tỷ đồng, UBND tỉnh yêu cầu": the size
  // of the document carried out, in the clause that names it ("Thực hiện Kế hoạch số 12, tiêm cho 100% ..." orders).
  const carriedOutEnd = openingEnd(v, c.carriedOut, part.start);
  if (carriedOutEnd >= 0 && !/[,;:]/u.test(v.text.slice(carriedOutEnd, at))) return true;
  if (isForecast(v, at, part, c) || isEstimate(v, at, part, c)) return true;
  const opening = segments.find((s) => s.end > s.start && /\p{L}/u.test(v.folded.slice(s.start, s.end))) ?? segments[0];
  // "Hiện năng lực xét nghiệm của toàn tỉnh khoảng 4.000 mẫu đơn/ngày": "Hiện" opening the sentence, past a
  // connector ("Theo đó, hiện toàn tỉnh có 11 siêu thị"), or a part after the order ("...; hiện công suất của tỉnh
  // khoảng 2.000 mẫu/ngày"), is "now".
  if (startsWith(v, c.sentenceReportOpener, afterConnectors(v, sentence.start, sentence.end)) && opening.start <= at && !ordersAfter(v, sentence.start, at, c)) return true;
  if (part.start > sentence.start && startsWith(v, c.sentenceReportOpener, afterConnectors(v, part.start, part.end)) && asksNothing(v, part.start, at, part.end, c)) return true;
  if (opening && cueWords(v, c.reportOpener, opening.start, opening.end, c).length > 0 && opening.start <= sentence.start + 40 && !ordersAfter(v, opening.end, at, c)) return true;
  // "Mùa Giáng sinh năm 2020, 85% giáo xứ tổ chức Thánh lễ trực tuyến": what was done in a time wholly past.
  if (opening && opening.start <= at && opensWithPastTime(v, part, issuedOn) && asksNothing(v, part.start, at, part.end, c)) return true;
  // "Qua 3 tuần triển khai, tỷ lệ tiêm mũi 1 ... đạt 85%": what a measure that has run a while has reached.
  if (opening && opening.start <= at && elapsedOpening(v, opening, c)?.lookedBack === true && asksNothing(v, opening.end, at, sentence.end, c)) return true;
  const seg = { ...segments[segment], start: afterCondition(v, segments[segment].start, at, c) };
  // A report verb in a clause after the figure that says when ("trong vòng 24 giờ kể từ khi được ghi nhận") reports nothing.
  const whenAfter = (h: Hit) => h.start >= unitEnd && c.thresholdLead.test(v, unitEnd, h.start);
  // "Tổng số công dân đón về tối đa 4.000 người": a total under a bound is the limit, not a count.
  const bounded = [c.atMost, c.atLeast].some((m) => m.endAt(v, at, 16) >= 0);
  const cues = reportCues(v, seg.start, at, c, place.names).filter((h) => !(bounded && isTotal(v, h, c)));
  if (cues.length > 0 || c.reportVerb.all(v, seg.start, seg.end).some((h) => !whenAfter(h))) return true;
  if (reportedBefore(v, place, c)) return true;
  if (isAchieved(v, at, seg, c)) return true;
  // "Đến ngày 31/10/2021, có trên 90% người ... được tiêm": "có" under a day still to come states the goal.
  if (isExistential(v, at, part, c) && !openingDays.some(({ day }) => day > issued)) return true;
  return continuesReport(v, place, segment, c);
}

/**
 * "Lực lượng biên phòng đã bắt giữ 35 người nhập cảnh trái phép, bàn giao 30 người cho địa phương cách ly": the
 * report cue of an earlier segment of the part covers the verbs its commas list after it, unless the part orders, sets
 * a goal or binds after the cue.
 */
function reportedBefore(v: TextView, place: Place, c: CompiledTargets): boolean {
  const own = place.segments[place.segment];
  if (own.start <= place.part.start) return false;
  const cue = reportCues(v, place.part.start, own.start, c, place.names).pop();
  if (cue === undefined) return false;
  // "cách ly tại nhà 7 ngày nếu đã tiêm đủ liều, 14 ngày nếu chưa": a cue in a condition says when, nothing done.
  const cueSegment = place.segments.find((g) => g.start <= cue.start && cue.start < g.end) ?? own;
  if (c.conditionCue.test(v, cueSegment.start, cue.start)) return false;
  // Nor does it cover a part that orders after the figure ("Ai đã đến Bắc Giang, Bắc Ninh trong vòng 14 ngày phải khai báo").
  return !ordersAfter(v, cue.end, place.part.end, c) && ![c.goal, c.consequent].some((m) => m.test(v, cue.end, place.part.end));
}

/**
 * "Trong ngày 14/8, toàn tỉnh tiêm được 9.000 mũi", "tỷ lệ tiêm mũi 2 mới được 40%": "được" right before the figure
 * (an approximation aside), after a verb, says what was managed, unless a goal, an order, a consequent or a bound
 * before it in the segment makes it what must be managed ("phải tiêm được 10.000 mũi", "bảo đảm xét nghiệm được
 * 3.000 mẫu"), or "chỉ" what is allowed ("mỗi người bệnh chỉ được 01 người nhà chăm sóc").
 */
function isAchieved(v: TextView, at: number, seg: Hit, c: CompiledTargets): boolean {
  const approximated = c.approximation.endAt(v, at, 12);
  const cue = c.achieved.endAt(v, approximated >= seg.start ? approximated : at, 10);
  if (cue < seg.start || !/\p{L}[\s\u00a0]+$/u.test(v.folded.slice(seg.start, cue))) return false;
  return ![c.goal, c.order, c.consequent, c.atMost, c.atLeast, c.only].some((m) => m.test(v, seg.start, at));
}

/**
 * Where the order starts in a segment that opens on a condition ending in its consequent before the figure:
 * "Trường hợp trong 14 ngày không ghi nhận ca mắc mới thì cho phép ... tối đa 50% công suất". What the
 * condition reports ("ghi nhận") says when the order holds, not what was done.
 */
function afterCondition(v: TextView, start: number, at: number, c: CompiledTargets): number {
  const from = conditionOpening(v, start, c);
  if (from < 0) return start;
  const then = c.consequent.all(v, from, at).filter((h) => /^[\s\u00a0]*thi\b/u.test(v.folded.slice(h.start, h.end + 1))).pop();
  return then ? then.end : start;
}

/**
 * "xử phạt ... mức phạt từ 1.000.000 đồng đến 3.000.000 đồng": a fine the law sets, restated, orders no sum; nor
 * does an item of a list of fines its lead announces ("mức xử phạt ..., cụ thể:" / "- Không đeo khẩu trang: từ ...").
 */
export function isPenalty(v: TextView, at: number, unit: string | null, part: Hit, c: CompiledTargets, lead: Hit | null = null): boolean {
  // "Hộ kinh doanh vi phạm sẽ bị đình chỉ hoạt động 14 ngày": how long a sanction lasts.
  if ((unit === 'DAYS' || unit === 'WEEKS') && c.suspensionPenalty.test(v, part.start, at)) return true;
  return unit === 'VND' && (c.penalty.test(v, part.start, at) || (lead !== null && c.penalty.test(v, lead.start, lead.end)));
}

/** "sau" right before the figure or its bound: the time elapsed since something. */
const SINCE = /(?:^|[\s\u00a0])sau[\s\u00a0]+$/u;

/**
 * "toàn bộ tổ dân phố 5 (212 hộ, 845 người)": a figure in parentheses without a bound or a goal or order
 * cue describes what the sentence names; it orders nothing.
 */
export function inDescription(v: TextView, at: number, sentence: Hit, c: CompiledTargets): boolean {
  const before = v.text.slice(sentence.start, at);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return false;
  const close = v.text.slice(at, sentence.end).indexOf(')');
  const end = close < 0 ? sentence.end : at + close;
  const from = sentence.start + open + 1;
  // "đã tiêm đủ 02 liều (liều thứ hai sau ít nhất 14 ngày)": the time since an event says who is meant, bound or not.
  const bound = beforeBound(v, at, c);
  if (SINCE.test(v.folded.slice(from, Math.max(from, bound)))) return true;
  for (const m of [c.atMost, c.atLeast, c.above, c.below, c.only, c.goal, c.order, c.validityCue, c.validityResult]) if (m.test(v, from, end)) return false;
  return true;
}
