import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Agency,
  AgencyMention,
  Clause,
  Directive,
  Issuer,
  Measure,
  Province,
  Reference,
  Rendition,
  SourceFile,
  Slogan,
  SharedPassage,
  SloganMention,
  Target,
} from '../db/entities';
import { createProvincePageLoader } from './directive/directive-page';
import { periodsInForce, type InForce } from '../in-force/periods';
import { timingsAround } from '../in-force/timings-query';
import { childOrder, nestedOf, readRows } from '../read/rows';
import { execute } from '../read/statement';
import { CHILDREN, type Children } from '../read/relations';

// Every relation in the schema is resolved through one of these loaders. A loader collects the keys
// asked for during one tick of the event loop and fetches them with a single statement (`= any(?)`, the keys
// as one array, so that its text is the same for any number of keys and prepared once), so a page of 50
// directives with their renditions and clauses costs the same few statements as a page of 1.
//
// Loaders are created per request, each on its first use: their caches never leak data between requests,
// and what one request loaded is not stale for the next. They read plain rows (api/read/rows.ts), never
// entities: nothing a query reads enters a unit of work, so they need no EntityManager of their own.

/** The column of a property, for the WHERE of a plain read. */
function columnOf(em: EntityManager, entity: new () => object, property: string): string {
  return em.getMetadata().get(entity.name).properties[property].fieldNames[0];
}

