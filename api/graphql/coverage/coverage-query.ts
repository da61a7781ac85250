import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentKind } from '../../domain/directive';
import { directivesIn } from '../compare/comparison-facts';

// How many documents of each province the platform holds, by month and kind: what tells "the province
// ordered nothing of the kind" from "we hold nothing of the province then". One grouped statement; a
// directive counts in the month of its date (the earliest day it may be dated, for an undated notice whose
// text bounds its date), as in compare's window.

export interface HeldDocuments {
  province: string;
  /** "2021-09"; null for directives with no date at all. */
  month: string | null;
  kind: DocumentKind | null;
  documents: number;
}

export interface Window {
  provinces: string[];
  from: string | null;
  to: string | null;
}

export async function heldDocuments(em: EntityManager, window: Window): Promise<HeldDocuments[]> {
  const dated = directivesIn(window, 'd');
  const rows: { province: string; month: string | null; kind: DocumentKind | null; documents: number }[] = await em.getConnection().execute(
    `select d.province_code as province, to_char(d.dated_from, 'YYYY-MM') as month, d.kind, count(*)::int as documents
       from directive d
      where ${dated.sql}
      group by 1, 2, 3
      order by 1, 2, 3`,
    dated.params,
  );
  // Undated directives are outside any window, but a researcher needs to know they exist.
  const undated: typeof rows = window.from || window.to
    ? await em.getConnection().execute(
        `select d.province_code as province, null as month, d.kind, count(*)::int as documents
           from directive d
          where d.province_code in (?) and d.dated_from is null
          group by 1, 3
          order by 1, 3`,
        [window.provinces],
      )
    : [];
  return [...rows, ...undated];
}

/**
 * Documents held per province in the window (every one, undated included, when there is no window), for
 * compare's cells: one grouped count, run once per comparison however many of its fields ask.
 */
export function documentsInWindow(em: EntityManager, window: Window): Promise<Map<string, number>> {
  let counted = counts.get(window);
  if (!counted) {
    counted = countDocuments(em, window);
    counts.set(window, counted);
  }
  return counted;
}

async function countDocuments(em: EntityManager, window: Window): Promise<Map<string, number>> {
  const within = directivesIn(window, 'd');
  const rows: { province: string; documents: number }[] = await em
    .getConnection()
    .execute(`select d.province_code as province, count(*)::int as documents from directive d where ${within.sql} group by 1`, within.params);
  return new Map(window.provinces.map((code) => [code, rows.find((r) => r.province === code)?.documents ?? 0]));
}

const counts = new WeakMap<Window, Promise<Map<string, number>>>();
