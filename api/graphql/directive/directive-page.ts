import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { QueryOrder, raw } from '@mikro-orm/postgresql';
import { Directive } from '../../db/entities';
import type { Context } from '../context';
import { checkWindow } from '../errors';
import { lazy, type Page } from '../pagination/connection';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import type { PageArgs } from '../pagination/page-args';
import type { DirectiveFilterArgs, DirectiveScopeArgs } from './directive-filter';
import { readWhere, rowRead, type Nest } from '../../read/rows';

// Directives are listed newest first: by datedOn descending (undated ones last), then id descending.
// The cursor is that pair, and index directive(dated_on, id) serves both the order and the seek.
const ORDER = { datedOn: QueryOrder.DESC_NULLS_LAST, id: QueryOrder.DESC } as const;

type Key = [string | null, number];

function isKey(key: unknown[]): key is Key {
  return key.length === 2 && (key[0] === null || (typeof key[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(key[0]))) && Number.isInteger(key[1]);
}

function keyOf(d: Directive): Key {
  return [d.datedOn, d.id];
}

/** Rows strictly after `key` in list order. */
function after([datedOn, id]: Key): FilterQuery<Directive> {
  if (datedOn === null) return { datedOn: null, id: { $lt: id } };
  return { $or: [{ datedOn: { $lt: datedOn } }, { datedOn, id: { $lt: id } }, { datedOn: null }] };
}

export function directiveWhere(filter: DirectiveFilterArgs): FilterQuery<Directive> {
  const where: FilterQuery<Directive>[] = [];
  if (filter.provinces) where.push({ province: { code: { $in: filter.provinces.map((c) => c.trim().toUpperCase()) } } });
  if (filter.kinds) where.push({ kind: { $in: filter.kinds } });
  // Filters use the earliest day a directive can be dated: its date, or the bound an undated text shows.
  if (filter.from) where.push({ datedFrom: { $gte: filter.from } });
  if (filter.to) where.push({ datedFrom: { $lte: filter.to } });
  checkWindow(filter.from, filter.to);
  return where.length ? { $and: where } : {};
}

function seekAfter(cursor: string | null | undefined): FilterQuery<Directive> {
  return cursor ? after(decodeCursor(cursor, isKey) as Key) : {};
}

/** Builds the page from up to first + 1 rows: the extra row only tells that more follow. */
function toPage(rows: Directive[], { first, after: cursor }: PageArgs, totalCount: PromiseLike<number>): Page<Directive> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
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

/** One page of directives matching `filter`, newest first, with the relations of `nest` in the same statement. */
export async function findDirectivePage({ em }: Context, filter: DirectiveFilterArgs, page: PageArgs, nest: Nest = {}): Promise<Page<Directive>> {
  const where = directiveWhere(filter);
  const seek = seekAfter(page.after);
  const rows = page.first === 0 ? [] : await readWhere(em, Directive, { $and: [where, seek] }, ORDER, { limit: page.first + 1, nest });
  return toPage(rows, page, lazy(() => em.count(Directive, where)));
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
  const inner = em
    .createQueryBuilder(Directive, 't', 'read')
    .select([raw(read.columns), raw('row_number() over (partition by t.province_code order by t.dated_on desc nulls last, t.id desc) as position')])
    .where({ $and: [directiveWhere({ ...filter, provinces: codes }), seekAfter(page.after)] });
  const knex = em.getKnex('read');
  const rows: (Record<string, unknown> & { position: string })[] = await knex
    .select('*')
    .from(inner.getKnexQuery().as('ranked'))
    .where('position', '<=', page.first + 1)
    .orderBy([{ column: 'position' }]);
  for (const row of rows) {
    const directive = read.map(row) as unknown as Directive;
    const code = row.province_code as string;
    byProvince.set(code, [...(byProvince.get(code) ?? []), directive]);
  }
  return byProvince;
}

function lazyCountsByProvince(em: EntityManager, codes: string[], filter: DirectiveScopeArgs): () => Promise<Map<string, number>> {
  let counts: Promise<Map<string, number>> | undefined;
  return () =>
    (counts ??= em
      .createQueryBuilder(Directive, 'd')
      .select(['d.province_code', raw('count(*)::int as n')])
      .where(directiveWhere({ ...filter, provinces: codes }) as never)
      .groupBy('d.province_code')
      .execute<{ provinceCode: string; n: number }[]>('all', false)
      .then((rows) => new Map(rows.map((r) => [(r as unknown as Record<string, string>).province_code, Number(r.n)])) as Map<string, number>));
}
