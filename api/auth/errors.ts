import { GraphQLError } from 'graphql';
import type { Authentication } from './caller';

// The messages never echo the header or the key: they end up in client logs and screenshots.
const WHY: Record<Exclude<Authentication, { caller: object }>['reason'], string> = {
  NO_KEY: 'this operation needs an API key with the editor role: send the header "Authorization: Bearer <key>"',
  MALFORMED: 'the Authorization header must read "Bearer <key>"',
  INVALID_KEY: 'the API key is not valid: it is unknown or has been revoked',
};

export function unauthenticated(reason: keyof typeof WHY): GraphQLError {
  return new GraphQLError(WHY[reason], { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(role: string, needed: readonly string[]): GraphQLError {
  return new GraphQLError(`this operation needs a key with the ${needed.join(' or ')} role; this key has the ${role} role`, {
    extensions: { code: 'FORBIDDEN' },
  });
}

export function rateLimited(retryAfter: number, limit: string): GraphQLError {
  return new GraphQLError(`too many documents from this key (the limit is ${limit}); retry in ${retryAfter} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfter },
  });
}
