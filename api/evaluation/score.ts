// Precision and recall of what extraction found against a gold file, per fact type. Facts are compared as
// multisets of keys: a target by metric, value and unit (and every qualifier where the gold gives them, as
// the seeds' do), a slogan by its folded canonical form, an agency by canonical name, a reference by number,
// a measure by a quote it must contain and its category, a metadata field by its value.
import type { DirectiveMetadata } from '../domain/directive';
import type { ExtractedFacts, TargetQualifiers } from '../domain/facts';
import { foldKey } from '../ingestion/phrases/patterns';
import { documentNumberKey } from '../text/document-number';
import { fold } from '../text/fold';
import { repairFigures, repairGarbledNumbers } from '../ingestion/clean/garbled-numbers';
import { repairMisreadLetters } from '../ingestion/clean/misread-letters';
import type { GoldFile, GoldTarget } from './gold';

export interface Score {
  /** Facts extracted, facts in gold, and the true positives counted from each side. */
  predicted: number;
  gold: number;
  truePredicted: number;
  trueGold: number;
}

export const FACT_TYPES = ['metadata', 'targets', 'slogans', 'agencies', 'references', 'measureCategories'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const NO_SCORE: Score = { predicted: 0, gold: 0, truePredicted: 0, trueGold: 0 };

export function precision(s: Score): number {
  return s.predicted === 0 ? (s.gold === 0 ? 1 : 0) : s.truePredicted / s.predicted;
}

export function recall(s: Score): number {
  return s.gold === 0 ? 1 : s.trueGold / s.gold;
}

export function sumScores(scores: Score[]): Score {
  return scores.reduce(
    (a, s) => ({ predicted: a.predicted + s.predicted, gold: a.gold + s.gold, truePredicted: a.truePredicted + s.truePredicted, trueGold: a.trueGold + s.trueGold }),
    NO_SCORE,
  );
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

function qualifierKey(q: TargetQualifiers): unknown[] {
  return [q.poolSize, q.dose, q.scope, q.scopeCount, q.scopeTotal, q.population, q.condition];
}

function targetKeys(predicted: ExtractedFacts['targets'], gold: GoldTarget[]): Score {
  // The seeds' gold states every qualifier; a development text's gold states what the figure is.
  const exact = gold.length > 0 && gold.every((t) => t.qualifiers !== undefined);
  const key = (t: { metric: string; value: number; unit: string }, q?: TargetQualifiers) =>
    JSON.stringify(exact && q ? [t.metric, t.value, t.unit, ...qualifierKey(q)] : [t.metric, t.value, t.unit]);
  return compareKeys(
    predicted.map((t) => key(t, t.qualifiers)),
    gold.map((t) => key(t, t.qualifiers)),
  );
}

// Cleaning repairs the numbers and words a scan garbled ("15ICT-TTg" is "15/CT-TTg", "t1nh" is "tỉnh") and prints markup's escapes
// ("30\%" in LaTeX, "1\." in markdown), so a citation quotes the cleaned text while a gold quote is copied from
// the raw one: both are compared repaired and unescaped. A figure a scan misread ("l4 ngày", "O5 người") is quoted
// as written, and compared read as digits, both in lower case (a text in capitals writes "L4 NGÀY" for "l4 ngày").
const loose = (s: string) =>
  fold(repairFigures(repairMisreadLetters(repairGarbledNumbers(s.replace(/\\([%&#_$*.!()[\]-])/g, '$1'))).text.toLowerCase()))
    .replace(/\s+/g, ' ')
    .trim();

function measureScore(facts: ExtractedFacts, gold: GoldFile): Score {
  const measures = facts.measures.map((m) => ({ quote: loose(m.citation.quote), category: m.category }));
  const goldMeasures = gold.measures.map((m) => ({ quote: loose(m.quote), category: m.category }));
  // A measure counts when its quote holds a gold quote and both name the same category.
  const agrees = (m: { quote: string; category: string }, g: { quote: string; category: string }) => m.quote.includes(g.quote) && m.category === g.category;
  return {
    predicted: measures.length,
    gold: goldMeasures.length,
    truePredicted: measures.filter((m) => goldMeasures.some((g) => agrees(m, g))).length,
    trueGold: goldMeasures.filter((g) => measures.some((m) => agrees(m, g))).length,
  };
}

/** Number, kind, province, issuer's kind and issue date, each a fact a reader takes from the header. */
export function scoreMetadata(metadata: DirectiveMetadata, gold: GoldFile): Score {
  const g = gold.metadata;
  if (!g) return NO_SCORE;
  const pairs: [string | null, string | null][] = [
    [metadata.number.value && documentNumberKey(metadata.number.value), g.number && documentNumberKey(g.number)],
    [metadata.kind.value, g.kind],
    [metadata.province.value?.code ?? null, g.province],
    [metadata.issuer.value?.kind ?? null, g.issuerKind],
    [metadata.issuedOn.value, g.issuedOn],
  ];
  const score = { ...NO_SCORE };
  for (const [found, expected] of pairs) {
    if (found !== null) score.predicted++;
    if (expected !== null) score.gold++;
    if (found !== null && found === expected) {
      score.truePredicted++;
      score.trueGold++;
    }
  }
  return score;
}

/** Scores one rendition's facts against its gold file, per fact type (metadata aside). */
export function scoreFacts(facts: ExtractedFacts, gold: GoldFile): Record<Exclude<FactType, 'metadata'>, Score> {
  return {
    targets: targetKeys(facts.targets, gold.targets),
    slogans: compareKeys([...new Set(facts.slogans.map((s) => foldKey(s.canonical)))], gold.slogans.map((s) => foldKey(s.canonical))),
    agencies: compareKeys([...new Set(facts.agencies.map((a) => a.canonicalName))], gold.agencies.map((a) => a.canonicalName)),
    references: compareKeys(facts.references.map((r) => documentNumberKey(r.number)), gold.references.map((r) => documentNumberKey(r.number))),
    measureCategories: measureScore(facts, gold),
  };
}
