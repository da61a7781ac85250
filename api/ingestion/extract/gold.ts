import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../../text/fold';
import { clean } from '../clean';
import type { CleanedText, ClauseSpan } from '../document';
import { segmentClauses } from '../segment/clauses';
import type { ExtractedFacts, TargetQualifiers } from './facts';
import { extractFacts } from './index';
import type { Lexicons } from './lexicons';
import { foldKey } from './patterns';
import { repoRoot } from './paths';
import { numberKey } from './references';

// The hand-checked gold set (seeds/gold/<seed>.json) and the scoring of extraction against it. Used by
// the eval command and the tests, so both measure the same thing the same way.

export interface GoldTarget {
  metric: string;
  value: number;
  unit: string;
  qualifiers: TargetQualifiers;
  deadline?: unknown;
}

export interface GoldFile {
  file: string;
  directive: string;
  rendition: string;
  context: { ownNumber: string | null; year: number | null };
  targets: GoldTarget[];
  slogans: { canonical: string; kind: string }[];
  agencies: { canonicalName: string; level: string }[];
  references: { number: string; kind: string | null; issuer: string | null; issuedOn: string | null }[];
  measures: { quote: string; category: string }[];
  decisions: { about: string; decision: string; why: string }[];
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

/** A corpus seed after the same clean -> segment steps the pipeline runs. */
export function loadSeed(name: string): Seed {
  const raw = readFileSync(join(repoRoot(), 'seeds', 'corpus', `${name}.txt`), 'utf8');
  const cleaned = clean(raw);
  return { name, raw, cleaned, clauses: segmentClauses(cleaned.text) };
}

export function loadGold(name: string): GoldFile {
  return JSON.parse(readFileSync(join(goldDir(), `${name}.json`), 'utf8')) as GoldFile;
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

export interface Score {
  /** Facts extracted, facts in gold, and the true positives counted from each side. */
  predicted: number;
  gold: number;
  truePredicted: number;
  trueGold: number;
}

export const FACT_TYPES = ['targets', 'slogans', 'agencies', 'references', 'measureCategories'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export function precision(s: Score): number {
  return s.predicted === 0 ? (s.gold === 0 ? 1 : 0) : s.truePredicted / s.predicted;
}

export function recall(s: Score): number {
  return s.gold === 0 ? 1 : s.trueGold / s.gold;
}

/** Multiset comparison of keys. */
function compareKeys(predicted: string[], gold: string[]): Score {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let hits = 0;
  for (const p of predicted) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      hits++;
      left.set(p, n - 1);
    }
  }
  return { predicted: predicted.length, gold: gold.length, truePredicted: hits, trueGold: hits };
}

function targetKey(t: { metric: string; value: number; unit: string; qualifiers: TargetQualifiers }): string {
  const q = t.qualifiers;
  return JSON.stringify([t.metric, t.value, t.unit, q.poolSize, q.dose, q.scope, q.scopeCount, q.scopeTotal, q.population, q.condition]);
}

const loose = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

/** Scores one rendition's facts against its gold file, per fact type. */
export function scoreFacts(facts: ExtractedFacts, gold: GoldFile): Record<FactType, Score> {
  const measures = facts.measures.map((m) => ({ quote: loose(m.citation.quote), category: m.category }));
  const goldMeasures = gold.measures.map((m) => ({ quote: loose(m.quote), category: m.category }));
  // A measure counts when its quote holds a gold quote and both name the same category.
  const agrees = (m: { quote: string; category: string }, g: { quote: string; category: string }) => m.quote.includes(g.quote) && m.category === g.category;
  return {
    targets: compareKeys(facts.targets.map(targetKey), gold.targets.map(targetKey)),
    slogans: compareKeys([...new Set(facts.slogans.map((s) => foldKey(s.canonical)))], gold.slogans.map((s) => foldKey(s.canonical))),
    agencies: compareKeys([...new Set(facts.agencies.map((a) => a.canonicalName))], gold.agencies.map((a) => a.canonicalName)),
    references: compareKeys(facts.references.map((r) => numberKey(r.number)), gold.references.map((r) => numberKey(r.number))),
    measureCategories: {
      predicted: measures.length,
      gold: goldMeasures.length,
      truePredicted: measures.filter((m) => goldMeasures.some((g) => agrees(m, g))).length,
      trueGold: goldMeasures.filter((g) => measures.some((m) => agrees(m, g))).length,
    },
  };
}

export interface SeedEvaluation {
  name: string;
  scores: Record<FactType, Score>;
  facts: ExtractedFacts;
  gold: GoldFile;
  seed: Seed;
}

/** clean -> segmentClauses -> extractFacts on every seed with a gold file, scored. */
export function evaluateSeeds(names: string[] = goldSeedNames(), lex?: Lexicons): SeedEvaluation[] {
  return names.map((name) => {
    const seed = loadSeed(name);
    const gold = loadGold(name);
    const facts = extractFacts(seed.cleaned, seed.clauses, gold.context, lex);
    return { name, scores: scoreFacts(facts, gold), facts, gold, seed };
  });
}

export function sumScores(scores: Score[]): Score {
  return scores.reduce(
    (a, s) => ({ predicted: a.predicted + s.predicted, gold: a.gold + s.gold, truePredicted: a.truePredicted + s.truePredicted, trueGold: a.trueGold + s.trueGold }),
    { predicted: 0, gold: 0, truePredicted: 0, trueGold: 0 },
  );
}
