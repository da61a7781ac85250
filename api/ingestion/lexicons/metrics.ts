// seeds/lexicons/metrics.json
import { join } from 'node:path';
import { shownPath } from '../../repo-root';
import { CODE, OXCGRT, OXCGRT_TEXT, readJson, Reader } from './reader';
import { expandVariant } from './variants';
import type { CategoryLexicon } from './categories';
import type { UnitLexicon } from './units';
import { BOUND, type Bound } from '../../domain/facts';

export const QUALIFIER_NAMES = ['poolSize', 'dose', 'scope', 'population', 'condition'] as const;
export type QualifierName = (typeof QUALIFIER_NAMES)[number];

/** One way a metric is written: the words around a figure that name it. */
export interface MetricReading {
  /** Words that must follow the number ("mẫu gộp"); empty: the unit's own words. */
  after: string[];
  /** Words that must follow the unit's words ("50% công suất"); empty: anything. */
  nouns: string[];
  /** Words that may not follow the unit's words: "giường cách ly" are quarantine places, not beds for patients. */
  nounsNone: string[];
  /** Words that must come right before the number ("trong vòng"); empty: anything. */
  before: string[];
  /**
   * Words right before the number (a bound may sit between) that name the metric as its own words after
   * it do ("cách nhau 05 ngày": an interval); empty: anything.
   */
  lead: string[];
  /** At least one must appear in the figure's part of the sentence; empty: no condition. */
  context: string[];
  /** Each group must appear in the part (any one phrase of the group). */
  contextAll: string[][];
  /** A context word inside one of these does not count ("tập trung" in "cách ly tập trung"). */
  contextExcept: string[];
  /** None of these may appear in the part ("50% số lao động" is no attendance share next to "tiêm"). */
  contextNone: string[];
  /**
   * Words of another thing the figure may count: when one of these stands nearer before the figure than any
   * context word, the figure is that thing's ("khu cách ly tập trung 50 giường" counts quarantine beds, not
   * treatment beds; "khu cách ly 50 giường, khu điều trị 10 giường" counts 10 treatment beds).
   */
  contextAgainst: string[];
  /** "trong vòng 24 giờ" sets a ceiling for this metric (a time limit), not a plain duration. */
  withinIsLimit: boolean;
}

export interface MetricEntry extends MetricReading {
  code: string;
  label: string;
  /** The measure category the metric belongs to, so targets can be compared by topic. */
  category: string;
  /** Oxford COVID-19 Government Response Tracker indicator the quantity belongs to (C4 for gathering size), if any. */
  oxcgrt: string | null;
  unit: string;
  /**
   * Whether an ordered figure of the metric says what its instruction is about (days of quarantine do);
   * false for quantities any setting has (distance, a venue's share, checkpoints, the look-back window of
   * who must comply): "các gian hàng cách nhau tối thiểu 2 mét" is about the market.
   */
  namesTopic: boolean;
  /**
   * Whether the metric is how long a regime lasts (distancing, lockdown, closure): "trong thời gian 07 ngày kể
   * từ 0 giờ ngày 02/10/2021" after its context words is the regime's period, not a time limit on a task.
   */
  regimeLength: boolean;
  /** Other ways of writing the metric, each read like the entry's own words ("lần ... cách nhau 05 ngày"). */
  alternatives: MetricReading[];
  /**
   * Words of a period that refer back to the regime its sentence set earlier ("Cách ly y tế vùng đối với xóm 4
   * ...; thời gian cách ly 21 ngày"): right before the figure, they make it this metric's when one of
   * `earlier` stands before the figure's part of the sentence. Null: none.
   */
  refersBack: { lead: string[]; earlier: string[] } | null;
  /**
   * The largest figure the metric can be, or null: support per head runs to millions, so "Hỗ trợ 2,5 tỷ đồng cho
   * Sở Y tế" is a budget line, no one's support.
   */
  most: number | null;
  /** The bound a figure of the metric has when its words state none: a distance is always a floor ("giữ khoảng cách 2m"). */
  bound: Bound | null;
  qualifiers: QualifierName[];
}

/** The words of a section heading that describes the situation, not what to do ("I. TÌNH HÌNH"). */
export interface PerUnitCounts {
  /** Words that make the part speak of each unit ("mỗi", "từng"). */
  each: string[];
  /** Plain verbs that set up a bounded count once the part speaks of each unit ("có"). */
  verbs: string[];
}

