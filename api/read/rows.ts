import { CHILDREN, type Children } from './relations';
import { execute } from './statement';
import type { EntityManager, EntityMetadata, EntityProperty } from '@mikro-orm/postgresql';

// The read path's rows: plain objects, never ORM entities. A read is the one thing a request does most, and
// creating entities for it (identity map, change-set snapshots, every column read) was most of a page's
// cost. A row has the entity's property names, so resolvers read `target.metric`, `target.citation.quote`
// and `target.directive.id` whether they were given a row or an entity; relations are `{ id }` (or the
// target's own key: `{ code }` for a province) for the loaders to resolve in batches. Columns are named one
// by one from the mapping, and large texts (a rendition's text, a file's bytes: the properties marked lazy,
// and any named in `without`) are left out unless a resolver asks for them on their own.

/** The GraphQL type a row stands for, for interfaces that must tell rows apart (Node.resolveType). */
export const ROW_TYPE = Symbol('row type');

export interface RowRead {
  /** The SELECT list: every column the row is made from, explicitly. */
  columns: string;
  /** Those columns' names, for a read under another alias (a relation nested in its holder's statement). */
  names: readonly string[];
  table: string;
  /** Builds the plain object of one result row. */
  map(raw: Record<string, unknown>): Record<string, unknown>;
  /** The same from the row's values in the order of `names` (a nested relation's JSON array). */
  mapValues(values: readonly unknown[]): Record<string, unknown>;
}

const cache = new WeakMap<EntityMetadata, Map<string, RowRead>>();

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The properties a row holds: columns of this table, scalar, embedded or a reference held here. */
function stored(meta: EntityMetadata, without: ReadonlySet<string>): EntityProperty[] {
  return meta.props.filter(
    (p) =>
      p.persist !== false &&
      !p.lazy &&
      !without.has(p.name) &&
      !p.embedded && // an embeddable's own properties are read through it
      (p.kind === 'scalar' || p.kind === 'embedded' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner)),
  );
}

function embeddedChildren(prop: EntityProperty): EntityProperty[] {
  return Object.values(prop.embeddedProps ?? {}) as EntityProperty[];
}

/** A result row: by column name as the driver gives it, or by position as a nested relation's JSON array. */
type Raw = Readonly<Record<string, unknown>> | readonly unknown[];
/** Where a column's value is in a Raw: its name, or its position. */
type KeyOf = (column: string) => string | number;
/** A column's conversion, or null for none (undefined reads as null). */
type Convert = ((value: unknown) => unknown) | null;

/** An embeddable's columns, its own embeddables' included (a deadline's citation). */
function embeddedColumns(prop: EntityProperty): string[] {
  return embeddedChildren(prop).flatMap((child) => (child.kind === 'embedded' ? embeddedColumns(child) : [child.fieldNames[0]]));
}

/**
 * A row's mapper as one function written out from the mapping, an object literal of its properties: built of a
 * closure per column with keyed stores, mapping was about a tenth of a page of 50's CPU. Embeddables are objects; a
 * nullable one whose columns are all null is absent (null), as the entity has it. References are `{ [pk]: value }`.
 */
