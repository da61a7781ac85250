// The facts extracted from one rendition. These names become GraphQL field names: keep them stable.
// Every fact carries a Citation into CleanedText.text, so any value can be checked against its source.

/** Where a fact was read. Invariant: quote === text.slice(start, end). */
export interface Citation {
  start: number;
  end: number;
  quote: string;
  /** The rule that produced the fact, e.g. "target.samples-per-day". */
  rule: string;
}

export type DeadlineKind = 'ON_DATE' | 'BY_DATE' | 'WITHIN_PERIOD' | 'WITHIN_DAYS_OF_EVENT';

export interface Deadline {
  kind: DeadlineKind;
  /** ISO date for ON_DATE and BY_DATE. */
  date: string | null;
  /** ISO bounds for WITHIN_PERIOD ("trong tháng 10/2021" -> 2021-10-01..2021-10-31). */
  periodStart: string | null;
  periodEnd: string | null;
  /** For WITHIN_DAYS_OF_EVENT: "trong vòng 07 ngày" -> 7. */
  days: number | null;
  /** The event the days count from, as written ("được phân bổ vắc xin"), or null when not stated. */
  event: string | null;
  citation: Citation;
}

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

export interface Target {
  /** Code from seeds/lexicons/metrics.json. */
  metric: string;
  value: number;
  /** Code from seeds/lexicons/units.json. */
  unit: string;
  qualifiers: TargetQualifiers;
  deadline: Deadline | null;
  clauseOrdinal: number | null;
  citation: Citation;
}

export type SloganKind = 'MOTTO' | 'STRATEGY' | 'GOAL' | 'CAMPAIGN';

export interface SloganMention {
  citation: Citation;
  /** True when the text put the phrase in quotation marks. */
  quoted: boolean;
}

export interface Slogan {
  canonical: string;
  kind: SloganKind;
  /** English gloss; for slogans not in the lexicon it says so. */
  gloss: string;
  /** What an acronym-like slogan stands for (5K -> five phrases), when the lexicon knows it. */
  expansion: string[] | null;
  /** True when the slogan comes from seeds/lexicons/slogans.json, false when found by the quoted-phrase rule. */
  known: boolean;
  mentions: SloganMention[];
}

export type AgencyLevel = 'NATIONAL' | 'PROVINCIAL' | 'DISTRICT' | 'COMMUNE' | 'SECTOR';

export interface AgencyMention {
  canonicalName: string;
  level: AgencyLevel;
  citation: Citation;
}

export type Strength = 'REQUIRED' | 'ENCOURAGED' | 'FORBIDDEN';

export interface Measure {
  /** Category code from seeds/lexicons/categories.json. */
  category: string;
  otherCategories: string[];
  /** Oxford COVID-19 Government Response Tracker indicator, when one fits. */
  oxcgrtCode: string | null;
  strength: Strength;
  /** Agencies the instruction (or, failing that, its clause) names as the ones to act. */
  agencies: AgencyMention[];
  deadline: Deadline | null;
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
