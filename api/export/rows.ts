import type { AgencyMention, Deadline, Directive, Measure, Province, Reference, SloganMention, Target } from '../db/entities';
import { toGlobalId } from '../graphql/node/global-id';
import type { PanelCell } from '../panel/panel';
import { defaultCodebook } from '../panel/codebook';
import { targetPerThousandPeople } from '../reference/province-statistics';

// One row per fact, tidy: every column holds one value, and the directive, deadline and citation are
// flattened beside the fact. The column lists fix the order of both the CSV header and the JSON keys.

export const DIRECTIVE_COLUMNS = ['province_code', 'province_name', 'directive_number', 'directive_id', 'document_kind', 'issued_on', 'meeting_on', 'dated_on', 'dated_from'] as const;
export const DEADLINE_COLUMNS = ['deadline_kind', 'deadline_date', 'deadline_period_start', 'deadline_period_end', 'deadline_days', 'deadline_event'] as const;
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
export type TargetRow = Record<(typeof TARGET_COLUMNS)[number], Cell>;
export type MeasureRow = Record<(typeof MEASURE_COLUMNS)[number], Cell>;
export type PanelRow = Record<(typeof PANEL_COLUMNS)[number], Cell>;
/** Quotes in one cell are separated by a line break: a quote may hold any other character, a "|" of a table too. */
export const QUOTE_SEPARATOR = '\n';

type DirectiveCells = Record<(typeof DIRECTIVE_COLUMNS)[number], Cell>;
type DeadlineCells = Record<(typeof DEADLINE_COLUMNS)[number], Cell>;
type CitationCells = Record<(typeof CITATION_COLUMNS)[number], Cell>;

/** What a fact row needs besides the fact itself, loaded in bulk per batch. */
export interface FactContext {
  renditionOrigin: string | null;
  /** An editor corrected it (false where no correction can apply). */
  corrected: boolean;
}

function directiveCells(d: Directive): DirectiveCells {
  return {
    province_code: d.province?.code ?? null,
    province_name: d.province?.name ?? null,
    directive_number: d.number,
    directive_id: toGlobalId('Directive', d.id),
    document_kind: d.kind,
    issued_on: d.issuedOn,
    meeting_on: d.meetingOn,
    dated_on: d.datedOn,
    dated_from: d.datedFrom,
  };
}

// A nullable embedded deadline can come back as an object of nulls: no kind means no deadline.
function deadlineCells(d: Deadline | null): DeadlineCells {
  const present = d?.kind ? d : null;
  return {
    deadline_kind: present?.kind ?? null,
    deadline_date: present?.date ?? null,
    deadline_period_start: present?.periodStart ?? null,
    deadline_period_end: present?.periodEnd ?? null,
    deadline_days: present?.days ?? null,
    deadline_event: present?.event ?? null,
  };
}

function citationCells(fact: { rendition: { id: number }; citation: { quote: string; start: number; end: number; rule: string } }, context: Pick<FactContext, 'renditionOrigin'>): CitationCells {
  const { quote, start, end, rule } = fact.citation;
  return { quote, rendition_id: toGlobalId('Rendition', fact.rendition.id), rendition_origin: context.renditionOrigin, start, end, rule };
}

/** The directive (with its province) must be loaded. */
export function targetRow(t: Target, context: FactContext): TargetRow {
  return {
    ...directiveCells(t.directive),
    metric: t.metric,
    value: t.value,
    unit: t.unit,
    bound: t.bound,
    noun_phrase: t.nounPhrase,
    contingent: t.contingent,
    pool_size: t.poolSize,
    dose: t.dose,
    scope: t.scope,
    population: t.population,
    condition: t.condition,
    per_1000_people: targetPerThousandPeople(t.value, t.unit, t.directive.province?.population ?? null),
    ...deadlineCells(t.deadline),
    ...citationCells(t, context),
    corrected: context.corrected,
  };
}

/** The directive (with its province) must be loaded; `agencies` are canonical names in the order to print. */
export function measureRow(m: Measure, context: FactContext & { agencies: readonly string[] }): MeasureRow {
  return {
    ...directiveCells(m.directive),
    category: m.category,
    other_categories: m.otherCategories.join(LIST_SEPARATOR),
    oxcgrt_code: m.oxcgrtCode,
    strength: m.strength,
    direction: m.direction,
    agencies: context.agencies.join(LIST_SEPARATOR),
    ...deadlineCells(m.deadline),
    ...citationCells(m, context),
    corrected: context.corrected,
  };
}

/** The directive's province and issuer must be loaded. */
export function directiveRow(d: Directive, context: { renditions: number; corrected: boolean }): Row {
  return {
    ...directiveCells(d),
    dated_to: d.datedTo,
    issuer_name: d.issuer?.name ?? null,
    issuer_kind: d.issuer?.kind ?? null,
    issuer_level: d.issuer?.level ?? null,
    issuer_district: d.issuer?.district ?? null,
    signer_name: d.signerName,
    signer_title: d.signerTitle,
    signer_on_behalf_of: d.signerOnBehalfOf,
    subject: d.subject,
    missing_fields: Object.keys(d.missing).sort().join(LIST_SEPARATOR),
    renditions: context.renditions,
    corrected: context.corrected,
  };
}

/** The mention's directive (with its province) and slogan must be loaded. */
export function sloganRow(m: SloganMention, context: Pick<FactContext, 'renditionOrigin'>): Row {
  return {
    ...directiveCells(m.directive),
    slogan: m.slogan.canonical,
    slogan_kind: m.slogan.kind,
    reviewed: m.slogan.reviewed,
    gloss: m.slogan.gloss,
    quoted: m.quoted,
    ...citationCells(m, context),
  };
}

/** The mention's directive (with its province) and agency must be loaded. */
export function agencyRow(m: AgencyMention, context: Pick<FactContext, 'renditionOrigin'>): Row {
  return { ...directiveCells(m.directive), agency: m.agency.canonicalName, agency_level: m.agency.level, ...citationCells(m, context) };
}

/** The reference's directive (with its province) must be loaded; `cited` is only its id. */
export function referenceRow(r: Reference, context: Pick<FactContext, 'renditionOrigin'>): Row {
  return {
    ...directiveCells(r.directive),
    cited_number: r.number,
    cited_kind: r.kind,
    cited_issuer: r.issuer,
    cited_issued_on: r.issuedOn,
    cited_directive_id: r.cited ? toGlobalId('Directive', r.cited.id) : null,
    ...citationCells(r, context),
  };
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
