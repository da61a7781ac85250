// `npm run bench -- --sizes 1,100,3000 --duration 10`: for each corpus size, a dedicated embedded
// PostgreSQL (.data/bench-<size>, kept between runs) loaded through the real ingestion path, the platform
// started in production mode in a child process, every scenario driven over loopback with autocannon,
// the same data fetched by the floor (hand-written SQL, floor-server.ts), memory sampled throughout.
// The reads compared with PostGraphile v5 (peer-server.ts, on the same database) are first checked to
// answer the same values everywhere, then timed in interleaved rounds: platform, PostGraphile, floor, again.
// Size 1 means the seed texts alone (1x). Figures go to the console and to .data/bench-report.{json,md}.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { defaultLexicons } from '../ingestion/lexicons';
import { repoRoot } from '../repo-root';
import { startChild, sampleMemory, type Child } from './child';
import { ensurePeerInstalled } from './peer-install';
import { openBenchDatabase, type BenchDatabase } from './database';
import { assertSameAnswers } from './answers';
import { combineRounds, drive, type LoadResult } from './drive';
import { explainStatements } from './explain';
import { DEFAULT_SEED, seedDocuments } from './generate';
import { DEFAULT_BATCH, loadCorpus, nothingLoaded } from './load';
import { loadCorpusInLanes } from './load-lanes';
import { growthLines, loadsTable, machineLine, peerTable, resultsTable, soakTable, type BenchReport, type ScenarioResult } from './report';
import { graphqlRequest, SCENARIOS, type HttpRequest, type PlatformFeatures, type Scenario, type ScenarioInput } from './scenarios';
import { optionValue } from './options';

interface Options {
  sizes: number[];
  seconds: number;
  connections: number;
  seed: number;
  soakSeconds: number;
  scenarios: string[] | null;
  floor: boolean;
  /** Also drive PostGraphile v5 on the same database, for the reads that have a peer query. */
  peer: boolean;
  /** Interleaved rounds of platform, PostGraphile and floor per peer read, each `seconds` long. */
  rounds: number;
  /** Also drive a second platform with its response cache on. */
  cache: boolean;
  /** Loading processes for corpora of 1,000 documents or more; smaller ones load in this process. */
  lanes: number;
  /** Documents each loader stores together, in one transaction. */
  batch: number;
  /** Load the corpora and report loading only (no server, no scenarios). */
  loadOnly: boolean;
  /** Benchmark what each database holds now, loading nothing (a corpus still being loaded elsewhere). */
  noLoad: boolean;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => optionValue(argv, name);
  return {
    sizes: (value('sizes') ?? '1,100,3000').split(',').map((s) => Number(s.trim())),
    seconds: Number(value('duration') ?? 10),
    connections: Number(value('connections') ?? 10),
    seed: Number(value('seed') ?? DEFAULT_SEED),
    soakSeconds: Number(value('soak') ?? 60),
    scenarios: value('scenarios')?.split(',') ?? null,
    floor: !argv.includes('--no-floor'),
    peer: !argv.includes('--no-peer'),
    rounds: Number(value('rounds') ?? 3),
    cache: !argv.includes('--no-cache'),
    lanes: Number(value('lanes') ?? 2),
    batch: Number(value('batch') ?? DEFAULT_BATCH),
    loadOnly: argv.includes('--load-only'),
    noLoad: argv.includes('--no-load'),
  };
}

const USAGE = `npm run bench -- [options]
  --sizes 1,100,3000      corpus sizes (1: the seed texts alone)
  --duration 10           seconds per timed run
  --connections 10        concurrent connections
  --scenarios a,b         only these scenarios: ${SCENARIOS.map((s) => s.name).join(', ')}
  --rounds 3              interleaved rounds (platform, PostGraphile, floor) for the reads with a peer
  --no-peer               leave PostGraphile out
  --no-floor              leave the hand-written SQL floor out
  --no-cache              leave the platform with its response cache on out
  --soak 60               seconds of mixed load at the largest size (0: none)
  --seed N                corpus generator seed
  --lanes 2               loading processes for corpora of 1,000 documents or more
  --batch ${DEFAULT_BATCH}               documents each loading process stores together (1: one by one)
  --load-only             load the corpora, benchmark nothing
  --no-load               benchmark what each database holds now, loading nothing`;

const log = (line: string) => console.log(`[bench] ${line}`);

/** What is open right now, closed on exit or Ctrl-C. */
const open: { close(): Promise<void> }[] = [];

async function closeAll(): Promise<void> {
  while (open.length) await open.pop()!.close().catch(() => undefined);
}

