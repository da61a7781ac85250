import { forecastWords, type ForecastWords } from '../../phrases/forecasts';
import type { Lexicons, MetricEntry, UnitEntry } from '../../lexicons';
import type { MetricReading } from '../../lexicons/metrics';
import { foldKey, isUnmarked, PhraseMatcher, view, withoutCollisions as phrasesWithoutCollisions, type TextView } from '../../phrases/patterns';
import { fold } from '../../../text/fold';
import { foldedAlternation } from '../../../text/regexp';

// The lexicon of targets (seeds/lexicons/metrics.json, units.json) as phrase matchers, built once per
// lexicon and per reading mode. One-syllable cue words ("đã", "người", "quá") match with their marks, but a
// text that lost every mark ("khong tap trung qua 10 nguoi") is read with them folded: its `lower` view is
// folded too (reading.ts), so folded one-syllable literals match it.

export interface CompiledUnit {
  unit: UnitEntry;
  words: PhraseMatcher;
  rate: PhraseMatcher | null;
}

/** One way of writing a metric (the entry's own words, or one of its alternatives). */
export interface CompiledMetric {
  metric: MetricEntry;
  unit: CompiledUnit;
  after: PhraseMatcher | null;
  nouns: PhraseMatcher | null;
  nounsNone: PhraseMatcher | null;
  before: PhraseMatcher | null;
  lead: PhraseMatcher | null;
  withinIsLimit: boolean;
  context: PhraseMatcher | null;
  contextAll: PhraseMatcher[];
  contextExcept: PhraseMatcher | null;
  contextNone: PhraseMatcher | null;
  contextAgainst: PhraseMatcher | null;
  /** Measures how long a task may take: a group of its contextAll holds a deadline lead ("hoàn thành"). */
  completes: boolean;
  /** The entry's refersBack, compiled (its own entry only, not its alternatives). */
  refersBack: { lead: PhraseMatcher; earlier: PhraseMatcher } | null;
}

