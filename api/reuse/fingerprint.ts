import { fold } from '../text/fold';

// Candidate search for text reuse: hash every run of 5 folded words and keep the hashes divisible by
// 4. Two texts sharing a passage of a dozen words or more then very likely share a kept hash, while a
// directive keeps only a quarter of its runs in the index.
const RUN_WORDS = 5;
const KEEP_ONE_IN = 4;

/** FNV-1a, folded into PostgreSQL's signed 32-bit integer range. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** The distinct sampled run hashes of `text`, sorted. */
export function fingerprint(text: string): number[] {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = new Set<number>();
  for (let i = 0; i + RUN_WORDS <= words.length; i++) {
    const h = hash32(words.slice(i, i + RUN_WORDS).join(' '));
    if ((h >>> 0) % KEEP_ONE_IN === 0) kept.add(h);
  }
  return [...kept].sort((a, b) => a - b);
}
