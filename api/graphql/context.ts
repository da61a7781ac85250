import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lookupCaller, type CallerLookup } from '../auth/caller';
import { recordWrite } from '../auth/keys';
import type { Orm } from '../db/orm';
import { parseLsn, type ReadReplicas, type ReadSource } from '../db/replicas';
import { createLoaders, type Loaders } from './loaders';
import { RESPONSE_TEXT_BUDGET, type ResponseBudget } from './response-budget';

/** What every resolver of one request shares. */
export interface Context {
  /** A fork of the EntityManager of the database this request uses, for it alone: its identity map dies with the request. */
  em: EntityManager;
  loaders: Loaders;
  /** Who sent the request, from its Authorization header; looked up on the primary on first use. */
  caller: CallerLookup;
  /** Long text this answer carries so far (see response-budget.ts). */
  responseBudget: ResponseBudget;
  /** Where `em` reads: a replica, or the primary. */
  source: ReadSource;
  /** Moves the request to the primary: done for a mutation before any resolver runs. */
  usePrimary(): void;
}

/**
 * A request reads from a replica when there are replicas (api/db/replicas.ts), from the primary otherwise.
 * Read-your-writes: a key that wrote reads only from a replica that has replayed its last write.
 */
export async function createContext(
  orm: Orm,
  authorization?: string | null,
  textBudget = RESPONSE_TEXT_BUDGET,
  replicas: ReadReplicas | null = null,
): Promise<Context> {
  // The lookup forks its own EntityManager, and only for a request that sends a key: none per anonymous read.
  const caller = lookupCaller(orm.em as EntityManager, authorization);
  let source: ReadSource = { orm, name: 'primary', current: true };
  if (replicas?.count) {
    // A primary that cannot be asked leaves the read to a replica; a write would fail on its own.
    const lsn = authorization ? (await caller().catch(() => null))?.caller?.lastWriteLsn : null;
    source = replicas.reader(lsn ? parseLsn(lsn) : null);
  }
  const on = (where: ReadSource) => {
    const em = where.orm.em.fork() as EntityManager;
    return { em, loaders: createLoaders(em), source: where };
  };
  return {
    ...on(source),
    caller,
    responseBudget: { used: 0, limit: textBudget, exceeded: false },
    // `this`, not a closure: Apollo Server runs the request with a shallow copy of the object returned here.
    usePrimary(this: Context) {
      if (this.source.orm !== orm) Object.assign(this, on({ orm, name: 'primary', current: true }));
    },
  };
}

/**
 * Mutations run on the primary; after one, the key's position is recorded before the answer leaves, so that
 * its next read, through any instance, finds what it wrote.
 */
export function readRoutingPlugin(orm: Orm, replicas: ReadReplicas | null): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation') contextValue.usePrimary();
        },
        async willSendResponse({ operation, contextValue }) {
          if (!replicas?.count || operation?.operation !== 'mutation') return;
          const auth = await contextValue.caller().catch(() => null);
          // A primary that fails here failed the mutation too: nothing was written to record.
          if (auth?.caller) await recordWrite(orm.em.fork() as EntityManager, auth.caller.keyId).catch(() => undefined);
        },
      };
    },
  };
}
