import type { Hit, TextView } from '../../phrases/patterns';
import { OTHER_METRIC } from '../../../domain/facts';
import type { Found } from './build';
import type { CompiledTargets } from './compile';
import type { Figure } from './figures';
import { decidedMatch, type MetricMatch } from './metric-match';
import { conditionAfter } from './qualifiers';
import { stopsNounPhrase } from './noun-phrase';
import type { Lexicons } from '../../lexicons';
import { cueHits, cueSets } from '../measures/strength';

// What the targets of one sentence say about each other: a condition after a list governs the whole list,
// a duration that is only another target's time limit is no target, a figure that names nothing
// continues the metric of the target before it, a figure that names its own action does not borrow the
// words of the one before it, and a share in front of joined actions counts for each.

/**
 * "100% hộ gia đình được tuyên truyền, 80% người dân cài đặt ứng dụng Bluezone": a figure whose own words, up
 * to the next comma or ";", hold an action of their own does not take its metric from the words of a figure
 * listed before it in its part; those words are returned, to be hidden. One that only names whom it counts
 * still does ("... được tiêm đủ 02 mũi vắc xin, 100% người từ 50 tuổi trở lên").
 */
export function earlierFiguresWords(v: TextView, fig: Figure, part: Hit, found: Found[], lex: Lexicons): Hit[] {
  // Earlier in the list, not in the same run of words: "định kỳ 07 ngày xét nghiệm ngẫu nhiên 20% số nhân viên".
  const earlier = found.filter((f) => f.span.start >= part.start && f.tail <= fig.tok.start && /[,;]/.test(v.text.slice(f.tail, fig.tok.start)));
  if (earlier.length === 0) return [];
  const own = /^[^,;:.()\n]*/u.exec(v.folded.slice(fig.unitEnd, part.end))![0];
  if (cueHits(cueSets(lex, v).actions, v, fig.unitEnd, fig.unitEnd + own.length).length === 0) return [];
  return earlier.map((f) => ({ start: f.span.start, end: f.tail }));
}

/**
 * A condition after a list of targets ("8.000 mẫu đơn/ngày, 80.000 mẫu gộp/ngày khi có tình huống xảy ra")
 * governs every target of the list.
 */
export function groupConditions(v: TextView, found: Found[], c: CompiledTargets): void {
  let groupStart = 0;
  for (let i = 0; i < found.length; i++) {
    const next = found[i + 1];
    const joined = next && /^[\s\u00a0]*(?:,|;|va)?[\s\u00a0]*$/u.test(v.folded.slice(found[i].tail, next.span.start));
    if (joined) continue;
    const condition = conditionAfter(v, found[i].tail, found[i].part, c);
    if (condition) {
      for (let k = groupStart; k <= i; k++) {
        const t = found[k].target;
        t.contingent = true;
        if (found[k].wantsCondition && t.qualifiers.condition === null) t.qualifiers.condition = condition;
      }
    }
    groupStart = i + 1;
  }
}

/**
 * "thành lập 5 chốt kiểm soát trong vòng 21 ngày kể từ ...": a duration no metric names that is the deadline
 * of another target of its part, standing before it, is that target's time limit, not a target of its own. A
 * target after it is another order's: "xét nghiệm trong vòng 24 giờ kể từ khi đến và tự theo dõi sức khỏe 07
 * ngày" orders the test within 24 hours. A task's time to complete stays: "xét nghiệm cho 100% người dân, hoàn
 * thành trong 03 ngày" orders both.
 */
export function withoutDeadlineFigures(found: Found[]): Found[] {
  return found.filter((f) => {
    const d = f.target.deadline;
    if (f.target.metric !== OTHER_METRIC || f.completion || !d || f.span.start < d.citation.start || f.span.end > d.citation.end) return true;
    // A duration before it has no deadline of its own: "người về ... trong vòng 14 ngày phải khai báo y tế trong
    // vòng 12 giờ kể từ khi về" orders the declaration within 12 hours.
    return !found.some((g) => g !== f && g.part === f.part && g.target.deadline === d && g.span.end <= d.citation.start && !DURATIONS.has(g.target.unit));
  });
}

/** Units of a span of time. */
const DURATIONS = new Set(['DAYS', 'HOURS']);

