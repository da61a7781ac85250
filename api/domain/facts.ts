// The facts extracted from a rendition, and their vocabularies. Extraction produces these shapes, persistence
// stores them, GraphQL serves them under the same names: keep the names stable. Every fact carries a
// Citation into the rendition's cleaned text, so any value can be checked against its source.
import { vocabulary, type CodeOf } from './vocabulary';

export const STRENGTH = vocabulary('Strength', 'How binding a measure is.', {
  REQUIRED: 'Ordered ("yêu cầu", "phải", "bắt buộc").',
  ENCOURAGED: 'Encouraged or recommended ("khuyến khích", "khuyến cáo").',
  FORBIDDEN: 'Forbidden ("nghiêm cấm", "không được", "tuyệt đối không").',
});
export type Strength = CodeOf<typeof STRENGTH>;

export const DIRECTION = vocabulary('Direction', 'Whether a measure tightens or eases what people and businesses may do.', {
  TIGHTENING: 'Restricts, closes, requires or steps up ("tạm dừng", "siết chặt", "cách ly", "tăng cường").',
  EASING: 'Lifts or relaxes a restriction ("nới lỏng", "mở lại", "cho phép hoạt động trở lại", "tạo thuận lợi").',
});
export type Direction = CodeOf<typeof DIRECTION>;

export const SLOGAN_KIND = vocabulary('SloganKind', 'What sort of phrase a slogan is.', {
  MOTTO: 'A guiding motto (phương châm): "3 trước", "4 tại chỗ", "chống dịch như chống giặc".',
  STRATEGY: 'A named strategy (chiến lược): "Vắc xin + 5K + công nghệ + truyền thông".',
  GOAL: 'A stated goal (mục tiêu): "mục tiêu kép".',
  CAMPAIGN: 'A campaign or movement (phong trào, chiến dịch).',
});
export type SloganKind = CodeOf<typeof SLOGAN_KIND>;

export const AGENCY_LEVEL = vocabulary('AgencyLevel', 'The tier of government an agency belongs to.', {
  NATIONAL: 'A national body (Bộ Y tế, Thủ tướng Chính phủ).',
  PROVINCIAL: 'A provincial body (Sở Y tế, UBND tỉnh).',
  DISTRICT: 'A district-level body (UBND cấp huyện).',
  COMMUNE: 'A commune-level body (UBND cấp xã, tổ COVID-19 cộng đồng).',
  SECTOR: 'A whole sector rather than one body ("ngành Y tế").',
});
export type AgencyLevel = CodeOf<typeof AGENCY_LEVEL>;

export const DEADLINE_KIND = vocabulary('DeadlineKind', 'How a deadline is expressed.', {
  ON_DATE: 'On a given day (`date`).',
  BY_DATE: 'No later than a day (`date`): "chậm nhất đến ngày 30/9/2021".',
  WITHIN_PERIOD: 'Within a period (`periodStart`..`periodEnd`): "trong tháng 10 năm 2021", "quý IV/2021".',
  WITHIN_DAYS_OF_EVENT: 'Within `days` days, or `hours` hours, of an `event`: "trong vòng 07 ngày kể từ khi được phân bổ vắc xin", "trong vòng 12 giờ kể từ khi về".',
});
export type DeadlineKind = CodeOf<typeof DEADLINE_KIND>;

export const BOUND = vocabulary('Bound', 'Whether a figure is a ceiling, a floor or a value to reach.', {
  AT_MOST: 'A ceiling: "không quá 10 người", "tối đa 30%".',
  AT_LEAST: 'A floor: "tối thiểu 1,5 mét", "ít nhất 2 lần".',
});
export type Bound = CodeOf<typeof BOUND>;

/** Where a fact was read. Invariant: quote === text.slice(start, end). */
export interface Citation {
  start: number;
  end: number;
  quote: string;
  /** The rule that produced the fact, e.g. "target.samples-per-day". */
  rule: string;
}

export interface Deadline {
  kind: DeadlineKind;
  /** ISO date for ON_DATE and BY_DATE. */
  date: string | null;
  /** ISO bounds for WITHIN_PERIOD ("trong tháng 10/2021" -> 2021-10-01..2021-10-31). */
  periodStart: string | null;
  periodEnd: string | null;
  /**
   * For WITHIN_DAYS_OF_EVENT, in whole days: "trong vòng 07 ngày" -> 7, "trong 2 tuần" -> 14, "trong vòng 48 giờ" -> 2;
   * null when the time is no whole number of days ("trong vòng 12 giờ"): rounding would change the order.
   */
  days: number | null;
  /** For WITHIN_DAYS_OF_EVENT stated in hours, or in days that are not whole: "trong vòng 12 giờ" -> 12, "1,5 ngày" -> 36. */
  hours: number | null;
  /** The event the days count from, as written ("được phân bổ vắc xin"), or null when not stated. */
  event: string | null;
  citation: Citation;
}

/**
 * When a fact's text says it is in force: "từ 0 giờ ngày 19/7/2021", "trong thời gian 14 ngày, kể từ ...",
 * "từ ngày 28/3 đến hết ngày 15/4/2020", "cho đến khi có thông báo mới", "có hiệu lực kể từ ngày ký".
 * Only what the words state: the issue date, deadlines and later directives bound a fact when it is read
 * (see api/in-force/), since they can change after ingestion.
 */
