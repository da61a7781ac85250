// Reading a reference file of seeds/ (provinces, districts): parsed, validated once per path and shared, since
// every caller reads the same frozen array. Errors name the file as the repository does.
import fs from 'node:fs';
import path from 'node:path';
import { shownPath } from '../repo-root';

/**
 * The records of `file`, validated by `validate` (which prefixes its errors with the label it is given),
 * from `cache` when this path was read before.
 */
export function loadReferenceFile<T>(file: string, cache: Map<string, T[]>, validate: (data: unknown, label: string) => T[]): T[] {
  const resolved = path.resolve(file);
  const cached = cache.get(resolved);
  if (cached) return cached;
  const label = shownPath(resolved);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(resolved, 'utf8'));
  } catch (err) {
    throw new Error(`${label}: cannot read: ${(err as Error).message}`);
  }
  const records = validate(data, label);
  cache.set(resolved, records);
  return records;
}
