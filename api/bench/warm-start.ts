// `node dist/api/bench/warm-start.js [--runs 5] [--no-warm-up] [--project DIR]`: how long a warm `npm start`
// (nothing changed since the last build, the database initialised and seeded) takes to answer its first GraphQL
// query, as a user sees it. `npm start` runs in a process group of its own, as a terminal runs it; a small query
// that reads the database is polled until it answers; then Ctrl-C (SIGINT to the group) and a wait until
// everything has exited. One unmeasured start first makes the next ones warm. --project times another checkout
// (to compare two versions on the same machine at the same time). The figures go to standard output; progress,
// and the server's own output when it fails, to standard error.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../db/embedded-postgres';
import { repoRoot } from '../repo-root';
import { optionValue } from './options';

const QUERY = '{ directives(first: 1) { edges { node { number } } } }';
/** Between polls: short, so that the figure is within a poll of the true one; a refused connection costs little. */
const POLL_MS = 20;
const GIVE_UP_MS = 180_000;
const STOP_GRACE_MS = 20_000;

interface Options {
  runs: number;
  warmUp: boolean;
  project: string;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => optionValue(argv, name);
  const runs = Number(value('runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of starts, 1 or more');
  return { runs, warmUp: !argv.includes('--no-warm-up'), project: path.resolve(value('project') ?? repoRoot()) };
}

/** True once the server answers the query with data (not an error, nor a refused connection). */
async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ query: QUERY }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: { directives?: unknown } };
    return response.ok && body.data?.directives !== undefined;
  } catch {
    return false;
  }
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Whether any process of the group is left (npm, the server, PostgreSQL). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Ctrl-C as a terminal sends it, to the whole group; resolves once every process of the group has exited (npm
 * exits at once, the server and PostgreSQL after it: the next start must not find them). SIGKILL to the group
 * when it has not finished in time. Returns whether it finished in time.
 */
async function stop(child: ChildProcess): Promise<boolean> {
  const pgid = child.pid!;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pgid, name);
    } catch {
      // the group is gone already
    }
  };
  signal('SIGINT');
  for (const deadline = performance.now() + STOP_GRACE_MS; groupAlive(pgid); await sleep(POLL_MS)) {
    if (performance.now() < deadline) continue;
    console.error(`npm start still running ${STOP_GRACE_MS / 1000} s after Ctrl-C: killing it`);
    signal('SIGKILL');
    while (groupAlive(pgid)) await sleep(POLL_MS);
    return false;
  }
  return true;
}

/**
 * CPU time (user and system, in ms) spent so far by `root` and every process below it, those that have exited
 * and been waited for included: PostgreSQL's too, whose processes leave the group. Wall time under load
 * depends on what else runs; this does not. Null where there is no /proc (Linux's; its ticks are 1/100 s).
 */
function treeCpuMs(root: number): number | null {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // The fields after the command's closing parenthesis: state, ppid, ... utime (14th), stime, cutime, cstime.
        const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ').pop()!.split(' ');
        stats.set(Number(entry), { ppid: Number(fields[1]), ticks: [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) });
      } catch {
        // exited meanwhile
      }
    }
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let ticks = 0;
  for (const pending = [root]; pending.length; ) {
    const pid = pending.pop()!;
    ticks += stats.get(pid)?.ticks ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return ticks * 10;
}

interface StartTime {
  /** From spawning `npm start` to its first answer. */
  wallMs: number;
  /** What every process of the start had used by then (null without /proc). */
  cpuMs: number | null;
}

/** One `npm start`, timed. */
async function timeOneStart(project: string): Promise<StartTime> {
  const port = await freePort();
  const output: string[] = [];
  const started = performance.now();
  const child = spawn('npm', ['start'], { cwd: project, env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  let failed = false;
  try {
    while (!(await answers(port))) {
      if (hasExited(child)) throw new Error(`npm start exited (${child.exitCode ?? child.signalCode}) before answering`);
      if (performance.now() - started > GIVE_UP_MS) throw new Error(`no answer after ${GIVE_UP_MS / 1000} s`);
      await sleep(POLL_MS);
    }
    return { wallMs: Math.round(performance.now() - started), cpuMs: treeCpuMs(child.pid!) };
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // The server's last line after a shutdown that drained its requests and stopped PostgreSQL (server/main.ts).
    if (!(await stop(child)) || !output.join('').includes('[directives] stopped')) {
      console.error('npm start did not stop cleanly');
      failed = true;
    }
    if (failed) process.stderr.write(output.join(''));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

/** The machine's load average over the last minute: on a shared machine it moves the figures more than most changes. */
const load = () => os.loadavg()[0].toFixed(1);

const cpu = (ms: number | null) => (ms === null ? '' : `, CPU ${ms} ms`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.warmUp) {
    console.error(`warm-up start of ${options.project} (builds what is stale, initialises and seeds the database if needed)`);
    const { wallMs, cpuMs } = await timeOneStart(options.project);
    console.error(`warm-up: ${wallMs} ms${cpu(cpuMs)}`);
  }
  const times: StartTime[] = [];
  for (let run = 1; run <= options.runs; run++) {
    const before = load();
    const time = await timeOneStart(options.project);
    times.push(time);
    console.log(`warm start ${run}: ${time.wallMs} ms (load ${before}${cpu(time.cpuMs)})`);
  }
  if (times.length > 1) {
    const walls = times.map((t) => t.wallMs);
    const cpus = times.every((t) => t.cpuMs !== null) ? median(times.map((t) => t.cpuMs!)) : null;
    console.log(`median of ${times.length}: ${median(walls)} ms (min ${Math.min(...walls)}, max ${Math.max(...walls)}; load ${load()}${cpu(cpus)})`);
  }
}

main().catch((error) => {
  console.error(`warm-start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
