import type { EntityManager } from '@mikro-orm/postgresql';
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

/** A passage as a row: its text is looked up, or added, when it is written (insertPassages). */
export interface PassageRow {
  directive_id: number;
  rendition_id: number;
  ordinal: number;
  start_offset: number;
  end_offset: number;
  text: string;
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
  if (!textsLocked) await boundQuery(em, 'select pg_advisory_xact_lock(?)', [PASSAGE_TEXT_LOCK]);
  const released = replacing ? await releasePassages(em, directive) : [];
  await insertPassages(em, passageRows(directive, rendition, text));
  await deleteUnusedTexts(em, released);
}

/** Deletes the directive's passages; answers the texts they pointed at, for deleteUnusedTexts once the new ones are in. */
export async function releasePassages(em: EntityManager, directive: Directive): Promise<number[]> {
  const rows = await boundQuery<{ text_id: number }>(em, 'delete from passage where directive_id = ? returning text_id', [directive.id]);
  return rows.map((r) => r.text_id);
}

export function passageRows(directive: Directive, rendition: Rendition, text: string): PassageRow[] {
  return passageUnits(text).map((span, ordinal) => ({
    directive_id: directive.id,
    rendition_id: rendition.id,
    ordinal,
    start_offset: span.start,
    end_offset: span.end,
    text: text.slice(span.start, span.end),
  }));
}

/**
 * Stores passages (of one rendition or several) in one statement, the rows travelling once as one bound JSON
 * parameter (see db/bound-query.ts); PostgreSQL computes each new text's tsvector. The texts held already are
 * those the statement's snapshot sees, the new ones those its insert returns: PASSAGE_TEXT_LOCK, which the
 * caller holds, keeps any other writer of texts out in between. Each held text is looked up in the md5 index
 * (offset 0 keeps the subquery apart): as a join, the planner hashed every text held, a cost that grew with
 * the corpus (8 ms at 200 directives).
 */
export async function insertPassages(em: EntityManager, rows: PassageRow[]): Promise<void> {
  if (rows.length === 0) return;
  await boundQuery(
    em,
    `with r as materialized (
       select * from json_to_recordset(?::json) as r(directive_id int, rendition_id int, ordinal int, start_offset int, end_offset int, text text)
     ),
     added as (
       insert into passage_text (text) select distinct r.text from r on conflict ((md5(text))) do nothing returning id, text
     ),
     held as (
       select t.id, t.text from (select distinct r.text from r) r
        cross join lateral (select t.id, t.text from passage_text t where md5(t.text) = md5(r.text) and t.text = r.text offset 0) t
     )
     insert into passage (directive_id, rendition_id, ordinal, start_offset, end_offset, text_id)
     select r.directive_id, r.rendition_id, r.ordinal, r.start_offset, r.end_offset, t.id
       from r join (select id, text from added union all select id, text from held) t on t.text = r.text`,
    [JSON.stringify(rows)],
  );
}

/** Deletes those of the texts no passage points at. */
export async function deleteUnusedTexts(em: EntityManager, textIds: number[]): Promise<void> {
  const unused = [...new Set(textIds)];
  if (unused.length === 0) return;
  await boundQuery(em, 'delete from passage_text t where t.id = any(?::int[]) and not exists (select 1 from passage p where p.text_id = t.id)', [unused]);
}
