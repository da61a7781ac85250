// Who is calling, from the request's Authorization header. Looked up lazily: reads are public and
// never pay for a key lookup; the first write of a request does it once.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApiKeyRole } from '../db/entities/ApiKey';
import { findActiveKey } from './keys';

export interface Caller {
  keyId: number;
  /** The key's name: corrections are signed with it. */
  name: string;
  role: ApiKeyRole;
  /** The primary's WAL position after the key's last mutation, when replicas are in use (read-your-writes). */
  lastWriteLsn: string | null;
}

/** Either the caller, or why there is none (the reason is for the error message). */
export type Authentication = { caller: Caller } | { caller: null; reason: 'NO_KEY' | 'MALFORMED' | 'INVALID_KEY' };

export type CallerLookup = () => Promise<Authentication>;

const BEARER = /^Bearer +(\S+) *$/i;

/** `em` must read the primary: a key revoked a moment ago is refused by every instance at once. */
export function lookupCaller(em: EntityManager, authorization: string | undefined | null): CallerLookup {
  let pending: Promise<Authentication> | undefined;
  return () => (pending ??= authenticate(em, authorization));
}

async function authenticate(em: EntityManager, authorization: string | undefined | null): Promise<Authentication> {
  if (!authorization || !authorization.trim()) return { caller: null, reason: 'NO_KEY' };
  const match = BEARER.exec(authorization);
  if (!match) return { caller: null, reason: 'MALFORMED' };
  // A fork of its own: the key row must not sit in the request's identity map beside the data.
  const key = await findActiveKey(em.fork(), match[1]);
  if (!key) return { caller: null, reason: 'INVALID_KEY' };
  return { caller: { keyId: key.id, name: key.name, role: key.role, lastWriteLsn: key.lastWriteLsn } };
}
