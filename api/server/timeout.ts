import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { getOperationAST, parse } from 'graphql';
import { sendGraphQLError } from './errors';

/** True for a GraphQL body whose operation is a mutation; parsed only when a time limit is reached. */
function isMutation(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    return getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation === 'mutation';
  } catch {
    return false;
  }
}

/**
 * Answers 503 TIMEOUT when a query has not been answered after `ms`, instead of leaving the client
 * hanging (a pool that cannot connect, a statement waiting on a lock). The abandoned work runs on until
 * PostgreSQL's statement_timeout stops it; its late response is dropped (see sendRequestError).
 * Mutations are left to finish: a 503 would hide whether their write happened. `body` gives the request's
 * parsed body, once read.
 */
export function limitRequestTime(res: ServerResponse, ms: number, body: () => unknown): void {
  const timer = setTimeout(() => {
    if (res.headersSent || isMutation(body())) return;
    sendGraphQLError(res, 503, 'TIMEOUT', `The request was not answered within its time limit of ${ms / 1000} s; please retry, or ask for less.`);
  }, ms);
  timer.unref();
  res.once('close', () => clearTimeout(timer));
}

/** limitRequestTime as express middleware. */
export function requestTimeout(ms: number): RequestHandler {
  return (req, res, next) => {
    limitRequestTime(res, ms, () => req.body);
    next();
  };
}
