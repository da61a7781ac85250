import type { Province } from '../db/entities';
import { toGlobalId } from '../graphql/node/global-id';
import type { PanelCell } from '../panel/panel';
import { defaultCodebook } from '../panel/codebook';
import { targetPerThousandPeople } from '../reference/province-statistics';

// One row per fact, tidy: every column holds one value, and the directive, deadline and citation are
// flattened beside the fact. The column lists fix the order of both the CSV header and the JSON keys.

export const DIRECTIVE_COLUMNS = ['province_code', 'province_name', 'directive_number', 'directive_id', 'document_kind', 'issued_on', 'meeting_on', 'dated_on', 'dated_from'] as const;
export const DEADLINE_COLUMNS = ['deadline_kind', 'deadline_date', 'deadline_period_start', 'deadline_period_end', 'deadline_days', 'deadline_hours', 'deadline_event'] as const;
export const CITATION_COLUMNS = ['quote', 'rendition_id', 'rendition_origin', 'start', 'end', 'rule'] as const;

export const TARGET_COLUMNS = [
  ...DIRECTIVE_COLUMNS,
  'metric',
  'value',
  'unit',
  'bound',
  'noun_phrase',
  'contingent',
  'pool_size',
  'dose',
  'scope',
  'population',
  'condition',
  'per_1000_people',
  ...DEADLINE_COLUMNS,
  ...CITATION_COLUMNS,
  'corrected',
] as const;

export const MEASURE_COLUMNS = [...DIRECTIVE_COLUMNS, 'category', 'other_categories', 'oxcgrt_code', 'strength', 'direction', 'agencies', ...DEADLINE_COLUMNS, ...CITATION_COLUMNS, 'corrected'] as const;

/** One row per directive: its metadata, why unknown fields are unknown, and how many texts and facts it has. */
export const DIRECTIVE_ROW_COLUMNS = [
  ...DIRECTIVE_COLUMNS,
  'dated_to',
  'issuer_name',
  'issuer_kind',
  'issuer_level',
  'issuer_district',
  'signer_name',
  'signer_title',
  'signer_on_behalf_of',
  'subject',
  'missing_fields',
  'renditions',
  'corrected',
] as const;

/** One row per use of a slogan. */
export const SLOGAN_COLUMNS = [...DIRECTIVE_COLUMNS, 'slogan', 'slogan_kind', 'reviewed', 'gloss', 'quoted', ...CITATION_COLUMNS] as const;

/** One row per mention of an agency in a directive's body. */
export const AGENCY_COLUMNS = [...DIRECTIVE_COLUMNS, 'agency', 'agency_level', ...CITATION_COLUMNS] as const;

/** One row per document a directive cites; `cited_directive_id` when the corpus holds it. */
export const REFERENCE_COLUMNS = [...DIRECTIVE_COLUMNS, 'cited_number', 'cited_kind', 'cited_issuer', 'cited_issued_on', 'cited_directive_id', ...CITATION_COLUMNS] as const;

/** The panel in long format, one row per province, period and indicator, like OxCGRT's. */
export const PANEL_COLUMNS = [
  'province_code',
  'province_name',
  'period_start',
  'period_end',
  'indicator',
  'indicator_name',
  'value',
  'flag',
  'status',
  'fact_count',
  'directive_numbers',
  'fact_ids',
  'targets_per_1000_people',
  'quotes',
] as const;

/** Lists inside one cell (other categories, agencies) are joined with this; no code or canonical name contains it. */
export const LIST_SEPARATOR = '|';

/** Unknown values are null: an empty CSV cell, a JSON null. Flags are booleans: true/false in both. */
export type Cell = string | number | boolean | null;
export type Row = Readonly<Record<string, Cell>>;
export type PanelRow = Record<(typeof PANEL_COLUMNS)[number], Cell>;
/** Quotes in one cell are separated by a line break: a quote may hold any other character, a "|" of a table too. */
export const QUOTE_SEPARATOR = '\n';

