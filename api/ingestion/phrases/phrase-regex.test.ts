import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../repo-root';
import { defaultLexicons } from '../lexicons';
import { findAll, phrasesRegex, PhraseMatcher, scanAll, view, type Hit } from './patterns';

// findAll answers lexicon regexes from a literal index and per-position branch regexes (phrase-regex.ts).
// It must return exactly what the plain global scan over the same slice returns, for any range.

/** The scan findAll does for regexes outside the index, on a fresh copy of the regex. */
const plainScan = (source: RegExp, folded: string, from: number, to: number): Hit[] => scanAll(new RegExp(source.source, source.flags), folded, from, to);

function ranges(length: number, count: number): [number, number][] {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: [number, number][] = [[0, length]];
  for (let i = 0; i < count; i++) {
    const from = Math.floor(next() * length);
    out.push([from, Math.min(length, from + 1 + Math.floor(next() * 600))]);
  }
  return out;
}

const texts = fs
  .readdirSync(path.join(repoRoot(), 'seeds', 'corpus'))
  .map((f) => view(fs.readFileSync(path.join(repoRoot(), 'seeds', 'corpus', f), 'utf8').normalize('NFC')));

describe('findAll on phrase regexes', () => {
  const lex = defaultLexicons();
  const regexes = [
    phrasesRegex(lex.strength.actions),
    phrasesRegex(lex.agencies.agencies.flatMap((a) => a.variants), { optionalVa: true }),
    phrasesRegex(lex.slogans.slogans.flatMap((s) => s.variants)),
    phrasesRegex(['covid 19', 'xét nghiệm', 'xét nghiệm RT-PCR', 'mẫu gộp', 'tiêm', 'tiêm chủng']),
    // Leads of every shape: one token, a word, a loose separator, a symbol, "và" (patterns.ts secondToken).
    phrasesRegex(lex.categories.categories.flatMap((c) => c.keywords.map((k) => k.text))),
    phrasesRegex(['100%', '5K', 'F0', 'mã QR', 'COVID19', 'Covid - 19', '01/2021', 'y tế', 'y', 'cấp 4']),
    phrasesRegex(['Sở Thông tin Truyền thông', 'thông tin', 'Ban Chỉ đạo'], { optionalVa: true }),
  ];

  it('matches the plain scan on every range', () => {
    for (const v of texts) {
      for (const re of regexes) {
        for (const [from, to] of ranges(v.folded.length, 80)) {
          expect(findAll(re, v.folded, from, to)).toEqual(plainScan(re, v.folded, from, to));
        }
      }
    }
  });

  it('gives the same answer when a range is asked again (remembered matches)', () => {
    const v = texts[4];
    const m = new PhraseMatcher(lex.strength.actions);
    const first = ranges(v.text.length, 50).map(([from, to]) => m.all(v, from, to));
    const again = ranges(v.text.length, 50).map(([from, to]) => m.all(v, from, to));
    expect(again).toEqual(first);
  });
});