/** Units a figure measures with what comes before it ("thời gian hỗ trợ tối đa 21 ngày"): see noun-phrase.ts. */
const MEASURES = new Set(['DAYS', 'HOURS', 'METRES', 'PERCENT']);
/** Words of a time expression, folded: "đến ngày 30/11/2021", "từ tháng 10", "trước quý IV". */
const TIME_WORDS = new Set(['den', 'tu', 'truoc', 'sau', 'het', 'trong', 'vao', 'ngay', 'thang', 'nam', 'quy', 'tuan', 'cuoi', 'dau', 'nay']);

/**
 * Does the segment name, before the figure, what a measure measures? Cue words (bounds, goals, "trong
 * vòng") and time expressions name nothing: "đến ngày 30/11/2021 đạt 100%" is elliptic, "thời gian hỗ trợ
 * tối đa 21 ngày" is not.
 */
function namesBefore(v: TextView, segment: Hit, at: number, c: CompiledTargets): boolean {
  const cues = [c.goal, c.within, c.atMost, c.atLeast, c.above, c.below, c.change, c.deadlineLead].flatMap((m) => m.all(v, segment.start, at));
  let text = v.folded.slice(segment.start, at).split('');
  for (const h of cues) for (let i = h.start; i < h.end; i++) text[i - segment.start] = ' ';
  const words = text.join('').match(/\p{L}+/gu) ?? [];
  return words.some((w) => !TIME_WORDS.has(w) && !/^[ivx]+$/u.test(w));
}

/**
 * "trong nhà không quá 50 người; ngoài trời không quá 100 người", "đến ngày 31/10/2021, trên 80% người ...
 * được tiêm đủ 02 mũi vắc xin; đến ngày 30/11/2021 đạt 100%", "cách ly tại nhà 7 ngày đối với người đã
 * tiêm đủ liều; 14 ngày đối với người chưa tiêm": a figure that names nothing after its unit (and, for a
 * measure, nothing before it), or only whom it counts after a figure that named whom, in a part that names no
 * metric, continues the target of the same unit that the sentence gave last, in an earlier part, whatever
 * figures of other units stand between ("100% người làm việc tại cửa khẩu 3 ngày/lần; 20% người lao động").
 */
export function continuedMetric(v: TextView, fig: Figure, part: Hit, segment: Hit, found: Found[], c: CompiledTargets): MetricMatch | null {
  // "4 người/bàn" after a cap on guests counts per table: no plain metric's figure.
  if (fig.unit === null || fig.perStart !== null) return null;
  // The last target of the figure's unit: "100% người ... 3 ngày/lần; 20% người lao động ..." continues the share.
  const last = [...found].reverse().find((f) => f.target.unit === fig.unit);
  const m = last?.match;
  // "Không tụ tập quá 10 người; nhà hàng phục vụ không quá 30 khách": a word of another thing before the figure
  // (the metric's contextAgainst) says it counts that thing, not the sentence's last metric.
  if (m?.cm.contextAgainst && m.cm.contextAgainst.all(v, part.start, fig.tok.start).length > 0) return null;
  if (m && last.part.start < part.start && !m.cm.lead && !m.cm.before) {
    // Nothing after the unit but what says where, whom or when: "14 ngày đối với người chưa tiêm".
    const rest = /^[\s\u00a0]*/u.exec(v.folded.slice(fig.unitEnd, segment.end))![0].length + fig.unitEnd;
    const namesNothing = !(rest < segment.end && /\p{L}/u.test(v.folded.slice(rest, segment.end)) && !stopsNounPhrase(v, rest, c));
    // Or only whom it counts, as the figure before named whom its own did: "tiêm tối thiểu 80% người từ 18 tuổi
    // trở lên; 100% trẻ em từ 12 đến 17 tuổi".
    const namesWhom = last.target.qualifiers.population !== null && c.populationNoun.startAt(v, rest, 30) >= 0;
    if ((namesNothing || namesWhom) && !(MEASURES.has(fig.unit) && namesBefore(v, segment, fig.tok.start, c))) return decidedMatch(m.cm, fig);
  }
  return parallelMetric(v, fig, part, found);
}

