import type { ClauseSpan } from '../document';
import { cite } from './citation';
import type { Deadline, Target, TargetQualifiers } from './facts';
import { sentences } from './instructions';
import type { Lexicons, MetricEntry, UnitEntry } from './lexicons';
import { NUMBER_WORD_SOURCE, findNumbers, numberWordValue, type NumberToken } from './numbers';
import { PhraseMatcher, alternation, type Hit, type TextView } from './patterns';

// A target is a number followed by the words of a metric (seeds/lexicons/metrics.json) in a sentence
// that sets a goal: "phấn đấu đạt 15.000 mẫu đơn/ngày" (RT_PCR_SINGLE_SAMPLES, SAMPLES_PER_DAY),
// "75.000 mẫu gộp 5/ngày" (pool size 5), "cho 100% người dân có chỉ định tiêm" (VACCINATION_COVERAGE,
// PERCENT, population as written), "hoàn thành trong vòng 07 ngày kể từ khi ..." (VACCINATION_COMPLETION_DAYS).
// Goal: a goal cue ("phấn đấu", "đạt", "hoàn thành"...) or a deadline in the sentence; a figure reported as
// done ("đã", "đến nay" before it in its comma-separated segment) is not a target.

interface CompiledMetric {
  metric: MetricEntry;
  unit: UnitEntry;
  after: PhraseMatcher | null;
  unitWords: PhraseMatcher;
  rate: PhraseMatcher | null;
  before: PhraseMatcher | null;
  context: PhraseMatcher | null;
  contextAll: PhraseMatcher[];
}

interface Compiled {
  metrics: CompiledMetric[];
  goal: PhraseMatcher;
  report: PhraseMatcher;
  scopeNoun: PhraseMatcher;
  wholeScope: PhraseMatcher;
  populationNoun: PhraseMatcher;
  populationStop: PhraseMatcher;
  conditionCue: PhraseMatcher;
  dose: RegExp[];
}

const cache = new WeakMap<Lexicons, Compiled>();

function compile(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (c) return c;
  const m = lex.metrics;
  const units = new Map(lex.units.units.map((u) => [u.code, u]));
  const doseWords = alternation(m.doseWords);
  const num = `(\\d{1,2}|${NUMBER_WORD_SOURCE}|nhat)`;
  c = {
    metrics: m.metrics.map((metric) => {
      const unit = units.get(metric.unit) as UnitEntry;
      return {
        metric,
        unit,
        after: metric.after.length > 0 ? new PhraseMatcher(metric.after) : null,
        unitWords: new PhraseMatcher(unit.words),
        rate: unit.rate ? new PhraseMatcher(lex.units.rates[unit.rate]) : null,
        before: metric.before.length > 0 ? new PhraseMatcher(metric.before) : null,
        context: metric.context.length > 0 ? new PhraseMatcher(metric.context) : null,
        contextAll: metric.contextAll.map((w) => new PhraseMatcher([w])),
      };
    }),
    goal: new PhraseMatcher(m.goalCues),
    report: new PhraseMatcher(m.reportCues),
    scopeNoun: new PhraseMatcher(m.scopeNouns),
    wholeScope: new PhraseMatcher(m.wholeScopes),
    populationNoun: new PhraseMatcher(m.populationNouns),
    populationStop: new PhraseMatcher(m.populationStops),
    conditionCue: new PhraseMatcher(m.conditionCues),
    // "mũi 2", "mũi thứ hai", "liều 1" / "2 mũi", "đủ hai mũi"
    dose: [
      new RegExp(`(?<![\\p{L}\\p{N}])${doseWords}[\\s\\u00a0]+(?:thu[\\s\\u00a0]+)?${num}(?![\\p{L}\\p{N}])`, 'gu'),
      new RegExp(`(?<![\\p{L}\\p{N}])${num}[\\s\\u00a0]+${doseWords}(?![\\p{L}\\p{N}])`, 'gu'),
    ],
  };
  cache.set(lex, c);
  return c;
}

interface Match {
  cm: CompiledMetric;
  end: number;
  afterLength: number;
  distance: number;
  poolSize: number | null;
}

