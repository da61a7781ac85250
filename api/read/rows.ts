import { CHILDREN, type Children } from './relations';
import { raw, type EntityManager, type EntityMetadata, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';

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

/**
 * An embeddable's columns and value, its own embeddables included (a deadline's citation). A nullable
 * embeddable whose columns are all null is absent (null), as the entity has it.
 */
function embeddedRead(prop: EntityProperty, convert: (p: EntityProperty, v: unknown) => unknown): { columns: string[]; value(raw: Record<string, unknown>): Record<string, unknown> | null } {
  // Flattened, an embeddable's property is named "citation_start"; its own name is the last of `embedded`.
  const own = (child: EntityProperty) => child.embedded?.[1] ?? child.name;
  const parts = embeddedChildren(prop).map((child) =>
    child.kind === 'embedded' ? { name: own(child), ...embeddedRead(child, convert) } : { name: own(child), columns: [child.fieldNames[0]], value: (raw: Record<string, unknown>) => convert(child, raw[child.fieldNames[0]]) },
  );
  return {
    columns: parts.flatMap((p) => p.columns),
    value(raw) {
      const out: Record<string, unknown> = {};
      let any = false;
      for (const part of parts) {
        const v = part.value(raw);
        if (v !== null) any = true;
        out[part.name] = v;
      }
      return any || !prop.nullable ? out : null;
    },
  };
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
  const columns: string[] = [];
  type Step = (raw: Record<string, unknown>, out: Record<string, unknown>) => void;
  const steps: Step[] = [];
  // The driver leaves timestamps as text for the ORM to parse; a row parses them the same way.
  const convert = (prop: EntityProperty, value: unknown) =>
    value === null || value === undefined
      ? null
      : prop.customType
        ? prop.customType.convertToJSValue(value, platform)
        : prop.runtimeType === 'Date' && typeof value === 'string'
          ? platform.parseDate(value)
          : value;

  for (const prop of stored(meta, new Set(without))) {
    if (prop.kind === 'embedded') {
      const read = embeddedRead(prop, convert);
      columns.push(...read.columns.map((c) => `t.${identifier(c)}`));
      steps.push((raw, out) => {
        out[prop.name] = read.value(raw);
      });
    } else if (prop.kind === 'm:1' || prop.kind === '1:1') {
      const column = prop.fieldNames[0];
      const target = em.getMetadata().get(prop.type);
      const pk = target.primaryKeys[0];
      columns.push(`t.${identifier(column)}`);
      steps.push((raw, out) => {
        out[prop.name] = raw[column] === null || raw[column] === undefined ? null : { [pk]: raw[column] };
      });
    } else {
      const column = prop.fieldNames[0];
      columns.push(`t.${identifier(column)}`);
      steps.push((raw, out) => {
        out[prop.name] = convert(prop, raw[column]);
      });
    }
  }
  const typeName = meta.className;
  const read: RowRead = {
    columns: columns.join(', '),
    names: columns.map((c) => c.slice('t.'.length)),
    table: identifier(meta.tableName),
    map(raw) {
      const out: Record<string, unknown> = {};
      for (const step of steps) step(raw, out);
      Object.defineProperty(out, ROW_TYPE, { value: typeName });
      return out;
    },
  };
  byKey.set(key, read);
  return read;
}

/**
 * A statement's failure as the ORM's own exceptions (ConnectionException, ...), as its finds throw them: the
 * API tells a database that is down (DATABASE_UNAVAILABLE) from a bug by them, not by the driver's raw errors.
 */
async function converted<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

/** `?, ?, ?` for a list of keys: `where t.id in (${placeholders(ids)})`. */
export const placeholders = (keys: readonly unknown[]): string => keys.map(() => '?').join(', ');

/** Plain SQL on the read connection (`?` placeholders), failing with the ORM's exceptions. */
export function execute<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T> {
  return converted(em, () => em.getConnection('read').execute<T & unknown[]>(sql, params) as Promise<T>);
}

export interface ReadOptions {
  /** Large columns to leave out, besides the lazy ones. */
  without?: readonly string[];
  limit?: number;
  /** Relations to read in the same statement (see Nest). */
  nest?: Nest;
}

/**
 * Rows of `entity` where `where` holds (SQL over alias `t`, `?` placeholders), in `orderBy` order. One
 * statement; nothing enters the EntityManager.
 */
export async function readRows<T>(
  em: EntityManager,
  entity: new () => T,
  where: string,
  params: unknown[],
  orderBy: string,
  options: ReadOptions = {},
): Promise<T[]> {
  const read = withNested(em, entity as new () => object, options);
  const limit = options.limit === undefined ? '' : ` limit ${Math.trunc(options.limit)}`;
  const raws = await execute<Record<string, unknown>[]>(em, `select ${read.columns} from ${read.table} t where ${where} order by ${orderBy}${limit}`, params);
  return raws.map((raw) => read.map(raw) as T);
}

/**
 * Rows of `entity` matching a MikroORM filter (which builds the WHERE, joins included), in `orderBy` order:
 * the query builder writes the SQL, the rows stay plain.
 */
export async function readWhere<T extends object>(
  em: EntityManager,
  entity: new () => T,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  options: ReadOptions = {},
): Promise<T[]> {
  const read = withNested(em, entity, options);
  const qb = em.createQueryBuilder(entity, 't', 'read').select(raw(read.columns)).where(where).orderBy(orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  // Run like every other plain read: one place sends the read path's statements (execute).
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  const raws = await execute<Record<string, unknown>[]>(em, sql, [...bindings]);
  return raws.map((r) => read.map(r) as T);
}

// Nesting. A request whose shape is known (a directive with its province and targets, a page of them) reads
// its relations in its own statement: each list is a json_agg of a sub-select with the list's own columns
// and order (relations.ts), each reference a row_to_json of its row, nested as deep as asked. The rows come
// back as the loaders would give them (the same columns, mapped by the same rowRead), held on their holder
// under NESTED; resolvers take them from there (nestedOf) and fall back to the loaders for what was not nested.

/** Relations to nest, by name (a reference of the row or a list of CHILDREN), each with what it nests in turn. */
export type Nest = { readonly [relation: string]: Nest };

const NESTED = Symbol('nested relations');

/** A relation `read` nested in `row`: undefined when it was not (the caller loads it then), null for a reference to nothing. */
export function nestedOf<T>(row: object, relation: string): T | undefined {
  return (row as { [NESTED]?: Record<string, unknown> })[NESTED]?.[relation] as T | undefined;
}

/** `t."quality" desc, t."id"`: a list's order over `alias`. */
export function childOrder(em: EntityManager, children: Children, alias = 't'): string {
  const meta = em.getMetadata().get(children.entity.name);
  return children.order
    .map((o) => (typeof o === 'string' ? [o, ''] : [o[0], ' desc']))
    .map(([property, direction]) => `${alias}.${identifier(meta.properties[property as never].fieldNames[0])}${direction}`)
    .join(', ');
}

/** A read whose columns are `base`'s plus one JSON column per nested relation, whose map also nests them. */
interface NestedRead {
  /** Extra SELECT items over the holder's alias. */
  columns(alias: string, depth: number): string;
  attach(raw: Record<string, unknown>, row: Record<string, unknown>): void;
}

function nestedRead(em: EntityManager, entity: new () => object, nest: Nest): NestedRead {
  const meta = em.getMetadata().get(entity.name);
  const parts = Object.entries(nest).map(([name, deeper]) => {
    const key = `@${name}`;
    const prop = meta.properties[name as never] as EntityProperty | undefined;
    const isReference = prop && (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner));
    const children: Children | undefined = isReference ? undefined : CHILDREN[meta.className]?.[name];
    if (!isReference && !children) throw new Error(`${meta.className}.${name} is no relation to nest`);
    const target = (isReference ? em.getMetadata().get(prop.type).class : children!.entity) as new () => object;
    const read = rowRead(em, target, children?.without);
    const inner = nestedRead(em, target, deeper);
    const holderKey = meta.properties[meta.primaryKeys[0] as never].fieldNames[0];
    return {
      column(alias: string, depth: number): string {
        const [n, x] = [`n${depth}`, `x${depth}`];
        const select = [...read.names.map((c) => `${n}.${c}`), ...(Object.keys(deeper).length ? [inner.columns(n, depth + 1)] : [])].join(', ');
        if (isReference) {
          const targetMeta = em.getMetadata().get(prop.type);
          const pk = targetMeta.properties[targetMeta.primaryKeys[0] as never].fieldNames[0];
          return `(select row_to_json(${x}) from (select ${select} from ${read.table} ${n} where ${n}.${identifier(pk)} = ${alias}.${identifier(prop.fieldNames[0])}) ${x}) as ${identifier(key)}`;
        }
        const parent = em.getMetadata().get(children!.entity.name).properties[children!.parent as never].fieldNames[0];
        return (
          `(select coalesce(json_agg(${x} order by ${childOrder(em, children!, x)}), '[]') ` +
          `from (select ${select} from ${read.table} ${n} where ${n}.${identifier(parent)} = ${alias}.${identifier(holderKey)}) ${x}) as ${identifier(key)}`
        );
      },
      value(raw: Record<string, unknown>): unknown {
        const one = (r: Record<string, unknown>) => {
          const row = read.map(r);
          inner.attach(r, row);
          return row;
        };
        const value = raw[key] as Record<string, unknown> | Record<string, unknown>[] | null;
        return value === null ? null : Array.isArray(value) ? value.map(one) : one(value);
      },
      name,
    };
  });
  return {
    columns: (alias, depth) => parts.map((p) => p.column(alias, depth)).join(', '),
    attach(raw, row) {
      if (parts.length === 0) return;
      const nested: Record<string, unknown> = {};
      for (const part of parts) nested[part.name] = part.value(raw);
      Object.defineProperty(row, NESTED, { value: nested });
    },
  };
}

/** rowRead, with the relations of `options.nest` as extra columns and nested into each row. */
function withNested(em: EntityManager, entity: new () => object, options: ReadOptions): Pick<RowRead, 'columns' | 'table' | 'map'> {
  const read = rowRead(em, entity, options.without);
  if (!options.nest || Object.keys(options.nest).length === 0) return read;
  const nested = nestedRead(em, entity, options.nest);
  return {
    columns: `${read.columns}, ${nested.columns('t', 1)}`,
    table: read.table,
    map(raw) {
      const row = read.map(raw);
      nested.attach(raw, row);
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
    const loaded = await readRows(em, target.class as new () => Record<string, unknown>, `t.${identifier(column)} in (${placeholders(keys)})`, keys, `t.${identifier(column)}`);
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
