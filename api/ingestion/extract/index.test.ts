import type { Citation, ExtractedFacts } from '../../domain/facts';
import { goldSeedNames, loadGold, loadSeed } from '../../evaluation/gold';
import { extractFacts } from './index';
import { defaultLexicons } from '../lexicons';

/** Every citation a set of facts carries, nested ones included. */
function citations(facts: ExtractedFacts): Citation[] {
  return [
    ...facts.measures.flatMap((m) => [m.citation, ...m.agencies.map((a) => a.citation), ...(m.deadline ? [m.deadline.citation] : [])]),
    ...facts.targets.flatMap((t) => [t.citation, ...(t.deadline ? [t.deadline.citation] : [])]),
    ...facts.slogans.flatMap((s) => s.mentions.map((m) => m.citation)),
    ...facts.agencies.map((a) => a.citation),
    ...facts.references.map((r) => r.citation),
  ];
}

describe('extractFacts on every seed', () => {
  const names = goldSeedNames();

  it('has a gold file for the five seed renditions', () => {
    expect(names).toHaveLength(5);
  });

  for (const name of names) {
    describe(name, () => {
      const seed = loadSeed(name);
      const context = loadGold(name).context;
      const facts = extractFacts(seed.cleaned, seed.clauses, context);

      it('quotes exactly the cleaned text at every citation, with a rule name', () => {
        const all = citations(facts);
        expect(all.length).toBeGreaterThan(20);
        for (const c of all) {
          expect(c.quote).toBe(seed.cleaned.text.slice(c.start, c.end));
          expect(c.quote.trim().length).toBeGreaterThan(0);
          expect(c.rule).toMatch(/^(measure|target|slogan|agency|reference|deadline)\.[a-z-]+$/);
        }
      });

      it('is deterministic', () => {
        expect(extractFacts(seed.cleaned, seed.clauses, context)).toEqual(facts);
      });

      it('takes nothing from the distribution list', () => {
        const end = seed.cleaned.text.search(/\n\s*N[ơo]i nh[âậ]n:/);
        if (end < 0) return;
        for (const c of citations(facts)) expect(c.end).toBeLessThanOrEqual(end);
      });

      it('uses only codes of the lexicons and numbers for values', () => {
        const lex = defaultLexicons();
        const categories = lex.categories.categories.map((c) => c.code);
        for (const m of facts.measures) for (const c of [m.category, ...m.otherCategories]) expect(categories).toContain(c);
        for (const t of facts.targets) {
          expect(lex.metrics.metrics.map((m) => m.code)).toContain(t.metric);
          expect(lex.units.units.map((u) => u.code)).toContain(t.unit);
          expect(typeof t.value).toBe('number');
        }
      });
    });
  }
});