function compileMapper(em: EntityManager, meta: EntityMetadata, props: EntityProperty[], keyOf: KeyOf, converter: (p: EntityProperty) => Convert): (raw: Raw) => Record<string, unknown> {
  const converters: ((value: unknown) => unknown)[] = [];
  const lines: string[] = [];
  let locals = 0;
  const local = (expression: string) => {
    const name = `v${locals++}`;
    lines.push(`const ${name} = ${expression};`);
    return name;
  };
  const at = (prop: EntityProperty) => `raw[${JSON.stringify(keyOf(prop.fieldNames[0]))}]`;
  const scalar = (prop: EntityProperty) => {
    const convert = converter(prop);
    if (!convert) return `(${at(prop)} ?? null)`;
    converters.push(convert);
    return `c[${converters.length - 1}](${at(prop)})`;
  };
  const literal = (fields: [string, string][]) => `{ ${fields.map(([name, value]) => `${JSON.stringify(name)}: ${value}`).join(', ')} }`;
  const embedded = (prop: EntityProperty): string => {
    // Flattened, an embeddable's property is named "citation_start"; its own name is the last of `embedded`.
    const parts = embeddedChildren(prop).map((child): [string, string] => [child.embedded?.[1] ?? child.name, child.kind === 'embedded' ? embedded(child) : scalar(child)]);
    const value = local(literal(parts));
    if (!prop.nullable) return value;
    return local(`${parts.map(([name]) => `${value}[${JSON.stringify(name)}] === null`).join(' && ')} ? null : ${value}`);
  };
  const fields = props.map((prop): [string, string] => {
    if (prop.kind === 'embedded') return [prop.name, embedded(prop)];
    if (prop.kind === 'm:1' || prop.kind === '1:1') {
      const pk = em.getMetadata().get(prop.type).primaryKeys[0];
      const value = local(at(prop));
      return [prop.name, `(${value} === null || ${value} === undefined ? null : ${literal([[pk, value]])})`];
    }
    return [prop.name, scalar(prop)];
  });
  // The type in the literal, as a symbol (JSON and Object.keys leave it out): Object.defineProperty took as long as
  // the rest of a row's mapping (a target row, 300 ns with it and 150 without), a thousand times for a page of 50.
  const properties = fields.map(([name, value]) => `${JSON.stringify(name)}: ${value}`);
  lines.push(`return { ${[...properties, `[rowType]: ${JSON.stringify(meta.className)}`].join(', ')} };`);
  return new Function('c', 'rowType', `return (raw) => {\n${lines.join('\n')}\n};`)(converters, ROW_TYPE) as (raw: Raw) => Record<string, unknown>;
}

/** The plain read of an entity's table (explicit columns, aliased `t`), built once from its mapping. */
export function rowRead(em: EntityManager, entity: new () => object, without: readonly string[] = []): RowRead {
  const meta = em.getMetadata().get(entity.name);
  let byKey = cache.get(meta);
  if (!byKey) cache.set(meta, (byKey = new Map()));
  const key = without.join(',');
  const known = byKey.get(key);
  if (known) return known;

  const platform = em.getPlatform();
  // The driver leaves timestamps as text for the ORM to parse; a row parses them the same way.
  const converter = (prop: EntityProperty): Convert => {
    const { customType } = prop;
    if (customType) return (v) => (v === null || v === undefined ? null : customType.convertToJSValue(v, platform));
    if (prop.runtimeType === 'Date') return (v) => (v === null || v === undefined ? null : typeof v === 'string' ? platform.parseDate(v) : v);
    return null;
  };
  const props = stored(meta, new Set(without));
  const names = props.flatMap((prop) => (prop.kind === 'embedded' ? embeddedColumns(prop) : [prop.fieldNames[0]]));
  const position = new Map(names.map((name, i) => [name, i]));
  const read: RowRead = {
    columns: names.map((c) => `t.${identifier(c)}`).join(', '),
    names: names.map(identifier),
    table: identifier(meta.tableName),
    map: compileMapper(em, meta, props, (c) => c, converter),
    mapValues: compileMapper(em, meta, props, (c) => position.get(c)!, converter),
  };
  byKey.set(key, read);
  return read;
}

export interface ReadOptions {
  /** Large columns to leave out, besides the lazy ones. */
  without?: readonly string[];
  /** The properties to read, when not all (the primary key is always read): the fields a query selects. */
  only?: readonly string[];
  limit?: number;
  /** Relations to read in the same statement (see Nest). */
  nest?: Nest;
  /** `where` is a lookup by key, whose plan its values cannot change: PostgreSQL plans it once (statement.ts). */
  byKey?: boolean;
}

/**
 * Rows of `entity` where `where` holds (SQL over alias `t`, `?` placeholders), in `orderBy` order. One
 * statement; nothing enters the EntityManager.
 */
