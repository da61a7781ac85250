import type { Province } from '../../db/entities';
import { knownCodes } from '../../read/codes';
import { clientError } from '../errors';
import { loadAll, type Loaders } from '../loaders';

/**
 * The provinces of `codes` (trimmed, upper-cased, each once), in the order asked. An unknown code is
 * BAD_USER_INPUT; a failed lookup is the database's failure (loadAll), never an unknown code.
 */
export async function knownProvinces(loaders: Loaders, codes: readonly string[]): Promise<Province[]> {
  const wanted = distinctCodes(codes);
  const found = await loadAll(loaders.provinceByCode, wanted);
  const missing = wanted.filter((_, i) => found[i] === null);
  if (missing.length) throw clientError('BAD_USER_INPUT', `unknown province code(s): ${missing.join(', ')}`);
  return found as Province[];
}

/** ISO codes as asked, normalised (" vn-13" and "VN-13" are one province) and known, or BAD_USER_INPUT. */
export function distinctCodes(codes: readonly string[]): string[] {
  return knownCodes('province', codes);
}