export interface CompiledTargets {
  lex: Lexicons;
  metrics: CompiledMetric[];
  units: CompiledUnit[];
  unitsByCode: Map<string, CompiledUnit>;
  /** "/thời điểm": a per after a unit that leaves the figure a plain count. */
  atOnce: PhraseMatcher;
  /** "/lần", "một lần" after a time: how often, not how long. */
  everyTime: PhraseMatcher;
  notUnitWord: PhraseMatcher;
  /** The unit of a scaled figure per something with no unit word ("1,5 triệu/người"), or null. */
  scaledPer: string | null;
  goal: PhraseMatcher;
  weakGoal: PhraseMatcher;
  order: PhraseMatcher;
  orderExcept: PhraseMatcher;
  report: PhraseMatcher;
  reportExcept: PhraseMatcher;
  reportTotal: PhraseMatcher;
  reportVerb: PhraseMatcher;
  reportOpener: PhraseMatcher;
  /** Report openers only as a sentence's first word ("Hiện ..."). */
  sentenceReportOpener: PhraseMatcher;
  /** What opens a share of the count before ("trong đó"). */
  share: PhraseMatcher;
  continuation: PhraseMatcher;
  pastMarker: PhraseMatcher;
  caseFreeStreak: PhraseMatcher;
  elapsedLead: PhraseMatcher;
  elapsedAct: PhraseMatcher;
  estimate: PhraseMatcher;
  estimateLabel: PhraseMatcher;
  scenarioLabel: PhraseMatcher;
  penalty: PhraseMatcher;
  suspensionPenalty: PhraseMatcher;
  forecasts: ForecastWords;
  reportHeading: PhraseMatcher;
  reportHeadingExcept: PhraseMatcher;
  reportHeadingUntil: PhraseMatcher;
  thresholdLead: PhraseMatcher;
  filterLead: PhraseMatcher;
  thresholdRise: PhraseMatcher;
  levelName: PhraseMatcher;
  validityCue: PhraseMatcher;
  sinceLead: PhraseMatcher;
  sinceEvent: PhraseMatcher;
  gapLead: PhraseMatcher;
  recovery: PhraseMatcher;
  validityResult: PhraseMatcher;
  /** Phrases matched only with their diacritics, by their folded key. */
  exact: Map<string, string>;
  relativeHead: PhraseMatcher;
  relativeOrigin: PhraseMatcher;
  countedHead: PhraseMatcher;
  clauseLead: PhraseMatcher;
  beneficiaryLead: PhraseMatcher;
  relativeJoin: PhraseMatcher;
  alternativeJoin: PhraseMatcher;
  achieved: PhraseMatcher;
  existential: PhraseMatcher;
  approximation: PhraseMatcher;
  basis: PhraseMatcher;
  /** "Trước tình trạng", "Trước tình hình": what a sentence names before the order that answers it. */
  situation: PhraseMatcher;
  /** "Thực hiện Nghị quyết": a document carried out, named in the clause that opens the part. */
  carriedOut: PhraseMatcher;
  countLabel: PhraseMatcher;
  resultLabel: PhraseMatcher;
  countVerb: PhraseMatcher;
  /** "để", "nhằm" (strength.json purposeMarkers): what follows says why, not what a figure measures. */
  purpose: PhraseMatcher;
  /** "Thực hiện", "Căn cứ", "Triển khai": a clause that frames what follows by what it carries out (strength.json background.basis). */
  framing: PhraseMatcher;
  /** "yêu cầu", "đề nghị", "giao": a verb that hands orders on (strength.json delegation). */
  delegation: PhraseMatcher;
  tableTotal: PhraseMatcher;
  reportedColumn: PhraseMatcher;
  unitColumn: PhraseMatcher;
  namedColumn: PhraseMatcher;
  countFiller: PhraseMatcher;
  perUnit: PhraseMatcher;
  perUnitVerb: PhraseMatcher;
  uncounted: PhraseMatcher;
  /** "tuổi": a number before it is an age. */
  age: PhraseMatcher;
  notQuantity: PhraseMatcher;
  notQuantityExcept: PhraseMatcher;
  criterion: PhraseMatcher;
  /** A rate's words ("/ngày", "mỗi ngày"): a count of times per day is how often, not a reading's value. */
  anyRate: PhraseMatcher;
  /** The comparison between a criterion and its figure, ending where the figure starts (folded): "dưới", "≥", "từ". */
  compared: RegExp;
  change: PhraseMatcher;
  replaced: PhraseMatcher;
  changeBy: PhraseMatcher;
  baseline: PhraseMatcher;
  scopeNoun: PhraseMatcher;
  scopeLead: PhraseMatcher;
  scopeDeterminer: PhraseMatcher;
  wholeScope: PhraseMatcher;
  populationNoun: PhraseMatcher;
  populationStop: PhraseMatcher;
  /** A regime repeated over time ("định kỳ", "7 ngày/lần"; categories.json periodicMarkers): no part of whom. */
  periodic: PhraseMatcher;
  nounStop: PhraseMatcher;
  nounStopExcept: PhraseMatcher;
  conditionCue: PhraseMatcher;
  consequent: PhraseMatcher;
  deadlineLead: PhraseMatcher;
  doseWord: PhraseMatcher;
  atMost: PhraseMatcher;
  atLeast: PhraseMatcher;
  above: PhraseMatcher;
  below: PhraseMatcher;
  only: PhraseMatcher;
  notOnly: PhraseMatcher;
  negation: PhraseMatcher;
  openEnded: PhraseMatcher;
  within: PhraseMatcher;
  clockBefore: PhraseMatcher;
  clockAfter: PhraseMatcher;
}

const caches = { marked: new WeakMap<Lexicons, CompiledTargets>(), folded: new WeakMap<Lexicons, CompiledTargets>() };

export function compiledTargets(lex: Lexicons, v: TextView): CompiledTargets {
  const folded = isUnmarked(v);
  const cache = folded ? caches.folded : caches.marked;
  let c = cache.get(lex);
  if (!c) {
    c = compile(lex, folded);
    cache.set(lex, c);
  }
  return c;
}

/**
 * Whether [start, end) names a regime: the context words of a metric metrics.json marks as a regime's length
 * (distancing, lockdown, closure). "trong 15 ngày" after them is how long the regime lasts.
 */
export function namesRegime(lex: Lexicons, v: TextView, start: number, end: number): boolean {
  return compiledTargets(lex, v).metrics.some((m) => m.metric.regimeLength && m.context !== null && m.context.test(v, start, end));
}

