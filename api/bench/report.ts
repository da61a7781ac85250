import os from 'node:os';
import type { MemorySample } from './child';
import type { LoadResult } from './drive';
import type { LoadReport } from './load';

// The benchmark's figures as text: one table per run, every scenario at every corpus size, the floor
// beside it and the overhead as a ratio; then loading speed, memory and growth notes.

export interface ScenarioResult {
  size: number;
  directives: number;
  scenario: string;
  skipped?: string;
  /** The platform with its response cache off: every request executed. */
  ours?: LoadResult;
  /** The platform with its response cache on (GraphQL scenarios). */
  cached?: LoadResult;
  floor?: LoadResult;
  /** PostGraphile v5 (amber preset) on the same database, for the reads it is compared on. */
  peer?: LoadResult;
  /** Interleaved rounds behind ours, peer and floor (platform, peer, floor, repeated); absent for a single run. */
  rounds?: number;
  /** SQL statements of one sampled request (GraphQL only). */
  statements?: number | null;
  /** Bytes of the sampled answer: the same data should weigh about the same in both. */
  bytes?: number;
  floorBytes?: number;
  memory?: { start: MemorySample; peak: MemorySample; end: MemorySample };
  error?: string;
}

export interface SoakResult {
  size: number;
  seconds: number;
  requestsPerSecond: number;
  failures: number;
  memory: { start: MemorySample; peak: MemorySample; end: MemorySample };
}

export interface BenchReport {
  machine: string;
  startedAt: string;
  options: Record<string, unknown>;
  loads: LoadReport[];
  results: ScenarioResult[];
  soaks: SoakResult[];
  plans: { size: number; scenario: string; lines: string[] }[];
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)}`;
const ms = (v: number | undefined) => (v === undefined ? '-' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const rps = (v: number | undefined) => (v === undefined ? '-' : v >= 100 ? v.toFixed(0) : v.toFixed(1));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The main table: a row per scenario and size. */
export function resultsTable(results: ScenarioResult[]): string {
  const rows = results.map((r) => {
    if (r.skipped || r.error) return [r.scenario, String(r.size), r.skipped ? `skipped: ${r.skipped}` : `error: ${r.error}`, '', '', '', '', '', '', '', '', '', ''];
    const overhead = r.ours?.requestsPerSecond && r.floor ? (r.floor.requestsPerSecond / r.ours.requestsPerSecond).toFixed(1) + '×' : '-';
    return [
      r.scenario,
      String(r.size),
      rps(r.ours?.requestsPerSecond),
      ms(r.ours?.p50),
      ms(r.ours?.p90),
      ms(r.ours?.p99),
      r.statements == null ? '-' : String(r.statements),
      rps(r.cached?.requestsPerSecond),
      ms(r.cached?.p50),
      rps(r.floor?.requestsPerSecond),
      ms(r.floor?.p50),
      overhead,
      r.memory ? `${mb(r.memory.peak.rss)}/${mb(r.memory.peak.heapUsed)}` : '-',
    ];
  });
  return table(['scenario', 'size', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'SQL/req', 'cached req/s', 'cached p50', 'floor req/s', 'floor p50', 'overhead', 'peak RSS/heap MB'], rows);
}

/** A ratio of throughputs, 2 decimals: below 1 the platform is slower. */
const ratio = (ours: LoadResult | undefined, other: LoadResult | undefined) =>
  ours && other && other.requestsPerSecond > 0 ? (ours.requestsPerSecond / other.requestsPerSecond).toFixed(2) : '-';

/** The reads compared with PostGraphile: req/s and p50 of each system, and the platform's throughput as a share of theirs. */
export function peerTable(results: ScenarioResult[]): string {
  const rows = results
    .filter((r) => r.peer)
    .map((r) => [
      r.scenario,
      String(r.size),
      `${rps(r.ours?.requestsPerSecond)}/s, ${ms(r.ours?.p50)} ms`,
      `${rps(r.peer?.requestsPerSecond)}/s, ${ms(r.peer?.p50)} ms`,
      r.floor ? `${rps(r.floor.requestsPerSecond)}/s, ${ms(r.floor.p50)} ms` : '-',
      ratio(r.ours, r.peer),
      ratio(r.ours, r.floor),
      String(r.rounds ?? 1),
    ]);
  return table(['read', 'size', 'platform', 'PostGraphile', 'floor', 'platform/PostGraphile', 'platform/floor', 'rounds'], rows);
}

export function loadsTable(loads: LoadReport[]): string {
  const rows = loads.map((l) => [
    String(l.size),
    String(l.loaded),
    String(l.lanes),
    l.loaded ? l.seconds.toFixed(0) : '-',
    l.loaded ? l.documentsPerSecond.toFixed(1) : '-',
    l.loaded ? Object.entries(l.perStage).map(([s, v]) => `${s} ${v.toFixed(1)}`).join(', ') : 'already loaded',
    l.slowestStage ?? '-',
  ]);
  return table(['size', 'loaded now', 'lanes', 'seconds', 'docs/s', 'ms per document by stage', 'slowest'], rows);
}

export function soakTable(soaks: SoakResult[]): string {
  const m = (s: MemorySample) => `${mb(s.rss)}/${mb(s.heapUsed)}`;
  const rows = soaks.map((s) => [String(s.size), String(s.seconds), rps(s.requestsPerSecond), String(s.failures), m(s.memory.start), m(s.memory.peak), m(s.memory.end)]);
  return table(['size', 'seconds', 'req/s (mixed)', 'failures', 'start RSS/heap MB', 'peak', 'end'], rows);
}

/** For each scenario, its cost at the smallest and the largest size of 100 or more, and why it grows (`growth`). */
export function growthLines(results: ScenarioResult[], growth: Record<string, string> = {}): string[] {
  const out: string[] = [];
  for (const scenario of [...new Set(results.map((r) => r.scenario))]) {
    const runs = results.filter((r) => r.scenario === scenario && r.ours && r.size >= 100).sort((a, b) => a.size - b.size);
    if (runs.length < 2) continue;
    const [first, last] = [runs[0], runs[runs.length - 1]];
    const factor = last.ours!.p50 / Math.max(first.ours!.p50, 0.01);
    const kb = (r: ScenarioResult) => (r.bytes === undefined ? '-' : `${(r.bytes / 1024).toFixed(0)} KB`);
    out.push(
      `${scenario}: p50 ${ms(first.ours!.p50)} ms at ${first.size} -> ${ms(last.ours!.p50)} ms at ${last.size} (×${factor.toFixed(1)}), ` +
        `SQL/req ${first.statements ?? '-'} -> ${last.statements ?? '-'}, answer ${kb(first)} -> ${kb(last)}` +
        (growth[scenario] ? `\n    why: ${growth[scenario]}` : ''),
    );
  }
  return out;
}
