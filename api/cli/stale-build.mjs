// What the two build steps share (build-steps.mjs: the TypeScript, the pages): build only when the inputs
// changed, by a content hash of them kept beside the output. A content hash, not file times: a fresh clone, a
// checkout or a touched file that did not change is not a reason to rebuild.
// Plain JavaScript, so that it runs before anything is compiled.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The files under `dir` that `keep` takes, node_modules and the folders `skip` names left out.
 * @param {string} dir
 * @param {(name: string) => boolean} keep
 * @param {(dir: string) => boolean} skip
 * @returns {string[]}
 */
export function filesUnder(dir, keep = () => true, skip = () => false) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || skip(full) ? [] : filesUnder(full, keep, skip);
    return keep(entry.name) ? [full] : [];
  });
}

/**
 * Runs `build` unless `stamp` holds the digest of `inputs` (and `salt`, what else the output depends on) and
 * `output` exists; writes the digest after a build that succeeded. Returns whether it built.
 * @param {{ root: string, inputs: string[], salt?: string, stamp: string, output: string, build: () => void }} step
 * @returns {boolean}
 */
export function buildIfStale({ root, inputs, salt = '', stamp, output, build }) {
  const hash = createHash('sha256');
  hash.update(salt);
  for (const file of [...inputs].sort()) hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
  const digest = hash.digest('hex');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === digest && fs.existsSync(output)) return false;
  build();
  fs.writeFileSync(stamp, `${digest}\n`);
  return true;
}
