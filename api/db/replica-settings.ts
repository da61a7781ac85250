// The replicas' settings, read from the environment (DATABASE_REPLICA_URLS, DATABASE_REPLICA_MAX_LAG_MS) and
// checked before the server starts anything; apart from replicas.ts so that checking them loads no ORM.

export interface ReplicaOptions {
  /** A replica whose lag passes this is not read from until it is back under it. */
  maxLagMs: number;
  /** How often the primary's position and each replica's are read. */
  pollMs: number;
  log?(message: string): void;
}

export const REPLICA_DEFAULTS: ReplicaOptions = { maxLagMs: 5000, pollMs: 500 };

/**
 * The replica URLs of DATABASE_REPLICA_URLS (comma-separated; empty: none) and the lag bound of
 * DATABASE_REPLICA_MAX_LAG_MS. Throws, naming the variable, on a value that is not one.
 */
export function replicaSettings(env: NodeJS.ProcessEnv = process.env): { urls: string[]; options: ReplicaOptions } {
  const urls = (env.DATABASE_REPLICA_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  for (const url of urls) {
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'postgresql:' && protocol !== 'postgres:') {
      throw new Error(`DATABASE_REPLICA_URLS: each entry must be a postgresql:// URL; found one that is not (entry ${urls.indexOf(url) + 1})`);
    }
  }
  const options = { ...REPLICA_DEFAULTS };
  if (env.DATABASE_REPLICA_MAX_LAG_MS !== undefined) {
    const value = Number(env.DATABASE_REPLICA_MAX_LAG_MS);
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(`DATABASE_REPLICA_MAX_LAG_MS must be a whole number of milliseconds above 0; found ${JSON.stringify(env.DATABASE_REPLICA_MAX_LAG_MS)}`);
    }
    options.maxLagMs = value;
  }
  return { urls, options };
}
