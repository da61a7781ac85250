import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context';
import { responseTooLarge } from '../graphql/response-budget';

/**
 * An answer whose long texts passed the budget (graphql/response-budget.ts) is replaced by one error with
 * its code: a client gets a clear refusal, never a partial answer of many megabytes with an error per text.
 */
export const responseSizePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (!contextValue.responseBudget?.exceeded || response.body.kind !== 'single') return;
        const error = responseTooLarge(contextValue.responseBudget.limit);
        response.body.singleResult = { data: null, errors: [{ message: error.message, extensions: error.extensions }] };
      },
    };
  },
};
