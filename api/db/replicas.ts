import { MikroORM } from '@mikro-orm/postgresql';
import { connectionErrorCode } from './database';
import { ormOptions, type Orm } from './orm';
import { REPLICA_DEFAULTS, type ReplicaOptions } from './replica-settings';
import { countStatement } from './statement-counter';

// Reads on PostgreSQL streaming replicas, writes on the primary.
//
// Each replica has an ORM of its own, and a request's EntityManager is a fork of the one ORM chosen for it
// (graphql/context.ts). MikroORM's own `replicas` option was not used: it sends entity finds to a random
// replica, but `em.getConnection()` and `em.execute()`, through which the read models run their SQL
// (compare, search, panel, exports), default to the primary, and it knows nothing of lag.
//
// Lag is measured in time without trusting any clock but this process's: every poll reads the primary's
// WAL position (pg_current_wal_lsn) and remembers when each new position was first seen; a replica's lag is
// how long ago the primary was first seen past the position the replica has replayed (pg_last_wal_replay_lsn),
// to within a poll. An idle primary gives every caught-up replica a lag of 0; a replica cut off from it
// lags more and more.

/** A WAL position ('16/B374D848') as a number that compares. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: ${JSON.stringify(text)}`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** What /ready says of a replica. */
export interface ReplicaStatus {
  /** host:port/database, never the credentials. */
  name: string;
  /** Writes older than this have all been replayed (to within a poll); null when not measured. */
  lagMs: number | null;
  /** Reads are sent to it. */
  inUse: boolean;
  /** Why it is not in use. */
  reason?: string;
}

/** Where one request reads. */
export interface ReadSource {
  orm: Orm;
  /** 'primary', or the replica's name. */
  name: string;
  /**
   * The source holds every change this process has heard of (a NOTIFY, its own mutations): only then may
   * an answer computed from it be kept by the response cache.
   */
  current: boolean;
}

interface Replica {
  name: string;
  orm: Orm;
  replayed: bigint | null;
  lagMs: number | null;
  problem: string | null;
}

const NOT_MEASURED = 'not measured yet';

const describe = (url: string) => {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 5432}${pathname}`;
};

export class ReadReplicas {
  private readonly replicas: Replica[];
  /** Each new primary position and when it was first seen, oldest first. */
  private positions: { at: number; lsn: bigint }[] = [];
  private next = 0;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  /** Changes heard of, and how many of them `changeLsn` is known to cover. */
  private changes = 0;
  private covered = 0;
  private changeLsn = 0n;

  constructor(
    readonly primary: Orm,
    replicas: { name: string; orm: Orm }[],
    readonly options: ReplicaOptions = REPLICA_DEFAULTS,
  ) {
    this.replicas = replicas.map((r) => ({ ...r, replayed: null, lagMs: null, problem: NOT_MEASURED }));
  }

  /** Opens an ORM per replica URL (no migrations: a replica replays the primary's). */
  static async open(primary: Orm, urls: string[], options: ReplicaOptions = REPLICA_DEFAULTS): Promise<ReadReplicas> {
    const replicas = [];
    for (const url of urls) {
      const orm = await MikroORM.init({ ...ormOptions(url), ensureDatabase: false });
      orm.em.getConnection().getKnex().on('query', countStatement);
      replicas.push({ name: describe(url), orm });
    }
    const set = new ReadReplicas(primary, replicas, options);
    await set.start();
    return set;
  }

  get count(): number {
    return this.replicas.length;
  }

  /** Polls now and then every pollMs; resolves after the first poll. */
  async start(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  /**
   * Where a read goes: a replica in use (lag within the bound) that has replayed `atLeast` (the caller's last
   * write, for read-your-writes), in turn; the primary when there is none.
   */
  reader(atLeast: bigint | null = null): ReadSource {
    const usable = this.replicas.filter((r) => this.inUse(r) && (atLeast === null || r.replayed! >= atLeast));
    if (usable.length === 0) return { orm: this.primary, name: 'primary', current: true };
    const replica = usable[this.next++ % usable.length];
    return { orm: replica.orm, name: replica.name, current: this.covered === this.changes && replica.replayed! >= this.changeLsn };
  }

  /** A write was committed (a notification): answers from a replica are not current until it has replayed it. */
  changed(): void {
    this.changes++;
    void this.poll();
  }

  status(): ReplicaStatus[] {
    return this.replicas.map((r) => {
      const inUse = this.inUse(r);
      const reason = r.problem ?? (inUse ? undefined : `lag over ${this.options.maxLagMs} ms`);
      return { name: r.name, lagMs: r.lagMs, inUse, ...(reason ? { reason } : {}) };
    });
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.polling;
    await Promise.all(this.replicas.map((r) => r.orm.close()));
  }

  private inUse(r: Replica): boolean {
    return r.problem === null && r.lagMs !== null && r.lagMs <= this.options.maxLagMs;
  }

  /** One poll at a time; a call during one waits for it. */
  private poll(): Promise<void> {
    return (this.polling ??= this.measure().finally(() => (this.polling = null)));
  }

  private async measure(): Promise<void> {
    const changes = this.changes;
    try {
      const [{ lsn }] = await this.primary.em.getConnection().execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
      const position = parseLsn(lsn);
      const last = this.positions.at(-1);
      if (!last || position > last.lsn) this.positions.push({ at: Date.now(), lsn: position });
      // Any position read after a notification arrived covers the commit it announced.
      if (this.covered < changes) {
        this.covered = changes;
        this.changeLsn = position;
      }
    } catch {
      // The primary is away: replicas are measured against what it was last seen at.
    }
    // Positions older than any lag worth telling apart from "over the bound" are forgotten (the newest stays).
    const horizon = Date.now() - 10 * this.options.maxLagMs;
    while (this.positions.length > 1 && this.positions[1].at < horizon) this.positions.shift();
    await Promise.all(this.replicas.map((r) => this.measureReplica(r)));
  }

  private async measureReplica(r: Replica): Promise<void> {
    try {
      const [row] = await r.orm.em
        .getConnection()
        .execute<{ standby: boolean; lsn: string | null }[]>('select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as lsn');
      if (!row.standby || !row.lsn) {
        // Promoted, or a primary given by mistake: it no longer follows this primary's writes.
        Object.assign(r, { replayed: null, lagMs: null, problem: 'not a standby (pg_is_in_recovery() is false)' });
        return;
      }
      const replayed = parseLsn(row.lsn);
      const missing = this.positions.find((p) => p.lsn > replayed);
      const wasUsable = this.inUse(r);
      const first = r.problem === NOT_MEASURED;
      Object.assign(r, { replayed, lagMs: missing ? Date.now() - missing.at : 0, problem: null });
      if (!first && wasUsable !== this.inUse(r)) this.options.log?.(`replica ${r.name} ${this.inUse(r) ? 'back in use' : `left out: lag ${r.lagMs} ms over ${this.options.maxLagMs} ms`}`);
    } catch (error) {
      const code = connectionErrorCode(error);
      if (r.problem === null) this.options.log?.(`replica ${r.name} left out: ${code ? `not reachable (${code})` : 'check failed'}`);
      Object.assign(r, { lagMs: null, problem: code ? `not reachable (${code})` : `check failed (${error instanceof Error ? error.message : String(error)})` });
    }
  }
}
