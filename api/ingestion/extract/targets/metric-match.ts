import { foldKey, type Hit, type TextView } from '../../phrases/patterns';
import { exactHits } from '../exact';
import type { CompiledMetric, CompiledTargets } from './compile';
import type { Figure } from './figures';
import { pastComparison } from './noun-phrase';

// Which metric of seeds/lexicons/metrics.json a figure measures: its words ("mẫu gộp", "50% công suất",
// "7 ngày/lần", "các lần sau cách nhau 05 ngày"), its lead words ("trong vòng"), and the context words of its
// part of the sentence, nearest before it first ("cách ly tập trung 14 ngày" is a quarantine, "tự theo dõi
// sức khỏe 14 ngày" monitoring), unless another thing's word stands nearer before it ("khu cách ly tập trung
// 50 giường" counts no treatment beds). A context word inside an excepted phrase does not count ("tập trung" in
// "khu cách ly tập trung"), nor one written with other diacritics than an exact phrase ("truyền thống" is
// not "truyền thông"). A count per something else ("3 người/bàn") and the validity of a document ("có giá
// trị trong 3 ngày") are no metric's.

export interface MetricMatch {
  cm: CompiledMetric;
  /** End of the words the metric read (unit, nouns, pool size, rate). */
  end: number;
  /** Length of the metric's own words after the number: longer is more specific. */
  afterLength: number;
  /** The context phrase that decided, if any. */
  contextHit: Hit | null;
  distance: number;
  poolSize: number | null;
}

const inside = (h: Hit, spans: Hit[]) => spans.some((s) => s.start <= h.start && h.end <= s.end);

/** Start of a bound cue ("không quá", "tối đa") right before `at`, or `at`. */
export function beforeBound(v: TextView, at: number, c: CompiledTargets): number {
  let best = at;
  for (const m of [c.atMost, c.atLeast, c.above, c.below]) {
    const s = m.endAt(v, at, 25);
    if (s >= 0 && s < best) best = s;
  }
  return best;
}

/** Is the hit written with other diacritics than a phrase that must keep its own ("truyền thống" for "truyền thông")? */
export function inexact(v: TextView, h: Hit, c: CompiledTargets): boolean {
  if (c.exact.size === 0) return false;
  const phrase = c.exact.get(foldKey(v.text.slice(h.start, h.end)));
  return phrase !== undefined && exactHits(v, [h], phrase).length === 0;
}

/** A number and an age noun right after `pos`: "người từ 18 tuổi" names people by age ("người từ" is no journey). */
function ageAfter(v: TextView, pos: number, c: CompiledTargets): boolean {
  const n = /^[\s\u00a0]*\d{1,3}/u.exec(v.folded.slice(pos, pos + 8));
  return n !== null && c.age.startAt(v, pos + n[0].length, 12) >= 0;
}

/**
 * Context hits of the metric in the part, without those inside agency names or excepted phrases, naming an age,
 * or saying after the figure what it is for ("tạm dừng khu vực có F0 không quá 48 giờ để khử khuẩn, truy vết").
 */
function contextHits(v: TextView, part: Hit, cm: CompiledMetric, masked: Hit[], c: CompiledTargets, after: number): Hit[] {
  if (!cm.context) return [];
  const except = cm.contextExcept ? cm.contextExcept.all(v, part.start, part.end) : [];
  const purpose = c.purpose.all(v, after, part.end)[0]?.start ?? part.end;
  return cm.context
    .all(v, part.start, part.end)
    .filter((h) => !inside(h, masked) && !inside(h, except) && !inexact(v, h, c) && !ageAfter(v, h.end, c) && h.start < purpose);
}

/** Most characters a metric's lead may take before its number: "hết thời gian cách ly tập trung 21 ngày". */
const LEAD_ROOM = 40;