export interface ReportHeadings {
  /** Phrases opening such a heading ("tình hình", "kết quả", "đánh giá"). */
  openers: string[];
  /** Words that make a heading an order or a goal all the same ("nhiệm vụ", "cần đạt"). */
  except: string[];
  /** Words of a line ending in ":" that opens a list of orders and so ends the report ("yêu cầu:", "kết luận:"). */
  until: string[];
}

export interface BoundCues {
  /** "không quá", "tối đa": a ceiling. */
  atMost: string[];
  /** "tối thiểu", "ít nhất": a floor. */
  atLeast: string[];
  /** "trên": a floor, a ceiling after a negation ("không tổ chức sự kiện trên 30 người"). */
  above: string[];
  /** "dưới": a ceiling, a floor after a negation. */
  below: string[];
  /** "chỉ cử 01 người": a ceiling. */
  only: string[];
  /** Words that start with "chỉ" without meaning "only" ("chỉ đạo"). */
  notOnly: string[];
  negations: string[];
  /** "từ 10 người trở lên": the written figure, no bound. */
  openEnded: string[];
  /** "trong vòng 72 giờ": a ceiling for metrics that are time limits. */
  within: string[];
}

/**
 * Words that say a figure is foreseen, not ordered: a forecast ("dự báo", "có thể tăng lên 300 ca/ngày"), or
 * an expectation ("dự kiến") that something "sẽ" happens before the figure or that supplies arrive ("Dự kiến
 * tỉnh nhận thêm 80.000 liều", "... 60.000 liều sẽ về đến tỉnh"). "Dự kiến tổ chức tiêm 5.000 liều/ngày" plans.
 */
export interface Forecasts {
  cues: string[];
  /** Where a cue is the order's own verb or its noun ("dự báo nhu cầu", "rà soát, dự báo"): nothing is foreseen. */
  tasks: string[];
  expected: string[];
  expectedThen: string[];
  arrivals: string[];
}

