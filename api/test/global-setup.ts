import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres';

// One real PostgreSQL for the whole run: the embedded one in a throwaway folder, or the server of
// DATABASE_URL when it is set. Each test file then creates its own database on it (see harness.ts).
export default async function globalSetup(): Promise<void> {
  if (process.env.NO_DB === '1') return; // pure unit tests only
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'directives-test-'));
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg') });
  process.env.TEST_ADMIN_DATABASE_URL = db.url;
  (globalThis as { __testDatabase?: unknown }).__testDatabase = { db, dir };
}
