import express, { type RequestHandler } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lookupCaller } from '../auth/caller';
import type { Orm } from '../db/orm';
import { LIMITS } from './limits';

/**
 * The JSON body limit: small for everyone, larger for an editor's key, since only editors send whole
 * documents (a PDF in base64 through `ingestFile`). The key is checked before the body is read, so a
 * made-up Authorization header buys nothing.
 */
export function jsonBodies(orm: Pick<Orm, 'em'>): RequestHandler {
  const small = express.json({ limit: LIMITS.bodyBytes });
  const large = express.json({ limit: LIMITS.editorBodyBytes });
  return (req, res, next) => {
    if (!req.headers.authorization) return small(req, res, next);
    lookupCaller(orm.em.fork() as EntityManager, req.headers.authorization)().then(
      (auth) => (auth.caller?.role === 'editor' ? large : small)(req, res, next),
      // The database is down: the small limit, and the request meets the failure where it is reported.
      () => small(req, res, next),
    );
  };
}
