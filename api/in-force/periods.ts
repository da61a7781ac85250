// When each fact is in force, worked out on read from what its words state (StatedPeriod), its deadline,
// its directive's date and the later directives of its province. Done on read, not at ingestion, because
// two of these change after a fact is stored: an editor corrects a directive's date, and a later directive
// (or an earlier one, arriving late) replaces it.
//
// Replacement: a fact is ended by the first later fact of another directive of the same province on the same
// key (a target's metric; a measure's OxCGRT indicator, or its category where no indicator fits), issued by a
// body not narrower than its own (a district's fact is replaced by its district or the province; a province's
// only by the province). It ends the day before the replacing fact starts.
import type { Direction, PeriodEndReason, PeriodStartReason, Strength } from '../domain/facts';
import { addDays, dayBefore } from '../text/dates';

export interface CitedSpan {
  renditionId: number;
  start: number;
  end: number;
  quote: string;
  rule: string;
}

/** What the read layer loads for each fact: enough to bound it and to compare it with its neighbours. */
export interface FactTiming {
  kind: 'TARGET' | 'MEASURE';
  id: number;
  /** What replaces what: "metric:RT_PCR_SINGLE_SAMPLES", "indicator:H2"; null when nothing can (metric OTHER). */
  key: string | null;
  directiveId: number;
  provinceCode: string | null;
  /** The issuer's district for a district's directive; null for a province-level one. */
  district: string | null;
  datedOn: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  periodDays: number | null;
  untilFurtherNotice: boolean;
  periodCitation: CitedSpan | null;
  deadlineEnd: string | null;
  deadlineCitation: CitedSpan | null;
  citation: CitedSpan;
  /** What the panel reads a level from: a target's metric and value, a measure's indicator and force. */
  directiveNumber: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  oxcgrtCode: string | null;
  strength: Strength | null;
  direction: Direction | null;
}

export interface PeriodStart {
  date: string | null;
  reason: PeriodStartReason;
  citation: CitedSpan | null;
}

export interface PeriodEnd {
  /** The last day in force; null when open-ended. */
  date: string | null;
  reason: PeriodEndReason;
  citation: CitedSpan | null;
  /** The directive that replaces the fact, for SUPERSEDED. */
  supersededBy: number | null;
}

export interface InForce {
  from: PeriodStart;
  to: PeriodEnd;
}

export const timingKey = (kind: FactTiming['kind'], id: number) => `${kind}:${id}`;

/** The first day in force, before replacement is considered. */
export function startOf(f: FactTiming): PeriodStart {
  if (f.periodFrom) return { date: f.periodFrom, reason: 'STATED_START', citation: f.periodCitation };
  if (f.datedOn) return { date: f.datedOn, reason: 'ISSUE_DATE', citation: f.periodCitation };
  return { date: null, reason: 'UNKNOWN', citation: f.periodCitation };
}

/** The ends the fact's own text gives it, earliest first. */
function ownEnds(f: FactTiming, from: string | null): PeriodEnd[] {
  const ends: PeriodEnd[] = [];
  const end = (date: string, reason: PeriodEndReason, citation: CitedSpan | null) => ends.push({ date, reason, citation, supersededBy: null });
  if (f.periodTo) end(f.periodTo, 'STATED_END', f.periodCitation);
  if (f.periodDays && from) end(addDays(from, f.periodDays - 1), 'STATED_DURATION', f.periodCitation);
  // A deadline before the start (a report's date taken for one) cannot end anything.
  if (f.deadlineEnd && (!from || f.deadlineEnd >= from)) end(f.deadlineEnd, 'DEADLINE', f.deadlineCitation);
  return ends.sort((a, b) => a.date!.localeCompare(b.date!));
}

/** Can `later` replace `earlier`? Same province and key, another directive, a body not narrower. */
function replaces(later: FactTiming, earlier: FactTiming): boolean {
  return (
    later.key !== null &&
    later.key === earlier.key &&
    later.directiveId !== earlier.directiveId &&
    later.provinceCode !== null &&
    later.provinceCode === earlier.provinceCode &&
    (later.district === null || later.district === earlier.district)
  );
}

/**
 * Every fact's period in force, given the facts that may replace them (the same province's, on the same
 * keys). Facts in `timings` without a key or a start are bounded by their own words only.
 */
export function periodsInForce(timings: FactTiming[]): Map<string, InForce> {
  const starts = new Map(timings.map((f) => [f, startOf(f)]));
  // Candidates per province and key, by start: the replacing fact is the first that starts later.
  const groups = new Map<string, FactTiming[]>();
  for (const f of timings) {
    if (f.key === null || f.provinceCode === null || !starts.get(f)!.date) continue;
    const k = `${f.provinceCode}\u0000${f.key}`;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  for (const list of groups.values()) list.sort((a, b) => starts.get(a)!.date!.localeCompare(starts.get(b)!.date!) || a.directiveId - b.directiveId);

  const out = new Map<string, InForce>();
  for (const f of timings) {
    const from = starts.get(f)!;
    const ends = ownEnds(f, from.date);
    if (from.date && f.key !== null && f.provinceCode !== null) {
      const next = groups.get(`${f.provinceCode}\u0000${f.key}`)?.find((g) => starts.get(g)!.date! > from.date! && replaces(g, f));
      if (next) {
        const date = dayBefore(starts.get(next)!.date!);
        if (!ends.length || date < ends[0].date!) ends.unshift({ date, reason: 'SUPERSEDED', citation: next.citation, supersededBy: next.directiveId });
      }
    }
    const to: PeriodEnd =
      ends[0] ??
      (f.untilFurtherNotice
        ? { date: null, reason: 'UNTIL_FURTHER_NOTICE', citation: f.periodCitation, supersededBy: null }
        : { date: null, reason: 'OPEN_ENDED', citation: null, supersededBy: null });
    out.set(timingKey(f.kind, f.id), { from, to });
  }
  return out;
}

/** Is the fact in force on `day` (ISO)? A fact with no known start is never placed on a day. */
export function inForceOn(p: InForce, day: string): boolean {
  return p.from.date !== null && p.from.date <= day && (p.to.date === null || day <= p.to.date);
}
