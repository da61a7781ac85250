// Extraction quality on the hand-checked gold set: clean -> segmentClauses -> extractFacts on each seed
// that has seeds/gold/<seed>.json, then precision and recall per fact type and overall.
//   node dist/api/cli/eval.js            table for all gold seeds
//   node dist/api/cli/eval.js 002_...    only the named seeds
import { FACT_TYPES, evaluateSeeds, precision, recall, sumScores, type FactType, type Score } from '../ingestion/extract/gold';

export interface EvalRow {
  factType: FactType | 'overall';
  score: Score;
  precision: number;
  recall: number;
}

export interface EvalReport {
  seeds: string[];
  rows: EvalRow[];
  /** Per seed and fact type, for finding where a figure comes from. */
  perSeed: { seed: string; factType: FactType; score: Score }[];
}

export function runEval(seedNames?: string[]): EvalReport {
  const evaluations = evaluateSeeds(seedNames);
  const row = (factType: FactType | 'overall', score: Score): EvalRow => ({ factType, score, precision: precision(score), recall: recall(score) });
  const byType = FACT_TYPES.map((t) => row(t, sumScores(evaluations.map((e) => e.scores[t]))));
  return {
    seeds: evaluations.map((e) => e.name),
    rows: [...byType, row('overall', sumScores(byType.map((r) => r.score)))],
    perSeed: evaluations.flatMap((e) => FACT_TYPES.map((t) => ({ seed: e.name, factType: t, score: e.scores[t] }))),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatEvalReport(report: EvalReport): string {
  const header = ['fact type', 'predicted', 'gold', 'precision', 'recall'];
  const body = report.rows.map((r) => [r.factType, String(r.score.predicted), String(r.score.gold), pct(r.precision), pct(r.recall)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const seeds = `gold seeds: ${report.seeds.join(', ')}`;
  const perSeed = report.perSeed
    .filter((p) => p.score.truePredicted < p.score.predicted || p.score.trueGold < p.score.gold)
    .map((p) => `  ${p.seed} ${p.factType}: ${p.score.truePredicted}/${p.score.predicted} predicted right, ${p.score.trueGold}/${p.score.gold} gold found`);
  return [seeds, '', line(header), rule, ...body.slice(0, -1).map(line), rule, line(body[body.length - 1]), '', 'misses by seed:', ...(perSeed.length ? perSeed : ['  none'])].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  process.stdout.write(`${formatEvalReport(runEval(args.length > 0 ? args : undefined))}\n`);
}
