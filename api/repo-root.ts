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

/** A file as messages name it: repo-relative when inside the repository, so they read the same on every machine. */
export function shownPath(file: string): string {
  const rel = path.relative(repoRoot(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
