// `npm run syllables`: counts the syllables of the seed corpus and the development texts and prints the table
// the misread-letter repair reads (api/ingestion/clean/syllable-counts.ts) as JSON, to be saved as
// seeds/syllables.json. Held-out texts are never counted: they measure the repair.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repo-root';
import { countSyllables } from '../ingestion/clean/syllable-counts';

export const COUNTED_FOLDERS = ['seeds/corpus', 'seeds/dev'];

export function countedTexts(): string[] {
  return COUNTED_FOLDERS.flatMap((folder) => {
    const dir = join(repoRoot(), folder);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  });
}

if (require.main === module) {
  const counts = countSyllables(countedTexts());
  // One entry a line, so that a change of the texts shows in a diff as the counts it moved.
  const block = (m: Record<string, number>) => Object.entries(m).map(([k, n]) => `    ${JSON.stringify(k)}: ${n}`).join(',\n');
  process.stdout.write(`{\n  "syllables": {\n${block(counts.syllables)}\n  },\n  "pairs": {\n${block(counts.pairs)}\n  }\n}\n`);
}
