import type { EntityManager } from '@mikro-orm/postgresql';
import { Province } from '../db/entities';
import { loadProvinceStatistics } from './province-statistics';
import { loadProvinces } from './provinces';

/**
 * Writes the 63 province-level units with their population and area where the database does not hold them as
 * they are: running it again changes nothing, and writes nothing. (A write, even of the same values, would tell
 * every running server that the data changed, and empty their response caches.)
 */
export async function loadReferenceData(em: EntityManager): Promise<number> {
  const records = loadProvinces();
  const statistics = new Map(loadProvinceStatistics().map((s) => [s.code, s]));
  const rows = records.map(({ code, name, asciiName, kind, region }) => {
    const { population, areaKm2 } = statistics.get(code)!;
    return { code, name, asciiName, kind, region, population, areaKm2 };
  });
  const held = new Map((await em.fork().find(Province, {})).map((p) => [p.code, p]));
  const stale = rows.filter((row) => {
    const province = held.get(row.code);
    return !province || (Object.keys(row) as (keyof typeof row)[]).some((field) => province[field] !== row[field]);
  });
  if (stale.length) await em.fork().transactional((tx) => tx.upsertMany(Province, stale));
  return records.length;
}
