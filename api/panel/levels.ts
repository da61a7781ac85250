// One fact's contribution to the panel: which indicators it speaks to, the level it sets on each, and
// whether it covers the whole province (OxCGRT's flag). Pure: the codebook's rules over a fact's traits.
import { view, type TextView } from '../ingestion/phrases/patterns';
import type { FactTiming } from '../in-force/periods';
import type { Codebook, Indicator, LevelRule } from './codebook';

/** The indicators a fact speaks to: its own (a measure's OxCGRT code, a target's metric's), and those whose phrases its quote has. */
export function indicatorsOf(fact: FactTiming, book: Codebook, quote: TextView = view(fact.citation.quote)): Indicator[] {
  const own = fact.kind === 'MEASURE' ? fact.oxcgrtCode : fact.metric ? book.metricIndicator.get(fact.metric) ?? null : null;
  return book.indicators.filter((i) => i.code === own || (fact.kind === 'MEASURE' && i.matcher?.test(quote)));
}

function holds(rule: LevelRule, fact: FactTiming, quote: TextView): boolean {
  if (rule.kinds && !rule.kinds.includes(fact.kind)) return false;
  if (rule.strength && (!fact.strength || !rule.strength.includes(fact.strength))) return false;
  if (rule.direction && (!fact.direction || !rule.direction.includes(fact.direction))) return false;
  if (rule.metrics && (!fact.metric || !rule.metrics.includes(fact.metric))) return false;
  if (rule.max !== null && (fact.value === null || fact.value > rule.max)) return false;
  if (rule.matcher && !rule.matcher.test(quote)) return false;
  return true;
}

/** The level the first rule that holds gives, else the indicator's fallback (null: the fact sets none). */
export function levelOf(fact: FactTiming, indicator: Indicator, quote: TextView = view(fact.citation.quote)): number | null {
  return indicator.rules.find((r) => holds(r, fact, quote))?.level ?? indicator.fallback;
}

/** General (the whole province) unless a district issued it or its quote names only a part of the province. */
export function isGeneral(fact: FactTiming, book: Codebook, quote: TextView = view(fact.citation.quote)): boolean {
  if (fact.district !== null) return false;
  if (book.flag.generalMatcher.test(quote)) return true;
  return !book.flag.targetedMatcher.test(quote);
}
