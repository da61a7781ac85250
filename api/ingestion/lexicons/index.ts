// The lexicons of seeds/lexicons/: data a researcher extends without touching code, one loader per file,
// each validated at load (see reader.ts).
import { join } from 'node:path';
import { repoRoot } from '../../repo-root';
import { loadAbbreviations, type AbbreviationLexicon } from './abbreviations';
import { loadAgencies, type AgencyLexicon } from './agencies';
import { loadCategories, type CategoryLexicon } from './categories';
import { loadDirection, type DirectionLexicon } from './direction';
import { loadDocumentKinds, type DocumentKindLexicon } from './document-kinds';
import { loadIssuers, type IssuerLexicon } from './issuers';
import { loadMetrics, type MetricLexicon } from './metrics';
import { loadRecognition, type RecognitionLexicon } from './recognition';
import { loadSignatures, type SignatureLexicon } from './signatures';
import { loadSlogans, type SloganLexicon } from './slogans';
import { loadStrength, type StrengthLexicon } from './strength';
import { loadUnits, type UnitLexicon } from './units';
import { loadUnmarked, type UnmarkedLexicon } from './unmarked';

export { LexiconError } from './reader';
export type { AbbreviationLexicon, AgencyLexicon, CategoryLexicon, DirectionLexicon, DocumentKindLexicon, IssuerLexicon, MetricLexicon, RecognitionLexicon, SignatureLexicon, SloganLexicon, StrengthLexicon, UnitLexicon, UnmarkedLexicon };
export type { AgencyEntry } from './agencies';
export type { CategoryEntry, CategoryKeyword } from './categories';
export type { DocumentKindEntry } from './document-kinds';
export type { MetricEntry, QualifierName } from './metrics';
export { QUALIFIER_NAMES } from './metrics';
export type { SloganEntry } from './slogans';
export type { UnitEntry } from './units';

export interface Lexicons {
  dir: string;
  slogans: SloganLexicon;
  agencies: AgencyLexicon;
  categories: CategoryLexicon;
  units: UnitLexicon;
  metrics: MetricLexicon;
  strength: StrengthLexicon;
  direction: DirectionLexicon;
  documentKinds: DocumentKindLexicon;
  issuers: IssuerLexicon;
  recognition: RecognitionLexicon;
  signatures: SignatureLexicon;
  abbreviations: AbbreviationLexicon;
  unmarked: UnmarkedLexicon;
}

/** Loads and validates every lexicon in `dir` (a fresh read each call). Throws LexiconError. */
export function loadLexicons(dir: string = join(repoRoot(), 'seeds', 'lexicons')): Lexicons {
  const units = loadUnits(dir);
  const categories = loadCategories(dir);
  return {
    dir,
    slogans: loadSlogans(dir),
    agencies: loadAgencies(dir, categories),
    categories,
    units,
    metrics: loadMetrics(dir, units, categories),
    strength: loadStrength(dir),
    direction: loadDirection(dir),
    documentKinds: loadDocumentKinds(dir),
    issuers: loadIssuers(dir),
    recognition: loadRecognition(dir),
    signatures: loadSignatures(dir),
    abbreviations: loadAbbreviations(dir),
    unmarked: loadUnmarked(dir),
  };
}

let cached: Lexicons | null = null;

/** The repository's lexicons, loaded once per process. */
export function defaultLexicons(): Lexicons {
  if (!cached) cached = loadLexicons();
  return cached;
}
