import type { EntityManager } from '@mikro-orm/postgresql';
import { lookupCaller, type CallerLookup } from '../auth/caller';
import type { Orm } from '../db/orm';
import { createLoaders, type Loaders } from './loaders';
import { RESPONSE_TEXT_BUDGET, type ResponseBudget } from './response-budget';

/** What every resolver of one request shares. */
export interface Context {
  /** A fork of the ORM's EntityManager for this request alone: its identity map dies with the request. */
  em: EntityManager;
  loaders: Loaders;
  /** Who sent the request, from its Authorization header; looked up on first use (writes only). */
  caller: CallerLookup;
  /** Long text this answer carries so far (see response-budget.ts). */
  responseBudget: ResponseBudget;
}

export function createContext(orm: Orm, authorization?: string | null, textBudget = RESPONSE_TEXT_BUDGET): Context {
  const em = orm.em.fork() as EntityManager;
  return { em, loaders: createLoaders(em), caller: lookupCaller(em, authorization), responseBudget: { used: 0, limit: textBudget, exceeded: false } };
}
