// Binary search over a sorted array: where the items that come before a value end. One function for the
// phrase index's positions, its sorted words, a text's words and the reuse tokens.

/**
 * The first index whose item is not `before` the value sought, for an array sorted so that every item
 * `before` accepts comes first (0 when none does, `items.length` when all do).
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
