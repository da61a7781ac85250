// `npm run release [-- --date YYYY-MM-DD] [--out DIR]`: writes releases/<date>/ (every export, the codebook,
// manifest.json) from the database `npm start` uses (or DATABASE_URL) and prints the manifest on standard
// output. Exit 0 on success, 2 on a usage error, 1 when writing failed (the folder is then removed).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LocalDate } from '../graphql/scalars';
import { provideDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { writeRelease } from '../export/release';
import { today } from '../text/dates';

const USAGE = 'usage: npm run release -- [--date YYYY-MM-DD] [--out DIR]   (default: releases/<date>, date: today, UTC)';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { date: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
    if (values.date) LocalDate.parseValue(values.date);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const date = values.date ?? today();
  const dir = path.resolve(values.out ?? path.join('releases', date));
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    console.error(`${dir} exists and is not empty: a release is never overwritten; remove it or give --out`);
    return 2;
  }
  const database = await provideDatabase();
  const orm = await openOrm(database.url);
  try {
    const manifest = await writeRelease(orm.em.fork(), dir, date);
    console.error(`release ${date}: ${manifest.files.length} files in ${path.relative(process.cwd(), dir) || '.'}`);
    console.log(JSON.stringify(manifest, null, 2));
    return 0;
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await orm.close();
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error('release failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
