// Passages one directive shares with another: units (paragraphs, or sentence-sized parts of long ones)
// are paired one to one by similarity, then pairs that follow each other in both texts are merged, so
// a copied run of paragraphs comes back as one passage with one span on each side.
import { scorePairs, pairKey, MIN_RUN, MIN_SHINGLE_DICE, type PairScore } from './candidates';
import { isPrepared, prepareText, type PreparedText, type Unit } from './prepare';
import type { Span } from './passages';
import { dice, lcsRunsLength } from './similarity';
import * as R from './runs';

export interface SharedPassage {
  a: Span;
  b: Span;
  /** Dice of the word alignment over the whole passage, 0..1. */
  similarity: number;
  /** Words on the shorter side. */
  words: number;
}

export interface SharedPassageOptions {
  /** Passages shorter than this (shorter side, in words) are dropped: headings and "Nơi nhận:" match anything. */
  minWords?: number;
  /** A unit pair must reach this to seed a passage; every passage returned is at least this similar. */
  minSimilarity?: number;
  /** A neighbouring unit this similar may join a passage, if the passage stays above minSimilarity. */
  extendSimilarity?: number;
}

// Tuned on the seed corpus (see find-shared-passages.test.ts): copied units of Thanh Hóa 402-CV/TU vs
// Quảng Ninh 370-TB/TU score 0.7-1.0; the best unit pairs between directives that do not copy each
// other score up to 0.67 (two signature blocks "T/M BAN THƯỜNG VỤ ... BÍ THƯ"). A rewritten sentence
// inside a copied paragraph (new targets, new scope) scores 0.5-0.6 and is kept only beside a copied one.
export const DEFAULT_MIN_WORDS = 8;
export const DEFAULT_MIN_SIMILARITY = 0.7;
export const DEFAULT_EXTEND_SIMILARITY = 0.5;
const MIN_CONTAINED = 0.8;

type Side = 'start' | 'end';

interface Context {
  a: PreparedText;
  b: PreparedText;
  scores: Map<number, PairScore>;
  /** Unit of the other side each unit belongs with, -1 while free. */
  takenA: Int32Array;
  takenB: Int32Array;
  minSimilarity: number;
  extendSimilarity: number;
}

export function findSharedPassages(
  a: string | PreparedText,
  b: string | PreparedText,
  options: SharedPassageOptions = {},
): SharedPassage[] {
  const pa = isPrepared(a) ? a : prepareText(a);
  const pb = isPrepared(b) ? b : prepareText(b);
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const extendSimilarity = Math.min(options.extendSimilarity ?? DEFAULT_EXTEND_SIMILARITY, minSimilarity);
  const ctx: Context = {
    a: pa,
    b: pb,
    scores: scorePairs(pa, pb, extendSimilarity),
    takenA: new Int32Array(pa.units.length).fill(-1),
    takenB: new Int32Array(pb.units.length).fill(-1),
    minSimilarity,
    extendSimilarity,
  };

  pairBest(ctx);
  const runs = joinTouching(seedRuns(ctx).map((run) => grow(run, ctx)));
  return runs.map((run) => toPassage(run, ctx)).filter((p) => p.words >= minWords && p.similarity >= minSimilarity);
}

// Best pairs first, each unit taken once: a unit goes to its best free partner, not to the first seen.
function pairBest(ctx: Context): void {
  const n = ctx.b.units.length;
  const seeds = [...ctx.scores.entries()]
    .filter(([, s]) => s.similarity >= ctx.minSimilarity)
    .map(([key, s]) => ({ i: Math.floor(key / n), j: key % n, similarity: s.similarity }))
    .sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  for (const { i, j } of seeds) {
    if (ctx.takenA[i] >= 0 || ctx.takenB[j] >= 0) continue;
    ctx.takenA[i] = j;
    ctx.takenB[j] = i;
  }
}

// Pairs (i, j), (i + 1, j + 1) are one run: nothing but whitespace separates them in either text.
function seedRuns(ctx: Context): R.Run[] {
  const runs: R.Run[] = [];
  for (let i = 0; i < ctx.takenA.length; i++) {
    const j = ctx.takenA[i];
    if (j < 0) continue;
    const common = score(ctx, i, j)?.common ?? 0;
    const prev = runs[runs.length - 1];
    if (prev && R.last(prev).i1 === i - 1 && R.last(prev).j1 === j - 1) R.addPair(prev, 'end', i, j, common, ctx.a, ctx.b);
    else runs.push(R.newRun(i, j, common, ctx.a, ctx.b));
  }
  return runs;
}

// Grows a run over free neighbouring units while the run as a whole stays above minSimilarity: a
// neighbouring pair scoring at least extendSimilarity (a copied paragraph whose last sentence was
// rewritten comes back whole), or a unit of one side at least that share of which aligns with the edge
// block (the same words cut into units differently).
function grow(run: R.Run, ctx: Context): R.Run {
  for (const side of ['start', 'end'] as const) {
    for (;;) {
      const options = [pairOption(run, side, ctx), ...(['a', 'b', 'both'] as const).map((g) => widenOption(run, side, g, ctx))];
      const best = options.reduce<Option | null>((x, y) => (y && (!x || y.similarity > x.similarity) ? y : x), null);
      if (!best || best.similarity < ctx.minSimilarity) break;
      best.apply();
    }
  }
  return run;
}

interface Option {
  similarity: number;
  apply: () => void;
}

