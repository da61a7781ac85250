// `npm run eval`: extraction quality on the gold texts: the five seeds, the development texts of seeds/dev/
// (the rules were written against them) and the held-out texts of seeds/holdout/ (never used to write
// rules: their figures are the honest ones). The share of directives accepted and non-directives refused,
// precision and recall per fact type for each set, per shape, and where the misses are.
//   npm run eval                 the table for every gold text
//   npm run eval -- --json       the same as JSON
//   npm run eval -- district-01  only the named texts
//   npm run eval -- --sets seeds,development   leave the held-out texts out (while writing rules: see seeds/holdout/README.md)
//   npm run eval -- --render capitals           every text rendered another way first (evaluation/renderings.ts)
import { FACT_TYPES } from '../evaluation/score';
import { runEval, type EvalReport, type Row, type ShapeSummary } from '../evaluation/run';
import { renderingNamed } from '../evaluation/renderings';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(header: string[], body: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

function factRows(rows: Row[]): string[][] {
  return rows.map((r) => [r.factType, String(r.score.predicted), String(r.score.gold), pct(r.precision), pct(r.recall)]);
}

function shapeTable(shapes: ShapeSummary[]): string[] {
  return table(
    ['shape', 'texts', 'accepted', 'precision', 'recall', 'targets P', 'targets R'],
    shapes.map((s) => {
      const overall = s.rows.find((r) => r.factType === 'overall')!;
      const targets = s.rows.find((r) => r.factType === 'targets')!;
      const accepted = s.directives > 0 ? `${s.accepted}/${s.directives}` : `${s.refused}/${s.nonDirectives} refused`;
      return [s.shape, String(s.texts), accepted, pct(overall.precision), pct(overall.recall), pct(targets.precision), pct(targets.recall)];
    }),
  );
}

export function formatEvalReport(report: EvalReport): string {
  const directives = report.cases.filter((c) => c.shouldAccept);
  const others = report.cases.filter((c) => !c.shouldAccept);
  const bySet = report.sets.flatMap((set) => [
    '',
    `${set.shape} (${set.texts} texts)`,
    ...table(['fact type', 'predicted', 'gold', 'precision', 'recall'], factRows(set.rows)),
  ]);
  const out = [
    `texts: ${report.cases.length} (${report.sets.map((s) => `${s.shape} ${s.texts}`).join(', ')})`,
    `accepted: ${directives.filter((c) => c.accepted).length}/${directives.length} directives; ` +
      `refused: ${others.filter((c) => !c.accepted && c.rightReason).length}/${others.length} non-directives`,
    ...bySet,
    '',
    'all texts',
    ...table(['fact type', 'predicted', 'gold', 'precision', 'recall'], factRows(report.rows)),
    ...(report.heldOutShapes.length > 0 ? ['', 'per shape, held-out texts (overall, then targets)', ...shapeTable(report.heldOutShapes)] : []),
    '',
    'per shape, all sets (overall, then targets)',
    ...shapeTable(report.shapes),
    '',
    'misses by text:',
  ];
  const misses: string[] = [];
  for (const c of report.cases) {
    if (c.shouldAccept !== c.accepted || !c.rightReason) {
      misses.push(`  ${c.name}: ${c.accepted ? 'accepted, but it is not a directive' : `refused: ${c.reason}`}`);
      continue;
    }
    for (const t of FACT_TYPES) {
      const s = c.scores[t];
      if (s.truePredicted < s.predicted || s.trueGold < s.gold) {
        misses.push(`  ${c.name} ${t}: ${s.truePredicted}/${s.predicted} predicted right, ${s.trueGold}/${s.gold} gold found`);
      }
    }
  }
  return [...out, ...(misses.length ? misses : ['  none'])].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const setsAt = args.indexOf('--sets');
  const sets = setsAt >= 0 ? (args[setsAt + 1] ?? '').split(',') : ['seeds', 'development', 'held-out'];
  const renderAt = args.indexOf('--render');
  let render: ((text: string) => string) | undefined;
  try {
    render = renderAt >= 0 ? renderingNamed(args[renderAt + 1] ?? '') : undefined;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const names = args.filter((a, i) => !a.startsWith('--') && !(setsAt >= 0 && i === setsAt + 1) && !(renderAt >= 0 && i === renderAt + 1));
  const report = runEval({
    render,
    only: names.length > 0 ? names : undefined,
    seeds: sets.includes('seeds'),
    dev: sets.includes('development'),
    heldOut: sets.includes('held-out'),
  });
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`);
}
