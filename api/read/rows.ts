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
  options: { without?: readonly string[]; limit?: number } = {},
): Promise<T[]> {
  const read = rowRead(em, entity as new () => object, options.without);
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
  options: { without?: readonly string[]; limit?: number } = {},
): Promise<T[]> {
  const read = rowRead(em, entity, options.without);
  const qb = em.createQueryBuilder(entity, 't', 'read').select(raw(read.columns)).where(where).orderBy(orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  // Run like every other plain read: one place sends the read path's statements (execute).
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  const raws = await execute<Record<string, unknown>[]>(em, sql, [...bindings]);
  return raws.map((r) => read.map(r) as T);
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
