import type { Deadline } from '../../../domain/facts';
import type { Hit, TextView } from '../../phrases/patterns';
import type { CompiledTargets } from './compile';

// Which deadline a target has: the one its own words hold ("hoàn thành trong vòng 07 ngày kể từ ..."), else
// in its part of the sentence the one a completion word leads ("cho 100% người dân ... trong quý IV/2021
// ..., phấn đấu cơ bản hoàn thành trong tháng 10/2021": the month), else the next one, else the one
// before. A sentence that only gives a deadline right after a target's ("Hoàn thành trước ngày
// 15/10/2021.") gives it to that target.

const within = (d: Deadline, span: Hit) => d.citation.start >= span.start && d.citation.end <= span.end;

/** Is the deadline led by a completion word ("hoàn thành **trong tháng 10/2021**")? */
function isLed(v: TextView, d: Deadline, c: CompiledTargets): boolean {
  const from = Math.max(0, d.citation.start - 40);
  return c.deadlineLead.all(v, from, d.citation.start).some((h) => /^[\s\u00a0*_:]*$/u.test(v.folded.slice(h.end, d.citation.start)));
}

export function deadlineFor(v: TextView, span: Hit, part: Hit, deadlines: Deadline[], c: CompiledTargets): Deadline | null {
  const overlapping = deadlines.find((d) => d.citation.start < span.end && span.start < d.citation.end);
  if (overlapping) return overlapping;
  const inPart = deadlines.filter((d) => within(d, part));
  const after = inPart.filter((d) => d.citation.start >= span.end);
  return after.find((d) => isLed(v, d, c)) ?? after[0] ?? [...inPart].reverse().find((d) => d.citation.end <= span.start) ?? null;
}

/** The deadline of a sentence that says nothing else: "Hoàn thành trước ngày 15/10/2021.", or null. */
export function deadlineSentence(v: TextView, sentence: Hit, deadlines: Deadline[], c: CompiledTargets): Deadline | null {
  const inside = deadlines.filter((d) => within(d, sentence));
  if (inside.length !== 1) return null;
  const d = inside[0];
  if (!/^[\s\u00a0*_.;!)]*$/u.test(v.folded.slice(d.citation.end, sentence.end))) return null;
  const lead = /^[\s\u00a0*_\-–•+]*/u.exec(v.folded.slice(sentence.start, d.citation.start))!;
  const from = sentence.start + lead[0].length;
  if (from === d.citation.start) return d;
  const end = c.deadlineLead.startAt(v, from, 40);
  return end >= 0 && /^[\s\u00a0*_:]*$/u.test(v.folded.slice(end, d.citation.start)) ? d : null;
}
