// The hand-checked gold facts that extraction is measured against: the five seeds (seeds/corpus/ with
// seeds/gold/) and the development texts (seeds/dev/, each text beside its gold), one per shape of text real
// corpora hold and the seeds do not. The eval command and the tests read them here, so both measure the same.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TargetQualifiers } from '../domain/facts';
import { clean } from '../ingestion/clean';
import type { CleanedText, ClauseSpan } from '../ingestion/document';
import { segmentClauses } from '../ingestion/segment/clauses';
import { repoRoot } from '../repo-root';

export interface GoldTarget {
  metric: string;
  value: number;
  unit: string;
  /** Seeds give every qualifier (compared exactly); development texts give the bound and, for OTHER, the noun phrase. */
  qualifiers?: TargetQualifiers;
  bound?: string | null;
  nounPhrase?: string;
  deadline?: unknown;
}

export interface GoldMetadata {
  number: string | null;
  kind: string | null;
  province: string | null;
  issuerKind: string | null;
  issuedOn: string | null;
}

export interface GoldFile {
  file: string;
  /** "seed" for the five seeds; a development text's shape otherwise ("table-header", "district"...). */
  shape: string;
  description?: string;
  /** False for a text the pipeline must refuse; `rejection` is a word its reason must contain. */
  accepted: boolean;
  rejection: string | null;
  metadata: GoldMetadata | null;
  context: { ownNumber: string | null; year: number | null };
  targets: GoldTarget[];
  slogans: { canonical: string; kind: string }[];
  agencies: { canonicalName: string; level: string }[];
  references: { number: string; kind: string | null; issuer: string | null; issuedOn: string | null }[];
  measures: { quote: string; category: string }[];
  decisions: { about: string; decision: string; why: string }[];
}

/**
 * Which set a text is in: the five seeds; the development texts the rules were written against; the held-out
 * texts, written by someone who never saw the extraction code and kept out of its development, so that their
 * figures say how it does on texts it was not tuned for.
 */
export type GoldSet = 'seeds' | 'development' | 'held-out';

/** One text to evaluate: its name, where it is, its set and its gold. */
export interface GoldCase {
  name: string;
  path: string;
  set: GoldSet;
  gold: GoldFile;
}

export interface Seed {
  name: string;
  raw: string;
  cleaned: CleanedText;
  clauses: ClauseSpan[];
}

export function goldDir(): string {
  return join(repoRoot(), 'seeds', 'gold');
}

export function devDir(): string {
  return join(repoRoot(), 'seeds', 'dev');
}

/** A corpus seed after the same clean -> segment steps the pipeline runs. */
export function loadSeed(name: string): Seed {
  const raw = readFileSync(join(repoRoot(), 'seeds', 'corpus', `${name}.txt`), 'utf8');
  const cleaned = clean(raw);
  return { name, raw, cleaned, clauses: segmentClauses(cleaned.text) };
}

function readGold(path: string): GoldFile {
  const g = JSON.parse(readFileSync(path, 'utf8')) as Partial<GoldFile>;
  return {
    shape: 'seed',
    accepted: true,
    rejection: null,
    metadata: null,
    context: { ownNumber: null, year: null },
    targets: [],
    slogans: [],
    agencies: [],
    references: [],
    measures: [],
    decisions: [],
    ...g,
  } as GoldFile;
}

export function loadGold(name: string): GoldFile {
  return readGold(join(goldDir(), `${name}.json`));
}

/** Seeds that have a gold file, by name without ".txt". */
export function goldSeedNames(): string[] {
  const dir = goldDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((n) => existsSync(join(repoRoot(), 'seeds', 'corpus', `${n}.txt`)))
    .sort();
}

export function seedCases(names: string[] = goldSeedNames()): GoldCase[] {
  return names.map((name) => ({ name, path: join(repoRoot(), 'seeds', 'corpus', `${name}.txt`), set: 'seeds' as const, gold: loadGold(name) }));
}

/** The development texts: every seeds/dev/NAME.txt with its NAME.json. */
export function devCases(): GoldCase[] {
  return casesIn(devDir(), 'development');
}

/** The held-out texts: every seeds/holdout/NAME.txt with its NAME.json. */
export function heldOutCases(): GoldCase[] {
  return casesIn(join(repoRoot(), 'seeds', 'holdout'), 'held-out');
}

function casesIn(dir: string, set: GoldSet): GoldCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && existsSync(join(dir, f.replace(/\.json$/, '.txt'))))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      return { name, path: join(dir, `${name}.txt`), set, gold: readGold(join(dir, f)) };
    });
}
