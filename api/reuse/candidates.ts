// Scores the unit pairs worth scoring. Aligning every unit of one directive with every unit of
// another is ~6,000 small dynamic programmes per pair of directives; the 3-gram index cuts that to
// the few dozen pairs that share enough word runs to possibly be a copy.
import type { PreparedText } from './prepare';
import { dice, lcsRunsLength } from './similarity';

// Shared 3-grams as a Dice share of both units' 3-grams. A copied sentence with one or two edited
// words keeps well over half its 3-grams; 0.15 still admits a sentence whose numbers and scope were
// rewritten ("13/13 địa phương" -> "các địa phương, đơn vị..."), which scores ~0.3.
export const MIN_SHINGLE_DICE = 0.15;

// Words are only counted as aligned inside runs of at least this many consecutive shared words.
export const MIN_RUN = 2;

export interface PairScore {
  /** Words aligned by the run-restricted LCS. */
  common: number;
  /** Dice of the alignment: 2 * common / (words of a + words of b). */
  similarity: number;
}

/** Scores of the candidate pairs whose similarity is at least `floor`, keyed by pairKey(i, j, b). */
export function scorePairs(a: PreparedText, b: PreparedText, floor: number): Map<number, PairScore> {
  const scores = new Map<number, PairScore>();
  const shared = new Int32Array(b.units.length);
  a.units.forEach((ua, i) => {
    if (ua.shingles.size === 0) return;
    shared.fill(0);
    for (const s of ua.shingles) for (const j of b.index.get(s) ?? []) shared[j]++;
    for (let j = 0; j < shared.length; j++) {
      if (shared[j] === 0) continue;
      const ub = b.units[j];
      if ((2 * shared[j]) / (ua.shingles.size + ub.shingles.size) < MIN_SHINGLE_DICE) continue;
      const common = lcsRunsLength(ua.ids, ub.ids, MIN_RUN);
      const similarity = dice(common, ua.words.length, ub.words.length);
      if (similarity >= floor) scores.set(pairKey(i, j, b), { common, similarity });
    }
  });
  return scores;
}

export function pairKey(i: number, j: number, b: PreparedText): number {
  return i * b.units.length + j;
}
