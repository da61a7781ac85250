// seeds/lexicons/units.json
import { CODE, readJson } from './reader';

export interface UnitEntry {
  code: string;
  label: string;
  words: string[];
  rate: string | null;
  /** Hours can be a time of day: "trước 17 giờ", "từ 18h" are clock times, not durations. */
  clockTime: boolean;
  /** The unit of a figure written per something else: "10 mẫu/ống" counts samples per tube (COUNT). */
  ratio: string | null;
  /** A count that grows with the population (samples, doses, beds): it is also given per 1,000 people. */
  perHead: boolean;
  /** Counted in whole things (samples, doses, people): a correction to 0.5 of them is a typo. */
  whole: boolean;
  /** The most a figure in this unit can be (a share: 100 percent), or null. */
  max: number | null;
  /** A unit counted in another's multiples ("tuần": 7 DAYS): figures are given in that unit, or null. */
  counts: { unit: string; times: number } | null;
  /** The unit of a figure with a scale word and a per but no unit word: "1,5 triệu/người" is dong. */
  scaledPer: boolean;
  /** A figure in this unit is a target only when a metric names it: a length no distance between people names
   * places an area ("trong bán kính 500 m", "cách cổng 50 mét"). */
  namedOnly: boolean;
}

/** The unit of a figure that counts what its noun phrase names. */
export const COUNT_UNIT = 'COUNT';

export interface UnitLexicon {
  rates: Record<string, string[]>;
  /** "30 người/thời điểm": a per that means "at any one time", so the figure is a plain count, not a ratio. */
  atOnce: string[];
  /** "3 ngày/lần", "7 ngày một lần": a time per time says how often, which no length of a regime is. */
  everyTime: string[];
  /** "khách sạn": nouns that open with a unit word ("khách") yet count no unit of it. */
  notUnitWords: string[];
  units: UnitEntry[];
}

export function loadUnits(dir: string): UnitLexicon {
  const r = readJson(dir, 'units.json');
  const ratesObj = r.object('rates');
  const rates: Record<string, string[]> = {};
  const rr = r.nested('rates');
  for (const key of Object.keys(ratesObj)) rates[key] = rr.strings(key, { nonEmpty: true });
  const entries = r.entries('units');
  const codes = entries.map((e) => e.str('code'));
  // Targets count a figure without a unit word ("27 điểm tiêm") in COUNT.
  if (!codes.includes(COUNT_UNIT)) r.fail('units', `must define ${COUNT_UNIT}, the unit of figures counted without a unit word`);
  const units = entries.map((e) => {
    const code = e.str('code');
    if (!CODE.test(code)) e.fail('code', 'must be an upper-case code such as PERCENT');
    const rate = e.nullableStr('rate');
    if (rate !== null && !rates[rate]) e.fail('rate', `must be one of the rates (${Object.keys(rates).join(', ')})`);
    const ratio = e.has('ratio') ? e.oneOf('ratio', codes) : null;
    const counts = e.has('in') ? { unit: e.oneOf('in', codes), times: e.num('times', { min: 1 }) } : null;
    return { code, label: e.str('label'), words: e.strings('words', { nonEmpty: true }), rate, clockTime: e.bool('clockTime', false), ratio, perHead: e.bool('perHead', false), whole: e.bool('whole', false), max: e.has('max') ? e.num('max', { min: 0 }) : null, counts, scaledPer: e.bool('scaledPer', false), namedOnly: e.bool('namedOnly', false) };
  });
  if (units.filter((u) => u.scaledPer).length > 1) r.fail('units', 'at most one unit can be scaledPer');
  const atOnce = r.strings('atOnce', { nonEmpty: true });
  if (atOnce.some((w) => !w.startsWith('/'))) r.fail('atOnce', 'each entry must start with "/" ("/thời điểm")');
  return { rates, atOnce, everyTime: r.strings('everyTime', { optional: true }), notUnitWords: r.strings('notUnitWords', { optional: true }), units };
}