/** Does the number at `tok` carry this metric's words, rate, lead words and context? */
function matchMetric(v: TextView, tok: NumberToken, sentence: Hit, cm: CompiledMetric): Match | null {
  const limit = Math.max(0, sentence.end - tok.end);
  let pos = (cm.after ?? cm.unitWords).startAt(v, tok.end, Math.min(80, limit));
  if (pos < 0) return null;
  const afterLength = cm.after ? pos - tok.end : 0;
  let poolSize: number | null = null;
  if (cm.rate) {
    const pool = cm.metric.qualifiers.includes('poolSize') ? /^[\s\u00a0]*(\d{1,2})(?=[\s\u00a0]*\/)/u.exec(v.folded.slice(pos, pos + 8)) : null;
    if (pool) {
      poolSize = Number(pool[1]);
      pos += pool[0].length;
    }
    const rateEnd = cm.rate.startAt(v, pos, Math.min(30, sentence.end - pos));
    if (rateEnd < 0) return null;
    pos = rateEnd;
  }
  if (cm.before) {
    const at = cm.before.endAt(v, tok.start, 30);
    if (at < 0 || at < sentence.start) return null;
  }
  let distance = 0;
  if (cm.context) {
    const hits = cm.context.all(v, sentence.start, sentence.end);
    if (hits.length === 0) return null;
    distance = Math.min(...hits.map((h) => (h.end <= tok.start ? tok.start - h.end : h.start >= pos ? h.start - pos + 1000 : 0)));
  }
  for (const m of cm.contextAll) if (!m.test(v, sentence.start, sentence.end)) return null;
  return { cm, end: pos, afterLength, distance, poolSize };
}

function segmentBefore(folded: string, sentence: Hit, at: number): string {
  const lead = folded.slice(sentence.start, at);
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
  return lead.slice(cut + 1);
}

/** The dose a target is about: "mũi 2", "2 mũi" nearest before it in its ";"-separated part. */
function doseIn(folded: string, sentence: Hit, at: number, c: Compiled): number | null {
  const partStart = Math.max(sentence.start, folded.lastIndexOf(';', at) + 1);
  const nextSemicolon = folded.indexOf(';', at);
  const partEnd = nextSemicolon >= 0 && nextSemicolon < sentence.end ? nextSemicolon : sentence.end;
  let best: { value: number; distance: number } | null = null;
  for (const re of c.dose) {
    re.lastIndex = partStart;
    for (let m = re.exec(folded); m && m.index < partEnd; m = re.exec(folded)) {
      if (m.index + m[0].length > partEnd) break;
      const value = /\d/.test(m[1]) ? Number(m[1]) : m[1] === 'nhat' ? 1 : numberWordValue(m[1]);
      if (value === null || value < 1 || value > 5) continue;
      const end = m.index + m[0].length;
      const distance = end <= at ? at - end : m.index - at + 100;
      if (!best || distance < best.distance) best = { value, distance };
    }
  }
  return best ? best.value : null;
}

function scopeIn(v: TextView, sentence: Hit, numbers: NumberToken[], c: Compiled, at: number) {
  const { text } = v;
  let best: { scope: string; count: number | null; total: number | null; distance: number } | null = null;
  for (const f of numbers) {
    if (f.kind !== 'fraction' || f.start < sentence.start || f.end > sentence.end) continue;
    const nounEnd = c.scopeNoun.startAt(v, f.end, 40);
    if (nounEnd < 0) continue;
    const distance = Math.abs(at - f.start);
    if (!best || distance < best.distance) best = { scope: text.slice(f.start, nounEnd), count: f.value, total: f.total, distance };
  }
  if (best) return best;
  const whole = c.wholeScope.all(v, sentence.start, sentence.end)[0];
  return whole ? { scope: text.slice(whole.start, whole.end), count: null, total: null, distance: 0 } : null;
}

function populationAfter(v: TextView, pos: number, sentence: Hit, c: Compiled, deadlines: Deadline[]): { population: string; end: number } | null {
  const { text, folded } = v;
  const lead = /^[\s\u00a0]+/u.exec(folded.slice(pos, pos + 4));
  const from = pos + (lead ? lead[0].length : 0);
  if (c.populationNoun.startAt(v, from, 30) < 0) return null;
  let to = Math.min(sentence.end, from + 100);
  const punct = /[,;.:()\n]/.exec(folded.slice(from, to));
  if (punct) to = from + punct.index;
  const stop = c.populationStop.all(v, from + 1, to)[0];
  if (stop) to = stop.start;
  for (const d of deadlines) if (d.citation.start > from && d.citation.start < to) to = d.citation.start;
  const population = text.slice(from, to).trim();
  return population ? { population, end: from + population.length } : null;
}

function conditionAfter(v: TextView, pos: number, sentence: Hit, c: Compiled): string | null {
  const { text, folded } = v;
  const gap = /^[\s\u00a0]*,?[\s\u00a0]*/u.exec(folded.slice(pos, pos + 4));
  const from = pos + (gap ? gap[0].length : 0);
  if (c.conditionCue.startAt(v, from, 30) < 0) return null;
  const rest = folded.slice(from, sentence.end);
  const stop = /[,;.:()\n]/.exec(rest);
  return text.slice(from, from + (stop ? stop.index : rest.length)).trim() || null;
}

