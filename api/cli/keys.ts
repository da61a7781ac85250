// `npm run keys -- create "Name" --role editor|reader`, `npm run keys -- list`, `npm run keys -- revoke ID`.
// The key is printed once, by `create`, and stored only as a hash: lose it and create another.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createApiKey, isRole, listApiKeys, revokeApiKey } from '../auth/keys';
import { provideDatabase } from '../db/database';
import { openOrm } from '../db/orm';

const USAGE = [
  'usage: npm run keys -- create "Name" --role editor|reader',
  '       npm run keys -- list',
  '       npm run keys -- revoke ID',
].join('\n');

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const day = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');

/** Runs one keys command; returns the exit status. Exported so tests can run it in-process. */
export async function keysCommand(em: EntityManager, args: string[], io: Output): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'create') {
    const roleAt = rest.indexOf('--role');
    const role = roleAt >= 0 ? rest[roleAt + 1] : undefined;
    const names = rest.filter((_, i) => roleAt < 0 || (i !== roleAt && i !== roleAt + 1));
    if (names.length !== 1 || !role) {
      io.err(USAGE);
      return 2;
    }
    if (!isRole(role)) {
      io.err(`unknown role "${role}": use editor (may ingest and correct) or reader`);
      return 2;
    }
    const { key, secret } = await createApiKey(em, names[0], role);
    io.out(`Created key #${key.id} "${key.name}" (${key.role}). Copy it now: it is not stored and will not be shown again.`);
    io.out(secret);
    return 0;
  }
  if (command === 'list' && rest.length === 0) {
    const keys = await listApiKeys(em);
    if (keys.length === 0) io.out('No keys yet: npm run keys -- create "Name" --role editor');
    for (const k of keys) {
      io.out(`#${k.id}\t${k.role}\t${k.revokedAt ? `revoked ${day(k.revokedAt)}` : 'active'}\tcreated ${day(k.createdAt)}\t${k.name}`);
    }
    return 0;
  }
  if (command === 'revoke' && rest.length === 1 && /^\d{1,9}$/.test(rest[0])) {
    const key = await revokeApiKey(em, Number(rest[0]));
    if (!key) {
      io.err(`there is no key #${rest[0]}: see npm run keys -- list`);
      return 1;
    }
    io.out(`Key #${key.id} "${key.name}" is revoked (since ${day(key.revokedAt!)}); requests with it are refused.`);
    return 0;
  }
  io.err(USAGE);
  return 2;
}

async function main(args: string[]): Promise<number> {
  if (args.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const database = await provideDatabase();
  const orm = await openOrm(database.url);
  try {
    return await keysCommand(orm.em, args, { out: (line) => console.log(line), err: (line) => console.error(line) });
  } finally {
    await orm.close();
    await database.stop();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error('keys failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
