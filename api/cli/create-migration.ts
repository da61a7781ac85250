// Developer tool: `npm run migration:create -- name` diffs the entities against the schema the committed
// migrations build (on a throwaway embedded PostgreSQL) and writes the difference as a new migration.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { ormOptions } from '../db/orm';
import { repoRoot } from '../repo-root';

async function main(): Promise<void> {
  const name = process.argv[2];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'migration-'));
  const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg') });
  try {
    const orm = await MikroORM.init(ormOptions(db.url));
    const migrator = orm.migrator;
    await migrator.up();
    const created = await migrator.createMigration(undefined, false, false, name);
    if (!created.fileName) {
      console.log('No schema difference: no migration written.');
    } else {
      const dir = path.join(repoRoot(), 'api/db/migrations');
      const className = created.fileName.replace(/\.ts$/, '');
      const indexFile = path.join(dir, 'index.ts');
      let index = fs.readFileSync(indexFile, 'utf8');
      index = index.replace(/^(import type .*\n)/m, `$1import { ${className} } from './${className}';\n`);
      index = index.replace(/\];\s*$/, `  { name: '${className}', class: ${className} },\n];\n`);
      fs.writeFileSync(indexFile, index);
      console.log(`Wrote api/db/migrations/${created.fileName} and listed it in api/db/migrations/index.ts`);
    }
    await orm.close();
  } finally {
    await db.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
