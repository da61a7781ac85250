// A run is a passage under construction: blocks of units that follow each other in both texts. A
// block is usually one unit of each side; it holds more when the two texts cut the same words into
// units differently: "Tiếp tục triển khai thực hiện hiệu quả công tác an sinh xã hội;" (14 words) is a
// unit of its own, "5. Thực hiện hiệu quả công tác an sinh xã hội;" (10) is joined to the next clause.
import type { PreparedText } from './prepare';
import { dice, lcsRunsLength } from './similarity';
import { MIN_RUN } from './candidates';

export interface Block {
  /** Unit ranges, inclusive. */
  i0: number;
  i1: number;
  j0: number;
  j1: number;
  /** Words aligned between the block's two sides. */
  common: number;
}

export interface Run {
  blocks: Block[];
  common: number;
  wordsA: number;
  wordsB: number;
}

export function newRun(i: number, j: number, common: number, a: PreparedText, b: PreparedText): Run {
  return { blocks: [{ i0: i, i1: i, j0: j, j1: j, common }], common, wordsA: words(a, i, i), wordsB: words(b, j, j) };
}

export function first(run: Run): Block {
  return run.blocks[0];
}

export function last(run: Run): Block {
  return run.blocks[run.blocks.length - 1];
}

export function similarity(run: Run): number {
  return dice(run.common, run.wordsA, run.wordsB);
}

/** Adds the pair (i, j) as a new block before or after the run. */
export function addPair(run: Run, side: 'start' | 'end', i: number, j: number, common: number, a: PreparedText, b: PreparedText): void {
  const block = { i0: i, i1: i, j0: j, j1: j, common };
  if (side === 'start') run.blocks.unshift(block);
  else run.blocks.push(block);
  run.common += common;
  run.wordsA += words(a, i, i);
  run.wordsB += words(b, j, j);
}

export type Grow = 'a' | 'b' | 'both';

/**
 * The edge block of `run` with one more unit of side `grow` (or of both sides), the unit before it at
 * the start or after it at the end, and the words added on each side: the caller decides whether
 * the gain in aligned words is worth it.
 */
export function widenedEdge(
  run: Run,
  side: 'start' | 'end',
  grow: Grow,
  a: PreparedText,
  b: PreparedText,
): { block: Block; addedA: number; addedB: number } | null {
  const edge = side === 'start' ? first(run) : last(run);
  const block = { ...edge };
  const i = side === 'start' ? --block.i0 : ++block.i1;
  const j = side === 'start' ? --block.j0 : ++block.j1;
  if (grow === 'b') side === 'start' ? block.i0++ : block.i1--;
  if (grow === 'a') side === 'start' ? block.j0++ : block.j1--;
  if (block.i0 < 0 || block.j0 < 0 || block.i1 >= a.units.length || block.j1 >= b.units.length) return null;
  block.common = lcsRunsLength(unitIds(a, block.i0, block.i1), unitIds(b, block.j0, block.j1), MIN_RUN);
  return {
    block,
    addedA: grow === 'b' ? 0 : a.units[i].words.length,
    addedB: grow === 'a' ? 0 : b.units[j].words.length,
  };
}

/** Replaces the edge block on `side` by its widened version. */
export function replaceEdge(run: Run, side: 'start' | 'end', block: Block, addedA: number, addedB: number): void {
  const index = side === 'start' ? 0 : run.blocks.length - 1;
  run.common += block.common - run.blocks[index].common;
  run.blocks[index] = block;
  run.wordsA += addedA;
  run.wordsB += addedB;
}

/** `later` follows `earlier` directly in both texts. */
export function touches(earlier: Run, later: Run): boolean {
  return last(earlier).i1 + 1 === first(later).i0 && last(earlier).j1 + 1 === first(later).j0;
}

export function concat(earlier: Run, later: Run): Run {
  return {
    blocks: [...earlier.blocks, ...later.blocks],
    common: earlier.common + later.common,
    wordsA: earlier.wordsA + later.wordsA,
    wordsB: earlier.wordsB + later.wordsB,
  };
}

function words(text: PreparedText, from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) n += text.units[k].words.length;
  return n;
}

function unitIds(text: PreparedText, from: number, to: number): Int32Array {
  if (from === to) return text.units[from].ids;
  const out = new Int32Array(words(text, from, to));
  let at = 0;
  for (let k = from; k <= to; k++) {
    out.set(text.units[k].ids, at);
    at += text.units[k].ids.length;
  }
  return out;
}