export function matchMetric(v: TextView, fig: Figure, part: Hit, cm: CompiledMetric, c: CompiledTargets, masked: Hit[]): MetricMatch | null {
  const { tok } = fig;
  if (fig.unit !== null && fig.unit !== cm.metric.unit) return null;
  if (cm.metric.most !== null && tok.value > cm.metric.most) return null;
  const limit = Math.min(80, Math.max(0, part.end - tok.end));
  let pos = (cm.after ?? cm.unit.words).startAt(v, tok.end, limit);
  // "1,5 triệu/người": the unit a scaled figure per something implies, with no word of its own.
  if (pos < 0 && !cm.after && fig.unit !== null && fig.unit === c.scaledPer) pos = tok.end;
  if (pos < 0) return null;
  // "mỗi hộ đi chợ 3 ngày/lần" in a lockdown: how often, which only a metric whose own words say so measures.
  if (!cm.after && c.everyTime.startAt(v, pos, 12) >= 0) return null;
  if (cm.nounsNone && cm.nounsNone.startAt(v, pos, 30) >= 0) return null;
  let afterLength = cm.after ? pos - tok.end : 0;
  if (cm.lead) {
    // "các lần sau cách nhau 05 ngày": words before the number that name the metric.
    const bound = beforeBound(v, tok.start, c);
    const at = Math.max(cm.lead.endAt(v, tok.start, LEAD_ROOM), cm.lead.endAt(v, bound, LEAD_ROOM));
    if (at < 0 || at < part.start) return null;
    afterLength += bound - at;
  }
  if (cm.nouns) {
    const end = cm.nouns.startAt(v, fig.unit === 'PERCENT' ? pastComparison(v, pos) : pos, 30);
    if (end < 0) return null;
    afterLength += end - pos;
    pos = end;
  }
  let poolSize: number | null = null;
  if (cm.unit.rate) {
    const pool = cm.metric.qualifiers.includes('poolSize') ? /^[\s\u00a0]*(\d{1,2})(?=[\s\u00a0]*\/)/u.exec(v.folded.slice(pos, pos + 8)) : null;
    if (pool) {
      poolSize = Number(pool[1]);
      pos += pool[0].length;
    }
    const rateEnd = cm.unit.rate.startAt(v, pos, Math.min(30, Math.max(0, part.end - pos)));
    if (rateEnd >= 0) pos = rateEnd;
    // "300 mũi/điểm tiêm/ngày": the figure's own rate, read past the site it counts for (figures.ts).
    else if (fig.unit === cm.metric.unit && fig.unitEnd > pos) pos = fig.unitEnd;
    else if (!fig.rateBefore || fig.unit !== cm.metric.unit) return null;
  }
  if (cm.before) {
    // "trong vòng 24 giờ", "trong thời hạn không quá 05 ngày", "không quá 48 giờ".
    const at = Math.max(cm.before.endAt(v, tok.start, 30), cm.before.endAt(v, beforeBound(v, tok.start, c), 30));
    if (at < 0 || at < part.start) return null;
    // The words the metric requires before its figure are its own, like those after it: "người về từ các tỉnh đang
    // giãn cách xã hội trong vòng 14 ngày" is a look-back, the distancing only says where from.
    afterLength += tok.start - at;
  }
  // "3 người/bàn", "100 người/buổi": a figure per something else is not what a metric of the plain unit counts.
  if (fig.perStart !== null && pos <= fig.perStart) return null;
  for (const group of cm.contextAll) if (!group.test(v, part.start, part.end)) return null;
  if (cm.contextNone && cm.contextNone.test(v, part.start, part.end)) return null;
  let contextHit: Hit | null = null;
  let distance = 0;
  if (cm.context) {
    const hits = contextHits(v, part, cm, masked, c, pos);
    if (hits.length === 0) return null;
    // The nearest word before the figure says what it counts: another thing's word there rules the metric out,
    // unless a context word names the figure's unit right after it ("200 giường điều trị") or qualifies that
    // word ("khu điều trị cách ly 50 giường").
    if (cm.contextAgainst && !hits.some((h) => h.start >= pos && h.start - pos <= 2)) {
      const lastBefore = (hs: Hit[]) => Math.max(-1, ...hs.filter((h) => h.end <= tok.start).map((h) => h.end));
      const qualified = (a: Hit) => hits.some((h) => h.end <= a.start && a.start - h.end <= 2 && !/[,;:.]/.test(v.folded.slice(h.end, a.start)));
      const against = cm.contextAgainst.all(v, part.start, tok.start).filter((h) => !inside(h, masked) && !qualified(h));
      if (lastBefore(against) > lastBefore(hits)) return null;
    }
    distance = Infinity;
    for (const h of hits) {
      const d = h.end <= tok.start ? tok.start - h.end : h.start >= pos ? h.start - pos + 1000 : 0;
      if (d < distance) {
        distance = d;
        contextHit = h;
      }
    }
  }
  return { cm, end: pos, afterLength, contextHit, distance, poolSize };
}

