import { dice, lcsRunsLength } from './similarity';

// The textbook recurrence (Benson et al., LCSk): the last run ending at (i, j) may have any length
// from minRun to the number of equal words ending there.
function reference(a: number[], b: number[], minRun: number): number {
  const dp = a.map(() => new Array<number>(b.length + 1).fill(0));
  dp.push(new Array<number>(b.length + 1).fill(0));
  const run = dp.map((row) => row.map(() => 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.max(dp[i - 1][j], dp[i][j - 1]);
      if (a[i - 1] === b[j - 1]) {
        run[i][j] = run[i - 1][j - 1] + 1;
        for (let l = minRun; l <= run[i][j]; l++) v = Math.max(v, dp[i - l][j - l] + l);
      }
      dp[i][j] = v;
    }
  }
  return dp[a.length][b.length];
}

// Small deterministic generator: the same "random" cases on every run.
function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('lcsRunsLength', () => {
  it('counts words aligned in runs of at least minRun', () => {
    expect(lcsRunsLength([1, 2, 9, 3, 4], [1, 2, 8, 3, 4], 2)).toBe(4);
    expect(lcsRunsLength([1, 2, 3], [3, 2, 1], 1)).toBe(1);
    expect(lcsRunsLength([1, 2, 3], [3, 2, 1], 2)).toBe(0); // scattered shared words do not count
    expect(lcsRunsLength([1, 2, 3, 4], [1, 2, 3, 4], 2)).toBe(4);
    expect(lcsRunsLength([], [1, 2], 2)).toBe(0);
  });

  it('agrees with the textbook recurrence on 3,000 random cases', () => {
    const random = lcg(42);
    for (let t = 0; t < 3000; t++) {
      const vocabulary = 1 + Math.floor(random() * 4);
      const a = Array.from({ length: 1 + Math.floor(random() * 14) }, () => Math.floor(random() * vocabulary));
      const b = Array.from({ length: 1 + Math.floor(random() * 14) }, () => Math.floor(random() * vocabulary));
      const minRun = 1 + (t % 3);
      expect([a, b, minRun, lcsRunsLength(a, b, minRun)]).toEqual([a, b, minRun, reference(a, b, minRun)]);
    }
  });

  it('handles units longer than its initial tables', () => {
    const a = Array.from({ length: 300 }, (_, k) => k);
    expect(lcsRunsLength(a, a, 2)).toBe(300);
    expect(lcsRunsLength([1, 2], [1, 2], 2)).toBe(2);
  });
});

describe('dice', () => {
  it('is 1 for identical lists, 0 for nothing shared or nothing at all', () => {
    expect(dice(10, 10, 10)).toBe(1);
    expect(dice(0, 10, 12)).toBe(0);
    expect(dice(0, 0, 0)).toBe(0);
    expect(dice(6, 10, 20)).toBeCloseTo(0.4);
  });
});
