import { formatEvalReport, runEval } from '../../cli/eval';
import { FACT_TYPES, loadGold, scoreFacts } from './gold';
import type { ExtractedFacts } from './facts';

describe('the gold set', () => {
  it('states a decision for every judgement call and quotes measures from the text', () => {
    const gold = loadGold('002_d1e89d2762b589d6');
    expect(gold.decisions.length).toBeGreaterThan(5);
    expect(gold.measures.every((m) => m.quote.length > 10)).toBe(true);
  });
});

describe('scoreFacts', () => {
  it('counts precision and recall per fact type', () => {
    const gold = loadGold('003_f66ca6d4ce58e4a8');
    const empty: ExtractedFacts = { measures: [], targets: [], slogans: [], agencies: [], references: [] };
    const scores = scoreFacts(empty, gold);
    expect(scores.agencies).toEqual({ predicted: 0, gold: gold.agencies.length, truePredicted: 0, trueGold: 0 });
    expect(scores.references).toEqual({ predicted: 0, gold: 1, truePredicted: 0, trueGold: 0 });
  });
});

describe('runEval (the eval command)', () => {
  const report = runEval();

  it('scores every fact type and the total over the five gold seeds', () => {
    expect(report.seeds).toHaveLength(5);
    expect(report.rows.map((r) => r.factType)).toEqual([...FACT_TYPES, 'overall']);
    for (const r of report.rows) {
      expect(r.precision).toBeGreaterThanOrEqual(0);
      expect(r.recall).toBeLessThanOrEqual(1);
    }
  });

  // Regression floors on the development set (the seeds shaped the lexicons; unseen text scores lower).
  it('keeps extraction at or above its measured quality', () => {
    const row = (t: string) => report.rows.find((r) => r.factType === t)!;
    expect(row('targets').recall).toBe(1);
    expect(row('references').precision).toBe(1);
    expect(row('slogans').recall).toBeGreaterThanOrEqual(0.95);
    expect(row('agencies').precision).toBeGreaterThanOrEqual(0.95);
    expect(row('measureCategories').recall).toBeGreaterThanOrEqual(0.85);
    expect(row('overall').precision).toBeGreaterThanOrEqual(0.9);
  });

  it('prints a table', () => {
    const table = formatEvalReport(report);
    expect(table).toMatch(/fact type\s+predicted\s+gold\s+precision\s+recall/);
    expect(table).toMatch(/overall\s+\d+\s+\d+\s+\d+\.\d%\s+\d+\.\d%/);
  });
});
