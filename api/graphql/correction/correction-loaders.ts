import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Correction } from '../../db/entities';
import type { CorrectedKind } from '../../db/entities/Correction';
import type { Context } from '../context';

// Request-scoped like the loaders of loaders.ts, kept here so the correction feature stays in its
// folder: one query answers `corrections`/`corrected` for a whole page of facts.
const perRequest = new WeakMap<Context, Record<CorrectedKind, DataLoader<number, Correction[]>>>();

function byFact(em: EntityManager, kind: CorrectedKind): DataLoader<number, Correction[]> {
  return new DataLoader<number, Correction[]>(async (ids) => {
    const rows = await em.find(Correction, { kind, factId: { $in: [...ids] } }, { orderBy: { id: 'desc' } });
    const groups = new Map<number, Correction[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row.factId!)?.push(row);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/** Corrections applied to each fact (or directive) now, newest first. */
export function correctionsOf(context: Context): Record<CorrectedKind, DataLoader<number, Correction[]>> {
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = { TARGET: byFact(context.em, 'TARGET'), MEASURE: byFact(context.em, 'MEASURE'), DIRECTIVE: byFact(context.em, 'DIRECTIVE') };
    perRequest.set(context, loaders);
  }
  return loaders;
}

/** After a mutation: what this request loaded before it is stale. */
export function forgetCorrections(context: Context): void {
  perRequest.delete(context);
}
