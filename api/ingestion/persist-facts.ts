import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from '../db/bound-query';
import { AgencyMention, Directive, Measure, Reference, Rendition, SloganMention, Target } from '../db/entities';
import type { AgencyMention as AgencyFact, ExtractedFacts } from '../domain/facts';
import { catalogues } from './fact-catalogues';
import { mayBeSameYear, yearOfIso } from '../text/dates';
import type { PendingRows } from './pending-rows';
import {
  AGENCY_MENTION_COLUMNS,
  citationColumns,
  MEASURE_COLUMNS,
  measureRow,
  REFERENCE_COLUMNS,
  referenceRow,
  SLOGAN_MENTION_COLUMNS,
  TARGET_COLUMNS,
  targetRow,
} from './fact-rows';

// A directive's facts are those of its best rendition (highest text quality). When a better text of it
// arrives, its facts replace the old ones whole: nothing is counted twice because two texts say it.

/** Deletes the directive's facts (a measure's agency links go with it); shared catalogues stay. */
export async function deleteFacts(em: EntityManager, directive: Directive): Promise<void> {
  for (const entity of [Measure, Target, SloganMention, AgencyMention, Reference] as const) {
    await em.nativeDelete(entity as typeof Measure, { directive });
  }
}

/**
 * Removes slogans and agencies no directive names any more (the text that named them was replaced by a
 * better one that does not): `slogans` and `agencies` list what the corpus uses, not what it once did.
 */
export async function pruneCatalogues(em: EntityManager): Promise<void> {
  const run = (sql: string) => em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
  await run('delete from slogan s where not exists (select 1 from slogan_mention m where m.slogan_id = s.id)');
  await run(
    `delete from agency a where not exists (select 1 from agency_mention m where m.agency_id = a.id)
       and not exists (select 1 from measure_agency l where l.agency_id = a.id)`,
  );
}

type Row = Record<string, unknown>;

/** A document's facts as rows, before they are written (pending-rows.ts). */
export interface FactRecords {
  measures: Row[];
  /** `measure_id` is the measure's position in `measures`: its id is drawn when it is written. */
  measureAgencies: { measure_id: number; agency_id: number }[];
  targets: Row[];
  sloganMentions: Row[];
  agencyMentions: Row[];
  references: PendingReference[];
}

/** A reference row, with the province of the directive citing it (what linkCitationsTo matches on). */
export type PendingReference = Row & { number: string; cited_id: number | null; citingProvince: string | null };

/** The tables of FactRecords, in the order they are written; a key left out of a table's columns is not written. */
export const FACT_SETS: readonly { key: keyof FactRecords; table: string; columns: readonly string[]; refersTo?: { column: string; set: number } }[] = [
  { key: 'measures', table: 'measure', columns: MEASURE_COLUMNS },
  { key: 'measureAgencies', table: 'measure_agency', columns: ['measure_id', 'agency_id'], refersTo: { column: 'measure_id', set: 0 } },
  { key: 'targets', table: 'target', columns: TARGET_COLUMNS },
  { key: 'sloganMentions', table: 'slogan_mention', columns: SLOGAN_MENTION_COLUMNS },
  { key: 'agencyMentions', table: 'agency_mention', columns: AGENCY_MENTION_COLUMNS },
  { key: 'references', table: 'reference', columns: REFERENCE_COLUMNS },
];

/**
 * The facts as rows, written with the other rows of the batch (pending-rows.ts): a document has dozens of
 * measures and mentions, and as ORM entities their creation and flush cost more than the inserts. The shared
 * catalogues (agencies, slogans) a fact may add to are found or created now, with the directives it may
 * cite: later documents of the batch read them.
 */