/** Folded words of text[from, to) up to the first punctuation, at most `n`. */
function wordsFrom(v: TextView, from: number, to: number, n: number): string[] {
  const run = /^[^,;:.()\n]*/u.exec(v.folded.slice(from, Math.max(from, to)))![0];
  return (run.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, n);
}

/** Folded words right before `at`, back to the first punctuation, at most `n`, nearest last. */
function wordsBefore(v: TextView, at: number, n: number): string[] {
  const run = /[^,;:.()\n]*$/u.exec(v.folded.slice(Math.max(0, at - 60), at))![0];
  return (run.match(/[\p{L}\p{N}]+/gu) ?? []).slice(-n);
}

/**
 * "Xét nghiệm ngẫu nhiên 10% người lao động, định kỳ 07 ngày/lần ...; khi địa bàn ở cấp độ 3, tăng lên 20%
 * người lao động, định kỳ 03 ngày/lần": a figure written in parallel with one the sentence gave earlier (the
 * same unit, and the same words after it, the same two words before it, or the same rate) measures the same metric.
 */
function parallelMetric(v: TextView, fig: Figure, part: Hit, found: Found[]): MetricMatch | null {
  const after = wordsFrom(v, fig.unitEnd, part.end, 3);
  const before = wordsBefore(v, fig.tok.start, 2);
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    const m = f.match;
    if (!m || f.part.start >= part.start || f.target.unit !== fig.unit || m.cm.lead || m.cm.before) continue;
    const sameAfter = after.length > 0 && wordsFrom(v, f.span.start, f.part.end, 6).join(' ').includes(after.join(' '));
    const siblingBefore = wordsBefore(v, f.span.start, 2);
    const sameBefore = before.length === 2 && siblingBefore.join(' ') === before.join(' ');
    // The same rate written the same way: "3 ngày/lần; 20% người lao động ... 7 ngày/lần".
    const rate = v.folded.slice(fig.unitStart, fig.unitEnd);
    const sameRate = rate.includes('/') && v.folded.startsWith(rate, skipNumber(v, f.span.start));
    if (sameAfter || sameBefore || sameRate) return decidedMatch(m.cm, fig);
    return null;
  }
  return null;
}

/** Where the words after the number at `at` begin. */
function skipNumber(v: TextView, at: number): number {
  return at + (/^[\d.,]+[\s\u00a0]*/u.exec(v.folded.slice(at, at + 20))?.[0].length ?? 0);
}

/** "và" (and a modal) right before the next action's words. */
const JOINING = /(?:^|[\s\u00a0,])va(?:[\s\u00a0]+(?:phai|duoc|deu))?[\s\u00a0]+$/u;
/** How far apart two joined actions' words may stand. */
const JOINED_GAP = 60;

/**
 * "100% nhân viên phục vụ phải tiêm đủ liều vắc xin và quét mã QR", "100% người dân được xét nghiệm nhanh và
 * khai báo y tế điện tử": a share before actions joined by "và" measures each action. The other metrics whose
 * words follow the figure, each joined to the one before by "và" with no figure between, give targets of
 * their own with the same figure.
 */
export function joinedActions(v: TextView, fig: Figure, best: MetricMatch, matches: MetricMatch[]): MetricMatch[] {
  if (fig.unit !== 'PERCENT' || !best.contextHit || best.contextHit.start < fig.tok.end) return [];
  const after = matches.filter((m) => m.cm !== best.cm && m.contextHit && m.contextHit.start >= fig.tok.end && m.cm.metric.code !== best.cm.metric.code);
  const chain: MetricMatch[] = [best];
  for (const m of [...after].sort((a, b) => a.contextHit!.start - b.contextHit!.start)) {
    const last = chain[chain.length - 1].contextHit!;
    const hit = m.contextHit!;
    if (hit.start < last.end || chain.some((k) => k.cm.metric.code === m.cm.metric.code)) continue;
    const gap = v.folded.slice(last.end, hit.start);
    // The "và" must lead into the next action's words: "tiêm đủ liều cơ bản và mũi bổ sung, xét nghiệm ..." joins doses.
    if (gap.length > JOINED_GAP || /\d|[;:.]/u.test(gap) || !JOINING.test(gap)) break;
    chain.push(m);
  }
  return chain.slice(1);
}
