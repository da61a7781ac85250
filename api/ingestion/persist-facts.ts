import type { EntityManager } from '@mikro-orm/postgresql';
import { AgencyMention, Directive, Measure, Reference, Rendition, SloganMention, Target } from '../db/entities';
import type { AgencyMention as AgencyFact, ExtractedFacts } from '../domain/facts';
import { insertRecordSets } from '../db/insert-records';
import { catalogues } from './fact-catalogues';
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

/**
 * Stores the facts as rows, all in one statement (fact-rows.ts): a document has dozens of measures and
 * mentions, and as ORM entities their creation and flush cost more than the inserts. The shared catalogues
 * (agencies, slogans) a fact may add to are found or created first, with the directives it may cite.
 */
export async function insertFacts(em: EntityManager, directive: Directive, rendition: Rendition, facts: ExtractedFacts): Promise<void> {
  const agencyFacts: AgencyFact[] = [...facts.agencies, ...facts.measures.flatMap((m) => m.agencies)];
  // One row per name, its fields from the last fact naming it.
  const wantedAgencies = new Map(agencyFacts.map((a) => [a.canonicalName, { canonical_name: a.canonicalName, level: a.level }]));
  const wantedSlogans = new Map(facts.slogans.map((s) => [s.canonical, { canonical: s.canonical, kind: s.kind, gloss: s.gloss, expansion: s.expansion, reviewed: s.reviewed }]));
  const numbers = [...new Set(facts.references.map((r) => r.number))];
  const { agencies, slogans, cited } = await catalogues(em, [...wantedAgencies.values()], [...wantedSlogans.values()], numbers);
  const owner = { directive_id: directive.id, rendition_id: rendition.id };

  // A link names its measure by position: the measure's id is drawn in the statement (insertRecordSets).
  const links = facts.measures.flatMap((m, i) =>
    [...new Set(m.agencies.map((a) => agencies.get(a.canonicalName)!))].map((agency_id) => ({ measure_id: i, agency_id })),
  );
  const sloganMentions = facts.slogans.flatMap((s) =>
    s.mentions.map((mention) => ({ ...owner, slogan_id: slogans.get(s.canonical)!, quoted: mention.quoted, ...citationColumns(mention.citation) })),
  );
  const agencyMentions = facts.agencies.map((a) => ({ ...owner, agency_id: agencies.get(a.canonicalName)!, ...citationColumns(a.citation) }));
  const references = facts.references.map((r) => {
    // A number alone can repeat across provinces (every Tỉnh ủy has a "362-TB/TU"): prefer the citing province.
    const candidates = cited.filter((d) => d.number === r.number);
    const link = candidates.find((d) => d.provinceCode === (directive.province?.code ?? null)) ?? (candidates.length === 1 ? candidates[0] : null);
    return { ...owner, ...referenceRow(r), cited_id: link?.id ?? null };
  });
  await insertRecordSets(em, [
    { table: 'measure', columns: MEASURE_COLUMNS, records: facts.measures.map((m) => ({ ...owner, ...measureRow(m) })) },
    { table: 'measure_agency', columns: ['measure_id', 'agency_id'], records: links, refersTo: { column: 'measure_id', set: 0 } },
    { table: 'target', columns: TARGET_COLUMNS, records: facts.targets.map((t) => ({ ...owner, ...targetRow(t) })) },
    { table: 'slogan_mention', columns: SLOGAN_MENTION_COLUMNS, records: sloganMentions },
    { table: 'agency_mention', columns: AGENCY_MENTION_COLUMNS, records: agencyMentions },
    { table: 'reference', columns: REFERENCE_COLUMNS, records: references },
  ]);
}

/** Links citations made before the cited directive arrived. */
export async function linkCitationsTo(em: EntityManager, directive: Directive): Promise<void> {
  if (!directive.number) return;
  const province = directive.province?.code ?? null;
  await em.getConnection().execute(
    `update reference r set cited_id = ? from directive citing
      where r.directive_id = citing.id and r.cited_id is null and r.number = ?
        and (citing.province_code is not distinct from ? or ? is null)`,
    [directive.id, directive.number, province, province],
    'run',
    em.getTransactionContext(), // inside the ingestion's transaction, not beside it
  );
}
