import path from 'node:path';
import type { EmbeddedDatabase } from '../db/embedded-postgres';
import { repoRoot } from '../repo-root';
import { exited, readLines, spawnTypeScript } from './child-process';

// A PostgreSQL of one test file's own (the shared one must stay up for the other files), run by
// startEmbeddedPostgres in a child process that keeps it until its standard input says stop (or closes,
// should the test die).

const CHILD = `
const [file, dataDir, port] = process.argv.slice(1);
const supervisor = (line) => { if (/^(PostgreSQL (exited|restarted)|restart attempt)/.test(line)) process.stdout.write(JSON.stringify({ log: line }) + '\\n'); };
require(file).startEmbeddedPostgres({ dataDir, port: Number(port), supervise: true, log: supervisor }).then((db) => {
  let stopping;
  const stop = () => (stopping ??= db.stop().then(() => process.exit(0)));
  process.stdin.on('data', stop).on('end', stop);
  process.stdout.write(JSON.stringify({ url: db.url }) + '\\n');
}, (error) => { console.error(error); process.exit(1); });
`;

/**
 * The embedded PostgreSQL on `dataDir` and `port` (initialised on first use), supervised: what its
 * supervisor logs (a crash, each restart) goes to `onSupervisorLog`.
 */
export async function startDedicatedPostgres(dataDir: string, port: number, onSupervisorLog: (line: string) => void = () => undefined): Promise<EmbeddedDatabase> {
  const child = spawnTypeScript(CHILD, [path.join(repoRoot(), 'api/db/embedded-postgres.ts'), dataDir, String(port)]);
  child.stderr.pipe(process.stderr);
  const url = await new Promise<string>((resolve, reject) => {
    readLines(child, (line) => {
      const message = JSON.parse(line) as { url?: string; log?: string };
      if (message.url) resolve(message.url);
      if (message.log) onSupervisorLog(message.log);
    });
    child.once('exit', (code) => reject(new Error(`the PostgreSQL child exited with code ${code}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.stdin.end('stop\n');
      await exited(child);
    },
  };
}
