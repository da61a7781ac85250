import type { EntityManager } from '@mikro-orm/postgresql';
import type { CorrectedKind } from '../db/entities/Correction';
import {
  agencyMentionCondition,
  allOf,
  directiveScope,
  measureCondition,
  referenceCondition,
  sloganMentionCondition,
  targetCondition,
  type Condition,
} from '../read/filters';
import { execute } from '../read/statement';
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
  directiveRow,
  measureRow,
  mentionRow,
  panelRow,
  referenceRow,
  targetRow,
  type RawRow,
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
  const read = (statement: Statement, where: Condition) => rows(em, statement, where, batchSize);
  switch (request.kind) {
    case 'targets':
      return { columns: TARGET_COLUMNS, rows: read(TARGETS, targetCondition(request.filter)) };
    case 'measures':
      return { columns: MEASURE_COLUMNS, rows: read(MEASURES, measureCondition(request.filter)) };
    case 'directives':
      return { columns: DIRECTIVE_ROW_COLUMNS, rows: read(DIRECTIVES, directiveScope(request.filter)) };
    case 'slogans':
      return { columns: SLOGAN_COLUMNS, rows: read(SLOGANS, sloganMentionCondition(request.filter)) };
    case 'agencies':
      return { columns: AGENCY_COLUMNS, rows: read(AGENCIES, agencyMentionCondition(request.filter)) };
    case 'references':
      return { columns: REFERENCE_COLUMNS, rows: read(REFERENCES, referenceCondition(request.filter)) };
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

// Each kind of row is one statement over its table `t`: explicit columns named as the export's, the
// directive, its province and the rendition joined, whether an editor corrected the row from a hashed
// sub-select. The finishing touches are rows.ts's.

/** How to read one kind of row: its table, the SELECT list and joins over alias `t`, and how a row is finished. */
interface Statement {
  table: string;
  select: string;
  joins: string;
  finish(raw: RawRow): Row;
}

const directiveCells = (d: string) =>
  `${d}.province_code, p.name as province_name, ${d}.number as directive_number, ${d}.id as directive_id, ${d}.kind as document_kind, ` +
  `${d}.issued_on, ${d}.meeting_on, ${d}.dated_on, ${d}.dated_from`;
const DEADLINE = 't.deadline_kind, t.deadline_date, t.deadline_period_start, t.deadline_period_end, t.deadline_days, t.deadline_hours, t.deadline_event';
const CITATION = 't.quote, t.rendition_id, r.origin as rendition_origin, t.start_offset as start, t.end_offset as "end", t.rule';
const FACT_JOINS = 'join directive d on d.id = t.directive_id left join province p on p.code = d.province_code join rendition r on r.id = t.rendition_id';
const corrected = (kind: CorrectedKind) => `t.id in (select c.fact_id from correction c where c.kind = '${kind}') as corrected`;

const TARGETS: Statement = {
  table: 'target',
  select:
    `${directiveCells('d')}, t.metric, t.value, t.unit, t.bound, t.noun_phrase, t.contingent, t.pool_size, t.dose, t.scope, t.population, ` +
    `t.condition, p.population as province_population, ${DEADLINE}, ${CITATION}, ${corrected('TARGET')}`,
  joins: FACT_JOINS,
  finish: targetRow,
};

const MEASURES: Statement = {
  table: 'measure',
  select:
    `${directiveCells('d')}, t.category, t.other_categories, t.oxcgrt_code, t.strength, t.direction, ` +
    `array(select a.canonical_name from measure_agency ma join agency a on a.id = ma.agency_id where ma.measure_id = t.id) as agencies, ` +
    `${DEADLINE}, ${CITATION}, ${corrected('MEASURE')}`,
  joins: FACT_JOINS,
  finish: measureRow,
};

const DIRECTIVES: Statement = {
  table: 'directive',
  select:
    `${directiveCells('t')}, t.dated_to, i.name as issuer_name, i.kind as issuer_kind, i.level as issuer_level, i.district as issuer_district, ` +
    `t.signer_name, t.signer_title, t.signer_on_behalf_of, t.subject, t.missing as missing_fields, ` +
    `(select count(*)::int from rendition r where r.directive_id = t.id) as renditions, ${corrected('DIRECTIVE')}`,
  joins: 'left join province p on p.code = t.province_code left join issuer i on i.id = t.issuer_id',
  finish: directiveRow,
};

const SLOGANS: Statement = {
  table: 'slogan_mention',
  select: `${directiveCells('d')}, s.canonical as slogan, s.kind as slogan_kind, s.reviewed, s.gloss, t.quoted, ${CITATION}`,
  joins: `${FACT_JOINS} join slogan s on s.id = t.slogan_id`,
  finish: mentionRow,
};

const AGENCIES: Statement = {
  table: 'agency_mention',
  select: `${directiveCells('d')}, a.canonical_name as agency, a.level as agency_level, ${CITATION}`,
  joins: `${FACT_JOINS} join agency a on a.id = t.agency_id`,
  finish: mentionRow,
};

const REFERENCES: Statement = {
  table: 'reference',
  select:
    `${directiveCells('d')}, t.number as cited_number, t.kind as cited_kind, t.issuer as cited_issuer, t.issued_on as cited_issued_on, ` +
    `t.cited_id as cited_directive_id, ${CITATION}`,
  joins: FACT_JOINS,
  finish: referenceRow,
};

/**
 * Rows in id order (the order of extraction, as the GraphQL queries list them), in keyset batches: each
 * batch is an index range scan however deep the export goes, and memory holds one batch.
 */
async function* rows(em: EntityManager, statement: Statement, where: Condition, batchSize: number): AsyncGenerator<Row> {
  const sql = `select t.id, ${statement.select} from ${statement.table} t ${statement.joins} where ${allOf(where, { sql: 't.id > ?', params: [] }).sql} order by t.id limit ?`;
  let afterId = 0;
  for (;;) {
    const batch = await execute<RawRow[]>(em, sql, [...where.params, afterId, batchSize]);
    for (const raw of batch) yield statement.finish(raw);
    if (batch.length < batchSize) return;
    afterId = batch[batch.length - 1].id;
  }
}
