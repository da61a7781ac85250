// The floor's HTTP server, run as a child process of the benchmark: a bare node:http server that answers
// POST /<scenario> (body: the scenario input as JSON) with the floor statement's result (floor.ts), over a
// pg pool as large as the platform's. Same loopback, same load generator: only the platform is missing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { stringify } from 'csv-stringify/sync';
import { serveChildMessages } from './child-messages';
import { SCENARIOS, type ScenarioInput } from './scenarios';

const pool = new Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 10 });

const floors = new Map(SCENARIOS.map((s) => [s.name, s.floor]));

async function answer(name: string, input: ScenarioInput): Promise<{ type: string; body: string }> {
  const floor = floors.get(name)!;
  const { rows, fields } = await pool.query(floor.sql, floor.params(input));
  if (floor.format === 'csv') {
    return { type: 'text/csv; charset=utf-8', body: stringify(rows, { header: true, columns: fields.map((f) => f.name) }) };
  }
  return { type: 'application/json', body: JSON.stringify({ data: rows[0]?.body ?? null }) };
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const name = (req.url ?? '').slice(1);
    if (!floors.has(name)) {
      res.writeHead(404).end();
      return;
    }
    answer(name, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as ScenarioInput).then(
      ({ type, body }) => res.writeHead(200, { 'content-type': type }).end(body),
      (error: Error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
    );
  });
});

server.listen(0, '127.0.0.1', () => {
  serveChildMessages({ port: (server.address() as AddressInfo).port, stop: async () => void (await pool.end(), server.close()) });
});
