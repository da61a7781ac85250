import { GraphQLError } from 'graphql';

/** Codes a client can branch on; the message says what to change. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'AMBIGUOUS' | 'UNPROCESSABLE_DOCUMENT';

export function clientError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
