import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';

// The read path's lookups by key are prepared (statement.ts says which statements are): PostgreSQL parses and
// plans a named statement once on a connection, then only binds and runs it. A directive by number took 0.46 ms a
// round trip unnamed, 0.19 ms named, most of the difference its planning (PostGraphile's adaptor prepares its
// statements too). A connection keeps at most MAX_PER_CONNECTION of them, the least recently used deallocated
// first; the read path's texts are a few dozen shapes (a list of keys is one array parameter, never a placeholder
// per key).

const MAX_PER_CONNECTION = 100;

/** The same text has the same name on every connection: each prepares it on first use. */
export function statementName(text: string): string {
  return `read_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
}

/** pg's record, on its connection, of the statements it has prepared there (name to text). */
interface PgConnection {
  connection?: { parsedStatements?: Record<string, string> };
}

/** The names used on each connection, least recently used first. */
const usedOn = new WeakMap<ClientBase, Map<string, true>>();

/**
 * Notes that `name` runs next on `client`; past the bound, deallocates the statement used least recently there.
 * The client is the caller's alone until its statement ends, so the deallocation runs before any other statement
 * and pg parses the name again should it come back.
 */
export function usePrepared(client: ClientBase, name: string, max = MAX_PER_CONNECTION): void {
  let names = usedOn.get(client);
  if (!names) usedOn.set(client, (names = new Map()));
  const known = names.delete(name);
  names.set(name, true);
  if (known || names.size <= max) return;
  const oldest = names.keys().next().value as string;
  names.delete(oldest);
  const parsed = (client as unknown as PgConnection).connection?.parsedStatements;
  // A statement whose parse failed was never prepared.
  if (!parsed || parsed[oldest] === undefined) return;
  delete parsed[oldest];
  // Its failure (a connection that broke) fails the statement queued after it, which the caller reports.
  client.query(`deallocate "${oldest}"`).catch(() => undefined);
}