function innermostClause(clauses: ClauseSpan[], at: number): number | null {
  let best: ClauseSpan | null = null;
  for (const cl of clauses) if (cl.start <= at && at < cl.end && (!best || cl.depth > best.depth)) best = cl;
  return best ? best.ordinal : null;
}

/** The ";"-separated part of the sentence around `at`: a deadline in another part belongs to another order. */
function partAround(text: string, sentence: Hit, at: number): Hit {
  const before = text.lastIndexOf(';', at);
  const after = text.indexOf(';', at);
  return { start: Math.max(sentence.start, before + 1), end: after >= 0 && after < sentence.end ? after : sentence.end };
}

/** The deadline holding the target, else the next one in its part of the sentence, else the one before. */
function deadlineFor(span: Hit, part: Hit, deadlines: Deadline[]): Deadline | null {
  const overlapping = deadlines.find((d) => d.citation.start < span.end && span.start < d.citation.end);
  if (overlapping) return overlapping;
  const inPart = deadlines.filter((d) => d.citation.start >= part.start && d.citation.end <= part.end);
  return inPart.find((d) => d.citation.start >= span.end) ?? [...inPart].reverse().find((d) => d.citation.end <= span.start) ?? null;
}

export interface TargetOptions {
  end?: number;
  clauses: ClauseSpan[];
  deadlines: Deadline[];
}

export function findTargets(v: TextView, lex: Lexicons, options: TargetOptions): Target[] {
  const { text, folded } = v;
  const c = compile(lex);
  const end = options.end ?? text.length;
  const numbers = findNumbers(text.slice(0, end));
  const out: Target[] = [];
  for (const sentence of sentences(text, 0, end)) {
    const isGoal = c.goal.test(v, sentence.start, sentence.end) || options.deadlines.some((d) => d.citation.start >= sentence.start && d.citation.end <= sentence.end);
    if (!isGoal) continue;
    const found: { target: Target; span: Hit }[] = [];
    for (const tok of numbers) {
      if (tok.kind !== 'number' || tok.start < sentence.start || tok.end > sentence.end) continue;
      const matches = c.metrics.map((cm) => matchMetric(v, tok, sentence, cm)).filter((m): m is Match => m !== null);
      if (matches.length === 0) continue;
      if (c.report.all(v, sentence.start, tok.start).some((h) => h.start >= tok.start - segmentBefore(folded, sentence, tok.start).length)) continue;
      matches.sort((a, b) => b.afterLength - a.afterLength || a.distance - b.distance);
      const best = matches[0];
      const wants = new Set(best.cm.metric.qualifiers);
      let citeEnd = best.end;
      const q: TargetQualifiers = { poolSize: null, dose: null, scope: null, scopeCount: null, scopeTotal: null, population: null, condition: null };
      if (wants.has('poolSize')) q.poolSize = best.poolSize;
      if (wants.has('dose')) q.dose = doseIn(folded, sentence, tok.start, c);
      if (wants.has('scope')) {
        const s = scopeIn(v, sentence, numbers, c, tok.start);
        if (s) Object.assign(q, { scope: s.scope, scopeCount: s.count, scopeTotal: s.total });
      }
      if (wants.has('population')) {
        const p = populationAfter(v, best.end, sentence, c, options.deadlines);
        if (p) {
          q.population = p.population;
          citeEnd = p.end;
        }
      }
      const span = { start: tok.start, end: citeEnd };
      found.push({
        target: {
          metric: best.cm.metric.code,
          value: tok.value,
          unit: best.cm.unit.code,
          qualifiers: q,
          deadline: deadlineFor(span, partAround(text, sentence, tok.start), options.deadlines),
          clauseOrdinal: innermostClause(options.clauses, tok.start),
          citation: cite(text, tok.start, citeEnd, `target.${best.cm.metric.code.toLowerCase().replace(/_/g, '-')}`),
        },
        span,
      });
    }
    // A condition after a list of targets ("8.000 mẫu đơn/ngày, 80.000 mẫu gộp/ngày khi có tình huống
    // xảy ra") qualifies every target of the list.
    let groupStart = 0;
    for (let i = 0; i < found.length; i++) {
      const next = found[i + 1];
      const joined = next && /^[\s\u00a0]*(?:,|;|va)?[\s\u00a0]*$/u.test(folded.slice(found[i].span.end, next.span.start));
      if (joined) continue;
      const condition = conditionAfter(v, found[i].span.end, sentence, c);
      for (let k = groupStart; k <= i; k++) {
        const t = found[k].target;
        if (condition && lex.metrics.metrics.find((m) => m.code === t.metric)?.qualifiers.includes('condition')) t.qualifiers.condition = condition;
      }
      groupStart = i + 1;
    }
    out.push(...found.map((f) => f.target));
  }
  return out;
}
