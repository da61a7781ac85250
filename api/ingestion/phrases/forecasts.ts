// The words of metrics.json "forecasts" as matchers, and the one reading targets and measures share: an
// expectation ("dự kiến") foresees when "sẽ" follows it or supplies arrive ("Dự kiến ... sẽ phân bổ 100.000 liều",
// "dự kiến nhận thêm 80.000 liều"); "Dự kiến tổ chức tiêm 5.000 liều/ngày" plans.
import type { Forecasts } from '../lexicons/metrics';
import type { Hit, PhraseMatcher, TextView } from './patterns';

export interface ForecastWords {
  forecast: PhraseMatcher;
  task: PhraseMatcher;
  expected: PhraseMatcher;
  expectedThen: PhraseMatcher;
  arrival: PhraseMatcher;
}

/** The four lists as matchers, each built by `matcher` (folded or not, as its caller reads). */
export function forecastWords(f: Forecasts, matcher: (phrases: readonly string[]) => PhraseMatcher): ForecastWords {
  return { forecast: matcher(f.cues), task: matcher(f.tasks), expected: matcher(f.expected), expectedThen: matcher(f.expectedThen), arrival: matcher(f.arrivals) };
}

/** After an expectation ending at `from`: "sẽ" before `then`, or supplies arriving before `end`. */
export function expectsAfter(v: TextView, from: number, then: number, end: number, w: ForecastWords): boolean {
  return w.expectedThen.test(v, from, then) || w.arrival.test(v, from, end);
}

/** The forecast cues in [from, to), leaving out those of a task ("Sở Y tế rà soát, dự báo nhu cầu oxy ..."). */
export function forecastCues(v: TextView, from: number, to: number, w: ForecastWords): Hit[] {
  const tasks = w.task.all(v, from, to);
  return w.forecast.all(v, from, to).filter((h) => !tasks.some((t) => t.start <= h.start && h.end <= t.end));
}
