import { clientError } from '../errors';

// Keyset cursors: a cursor carries the sort key of the last row seen, so the next page is one index
// range scan, whatever the depth, and rows inserted meanwhile do not shift pages.
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, check: (key: unknown[]) => boolean): unknown[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || !check(key)) throw clientError('BAD_USER_INPUT', `"${cursor}" is not a cursor of this list`);
  return key;
}
