import { GraphQLError } from 'graphql';
import type { ClientErrorCode } from '../errors';

/** A refusal from a resolver: a code of api/errors.ts CLIENT_ERROR (what a client branches on) and what to change. */
export function clientError(code: ClientErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** A window of days given the wrong way round is the client's mistake, whichever field it filters. */
export function checkWindow(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw clientError('BAD_USER_INPUT', `"from" (${from}) is after "to" (${to})`);
}
