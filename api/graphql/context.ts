import type { EntityManager } from '@mikro-orm/postgresql';
import { lookupCaller, type CallerLookup } from '../auth/caller';
import type { Orm } from '../db/orm';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of one request shares. */
export interface Context {
  /** A fork of the ORM's EntityManager for this request alone: its identity map dies with the request. */
  em: EntityManager;
  loaders: Loaders;
  /** Who sent the request, from its Authorization header; looked up on first use (writes only). */
  caller: CallerLookup;
}

export function createContext(orm: Orm, authorization?: string | null): Context {
  const em = orm.em.fork() as EntityManager;
  return { em, loaders: createLoaders(em), caller: lookupCaller(em, authorization) };
}