export interface MetricLexicon {
  goalCues: string[];
  orderCues: string[];
  /** Phrases holding an order cue that order nothing ("Ban Chỉ đạo", "theo yêu cầu"). */
  orderExcept: string[];
  reportCues: string[];
  /** Words holding a report cue once their marks are lost: "Bệnh viện Đa khoa" written "Da khoa" is no "đã". */
  reportCueExcept: string[];
  /** Report cues that only name a total: a bound right before its figure makes it a limit ("Tổng số công dân đón về tối đa 4.000 người"). */
  reportTotals: string[];
  reportVerbs: string[];
  reportOpeners: string[];
  /** Report openers that report only as the sentence's first word: "Hiện toàn tỉnh có ...", never the "hiện" of "thực hiện". */
  sentenceReportOpeners: string[];
  /** What opens a share of the count before it: "165 điểm tiêm, trong đó 14 điểm tiêm lưu động". */
  shareOpeners: string[];
  reportContinuations: string[];
  /** "24 giờ qua": a span of the past, reported when its sentence reports. */
  pastMarkers: string[];
  /** What a count of days without cases is followed by ("100 ngày không có ca lây nhiễm"): always a state reached. */
  caseFreeStreaks: string[];
  /** A look-back on a measure under way: a lead before the time ("sau", "qua") and an act after it ("thực hiện"): "Sau 10 ngày thực hiện giãn cách". */
  elapsed: { leads: string[]; acts: string[] };
  /** "ước tính", "ước": right before a figure (an approximation between), an estimate of what is ("Đối tượng: ..., ước khoảng 98.500 người"). */
  estimates: string[];
  /** "Đối tượng:": a label opening a part that says whom a plan covers; an approximation after it ("khoảng 68.500 trẻ em") sizes them. */
  estimateLabels: string[];
  /** "Kịch bản 2:", "Tình huống 1:": a label that names a scenario the targets under or after it are planned for. */
  scenarioLabels: string[];
  /** "phạt": a sum of money after one in its part is a fine restated from the law, no target. */
  penaltyCues: string[];
  /** "bị đình chỉ hoạt động": a time after one in its part is how long a sanction lasts, no target. */
  suspensionPenalties: string[];
  forecasts: Forecasts;
  reportHeadings: ReportHeadings;
  relativeHeads: string[];
  /** "từ", "ở", "đến": after a person in relativeHeads, where the person is from or goes ("Người từ vùng cam đã tiêm ...", "Người đến tỉnh đã tiêm ..."). */
  relativeOrigins: string[];
  /** "số", "tổng số": before a person in relativeHeads, a count of them ("Số người từ Hà Nội đã được xét nghiệm là ..."), which reports. */
  countedHeads: string[];
  /** "khi": a report cue right after one opens a clause of time, not a report ("sau khi đã kết thúc cách ly"). */
  clauseLeads: string[];
  /**
   * "cho": before a person in relativeHeads, whom a goal serves; the person's age may then stand before a relative
   * "đã" ("Tiêm mũi 3 cho người từ 18 tuổi trở lên đã tiêm đủ 2 mũi đạt trên 90%").
   */
  beneficiaryLeads: string[];
  /** "và", "nhưng": a report cue right after one continues the relative clause a cue before it opened. */
  relativeJoins: string[];
  /** "hoặc": a report cue right after one states an alternative condition ("đã tiêm đủ liều hoặc đã khỏi bệnh"), no report. */
  alternativeJoins: string[];
  /** "được" right before a figure, after a verb: what was managed ("tiêm được 9.000 mũi", "mới được 40%"). */
  achievedCues: string[];
  existentialCues: string[];
  /** "khoảng", "gần": an approximation between a cue and its number ("có khoảng 1.150 lượt xe"). */
  approximations: string[];
  basisCues: string[];
  /** "Trước tình trạng": the situation a sentence's order answers, named before it. */
  situationCues: string[];
  /**
   * Labels of a statistic, its figure after the colon: a count of people who did or are doing something ("Số người
   * đang cách ly tập trung: 3.215 người"), a result ("Kết quả tiêm chủng: mũi 1 đạt 98%").
   */
  statisticLabels: { counts: string[]; results: string[] };
  /** "Thực hiện Nghị quyết số 11/NQ-CP ... với tổng quy mô 350.000 tỷ đồng,": the document a text carries out, its figures up to the clause's comma that document's. */
  carriedOutCues: string[];
  countVerbs: string[];
  countFillers: string[];
  /** "mỗi xã có ít nhất 01 tổ": what each unit must have is set up by a plain verb after the unit ("có"). */
  perUnitCounts: PerUnitCounts;
  /** Words after a figure that measure time or age, never a count a verb sets up ("theo dõi ít nhất 30 phút"). */
  uncountedNouns: string[];
  /** Words after a number that make it an age ("tuổi"): a context word right before one ("người từ 18 tuổi") describes people, not what the metric measures. */
  ageNouns: string[];
  /** The first words of a goal table's total row ("Tổng cộng"): a sum, not one unit's target. */
  tableTotals: string[];
  /** Words of a table column's heading that reports the present state ("Hiện trạng", "Số liệu hiện tại"): no targets. */
  reportedColumns: string[];
  /** Headings of a table's column that gives each row's unit ("Đơn vị tính": "%", "mẫu/ngày"). */
  unitColumns: string[];
  /** The first words of other columns' headings ("Chỉ tiêu", "Kế hoạch"): with those above, they tell a table's heading from a title's lines; a heading they open is no present state's. */
  columnHeadings: string[];
  notQuantityBefore: string[];
  /** Phrases ending in a notQuantityBefore word that are no name before a number: "đợt cao điểm 15 ngày". */
  notQuantityExcept: string[];
  /**
   * What a figure compared with it says who or what qualifies by ("nhịp thở", "SpO2", "thu nhập"): a criterion,
   * never an order ("SpO2 ≥ 96%", "thu nhập dưới 3.000.000 đồng/tháng").
   */
  criteria: string[];
  /** Words comparing a criterion with its figure besides the bounds: "từ", "là", "lớn hơn". */
  comparisons: string[];
  changeCues: string[];
  /** "thay vì": the figure after it is what the order replaces ("không quá 50% công suất, thay vì không quá 20 khách"). */
  replacedCues: string[];
  /** "tăng", "giảm" right before a percentage: a change by so much, a level only without a baseline. */
  changeByCues: string[];
  /** "so với": the baseline a change by a percentage is measured against ("tăng 30% so với tuần trước"). */
  baselineCues: string[];
  scopeNouns: string[];
  /** "tại" before a described scope: "tại các địa phương, đơn vị đã được trang bị máy xét nghiệm". */
  scopeLeads: string[];
  scopeDeterminers: string[];
  wholeScopes: string[];
  populationNouns: string[];
  populationStops: string[];
  nounStops: string[];
  /** Nouns that, without their marks, open like a stop word: "chỗ cách ly" written "cho cach ly" is no "cho". */
  nounStopExcept: string[];
  conditionCues: string[];
  conditionConsequents: string[];
  /** "khi", "nếu": a figure between one and a consequent ("khi SpO2 dưới 96% ... phải báo ngay") is a threshold. */
  /** "đối với": a segment it opens names whom an order binds; a comparison there ("trên 1.000 lao động") filters them. */
  /** "tăng lên": in a condition, the figure a count rises to is its threshold ("Khi số người mắc tăng lên 5.000 người thì ..."). */
  thresholdRises: string[];
  filterLeads: string[];
  thresholdLeads: string[];
  /** Names of an epidemic level or zone ("cấp độ", "vùng đỏ"): "cấp độ 1 khi ..." defines the level by the figures after "khi". */
  levelNames: string[];
  /** "có giá trị trong 3 ngày": a duration a document stays valid, which no metric names. */
  /** "sau", "chưa đủ": before a duration after a "sinceEvents" word, the time since that event ("tiêm mũi 2 sau 14 ngày"). */
  sinceLeads: string[];
  /** "tiêm", "khỏi bệnh": events whose elapsed time says who is meant, never what is ordered. */
  sinceEvents: string[];
  /** "cách": before a "sinceEvents" word, the gap after that event ("tiêm cách mũi 1 từ 8 đến 12 tuần"). */
  gapLeads: string[];
  /** "khỏi bệnh": a recovery "trong vòng 180 ngày" also says who is meant (a dose "trong 20 ngày" is a time to complete). */
  recoveries: string[];
  validityCues: string[];
  /** "âm tính trong vòng 72 giờ": a result word that, right before a duration, makes it a validity too. */
  validityResults: string[];
  /** Phrases of two or more syllables matched only with their diacritics ("truyền thông" is not "truyền thống"). */
  exact: string[];
  /** Goal cues that also state a result ("tỷ lệ ... đạt 63%"): alone, they set no goal in a preamble. */
  weakGoalCues: string[];
  /** "tăng trưởng GRDP", "kim ngạch": what the economy's figures measure, against every metric's context. */
  economyWords: string[];
  deadlineLeads: string[];
  doseWords: string[];
  bounds: BoundCues;
  clockTime: { before: string[]; after: string[] };
  metrics: MetricEntry[];
}

