// The synthetic corpus: the seed directives scaled to every province and many directives each, by
// recombining the seeds' real clauses and rewriting what makes a directive its own (province, number,
// dates, target values, slogans). Deterministic from a seed: document i is the same in every corpus size,
// so a corpus of 3,000 holds the one of 100.
//
//   node dist/api/bench/generate.js --size 100 [--seed 42] [--out folder]   (writes the texts as files)
import fs from 'node:fs';
import path from 'node:path';
import { defaultLexicons } from '../ingestion/lexicons';
import { loadProvinces, type ProvinceRecord } from '../reference/provinces';
import { documentSeed, random, type Random } from './random';
import { moveToProvince, renumber, shiftDates, varyNumbers, varySlogans } from './rewrite';
import { CLAUSE_START, seedParts, type SeedParts } from './seed-parts';
import { optionValue } from './options';

export const DEFAULT_SEED = 42;
/** The seeds are about these two provinces; their names and places are what gets replaced. */
const SEED_PROVINCES = ['VN-13', 'VN-21'];
/** Generated numbers start here, far from the seeds' own (11, 370, 402). */
const FIRST_NUMBER = 1000;

export interface CorpusDocument {
  /** Stored as the rendition's origin: lets a reload skip what is already in the database. */
  origin: string;
  /** ISO code of the province it was written for; null for the seed texts (Quảng Ninh or Thanh Hóa). */
  province: string | null;
  text: string;
}

/** The seed texts as they are: the 1x corpus, and the first documents of every other. */
export function seedDocuments(): CorpusDocument[] {
  return seedParts().map((s) => ({ origin: `seed:${s.file}`, province: null, text: s.text }));
}

/** Synthetic document `index` (0-based) of the corpus seeded `seed`. */
export function generateDocument(index: number, seed = DEFAULT_SEED): CorpusDocument {
  const rng = random(documentSeed(seed, index));
  const provinces = loadProvinces();
  // Provinces in turn: every one of the 63 has directives from the first 63 documents on.
  const province = provinces[index % provinces.length];
  const seeds = seedParts();
  const template = rng.pick(seeds);
  let text = recombine(template, seeds, rng);
  text = moveToProvince(text, SEED_PROVINCES.map((code) => provinces.find((p) => p.code === code)!), province, rng);
  text = numbered(text, FIRST_NUMBER + index, rng);
  // The OCR scans lost their letterhead; a directive names its committee at the top.
  if (!/(?:TỈNH|THÀNH) ỦY\s+\p{Lu}/u.test(template.head.join('\n'))) text = `${province.kind === 'CITY' ? 'THÀNH' : 'TỈNH'} ỦY ${upper(province.name)}\n\n${text}`;
  // From spring 2020 to mid-2022 around the seeds' September 2021.
  text = shiftDates(text, rng.int(-540, 240));
  text = varyNumbers(text, rng);
  text = varySlogans(text, defaultLexicons().slogans.slogans, rng);
  return { origin: `bench:${seed}:${index}`, province: province.code, text };
}

/** The template's head and tail around 3 to 10 clauses drawn from the seeds of the same layout. */
function recombine(template: SeedParts, seeds: readonly SeedParts[], rng: Random): string {
  const pool = seeds.filter((s) => s.layout === template.layout).flatMap((s) => s.clauses);
  const clauses = rng.sample(pool, rng.int(3, Math.min(10, pool.length)));
  const body = clauses.map((lines, i) => [lines[0].replace(CLAUSE_START, (_m, lead: string, _n, dot: string) => `${lead}${i + 1}${dot}`), ...lines.slice(1)]);
  return [...template.head, ...body.flat(), ...template.tail].join('\n');
}

/** Gives the directive its own number; most seeds without one get a number line, a few stay without. */
function numbered(text: string, number: number, rng: Random): string {
  const renumbered = renumber(text, number);
  if (renumbered.numbered || rng.chance(0.1)) return renumbered.text;
  const kind = /THÔNG BÁO/u.test(text) ? 'TB' : 'CV';
  return `Số ${number}-${kind}/TU\n\n${text}`;
}

/** The corpus of `size` directives: the seeds, then generated documents up to `size` texts in all. */
export function* corpusDocuments(size: number, seed = DEFAULT_SEED): Generator<CorpusDocument> {
  const seeds = seedDocuments();
  yield* seeds.slice(0, size);
  for (let i = 0; i < size - seeds.length; i++) yield generateDocument(i, seed);
}

function upper(s: string): string {
  return s.toLocaleUpperCase('vi');
}

/**
 * Which of `lanes` parallel loaders takes a document: all documents of a province go to one lane, so
 * two texts of one directive are never ingested at the same time (each would create the directive).
 * The seeds and generated documents of the seeds' provinces share lane 0.
 */
export function laneOf(doc: CorpusDocument, lanes: number): number {
  if (doc.province === null || SEED_PROVINCES.includes(doc.province)) return 0;
  const index = loadProvinces().findIndex((p) => p.code === doc.province);
  return index % lanes;
}

export function provinceOf(index: number): ProvinceRecord {
  const provinces = loadProvinces();
  return provinces[index % provinces.length];
}

function arg(name: string): string | undefined {
  return optionValue(process.argv, name);
}

if (require.main === module) {
  const size = Number(arg('size') ?? 100);
  const seed = Number(arg('seed') ?? DEFAULT_SEED);
  const out = arg('out');
  let n = 0;
  for (const doc of corpusDocuments(size, seed)) {
    if (out) {
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, `${String(n).padStart(6, '0')}_${doc.origin.replace(/[^a-z0-9.]+/gi, '_')}.txt`), doc.text);
    }
    n++;
  }
  console.log(`${n} documents${out ? ` written to ${out}` : ''} (seed ${seed})`);
}
