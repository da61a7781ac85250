import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';
import { openOrm, type Orm } from '../db/orm';
import { loadReferenceData } from '../reference/load-reference-data';
import { repoRoot } from '../repo-root';

// Each corpus size has its own embedded PostgreSQL in .data/bench-<size> (git-ignored), kept between
// runs: a corpus generated and loaded once is reused, and runs only add what is missing.

export interface BenchDatabase {
  db: EmbeddedDatabase;
  orm: Orm;
  dataDir: string;
  close(): Promise<void>;
}

export function benchDataDir(size: number): string {
  return path.join(repoRoot(), '.data', `bench-${size}`);
}

export async function openBenchDatabase(size: number): Promise<BenchDatabase> {
  const dataDir = benchDataDir(size);
  const db = await startEmbeddedPostgres({ dataDir });
  try {
    const orm = await openOrm(db.url); // applies pending migrations
    // A benchmark corpus can be generated again: loading need not wait for each commit to reach the disk.
    // Reads, which the scenarios measure, are unaffected.
    await orm.em.getConnection().execute(`alter system set synchronous_commit = off`);
    await orm.em.getConnection().execute(`select pg_reload_conf()`);
    await loadReferenceData(orm.em.fork());
    return {
      db,
      orm,
      dataDir,
      async close() {
        await orm.close();
        await db.stop();
      },
    };
  } catch (error) {
    await db.stop();
    throw error;
  }
}
