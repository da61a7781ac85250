// MikroORM's migrator over the committed migrations (api/db/migrations/), loaded on first use: the migration
// machinery (@mikro-orm/migrations, umzug and what they require) costs some 70 ms of CPU to load, which a start
// with nothing to apply does without. Whether anything is pending is first asked of the database.
import fs from 'node:fs';
import path from 'node:path';
import type { MikroORM as AnyOrm } from '@mikro-orm/core';
import type { MikroORM, SqlEntityManager } from '@mikro-orm/postgresql';
import type * as MigrationsPackage from '@mikro-orm/migrations';
import type * as CommittedMigrations from './migrations';

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/** For the ORM's `extensions`: the migrator, its code and the migrations' loaded when it is first asked for. */
export const migratorOnFirstUse = {
  register(orm: AnyOrm): void {
    orm.config.registerExtension('@mikro-orm/migrator', () => {
      const { Migrator } = require('@mikro-orm/migrations') as typeof MigrationsPackage;
      const { migrations } = require('./migrations') as typeof CommittedMigrations;
      orm.config.set('migrations', { ...orm.config.get('migrations'), migrationsList: migrations });
      return new Migrator(orm.em as SqlEntityManager);
    });
  },
};

/**
 * True when every migration file of api/db/migrations has a row in MikroORM's table of executed migrations: two
 * short queries, no migrator. The folder is read rather than the list (migrations/index.ts, whose imports load the
 * machinery): every listed migration is a file of that folder, so none is missed; a file no longer listed (a build
 * leaves old files in dist/) only makes the answer false, and the migrator then finds nothing to do.
 */
export async function migrationsApplied(orm: MikroORM): Promise<boolean> {
  const files = fs.readdirSync(MIGRATIONS_DIR).flatMap((file) => /^(Migration[^.]*)\.[jt]s$/.exec(file)?.[1] ?? []);
  const connection = orm.em.getConnection();
  const table = orm.config.get('migrations').tableName!;
  // Asked first rather than caught: PostgreSQL would log the failed statement of every new database as an error.
  const [{ exists }]: { exists: boolean }[] = await connection.execute('select to_regclass(?) is not null as exists', [table]);
  if (!exists) return false;
  const applied = new Set((await connection.execute<{ name: string }[]>(`select name from ${table}`)).map((row) => row.name));
  return files.every((name) => applied.has(name));
}

/** Applies the pending migrations, if any. */
export async function applyMigrations(orm: MikroORM): Promise<void> {
  if (!(await migrationsApplied(orm))) await orm.migrator.up();
}

/** The names of the migrations not applied yet. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  if (await migrationsApplied(orm)) return [];
  return (await orm.migrator.getPendingMigrations()).map((migration) => migration.name);
}
