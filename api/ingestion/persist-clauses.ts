import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from '../db/bound-query';
import type { Rendition } from '../db/entities';
import type { Analysis } from './analyse';

/**
 * Stores the rendition's clauses in one statement, the rows travelling as one JSON parameter (as in
 * db/insert-records.ts): ids are drawn first, so that a clause can point at its parent, given by ordinal,
 * inside the same statement. A parent is linked only if it came before the clause, as it always has.
 */
export async function insertClauses(em: EntityManager, rendition: Rendition, analysis: Analysis): Promise<void> {
  if (analysis.clauses.length === 0) return;
  const seen = new Set<number>();
  const rows = analysis.clauses.map((span) => {
    const parent = span.parentOrdinal !== null && seen.has(span.parentOrdinal) ? span.parentOrdinal : null;
    seen.add(span.ordinal);
    return { ordinal: span.ordinal, label: span.label, depth: span.depth, parent, start_offset: span.start, end_offset: span.end, text: analysis.cleaned.text.slice(span.start, span.end) };
  });
  await boundQuery(
    em,
    `with input as materialized (
       select nextval(pg_get_serial_sequence('clause', 'id')) as id, c.*
         from json_to_recordset(?::json) as c(ordinal int, label text, depth int, parent int, start_offset int, end_offset int, text text)
     )
     insert into clause (id, rendition_id, ordinal, label, depth, parent_id, start_offset, end_offset, text)
     select c.id, ?, c.ordinal, c.label, c.depth, parent.id, c.start_offset, c.end_offset, c.text
       from input c left join input parent on parent.ordinal = c.parent`,
    [JSON.stringify(rows), rendition.id],
  );
}
