import type { IncomingMessage } from 'node:http';
import type { HttpError } from './errors';

// A JSON request body read as express.json() reads one (body-parser 2, strict), for the requests the GraphQL
// route takes itself (graphql-http.ts): UTF-8 and not compressed; any other goes to express.json(). Its
// failures carry body-parser's `type`, so that they are answered alike (errors.ts sendRequestError).

const failure = (status: number, type: string, message: string, extra: Partial<HttpError> = {}): HttpError => ({
  status,
  type,
  message,
  expose: true,
  ...extra,
});

/** JSON's whitespace, which may come before the value. */
const LEADING_WHITESPACE = /^[\x20\x09\x0a\x0d]*/;

/** The body as a value: `{}` when empty (a common client mistake body-parser lets through), else an object or array. */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0) return {};
  const first = text[LEADING_WHITESPACE.exec(text)![0].length];
  if (first !== '{' && first !== '[') throw failure(400, 'entity.parse.failed', 'The request body is not valid JSON');
  try {
    return JSON.parse(text);
  } catch {
    throw failure(400, 'entity.parse.failed', 'The request body is not valid JSON');
  }
}

/**
 * Reads and parses the body of `req`, at most `limit` bytes. Past the limit (announced or sent), the rest is
 * read and dropped before the refusal, as body-parser does, so the connection stays usable.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
    const tooLarge = () => failure(413, 'entity.too.large', 'request entity too large', { limit, length: declared ?? undefined });
    let refused: HttpError | null = declared !== null && declared > limit ? tooLarge() : null;
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const done = (error: HttpError | null, value?: unknown) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      if (refused) return;
      received += chunk.length;
      if (received > limit) {
        refused = tooLarge();
        chunks.length = 0;
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (refused) return done(refused);
      // A byte-order mark is dropped, as iconv-lite's decoding in body-parser drops it.
      let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      try {
        done(null, parseJsonBody(text));
      } catch (error) {
        done(error as HttpError);
      }
    });
    req.once('error', () => done(failure(400, 'request.aborted', 'request aborted')));
    req.once('close', () => done(failure(400, 'request.aborted', 'request aborted')));
  });
}
