import path from 'node:path';
import { repoRoot } from '../repo-root';
import { exited, readLines, spawnTypeScript } from './child-process';

// The real server as `npm start` runs it (api/server/main.ts: migrations, reference data, seed corpus, then
// HTTP), in a process of its own: what several API instances behind a load balancer are.

export interface ServerProcess {
  url: string;
  /** What it printed, standard output and errors interleaved. */
  log: string[];
  /** SIGTERM, as an orchestrator stops an instance; resolves once it has exited. */
  stop(): Promise<void>;
}

/** Starts api/server/main.ts with `env` added to ours; resolves once it serves on its PORT. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  // NODE_ENV as `npm start` leaves it (Jest sets it to 'test').
  const { NODE_ENV: _jest, ...inherited } = process.env;
  const child = spawnTypeScript(`require(process.argv[1]);`, [path.join(repoRoot(), 'api/server/main.ts')], { ...inherited, ...env });
  const log: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => log.push(...chunk.toString().trimEnd().split('\n')));
  const url = await new Promise<string>((resolve, reject) => {
    readLines(child, (line) => {
      log.push(line);
      const ready = /GraphQL API ready at (http:\/\/\S+)\/graphql/.exec(line);
      if (ready) resolve(ready[1].replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code}:\n${log.slice(-30).join('\n')}`)));
  });
  return {
    url,
    log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited(child);
    },
  };
}
