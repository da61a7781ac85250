import { clientError } from '../errors';

/** The GraphQL types that can be fetched with node(id). */
export const NODE_TYPES = [
  'Province',
  'Issuer',
  'Directive',
  'Rendition',
  'Clause',
  'Measure',
  'Target',
  'Slogan',
  'SloganMention',
  'Agency',
  'AgencyMention',
  'Reference',
] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

export const ID_DESCRIPTION = 'Global, opaque and stable id: pass it to `node(id:)` to fetch this object again.';

// Global ids are opaque to clients ("Directive:3" in base64url) but stable: they can be bookmarked
// and cited, and they survive restarts because they carry the database key.
export function toGlobalId(type: NodeTypeName, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: NodeTypeName; key: string } {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon) as NodeTypeName;
  const key = decoded.slice(colon + 1);
  if (colon < 1 || !NODE_TYPES.includes(type) || key === '' || toGlobalId(type, key) !== id) {
    throw clientError('BAD_USER_INPUT', `"${id}" is not a valid id`);
  }
  return { type, key };
}

/** The integer key of a global id of the expected type. */
export function numericKey(id: string, expected: NodeTypeName): number {
  const { type, key } = fromGlobalId(id);
  if (type !== expected || !/^\d{1,9}$/.test(key)) throw clientError('BAD_USER_INPUT', `"${id}" is not the id of a ${expected}`);
  return Number(key);
}
