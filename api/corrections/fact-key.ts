// A correction must find its fact again after re-extraction, when the fact's row has been deleted and
// re-inserted (a better rendition replaces a directive's facts). Row ids do not survive that; what the
// fact says and where does: its metric (targets) and its citation quote, folded so that a portal
// text's "15.000 mẫu đơn/ngày" is the OCR's "15.000 mẫu đơn/ ngày".
import { fold } from '../text/fold';

export interface FactLike {
  id: number;
  /** Targets only: metric codes are not correctable, so they identify the fact. */
  metric?: string;
  citation: { quote: string };
}

/** Letters and digits only, lower-case, without diacritics. */
export function foldQuote(quote: string): string {
  return fold(quote).replace(/[^a-z0-9]+/g, '');
}

function baseKey(fact: FactLike): string {
  return fact.metric === undefined ? foldQuote(fact.citation.quote) : `${fact.metric}|${foldQuote(fact.citation.quote)}`;
}

/** Each fact's key; a second fact saying the same words gets "#2", and so on, in row (text) order. */
export function factKeys<F extends FactLike>(facts: F[]): Map<F, string> {
  const seen = new Map<string, number>();
  const keys = new Map<F, string>();
  for (const fact of [...facts].sort((a, b) => a.id - b.id)) {
    const base = baseKey(fact);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    keys.set(fact, `${base}#${n}`);
  }
  return keys;
}

/** Similarity of two folded quotes, 0 to 1: Dice coefficient of their character trigrams. */
export function quoteSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i + 3 <= s.length; i++) counts.set(s.slice(i, i + 3), (counts.get(s.slice(i, i + 3)) ?? 0) + 1);
    return counts;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [gram, n] of ga) common += Math.min(n, gb.get(gram) ?? 0);
  const total = Math.max(0, a.length - 2) + Math.max(0, b.length - 2);
  return total === 0 ? (a === b ? 1 : 0) : (2 * common) / total;
}

/** Below this, two quotes are different facts: OCR noise costs a sentence a few trigrams, not a quarter. */
export const SAME_FACT_SIMILARITY = 0.75;

export interface Wanted {
  key: string;
  /** The quote when the correction was made, for the fuzzy match. */
  quote: string | null;
  /** Targets: the metric the fact must have. */
  metric?: string;
}

/**
 * Finds, for each wanted key, the fact it now names: the fact with the same key, else the unclaimed
 * fact (same metric) whose quote is most similar, if similar enough. Each fact is claimed at most once.
 */
export function matchFacts<F extends FactLike>(wanted: Wanted[], facts: F[]): Map<string, F | null> {
  const keys = factKeys(facts);
  const byKey = new Map([...keys].map(([fact, key]) => [key, fact]));
  const claimed = new Set<F>();
  const found = new Map<string, F | null>();
  for (const w of wanted) {
    const exact = byKey.get(w.key);
    if (exact && !claimed.has(exact)) {
      found.set(w.key, exact);
      claimed.add(exact);
    }
  }
  for (const w of wanted) {
    if (found.has(w.key)) continue;
    const folded = foldQuote(w.quote ?? '');
    let best: { fact: F; score: number } | null = null;
    for (const fact of facts) {
      if (claimed.has(fact) || (w.metric !== undefined && fact.metric !== w.metric)) continue;
      const score = quoteSimilarity(folded, foldQuote(fact.citation.quote));
      if (score >= SAME_FACT_SIMILARITY && (!best || score > best.score)) best = { fact, score };
    }
    found.set(w.key, best?.fact ?? null);
    if (best) claimed.add(best.fact);
  }
  return found;
}
