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
