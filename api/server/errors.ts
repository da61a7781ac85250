import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { connectionErrorCode } from '../db/database';
import { clientErrorOf } from '../errors';

/**
 * Codes the server itself gives, beside Apollo's (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 * BAD_REQUEST) and the resolvers' (BAD_USER_INPUT, NOT_FOUND, ...).
 */
export type RejectionCode =
  | 'QUERY_TOO_LONG'
  | 'TOKEN_LIMIT_EXCEEDED'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  | 'QUERY_TOO_COMPLEX';

const REJECTION_CODES: ReadonlySet<string> = new Set<RejectionCode>([
  'QUERY_TOO_LONG',
  'TOKEN_LIMIT_EXCEEDED',
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'QUERY_TOO_COMPLEX',
]);

/** A query refused before execution because it exceeds a limit; answered with HTTP 400. */
export function rejection(code: RejectionCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** The rejection code of an error we raised, also when Apollo wrapped it (as a ValidationError). */
export function rejectionCode(error: unknown): RejectionCode | undefined {
  for (let e = error; e instanceof GraphQLError; e = e.originalError) {
    const code = e.extensions.code;
    if (typeof code === 'string' && REJECTION_CODES.has(code)) return code as RejectionCode;
  }
  return undefined;
}

/** PostgreSQL cancelled the statement: statement_timeout (or an operator) stopped it. */
function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, originalError, cause } = error as { code?: unknown; originalError?: unknown; cause?: unknown };
  return code === '57014' || isStatementTimeout(originalError, depth + 1) || isStatementTimeout(cause, depth + 1);
}

const masked = (formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError => ({
  message,
  extensions: { code },
  path: formatted.path,
  locations: formatted.locations,
});

/**
 * Apollo's formatError. Errors raised on purpose keep their code and message; the limits' codes survive
 * Apollo's wrapping; a database that is away or too slow gets its own code; every other error is
 * masked, in every NODE_ENV: no stack trace, SQL or internal message reaches a client (the log has it).
 */
/** Apollo's own request errors that it leaves without a code of the client's (its APQ hash check). */
const APOLLO_REQUEST_ERRORS = new Set(['provided sha does not match query']);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const rejected = rejectionCode(error);
  if (rejected) return { ...formatted, extensions: { ...formatted.extensions, code: rejected } };
  if (APOLLO_REQUEST_ERRORS.has(formatted.message)) return masked(formatted, 'BAD_REQUEST', formatted.message);
  // The platform's own refusals (api/errors.ts), thrown anywhere below a resolver: their code, message and details.
  const refused = clientErrorOf(error);
  if (refused) return { message: refused.message, extensions: { code: refused.code, ...refused.details }, path: formatted.path, locations: formatted.locations };
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  const unreachable = connectionErrorCode(error);
  if (unreachable) {
    console.warn(`[graphql] database unavailable (${unreachable})`);
    return masked(formatted, 'DATABASE_UNAVAILABLE', 'The database is not available at the moment; please retry shortly.');
  }
  if (isStatementTimeout(error)) {
    return masked(formatted, 'TIMEOUT', 'A database statement ran past its time limit and was cancelled; ask for less (smaller pages, fewer fields).');
  }
  console.error('[graphql] internal error:', error);
  return masked(formatted, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** The error answer of the plain HTTP routes (exports, source files): `{ "error": { "code", "message" } }`. */
export function sendHttpError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/**
 * Writes a GraphQL-shaped error response from outside Apollo (body limits, time-outs), on node's own response
 * as express's would write it: the GraphQL route and express's /graphql both answer through it.
 */
export function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** A failure of reading a request's body, as body-parser reports it (http-errors). */
export interface HttpError {
  status?: number;
  type?: string;
  expose?: boolean;
  limit?: number;
  length?: number;
  message?: string;
}

/**
 * Failures before Apollo sees the request (reading the JSON body: too large, not JSON, bad charset),
 * answered as GraphQL errors with a code instead of Express's HTML page.
 */
export function sendRequestError(res: ServerResponse, error: HttpError): void {
  // A time-out already answered; the late response of the abandoned request is dropped.
  if (res.headersSent) return;
  if (error.type === 'entity.too.large') {
    const limit = `${+((error.limit ?? 0) / 1024 / 1024).toFixed(2)} MiB`;
    return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body exceeds the limit of ${limit}.`);
  }
  if (error.type === 'entity.parse.failed') return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
  if (error.expose && error.status && error.status < 500) return sendGraphQLError(res, error.status, 'BAD_REQUEST', error.message ?? 'Bad request');
  console.error('[http] internal error:', error);
  sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** sendRequestError as express's error handler of /graphql. */
export const graphqlHttpErrors: ErrorRequestHandler = (error: HttpError, _req, res, _next) => sendRequestError(res, error);
