import { fold } from '../text/fold';

// Candidate search for text reuse: hash every run of 5 folded words and keep the hashes divisible by
// 4. Two texts sharing a passage of a dozen words or more then very likely share a kept hash, while a
// directive keeps only a quarter of its runs in the index.
const RUN_WORDS = 5;
const KEEP_ONE_IN = 4;

/** The distinct sampled run hashes of `text`, sorted. */
export function fingerprint(text: string): number[] {
  return fingerprintWords(fold(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The same from the text's folded words (a prepared text holds them: prepare.ts), so that the text is not
 * folded and split again. Each run is hashed as FNV-1a of its words joined by spaces, without building the
 * joined string: a string per word of every text was most of this function's time.
 */
export function fingerprintWords(words: readonly string[]): number[] {
  const kept = new Set<number>();
  for (let i = 0; i + RUN_WORDS <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + RUN_WORDS; k++) {
      if (k > i) h = Math.imul(h ^ SPACE, 0x01000193);
      const word = words[k];
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    }
    h |= 0; // folded into PostgreSQL's signed 32-bit integer range
    if ((h >>> 0) % KEEP_ONE_IN === 0) kept.add(h);
  }
  return [...kept].sort((a, b) => a - b);
}

const SPACE = 0x20;
