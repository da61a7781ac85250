import path from 'node:path';
import { runningClusterUrl, startEmbeddedPostgres } from './embedded-postgres';
import { repoRoot } from '../repo-root';

export interface DatabaseHandle {
  url: string;
  /** For the start-up log: which PostgreSQL this is. */
  description: string;
  /** True when this process started PostgreSQL itself and must stop it. */
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when it is set; otherwise the embedded PostgreSQL, with its data kept in .data/postgres
 * (git-ignored) so that a restart finds what was loaded before. When another process of ours already
 * runs that cluster, this one shares it and leaves stopping it to its owner.
 */
export async function provideDatabase(log: (line: string) => void = () => undefined): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, description: 'PostgreSQL of DATABASE_URL', embedded: false, stop: async () => undefined };
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR ?? path.join(repoRoot(), '.data', 'postgres');
  const running = runningClusterUrl(dataDir);
  if (running) return { url: running, description: 'the embedded PostgreSQL another process runs', embedded: false, stop: async () => undefined };
  const port = process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : undefined;
  const db = await startEmbeddedPostgres({ dataDir, port, log });
  const where = `port ${new URL(db.url).port}, data in ${path.relative(process.cwd(), dataDir) || '.'}`;
  return { url: db.url, description: `embedded PostgreSQL (${where})`, embedded: true, stop: db.stop };
}
