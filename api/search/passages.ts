import type { EntityManager } from '@mikro-orm/postgresql';
import { Passage, type Directive, type Rendition } from '../db/entities';
import { insertRecords } from '../db/insert-records';
import { passageSpans, type Span } from '../reuse/passages';

// Search units are paragraphs: a hit's citation is then a whole thought, and a query whose words
// fall in two sentences of one paragraph still matches. Only paragraphs longer than this are cut
// (at sentences, into parts of 60 words or more), so that one unpunctuated OCR page is not one hit.
const MAX_PARAGRAPH_WORDS = 300;
const MIN_PART_WORDS = 60;

/** The passages of a cleaned text, in order, as spans of it. */
export function passageUnits(text: string): Span[] {
  return passageSpans(text, { maxUnitWords: MAX_PARAGRAPH_WORDS, minPartWords: MIN_PART_WORDS });
}

/**
 * Makes the rendition's paragraphs the directive's searchable passages, replacing those of the
 * rendition that was best before. Runs inside the ingestion's transaction (`em` is its manager).
 */
export async function indexPassages(em: EntityManager, directive: Directive, rendition: Rendition, text: string): Promise<void> {
  await em.nativeDelete(Passage, { directive });
  const rows = passageUnits(text).map((span, ordinal) => ({
    directive_id: directive.id,
    rendition_id: rendition.id,
    ordinal,
    start_offset: span.start,
    end_offset: span.end,
    text: text.slice(span.start, span.end),
  }));
  // One INSERT for all rows; PostgreSQL computes the search column itself.
  await insertRecords(em, 'passage', ['directive_id', 'rendition_id', 'ordinal', 'start_offset', 'end_offset', 'text'], rows);
}
