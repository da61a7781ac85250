// `npm run export -- targets|measures [--format csv|json] [filters] [--output FILE]`: one row per fact for
// researchers, through the same query and writers as GET /export/*. Exit 0 on success, 2 on a usage error,
// 1 when the export failed (and then no output file is left behind).
import 'reflect-metadata';
import fs from 'node:fs';
import { provideDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { USAGE, UsageError, parseCommand, prepareExport } from '../export/command';
import { clientErrorOf } from '../errors';

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError || clientErrorOf(error))) throw error;
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (command.help) {
    console.log(USAGE);
    return 0;
  }

  const database = await provideDatabase();
  const orm = await openOrm(database.url);
  let file: fs.WriteStream | null = null;
  try {
    const write = prepareExport(orm.em.fork(), command.request, command.format);
    // Written beside the target and renamed at the end: a failed export never leaves a truncated file that looks whole.
    if (command.output) file = fs.createWriteStream(`${command.output}.partial`);
    await write(file ?? process.stdout);
    if (file) fs.renameSync(file.path, command.output!);
    return 0;
  } catch (error) {
    if (file) await removeFile(file);
    // A mistake in the filter (a window the wrong way round, an unknown province): usage, exit 2.
    const refused = clientErrorOf(error);
    if (refused) {
      console.error(`${refused.message}\n\n${USAGE}`);
      return 2;
    }
    // A reader that stopped early (`| head`) is not a failure of the export.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    throw error;
  } finally {
    await orm.close();
    await database.stop();
  }
}

/** Removes a partly written file once its stream has closed (it may still be opening). */
async function removeFile(file: fs.WriteStream): Promise<void> {
  if (!file.closed) await new Promise<void>((resolve) => file.destroy().once('close', () => resolve()));
  fs.rmSync(file.path, { force: true });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error('export failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
