import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Orm } from '../db/orm';
import { currentTally, withStatementTally } from '../db/statement-counter';
import { createContext, type Context } from '../graphql/context';
import { buildDirectiveSchema } from '../graphql/schema';

export interface AppOptions {
  /** Adds `extensions.sqlStatements` to every GraphQL response: for tests and benchmarks. */
  exposeStatementCount?: boolean;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/** Errors the resolvers did not raise on purpose are masked: no stack trace or SQL reaches a client. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  console.error('[graphql] internal error:', error);
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path, locations: formatted.locations };
}

const statementCountPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const tally = currentTally();
        if (tally && response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: tally.statements };
        }
      },
    };
  },
};

/** The HTTP server: GraphQL at /graphql and a liveness probe at /health. Not yet listening. */
export async function createApp(orm: Orm, options: AppOptions = {}): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: buildDirectiveSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from the internet; the platform must work offline.
      ApolloServerPluginLandingPageDisabled(),
      ...(options.exposeStatementCount ? [statementCountPlugin] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    (_req, _res, next) => withStatementTally(next),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(orm) }),
  );
  return { httpServer, apollo };
}