export async function insertFacts(em: EntityManager, directive: Directive, rendition: Rendition, facts: ExtractedFacts, pending: PendingRows): Promise<void> {
  const agencyFacts: AgencyFact[] = [...facts.agencies, ...facts.measures.flatMap((m) => m.agencies)];
  // One row per name, its fields from the last fact naming it.
  const wantedAgencies = new Map(agencyFacts.map((a) => [a.canonicalName, { canonical_name: a.canonicalName, level: a.level }]));
  const wantedSlogans = new Map(facts.slogans.map((s) => [s.canonical, { canonical: s.canonical, kind: s.kind, gloss: s.gloss, expansion: s.expansion, reviewed: s.reviewed }]));
  const numbers = [...new Set(facts.references.map((r) => r.number))];
  const { agencies, slogans, cited } = await catalogues(em, [...wantedAgencies.values()], [...wantedSlogans.values()], numbers);
  const owner = { directive_id: directive.id, rendition_id: rendition.id };
  const province = directive.province?.code ?? null;

  const measureAgencies = facts.measures.flatMap((m, i) =>
    [...new Set(m.agencies.map((a) => agencies.get(a.canonicalName)!))].map((agency_id) => ({ measure_id: i, agency_id })),
  );
  const sloganMentions = facts.slogans.flatMap((s) =>
    s.mentions.map((mention) => ({ ...owner, slogan_id: slogans.get(s.canonical)!, quoted: mention.quoted, ...citationColumns(mention.citation) })),
  );
  const agencyMentions = facts.agencies.map((a) => ({ ...owner, agency_id: agencies.get(a.canonicalName)!, ...citationColumns(a.citation) }));
  const references = facts.references.map((r) => {
    // A number alone can repeat across provinces (every Tỉnh ủy has a "362-TB/TU"): prefer the citing province.
    // And across years, numbering starting again each year: a citation dated in another year cites another.
    const candidates = cited.filter((d) => d.number === r.number && mayBeSameYear(d.year, yearOfIso(r.issuedOn)));
    const link = candidates.find((d) => d.provinceCode === province) ?? (candidates.length === 1 ? candidates[0] : null);
    return { ...owner, ...referenceRow(r), number: r.number, cited_id: link?.id ?? null, citingProvince: province };
  });
  pending.addFacts({
    measures: facts.measures.map((m) => ({ ...owner, ...measureRow(m) })),
    measureAgencies,
    targets: facts.targets.map((t) => ({ ...owner, ...targetRow(t) })),
    sloganMentions,
    agencyMentions,
    references,
  });
}

/**
 * Links citations made before the cited directive arrived: those written, and those of documents of the same
 * batch still pending (`pending`), by the same rule. With `pending`, the written ones are linked when the
 * batch's rows are written (before them, in the order the links were made), one statement for the batch.
 */
export async function linkCitationsTo(em: EntityManager, directive: Directive, pending?: PendingRows): Promise<void> {
  if (!directive.number) return;
  const link = { id: directive.id, number: directive.number, province: directive.province?.code ?? null, year: yearOfIso(directive.datedOn) };
  if (!pending) return linkWrittenCitations(em, [link]);
  pending.addCitationLink(link);
  for (const r of pending.pendingReferences()) {
    if (r.cited_id === null && r.number === link.number && (r.citingProvince === link.province || link.province === null) && mayBeSameYear(link.year, yearOfIso(r.issued_on as string | null))) {
      r.cited_id = link.id;
    }
  }
}

/**
 * A directive that written references citing its number (from its province, or any if it has none; dated in
 * its year, or undated) point to.
 */
export interface CitationLink {
  id: number;
  number: string;
  province: string | null;
  year: number | null;
}

/**
 * Points unlinked written references at the directives of `links`: each at the first link it matches, as
 * one update per link in turn would (a reference linked by one is no longer unlinked for the next).
 */
export async function linkWrittenCitations(em: EntityManager, links: readonly CitationLink[]): Promise<void> {
  if (links.length === 0) return;
  await boundQuery(
    em,
    `update reference r set cited_id = chosen.cited_id
       from (select distinct on (written.id) written.id, link.id as cited_id
               from json_to_recordset(?::json) as link(ordinal int, id int, number text, province text, year int)
               join reference written on written.number = link.number and written.cited_id is null
               join directive citing on citing.id = written.directive_id
              where (citing.province_code is not distinct from link.province or link.province is null)
                and (link.year is null or written.issued_on is null or extract(year from written.issued_on) = link.year)
              order by written.id, link.ordinal) chosen
      where r.id = chosen.id`,
    [JSON.stringify(links.map((l, ordinal) => ({ ordinal, ...l })))],
  );
}
