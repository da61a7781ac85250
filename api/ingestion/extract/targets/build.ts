import type { Deadline, Target, TargetQualifiers } from '../../../domain/facts';
import { OTHER_METRIC } from '../../../domain/facts';
import type { ClauseSpan } from '../../document';
import type { Hit, TextView } from '../../phrases/patterns';
import type { Reading } from '../../reading';
import type { NumberToken } from '../../../text/numbers';
import { cite } from '../citation';
import { boundOf } from './bound';
import type { CompiledTargets } from './compile';
import { deadlineFor } from './deadline-link';
import type { Figure } from './figures';
import type { MetricMatch } from './metric-match';
import { nounPhraseOf } from './noun-phrase';
import { conditionBefore, doseIn, leadCondition, levelInPart, lineCondition, populationAfter, populationBefore, scopeIn } from './qualifiers';
import { listLead } from './text-parts';
import type { Place } from './reported';
import { COUNT_UNIT } from '../../lexicons/units';

// A target from a figure and the metric it measures (or OTHER): its unit, bound, noun phrase, qualifiers,
// condition, deadline, clause and citation.

export interface Found {
  target: Target;
  span: Hit;
  /** Where what qualifies the target may start: after its citation or its noun phrase. */
  tail: number;
  part: Hit;
  wantsCondition: boolean;
  /** The metric reading that named it, or null for OTHER. */
  match: MetricMatch | null;
  /** A task's time to complete ("hoàn thành trong 03 ngày"): a target of its own, whatever deadline it also sets. */
  completion?: boolean;
}

export const NO_QUALIFIERS: TargetQualifiers = { poolSize: null, dose: null, scope: null, scopeCount: null, scopeTotal: null, population: null, condition: null };
/** The rule a target's citation names: "target.rt-pcr-single-samples", "target.table.vaccination-doses-per-day". */
export const targetRule = (code: string, where?: string): string => ['target', where, code.toLowerCase().replace(/_/g, '-')].filter(Boolean).join('.');

/** What an OTHER figure may be qualified by. */
const OTHER_QUALIFIERS = ['scope', 'condition'];

export interface Shared {
  c: CompiledTargets;
  numbers: NumberToken[];
  quoted: Hit[];
  masked: Hit[];
  isPressRelease: boolean;
  deadlines: Deadline[];
  /** The directive's date or the earliest it can have (FactContext.issuedOn). */
  issuedOn: string | null;
}

function innermostClause(clauses: ClauseSpan[], at: number): number | null {
  let best: ClauseSpan | null = null;
  for (const cl of clauses) if (cl.start <= at && at < cl.end && (!best || cl.depth > best.depth)) best = cl;
  return best ? best.ordinal : null;
}

export function buildTarget(reading: Reading, fig: Figure, best: MetricMatch | null, place: Place, s: Shared): Found {
  const v: TextView = reading;
  const { c } = s;
  const { tok } = fig;
  const { sentence, part, segments } = place;
  const segment = segments[place.segment];
  const metric = best ? best.cm.metric : null;
  const wants = new Set<string>(metric ? metric.qualifiers : OTHER_QUALIFIERS);
  const q: TargetQualifiers = { ...NO_QUALIFIERS };
  let citeEnd = best ? best.end : fig.unitEnd;
  const noun = nounPhraseOf(v, fig, segment, best?.contextHit ?? null, c, s.masked);
  // "27 điểm tiêm": without a unit word, the noun phrase is what the figure counts.
  if (!best && fig.unit === null && noun) citeEnd = noun.end;
  if (wants.has('poolSize')) q.poolSize = best?.poolSize ?? null;
  if (wants.has('dose')) q.dose = doseIn(v, part, tok.start, c);
  if (wants.has('scope')) {
    const scope = scopeIn(v, sentence, part, s.numbers, tok.start, c);
    if (scope) Object.assign(q, { scope: scope.scope, scopeCount: scope.count, scopeTotal: scope.total });
  }
  if (wants.has('population')) {
    const p = populationAfter(v, citeEnd, sentence, s.deadlines, c);
    if (p) {
      q.population = p.population;
      citeEnd = p.end;
    } else q.population = populationBefore(v, part, tok.start, c);
  }
  const condition =
    conditionBefore(v, part, segments, tok.start, c) ??
    levelInPart(v, part, segments, place.segment, tok.start, c) ??
    lineCondition(v, tok.start, c) ??
    leadCondition(v, listLead(reading.text, sentence), c);
  if (condition && wants.has('condition')) q.condition = condition;
  const span = { start: tok.start, end: citeEnd };
  const code = metric ? metric.code : OTHER_METRIC;
  const target: Target = {
    metric: code,
    value: tok.value,
    unit: metric ? metric.unit : fig.unit ?? COUNT_UNIT,
    bound: boundOf(v, fig, segment, part, best ? best.cm.withinIsLimit : true, c) ?? metric?.bound ?? null,
    nounPhrase: noun ? reading.text.slice(noun.start, noun.end) : null,
    contingent: condition !== null,
    qualifiers: q,
    deadline: deadlineFor(v, span, part, s.deadlines, c),
    period: null,
    clauseOrdinal: innermostClause(reading.clauses, tok.start),
    citation: cite(reading.text, tok.start, citeEnd, targetRule(code)),
  };
  // A condition may follow the noun phrase: "500 giường điều trị khi dịch bùng phát".
  const after = noun && noun.start >= tok.end ? Math.max(citeEnd, noun.end) : citeEnd;
  return { target, span, tail: after, part, wantsCondition: wants.has('condition'), match: best };
}

