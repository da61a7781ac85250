import { coverage } from './coverage';
import type { SharedPassage } from './find-shared-passages';

const passage = (a: [number, number], b: [number, number]): SharedPassage => ({
  a: { start: a[0], end: a[1] },
  b: { start: b[0], end: b[1] },
  similarity: 1,
  words: 10,
});

describe('coverage', () => {
  it('is the share of the text inside passages of the chosen side, overlaps counted once', () => {
    const passages = [passage([50, 100], [0, 10]), passage([0, 20], [10, 20]), passage([10, 30], [90, 100])];
    expect(coverage(passages, 200)).toBeCloseTo(80 / 200);
    expect(coverage(passages, 100, 'b')).toBeCloseTo(30 / 100);
  });

  it('is 0 without passages or without text', () => {
    expect(coverage([], 100)).toBe(0);
    expect(coverage([passage([0, 10], [0, 10])], 0)).toBe(0);
  });
});
