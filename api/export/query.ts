import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { AgencyMention, Directive, Measure, Reference, SloganMention, Target } from '../db/entities';
import { execute, placeholders, populateRows, readWhere } from '../read/rows';
import type { CorrectedKind } from '../db/entities/Correction';
import { agencyMentionCondition, directiveListCondition, measureCondition, referenceCondition, sloganMentionCondition, targetCondition } from '../graphql/fact-filter';
import { panel } from '../panel/panel-query';
import type { Granularity } from '../panel/panel';
import { ExportInputError, type ExportRequest, type PanelFilter } from './filters';
import {
  AGENCY_COLUMNS,
  DIRECTIVE_ROW_COLUMNS,
  MEASURE_COLUMNS,
  PANEL_COLUMNS,
  REFERENCE_COLUMNS,
  SLOGAN_COLUMNS,
  TARGET_COLUMNS,
  agencyRow,
  directiveRow,
  measureRow,
  panelRow,
  referenceRow,
  sloganRow,
  targetRow,
  type Row,
} from './rows';

/** Rows read per SQL round trip: memory holds one batch (a few MB), whatever the size of the corpus. */
export const DEFAULT_BATCH_SIZE = 5000;

export interface ExportQuery {
  columns: readonly string[];
  /** Facts in id order (the order of extraction, as the GraphQL queries list them). */
  rows: AsyncIterable<Row>;
}

export interface QueryOptions {
  batchSize?: number;
}

/**
 * Validates the filter and builds the conditions at once (bad input throws BAD_USER_INPUT here, before
 * anything is written); the rows are read lazily, batch by batch, as the consumer pulls them.
 */
