// `npm start`, `npm run extract` and the other commands run the compiled code in dist/: this compiles the
// TypeScript (tsc -b tsconfig.build.json) unless dist/ was built from exactly the current inputs (the sources
// under api/ but its tests, the TypeScript configurations, the lock file). tsc -b finds that out itself, but
// loading the compiler to do so takes a second of every start; a content hash takes a few tens of
// milliseconds. A content hash, not file times: a checkout that changed nothing is no reason to rebuild.
// Plain JavaScript, so that it runs before anything is compiled.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = path.join(root, 'dist');
const stamp = path.join(out, '.api-inputs-sha256');

/**
 * The compiled sources under `dir`, as tsconfig.build.json takes them: TypeScript and .mjs, tests left out.
 * @param {string} dir
 * @returns {string[]}
 */
function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || full === path.join(root, 'api/test') ? [] : sources(full);
    return /\.(?:ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const inputs = [...sources(path.join(root, 'api')), ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((f) => path.join(root, f))].sort();
const hash = createHash('sha256');
for (const file of inputs) hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
const digest = hash.digest('hex');

if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === digest && fs.existsSync(path.join(out, 'api/server/main.js'))) {
  // Silent: `npm run extract` and `npm run export` keep their standard output for their result.
} else {
  // The compiler's messages go to standard error: standard output is the command's result.
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 2, 2] });
  fs.writeFileSync(stamp, `${digest}\n`);
}
