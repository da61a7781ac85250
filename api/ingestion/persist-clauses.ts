import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from '../db/bound-query';
import type { Rendition } from '../db/entities';
import type { Analysis } from './analyse';

/** A clause as a row; `parent` is the ordinal of its parent in the same rendition. */
export interface ClauseRow {
  rendition_id: number;
  ordinal: number;
  label: string;
  depth: number;
  parent: number | null;
  start_offset: number;
  end_offset: number;
  text: string;
}

/** The rendition's clauses as rows. A parent is linked only if it came before the clause, as it always has. */
export function clauseRows(rendition: Rendition, analysis: Analysis): ClauseRow[] {
  const seen = new Set<number>();
  return analysis.clauses.map((span) => {
    const parent = span.parentOrdinal !== null && seen.has(span.parentOrdinal) ? span.parentOrdinal : null;
    seen.add(span.ordinal);
    const { ordinal, label, depth, start, end } = span;
    return { rendition_id: rendition.id, ordinal, label, depth, parent, start_offset: start, end_offset: end, text: analysis.cleaned.text.slice(start, end) };
  });
}

/**
 * Stores clauses of any number of renditions in one statement, the rows travelling as one JSON parameter (as in
 * db/insert-records.ts): ids are drawn first, so that a clause can point at its parent, given by ordinal within
 * its rendition, inside the same statement.
 */
export async function insertClauseRows(em: EntityManager, rows: ClauseRow[]): Promise<void> {
  if (rows.length === 0) return;
  await boundQuery(
    em,
    `with input as materialized (
       select nextval(pg_get_serial_sequence('clause', 'id')) as id, c.*
         from json_to_recordset(?::json) as c(rendition_id int, ordinal int, label text, depth int, parent int, start_offset int, end_offset int, text text)
     )
     insert into clause (id, rendition_id, ordinal, label, depth, parent_id, start_offset, end_offset, text)
     select c.id, c.rendition_id, c.ordinal, c.label, c.depth, parent.id, c.start_offset, c.end_offset, c.text
       from input c left join input parent on parent.rendition_id = c.rendition_id and parent.ordinal = c.parent`,
    [JSON.stringify(rows)],
  );
}
