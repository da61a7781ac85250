import type { IncomingMessage } from 'node:http';
import express, { type RequestHandler } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lookupCaller } from '../auth/caller';
import type { Orm } from '../db/orm';
import { LIMITS } from './limits';

/**
 * The JSON body limit of a request: small for everyone, larger for an editor's key, since only editors send
 * whole documents (a PDF in base64 through `ingestFile`). The key is checked before the body is read, so a
 * made-up Authorization header buys nothing. A number at once for a request without a key, the common case.
 */
export function bodyLimitOf(orm: Pick<Orm, 'em'>, req: IncomingMessage): number | Promise<number> {
  if (!req.headers.authorization) return LIMITS.bodyBytes;
  return lookupCaller(orm.em.fork() as EntityManager, req.headers.authorization)().then(
    (auth) => (auth.caller?.role === 'editor' ? LIMITS.editorBodyBytes : LIMITS.bodyBytes),
    // The database is down: the small limit, and the request meets the failure where it is reported.
    () => LIMITS.bodyBytes,
  );
}

/** express.json with the limit of bodyLimitOf, for the requests express's /graphql route serves (graphql-http.ts). */
export function jsonBodies(orm: Pick<Orm, 'em'>): RequestHandler {
  const small = express.json({ limit: LIMITS.bodyBytes });
  const large = express.json({ limit: LIMITS.editorBodyBytes });
  return (req, res, next) => {
    const limit = bodyLimitOf(orm, req);
    if (typeof limit === 'number') return small(req, res, next);
    limit.then((bytes) => (bytes === LIMITS.editorBodyBytes ? large : small)(req, res, next));
  };
}
