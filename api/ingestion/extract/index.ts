import type { CleanedText, ClauseSpan } from '../document';
import { findAgencies } from './agencies';
import { findDeadlines } from './deadlines';
import type { ExtractedFacts } from './facts';
import { bodyEnd, findInstructions, paragraphClauses } from './instructions';
import { defaultLexicons, type Lexicons } from './lexicons';
import { buildMeasures } from './measures';
import { findReferences } from './references';
import { findSlogans } from './slogans';
import { findTargets } from './targets';
import { view } from './patterns';

export interface ExtractionContext {
  /** The directive's own number ("370-TB/TU"): never reported as a reference. */
  ownNumber: string | null;
  /** The directive's year: dates written without one ("ngày 30/9") take it. */
  year: number | null;
}

/**
 * Facts of one cleaned rendition. Deterministic: the same text, clauses, context and lexicons give the same
 * facts. Every citation points into cleaned.text. Only the body counts: the distribution list ("Nơi nhận")
 * and what follows are metadata, not facts.
 */
export function extractFacts(
  cleaned: CleanedText,
  clauses: ClauseSpan[],
  context: ExtractionContext,
  lex: Lexicons = defaultLexicons(),
): ExtractedFacts {
  const v = view(cleaned.text);
  const { text, folded } = v;
  const end = bodyEnd(folded);
  const agencies = findAgencies(text, folded, lex, end);
  const deadlines = findDeadlines(text, folded, context.year).filter((d) => d.citation.end <= end);
  const skip = agencies.map((a) => ({ start: a.citation.start, end: a.citation.end }));
  // No numbered structure: read the body paragraph by paragraph rather than finding no measure at all.
  const structured = clauses.length > 0;
  const instructions = findInstructions(v, structured ? clauses : paragraphClauses(text, end), lex, skip, end);
  const slogans = findSlogans(text, folded, lex, end);
  const quotedSlogans = slogans.filter((s) => s.known).flatMap((s) => s.mentions.filter((m) => m.quoted).map((m) => ({ start: m.citation.start, end: m.citation.end })));
  return {
    measures: buildMeasures(v, { instructions, clauses, agencies, deadlines, quotedSlogans }, lex).map((m) =>
      structured ? m : { ...m, clauseOrdinal: null },
    ),
    targets: findTargets(v, lex, { end, clauses, deadlines }),
    slogans,
    agencies,
    references: findReferences(text, folded, lex, { ownNumber: context.ownNumber, year: context.year, end, agencies }),
  };
}

export type { ExtractedFacts } from './facts';
