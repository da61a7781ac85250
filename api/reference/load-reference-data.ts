import type { EntityManager } from '@mikro-orm/postgresql';
import { Province } from '../db/entities';
import { loadProvinceStatistics } from './province-statistics';
import { loadProvinces } from './provinces';

/** Upserts the 63 province-level units with their population and area: running it again changes nothing. */
export async function loadReferenceData(em: EntityManager): Promise<number> {
  const records = loadProvinces();
  const statistics = new Map(loadProvinceStatistics().map((s) => [s.code, s]));
  await em.fork().transactional(async (tx) => {
    await tx.upsertMany(
      Province,
      records.map(({ code, name, asciiName, kind, region }) => {
        const { population, areaKm2 } = statistics.get(code)!;
        return { code, name, asciiName, kind, region, population, areaKm2 };
      }),
    );
  });
  return records.length;
}
