import type { HttpRequest } from './scenarios';

// autocannon's programmatic API (it ships no types): a fixed number of connections over loopback for a
// fixed time, every connection repeating the scenario's request(s).

interface AutocannonResult {
  requests: { average: number; total: number };
  /** Seconds from the first request to the last answer. */
  duration: number;
  latency: { p50: number; p90: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  failures: number;
}

export async function drive(url: string, requests: HttpRequest[], options: { connections: number; seconds: number; warmUp?: boolean }): Promise<LoadResult> {
  const common = {
    url,
    connections: options.connections,
    requests: requests.map((r) => ({ method: r.method, path: r.path, headers: r.headers, body: r.body })),
  };
  // Exports and big comparisons can take seconds at the largest sizes.
  let result = await autocannon({ ...common, duration: options.seconds, timeout: 30 });
  let requestsPerSecond = result.requests.average;
  if (!options.warmUp && result.requests.total < options.connections) {
    // Fewer answers than connections: requests outlast the run (autocannon drops those still in flight), so
    // a per-second average would read 0. Time a fixed amount instead, one request per connection.
    result = await autocannon({ ...common, amount: options.connections, timeout: 300 });
    requestsPerSecond = result.requests.total / Math.max(result.duration, 1e-3);
  }
  return {
    requestsPerSecond,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Rounds of the same run (interleaved with the other systems') as one figure: the mean of their req/s
 * (each round lasts as long), the median of each latency percentile (autocannon gives no histogram to
 * merge), requests and failures summed.
 */
export function combineRounds(rounds: LoadResult[]): LoadResult {
  if (!rounds.length) throw new Error('no rounds to combine');
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  return {
    requestsPerSecond: rounds.reduce((sum, r) => sum + r.requestsPerSecond, 0) / rounds.length,
    p50: median(rounds.map((r) => r.p50)),
    p90: median(rounds.map((r) => r.p90)),
    p99: median(rounds.map((r) => r.p99)),
    requests: rounds.reduce((sum, r) => sum + r.requests, 0),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
  };
}
