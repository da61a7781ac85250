import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../db/orm';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver of one request shares. */
export interface Context {
  /** A fork of the ORM's EntityManager for this request alone: its identity map dies with the request. */
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(orm: Orm): Context {
  const em = orm.em.fork() as EntityManager;
  return { em, loaders: createLoaders(em) };
}
