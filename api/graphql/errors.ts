import { GraphQLError } from 'graphql';

/** Codes a client can branch on; the message says what to change. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'AMBIGUOUS' | 'UNPROCESSABLE_DOCUMENT';

export function clientError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** A window of days given the wrong way round is the client's mistake, whichever field it filters. */
export function checkWindow(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw clientError('BAD_USER_INPUT', `"from" (${from}) is after "to" (${to})`);
}
