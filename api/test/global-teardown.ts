import fs from 'node:fs';
import type { EmbeddedDatabase } from '../db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __testDatabase?: { db: EmbeddedDatabase; dir: string } }).__testDatabase;
  if (!started) return;
  await started.db.stop();
  fs.rmSync(started.dir, { recursive: true, force: true });
}
