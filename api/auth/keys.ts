// API keys: created and revoked from the command line (api/cli/keys.ts), checked on every write.
// Only a SHA-256 of each key is stored; the key itself exists in the creator's terminal alone.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { API_KEY_ROLES, ApiKey, type ApiKeyRole } from '../db/entities/ApiKey';

/** Recognisable in a leaked config file or a secret scanner; the rest is 32 random bytes. */
const KEY_PREFIX = 'dcp_';
const KEY_SHAPE = /^dcp_[A-Za-z0-9_-]{43}$/;

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function isRole(value: string): value is ApiKeyRole {
  return (API_KEY_ROLES as readonly string[]).includes(value);
}

/** Creates a key; the returned secret is shown to the user once and never stored. */
export async function createApiKey(em: EntityManager, name: string, role: ApiKeyRole): Promise<{ key: ApiKey; secret: string }> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('a key needs a name: who will use it');
  if (trimmed.length > 200) throw new Error('a key name is at most 200 characters');
  // `keys list` prints names one per line: a line break or a terminal escape in one would forge rows.
  if (/\p{Cc}/u.test(trimmed)) throw new Error('a key name cannot hold control characters (line breaks, tabs, escapes)');
  const secret = KEY_PREFIX + randomBytes(32).toString('base64url');
  const fork = em.fork();
  const key = fork.create(ApiKey, { name: trimmed, role, hash: hashKey(secret) });
  await fork.flush();
  return { key, secret };
}

export function listApiKeys(em: EntityManager): Promise<ApiKey[]> {
  return em.fork().find(ApiKey, {}, { orderBy: { id: 'asc' } });
}

/** Revokes a key; false when there is no such key. Revoking twice keeps the first date. */
export async function revokeApiKey(em: EntityManager, id: number): Promise<ApiKey | null> {
  const fork = em.fork();
  const key = await fork.findOne(ApiKey, { id });
  if (!key) return null;
  if (!key.revokedAt) {
    key.revokedAt = new Date();
    await fork.flush();
  }
  return key;
}

/** The active key a secret belongs to, or null for an unknown, malformed or revoked one. */
export async function findActiveKey(em: EntityManager, secret: string): Promise<ApiKey | null> {
  if (!KEY_SHAPE.test(secret)) return null;
  const hash = hashKey(secret);
  const key = await em.findOne(ApiKey, { hash });
  // The lookup is by hash, which leaks nothing about the key; the comparison is constant-time anyway.
  if (!key || !timingSafeEqual(Buffer.from(key.hash, 'hex'), Buffer.from(hash, 'hex'))) return null;
  return key.revokedAt ? null : key;
}

/**
 * Records the primary's WAL position after a mutation by the key (`em` on the primary): its next reads go
 * to a replica that has replayed that far, or to the primary (graphql/context.ts).
 */
export async function recordWrite(em: EntityManager, keyId: number): Promise<void> {
  await em.getConnection().execute('update api_key set last_write_lsn = pg_current_wal_lsn() where id = ?', [keyId]);
}