export async function readRows<T>(
  em: EntityManager,
  entity: new () => T,
  where: string,
  params: readonly unknown[],
  orderBy: string,
  options: ReadOptions = {},
): Promise<T[]> {
  const read = withNested(em, entity as new () => object, options);
  const limit = options.limit === undefined ? '' : ` limit ${Math.trunc(options.limit)}`;
  // Rows as arrays of values, in the order of the SELECT list: the driver builds no object per row.
  const from = `${read.table} t${read.joins ?? ''}`;
  const raws = await execute<unknown[][]>(em, `select ${read.columns} from ${from} where ${where} order by ${orderBy}${limit}`, params, { arrays: true, prepared: options.byKey || undefined });
  return raws.map((raw) => read.mapValues(raw) as T);
}

// Nesting. A request whose shape is known (a directive with its province and targets, a page of them) reads
// its relations in its own statement: each list is a json_agg of its rows, each reference its row (a left join
// on its key, where a sub-select per row scanned the province table for each directive of a page: a fifth of the
// page's statement), in the list's own columns and order (relations.ts), nested as deep as asked. A row travels as a JSON array of its
// values in the order of rowRead's names (keys repeated on every row would be most of the answer) and is
// mapped by the same rowRead, so it is the row the loaders would give; it is held on its holder under
// NESTED, where resolvers take it (nestedOf) before they fall back to the loaders.

/** Where a Nest names the properties its relation's rows are read for (as ReadOptions.only); absent or null, all. */
export const ONLY: unique symbol = Symbol('properties read');

/** Relations to nest, by name (a reference of the row or a list of CHILDREN), each with what it nests in turn. */
export type Nest = { readonly [relation: string]: Nest; readonly [ONLY]?: readonly string[] | null };

const NESTED = Symbol('nested relations');

/** A relation nested in `row` by its read: undefined when it was not (the caller loads it then), null for a reference to nothing. */
export function nestedOf<T>(row: object, relation: string): T | undefined {
  return (row as { [NESTED]?: Record<string, unknown> })[NESTED]?.[relation] as T | undefined;
}

/**
 * Puts `value` in `row` as its nested `relation`, as a read nests it: for what is loaded for a whole list after its
 * read (api/graphql/prefetch.ts), so that its resolvers find it the same way.
 */
export function nestInto(row: object, relation: string, value: unknown): void {
  const holder = row as { [NESTED]?: Record<string, unknown> };
  if (holder[NESTED]) holder[NESTED][relation] = value;
  else Object.defineProperty(row, NESTED, { value: { [relation]: value } });
}

/** `t."quality" desc, t."id"`: a list's order over `alias`. */
export function childOrder(em: EntityManager, children: Children, alias = 't'): string {
  const meta = em.getMetadata().get(children.entity.name);
  return children.order
    .map((o) => (typeof o === 'string' ? [o, ''] : [o[0], ' desc']))
    .map(([property, direction]) => `${alias}.${identifier(meta.properties[property as never].fieldNames[0])}${direction}`)
    .join(', ');
}

/** The relations nested in a holder's read: their SELECT items, and their rows put on the holder's. */
interface NestedRead {
  /** One expression per relation, over the holder's alias, in the order of `nest`. */
  expressions(alias: string): string[];
  /** The left joins of the references among them (and theirs) onto the holder's alias: '' or ' left join ...'. */
  joins(alias: string): string;
  /** Nests into `row` the relations' values, in the same order, from `values[from]` on. */
  attach(values: readonly unknown[], from: number, row: Record<string, unknown>): void;
}

/** PostgreSQL's bound on a function's arguments (FUNC_MAX_ARGS): json_build_array's values. */
const MAX_ARGUMENTS = 100;

