// extractFacts(): the facts of one cleaned rendition. Each extractor reads the rendition and what the ones
// before it found, in the order below (agency names hide their words from instruction cues, measures take
// their agencies, deadlines, the slogans they quote and the figures they order; last, each takes the period in
// force its words state). Deterministic: the same
// text, clauses, context and lexicons give the same facts; every citation points into the cleaned text. Only
// the body counts: the distribution list ("Nơi nhận") and what follows are metadata, not facts.
import type { ExtractedFacts } from '../../domain/facts';
import type { ClauseSpan, CleanedText } from '../document';
import type { Lexicons } from '../lexicons';
import { read, type Reading } from '../reading';
import { findAgencies } from './agencies/agencies';
import { findDeadlines } from './deadlines';
import { nothingFound, type FactContext, type FoundFacts } from './found';
import { findInstructions } from './measures/instructions';
import { buildMeasures } from './measures/measures';
import { withPeriods } from './periods';
import { findReferences } from './references';
import { findSlogans } from './slogans/slogans';
import { findTargets } from './targets';

export type { FactContext } from './found';

export function extractFactsFrom(reading: Reading, context: FactContext): ExtractedFacts {
  const found: FoundFacts = nothingFound(context);
  found.agencies = findAgencies(reading, found);
  found.deadlines = findDeadlines(reading, found);
  found.slogans = findSlogans(reading);
  found.targets = findTargets(reading, found);
  found.instructions = findInstructions(reading, found);
  found.measures = buildMeasures(reading, found);
  found.references = findReferences(reading, found);
  ({ measures: found.measures, targets: found.targets } = withPeriods(reading, found));
  const { measures, targets, slogans, agencies, references } = found;
  return { measures, targets, slogans, agencies, references };
}

/** The same, from a cleaned text and its clauses (tests, the gold set). */
export function extractFacts(cleaned: CleanedText, clauses: ClauseSpan[], context: FactContext, lex?: Lexicons): ExtractedFacts {
  return extractFactsFrom(read(cleaned, clauses, lex), context);
}
