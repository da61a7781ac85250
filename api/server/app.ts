import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Orm } from '../db/orm';
import { currentTally, withStatementTally } from '../db/statement-counter';
import { exportRouter } from '../export/http';
import type { ReadReplicas } from '../db/replicas';
import { createContext, readRoutingPlugin, type Context } from '../graphql/context';
import { buildDirectiveSchema } from '../graphql/schema';
import { repoRoot } from '../repo-root';
import { formatError, graphqlHttpErrors } from './errors';
import { responseSizePlugin } from './response-size';
import { healthRoutes } from './health';
import { sourceFileRoutes } from './source-files';
import { bodyLimitOf, jsonBodies } from './body-limit';
import { graphqlRoute } from './graphql-http';
import { LIMITS, queryLimits } from './limits';
import { createResponseCache, type ResponseCache } from './response-cache';
import { combineRequestPlugins } from './request-listener';
import { requestTimeout } from './timeout';

/**
 * The pages load only their own scripts and talk only to this server. Framing stays allowed on purpose
 * (frame-ancestors *, no X-Frame-Options): newsrooms embed the comparison page, and it writes nothing.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  'frame-ancestors *',
].join('; ');

export interface AppOptions {
  /** Adds `extensions.sqlStatements` to every GraphQL response: for tests and benchmarks. */
  exposeStatementCount?: boolean;
  /** Characters of long text one answer may carry; RESPONSE_TEXT_BUDGET unless set (tests lower it). */
  responseTextBudget?: number;
  /** Closes a request whose headers and body have not all arrived by then; LIMITS.receiveMs unless set (tests shorten it). */
  receiveTimeoutMs?: number;
  /** Answers 503 TIMEOUT past this; LIMITS.requestMs unless set (tests shorten it). */
  requestTimeoutMs?: number;
  /** Schema introspection; GRAPHQL_INTROSPECTION=false turns it off, it is on otherwise (in production too). */
  introspection?: boolean;
  /** Caches answers to anonymous queries until the data changes (response-cache.ts); RESPONSE_CACHE=off turns it off. */
  responseCache?: boolean;
  /** Read replicas (DATABASE_REPLICA_URLS): reads go there, writes to `orm`, the primary. */
  replicas?: ReadReplicas | null;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Null when off. */
  responseCache: ResponseCache | null;
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

/** The HTTP server: GraphQL at /graphql, probes at /health and /ready. Not yet listening. `orm` is the primary's. */
export async function createApp(orm: Orm, options: AppOptions = {}): Promise<App> {
  const replicas = options.replicas ?? null;
  // Exports and source files read from a replica in use, like anonymous queries.
  const reads: Pick<Orm, 'em'> = { get em() { return (replicas?.reader().orm ?? orm).em; } };
  const app = express();
  const receiveMs = options.receiveTimeoutMs ?? LIMITS.receiveMs;
  // GraphQL's common requests are taken before express (graphql-http.ts), once Apollo has started; express answers everything else.
  let graphql: (req: http.IncomingMessage, res: http.ServerResponse) => boolean = () => false;
  // Node checks these timeouts every connectionsCheckingInterval (30 s by default): often enough to hold them.
  const httpServer = http.createServer(
    { requestTimeout: receiveMs, headersTimeout: Math.min(receiveMs, 20_000), connectionsCheckingInterval: Math.min(5_000, Math.ceil(receiveMs / 4)) },
    (req, res) => graphql(req, res) || app(req, res),
  );
  const limits = queryLimits();
  const responseCache =
    (options.responseCache ?? process.env.RESPONSE_CACHE !== 'off')
      ? createResponseCache({ databaseUrl: orm.config.get('clientUrl')!, replicas, log: (m) => console.warn(`[directives] ${m}`) })
      : null;
  const apollo = new ApolloServer<Context>({
    schema: buildDirectiveSchema(),
    // Masks internal errors and keeps the codes of limits and database failures (errors.ts).
    formatError,
    includeStacktraceInErrorResponses: false,
    // Explicit, as Apollo's defaults depend on NODE_ENV: introspection on unless turned off.
    introspection: options.introspection ?? process.env.GRAPHQL_INTROSPECTION !== 'false',
    // GETs and form-like POSTs need a preflight header, so another site's page cannot fire queries.
    csrfPrevention: true,
    // One operation per request: a batch would multiply every limit below.
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    // One listener per request for the plugins that act within requests alone (request-listener.ts).
    plugins: combineRequestPlugins<Context>([
      ...limits.plugins,
      readRoutingPlugin(orm, replicas),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from the internet; the platform must work offline.
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint (answers are cached whole, response-cache.ts): Apollo's cache-control
      // plugin would only wrap every field's resolver to compute a policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      // Inline traces are for federated subgraphs, which this schema is not: Apollo's default plugin only checks that at every request.
      ApolloServerPluginInlineTraceDisabled(),
      ...(options.exposeStatementCount ? [statementCountPlugin] : []),
      ...(responseCache ? [responseCache.plugin] : []),
      responseSizePlugin,
    ]),
  });
  await apollo.start();

  app.disable('x-powered-by');
  // No ETag: express would hash every answer (GraphQL's, the probes') to make one, and no client revalidates
  // them; source files and the pages carry their own cache headers.
  app.disable('etag');
  // No response is to be sniffed into another type (a CSV or JSON export, a text read as HTML).
  app.use((_req, res, next) => (res.setHeader('X-Content-Type-Options', 'nosniff'), next()));
  const context = (req: http.IncomingMessage) => createContext(orm, req.headers.authorization, options.responseTextBudget, replicas);
  const timeoutMs = options.requestTimeoutMs ?? LIMITS.requestMs;
  graphql = graphqlRoute({
    apollo,
    context,
    bodyLimit: (req) => bodyLimitOf(orm, req),
    timeoutMs,
    countStatements: options.exposeStatementCount ?? false,
  });
  // The GraphQL requests graphqlRoute leaves to express (other content types, compressed bodies...), served alike.
  // Counting statements costs an AsyncLocalStorage context per request: only where tests and the bench read it.
  const countStatements: express.RequestHandler[] = options.exposeStatementCount ? [(_req, _res, next) => withStatementTally(next)] : [];
  app.use('/graphql', ...countStatements, requestTimeout(timeoutMs), jsonBodies(orm), expressMiddleware(apollo, { context: async ({ req }) => context(req) }));
  app.use('/graphql', graphqlHttpErrors);
  // After /graphql, which most requests are for: each router a request passes costs a match of its routes.
  app.use(healthRoutes(orm, replicas));
  app.use('/export', exportRouter(reads));
  app.use(sourceFileRoutes(reads));
  // The comparison page at / and GraphiQL at /explorer/, as `npm run build` leaves them (Vite, web/). Last, so
  // they never shadow an API route. Hashed assets never change; the pages are revalidated.
  app.use(
    express.static(path.join(repoRoot(), 'dist/web'), {
      setHeaders: (res, file) => {
        res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        res.setHeader('Content-Security-Policy', PAGE_POLICY);
      },
    }),
  );
  return { httpServer, apollo, responseCache };
}