function nestedRead(em: EntityManager, entity: new () => object, nest: Nest): NestedRead {
  const meta = em.getMetadata().get(entity.name);
  const parts = Object.entries(nest).map(([name, deeper], index) => {
    const prop = meta.properties[name as never] as EntityProperty | undefined;
    const isReference = prop && (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner));
    const children: Children | undefined = isReference ? undefined : CHILDREN[meta.className]?.[name];
    if (!isReference && !children) throw new Error(`${meta.className}.${name} is no relation to nest`);
    const target = (isReference ? em.getMetadata().get(prop.type).class : children!.entity) as new () => object;
    const only = deeper[ONLY];
    const read = rowRead(em, target, [...(children?.without ?? []), ...(only ? unread(em, target, only) : [])]);
    const inner = nestedRead(em, target, deeper);
    if (read.names.length + Object.keys(deeper).length > MAX_ARGUMENTS) throw new Error(`${meta.className}.${name} has too many columns to nest`);
    const holderKey = meta.properties[meta.primaryKeys[0] as never].fieldNames[0];
    const targetMeta = em.getMetadata().get(target.name);
    const targetKey = identifier(targetMeta.properties[targetMeta.primaryKeys[0] as never].fieldNames[0]);
    // Each relation's alias extends its holder's (t_0, t_0_1...): unique within a statement however deep.
    const own = (alias: string) => `${alias}_${index}`;
    const values = (n: string) => `json_build_array(${[...read.names.map((c) => `${n}.${c}`), ...inner.expressions(n)].join(', ')})`;
    return {
      name,
      column(alias: string): string {
        const n = own(alias);
        if (isReference) return `case when ${n}.${targetKey} is null then null else ${values(n)} end`;
        const parent = em.getMetadata().get(children!.entity.name).properties[children!.parent as never].fieldNames[0];
        return (
          `(select coalesce(json_agg(${values(n)} order by ${childOrder(em, children!, n)}), '[]') ` +
          `from ${read.table} ${n}${inner.joins(n)} where ${n}.${identifier(parent)} = ${alias}.${identifier(holderKey)})`
        );
      },
      join(alias: string): string {
        if (!isReference) return '';
        const n = own(alias);
        return ` left join ${read.table} ${n} on ${n}.${targetKey} = ${alias}.${identifier(prop.fieldNames[0])}${inner.joins(n)}`;
      },
      /** The relation's row or rows, from its JSON value. */
      value(raw: unknown): unknown {
        const one = (values: unknown[]) => {
          const row = read.mapValues(values);
          inner.attach(values, read.names.length, row);
          return row;
        };
        const value = raw as unknown[] | null;
        return value === null ? null : isReference ? one(value) : (value as unknown[][]).map(one);
      },
    };
  });
  return {
    expressions: (alias) => parts.map((p) => p.column(alias)),
    joins: (alias) => parts.map((p) => p.join(alias)).join(''),
    attach(values, from, row) {
      if (parts.length === 0) return;
      const nested: Record<string, unknown> = {};
      parts.forEach((part, i) => (nested[part.name] = part.value(values[from + i])));
      Object.defineProperty(row, NESTED, { value: nested });
    },
  };
}

type ReadWithNested = Pick<RowRead, 'columns' | 'table' | 'mapValues'> & {
  /** The left joins of nested references onto `t`, when there are. */
  joins?: string;
};

/** Built once per entity, left-out columns and shape of nest: a query asked again has the same. */
const withNestedReads = new WeakMap<EntityMetadata, Map<string, ReadWithNested>>();

/** rowRead, with the relations of `options.nest` as extra columns and nested into each row. */
function withNested(em: EntityManager, entity: new () => object, options: ReadOptions): ReadWithNested {
  if (options.only) options = { ...options, without: [...(options.without ?? []), ...unread(em, entity, options.only)], only: undefined };
  const read = rowRead(em, entity, options.without);
  if (!options.nest || Object.keys(options.nest).length === 0) return read;
  // The look-ahead gives the same Nest object for a query asked again (look-ahead.ts): found by it first.
  const seen = bySameNest.get(options.nest);
  const without = (options.without ?? []).join(',');
  if (seen?.entity === entity && seen.without === without) return seen.read;
  const meta = em.getMetadata().get(entity.name);
  let byShape = withNestedReads.get(meta);
  if (!byShape) withNestedReads.set(meta, (byShape = new Map()));
  // In a fixed order, so that the shapes of one query written in any order are one entry (a few hundred at most).
  const nest = sorted(options.nest);
  const shape = JSON.stringify([options.without ?? [], shapeOf(nest)]);
  let known = byShape.get(shape);
  if (!known) byShape.set(shape, (known = buildWithNested(em, entity, read, nest)));
  bySameNest.set(options.nest, { entity, without, read: known });
  return known;
}

