import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../graphql/context';
import type { Caller } from './caller';
import { forbidden, unauthenticated } from './errors';

/**
 * For @Authorized fields. Throws rather than returning false: type-graphql's own errors say
 * "UNAUTHORIZED" for a missing role, where clients expect UNAUTHENTICATED vs FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<Context> = async ({ context }, roles) => {
  await requireCaller(context, roles);
  return true;
};

/** The authenticated caller with one of the roles (any role when none is given). */
export async function requireCaller(context: Context, roles: readonly string[] = []): Promise<Caller> {
  const auth = await context.caller();
  if (!auth.caller) throw unauthenticated(auth.reason);
  if (roles.length > 0 && !roles.includes(auth.caller.role)) throw forbidden(auth.caller.role, roles);
  return auth.caller;
}
