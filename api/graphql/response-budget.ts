import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from './context';

// A bound on what one answer may carry. The cost limit (server/cost.ts) prices fields before anything runs,
// but a text's length is only known once it is read: a dozen aliases of a directive's renditions with their
// texts and clauses can still ask for hundreds of megabytes. The fields that carry long text count their
// characters here as they resolve; past the budget they fail with RESPONSE_TOO_LARGE, and the answer is
// replaced by that one error (server/response-size.ts) instead of being built and sent.

/** Characters of long text one answer may carry: 8 million, some 15 MB of Vietnamese as UTF-8 JSON (a page of 100 long directives with every clause fits). */
export const RESPONSE_TEXT_BUDGET = 8_000_000;

/**
 * Cost (server/cost.ts) of a rendition's whole text, as much as 200 ordinary fields: a page of ten directives
 * with their texts stays well within the limit, a page of a hundred does not; what the cost cannot know (how
 * long the texts are) the budget below bounds.
 */
export const LONG_TEXT_COMPLEXITY = 200;

export interface ResponseBudget {
  /** Characters of long text resolved so far. */
  used: number;
  /** RESPONSE_TEXT_BUDGET, unless the server was built with another. */
  limit: number;
  exceeded: boolean;
}

export function responseTooLarge(limit: number): GraphQLError {
  return new GraphQLError(
    `The answer would carry more than ${limit.toLocaleString('en')} characters of text; ask for fewer texts (renditions, clauses) or smaller pages`,
    { extensions: { code: 'RESPONSE_TOO_LARGE' } },
  );
}

/** Middleware for fields that return long text: counts it against the request's budget. */
export const CountsAgainstBudget: MiddlewareFn<Context> = async ({ context }, next) => {
  const value: unknown = await next();
  const budget = context.responseBudget;
  if (budget.exceeded) throw responseTooLarge(budget.limit);
  if (typeof value === 'string') {
    budget.used += value.length;
    if (budget.used > budget.limit) {
      budget.exceeded = true;
      throw responseTooLarge(budget.limit);
    }
  }
  return value;
};