function comparedBefore(words: readonly string[]): RegExp {
  return new RegExp(String.raw`(?:[\s\u00a0:=<>≤≥]|(?<![\p{L}])(?:${foldedAlternation(words)})(?![\p{L}]))*$`, 'u');
}

function compile(lex: Lexicons, folded: boolean): CompiledTargets {
  const m = (phrases: readonly string[]) => new PhraseMatcher(folded ? phrases.map((p) => fold(p.normalize('NFC'))) : phrases);
  const opt = (phrases: readonly string[]) => (phrases.length > 0 ? m(phrases) : null);
  // A metric's context words decide what a figure counts, a negation what a "có" states; folded, a word that
  // spells a common other word ("đò" is "do", "because"; "dừng" is the "Dung" of "Dung Quất") would decide
  // it anywhere.
  const withoutCollisions = (phrases: readonly string[]) => (folded ? phrasesWithoutCollisions(phrases, lex.unmarked.collisions) : phrases);
  const ml = lex.metrics;
  const report = m(ml.reportCues);
  // So would a unit word ("tấn" is "tan", the "tận" of a motto or the "Tân" of a place).
  const units = lex.units.units.map((unit) => ({ unit, words: m(withoutCollisions(unit.words)), rate: unit.rate ? m(lex.units.rates[unit.rate]) : null }));
  const unitsByCode = new Map(units.map((u) => [u.unit.code, u]));
  // A metric in days reads its figure after "tuần" too: the figure is given in days (figureAt).
  const measuredIn = (code: string): CompiledUnit => {
    const u = unitsByCode.get(code)!;
    const counted = lex.units.units.filter((x) => x.counts?.unit === code).flatMap((x) => x.words);
    return counted.length === 0 ? u : { ...u, words: m(withoutCollisions([...u.unit.words, ...counted])) };
  };
  return {
    lex,
    units,
    unitsByCode,
    atOnce: m(lex.units.atOnce),
    everyTime: m(lex.units.everyTime),
    notUnitWord: m(lex.units.notUnitWords),
    scaledPer: lex.units.units.find((u) => u.scaledPer)?.code ?? null,
    metrics: ml.metrics.flatMap((metric) =>
      [metric as MetricReading, ...metric.alternatives].map((r) => ({
        metric,
        unit: measuredIn(metric.unit),
        after: opt(r.after),
        nouns: opt(r.nouns),
        nounsNone: opt(r.nounsNone),
        before: opt(r.before),
        lead: opt(r.lead),
        withinIsLimit: r.withinIsLimit,
        context: opt(withoutCollisions(r.context)),
        contextAll: r.contextAll.map((group) => m(group)),
        contextExcept: opt(r.contextExcept),
        contextNone: opt(r.contextNone),
        // "tiêm vắc xin, phấn đấu tăng trưởng GRDP đạt 7%": an economic indicator nearer the figure than the metric's words.
        contextAgainst: opt([...r.contextAgainst, ...ml.economyWords]),
        completes: r.contextAll.some((group) => group.some((w) => ml.deadlineLeads.includes(w))),
        refersBack: r === metric && metric.refersBack ? { lead: m(metric.refersBack.lead), earlier: m(metric.refersBack.earlier) } : null,
      })),
    ),
    goal: m(ml.goalCues),
    weakGoal: m(ml.weakGoalCues),
    order: m(ml.orderCues),
    orderExcept: m(ml.orderExcept),
    report,
    // With marks a one-syllable cue matches only as written, so an exception that spells no cue ("Đà Nẵng", "đa
    // khoa", "đà tăng") guards nothing there, and, matched folded, would hide the cue of "đã nâng lên", "đã tăng".
    reportExcept: m(folded ? ml.reportCueExcept : ml.reportCueExcept.filter((p) => report.test(view(p), 0, p.length))),
    reportTotal: m(ml.reportTotals),
    reportVerb: m(ml.reportVerbs),
    reportOpener: m(ml.reportOpeners),
    sentenceReportOpener: m(ml.sentenceReportOpeners),
    share: m(ml.shareOpeners),
    continuation: m(ml.reportContinuations),
    pastMarker: m(ml.pastMarkers),
    caseFreeStreak: m(ml.caseFreeStreaks),
    elapsedLead: m(ml.elapsed.leads),
    elapsedAct: m(ml.elapsed.acts),
    estimate: m(ml.estimates),
    estimateLabel: m(ml.estimateLabels),
    scenarioLabel: m(ml.scenarioLabels),
    penalty: m(ml.penaltyCues),
    suspensionPenalty: m(ml.suspensionPenalties),
    forecasts: forecastWords(ml.forecasts, m),
    reportHeading: m(ml.reportHeadings.openers),
    reportHeadingExcept: m(ml.reportHeadings.except),
    reportHeadingUntil: m(ml.reportHeadings.until),
    thresholdLead: m(ml.thresholdLeads),
    filterLead: m(ml.filterLeads),
    thresholdRise: m(ml.thresholdRises),
    levelName: m(ml.levelNames),
    validityCue: m(ml.validityCues),
    sinceLead: m(ml.sinceLeads),
    sinceEvent: m(ml.sinceEvents),
    gapLead: m(ml.gapLeads),
    recovery: m(ml.recoveries),
    validityResult: m(ml.validityResults),
    exact: new Map(ml.exact.map((p) => [foldKey(p), p])),
    relativeHead: m(ml.relativeHeads),
    relativeOrigin: m(ml.relativeOrigins),
    countedHead: m(ml.countedHeads),
    clauseLead: m(ml.clauseLeads),
    beneficiaryLead: m(ml.beneficiaryLeads),
    relativeJoin: m(ml.relativeJoins),
    alternativeJoin: m(ml.alternativeJoins),
    achieved: m(ml.achievedCues),
    existential: m(ml.existentialCues),
    approximation: m(ml.approximations),
    basis: m(ml.basisCues),
    situation: m(ml.situationCues),
    carriedOut: m(ml.carriedOutCues),
    countLabel: m(ml.statisticLabels.counts),
    resultLabel: m(ml.statisticLabels.results),
    countVerb: m(ml.countVerbs),
    purpose: m(lex.strength.purposeMarkers),
    framing: m(lex.strength.background.basis.verbs),
    delegation: m(lex.strength.delegation),
    countFiller: m(ml.countFillers),
    perUnit: m(ml.perUnitCounts.each),
    perUnitVerb: m(ml.perUnitCounts.verbs),
    uncounted: m(ml.uncountedNouns),
    age: m(ml.ageNouns),
    tableTotal: m(ml.tableTotals),
    reportedColumn: m(ml.reportedColumns),
    unitColumn: m(ml.unitColumns),
    namedColumn: m(ml.columnHeadings),
    notQuantity: m(withoutCollisions(ml.notQuantityBefore)),
    notQuantityExcept: m(ml.notQuantityExcept),
    criterion: m(ml.criteria),
    anyRate: m(Object.values(lex.units.rates).flat()),
    compared: comparedBefore([...ml.bounds.atMost, ...ml.bounds.atLeast, ...ml.bounds.above, ...ml.bounds.below, ...ml.comparisons]),
    change: m(ml.changeCues),
    replaced: m(ml.replacedCues),
    changeBy: m(ml.changeByCues),
    baseline: m(ml.baselineCues),
    scopeNoun: m(ml.scopeNouns),
    scopeLead: m(ml.scopeLeads),
    scopeDeterminer: m(ml.scopeDeterminers),
    wholeScope: m(ml.wholeScopes),
    populationNoun: m(ml.populationNouns),
    populationStop: m(ml.populationStops),
    periodic: m(lex.categories.periodicMarkers),
    nounStop: m(ml.nounStops),
    nounStopExcept: m(ml.nounStopExcept),
    conditionCue: m(ml.conditionCues),
    consequent: m(ml.conditionConsequents),
    deadlineLead: m(ml.deadlineLeads),
    doseWord: m(ml.doseWords),
    atMost: m(ml.bounds.atMost),
    atLeast: m(ml.bounds.atLeast),
    above: m(ml.bounds.above),
    below: m(ml.bounds.below),
    only: m(ml.bounds.only),
    notOnly: m(ml.bounds.notOnly),
    negation: m(withoutCollisions(ml.bounds.negations)),
    openEnded: m(ml.bounds.openEnded),
    within: m(ml.bounds.within),
    clockBefore: m(ml.clockTime.before),
    clockAfter: m(ml.clockTime.after),
  };
}
