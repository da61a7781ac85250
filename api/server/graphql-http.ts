import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { withStatementTally } from '../db/statement-counter';
import { sendRequestError, type HttpError } from './errors';
import { readJsonBody } from './json-body';
import { limitRequestTime } from './timeout';

// GraphQL requests straight from node's request to Apollo and back, before express: its router, body-parser
// and the express integration took a sixth of a lookup by number's CPU, more than Apollo's own pipeline.
// It does what express's /graphql route does (app.ts), in the same order and with the same answers: nosniff,
// the statement tally when asked, the time limit, the body limit (an editor's key's larger), the JSON body,
// then Apollo (CSRF prevention, plugins, response cache) as @as-integrations/express5 calls it. It takes
// only the requests it serves exactly as express would: the path /graphql itself, a GET without a body or
// conditional headers, a POST of JSON in UTF-8, not compressed. Every other request, /graphql or not,
// goes on to express, which stays the reference for all the rarer cases.

/** `application/json`, with or without `charset=utf-8`: what every GraphQL client sends. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** True for a request this route answers as express's /graphql route would. */
function servedHere(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  const query = url.indexOf('?');
  if ((query < 0 ? url : url.slice(0, query)) !== '/graphql') return false;
  const { headers } = req;
  const hasBody = headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined;
  // express would answer a conditional GET 304 by itself (req.fresh).
  if (req.method === 'GET') return !hasBody && headers['if-none-match'] === undefined && headers['if-modified-since'] === undefined;
  if (req.method !== 'POST' || !hasBody) return false;
  const encoding = headers['content-encoding'];
  return (encoding === undefined || encoding.toLowerCase() === 'identity') && PLAIN_JSON.test(headers['content-type'] ?? '');
}

export interface GraphQLRoute<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context(req: IncomingMessage): Promise<C>;
  /** The body limit of the request (body-limit.ts). */
  bodyLimit(req: IncomingMessage): number | Promise<number>;
  /** LIMITS.requestMs or the test's own. */
  timeoutMs: number;
  /** Counts each request's SQL statements (AppOptions.exposeStatementCount). */
  countStatements: boolean;
}

/** Apollo's request, as @as-integrations/express5 builds it from express's. */
function apolloRequest(req: IncomingMessage, body: unknown): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const key in req.headers) {
    const value = req.headers[key];
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return { method: req.method!.toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body };
}

async function serve<C extends BaseContext>(route: GraphQLRoute<C>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  let body: unknown = undefined;
  limitRequestTime(res, route.timeoutMs, () => body);
  if (req.method === 'POST') {
    const limit = route.bodyLimit(req);
    body = await readJsonBody(req, typeof limit === 'number' ? limit : await limit);
  }
  const response = await route.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: apolloRequest(req, body), context: () => route.context(req) });
  // A time-out already answered; the late response of the abandoned request is dropped.
  if (res.headersSent) return;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') {
    // Encoded once, as express does past 1,000 characters: measuring a long text, then writing it, walks it twice.
    const { string } = response.body;
    const body = string.length < 1000 ? string : Buffer.from(string);
    res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * The route as a request listener's first step: true when it took the request (and answers it), false when
 * express is to.
 */
export function graphqlRoute<C extends BaseContext>(route: GraphQLRoute<C>): (req: IncomingMessage, res: ServerResponse) => boolean {
  const answer = (req: IncomingMessage, res: ServerResponse) =>
    // What express's route passes to its error handler: a body refused, or an unexpected failure (a 500).
    serve(route, req, res).catch((error: HttpError) => sendRequestError(res, error));
  return (req, res) => {
    if (!servedHere(req)) return false;
    if (route.countStatements) withStatementTally(() => answer(req, res));
    else answer(req, res);
    return true;
  };
}
