import fs from 'node:fs';
import path from 'node:path';

let root: string | undefined;

/** The folder holding package.json: the same answer from api/ under ts-jest and from dist/api/ when built. */
export function repoRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (no package.json above ' + __dirname + ')');
    dir = parent;
  }
  return (root = dir);
}
