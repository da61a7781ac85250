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
  /**
   * The ORM's EntityManager of the database this request uses, unforked, for the read path's plain statements
   * (api/read/: its pool, mapping and platform). Plain reads use no identity map, so none is made for them; an
   * ORM find on it throws (allowGlobalContext: false), so it cannot share entities between requests by mistake.
   */
  reads: EntityManager;
  /** A fork of that EntityManager for this request alone, for the ORM's finds and writes: its identity map dies with the request. */
  em: EntityManager;
  loaders: Loaders;
  /** Who sent the request, from its Authorization header; looked up on the primary on first use. */
  caller: CallerLookup;
  /** Long text this answer carries so far (see response-budget.ts). */
  responseBudget: ResponseBudget;
  /** Where `reads` and `em` read: a replica, or the primary. */
  source: ReadSource;
  /** Moves the request to the primary: done for a mutation before any resolver runs. */
  usePrimary(): void;
}

/**
 * A request's context. The fork and the loaders are made on first use: a read by number uses two loaders of
 * twenty and no fork, and making them all cost more than its one statement. Members live on the prototype,
 * since Apollo Server runs the request with a shallow copy of the object made here (Object.assign onto
 * Object.create of its prototype), which would call getters of its own.
 */
class RequestContext implements Context {
  reads: EntityManager;
  caller: CallerLookup;
  responseBudget: ResponseBudget;
  source: ReadSource;
  /** What `em` and `loaders` hold once made. */
  made: { em?: EntityManager; loaders?: Loaders };

  constructor(
    private readonly primary: Orm,
    source: ReadSource,
    caller: CallerLookup,
    textBudget: number,
  ) {
    this.source = source;
    this.reads = source.orm.em as EntityManager;
    this.caller = caller;
    this.responseBudget = { used: 0, limit: textBudget, exceeded: false };
    this.made = {};
  }

  get em(): EntityManager {
    return (this.made.em ??= this.source.orm.em.fork() as EntityManager);
  }

  get loaders(): Loaders {
    return (this.made.loaders ??= createLoaders(this.reads));
  }

  usePrimary(): void {
    if (this.source.orm === this.primary) return;
    this.source = { orm: this.primary, name: 'primary', current: true };
    this.reads = this.primary.em as EntityManager;
    this.made = {};
  }
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
  return new RequestContext(orm, source, caller, textBudget);
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
