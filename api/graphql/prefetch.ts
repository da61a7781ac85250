import type DataLoader from 'dataloader';
import type { Slogan, SloganMention } from '../db/entities';
import { nestedOf, nestInto, type Row } from '../read/rows';
import { loadAll } from './loaders';

// References the items of a list repeat (a hundred targets' forty directives, a page's 330 slogan mentions' 19
// slogans) are read through their loaders, each once (look-ahead.ts tells why they are not nested). Resolved
// item by item, each is a promise, and one promise below an item makes graphql-js wait on every item of the list
// through promises of its own (promiseForObject, microtasks): a tenth of such a list's CPU. Loaded for the whole
// list before the list is answered, by the same loader and in the same one statement, they are nested in each
// item (nestInto), where the resolvers take them (nestedOr): the list then resolves without a promise.

type Key = number | null | undefined;

/** Loads the rows of `keys` by `loader` in one batch, by key; what is missing is null. */
async function loadedByKey<V>(loader: DataLoader<number, V | null>, keys: Iterable<Key>): Promise<Map<number, V | null>> {
  const distinct = [...new Set(keys)].filter((k): k is number => k != null);
  const found = await loadAll(loader, distinct);
  return new Map(distinct.map((k, i) => [k, found[i]]));
}

/** Nests in each row the row its reference `relation` (held as `{ id }`) points to, read by `loader`. */
export async function prefetchReferences<V>(rows: readonly object[], relation: string, loader: DataLoader<number, V | null>): Promise<void> {
  const keyOf = (row: object): Key => (row as Record<string, { id: number } | null>)[relation]?.id;
  const loaded = await loadedByKey(loader, rows.map(keyOf));
  for (const row of rows) {
    const key = keyOf(row);
    nestInto(row, relation, key == null ? null : (loaded.get(key) ?? null));
  }
}

/** The slogans a directive's mentions use, each once, in order of first use: Directive.slogans. */
export function slogansOfMentions(mentions: readonly Row<SloganMention>[]): number[] {
  return [...new Set(mentions.map((m) => m.slogan.id))];
}

/** Nests in each directive whose read nested its slogan mentions its slogans (Directive.slogans), read by `loader`. */
export async function prefetchSlogans(directives: readonly object[], loader: DataLoader<number, Slogan | null>): Promise<void> {
  const ids = new Map<object, number[]>();
  for (const directive of directives) {
    const mentions = nestedOf<Row<SloganMention>[]>(directive, 'sloganMentions');
    if (mentions) ids.set(directive, slogansOfMentions(mentions));
  }
  const loaded = await loadedByKey(loader, [...ids.values()].flat());
  for (const [directive, slogans] of ids) {
    nestInto(directive, 'slogans', slogans.map((id) => loaded.get(id)).filter((s): s is Slogan => s != null));
  }
}
