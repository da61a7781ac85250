// Token-level alignment: a longest common subsequence of two word lists. A changed or inserted word
// costs one word, where it costs three 3-grams, so "Tiếp tục củng cố" vs "Tăng cường củng cố" or an
// OCR-damaged word barely moves the score. Words are compared as numbers (see prepare.ts): twice as
// fast as comparing strings.

/** Dice coefficient of the alignment: 1 for identical lists, 0 when no word is shared. */
export function dice(common: number, lengthA: number, lengthB: number): number {
  return lengthA + lengthB === 0 ? 0 : (2 * common) / (lengthA + lengthB);
}

/**
 * Longest common subsequence made only of runs of at least `minRun` consecutive words shared by both
 * sides (LCS≥k). Two unrelated sentences of the same genre share many single words ("các", "và",
 * "phòng") but few runs; a copied sentence with an edited word keeps runs on both sides of the edit.
 */
export function lcsRunsLength(a: ArrayLike<number>, b: ArrayLike<number>, minRun = 2): number {
  const n = a.length;
  const m = b.length;
  if (n < minRun || m < minRun) return 0;
  // A copied unit aligns whole, as one run: recycled texts make this the common case, and it skips the table.
  if (n === m && sameWords(a, b)) return n;
  const w = m + 1;
  const size = (n + 1) * w;
  const best = scratch(0, size, w); // best alignment of the prefixes a[0, i) and b[0, j)
  const run = scratch(1, size, w); // equal words ending at (i, j)
  const ending = scratch(2, size, w); // best alignment whose last run ends exactly at (i, j)
  const diagonal = minRun * (w + 1);
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1];
    best[i * w] = 0;
    run[i * w] = 0;
    ending[i * w] = 0;
    for (let j = 1; j <= m; j++) {
      const k = i * w + j;
      let v = best[k - w] > best[k - 1] ? best[k - w] : best[k - 1];
      let e = 0;
      if (ai === b[j - 1]) {
        const r = run[k - w - 1] + 1;
        run[k] = r;
        // The last run is exactly minRun long, or longer: then it extends the run ending at (i-1, j-1).
        if (r >= minRun) e = best[k - diagonal] + minRun;
        if (r > minRun && ending[k - w - 1] + 1 > e) e = ending[k - w - 1] + 1;
        if (e > v) v = e;
      } else run[k] = 0;
      ending[k] = e;
      best[k] = v;
    }
  }
  return best[size - 1];
}

function sameWords(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Tables reused across calls (a comparison runs this dozens of times). Every cell is written before
// it is read except row 0 and column 0: the caller zeroes column 0 row by row, row 0 is zeroed here.
const tables: Int32Array[] = [new Int32Array(4096), new Int32Array(4096), new Int32Array(4096)];

function scratch(which: number, size: number, width: number): Int32Array {
  if (tables[which].length < size) tables[which] = new Int32Array(Math.max(size, tables[which].length * 2));
  const t = tables[which];
  t.fill(0, 0, width);
  return t;
}