/** A list whose items are a phrase or a list of alternative phrases: [["hoàn thành", "tiêm hết"]]. */
function phraseGroups(e: Reader, field: string): string[][] {
  if (!e.has(field)) return [];
  return e.list(field).map((item, i) => {
    const group = typeof item === 'string' ? [item] : item;
    if (!Array.isArray(group) || group.length === 0 || group.some((p) => typeof p !== 'string' || p.trim() === '')) {
      e.fail(`${field}[${i}]`, 'must be a phrase or a non-empty list of phrases');
    }
    return group as string[];
  });
}

/** A list of phrases, each possibly a variant pattern ("cách ly y tế [toàn bộ] {thôn|xóm}"), expanded. */
function phrases(e: Reader, field: string): string[] {
  return [...new Set(e.strings(field, { optional: true, variants: true }).flatMap(expandVariant))];
}

function refersBackOf(e: Reader): { lead: string[]; earlier: string[] } {
  const lead = phrases(e, 'lead');
  const earlier = phrases(e, 'earlier');
  if (lead.length === 0 || earlier.length === 0) e.fail('lead', 'refersBack must give both its lead and its earlier words');
  return { lead, earlier };
}

function readingOf(e: Reader): MetricReading {
  return {
    after: phrases(e, 'after'),
    nouns: phrases(e, 'nouns'),
    nounsNone: phrases(e, 'nounsNone'),
    before: phrases(e, 'before'),
    lead: phrases(e, 'lead'),
    context: phrases(e, 'context'),
    contextAll: phraseGroups(e, 'contextAll'),
    contextExcept: phrases(e, 'contextExcept'),
    contextNone: phrases(e, 'contextNone'),
    contextAgainst: phrases(e, 'contextAgainst'),
    withinIsLimit: e.bool('withinIsLimit', false),
  };
}

function readForecasts(r: Reader): Forecasts {
  const f = r.nested('forecasts');
  return { cues: f.strings('cues', { nonEmpty: true }), tasks: f.strings('tasks', { optional: true }), expected: f.strings('expected', { nonEmpty: true }), expectedThen: f.strings('expectedThen'), arrivals: f.strings('arrivals') };
}