// A fact's row is read with its cells already named as the columns (query.ts: one statement a batch, the
// directive, province and rendition joined); what SQL does not give is finished here, on the row the driver
// made, without copying it: ids become global ids, a deadline without a kind is no deadline, lists are
// joined. Keys besides the columns (the row's own id, the province's population) stay on it: the writers
// read the columns alone.

/** A row as the driver gives it: the columns' cells, ids as integers, and the helpers each function names. */
export type RawRow = Record<string, Cell | undefined> & { id: number };

const DEADLINE_DETAILS = DEADLINE_COLUMNS.filter((c) => c !== 'deadline_kind');

/** The directive's and the citation's cells, common to every fact. */
function finishFact(raw: RawRow): void {
  raw.directive_id = toGlobalId('Directive', raw.directive_id as number);
  raw.rendition_id = toGlobalId('Rendition', raw.rendition_id as number);
}

// A nullable embedded deadline can be stored as columns of nulls: no kind means no deadline.
function finishDeadline(raw: RawRow): void {
  if (raw.deadline_kind === null) for (const column of DEADLINE_DETAILS) raw[column] = null;
}

/** Needs `province_population`, the 2021 population of the directive's province. */
export function targetRow(raw: RawRow): Row {
  finishFact(raw);
  finishDeadline(raw);
  raw.per_1000_people = targetPerThousandPeople(raw.value as number, raw.unit as string, (raw.province_population as number | null) ?? null);
  return raw as Row;
}

const byName = new Intl.Collator('vi').compare;

/** `other_categories` as stored (a JSON array); `agencies` the canonical names of its agencies, in any order. */
export function measureRow(raw: RawRow): Row {
  finishFact(raw);
  finishDeadline(raw);
  raw.other_categories = (raw.other_categories as unknown as string[]).join(LIST_SEPARATOR);
  // Alphabetical, so that a row does not depend on ingestion order.
  raw.agencies = (raw.agencies as unknown as string[]).sort(byName).join(LIST_SEPARATOR);
  return raw as Row;
}

/** `missing_fields` as stored (field -> reason). */
export function directiveRow(raw: RawRow): Row {
  raw.directive_id = toGlobalId('Directive', raw.directive_id as number);
  raw.missing_fields = Object.keys(raw.missing_fields as unknown as Record<string, string>).sort().join(LIST_SEPARATOR);
  return raw as Row;
}

/** Slogan and agency mentions: the fact's cells as read. */
export function mentionRow(raw: RawRow): Row {
  finishFact(raw);
  return raw as Row;
}

/** `cited_directive_id` as the cited directive's integer id, when the corpus holds it. */
export function referenceRow(raw: RawRow): Row {
  finishFact(raw);
  if (raw.cited_directive_id !== null) raw.cited_directive_id = toGlobalId('Directive', raw.cited_directive_id as number);
  return raw as Row;
}

/** One panel cell; `province` is its province as the answer loaded it. */
export function panelRow(cell: PanelCell, province: Pick<Province, 'code' | 'name' | 'population'>): PanelRow {
  const facts = cell.evidence.map((e) => e.fact);
  const perHead = facts
    .filter((f) => f.kind === 'TARGET' && f.value !== null && f.unit !== null)
    .map((f) => targetPerThousandPeople(f.value!, f.unit!, province.population))
    .filter((v) => v !== null);
  return {
    province_code: province.code,
    province_name: province.name,
    period_start: cell.periodStart,
    period_end: cell.periodEnd,
    indicator: cell.indicator,
    indicator_name: defaultCodebook().indicators.find((i) => i.code === cell.indicator)?.name ?? null,
    value: cell.value,
    flag: cell.flag,
    status: cell.status,
    fact_count: facts.length,
    directive_numbers: [...new Set(facts.map((f) => f.directiveNumber ?? toGlobalId('Directive', f.directiveId)))].join(LIST_SEPARATOR),
    fact_ids: facts.map((f) => toGlobalId(f.kind === 'TARGET' ? 'Target' : 'Measure', f.id)).join(LIST_SEPARATOR),
    targets_per_1000_people: perHead.join(LIST_SEPARATOR),
    quotes: facts.map((f) => f.citation.quote).join(QUOTE_SEPARATOR),
  };
}
