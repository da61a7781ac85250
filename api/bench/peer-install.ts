import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../repo-root';

// PostGraphile, the benchmark's peer, is installed apart from the project (api/bench/peer/, its own
// package.json and lock): every PostGraphile 5 package asks for Node 22 or later, and the project's own
// `npm ci` must stay clean on Node 20. `npm run bench` installs it on first use, from the lock, and again only
// when the lock changed.

const folder = () => path.join(repoRoot(), 'api', 'bench', 'peer');

/** Installs the peer when its lock is newer than what is installed; npm's output goes to standard error. */
export function ensurePeerInstalled(log: (line: string) => void): void {
  const lock = path.join(folder(), 'package-lock.json');
  const installed = path.join(folder(), 'node_modules', '.package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  log('installing PostGraphile for the peer (api/bench/peer, npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder(), stdio: ['ignore', process.stderr, process.stderr] });
}

/** `require` from the peer's own install. */
export const peerRequire = (id: string): unknown => createRequire(path.join(folder(), 'package.json'))(id);
