import type { EntityManager } from '@mikro-orm/postgresql';
import type { Condition } from '../../read/filters';
import { readRows, rowRead, type Nest } from '../../read/rows';
import { execute } from '../../read/statement';
import { lazy, PageEdge, type Page } from './connection';
import { decodeCursor } from './cursor';
import type { PageArgs } from './page-args';

/**
 * A page of facts in the order they were extracted (id ascending), with a keyset cursor on id: each
 * page is one index range scan however deep the client pages. The relations of `nest` come in the same statement;
 * `only`, when given, names the properties the query reads.
 */
export async function findPageById<E extends { id: number }>(
  em: EntityManager,
  entity: new () => E,
  where: Condition,
  { first, after }: PageArgs,
  nest: Nest = {},
  only?: readonly string[],
): Promise<Page<E>> {
  const afterId = after ? (decodeCursor(after, (k) => k.length === 1 && Number.isInteger(k[0])) as [number])[0] : null;
  const [sql, params] = afterId === null ? [where.sql, where.params] : [`(${where.sql}) and t.id > ?`, [...where.params, afterId]];
  const rows = first === 0 ? [] : await readRows(em, entity, sql, params, 't.id', { limit: first + 1, nest, only });
  const edges = rows.slice(0, first).map((node) => new PageEdge(node, [node.id]));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(async () => {
      const [{ n }] = await execute<{ n: number }[]>(em, `select count(*)::int as n from ${rowRead(em, entity).table} t where ${where.sql}`, where.params);
      return n;
    }),
  };
}
