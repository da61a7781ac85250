// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), migrations, reference data and seed
// corpus, then GraphQL on PORT (default 4000). Ctrl-C or SIGTERM drains requests and stops PostgreSQL.
import 'reflect-metadata';
import { provideDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { seedCorpus } from '../ingestion/seed-corpus';
import { loadReferenceData } from '../reference/load-reference-data';
import { createApp } from './app';

const log = (message: string) => console.log(`[directives] ${message}`);

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  log(process.env.DATABASE_URL ? 'connecting to DATABASE_URL' : 'starting embedded PostgreSQL (data in .data/postgres)');
  const database = await provideDatabase((line) => {
    if (/ERROR|FATAL|PANIC/.test(line)) console.error(`[postgres] ${line}`);
  });
  let stopping = false;
  const stopDatabase = async () => {
    if (database.embedded) log('stopping embedded PostgreSQL');
    await database.stop();
  };
  try {
    const orm = await openOrm(database.url);
    log('migrations applied');
    const provinces = await loadReferenceData(orm.em);
    const seeded = await seedCorpus(orm.em);
    const added = seeded.filter((s) => s.result.outcome !== 'UNCHANGED').length;
    log(`reference data: ${provinces} provinces; seed corpus: ${seeded.length} files, ${added} newly ingested`);

    const { httpServer, apollo } = await createApp(orm);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, resolve);
    });
    log(`GraphQL API ready at http://localhost:${port}/graphql`);

    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal} received: finishing in-flight requests`);
      await apollo.stop(); // drains and closes the HTTP server
      await orm.close();
      await stopDatabase();
      log('stopped');
      process.exit(0);
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));
  } catch (error) {
    await stopDatabase().catch(() => undefined);
    throw error;
  }
}

main().catch((error) => {
  console.error('[directives] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
