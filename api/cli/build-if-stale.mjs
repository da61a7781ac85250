// `npm start`, `npm run extract` and the other commands run the compiled code in dist/: this compiles the
// TypeScript (tsc -b tsconfig.build.json) unless dist/ was built from exactly the current inputs (the sources
// under api/ but its tests, the TypeScript configurations, the lock file). tsc -b finds that out itself, but
// loading the compiler to do so takes a second of every start; a content hash (stale-build.mjs) takes a few
// tens of milliseconds. Silent when nothing is built: `npm run extract` and `npm run export` keep their
// standard output for their result.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale, filesUnder } from './stale-build.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

buildIfStale({
  root,
  // The compiled sources, as tsconfig.build.json takes them: TypeScript and .mjs, tests left out.
  inputs: [
    ...filesUnder(path.join(root, 'api'), (name) => /\.(?:ts|mjs)$/.test(name) && !name.endsWith('.test.ts'), (dir) => dir === path.join(root, 'api/test')),
    ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((f) => path.join(root, f)),
  ],
  stamp: path.join(root, 'dist/.api-inputs-sha256'),
  output: path.join(root, 'dist/api/server/main.js'),
  // The compiler's messages go to standard error: standard output is the command's result.
  build: () => execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 2, 2] }),
});
