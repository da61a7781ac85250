import type { EntityManager } from '@mikro-orm/postgresql';
import { insertRecordSets, type RecordSet } from '../db/insert-records';
import { deleteUnusedTexts, insertPassages, type PassageRow } from '../search/passages';
import { insertClauseRows, type ClauseRow } from './persist-clauses';
import { FACT_SETS, linkWrittenCitations, type CitationLink, type FactRecords } from './persist-facts';
import { insertSharedPairs, type SharedPairRow } from './persist-reuse';

/**
 * Rows that no later step of an ingestion reads: clauses, facts, passages and shared passages. Documents
 * ingested together (ingestMany) hand theirs here, and they are written for all of them at once, one
 * statement per kind, instead of one statement per kind and document: round trips under the ingestion lock
 * were most of a document's hold on it. What a later document of the batch does read is written at once
 * (directives, renditions, catalogues, fingerprints), and a document that replaces a directive's facts or
 * passages has what came before written first (ingest.ts), so every step sees what it would see alone.
 */
export class PendingRows {
  private clauses: ClauseRow[] = [];
  private facts: { [K in keyof FactRecords]: FactRecords[K][number][] } = emptyFacts();
  private passages: PassageRow[] = [];
  /** Texts the passages of replaced renditions pointed at: deleted after the new passages, if no passage uses them. */
  private releasedTexts: number[] = [];
  private sharedPairs: SharedPairRow[] = [];
  /** Directives that written references citing them are linked to, in order (linkCitationsTo). */
  private citationLinks: CitationLink[] = [];

  addClauses(rows: ClauseRow[]): void {
    this.clauses.push(...rows);
  }

  /** A document's facts; its measure links name measures by position in the document's own list. */
  addFacts(records: FactRecords): void {
    const offset = this.facts.measures.length;
    this.facts.measures.push(...records.measures);
    this.facts.measureAgencies.push(...records.measureAgencies.map((l) => ({ ...l, measure_id: l.measure_id + offset })));
    this.facts.targets.push(...records.targets);
    this.facts.sloganMentions.push(...records.sloganMentions);
    this.facts.agencyMentions.push(...records.agencyMentions);
    this.facts.references.push(...records.references);
  }

  /** References not written yet, for linkCitationsTo: it links them as its statement links written ones. */
  pendingReferences(): FactRecords['references'] {
    return this.facts.references;
  }

  addPassages(rows: PassageRow[], releasedTexts: number[]): void {
    this.passages.push(...rows);
    this.releasedTexts.push(...releasedTexts);
  }

  addSharedPairs(rows: SharedPairRow[]): void {
    this.sharedPairs.push(...rows);
  }

  /**
   * A link to make among the written references. Nothing changes them before the next write (which a document
   * replacing a directive's facts calls first), so linking them then, before the pending rows are written
   * (those were linked as they were added), finds what linking at once would have.
   */
  addCitationLink(link: CitationLink): void {
    this.citationLinks.push(link);
  }

  /** Writes everything pending, inside `em`'s transaction, and starts empty again. */
  async write(em: EntityManager): Promise<void> {
    const { clauses, facts, passages, releasedTexts, sharedPairs, citationLinks } = this;
    this.clauses = [];
    this.facts = emptyFacts();
    this.passages = [];
    this.releasedTexts = [];
    this.sharedPairs = [];
    this.citationLinks = [];
    await linkWrittenCitations(em, citationLinks);
    await insertClauseRows(em, clauses);
    await insertRecordSets(em, FACT_SETS.map((s): RecordSet => ({ ...s, records: facts[s.key] })));
    await insertPassages(em, passages);
    await deleteUnusedTexts(em, releasedTexts);
    await insertSharedPairs(em, sharedPairs);
  }
}

function emptyFacts(): PendingRows['facts'] {
  return { measures: [], measureAgencies: [], targets: [], sloganMentions: [], agencyMentions: [], references: [] };
}
