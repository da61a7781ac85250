// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), migrations, reference data and seed
// corpus, then GraphQL on PORT (default 4000). Ctrl-C or SIGTERM drains requests and stops PostgreSQL,
// also when it arrives half-way through start-up.
import 'reflect-metadata';
import { provideDatabase, waitForDatabase } from '../db/database';
import { replicaSettings } from '../db/replica-settings';
import type * as StartUp from './start-up';
import type { ReadReplicas } from '../db/replicas';

const log = (message: string) => console.log(`[directives] ${message}`);

/** What has been started so far, undone last-first on shutdown. */
const teardown: { name: string; run: () => Promise<unknown> }[] = [];
let stopping = false;

async function shutdown(reason: string, code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log(`${reason}: shutting down`);
    for (const step of teardown.reverse()) {
      await step.run().catch((error: Error) => log(`while stopping ${step.name}: ${error.message}`));
    }
    log('stopped');
  }
  process.exit(code);
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(`${signal} received`, 0));
  const port = Number(process.env.PORT ?? 4000);
  // Checked before anything starts: a mistyped variable stops start-up with its name.
  const replication = replicaSettings();

  let running!: () => void;
  const launched = new Promise<void>((resolve) => (running = resolve));
  const starting = provideDatabase((line) => {
    // PostgreSQL's own errors, first line only: a failed statement would otherwise print its whole SQL.
    if (!stopping && /ERROR|FATAL|PANIC/.test(line)) console.error(`[postgres] ${line.split('\n')[0].slice(0, 300)}`);
    // The supervisor's own lines (a crash, each restart attempt) are for the operator too.
    else if (!stopping && /^(PostgreSQL (exited|restarted)|restart attempt)/.test(line)) console.error(`[postgres] ${line}`);
  }, running);
  // Registered before it has started, so that a signal during start-up still stops it.
  teardown.push({
    name: 'PostgreSQL',
    run: async () => {
      const database = await starting.catch(() => null);
      if (database?.embedded) log('stopping embedded PostgreSQL');
      await database?.stop();
    },
  });
  // The rest of the server loads while PostgreSQL starts, in a process of its own; not before it has been
  // launched, which takes a few turns of the event loop that loading the modules would hold.
  await Promise.race([launched, starting]);
  const { openOrm, loadReferenceData, seedCorpus, indexMissingPassages, ReadReplicas, createApp } = require('./start-up') as typeof StartUp;
  const database = await starting;
  log(`using ${database.description}`);
  // A DATABASE_URL server may not be up yet (containers start together): wait for it rather than crash.
  const waiting = new AbortController();
  teardown.push({ name: 'wait for the database', run: async () => waiting.abort() });
  await waitForDatabase(database.url, { log, signal: waiting.signal });

  const orm = await openOrm(database.url);
  teardown.push({ name: 'database connections', run: () => orm.close() });
  log('migrations applied');
  const provinces = await loadReferenceData(orm.em);
  const seeded = await seedCorpus(orm.em);
  // Databases filled before search existed get their passages indexed once.
  await indexMissingPassages(orm.em);
  const added = seeded.filter((s) => s.result.outcome !== 'UNCHANGED').length;
  log(`reference data: ${provinces} provinces; seed corpus: ${seeded.length} files, ${added} newly ingested`);

  let replicas: ReadReplicas | null = null;
  if (replication.urls.length) {
    replicas = await ReadReplicas.open(orm, replication.urls, { ...replication.options, log });
    teardown.push({ name: 'replica connections', run: () => replicas!.close() });
    const described = replicas.status().map((r) => `${r.name} (${r.inUse ? `lag ${r.lagMs} ms` : r.reason})`);
    log(`reads go to ${replicas.count} replica(s) within ${replication.options.maxLagMs} ms of the primary: ${described.join(', ')}`);
  }

  const { httpServer, apollo, responseCache } = await createApp(orm, { replicas });
  log(responseCache ? 'response cache on: answers to anonymous queries kept until the data changes (RESPONSE_CACHE=off to disable)' : 'response cache off');
  teardown.push({ name: 'HTTP server', run: () => (log('finishing in-flight requests'), apollo.stop()) });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, resolve);
  });
  log(`GraphQL API ready at http://localhost:${port}/graphql`);
}

main().catch((error) => {
  if (stopping) return; // a signal interrupted start-up; shutdown() reports and exits
  console.error('[directives] failed to start:', error instanceof Error ? error.message : error);
  void shutdown('start-up failed', 1);
});