export function openExport(em: EntityManager, request: ExportRequest, options: QueryOptions = {}): ExportQuery {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, not ${batchSize}`);
  switch (request.kind) {
    case 'targets':
      return { columns: TARGET_COLUMNS, rows: targetRows(em, targetCondition(request.filter), batchSize) };
    case 'measures':
      return { columns: MEASURE_COLUMNS, rows: measureRows(em, measureCondition(em, request.filter), batchSize) };
    case 'directives':
      return { columns: DIRECTIVE_ROW_COLUMNS, rows: directiveRows(em, directiveListCondition(request.filter), batchSize) };
    case 'slogans':
      return { columns: SLOGAN_COLUMNS, rows: mentionRows(em, SloganMention, sloganMentionCondition(request.filter), ['slogan'], batchSize, sloganRow) };
    case 'agencies':
      return { columns: AGENCY_COLUMNS, rows: mentionRows(em, AgencyMention, agencyMentionCondition(request.filter), ['agency'], batchSize, agencyRow) };
    case 'references':
      return { columns: REFERENCE_COLUMNS, rows: mentionRows(em, Reference, referenceCondition(request.filter), [], batchSize, referenceRow) };
    case 'panel':
      return { columns: PANEL_COLUMNS, rows: panelRows(em, request.filter) };
  }
}

/**
 * The panel's cells as rows. Its question is checked when the first row is pulled (the HTTP export pulls it
 * before the status line); provinces, from and to are required, as in the GraphQL query.
 */
async function* panelRows(em: EntityManager, filter: PanelFilter): AsyncGenerator<Row> {
  const { provinces, from, to, indicators, granularity } = filter;
  if (!provinces || !from || !to) throw new ExportInputError('the panel needs provinces, from and to');
  if (granularity && granularity.length !== 1) throw new ExportInputError('granularity takes one value, DAY or WEEK');
  const answer = await panel(em, { provinces, from, to, indicators, granularity: (granularity?.[0] as Granularity) ?? 'DAY' });
  const byCode = new Map(answer.provinces.map((p) => [p.code, p]));
  for (const cell of answer.cells) yield panelRow(cell, byCode.get(cell.province)!);
}

/**
 * Keyset pagination on id: each batch is an index range scan however deep the export goes, and the
 * directive with its province comes in the same statement.
 */
async function* batches<E extends { id: number }>(
  em: EntityManager,
  entity: new () => E,
  where: FilterQuery<E>,
  batchSize: number,
  populate: readonly string[] = ['directive.province'],
): AsyncGenerator<E[]> {
  let afterId = 0;
  for (;;) {
    // Plain rows (api/read/rows.ts): an export of every fact creates no entity and keeps none alive.
    const batch = await readWhere(em, entity, { $and: [where, { id: { $gt: afterId } }] } as FilterQuery<E>, { id: 'asc' } as QueryOrderMap<E>, { limit: batchSize });
    await populateRows(em, entity, batch, populate);
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    afterId = batch[batch.length - 1].id;
  }
}

/** Origins of the batch's renditions in one statement, without their (long) texts. */
async function renditionOrigins(em: EntityManager, facts: { rendition: { id: number } }[]): Promise<Map<number, string | null>> {
  const ids = [...new Set(facts.map((f) => f.rendition.id))];
  if (ids.length === 0) return new Map();
  const rows = await execute<{ id: number; origin: string | null }[]>(em, `select id, origin from rendition where id in (${placeholders(ids)})`, ids);
  return new Map(rows.map((r) => [r.id, r.origin]));
}

const byName = new Intl.Collator('vi').compare;

/** Canonical names of each measure's agencies, alphabetical so that a row does not depend on ingestion order. */
async function agencyNames(em: EntityManager, measures: Measure[]): Promise<Map<number, string[]>> {
  const names = new Map<number, string[]>();
  if (measures.length === 0) return names;
  const ids = measures.map((m) => m.id);
  const links = await execute<{ measure_id: number; canonical_name: string }[]>(
    em,
    `select ma.measure_id, a.canonical_name from measure_agency ma join agency a on a.id = ma.agency_id where ma.measure_id in (${placeholders(ids)})`,
    ids,
  );
  for (const link of links) names.set(link.measure_id, [...(names.get(link.measure_id) ?? []), link.canonical_name]);
  for (const list of names.values()) list.sort(byName);
  return names;
}

/** Which of the batch's rows an editor corrected (corrections applied to them now). */
async function correctedIds(em: EntityManager, kind: CorrectedKind, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await execute<{ fact_id: number }[]>(em, `select distinct fact_id from correction where kind = ? and fact_id in (${placeholders(ids)})`, [kind, ...ids]);
  return new Set(rows.map((r) => r.fact_id));
}

async function* targetRows(em: EntityManager, where: FilterQuery<Target>, batchSize: number): AsyncGenerator<Row> {
  for await (const targets of batches(em, Target, where, batchSize)) {
    const origins = await renditionOrigins(em, targets);
    const corrected = await correctedIds(em, 'TARGET', targets.map((t) => t.id));
    const rows = targets.map((t) => targetRow(t, { renditionOrigin: origins.get(t.rendition.id) ?? null, corrected: corrected.has(t.id) }));
    yield* rows;
  }
}

async function* measureRows(em: EntityManager, where: FilterQuery<Measure>, batchSize: number): AsyncGenerator<Row> {
  for await (const measures of batches(em, Measure, where, batchSize)) {
    const origins = await renditionOrigins(em, measures);
    const agencies = await agencyNames(em, measures);
    const corrected = await correctedIds(em, 'MEASURE', measures.map((m) => m.id));
    const rows = measures.map((m) =>
      measureRow(m, { renditionOrigin: origins.get(m.rendition.id) ?? null, agencies: agencies.get(m.id) ?? [], corrected: corrected.has(m.id) }),
    );
    yield* rows;
  }
}

async function* directiveRows(em: EntityManager, where: FilterQuery<Directive>, batchSize: number): AsyncGenerator<Row> {
  for await (const directives of batches(em, Directive, where, batchSize, ['province', 'issuer'])) {
    const ids = directives.map((d) => d.id);
    const counts = await execute<{ directive_id: number; renditions: number }[]>(
      em,
      `select directive_id, count(*)::int as renditions from rendition where directive_id in (${placeholders(ids)}) group by 1`,
      ids,
    );
    const renditions = new Map(counts.map((c) => [c.directive_id, c.renditions]));
    const corrected = await correctedIds(em, 'DIRECTIVE', ids);
    const rows = directives.map((d) => directiveRow(d, { renditions: renditions.get(d.id) ?? 0, corrected: corrected.has(d.id) }));
    yield* rows;
  }
}

/** Rows of a kind of mention (slogans, agencies, references), each with its directive and citation. */
async function* mentionRows<E extends SloganMention | AgencyMention | Reference>(
  em: EntityManager,
  entity: new () => E,
  where: FilterQuery<E>,
  also: string[],
  batchSize: number,
  row: (mention: E, context: { renditionOrigin: string | null }) => Row,
): AsyncGenerator<Row> {
  for await (const mentions of batches(em, entity, where, batchSize, ['directive.province', ...also])) {
    const origins = await renditionOrigins(em, mentions);
    const rows = mentions.map((m) => row(m, { renditionOrigin: origins.get(m.rendition.id) ?? null }));
    yield* rows;
  }
}
