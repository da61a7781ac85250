import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive } from '../../db/entities';
import type { Context } from '../context';
import { lazy, PageEdge, type Page } from '../pagination/connection';
import { decodeCursor } from '../pagination/cursor';
import type { PageArgs } from '../pagination/page-args';
import type { DirectiveFilterArgs, DirectiveScopeArgs } from './directive-filter';
import { allOf, ALWAYS, directiveScope, type Condition } from '../../read/filters';
import { readRows, rowRead, type Nest } from '../../read/rows';
import { execute } from '../../read/statement';

// Directives are listed newest first: by datedOn descending (undated ones last), then id descending.
// The cursor is that pair, and index directive(dated_on, id) serves both the order and the seek.
const ORDER = 't.dated_on desc nulls last, t.id desc';

type Key = [string | null, number];

function isKey(key: unknown[]): key is Key {
  return key.length === 2 && (key[0] === null || (typeof key[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(key[0]))) && Number.isInteger(key[1]);
}

function keyOf(d: Directive): Key {
  return [d.datedOn, d.id];
}

/** The properties keyOf reads: a page reads them whatever its fields. */
const CURSOR = ['datedOn', 'id'];

/** Rows strictly after `key` in list order. */
function after([datedOn, id]: Key): Condition {
  if (datedOn === null) return { sql: 't.dated_on is null and t.id < ?', params: [id] };
  return { sql: 't.dated_on < ? or (t.dated_on = ? and t.id < ?) or t.dated_on is null', params: [datedOn, datedOn, id] };
}

/** The `directives` query's filters on the directive itself (api/read/filters.ts). */
export function directiveWhere(filter: DirectiveFilterArgs): Condition {
  return directiveScope(filter);
}

function seekAfter(cursor: string | null | undefined): Condition {
  return cursor ? after(decodeCursor(cursor, isKey) as Key) : ALWAYS;
}

/** Builds the page from up to first + 1 rows: the extra row only tells that more follow. */
function toPage(rows: Directive[], { first, after: cursor }: PageArgs, totalCount: PromiseLike<number>): Page<Directive> {
  const edges = rows.slice(0, first).map((node) => new PageEdge(node, keyOf(node)));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(cursor),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * One page of directives matching `filter`, newest first, with the relations of `nest` in the same statement; `only`
 * the properties given, when given (ReadOptions.only), and those of the cursor.
 */
export async function findDirectivePage(
  { reads: em }: Context,
  filter: DirectiveFilterArgs,
  page: PageArgs,
  nest: Nest = {},
  only?: readonly string[],
): Promise<Page<Directive>> {
  const where = directiveWhere(filter);
  const { sql, params } = allOf(where, seekAfter(page.after));
  const read = { limit: page.first + 1, nest, only: only && [...only, ...CURSOR] };
  const rows = page.first === 0 ? [] : await readRows(em, Directive, sql, params, ORDER, read);
  return toPage(rows, page, lazy(async () => (await execute<{ n: number }[]>(em, `select count(*)::int as n from directive t where ${where.sql}`, where.params))[0].n));
}

// Province.directives on a list of provinces would cost one query per province. Instead, the pages of
// all provinces asked for with the same arguments are fetched together: one query numbers each
// province's rows in list order (row_number over a partition) and keeps the first `first + 1`; one
// grouped count answers every totalCount.

interface ProvincePageKey {
  province: string;
  filter: DirectiveScopeArgs;
  page: PageArgs;
}

export function createProvincePageLoader(em: EntityManager): DataLoader<ProvincePageKey, Page<Directive>, string> {
  return new DataLoader<ProvincePageKey, Page<Directive>, string>(
    async (keys) => {
      // One batch may mix argument sets (two aliases with different filters): one query per set.
      const groups = new Map<string, ProvincePageKey[]>();
      for (const key of keys) {
        const args = JSON.stringify([key.filter, key.page]);
        groups.set(args, [...(groups.get(args) ?? []), key]);
      }
      const pages = new Map<ProvincePageKey, Page<Directive>>();
      for (const group of groups.values()) {
        const { filter: f, page: p } = group[0];
        const codes = group.map((k) => k.province);
        const rows = await pageRowsByProvince(em, codes, f, p);
        const counts = lazyCountsByProvince(em, codes, f);
        for (const key of group) pages.set(key, toPage(rows.get(key.province) ?? [], p, lazy(async () => (await counts()).get(key.province) ?? 0)));
      }
      return keys.map((k) => pages.get(k)!);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.province, k.filter, k.page]) },
  );
}

async function pageRowsByProvince(em: EntityManager, codes: string[], filter: DirectiveScopeArgs, page: PageArgs): Promise<Map<string, Directive[]>> {
  const byProvince = new Map<string, Directive[]>();
  if (page.first === 0) return byProvince;
  const read = rowRead(em, Directive);
  const { sql, params } = allOf(directiveWhere({ ...filter, provinces: codes }), seekAfter(page.after));
  const rows = await execute<(Record<string, unknown> & { position: string })[]>(
    em,
    `select * from (select ${read.columns}, row_number() over (partition by t.province_code order by ${ORDER}) as position
                      from ${read.table} t where ${sql}) ranked
      where position <= ? order by position`,
    [...params, page.first + 1],
  );
  for (const row of rows) {
    const directive = read.map(row) as unknown as Directive;
    const code = row.province_code as string;
    byProvince.set(code, [...(byProvince.get(code) ?? []), directive]);
  }
  return byProvince;
}

function lazyCountsByProvince(em: EntityManager, codes: string[], filter: DirectiveScopeArgs): () => Promise<Map<string, number>> {
  let counts: Promise<Map<string, number>> | undefined;
  const where = directiveWhere({ ...filter, provinces: codes });
  return () =>
    (counts ??= execute<{ province_code: string; n: number }[]>(em, `select t.province_code, count(*)::int as n from directive t where ${where.sql} group by 1`, where.params).then(
      (rows) => new Map(rows.map((r) => [r.province_code, r.n])),
    ));
}