/** Loads rows by key (the primary key unless told), `only` some properties when given; a missing key gives null. */
function byKey<E extends object, K extends string | number>(
  em: EntityManager,
  entity: new () => E,
  keyOf: (e: E) => K,
  keyField = 'id',
  without: readonly string[] = [],
  only?: readonly string[],
): DataLoader<K, E | null> {
  return new DataLoader<K, E | null>(async (keys) => {
    const column = columnOf(em, entity, keyField);
    const rows = await readRows(em, entity, `t."${column}" = any(?)`, [[...keys]], `t."${column}"`, { without, only, byKey: true });
    const found = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

const byId = <E extends { id: number }>(em: EntityManager, entity: new () => E, without: readonly string[] = []) => byKey(em, entity, (e) => e.id, 'id', without);

/** Loads, for each holder's key, the list of its children (relations.ts: their order, the columns they leave out). */
function childrenOf<E extends object>(em: EntityManager, children: Children): DataLoader<number, E[]> {
  return new DataLoader<number, E[]>(async (parentKeys) => {
    const column = columnOf(em, children.entity, children.parent);
    const rows = await readRows(em, children.entity as new () => E, `t."${column}" = any(?)`, [[...parentKeys]], childOrder(em, children), {
      without: children.without,
      byKey: true,
    });
    const groups = new Map<number, E[]>(parentKeys.map((k) => [k, []]));
    for (const row of rows) groups.get((row as Record<string, { id: number }>)[children.parent].id)?.push(row);
    return parentKeys.map((k) => groups.get(k) ?? []);
  });
}

/** A rendition's text, read only when asked for: the lists of renditions leave it out. */
function renditionTexts(em: EntityManager): DataLoader<number, string | null> {
  return new DataLoader<number, string | null>(async (ids) => {
    const rows = await execute<{ id: number; text: string }[]>(em, `select id, text from rendition where id = any(?)`, [[...ids]], { prepared: true });
    const found = new Map(rows.map((r) => [r.id, r.text]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A measure's agencies come through the measure_agency pivot: one query for all measures asked. */
function agenciesOfMeasures(em: EntityManager): DataLoader<number, Agency[]> {
  return new DataLoader<number, Agency[]>(async (measureIds) => {
    const pairs = await execute<{ measure_id: number; agency_id: number }[]>(
      em,
      `select measure_id, agency_id from measure_agency where measure_id = any(?) order by agency_id`,
      [[...measureIds]],
      { prepared: true },
    );
    const agencyIds = [...new Set(pairs.map((p) => p.agency_id))];
    const agencies = agencyIds.length === 0 ? [] : await readRows(em, Agency, 't.id = any(?)', [agencyIds], 't.id', { byKey: true });
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const byMeasure = new Map<number, Agency[]>(measureIds.map((id) => [id, []]));
    for (const p of pairs) byMeasure.get(p.measure_id)?.push(byId.get(p.agency_id)!);
    return measureIds.map((id) => byMeasure.get(id) ?? []);
  });
}

/** When facts ("TARGET:12", "MEASURE:7") are in force: one statement reads them and whatever may replace them. */
function periodsOfFacts(em: EntityManager): DataLoader<string, InForce> {
  return new DataLoader<string, InForce>(async (keys) => {
    const facts = keys.map((k) => {
      const [kind, id] = k.split(':');
      return { kind: kind as 'TARGET' | 'MEASURE', id: Number(id) };
    });
    const periods = periodsInForce(await timingsAround(em, facts));
    return keys.map((k) => periods.get(k) ?? new Error(`no fact ${k}`));
  });
}

/**
 * loadMany for our loaders: DataLoader puts a failed batch's error in place of each value, where a careless
 * `instanceof` check would read a database failure as "not found" (and answer "unknown province"). The
 * first error is thrown instead, so that it reaches the client as DATABASE_UNAVAILABLE; what was not found
 * stays null.
 */
export async function loadAll<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<(V | null)[]> {
  const loaded = await loader.loadMany(keys);
  const failed = loaded.find((value): value is Error => value instanceof Error);
  if (failed) throw failed;
  return loaded as (V | null)[];
}

/** A relation its holder's read nested (look-ahead.ts), or else loaded: resolvers of relations take both paths. */
export function nestedOr<T>(row: object, relation: string, load: () => T | Promise<T>): T | Promise<T> {
  const nested = nestedOf<T>(row, relation);
  return nested !== undefined ? nested : load();
}

/**
 * The row a reference held by another row points to, which its foreign key guarantees: the loader's own promise,
 * without an async wrapper per item of a list (a hundred targets' directives).
 */
export function referenced<V>(loader: DataLoader<number, V | null>, key: number): Promise<V> {
  return loader.load(key) as Promise<V>;
}

/** loadAll, keeping only what was found. */
export async function loadFound<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  return (await loadAll(loader, keys)).filter((value): value is V => value !== null);
}

/**
 * An object whose members are made on first use and then kept: a request uses a few of its loaders, and
 * making every one of them for each request cost more than a read by number's one statement.
 */
function madeOnUse<M extends Record<string, (em: EntityManager) => unknown>>(makers: M): (em: EntityManager) => { readonly [K in keyof M]: ReturnType<M[K]> } {
  class Members {
    constructor(readonly em: EntityManager) {}
  }
  for (const [name, make] of Object.entries(makers)) {
    Object.defineProperty(Members.prototype, name, {
      get(this: Members) {
        const value = make(this.em);
        Object.defineProperty(this, name, { value });
        return value;
      },
    });
  }
  return (em) => new Members(em) as unknown as { readonly [K in keyof M]: ReturnType<M[K]> };
}

/** Objects with integer keys, by GraphQL type name (node(id:) uses this). */
const byIdLoaders = madeOnUse({
  Issuer: (em) => byId(em, Issuer),
  Directive: (em) => byId(em, Directive),
  Rendition: (em) => byId(em, Rendition, CHILDREN.Directive.renditions.without),
  Clause: (em) => byId(em, Clause),
  Measure: (em) => byId(em, Measure),
  Target: (em) => byId(em, Target),
  Slogan: (em) => byId(em, Slogan),
  SloganMention: (em) => byId(em, SloganMention),
  Agency: (em) => byId(em, Agency),
  AgencyMention: (em) => byId(em, AgencyMention),
  Reference: (em) => byId(em, Reference),
});

/**
 * Loaders by id that read `only` some properties (ReadOptions.only), one per entity and set of properties: for the
 * references of a list whose fields the look-ahead knows. A hundred targets' directives, asked for their number and
 * date, were read whole, subject, recipients and reasons for missing values: 0.85 ms a round trip against 0.15.
 * Kept apart from byId, whose rows are whole for whoever asks.
 */
function partialById(em: EntityManager): <E extends { id: number }>(entity: new () => E, only: readonly string[]) => DataLoader<number, E | null> {
  const made = new Map<string, DataLoader<number, object | null>>();
  return <E extends { id: number }>(entity: new () => E, only: readonly string[]) => {
    const key = `${entity.name} ${only.join(',')}`;
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = byKey(em, entity, (e) => e.id, 'id', [], only)));
    return loader as DataLoader<number, E | null>;
  };
}

/** A request's loaders, over the read path's EntityManager (Context.reads). */
export const createLoaders = madeOnUse({
  provinceByCode: (em) => byKey(em, Province, (p) => p.code, 'code'),
  sourceFileByChecksum: (em) => byKey(em, SourceFile, (f) => f.checksum, 'checksum'),
  byId: byIdLoaders,
  byIdReading: partialById,
  renditionsByDirective: (em) => childrenOf<Rendition>(em, CHILDREN.Directive.renditions),
  /** Rendition.text, for the renditions whose text a request asks for. */
  renditionText: renditionTexts,
  clausesByRendition: (em) => childrenOf<Clause>(em, CHILDREN.Rendition.clauses),
  measuresByDirective: (em) => childrenOf<Measure>(em, CHILDREN.Directive.measures),
  targetsByDirective: (em) => childrenOf<Target>(em, CHILDREN.Directive.targets),
  sloganMentionsByDirective: (em) => childrenOf<SloganMention>(em, CHILDREN.Directive.sloganMentions),
  sloganMentionsBySlogan: (em) => childrenOf<SloganMention>(em, CHILDREN.Slogan.mentions),
  agencyMentionsByDirective: (em) => childrenOf<AgencyMention>(em, CHILDREN.Directive.agencyMentions),
  agencyMentionsByAgency: (em) => childrenOf<AgencyMention>(em, CHILDREN.Agency.mentions),
  referencesByDirective: (em) => childrenOf<Reference>(em, CHILDREN.Directive.references),
  referencesByCited: (em) => childrenOf<Reference>(em, CHILDREN.Directive.citedBy),
  agenciesByMeasure: agenciesOfMeasures,
  sharedPassagesByDirective: (em) => childrenOf<SharedPassage>(em, CHILDREN.Directive.sharedPassages),
  /** Target and Measure effectiveFrom/effectiveTo, keyed "TARGET:<id>" or "MEASURE:<id>". */
  inForce: periodsOfFacts,
  /** Province.directives for many provinces in one query (see directive-page.ts). */
  directivePageByProvince: createProvincePageLoader,
});

export type Loaders = ReturnType<typeof createLoaders>;
