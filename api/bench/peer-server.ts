// The peer's HTTP server, run as a child process of the benchmark: PostGraphile v5 with its amber preset
// over the bench database's public schema, served by grafserv on a bare node:http server at /graphql,
// its pg pool as large as the platform's. What PostGraphile generates from the tables alone, plus two
// list conditions on targets (peer-preset.ts) that the amber preset cannot express.
import './with-resolvers';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveChildMessages } from './child-messages';
import { peerRequire } from './peer-install';
import { peerPreset } from './peer-preset';

interface PostGraphile {
  createServ(grafserv: unknown): { addTo(server: http.Server): Promise<void> };
  getSchema(): Promise<unknown>;
  release(): Promise<void>;
}

async function main(): Promise<void> {
  const { postgraphile } = peerRequire('postgraphile') as { postgraphile(preset: unknown): PostGraphile };
  const { grafserv } = peerRequire('postgraphile/grafserv/node') as { grafserv: unknown };
  const pgl = postgraphile(peerPreset(process.env.BENCH_DATABASE_URL!));
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  await serv.addTo(server);
  await pgl.getSchema(); // introspect now, not on the first timed request
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveChildMessages({
    port: (server.address() as AddressInfo).port,
    stop: async () => {
      server.close();
      await pgl.release();
    },
  });
}

main().catch((error) => {
  console.error('[bench peer] failed to start:', error);
  process.exit(1);
});