export interface StatedPeriod {
  /** First day in force, or null when the text counts from the issue date ("kể từ ngày ký"). */
  from: string | null;
  /** Last day in force ("đến hết ngày 15/4/2020"), or null. */
  to: string | null;
  /** A stated duration in days ("trong thời gian 14 ngày"), counted from `from` or the issue date. */
  days: number | null;
  /** "cho đến khi có thông báo mới": open-ended by its own words. */
  untilFurtherNotice: boolean;
  citation: Citation;
}

export const PERIOD_START_REASON = vocabulary('PeriodStartReason', 'What sets the first day a fact is in force.', {
  STATED_START: 'The text states it: "từ 0 giờ ngày 19/7/2021", "kể từ ngày 11/10/2021".',
  ISSUE_DATE: 'Nothing else is said, or the text counts from the signing ("có hiệu lực kể từ ngày ký"): the directive\'s date.',
  UNKNOWN: 'Nothing is said and the directive has no known date.',
});
export type PeriodStartReason = CodeOf<typeof PERIOD_START_REASON>;

export const PERIOD_END_REASON = vocabulary('PeriodEndReason', 'What sets the last day a fact is in force, or why it has none.', {
  STATED_END: 'The text states it: "đến hết ngày 15/4/2020".',
  STATED_DURATION: 'The text states a duration: "trong thời gian 14 ngày, kể từ ...".',
  DEADLINE: 'The fact\'s deadline: "hoàn thành trước ngày 15/10/2021".',
  SUPERSEDED: 'A later directive of the same province (or of a body over the issuer) sets the same metric or indicator: `supersededBy`.',
  UNTIL_FURTHER_NOTICE: 'Open-ended by its own words: "cho đến khi có thông báo mới".',
  OPEN_ENDED: 'Nothing ends it: no end, duration or deadline is stated and no later directive replaces it.',
});
export type PeriodEndReason = CodeOf<typeof PERIOD_END_REASON>;

export interface TargetQualifiers {
  /** Samples per pool for pooled testing ("mẫu gộp 5" -> 5). */
  poolSize: number | null;
  /** Vaccine dose the target is about ("mũi 2" -> 2). */
  dose: number | null;
  /** Where the target applies, as written ("13/13 địa phương"). */
  scope: string | null;
  scopeCount: number | null;
  scopeTotal: number | null;
  /** Who the target counts, as written ("người dân có chỉ định tiêm"). */
  population: string | null;
  /** When the target applies, as written ("khi có tình huống xảy ra"). */
  condition: string | null;
}

/** A metric for figures no entry of seeds/lexicons/metrics.json names: reported with their noun phrase. */
export const OTHER_METRIC = 'OTHER';

export interface Target {
  /** Code from seeds/lexicons/metrics.json, or OTHER_METRIC. */
  metric: string;
  value: number;
  /** Code from seeds/lexicons/units.json. */
  unit: string;
  /** A ceiling ("không quá 10 người"), a floor ("tối thiểu 1,5m"), or null for a value to reach. */
  bound: Bound | null;
  /** What the figure counts or measures, as written: "người" in "không tụ tập quá 10 người", "chốt kiểm soát". */
  nounPhrase: string | null;
  /** True when the target only applies if something happens ("khi có tình huống xảy ra"): see qualifiers.condition. */
  contingent: boolean;
  qualifiers: TargetQualifiers;
  deadline: Deadline | null;
  /** When the text says the target applies, or null when it says nothing. */
  period: StatedPeriod | null;
  clauseOrdinal: number | null;
  citation: Citation;
}

export interface SloganMention {
  citation: Citation;
  /** True when the text put the phrase in quotation marks. */
  quoted: boolean;
}

export interface Slogan {
  canonical: string;
  kind: SloganKind;
  /** English gloss, written by whoever reviewed the slogan; null until someone has. */
  gloss: string | null;
  /** What an acronym-like slogan stands for (5K -> five phrases), when the lexicon knows it. */
  expansion: string[] | null;
  /** True when a researcher reviewed it (it is in seeds/lexicons/slogans.json); false when found by its shape. */
  reviewed: boolean;
  mentions: SloganMention[];
}

export interface AgencyMention {
  canonicalName: string;
  level: AgencyLevel;
  citation: Citation;
}

export interface Measure {
  /** Category code from seeds/lexicons/categories.json. */
  category: string;
  otherCategories: string[];
  /** Oxford COVID-19 Government Response Tracker indicator, when one fits. */
  oxcgrtCode: string | null;
  strength: Strength;
  /** Whether the instruction tightens or eases; null when it does neither (inform, prepare, report). */
  direction: Direction | null;
  /** Agencies the instruction (or, failing that, its clause) names as the ones to act. */
  agencies: AgencyMention[];
  deadline: Deadline | null;
  /** When the text says the measure applies, or null when it says nothing. */
  period: StatedPeriod | null;
  clauseOrdinal: number | null;
  /** The instruction's text. */
  citation: Citation;
}

export interface Reference {
  /** Normalised number: "1699/CĐ-TTg", "362-TB/TU". */
  number: string;
  /** Document kind code (CONG_DIEN, THONG_BAO, GIAY_MOI...) from seeds/lexicons/document-kinds.json. */
  kind: string | null;
  /** The issuing body as written ("Thủ tướng Chính phủ"). */
  issuer: string | null;
  issuedOn: string | null;
  citation: Citation;
}

export interface ExtractedFacts {
  measures: Measure[];
  targets: Target[];
  slogans: Slogan[];
  /** Every agency mention in the body of the text (the distribution list is left to metadata). */
  agencies: AgencyMention[];
  references: Reference[];
}
