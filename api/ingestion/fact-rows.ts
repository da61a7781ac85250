import type { Citation, Deadline, Measure, Reference, StatedPeriod, Target } from '../domain/facts';

// Extracted facts as table rows keyed by column name, for db/insert-records.ts. The
// columns are those the entities map (db/entities: Measure, Target, the embedded Citation, Deadline and
// StatedPeriod, whose nested prefixes are absolute); a column left out of a record is stored as null.

type Row = Record<string, unknown>;

const CITATION_COLUMNS = ['start_offset', 'end_offset', 'quote', 'rule'] as const;
const DEADLINE_COLUMNS = [
  'deadline_kind', 'deadline_date', 'deadline_period_start', 'deadline_period_end', 'deadline_days', 'deadline_hours', 'deadline_event',
  'citation_start_offset', 'citation_end_offset', 'citation_quote', 'citation_rule',
] as const;
const PERIOD_COLUMNS = [
  'period_from_date', 'period_to_date', 'period_days', 'period_until_further_notice',
  'period_citation_start_offset', 'period_citation_end_offset', 'period_citation_quote', 'period_citation_rule',
] as const;
const OWNER_COLUMNS = ['directive_id', 'rendition_id'] as const;
/** What a measure and a target both carry after their own fields: when due, when in force, where cited. */
const PLACED_COLUMNS = [...DEADLINE_COLUMNS, ...PERIOD_COLUMNS, 'clause_ordinal', ...CITATION_COLUMNS] as const;

export const MEASURE_COLUMNS = [...OWNER_COLUMNS, 'category', 'other_categories', 'oxcgrt_code', 'strength', 'direction', ...PLACED_COLUMNS];
export const TARGET_COLUMNS = [
  ...OWNER_COLUMNS, 'metric', 'value', 'unit', 'bound', 'noun_phrase', 'contingent',
  'pool_size', 'dose', 'scope', 'scope_count', 'scope_total', 'population', 'condition',
  ...PLACED_COLUMNS,
];
export const SLOGAN_MENTION_COLUMNS = [...OWNER_COLUMNS, 'slogan_id', 'quoted', ...CITATION_COLUMNS];
export const AGENCY_MENTION_COLUMNS = [...OWNER_COLUMNS, 'agency_id', ...CITATION_COLUMNS];
export const REFERENCE_COLUMNS = [...OWNER_COLUMNS, 'number', 'kind', 'issuer', 'issued_on', 'cited_id', ...CITATION_COLUMNS];

export function citationColumns(c: Citation, prefix = ''): Row {
  return { [`${prefix}start_offset`]: c.start, [`${prefix}end_offset`]: c.end, [`${prefix}quote`]: c.quote, [`${prefix}rule`]: c.rule };
}

function deadlineColumns(d: Deadline | null): Row {
  if (!d) return {};
  return {
    deadline_kind: d.kind,
    deadline_date: d.date,
    deadline_period_start: d.periodStart,
    deadline_period_end: d.periodEnd,
    deadline_days: d.days,
    deadline_hours: d.hours,
    deadline_event: d.event,
    ...citationColumns(d.citation, 'citation_'),
  };
}

function periodColumns(p: StatedPeriod | null): Row {
  if (!p) return {};
  return {
    period_from_date: p.from,
    period_to_date: p.to,
    period_days: p.days,
    period_until_further_notice: p.untilFurtherNotice,
    ...citationColumns(p.citation, 'period_citation_'),
  };
}

function placedColumns(f: Measure | Target): Row {
  return { ...deadlineColumns(f.deadline), ...periodColumns(f.period), clause_ordinal: f.clauseOrdinal, ...citationColumns(f.citation) };
}

export function measureRow(m: Measure): Row {
  return {
    category: m.category,
    other_categories: m.otherCategories,
    oxcgrt_code: m.oxcgrtCode,
    strength: m.strength,
    direction: m.direction,
    ...placedColumns(m),
  };
}

export function targetRow(t: Target): Row {
  const q = t.qualifiers;
  return {
    metric: t.metric,
    value: t.value,
    unit: t.unit,
    bound: t.bound,
    noun_phrase: t.nounPhrase,
    contingent: t.contingent,
    pool_size: q.poolSize,
    dose: q.dose,
    scope: q.scope,
    scope_count: q.scopeCount,
    scope_total: q.scopeTotal,
    population: q.population,
    condition: q.condition,
    ...placedColumns(t),
  };
}

export function referenceRow(r: Reference): Row {
  return { number: r.number, kind: r.kind, issuer: r.issuer, issued_on: r.issuedOn, ...citationColumns(r.citation) };
}