/** The most specific match: longest own words, then a context that matched, then the nearest context. */
export function bestMatch(matches: MetricMatch[]): MetricMatch | null {
  if (matches.length === 0) return null;
  return [...matches].sort(
    (a, b) => b.afterLength - a.afterLength || (a.cm.context ? 0 : 1) - (b.cm.context ? 0 : 1) || a.distance - b.distance,
  )[0];
}

/**
 * "giấy xét nghiệm âm tính có giá trị trong 3 ngày", "kết quả xét nghiệm âm tính trong vòng 72 giờ": how long
 * a document stays valid, which no metric names (not a quarantine, an exposure window or a turnaround).
 */
export function isValidity(v: TextView, fig: Figure, c: CompiledTargets): boolean {
  const at = beforeDuration(v, fig, c);
  return c.validityCue.endAt(v, at, 30) >= 0 || c.validityResult.endAt(v, at, 20) >= 0;
}

/**
 * "tiêm mũi 2 sau ít nhất 14 ngày", "đã tiêm nhưng chưa đủ 14 ngày", "đã khỏi bệnh trong vòng 180 ngày": the
 * time since a dose or a recovery says who is meant; no metric counts it. Nor does the gap a dose keeps after
 * another ("Mũi 2 tiêm cách mũi 1 từ 8 đến 12 tuần"), which restates how a vaccine is given.
 */
export function isTimeSinceEvent(v: TextView, fig: Figure, c: CompiledTargets): boolean {
  if (fig.unit !== 'DAYS') return false;
  const at = beforeBound(v, fig.tok.start, c);
  const events = c.sinceEvent.all(v, Math.max(0, at - 30), at);
  const gapped = events.find((e) => c.gapLead.endAt(v, e.start, 12) >= 0);
  // Not a term set after the gap ("đủ khoảng cách giữa hai mũi trong vòng 20 ngày kể từ ngày nhận vắc xin").
  if (gapped && !/[,;:.()]/.test(v.folded.slice(gapped.end, at)) && c.within.endAt(v, at, 20) < gapped.end) return true;
  // "mũi cuối cùng ít nhất 14 ngày", "(liều cuối tối thiểu 14 ngày)": the dose itself stands before the bound.
  const dose = events[events.length - 1];
  if (at < fig.tok.start && dose && DOSE_ORDINAL.test(v.folded.slice(dose.end, at))) return true;
  const since = c.sinceLead.endAt(v, at, 12);
  const within = c.within.endAt(v, at, 20);
  const lead = since >= 0 ? since : within;
  if (lead < 0) return false;
  // The event right before its lead, a few words of what was given between ("mũi vắc xin", "COVID-19"): "tiêm đủ 2
  // mũi vắc xin cách ly tại nhà đủ 7 ngày" names a quarantine between them, whose days these are.
  const event = (since >= 0 ? c.sinceEvent : c.recovery).all(v, Math.max(0, lead - 40), lead).pop();
  if (!event) return false;
  const gap = v.folded.slice(event.end, lead);
  return gap.replace(VACCINE_NAME, ' ').length <= SINCE_GAP && !/[,;:.()]/.test(gap);
}

/** The vaccine's full name, folded, which says nothing of what came between: "vắc xin phòng COVID-19". */
const VACCINE_NAME = /(?:vac[\s\u00a0-]?xin|vaccine)(?:[\s\u00a0]+phong)?(?:[\s\u00a0]+(?:benh[\s\u00a0]+)?covid-19)?/gu;

/** Words that say which dose, folded, between the dose and a bound: "cuối cùng", "thứ 2", "2", "vắc xin". */
const DOSE_ORDINAL = /^(?:[\s\u00a0]+(?:cuoi|cung|thu|\d{1,2}|vac|xin|covid-19))*[\s\u00a0]+$/;

