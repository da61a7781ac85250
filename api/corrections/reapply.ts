// Ingestion calls these after it re-derives a directive (api/ingestion/ingest.ts): the metadata merge
// and the replacement of facts by a better rendition write extracted values, and an editor's
// correction must win over them every time, not only until the next text arrives.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Correction, Directive, Measure, Target } from '../db/entities';
import { matchFacts, type Wanted } from './fact-key';
import { writeField } from './fields';

/** Puts the directive's metadata corrections back on it, oldest first, after mergeMetadata. */
export async function applyDirectiveCorrections(em: EntityManager, directive: Directive): Promise<void> {
  const corrections = await em.find(Correction, { directive, kind: 'DIRECTIVE' }, { orderBy: { id: 'asc' } });
  for (const c of corrections) writeField('DIRECTIVE', directive, c.field, c.newValue);
}

/**
 * After the directive's facts were replaced: finds each corrected fact among the new rows (fact-key.ts)
 * and applies its corrections, oldest first. A correction whose fact the new text no longer gives
 * keeps its row with factId null, listed as not applied, rather than vanishing.
 */
export async function reapplyFactCorrections(em: EntityManager, directive: Directive): Promise<void> {
  const corrections = await em.find(Correction, { directive, kind: { $in: ['TARGET', 'MEASURE'] } }, { orderBy: { id: 'asc' } });
  if (corrections.length === 0) return;
  const targets = await em.find(Target, { directive });
  const measures = await em.find(Measure, { directive });
  const found = {
    TARGET: matchFacts(wanted(corrections, 'TARGET'), targets),
    MEASURE: matchFacts(wanted(corrections, 'MEASURE'), measures),
  };
  for (const c of corrections) {
    if (c.kind === 'DIRECTIVE') continue;
    const fact = found[c.kind].get(c.factKey) ?? null;
    c.factId = fact?.id ?? null;
    if (fact) writeField(c.kind, fact, c.field, c.newValue);
  }
}

/** One entry per corrected fact; a target's key starts with its metric, which must match too. */
function wanted(corrections: Correction[], kind: 'TARGET' | 'MEASURE'): Wanted[] {
  const byKey = new Map<string, Wanted>();
  for (const c of corrections) {
    if (c.kind !== kind || byKey.has(c.factKey)) continue;
    byKey.set(c.factKey, { key: c.factKey, quote: c.factQuote, metric: kind === 'TARGET' ? c.factKey.split('|')[0] : undefined });
  }
  return [...byKey.values()];
}
