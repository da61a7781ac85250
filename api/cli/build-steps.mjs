// What `npm start` and the other commands build before they run, each step only when its inputs changed (by
// the content hash of stale-build.mjs): the TypeScript into dist/api, the pages into dist/web. A warm start
// decides both in a few tens of milliseconds and loads no compiler.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale, filesUnder } from './stale-build.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** @param {string} name */
const bin = (name) => path.join(root, 'node_modules/.bin', name);
/** @param {string} command @param {string[]} args @param {import('node:child_process').StdioOptions} stdio */
const run = (command, args, stdio) => execFileSync(command, args, { cwd: root, stdio });

/**
 * Compiles the TypeScript (tsc -b tsconfig.build.json) unless dist/ was built from exactly the current inputs:
 * the sources under api/ but its tests, the TypeScript configurations, the lock file. tsc -b finds that out
 * itself, but loading the compiler to do so takes a second. Silent when nothing is built.
 * @returns {boolean} whether it built
 */
export function buildApiIfStale() {
  return buildIfStale({
    root,
    // The compiled sources, as tsconfig.build.json takes them: TypeScript and .mjs, tests left out.
    inputs: [
      ...filesUnder(path.join(root, 'api'), (name) => /\.(?:ts|mjs)$/.test(name) && !name.endsWith('.test.ts'), (dir) => dir === path.join(root, 'api/test')),
      ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((f) => path.join(root, f)),
    ],
    stamp: path.join(root, 'dist/.api-inputs-sha256'),
    output: path.join(root, 'dist/api/server/main.js'),
    // The compiler's messages go to standard error: standard output is the command's result (`npm run extract`
    // and `npm run export` print JSON and CSV there).
    build: () => run(bin('tsc'), ['-b', 'tsconfig.build.json'], ['ignore', 2, 2]),
  });
}

/**
 * Type-checks the pages and bundles them with Vite into dist/web, unless what is there was built from exactly
 * the current inputs: the sources under web/, the Vite and TypeScript configurations there, the lock file and
 * this step itself.
 * @returns {boolean} whether it built
 */
export function buildWebIfStale() {
  const out = path.join(root, 'dist/web');
  const built = buildIfStale({
    root,
    inputs: [...filesUnder(path.join(root, 'web')), path.join(root, 'package-lock.json'), fileURLToPath(import.meta.url)],
    // The Node mode matters too: NODE_ENV decides which React build Vite bundles.
    salt: `NODE_ENV=${process.env.NODE_ENV ?? ''}\n`,
    stamp: path.join(out, '.inputs-sha256'),
    output: path.join(out, 'index.html'),
    build: () => {
      run(bin('tsc'), ['-p', 'web/tsconfig.json'], 'inherit');
      run(bin('tsc'), ['-p', 'web/tsconfig.node.json'], 'inherit');
      run(bin('vite'), ['build', '--config', 'web/vite.config.mts'], 'inherit');
    },
  });
  if (!built) console.error('web pages up to date (dist/web)');
  return built;
}
