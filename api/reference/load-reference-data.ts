import type { EntityManager } from '@mikro-orm/postgresql';
import { Province } from '../db/entities';
import { loadProvinces } from './provinces';

/** Upserts the 63 province-level units: running it again changes nothing. */
export async function loadReferenceData(em: EntityManager): Promise<number> {
  const records = loadProvinces();
  await em.fork().transactional(async (tx) => {
    await tx.upsertMany(
      Province,
      records.map(({ code, name, asciiName, kind, region }) => ({ code, name, asciiName, kind, region })),
    );
  });
  return records.length;
}
