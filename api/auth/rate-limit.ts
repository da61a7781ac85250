// A token bucket per key, in memory: enough for one server process, and a restart forgiving
// everyone is harmless. Each document (accepted or not) costs one token.

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export class TokenBuckets<K> {
  private readonly buckets = new Map<K, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: K): Take {
    const now = this.now();
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
  }
}

/** INGEST_RATE_PER_MINUTE overrides the default for a deployment; a burst may use the whole minute's share. */
const perMinute = Number(process.env.INGEST_RATE_PER_MINUTE) > 0 ? Number(process.env.INGEST_RATE_PER_MINUTE) : 30;
export const ingestRateLimit = new TokenBuckets<number>(perMinute, perMinute);
