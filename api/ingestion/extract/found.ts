import type { DocumentKind } from '../../domain/directive';
import type { DistrictName } from '../../reference/districts';
import type { AgencyMention, Deadline, Measure, Reference, Slogan, Target } from '../../domain/facts';
import type { InstructionSpan } from './measures/instructions';

// Every fact extractor has one signature, (reading, found) => its facts: it reads the rendition and what
// the extractors before it found, in the order extract/index.ts runs them.

/** What the directive's metadata tells fact extraction. */
export interface FactContext {
  /** The directive's own number ("370-TB/TU"): never reported as a reference. */
  ownNumber: string | null;
  /** The directive's year: dates written without one ("ngày 30/9") take it. */
  year: number | null;
  /** The kind of document: a press release (THONG_CAO_BAO_CHI) reports figures, it seldom orders them. */
  kind?: DocumentKind | null;
  /** The district whose own document this is (its issuer's): its bodies are written without their place. */
  home?: DistrictName | null;
  /** The commune whose own document this is (a ward's notice): its bodies written without their place are its own. */
  commune?: { unit: string; name: string } | null;
  /**
   * The day the directive was issued, or the earliest it can have been: a figure its sentence dates no later
   * ("Đến ngày 10/11/2021, tỷ lệ ... đạt 94,3%") was reached, not ordered.
   */
  issuedOn?: string | null;
}

export interface FoundFacts {
  context: FactContext;
  agencies: AgencyMention[];
  deadlines: Deadline[];
  instructions: InstructionSpan[];
  slogans: Slogan[];
  measures: Measure[];
  targets: Target[];
  references: Reference[];
}

/** Nothing found yet: the start of a run. */
export function nothingFound(context: FactContext): FoundFacts {
  return { context, agencies: [], deadlines: [], instructions: [], slogans: [], measures: [], targets: [], references: [] };
}
