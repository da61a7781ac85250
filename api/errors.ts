// The platform's refusals, in one family: every error a client is meant to see carries a code of CLIENT_ERROR,
// and this file alone maps it to what GraphQL (server/errors.ts formatError) and HTTP (the exports' status)
// answer. Domain code throws a PlatformError (ingestion, corrections, search, exports) or, in a resolver, a
// GraphQLError with one of these codes; nothing else catches and re-labels them on the way out.
import { GraphQLError } from 'graphql';
import { vocabulary, type CodeOf } from './domain/vocabulary';

export const CLIENT_ERROR = vocabulary('ClientErrorCode', 'Why a request was refused; the message says what to change.', {
  BAD_USER_INPUT: 'An argument, variable or parameter is wrong.',
  NOT_FOUND: 'What was named does not exist (any more).',
  AMBIGUOUS: 'A lookup matched several objects; narrow it.',
  UNPROCESSABLE_DOCUMENT: 'A document that cannot be ingested; `reason` says why.',
  RATE_LIMITED: 'Too many documents from this key; `retryAfter` says when to try again.',
  UNAUTHENTICATED: 'No key, or a key that is unknown or revoked.',
  FORBIDDEN: 'A key without the role the operation needs.',
  RESPONSE_TOO_LARGE: 'The answer would carry more text than one answer may.',
});
export type ClientErrorCode = CodeOf<typeof CLIENT_ERROR>;

/** The HTTP status of each code where a route answers outside GraphQL (exports, source files). */
export const HTTP_STATUS: Record<ClientErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  AMBIGUOUS: 400,
  UNPROCESSABLE_DOCUMENT: 422,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RESPONSE_TOO_LARGE: 413,
};

/** A refusal of the platform's own: its code, its message for the person who asked, and details (`reason`). */
export class PlatformError extends Error {
  constructor(
    readonly clientCode: ClientErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
    // Keeps `instanceof` working across module copies and down-compiled classes.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export interface ClientError {
  code: ClientErrorCode;
  message: string;
  details: Record<string, unknown>;
}

const isClientCode = (code: unknown): code is ClientErrorCode => typeof code === 'string' && (CLIENT_ERROR.codes as readonly string[]).includes(code);

/** The refusal inside `error` (a PlatformError, or a GraphQLError with a client code, however wrapped), or null. */
export function clientErrorOf(error: unknown): ClientError | null {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof PlatformError) return { code: e.clientCode, message: e.message, details: e.details };
    if (e instanceof GraphQLError) {
      const { code, http: _http, ...details } = e.extensions as Record<string, unknown>;
      if (isClientCode(code)) return { code, message: e.message, details };
      e = e.originalError;
    } else return null;
  }
  return null;
}
