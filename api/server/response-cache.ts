import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { listenForDataChanges, type DataChangeListener } from '../db/data-changes';
import type { ReadReplicas } from '../db/replicas';
import type { Context } from '../graphql/context';

// Whole answers to public read queries, kept until the data changes. A news day sends the same few
// queries thousands of times; between two ingestions their answers cannot differ, so the second and
// later ones are served without touching PostgreSQL.
//
// Correct before fast:
// - A commit by any process (the ingest command, another server) clears the cache: PostgreSQL notifies
//   on commit (data-changes.ts). While that notification channel is down, nothing is cached.
// - A mutation through this server clears it as soon as it has run, before its answer is sent, so its
//   author never reads what they just changed from an older answer.
// - An answer computed while a change arrived is not kept (generation check).
// - Only anonymous queries without errors are kept: a request with a key may one day see more.
// - With read replicas, an answer read from a replica is kept only if that replica was known, when the
//   request started, to have replayed every change this process had heard of (ReadSource.current): a
//   replica a few milliseconds behind the notification would otherwise refill the cache with the old answer.

export interface ResponseCacheOptions {
  /** Database the notifications come from: the primary. */
  databaseUrl: string;
  /** Told of every change, so they know which replica answers are current. */
  replicas?: ReadReplicas | null;
  /** Upper bound on the cached answers' JSON size in all. */
  maxBytes?: number;
  log?(message: string): void;
}

export interface ResponseCache {
  plugin: ApolloServerPlugin<Context>;
  /** Forgets every answer. */
  clear(): void;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Header telling clients (and tests) whether the answer came from the cache. */
export const CACHE_HEADER = 'x-response-cache';

/**
 * Did a mutation write? Only a field other than __typename that answered something can have: an anonymous
 * `mutation { __typename }`, or one refused as UNAUTHENTICATED, leaves the cache alone (commits still clear it
 * through PostgreSQL's notification).
 */
function wrote(operation: OperationDefinitionNode, body: GraphQLResponse['body']): boolean {
  const data = body.kind === 'single' ? body.singleResult.data : null;
  if (!data) return false;
  return operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && s.name.value !== '__typename' && data[(s.alias ?? s.name).value] != null,
  );
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  // Bounded by bytes (each set() gives the answer's size), least recently used first out.
  const entries = new LRUCache<string, FormattedExecutionResult>({ maxSize: options.maxBytes ?? DEFAULT_MAX_BYTES });
  let generation = 0;
  let hits = 0;
  let misses = 0;
  let listener: DataChangeListener | null = null;

  const clear = () => {
    generation++;
    entries.clear();
  };

  const plugin: ApolloServerPlugin<Context> = {
    async serverWillStart() {
      const changed = () => (clear(), options.replicas?.changed());
      listener = listenForDataChanges(options.databaseUrl, { changed, listeningChanged: changed, log: options.log });
      // Serving starts with caching on when the database is up; if it is not, caching starts when it is.
      await listener.ready;
      return {
        async serverWillStop() {
          await listener?.close();
        },
      };
    },
    async requestDidStart({ request }) {
      const startedAt = generation;
      const anonymous = !request.http?.headers.get('authorization');
      let key: string | null = null;
      let hit = false;
      return {
        async responseForOperation({ operation, queryHash, operationName }): Promise<GraphQLResponse | null> {
          if (operation.operation !== 'query' || !anonymous || !listener?.listening) return null;
          key = `${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          const cached = entries.get(key);
          if (!cached) return null;
          hit = true;
          hits++;
          // A copy: later plugins add extensions to the answer they are given.
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: cached.data } } };
        },
        async willSendResponse({ response, operation, contextValue }) {
          if (operation && operation.operation !== 'query') {
            if (wrote(operation, response.body)) clear();
            return;
          }
          if (!key || response.body.kind !== 'single') return;
          response.http.headers.set(CACHE_HEADER, hit ? 'hit' : 'miss');
          if (hit) return;
          misses++;
          const result = response.body.singleResult;
          if (result.errors?.length || result.data == null || generation !== startedAt || !listener?.listening || !contextValue.source.current) return;
          const size = key.length + JSON.stringify(result.data).length;
          entries.set(key, { data: result.data }, { size });
        },
      };
    },
  };

  return {
    plugin,
    clear,
    stats: () => ({ entries: entries.size, bytes: entries.calculatedSize, hits, misses }),
  };
}
