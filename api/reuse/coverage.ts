// How much of one text the shared passages cover: "62% of 402-CV/TU repeats 370-TB/TU" is the
// headline a journalist wants before reading the passages themselves.
import type { SharedPassage } from './find-shared-passages';

/** Share (0..1) of the `length` characters of side `side` covered by the passages' spans, overlaps counted once. */
export function coverage(passages: readonly SharedPassage[], length: number, side: 'a' | 'b' = 'a'): number {
  if (length <= 0) return 0;
  const spans = passages.map((p) => p[side]).sort((x, y) => x.start - y.start);
  let covered = 0;
  let reach = 0;
  for (const { start, end } of spans) {
    const from = Math.max(start, reach);
    if (end > from) covered += end - from;
    reach = Math.max(reach, end);
  }
  return Math.min(1, covered / length);
}
