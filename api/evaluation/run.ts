// Runs the whole pipeline (read -> clean -> segment -> extract, as ingestion does) on every gold text and
// scores it: whether it was accepted or refused as it should be, then precision and recall per fact type,
// over all texts and per shape. A directive refused by mistake counts every one of its facts as missed.
import { readFileSync } from 'node:fs';
import { analyse } from '../ingestion/analyse';
import { IngestionError } from '../ingestion/errors';
import { devCases, heldOutCases, seedCases, type GoldCase, type GoldSet } from './gold';
import { FACT_TYPES, NO_SCORE, precision, recall, scoreFacts, scoreMetadata, sumScores, type FactType, type Score } from './score';

export interface CaseResult {
  name: string;
  set: GoldSet;
  shape: string;
  /** Whether the gold says the text is a directive, and whether the pipeline accepted it. */
  shouldAccept: boolean;
  accepted: boolean;
  /** The refusal's reason, when refused. */
  reason: string | null;
  /** A refusal whose reason lacks the gold's word ("HTML", "Vietnamese") is refused for the wrong reason. */
  rightReason: boolean;
  scores: Record<FactType, Score>;
}

export interface Row {
  factType: FactType | 'overall';
  score: Score;
  precision: number;
  recall: number;
}

export interface ShapeSummary {
  shape: string;
  texts: number;
  /** Directives accepted, of those that should be; non-directives refused, of those that should be. */
  accepted: number;
  directives: number;
  refused: number;
  nonDirectives: number;
  rows: Row[];
}

export interface EvalReport {
  cases: CaseResult[];
  rows: Row[];
  /** The same per set of texts (seeds, development, held-out), and per shape. */
  sets: ShapeSummary[];
  shapes: ShapeSummary[];
  /** Per shape within the held-out texts alone: the honest figures, shape by shape. */
  heldOutShapes: ShapeSummary[];
}

function row(factType: Row['factType'], score: Score): Row {
  return { factType, score, precision: precision(score), recall: recall(score) };
}

function rowsOf(results: CaseResult[]): Row[] {
  const byType = FACT_TYPES.map((t) => row(t, sumScores(results.map((r) => r.scores[t]))));
  return [...byType, row('overall', sumScores(byType.map((r) => r.score)))];
}

function missedAll(c: GoldCase): Record<FactType, Score> {
  const g = c.gold;
  const metadataCount = g.metadata ? Object.values(g.metadata).filter((v) => v !== null).length : 0;
  const missed = (n: number): Score => ({ ...NO_SCORE, gold: n });
  return {
    metadata: missed(metadataCount),
    targets: missed(g.targets.length),
    slogans: missed(g.slogans.length),
    agencies: missed(g.agencies.length),
    references: missed(g.references.length),
    measureCategories: missed(g.measures.length),
  };
}

/** Scores one gold text, read as it is or rendered another way first (evaluation/renderings.ts). */
export function evaluateCase(c: GoldCase, render?: (text: string) => string): CaseResult {
  const base = { name: c.name, set: c.set, shape: c.gold.shape, shouldAccept: c.gold.accepted };
  try {
    const source = readFileSync(c.path);
    const analysis = analyse(render ? Buffer.from(render(source.toString('utf8')), 'utf8') : source);
    const scores = c.gold.accepted
      ? { metadata: scoreMetadata(analysis.metadata, c.gold), ...scoreFacts(analysis.facts, c.gold) }
      : // A non-directive accepted by mistake: whatever was extracted from it is wrong.
        { ...missedAll(c), metadata: { ...NO_SCORE, predicted: 1 } };
    return { ...base, accepted: true, reason: null, rightReason: true, scores };
  } catch (error) {
    if (!(error instanceof IngestionError)) throw error;
    const rightReason = !c.gold.rejection || error.message.toLowerCase().includes(c.gold.rejection.toLowerCase());
    return { ...base, accepted: false, reason: error.message, rightReason, scores: missedAll(c) };
  }
}

function summary(shape: string, of: CaseResult[]): ShapeSummary {
  return {
    shape,
    texts: of.length,
    accepted: of.filter((r) => r.shouldAccept && r.accepted).length,
    directives: of.filter((r) => r.shouldAccept).length,
    refused: of.filter((r) => !r.shouldAccept && !r.accepted && r.rightReason).length,
    nonDirectives: of.filter((r) => !r.shouldAccept).length,
    rows: rowsOf(of),
  };
}

export function runEval(options: { seeds?: boolean; dev?: boolean; heldOut?: boolean; only?: string[]; render?: (text: string) => string } = {}): EvalReport {
  const cases = [
    ...(options.seeds === false ? [] : seedCases()),
    ...(options.dev === false ? [] : devCases()),
    ...(options.heldOut === false ? [] : heldOutCases()),
  ].filter((c) => !options.only || options.only.includes(c.name));
  const results = cases.map((c) => evaluateCase(c, options.render));
  const group = (key: (r: CaseResult) => string, of = results) => [...new Set(of.map(key))].map((k) => summary(k, of.filter((r) => key(r) === k)));
  const heldOut = results.filter((r) => r.set === 'held-out');
  return { cases: results, rows: rowsOf(results), sets: group((r) => r.set), shapes: group((r) => r.shape), heldOutShapes: group((r) => r.shape, heldOut) };
}
