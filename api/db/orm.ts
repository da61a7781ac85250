import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import path from 'node:path';
import { entities } from './entities';
import { migrations } from './migrations';
import { countStatement } from './statement-counter';
import { repoRoot } from '../repo-root';

export type Orm = MikroORM;

/** The ORM configuration for a database URL. Schema changes go through committed migrations only. */
export function ormOptions(clientUrl: string): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    // Entities declare every column type, so discovery needs no TypeScript metadata at run time.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      migrationsList: migrations,
      pathTs: path.join(repoRoot(), 'api/db/migrations'),
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    pool: { min: 1, max: 10 },
    // Every statement is counted so that tests and benchmarks can show queries per request.
    driverOptions: {},
    allowGlobalContext: false,
    forceUtcTimezone: true,
  };
}

/** Connects and applies pending migrations. */
export async function openOrm(clientUrl: string): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(clientUrl));
  orm.em.getConnection().getKnex().on('query', countStatement);
  await orm.getMigrator().up();
  return orm;
}