function pairOption(run: R.Run, side: Side, ctx: Context): Option | null {
  const edge = side === 'start' ? R.first(run) : R.last(run);
  const i = side === 'start' ? edge.i0 - 1 : edge.i1 + 1;
  const j = side === 'start' ? edge.j0 - 1 : edge.j1 + 1;
  if (!free(ctx.takenA, i) || !free(ctx.takenB, j)) return null;
  const s = score(ctx, i, j) ?? containedPair(ctx, i, j);
  if (!s) return null;
  const wa = ctx.a.units[i].words.length;
  const wb = ctx.b.units[j].words.length;
  return {
    similarity: dice(run.common + s.common, run.wordsA + wa, run.wordsB + wb),
    apply: () => {
      ctx.takenA[i] = j;
      ctx.takenB[j] = i;
      R.addPair(run, side, i, j, s.common, ctx.a, ctx.b);
    },
  };
}

// A neighbouring pair whose Dice is low only because one unit is much longer: the shorter one is
// nearly all inside it ("đề cao vai trò của cấp ủy đảng, chính quyền cơ sở và ý thức của người dân"
// is one clause in one text and the tail of a long sentence in the other).
function containedPair(ctx: Context, i: number, j: number): PairScore | null {
  const ua = ctx.a.units[i];
  const ub = ctx.b.units[j];
  let shared = 0;
  for (const sh of ua.shingles) if (ub.shingles.has(sh)) shared++;
  if (shared < MIN_SHINGLE_DICE * Math.min(ua.shingles.size, ub.shingles.size) || shared === 0) return null;
  const common = lcsRunsLength(ua.ids, ub.ids, MIN_RUN);
  if (common < MIN_CONTAINED * Math.min(ua.words.length, ub.words.length)) return null;
  return { common, similarity: dice(common, ua.words.length, ub.words.length) };
}

function widenOption(run: R.Run, side: Side, grow: R.Grow, ctx: Context): Option | null {
  const edge = side === 'start' ? R.first(run) : R.last(run);
  const i = side === 'start' ? edge.i0 - 1 : edge.i1 + 1;
  const j = side === 'start' ? edge.j0 - 1 : edge.j1 + 1;
  if (grow !== 'b' && !free(ctx.takenA, i)) return null;
  if (grow !== 'a' && !free(ctx.takenB, j)) return null;
  // The other side as it will be: widening both sides can align the two new units with each other.
  const sideA = ctx.a.units.slice(grow === 'b' ? edge.i0 : Math.min(i, edge.i0), (grow === 'b' ? edge.i1 : Math.max(i, edge.i1)) + 1);
  const sideB = ctx.b.units.slice(grow === 'a' ? edge.j0 : Math.min(j, edge.j0), (grow === 'a' ? edge.j1 : Math.max(j, edge.j1)) + 1);
  if (grow !== 'b' && !sharesShingles(ctx.a.units[i], sideB)) return null;
  if (grow !== 'a' && !sharesShingles(ctx.b.units[j], sideA)) return null;
  const widened = R.widenedEdge(run, side, grow, ctx.a, ctx.b);
  if (!widened) return null;
  const { block, addedA, addedB } = widened;
  const gain = block.common - edge.common;
  // Half the added words must align (for both sides: the Dice of the added parts).
  if (gain < ctx.extendSimilarity * (grow === 'both' ? (addedA + addedB) / 2 : addedA + addedB)) return null;
  const common = run.common - edge.common + block.common;
  return {
    similarity: dice(common, run.wordsA + addedA, run.wordsB + addedB),
    apply: () => {
      if (grow !== 'b') ctx.takenA[i] = edge.j0;
      if (grow !== 'a') ctx.takenB[j] = edge.i0;
      R.replaceEdge(run, side, block, addedA, addedB);
    },
  };
}

// Cheap test before the alignment: a unit that shares almost no 3-grams with the other side of the
// block cannot have half its words aligned with it.
function sharesShingles(unit: Unit, others: readonly Unit[]): boolean {
  let shared = 0;
  for (const s of unit.shingles) if (others.some((u) => u.shingles.has(s))) shared++;
  return unit.shingles.size > 0 && shared >= MIN_SHINGLE_DICE * unit.shingles.size;
}

// Growing can close the gap between two runs; they are then one passage.
function joinTouching(runs: R.Run[]): R.Run[] {
  const out: R.Run[] = [];
  for (const run of [...runs].sort((x, y) => R.first(x).i0 - R.first(y).i0)) {
    const prev = out[out.length - 1];
    if (prev && R.touches(prev, run)) out[out.length - 1] = R.concat(prev, run);
    else out.push(run);
  }
  return out;
}

function free(taken: Int32Array, unit: number): boolean {
  return unit >= 0 && unit < taken.length && taken[unit] < 0;
}

function score(ctx: Context, i: number, j: number): PairScore | undefined {
  return ctx.scores.get(pairKey(i, j, ctx.b));
}

function toPassage(run: R.Run, ctx: Context): SharedPassage {
  const head = R.first(run);
  const tail = R.last(run);
  return {
    a: { start: ctx.a.units[head.i0].span.start, end: ctx.a.units[tail.i1].span.end },
    b: { start: ctx.b.units[head.j0].span.start, end: ctx.b.units[tail.j1].span.end },
    similarity: R.similarity(run),
    words: Math.min(run.wordsA, run.wordsB),
  };
}
