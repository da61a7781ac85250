import { Router } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { connectionErrorCode } from '../db/database';
import { SourceFile } from '../db/entities';
import type { Orm } from '../db/orm';
import { sendHttpError } from './errors';

const EXTENSION: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/tiff': 'tif' };

/**
 * GET /source-files/<sha-256>: the PDF or page image a rendition was read from, as it was received, so that
 * a reader can check a quote against the signed page (a citation's `sourceUrl` adds `#page=N`). Addressed by
 * its checksum, a file never changes: it may be cached for ever.
 */
export function sourceFileRoutes(orm: Pick<Orm, 'em'>): Router {
  const router = Router();
  router.get('/source-files/:checksum', async (req, res) => {
    const checksum = req.params.checksum;
    if (!/^[0-9a-f]{64}$/.test(checksum)) return sendHttpError(res, 400, 'BAD_USER_INPUT', 'a source file is named by the SHA-256 of its bytes: 64 lower-case hexadecimal digits');
    let file: SourceFile | null;
    try {
      file = await (orm.em.fork() as EntityManager).findOne(SourceFile, { checksum }, { populate: ['bytes'] });
    } catch (error) {
      if (connectionErrorCode(error)) return sendHttpError(res, 503, 'DATABASE_UNAVAILABLE', 'the database is not reachable; please retry');
      console.error('[source-files] failed:', error);
      return sendHttpError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
    if (!file) return sendHttpError(res, 404, 'NOT_FOUND', `no source file ${checksum}`);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', `inline; filename="${checksum}.${EXTENSION[file.mediaType] ?? 'bin'}"`);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(file.bytes);
  });
  return router;
}
