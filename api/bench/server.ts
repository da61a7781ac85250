// The platform as the benchmark runs it, in a child process: the real app (createApp) in production
// mode (NODE_ENV=production, set by the parent) on the corpus's database, its response cache on or off as
// BENCH_RESPONSE_CACHE says (the parent runs one of each). Statements are not counted per request as tests
// count them: that AsyncLocalStorage puts a hook on every promise (on Node 20 it cost a third of the
// throughput of a lookup by number), which production does not pay; the parent counts the statements of
// its lone sample request from those captured below.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { openOrm } from '../db/orm';
import { createApp } from '../server/app';
import { serveChildMessages } from './child-messages';

async function main(): Promise<void> {
  const orm = await openOrm(process.env.BENCH_DATABASE_URL!);
  const { httpServer, apollo } = await createApp(orm, { responseCache: process.env.BENCH_RESPONSE_CACHE === 'on' });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  // Statements are recorded for one sampled request at a time, for EXPLAIN in the parent.
  let captured: string[] | null = null;
  const knex = orm.em.getConnection().getKnex();
  knex.on('query', (q: { sql: string; bindings?: unknown[] }) => {
    if (captured) captured.push(q.bindings?.length ? knex.raw(q.sql, q.bindings as never).toString() : q.sql);
  });
  serveChildMessages({
    port: (httpServer.address() as AddressInfo).port,
    stop: async () => {
      await apollo.stop();
      // Requests the load generator gave up on at the end of a run may still be reading: let them finish.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await orm.close();
    },
    capture(on) {
      const done = captured ?? [];
      captured = on ? [] : null;
      return done;
    },
  });
}

main().catch((error) => {
  console.error('[bench server] failed to start:', error);
  process.exit(1);
});
