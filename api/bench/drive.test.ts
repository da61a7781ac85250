import { combineRounds, type LoadResult } from './drive';

const run = (requestsPerSecond: number, p50: number): LoadResult => ({ requestsPerSecond, p50, p90: p50 * 2, p99: p50 * 3, requests: requestsPerSecond * 5, failures: 0 });

describe('combineRounds', () => {
  it('averages throughput, takes the median latency and sums requests', () => {
    const combined = combineRounds([run(100, 10), run(200, 30), run(150, 12)]);
    expect(combined.requestsPerSecond).toBe(150);
    expect(combined.p50).toBe(12);
    expect(combined.p99).toBe(36);
    expect(combined.requests).toBe(2250);
  });

  it('is the run itself for one round', () => {
    expect(combineRounds([run(42, 7)])).toEqual(run(42, 7));
  });
});