/** Most characters between an event and the lead of the time since it: "mũi vắc xin", "bệnh COVID-19". */
const SINCE_GAP = 16;

/** Where the words before a duration's bound and "trong (vòng)" start: what the duration is of ends there. */
function beforeDuration(v: TextView, fig: Figure, c: CompiledTargets): number {
  const at = beforeBound(v, fig.tok.start, c);
  const within = c.within.endAt(v, at, 20);
  return within >= 0 ? within : at;
}

/**
 * "hoàn thành trong 03 ngày", "thời hạn 05 ngày": how long a task may take. Only a metric written for it
 * (CompiledMetric.completes: "tiêm hết ... hoàn thành trong 5 ngày") measures it; a lockdown or a look-back
 * named earlier in the sentence ("... tại các khu vực phong tỏa, hoàn thành trong 03 ngày") does not.
 */
export function isCompletionPeriod(v: TextView, fig: Figure, c: CompiledTargets): boolean {
  if (c.deadlineLead.endAt(v, beforeDuration(v, fig, c), 30) < 0) return false;
  // "Sau khi hoàn thành 07 ngày cách ly tập trung": days a metric's own words follow at once are that metric's.
  return !c.metrics.some((cm) => cm.metric.unit === fig.unit && (cm.context?.startAt(v, fig.unitEnd, 24) ?? -1) >= 0);
}

/** The most text a share's noun phrase may run between its figure and the time to reach it. */
const SHARE_PHRASE = 80;

/**
 * "xét nghiệm cho 100% người dân khu vực phong tỏa trong vòng 03 ngày", "tiêm cho 100% người từ 18 tuổi trong
 * 10 ngày": a duration after "trong (vòng)" that ends a share's noun phrase is the time to reach that share,
 * a task's time to complete as after "hoàn thành"; the lockdown or journey a word of the noun phrase names
 * is where or who, not what the duration measures. Returns the metric of the share it completes, if any.
 */
export function shareReached(v: TextView, fig: Figure, part: Hit, previous: ShareBefore | undefined, c: CompiledTargets): string | null {
  if (!previous || previous.part.start !== part.start || previous.target.unit !== 'PERCENT') return null;
  if (fig.unit !== 'DAYS' && fig.unit !== 'HOURS') return null;
  const within = c.within.endAt(v, beforeBound(v, fig.tok.start, c), 20);
  if (within < previous.span.end || within - previous.span.end > SHARE_PHRASE) return null;
  // Another clause or figure between ends the share's phrase; a digit glued to a letter ("F0") is a word.
  if (/[,;:.()]|(?<!\p{L})\d/u.test(v.folded.slice(previous.span.end, within))) return null;
  // "xét nghiệm cho 100% người về từ vùng dịch trong vòng 14 ngày": who came back within 14 days, a look-back.
  const lookBack = c.metrics.some((cm) => cm.before && !cm.completes && cm.metric.unit === fig.unit && contextHits(v, { start: previous.span.start, end: within }, cm, [], c, within).length > 0);
  return lookBack ? null : previous.target.metric;
}

/** The figure read just before: its target's metric and unit, its citation and part of the sentence. */
interface ShareBefore {
  target: { metric: string; unit: string };
  span: Hit;
  part: Hit;
}

/** The completion metric of the reached share's category, in the figure's unit ("tiêm" -> VACCINATION_COMPLETION_DAYS). */
export function completionOf(reached: string, fig: Figure, c: CompiledTargets): MetricMatch | null {
  const category = c.metrics.find((cm) => cm.metric.code === reached)?.metric.category;
  const cm = c.metrics.find((m) => m.completes && m.metric.category === category && m.metric.unit === fig.unit);
  return cm ? decidedMatch(cm, fig) : null;
}

/** A metric decided by what stands around the figure rather than by its own words: it read nothing after the unit. */
export function decidedMatch(cm: CompiledMetric, fig: Figure, contextHit: Hit | null = null, distance = 0): MetricMatch {
  return { cm, end: fig.unitEnd, afterLength: 0, contextHit, distance, poolSize: null };
}