const bySameNest = new WeakMap<Nest, { entity: new () => object; without: string; read: ReadWithNested }>();

/** The stored properties of `entity` besides `only` and its primary key, for a read to leave out. */
function unread(em: EntityManager, entity: new () => object, only: readonly string[]): string[] {
  const meta = em.getMetadata().get(entity.name);
  const kept = new Set([...only, ...meta.primaryKeys]);
  return stored(meta, new Set()).flatMap((p) => (kept.has(p.name) ? [] : [p.name]));
}

const sorted = (nest: Nest): Nest => ({ ...Object.fromEntries(Object.keys(nest).sort().map((name) => [name, sorted(nest[name])])), [ONLY]: nest[ONLY] });

/** A sorted Nest as plain data, the properties of each relation included (JSON leaves symbols out). */
const shapeOf = (nest: Nest): unknown => [nest[ONLY] ?? null, Object.entries(nest).map(([name, deeper]) => [name, shapeOf(deeper)])];

function buildWithNested(em: EntityManager, entity: new () => object, read: RowRead, nest: Nest): ReadWithNested {
  const nested = nestedRead(em, entity, nest);
  const keys = Object.keys(nest).map((name) => `@${name}`);
  return {
    columns: [read.columns, ...nested.expressions('t').map((e, i) => `${e} as ${identifier(keys[i])}`)].join(', '),
    table: read.table,
    joins: nested.joins('t'),
    mapValues(values) {
      const row = read.mapValues(values);
      nested.attach(values, read.names.length, row);
      return row;
    },
  };
}

/**
 * Replaces the references of `rows` along each path ("directive.province", "agency") with the rows they
 * point to: one statement per relation and batch, as a populate does, and still no entity.
 */
export async function populateRows(em: EntityManager, entity: new () => object, rows: object[], paths: readonly string[]): Promise<void> {
  const meta = em.getMetadata().get(entity.name);
  const byRelation = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('.');
    byRelation.set(head, [...(byRelation.get(head) ?? []), ...(rest.length ? [rest.join('.')] : [])]);
  }
  for (const [relation, deeper] of byRelation) {
    const prop = meta.properties[relation as never] as EntityProperty | undefined;
    if (!prop || (prop.kind !== 'm:1' && prop.kind !== '1:1')) throw new Error(`${entity.name}.${relation} is no reference to populate`);
    const target = em.getMetadata().get(prop.type);
    const pk = target.primaryKeys[0];
    const holders = rows as Record<string, Record<string, unknown> | null>[];
    const keys = [...new Set(holders.map((r) => r[relation]?.[pk]).filter((k) => k !== undefined && k !== null))];
    if (keys.length === 0) continue;
    const column = target.properties[pk].fieldNames[0];
    const loaded = await readRows(em, target.class as new () => Record<string, unknown>, `t.${identifier(column)} = any(?)`, [keys], `t.${identifier(column)}`, { byKey: true });
    if (deeper.length) await populateRows(em, target.class as new () => object, loaded, deeper);
    const found = new Map(loaded.map((r) => [r[pk], r]));
    for (const row of holders) if (row[relation]) row[relation] = found.get(row[relation]![pk]) ?? row[relation];
  }
}

/**
 * What a resolver's @Root() receives: an entity's fields, as a plain row (or an entity just written). A mapped
 * type on purpose: type-graphql turns a root typed with a class into an instance of it (new Directive(), every
 * field copied through the ORM's setters), which is the cost this module exists to avoid; for a root typed
 * otherwise it passes the value as it is.
 */
export type Row<E> = Readonly<E>;
