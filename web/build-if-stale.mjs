// `npm run build:web`: type-checks the pages and bundles them with Vite into dist/web, unless what is there was
// built from exactly the current inputs (the sources under web/, the Vite and TypeScript configurations, the
// lock file), by the content hash of api/cli/stale-build.mjs. `npm start` runs it on every start; a warm start
// skips it in milliseconds.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale, filesUnder } from '../api/cli/stale-build.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = path.join(root, 'dist/web');

const built = buildIfStale({
  root,
  inputs: [...filesUnder(path.join(root, 'web')), path.join(root, 'package-lock.json')],
  // The Node mode matters too: NODE_ENV decides which React build Vite bundles.
  salt: `NODE_ENV=${process.env.NODE_ENV ?? ''}\n`,
  stamp: path.join(out, '.inputs-sha256'),
  output: path.join(out, 'index.html'),
  build: () => {
    const bin = (name) => path.join(root, 'node_modules/.bin', name);
    const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
    run(bin('tsc'), ['-p', 'web/tsconfig.json']);
    run(bin('tsc'), ['-p', 'web/tsconfig.node.json']);
    run(bin('vite'), ['build', '--config', 'web/vite.config.mts']);
  },
});
if (!built) console.error('web pages up to date (dist/web)');