/** Fresh statistics for the planner after a load; on its own connection, free of the pool's statement timeout. */
async function vacuumAnalyze(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}

async function scenarioInput(db: BenchDatabase): Promise<ScenarioInput> {
  const sql = db.orm.em.getConnection();
  const ten: { code: string }[] = await sql.execute(
    `select province_code as code from directive where province_code is not null group by 1 order by count(*) desc, 1 limit 10`,
  );
  const [{ n }] = await sql.execute(`select count(*)::int as n from directive where number is not null`);
  const [middle]: { number: string }[] = await sql.execute(`select number from directive where number is not null order by id limit 1 offset ?`, [Math.floor(n / 2)]);
  return {
    twoProvinces: ['VN-13', 'VN-21'],
    tenProvinces: ten.map((r) => r.code),
    number: middle?.number ?? '402-CV/TU',
    searchQuery: 'xet nghiem mau gop',
    testingMetrics: defaultLexicons().metrics.metrics.filter((m) => m.category === 'TESTING').map((m) => m.code),
  };
}

async function send(base: string, request: HttpRequest): Promise<{ status: number; body: string }> {
  const response = await fetch(base + request.path, { method: request.method, headers: request.headers, body: request.body });
  return { status: response.status, body: await response.text() };
}

/** The floor server answers each scenario at /<scenario name>, given the same input. */
function floorRequest(scenario: Scenario, input: ScenarioInput): HttpRequest {
  return { method: 'POST', path: `/${scenario.name}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) };
}

/** Everything a scenario is driven through. */
interface Systems {
  server: Child;
  cached: Child | null;
  floor: Child | null;
  /** PostGraphile, or null with --no-peer. */
  peer: Child | null;
  features: PlatformFeatures;
  db: BenchDatabase;
}

async function answerOf(child: Child, request: HttpRequest, what: string): Promise<unknown> {
  const { status, body } = await send(child.url, request);
  const parsed = status === 200 ? (JSON.parse(body) as { data?: unknown; errors?: { message: string }[] }) : null;
  if (!parsed || parsed.errors) throw new Error(`${what} failed: ${parsed?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${status}: ${body.slice(0, 300)}`}`);
  return parsed.data;
}

/** The platform's answer against PostGraphile's and the floor's, before any timing: a difference stops the run. */
async function verifyAnswers(scenario: Scenario, input: ScenarioInput, platformBody: string, systems: Systems): Promise<void> {
  const shapes = scenario.answers!;
  const answers = [{ system: 'the platform', value: shapes.platform((JSON.parse(platformBody) as { data: unknown }).data) }];
  if (systems.peer && scenario.peer) {
    const data = await answerOf(systems.peer, graphqlRequest(scenario.peer.query, scenario.peer.variables(input)), `PostGraphile's ${scenario.name}`);
    answers.push({ system: 'PostGraphile', value: shapes.peer(data) });
  }
  if (systems.floor) {
    answers.push({ system: 'the floor', value: shapes.floor(await answerOf(systems.floor, floorRequest(scenario, input), `the floor of ${scenario.name}`)) });
  }
  assertSameAnswers(scenario.name, answers);
  log(`  ${scenario.name}: ${answers.map((a) => a.system).join(', ')} answer the same values`);
}

/** Scenarios whose plans the report shows at the largest size: the list and the comparisons, and lookups. */
const EXPLAINED = new Set(['page-50', 'compare-2-testing', 'compare-10-all', 'by-number', 'by-number-renditions', 'targets-2-testing', 'search']);

async function runScenario(
  scenario: Scenario,
  size: number,
  directives: number,
  input: ScenarioInput,
  platform: Systems,
  options: Options,
  explain: boolean,
  report: BenchReport,
): Promise<ScenarioResult> {
  const missing = scenario.missing(platform.features);
  if (missing) {
    log(`  ${scenario.name}: skipped (${missing})`);
    return { size, directives, scenario: scenario.name, skipped: missing };
  }
  const request = scenario.request(input);
  // One request first, alone: it must succeed, and its statements are counted and kept for EXPLAIN.
  let sample = { status: 0, body: '' };
  const statements = await platform.server.captureStatements(async () => (sample = await send(platform.server.url, request)));
  const parsed = scenario.graphql ? (JSON.parse(sample.body) as { errors?: { message: string }[] }) : null;
  if (sample.status !== 200 || parsed?.errors) {
    const error = parsed?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${sample.status}: ${sample.body.slice(0, 200)}`;
    log(`  ${scenario.name}: failed (${error})`);
    return { size, directives, scenario: scenario.name, error };
  }
  if (explain && EXPLAINED.has(scenario.name)) {
    report.plans.push({ size, scenario: scenario.name, lines: await explainStatements(platform.db.db.url, statements) });
  }
  if (scenario.answers) await verifyAnswers(scenario, input, sample.body, platform);
  const load = { connections: options.connections, seconds: options.seconds };
  const warm = { connections: options.connections, seconds: Math.min(2, options.seconds), warmUp: true };
  // Statements per request: those the driver sent while the sample ran alone (server.ts counts none itself).
  const result: ScenarioResult = { size, directives, scenario: scenario.name, statements: scenario.graphql ? statements.length : null, bytes: Buffer.byteLength(sample.body) };
  const fr = floorRequest(scenario, input);
  if (platform.floor) {
    const floorSample = await send(platform.floor.url, fr);
    if (floorSample.status !== 200) throw new Error(`floor of ${scenario.name} failed: ${floorSample.body.slice(0, 300)}`);
    result.floorBytes = Buffer.byteLength(floorSample.body);
  }
  // Who is timed: the platform, then PostGraphile when the read has a peer, then the floor.
  const timed: { key: 'ours' | 'peer' | 'floor'; child: Child; request: HttpRequest }[] = [
    { key: 'ours', child: platform.server, request },
    ...(platform.peer && scenario.peer ? [{ key: 'peer' as const, child: platform.peer, request: graphqlRequest(scenario.peer.query, scenario.peer.variables(input)) }] : []),
    ...(platform.floor ? [{ key: 'floor' as const, child: platform.floor, request: fr }] : []),
  ];
  // Against the peer, rounds interleave the three so that machine noise hits all of them alike.
  const rounds = timed.some((t) => t.key === 'peer') ? Math.max(1, options.rounds) : 1;
  for (const t of timed) await drive(t.child.url, [t.request], warm);
  const runs: Record<string, LoadResult[]> = {};
  const memory = sampleMemory(platform.server);
  for (let round = 0; round < rounds; round++) {
    for (const t of timed) (runs[t.key] ??= []).push(await drive(t.child.url, [t.request], load));
  }
  result.memory = await memory.stop();
  for (const t of timed) result[t.key] = combineRounds(runs[t.key]);
  if (rounds > 1) result.rounds = rounds;
  const ours = result.ours!;
  // The same requests again with the response cache on: what a burst of identical reads costs.
  if (platform.cached && scenario.graphql) {
    await drive(platform.cached.url, [request], warm);
    result.cached = await drive(platform.cached.url, [request], load);
  }
  const f = result.floor;
  const p = result.peer;
  log(
    `  ${scenario.name}: ${ours.requestsPerSecond.toFixed(1)} req/s, p50 ${ours.p50} ms, p90 ${ours.p90} ms, p99 ${ours.p99} ms, ` +
      `${result.statements ?? '-'} SQL/req, ${ours.failures} failures` +
      (p ? `; PostGraphile ${p.requestsPerSecond.toFixed(1)} req/s, p50 ${p.p50} ms` : '') +
      (f ? `; floor ${f.requestsPerSecond.toFixed(1)} req/s, p50 ${f.p50} ms` : '') +
      (rounds > 1 ? ` (${rounds} interleaved rounds)` : ''),
  );
  return result;
}

async function benchSize(size: number, options: Options, report: BenchReport, largest: boolean): Promise<void> {
  const documents = size === 1 ? seedDocuments().length : size;
  log(`corpus ${size === 1 ? '1x (the seed texts)' : size}: PostgreSQL in .data/bench-${documents}`);
  const db = await openBenchDatabase(documents);
  open.push(db);
  const loaded = options.noLoad
    ? nothingLoaded(documents)
    : documents >= 1000 && options.lanes > 1
      ? await loadCorpusInLanes(db.db.url, documents, options.seed, options.lanes, options.batch, log)
      : await loadCorpus(db.orm, documents, options.seed, log, { batch: options.batch });
  report.loads.push(loaded);
  if (loaded.loaded > 0) {
    log(
      `  loaded ${loaded.loaded} documents in ${loaded.seconds.toFixed(0)} s: ${loaded.documentsPerSecond.toFixed(1)} documents/s ` +
        `(${loaded.lanes} lane${loaded.lanes > 1 ? 's' : ''}, batches of ${options.batch}), slowest stage ${loaded.slowestStage}`,
    );
    await vacuumAnalyze(db.db.url);
  }
  if (options.loadOnly) {
    await closeAll();
    return;
  }
  const [{ n: directives }] = await db.orm.em.getConnection().execute(`select count(*)::int as n from directive`);
  const input = await scenarioInput(db);

  const env = { BENCH_DATABASE_URL: db.db.url, NODE_ENV: 'production' };
  const server = await startChild('server.js', { ...env, BENCH_RESPONSE_CACHE: 'off' });
  open.push({ close: () => server.stop() });
  const cached = options.cache ? await startChild('server.js', { ...env, BENCH_RESPONSE_CACHE: 'on' }) : null;
  if (cached) open.push({ close: () => cached.stop() });
  const floor = options.floor ? await startChild('floor-server.js', env) : null;
  if (floor) open.push({ close: () => floor.stop() });
  const chosen = SCENARIOS.filter((s) => !options.scenarios || options.scenarios.includes(s.name));
  const wantsPeer = options.peer && chosen.some((s) => s.peer);
  if (wantsPeer) ensurePeerInstalled(log);
  const peer = wantsPeer ? await startChild('peer-server.js', env) : null;
  if (peer) open.push({ close: () => peer.stop() });
  const features: PlatformFeatures = {
    schema: fs.readFileSync(path.join(repoRoot(), 'schema', 'schema.graphql'), 'utf8'),
    exportStatus: (await send(server.url, { method: 'GET', path: '/export/targets.csv?provinces=XX', headers: {} })).status,
  };
  const platform: Systems = { server, cached, floor, peer, features, db };
  log(`  ${directives} directives; ${options.connections} connections, ${options.seconds} s per scenario`);
  for (const scenario of chosen) report.results.push(await runScenario(scenario, documents, directives, input, platform, options, largest, report));

  if (largest && options.soakSeconds > 0) {
    // Every runnable scenario in turn on every connection: memory must level off, not climb.
    const requests = chosen.filter((s) => !s.missing(features)).map((s) => s.request(input));
    log(`  soak: ${requests.length} scenarios mixed for ${options.soakSeconds} s`);
    const memory = sampleMemory(server, 1000);
    const mixed = await drive(server.url, requests, { connections: options.connections, seconds: options.soakSeconds });
    report.soaks.push({ size: documents, seconds: options.soakSeconds, requestsPerSecond: mixed.requestsPerSecond, failures: mixed.failures, memory: await memory.stop() });
  }
  await closeAll();
}

function render(report: BenchReport): string {
  return [
    `Machine: ${report.machine}`,
    `Started ${report.startedAt}; ${JSON.stringify(report.options)}`,
    '',
    'Loading (the real ingestion path; each lane a process ingesting one document after another):',
    loadsTable(report.loads),
    '',
    'Scenarios (ours with the response cache off, then on; the floor; overhead = floor req/s ÷ our uncached req/s):',
    resultsTable(report.results),
    '',
    ...(report.results.some((r) => r.peer)
      ? [
          'Against PostGraphile v5 (amber preset, same database; answers checked equal first; req/s the mean and p50 the median of interleaved rounds; ratios are platform req/s ÷ theirs, below 1 the platform is slower):',
          peerTable(report.results),
          '',
        ]
      : []),
    'Growth with corpus size:',
    ...growthLines(report.results, Object.fromEntries(SCENARIOS.map((s) => [s.name, s.growth]))).map((l) => `  ${l}`),
    '',
    ...(report.soaks.length ? ['Memory under mixed load:', soakTable(report.soaks), ''] : []),
    'Query plans at the largest size (EXPLAIN ANALYZE of the statements one request sent):',
    ...report.plans.flatMap((p) => [`  ${p.scenario} (${p.size} documents):`, ...p.lines.map((l) => `    ${l}`)]),
  ].join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log(`${signal}: stopping`);
      void closeAll().finally(() => process.exit(130));
    });
  }
  const report: BenchReport = { machine: machineLine(), startedAt: new Date().toISOString(), options: { ...options }, loads: [], results: [], soaks: [], plans: [] };
  const sizes = [...options.sizes].sort((a, b) => a - b);
  for (const size of sizes) await benchSize(size, options, report, size === sizes[sizes.length - 1]);
  if (options.loadOnly) {
    console.log(`\n${loadsTable(report.loads)}`);
    return;
  }
  const text = render(report);
  console.log(`\n${text}`);
  const out = path.join(repoRoot(), '.data');
  fs.writeFileSync(path.join(out, 'bench-report.json'), JSON.stringify(report, null, 2));
  fs.writeFileSync(path.join(out, 'bench-report.md'), `${text}\n`);
  log('report written to .data/bench-report.json and .data/bench-report.md');
}

main().catch(async (error) => {
  console.error('[bench] failed:', error);
  await closeAll();
  process.exit(1);
});
