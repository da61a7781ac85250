import type { Bound, Target } from '../../../domain/facts';
import type { Hit, TextView } from '../../phrases/patterns';
import type { CompiledTargets } from './compile';
import type { Figure } from './figures';

// Whether a figure is a ceiling or a floor, from the cue right before it (seeds/lexicons/metrics.json
// "bounds"): "không quá 10 người", "tối đa 30%", "dưới 10 người", "chỉ cử 01 người" are ceilings; "tối
// thiểu 1,5 mét", "ít nhất 3 lần", "trên 95%" floors. "trên" and "dưới" turn over after a negation
// ("không tổ chức sự kiện trên 30 người" is a ceiling). "từ 10 người trở lên" keeps the written figure,
// without a bound. "trong vòng 72 giờ" is a ceiling for a time limit, not for a duration such as an
// exposure window.

/** At most this much text between "chỉ" and the number: "chỉ cử 01 người". */
const ONLY_WINDOW = 16;

export function boundOf(v: TextView, fig: Figure, segment: Hit, part: Hit, withinIsLimit: boolean, c: CompiledTargets): Bound | null {
  const at = fig.tok.start;
  if (c.openEnded.startAt(v, fig.unitEnd, 20) >= 0) return null;
  if (c.atMost.endAt(v, at, 25) >= 0) return 'AT_MOST';
  if (c.atLeast.endAt(v, at, 25) >= 0) return 'AT_LEAST';
  for (const [m, plain, negated] of [
    [c.above, 'AT_LEAST', 'AT_MOST'],
    [c.below, 'AT_MOST', 'AT_LEAST'],
  ] as const) {
    const s = m.endAt(v, at, 12);
    // The negation may head a list: "không tổ chức các hoạt động, sự kiện trên 30 người".
    if (s >= 0) return c.negation.test(v, part.start, s) ? negated : plain;
  }
  const from = Math.max(segment.start, at - ONLY_WINDOW);
  const notOnly = c.notOnly.all(v, from, at + 1);
  if (c.only.all(v, from, at).some((h) => !notOnly.some((n) => n.start === h.start))) return 'AT_MOST';
  if (withinIsLimit && c.within.endAt(v, at, 20) >= 0) return 'AT_MOST';
  return null;
}

/** A column's heading may bound every figure below it: "Phòng thi dự phòng (tối thiểu)", "Số khách (tối đa)". */
export function boundNamedIn(v: TextView, heading: Hit, c: CompiledTargets): Bound | null {
  if (c.atMost.all(v, heading.start, heading.end).length > 0) return 'AT_MOST';
  if (c.atLeast.all(v, heading.start, heading.end).length > 0) return 'AT_LEAST';
  return null;
}

/**
 * Figures listed after one bound share it: "ít nhất 01 phòng thi dự phòng và 01 phòng cách ly", "không quá 20
 * người trong phòng, 10 người ngoài trời", "tối thiểu 02 tổ lấy mẫu, 01 trạm y tế lưu động và 05 tình nguyện
 * viên". Only across a comma or "và", after at most a place the figure before names; a per-item figure ("mỗi
 * tổ 03 người"), a part ("trong đó") or a new clause (";", ":") ends the list. A share after a count ("không quá 50
 * người, 100% khách mời tiêm đủ 2 liều") measures something else, and no cap holds all ("không quá 50% công suất,
 * 100% nhân viên quét mã QR").
 */
const LISTED_AFTER = /^(?:[ \u00a0]+(?:trong|ngoài|tại|ở)(?:[ \u00a0]+[\p{Ll}\p{M}]+){1,3})?[ \u00a0]*(?:,|[ \u00a0]và|[ \u00a0]hoặc)[ \u00a0]+$/u;

export function sharedBounds(text: string, targets: Target[]): void {
  for (let k = 1; k < targets.length; k++) {
    const before = targets[k - 1];
    const t = targets[k];
    if (t.bound !== null || before.bound === null) continue;
    if (t.unit === 'PERCENT' && (before.unit !== 'PERCENT' || (before.bound === 'AT_MOST' && t.value === 100))) continue;
    if (LISTED_AFTER.test(text.slice(before.citation.end, t.citation.start))) t.bound = before.bound;
  }
}
