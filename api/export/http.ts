import express, { type Request, type Response, type Router } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../db/orm';
import { clientErrorOf, HTTP_STATUS } from '../errors';
import { FACT_KINDS, parseExportRequest, type FactKind } from './filters';
import { FORMATS, type FormatName } from './formats';
import { openExport } from './query';
import type { Row } from './rows';
import { sendHttpError } from '../server/errors';

export interface ExportRouterOptions {
  /** Rows per SQL statement; tests lower it to cross batch boundaries with the seed corpus. */
  batchSize?: number;
}

/**
 * GET /targets.csv, /targets.json, /measures.csv, /measures.json with the filters of the GraphQL queries
 * as query parameters. Responses stream: one batch of rows in memory at a time.
 */
export function exportRouter(orm: Pick<Orm, 'em'>, options: ExportRouterOptions = {}): Router {
  const router = express.Router();
  for (const kind of FACT_KINDS) {
    for (const format of Object.keys(FORMATS) as FormatName[]) {
      router.get(`/${kind}.${format}`, (req, res) => serve(orm, kind, format, req, res, options));
    }
  }
  router.use((req, res) => {
    sendHttpError(res, 404, 'NOT_FOUND', `no export at ${req.path}; try /${FACT_KINDS[0]}.csv or /${FACT_KINDS[0]}.json`);
  });
  return router;
}

async function serve(orm: Pick<Orm, 'em'>, kind: FactKind, format: FormatName, req: Request, res: Response, options: ExportRouterOptions): Promise<void> {
  let columns: readonly string[];
  let rows: AsyncIterable<Row>;
  try {
    const request = parseExportRequest(kind, req.query);
    const query = openExport(orm.em.fork() as EntityManager, request, { batchSize: options.batchSize });
    columns = query.columns;
    // Reading the first batch before the status line lets a failure there still answer a clean 500.
    rows = await primed(query.rows);
  } catch (error) {
    const refused = clientErrorOf(error);
    if (refused) return sendHttpError(res, HTTP_STATUS[refused.code], refused.code, refused.message);
    console.error('[export] failed before the first row:', error);
    return sendHttpError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  }

  res.status(200);
  res.setHeader('Content-Type', FORMATS[format].contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${kind}.${format}"`);
  res.setHeader('Cache-Control', 'no-store');
  try {
    await FORMATS[format].write(columns, rows, res);
  } catch (error) {
    // The status and part of the body are out. Cutting the connection (no final chunk) is how the client
    // learns the file is incomplete, instead of receiving a truncated file that looks whole.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error('[export] failed mid-stream:', error);
    res.destroy();
  }
}

/** Pulls the first item now, so that its error surfaces here, and hands back the whole sequence. */
async function primed<T>(source: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* { [Symbol.asyncIterator]: () => iterator };
  })();
}
