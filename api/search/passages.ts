import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { boundQuery } from '../db/bound-query';
import type { Directive, Rendition } from '../db/entities';
import { passageSpans, type Span } from '../reuse/passages';

// Search units are paragraphs: a hit's citation is then a whole thought, and a query whose words
// fall in two sentences of one paragraph still matches. Only paragraphs longer than this are cut
// (at sentences, into parts of 60 words or more), so that one unpunctuated OCR page is not one hit.
const MAX_PARAGRAPH_WORDS = 300;
const MIN_PART_WORDS = 60;

// Texts are shared between directives: one writer at a time, so that a text one transaction finds
// unused and deletes is not the one another has just pointed a new passage at. "dcp-texts" as a number.
export const PASSAGE_TEXT_LOCK = 0x64637074;

/** The passages of a cleaned text, in order, as spans of it. */
export function passageUnits(text: string): Span[] {
  return passageSpans(text, { maxUnitWords: MAX_PARAGRAPH_WORDS, minPartWords: MIN_PART_WORDS });
}

/**
 * Makes the rendition's paragraphs the directive's searchable passages, replacing those of the
 * rendition that was best before. Each distinct paragraph is stored once (passage_text) and each
 * passage points at it; texts no passage uses any more are deleted. Runs inside the ingestion's
 * transaction (`em` is its manager), so a failed ingestion leaves texts and passages as they were.
 * `textsLocked`: the transaction holds PASSAGE_TEXT_LOCK already (ingestion takes it with its own lock).
 */
export async function indexPassages(
  em: EntityManager,
  directive: Directive,
  rendition: Rendition,
  text: string,
  replacing = true,
  textsLocked = false,
): Promise<void> {
  const run = <T>(sql: string, bindings: Knex.RawBinding[]): Promise<T[]> => boundQuery<T>(em, sql, bindings);
  if (!textsLocked) await run('select pg_advisory_xact_lock(?)', [PASSAGE_TEXT_LOCK]);
  // `replacing` false: the directive is new in this transaction and has no passages to release.
  const released = replacing ? await run<{ text_id: number }>('delete from passage where directive_id = ? returning text_id', [directive.id]) : [];

  const rows = passageUnits(text).map((span, ordinal) => ({ ordinal, start_offset: span.start, end_offset: span.end, text: text.slice(span.start, span.end) }));
  if (rows.length) {
    // One statement, the rows travelling once as one bound JSON parameter (see db/bound-query.ts); PostgreSQL
    // computes each new text's tsvector. The texts held already are those the statement's snapshot sees, the
    // new ones those its insert returns: the lock above keeps any other writer of texts out in between.
    // Each held text is looked up in the md5 index (offset 0 keeps the subquery apart): as a join, the
    // planner hashed every text held, a cost that grew with the corpus (8 ms at 200 directives).
    await run(
      `with r as materialized (
         select * from json_to_recordset(?::json) as r(ordinal int, start_offset int, end_offset int, text text)
       ),
       added as (
         insert into passage_text (text) select distinct r.text from r on conflict ((md5(text))) do nothing returning id, text
       ),
       held as (
         select t.id, t.text from (select distinct r.text from r) r
          cross join lateral (select t.id, t.text from passage_text t where md5(t.text) = md5(r.text) and t.text = r.text offset 0) t
       )
       insert into passage (directive_id, rendition_id, ordinal, start_offset, end_offset, text_id)
       select ?, ?, r.ordinal, r.start_offset, r.end_offset, t.id
         from r join (select id, text from added union all select id, text from held) t on t.text = r.text`,
      [JSON.stringify(rows), directive.id, rendition.id],
    );
  }
  const unused = [...new Set(released.map((r) => r.text_id))];
  if (unused.length) {
    await run('delete from passage_text t where t.id = any(?::int[]) and not exists (select 1 from passage p where p.text_id = t.id)', [unused]);
  }
}
