import type { EntityManager } from '@mikro-orm/postgresql';
import { Rendition } from '../db/entities';
import { indexPassages } from './passages';

/**
 * Indexes the best rendition of every directive that has no passages: directives ingested before the
 * search migration, whose renditions ingestion will not see again (re-ingesting a file changes nothing).
 * Each directive in its own transaction. Returns how many directives were indexed.
 */
export async function indexMissingPassages(em: EntityManager): Promise<number> {
  const best: { id: number }[] = await em.getConnection().execute(
    `select distinct on (r.directive_id) r.id from rendition r
      where not exists (select 1 from passage p where p.directive_id = r.directive_id)
      order by r.directive_id, r.quality desc, r.id`,
  );
  for (const { id } of best) {
    await em.fork().transactional(async (tx) => {
      const rendition = await tx.findOneOrFail(Rendition, id);
      await indexPassages(tx as EntityManager, rendition.directive, rendition, rendition.text);
    });
  }
  return best.length;
}