export function loadMetrics(dir: string, units: UnitLexicon, categories: CategoryLexicon): MetricLexicon {
  const r = readJson(dir, 'metrics.json');
  // A unit given in another's multiples (weeks as days) is no metric's unit.
  const unitCodes = units.units.filter((u) => !u.counts).map((u) => u.code);
  const categoryCodes = categories.categories.map((c) => c.code);
  const shown = shownPath(join(dir, 'metrics.json'));
  const metrics = r.entries('metrics').map((e, k) => {
    const code = e.str('code');
    if (!CODE.test(code)) e.fail('code', 'must be an upper-case code such as RT_PCR_SINGLE_SAMPLES');
    if (code === 'OTHER') e.fail('code', 'OTHER is reserved for figures no metric names');
    const unit = e.oneOf('unit', unitCodes);
    const qualifiers = e.strings('qualifiers', { optional: true });
    qualifiers.forEach((q, i) => {
      if (!(QUALIFIER_NAMES as readonly string[]).includes(q)) e.fail(`qualifiers[${i}]`, `must be one of ${QUALIFIER_NAMES.join(', ')}`);
    });
    const alternatives = e.has('alternatives')
      ? e.list('alternatives').map((item, i) => {
          if (typeof item !== 'object' || item === null || Array.isArray(item)) e.fail(`alternatives[${i}]`, 'must be an object');
          const reading = readingOf(new Reader(shown, ` entry ${k} alternatives[${i}]`, item as Record<string, unknown>));
          const words = [reading.after, reading.nouns, reading.before, reading.lead, reading.context, reading.contextAll];
          if (words.every((w) => w.length === 0)) e.fail(`alternatives[${i}]`, 'must give the words that name the metric');
          return reading;
        })
      : [];
    return {
      code,
      label: e.str('label'),
      category: e.oneOf('category', categoryCodes),
      oxcgrt: e.nullableStr('oxcgrt', OXCGRT, OXCGRT_TEXT),
      unit,
      namesTopic: e.bool('namesTopic', true),
      regimeLength: e.bool('regimeLength', false),
      ...readingOf(e),
      alternatives,
      refersBack: e.has('refersBack') ? refersBackOf(e.nested('refersBack')) : null,
      most: e.has('most') ? e.num('most', { min: 0 }) : null,
      bound: e.has('bound') ? e.oneOf('bound', BOUND.codes) : null,
      qualifiers: qualifiers as QualifierName[],
    };
  });
  const seen = new Set<string>();
  metrics.forEach((m, i) => {
    if (seen.has(m.code)) r.entries('metrics')[i].fail('code', `${m.code} is used by an earlier entry`);
    seen.add(m.code);
  });
  const b = r.nested('bounds');
  const clock = r.nested('clockTime');
  const headings = r.nested('reportHeadings');
  const perUnit = r.nested('perUnitCounts');
  const statistic = r.nested('statisticLabels');
  const elapsed = r.nested('elapsed');
  return {
    goalCues: r.strings('goalCues', { nonEmpty: true }),
    orderCues: r.strings('orderCues', { nonEmpty: true }),
    orderExcept: r.strings('orderExcept'),
    reportCues: r.strings('reportCues'),
    reportCueExcept: phrases(r, 'reportCueExcept'),
    reportTotals: r.strings('reportTotals', { optional: true }),
    reportVerbs: r.strings('reportVerbs'),
    reportOpeners: r.strings('reportOpeners'),
    sentenceReportOpeners: r.strings('sentenceReportOpeners', { optional: true }),
    shareOpeners: r.strings('shareOpeners', { nonEmpty: true }),
    reportContinuations: r.strings('reportContinuations'),
    pastMarkers: r.strings('pastMarkers'),
    caseFreeStreaks: r.strings('caseFreeStreaks', { optional: true }),
    elapsed: { leads: elapsed.strings('leads', { nonEmpty: true }), acts: elapsed.strings('acts', { nonEmpty: true }) },
    estimates: r.strings('estimates', { optional: true }),
    estimateLabels: r.strings('estimateLabels', { optional: true }),
    scenarioLabels: r.strings('scenarioLabels', { optional: true }),
    penaltyCues: r.strings('penaltyCues', { optional: true }),
    suspensionPenalties: r.strings('suspensionPenalties', { optional: true }),
    forecasts: readForecasts(r),
    reportHeadings: { openers: headings.strings('openers'), except: headings.strings('except'), until: headings.strings('until') },
    relativeHeads: r.strings('relativeHeads'),
    relativeOrigins: r.strings('relativeOrigins', { optional: true }),
    countedHeads: r.strings('countedHeads', { optional: true }),
    clauseLeads: r.strings('clauseLeads', { optional: true }),
    beneficiaryLeads: r.strings('beneficiaryLeads', { optional: true }),
    relativeJoins: r.strings('relativeJoins', { optional: true }),
    alternativeJoins: r.strings('alternativeJoins', { optional: true }),
    achievedCues: r.strings('achievedCues', { optional: true }),
    existentialCues: r.strings('existentialCues'),
    approximations: r.strings('approximations', { optional: true }),
    basisCues: r.strings('basisCues'),
    situationCues: r.strings('situationCues'),
    statisticLabels: { counts: statistic.strings('counts', { nonEmpty: true }), results: statistic.strings('results', { nonEmpty: true }) },
    carriedOutCues: r.strings('carriedOutCues', { optional: true }),
    countVerbs: r.strings('countVerbs', { nonEmpty: true }),
    countFillers: r.strings('countFillers'),
    perUnitCounts: { each: perUnit.strings('each', { nonEmpty: true }), verbs: perUnit.strings('verbs', { nonEmpty: true }) },
    uncountedNouns: r.strings('uncountedNouns', { optional: true }),
    ageNouns: r.strings('ageNouns', { optional: true }),
    tableTotals: r.strings('tableTotals', { optional: true }),
    reportedColumns: r.strings('reportedColumns', { optional: true }),
    unitColumns: r.strings('unitColumns', { optional: true }),
    columnHeadings: r.strings('columnHeadings', { optional: true }),
    notQuantityBefore: r.strings('notQuantityBefore'),
    notQuantityExcept: r.strings('notQuantityExcept', { optional: true }),
    criteria: r.strings('criteria', { optional: true }),
    comparisons: r.strings('comparisons', { optional: true }),
    changeCues: r.strings('changeCues'),
    replacedCues: r.strings('replacedCues', { optional: true }),
    changeByCues: r.strings('changeByCues'),
    baselineCues: r.strings('baselineCues'),
    scopeNouns: r.strings('scopeNouns', { nonEmpty: true }),
    scopeLeads: r.strings('scopeLeads'),
    scopeDeterminers: r.strings('scopeDeterminers'),
    wholeScopes: r.strings('wholeScopes'),
    populationNouns: r.strings('populationNouns', { nonEmpty: true }),
    populationStops: r.strings('populationStops'),
    nounStops: r.strings('nounStops'),
    nounStopExcept: r.strings('nounStopExcept', { optional: true }),
    conditionCues: r.strings('conditionCues'),
    conditionConsequents: r.strings('conditionConsequents'),
    thresholdRises: r.strings('thresholdRises', { optional: true }),
    filterLeads: r.strings('filterLeads', { optional: true }),
    thresholdLeads: r.strings('thresholdLeads', { optional: true }),
    levelNames: r.strings('levelNames', { optional: true }),
    sinceLeads: r.strings('sinceLeads', { optional: true }),
    sinceEvents: r.strings('sinceEvents', { optional: true }),
    gapLeads: r.strings('gapLeads', { optional: true }),
    recoveries: r.strings('recoveries', { optional: true }),
    validityCues: r.strings('validityCues', { optional: true }),
    validityResults: r.strings('validityResults', { optional: true }),
    exact: r.strings('exact', { optional: true }),
    weakGoalCues: r.strings('weakGoalCues', { optional: true }),
    economyWords: r.strings('economyWords', { optional: true }),
    deadlineLeads: r.strings('deadlineLeads'),
    doseWords: r.strings('doseWords', { nonEmpty: true }),
    bounds: {
      atMost: b.strings('atMost', { nonEmpty: true }),
      atLeast: b.strings('atLeast', { nonEmpty: true }),
      above: b.strings('above'),
      below: b.strings('below'),
      only: b.strings('only'),
      notOnly: b.strings('notOnly'),
      negations: b.strings('negations'),
      openEnded: b.strings('openEnded'),
      within: b.strings('within'),
    },
    clockTime: { before: clock.strings('before'), after: clock.strings('after') },
    metrics,
  };
}
