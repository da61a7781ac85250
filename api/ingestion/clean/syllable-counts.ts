// How often each syllable, and each pair of neighbouring syllables, occurs in directive prose: the evidence
// that lets a scan's misread letter be read back ("t1nh" is "tỉnh", "S6 Y t6" is "Sở Y tế", not "Số Y tế").
// Counted over the project's own texts that keep their marks (the seed corpus and the development texts),
// only words the dictionary knows as syllables, and kept in seeds/syllables.json; `npm run syllables`
// rebuilds that file when the texts change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../repo-root';
import { diacriticShare } from '../../text/diacritics';
import { syllableKey, vietnameseSyllables } from '../quality';

export interface SyllableCounts {
  /** Lower-case syllable as written (NFC) -> occurrences. */
  syllables: Record<string, number>;
  /** "first second", two syllables side by side in one phrase -> occurrences. */
  pairs: Record<string, number>;
}

/** A count below this is as likely a typing slip as usage, and would only add noise and bytes. */
const MIN_COUNT = 2;
/** A text whose syllables are mostly unmarked lost its marks: its spellings would be counted as words. */
const MIN_MARKED_SHARE = 0.4;

/** Syllables and pairs of `texts`, each text counted only if it keeps its marks. */
export function countSyllables(texts: string[]): SyllableCounts {
  const dictionary = vietnameseSyllables();
  const syllables = new Map<string, number>();
  const pairs = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const text of texts) {
    if (diacriticShare(text) < MIN_MARKED_SHARE) continue;
    // A phrase ends at anything that is not a space between two words: punctuation, digits, a line break.
    for (const phrase of text.normalize('NFC').toLowerCase().split(/[^\p{L} \t]+/u)) {
      let previous: string | null = null;
      for (const word of phrase.split(/[ \t]+/)) {
        const known = word !== '' && dictionary.has(syllableKey(word));
        if (known) add(syllables, word);
        if (known && previous) add(pairs, `${previous} ${word}`);
        previous = known ? word : null;
      }
    }
  }
  const kept = (m: Map<string, number>) =>
    Object.fromEntries([...m].filter(([, n]) => n >= MIN_COUNT).sort(([a, n], [b, k]) => k - n || (a < b ? -1 : a > b ? 1 : 0)));
  return { syllables: kept(syllables), pairs: kept(pairs) };
}

let loaded: SyllableCounts | null = null;

/** seeds/syllables.json, read once per process. */
export function syllableCounts(): SyllableCounts {
  if (!loaded) loaded = JSON.parse(readFileSync(join(repoRoot(), 'seeds', 'syllables.json'), 'utf8')) as SyllableCounts;
  return loaded;
}
