import { fold } from './fold';

// Word shingles over folded text: two texts of one directive (an OCR scan and a portal article) share
// most of their 5-word runs even when OCR damaged a word here and there, while two different
// directives of the same genre share far fewer.
const SHINGLE_WORDS = 5;

export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(' '));
  return set;
}

/** Share of the smaller set found in the larger one, from 0 to 1. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
