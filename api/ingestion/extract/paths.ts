import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Compiled code runs from dist/api/..., sources from api/...: the repo root is the nearest folder
// holding package.json either way, so seeds/ is found without configuration.
let cachedRoot: string | null = null;

export function repoRoot(from: string = __dirname): string {
  if (from === __dirname && cachedRoot) return cachedRoot;
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) break;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}: cannot locate the repository root`);
    dir = parent;
  }
  if (from === __dirname) cachedRoot = dir;
  return dir;
}

export function seedsPath(...parts: string[]): string {
  return join(repoRoot(), 'seeds', ...parts);
}
