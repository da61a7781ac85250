// `npm run build:web`: type-checks the pages and bundles them with Vite into dist/web, unless what is there was
// built from exactly the current inputs (the sources under web/, the Vite and TypeScript configurations, the
// lock file). A content hash, not file times: a fresh clone, a checkout or a touched file that did not change
// is not a reason to rebuild. `npm start` runs it on every start; a warm start skips it in milliseconds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = path.join(root, 'dist/web');
const stamp = path.join(out, '.inputs-sha256');

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(full);
    return [full];
  });
}

const inputs = [...files(path.join(root, 'web')), path.join(root, 'package-lock.json')].sort();
const hash = createHash('sha256');
// The Node mode matters too: NODE_ENV decides which React build Vite bundles.
hash.update(`NODE_ENV=${process.env.NODE_ENV ?? ''}\n`);
for (const file of inputs) hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
const digest = hash.digest('hex');

if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === digest && fs.existsSync(path.join(out, 'index.html'))) {
  console.error('web pages up to date (dist/web)');
} else {
  const bin = (name) => path.join(root, 'node_modules/.bin', name);
  const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  run(bin('tsc'), ['-p', 'web/tsconfig.json']);
  run(bin('tsc'), ['-p', 'web/tsconfig.node.json']);
  run(bin('vite'), ['build', '--config', 'web/vite.config.mts']);
  fs.writeFileSync(stamp, `${digest}\n`);
}
