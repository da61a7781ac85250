// A token bucket per key, kept in PostgreSQL (ingest_budget): every API instance behind a load balancer
// draws on the same budget, so two instances do not give a key twice the rate. Each document (accepted or
// not) costs one token.
import type { EntityManager } from '@mikro-orm/postgresql';

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimit {
  /** Documents a minute, and the largest burst. */
  readonly perMinute: number;
  /** Takes one token of the key's budget, on the primary (`em` must write there). */
  take(em: EntityManager, keyId: number): Promise<Take>;
}

// One statement: refill by the time since the last take (PostgreSQL's clock, the same for all instances),
// take a token if there is a whole one, and say whether it did. The row lock of the upsert makes
// concurrent takes of one key, from any instance, wait for each other.
/** The key's tokens now: refilled since the last take, up to the capacity (parameters: capacity, per second). */
const REFILLED = 'least(?::float8, b.tokens + greatest(0, extract(epoch from clock_timestamp() - b.refilled_at)) * ?::float8)';
const TAKE = `
insert into ingest_budget as b (api_key_id, tokens, refilled_at, taken) values (?, ?::float8 - 1, clock_timestamp(), true)
on conflict (api_key_id) do update set
  tokens = ${REFILLED} - case when ${REFILLED} >= 1 then 1 else 0 end,
  taken = ${REFILLED} >= 1,
  refilled_at = clock_timestamp()
returning tokens, taken`;

export function sharedRateLimit(perMinute: number): RateLimit {
  const perSecond = perMinute / 60;
  return {
    perMinute,
    async take(em, keyId) {
      const refilled = [perMinute, perSecond];
      const params = [keyId, perMinute, ...refilled, ...refilled, ...refilled];
      const [row] = await em.getConnection().execute<{ tokens: number; taken: boolean }[]>(TAKE, params);
      if (row.taken) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - row.tokens) / perSecond)) };
    },
  };
}

const DEFAULT_PER_MINUTE = 30;

/**
 * INGEST_RATE_PER_MINUTE overrides the default for a deployment (give every instance the same value); a burst
 * may use the whole minute's share. A value that is no positive number stops the start with its name: a typo
 * must not quietly give every key the default.
 */
export function ingestRatePerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.INGEST_RATE_PER_MINUTE;
  if (raw === undefined || raw.trim() === '') return DEFAULT_PER_MINUTE;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`INGEST_RATE_PER_MINUTE must be a number of documents above 0; found ${JSON.stringify(raw)}`);
  return value;
}

export const ingestRateLimit = sharedRateLimit(ingestRatePerMinute());
