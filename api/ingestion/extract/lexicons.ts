import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { AgencyLevel, SloganKind } from './facts';
import { repoRoot } from './paths';
import { expandVariant, variantSyntaxError } from './variants';

// Loads seeds/lexicons/*.json and checks every field once, at load: a researcher who mistypes a kind
// gets "seeds/lexicons/slogans.json entry 3: kind must be one of ..." instead of silently missing facts.

export const SLOGAN_KINDS: readonly SloganKind[] = ['MOTTO', 'STRATEGY', 'GOAL', 'CAMPAIGN'];
export const AGENCY_LEVELS: readonly AgencyLevel[] = ['NATIONAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE', 'SECTOR'];
export const QUALIFIER_NAMES = ['poolSize', 'dose', 'scope', 'population', 'condition'] as const;
export type QualifierName = (typeof QUALIFIER_NAMES)[number];

export interface SloganEntry {
  canonical: string;
  kind: SloganKind;
  gloss: string;
  expansion: string[] | null;
  /** Expanded spellings (mini-syntax resolved). */
  variants: string[];
  /** Only count mentions inside quotation marks (for phrases that are ordinary words otherwise). */
  requireQuotes: boolean;
}

export interface SloganLexicon {
  cues: { word: string; kind: SloganKind }[];
  rules: { minSyllables: number; maxSyllables: number; maxChainGap: number; minPhraseQuality: number; ocrNearMissRatio: number };
  notSlogans: { phrase: string; why: string }[];
  slogans: SloganEntry[];
}

export interface AgencyEntry {
  canonical: string;
  level: AgencyLevel;
  variants: string[];
  /** Match lower-case spellings too ("ngành y tế"); otherwise a mention must start with a capital. */
  caseInsensitive: boolean;
}

export interface AgencyLexicon {
  agencies: AgencyEntry[];
  patterns: {
    heads: { words: string[]; level: AgencyLevel }[];
    levelSuffixes: { words: string[]; level: AgencyLevel }[];
    provincialSuffixes: string[];
    localBodies: { words: string[]; canonical: string }[];
    localUnits: { words: string[]; level: AgencyLevel }[];
    localCommittees: { words: string[]; level: AgencyLevel }[];
    centralCities: string[];
    ambiguous: string[];
  };
}

export interface CategoryKeyword {
  text: string;
  weight: number;
  oxcgrt: string | null;
}

export interface CategoryEntry {
  code: string;
  label: string;
  oxcgrt: string | null;
  keywords: CategoryKeyword[];
}

export interface CategoryLexicon {
  fallback: string;
  /** Words after which keywords describe a condition or purpose, not the order itself ("nhất là", "để"). */
  subordinateMarkers: string[];
  /** Weight factor for keywords after a subordinate marker. */
  subordinateWeight: number;
  categories: CategoryEntry[];
}

export interface UnitEntry {
  code: string;
  label: string;
  words: string[];
  rate: string | null;
}

export interface UnitLexicon {
  rates: Record<string, string[]>;
  units: UnitEntry[];
}

export interface MetricEntry {
  code: string;
  label: string;
  /** The measure category the metric belongs to, so targets can be compared by topic. */
  category: string;
  unit: string;
  /** Words that must follow the number ("mẫu gộp"); empty: the unit's own words. */
  after: string[];
  /** Words that must come right before the number ("trong vòng"); empty: anything. */
  before: string[];
  /** At least one must appear in the sentence; empty: no condition. */
  context: string[];
  /** All must appear in the sentence. */
  contextAll: string[];
  qualifiers: QualifierName[];
}

export interface MetricLexicon {
  goalCues: string[];
  reportCues: string[];
  scopeNouns: string[];
  wholeScopes: string[];
  populationNouns: string[];
  populationStops: string[];
  conditionCues: string[];
  doseWords: string[];
  metrics: MetricEntry[];
}

export interface StrengthLexicon {
  forbidden: string[];
  forbiddenOpeners: string[];
  encouraged: string[];
  required: string[];
  delegation: string[];
  actions: string[];
  background: { openers: string[]; words: string[] };
}

export interface DocumentKindEntry {
  code: string;
  label: string;
  words: string[];
  symbols: string[];
}

export interface DocumentKindLexicon {
  kinds: DocumentKindEntry[];
}

export interface AbbreviationLexicon {
  acronyms: string[];
  loanwords: string[];
}

export interface Lexicons {
  dir: string;
  slogans: SloganLexicon;
  agencies: AgencyLexicon;
  categories: CategoryLexicon;
  units: UnitLexicon;
  metrics: MetricLexicon;
  strength: StrengthLexicon;
  documentKinds: DocumentKindLexicon;
  abbreviations: AbbreviationLexicon;
}

export class LexiconError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

/** Reads one value of a lexicon file, naming the file, entry and field in every complaint. */
class Reader {
  constructor(
    private readonly file: string,
    private readonly where: string,
    private readonly obj: Record<string, unknown>,
  ) {}

  fail(field: string, problem: string): never {
    throw new LexiconError(`${this.file}${this.where}: ${field} ${problem}`);
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined && this.obj[field] !== null;
  }

  str(field: string, options: { optional?: boolean } = {}): string {
    const v = this.obj[field];
    if ((v === undefined || v === null) && options.optional) return '';
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string');
    return v;
  }

  nullableStr(field: string, pattern?: RegExp, patternText?: string): string | null {
    const v = this.obj[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string or null');
    if (pattern && !pattern.test(v)) this.fail(field, `must be ${patternText}`);
    return v;
  }

  num(field: string, options: { min?: number; max?: number; fallback?: number } = {}): number {
    const v = this.obj[field];
    if ((v === undefined || v === null) && options.fallback !== undefined) return options.fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, 'must be a number');
    if (options.min !== undefined && v < options.min) this.fail(field, `must be at least ${options.min}`);
    if (options.max !== undefined && v > options.max) this.fail(field, `must be at most ${options.max}`);
    return v;
  }

  bool(field: string, fallback: boolean): boolean {
    const v = this.obj[field];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') this.fail(field, 'must be true or false');
    return v;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.obj[field];
    if (typeof v !== 'string' || !allowed.includes(v as T)) this.fail(field, `must be one of ${allowed.join(', ')}`);
    return v as T;
  }

  strings(field: string, options: { optional?: boolean; nonEmpty?: boolean; variants?: boolean } = {}): string[] {
    const v = this.obj[field];
    if ((v === undefined || v === null) && options.optional) return [];
    if (!Array.isArray(v)) this.fail(field, 'must be a list of strings');
    v.forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') this.fail(`${field}[${i}]`, 'must be a non-empty string');
      if (options.variants) {
        const problem = variantSyntaxError(s);
        if (problem) this.fail(`${field}[${i}]`, `has a malformed variant pattern: ${problem}`);
      }
    });
    if (options.nonEmpty && v.length === 0) this.fail(field, 'must not be empty');
    return v as string[];
  }

  list(field: string): unknown[] {
    const v = this.obj[field];
    if (!Array.isArray(v)) this.fail(field, 'must be a list');
    return v;
  }

  object(field: string): Record<string, unknown> {
    const v = this.obj[field];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(field, 'must be an object');
    return v as Record<string, unknown>;
  }

  /** A reader for entry i of a list field: errors say "entry i". */
  entries(field: string): Reader[] {
    return this.list(field).map((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new LexiconError(`${this.file} entry ${i}: must be an object`);
      }
      return new Reader(this.file, ` entry ${i}`, item as Record<string, unknown>);
    });
  }

  /** A reader for a nested object whose own errors name the path. */
  nested(field: string): Reader {
    return new Reader(this.file, `${this.where} ${field}`, this.object(field));
  }
}

function readJson(dir: string, name: string): Reader {
  const path = join(dir, name);
  const shown = displayPath(path);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new LexiconError(`${shown}: cannot be read`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new LexiconError(`${shown}: is not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LexiconError(`${shown}: must hold a JSON object`);
  }
  return new Reader(shown, '', data as Record<string, unknown>);
}

function displayPath(path: string): string {
  const rel = relative(repoRoot(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split('\\').join('/');
}

const OXCGRT = /^[CEHV]\d$/;
const OXCGRT_TEXT = 'an OxCGRT indicator code such as C8, H2 or E1';
const CODE = /^[A-Z][A-Z0-9_]*$/;

function loadSlogans(dir: string): SloganLexicon {
  const r = readJson(dir, 'slogans.json');
  const cues = r.entries('cues').map((e) => ({ word: e.str('word'), kind: e.oneOf('kind', SLOGAN_KINDS) }));
  const rules = r.nested('rules');
  const slogans = r.entries('slogans').map((e) => {
    const expansion = e.has('expansion') ? e.strings('expansion', { nonEmpty: true }) : null;
    return {
      canonical: e.str('canonical'),
      kind: e.oneOf('kind', SLOGAN_KINDS),
      gloss: e.str('gloss'),
      expansion,
      variants: e.strings('variants', { nonEmpty: true, variants: true }).flatMap(expandVariant),
      requireQuotes: e.bool('requireQuotes', false),
    };
  });
  const notSlogans = r.entries('notSlogans').map((e) => ({ phrase: e.str('phrase'), why: e.str('why') }));
  return {
    cues,
    rules: {
      minSyllables: rules.num('minSyllables', { min: 1 }),
      maxSyllables: rules.num('maxSyllables', { min: 1 }),
      maxChainGap: rules.num('maxChainGap', { min: 0 }),
      minPhraseQuality: rules.num('minPhraseQuality', { min: 0, max: 1 }),
      ocrNearMissRatio: rules.num('ocrNearMissRatio', { min: 0, max: 1 }),
    },
    notSlogans,
    slogans,
  };
}

function loadAgencies(dir: string): AgencyLexicon {
  const r = readJson(dir, 'agencies.json');
  const agencies = r.entries('agencies').map((e) => ({
    canonical: e.str('canonical'),
    level: e.oneOf('level', AGENCY_LEVELS),
    variants: e.strings('variants', { nonEmpty: true, variants: true }).flatMap(expandVariant),
    caseInsensitive: e.bool('caseInsensitive', false),
  }));
  const p = r.nested('patterns');
  const leveled = (field: string) =>
    p.entries(field).map((e) => ({ words: e.strings('words', { nonEmpty: true }), level: e.oneOf('level', AGENCY_LEVELS) }));
  return {
    agencies,
    patterns: {
      heads: leveled('heads'),
      levelSuffixes: leveled('levelSuffixes'),
      provincialSuffixes: p.strings('provincialSuffixes'),
      localBodies: p.entries('localBodies').map((e) => ({ words: e.strings('words', { nonEmpty: true }), canonical: e.str('canonical') })),
      localUnits: leveled('localUnits'),
      localCommittees: leveled('localCommittees'),
      centralCities: p.strings('centralCities'),
      ambiguous: p.strings('ambiguous'),
    },
  };
}

function loadCategories(dir: string): CategoryLexicon {
  const r = readJson(dir, 'categories.json');
  const categories = r.entries('categories').map((e) => {
    const code = e.str('code');
    if (!CODE.test(code)) e.fail('code', 'must be an upper-case code such as TESTING');
    const keywords = e.list('keywords').map((k, i): CategoryKeyword => {
      if (typeof k === 'string' && k.trim() !== '') return { text: k, weight: 1, oxcgrt: null };
      if (typeof k !== 'object' || k === null || Array.isArray(k)) e.fail(`keywords[${i}]`, 'must be a string or {"text", "weight", "oxcgrt"}');
      const obj = k as Record<string, unknown>;
      if (typeof obj.text !== 'string' || obj.text.trim() === '') e.fail(`keywords[${i}].text`, 'must be a non-empty string');
      if (obj.weight !== undefined && (typeof obj.weight !== 'number' || !(obj.weight > 0))) e.fail(`keywords[${i}].weight`, 'must be a positive number');
      if (obj.oxcgrt !== undefined && obj.oxcgrt !== null && (typeof obj.oxcgrt !== 'string' || !OXCGRT.test(obj.oxcgrt))) {
        e.fail(`keywords[${i}].oxcgrt`, `must be ${OXCGRT_TEXT}`);
      }
      return { text: obj.text as string, weight: (obj.weight as number | undefined) ?? 1, oxcgrt: (obj.oxcgrt as string | undefined) ?? null };
    });
    return { code, label: e.str('label'), oxcgrt: e.nullableStr('oxcgrt', OXCGRT, OXCGRT_TEXT), keywords };
  });
  const fallback = r.str('fallback');
  const codes = categories.map((c) => c.code);
  if (!codes.includes(fallback)) r.fail('fallback', `must be one of the category codes (${codes.join(', ')})`);
  categories.forEach((c, i) => {
    if (codes.indexOf(c.code) !== i) throw new LexiconError(`${displayPath(join(dir, 'categories.json'))} entry ${i}: code ${c.code} is used twice`);
  });
  return {
    fallback,
    subordinateMarkers: r.strings('subordinateMarkers', { optional: true }),
    subordinateWeight: r.num('subordinateWeight', { min: 0, max: 1, fallback: 1 }),
    categories,
  };
}

function loadUnits(dir: string): UnitLexicon {
  const r = readJson(dir, 'units.json');
  const ratesObj = r.object('rates');
  const rates: Record<string, string[]> = {};
  const rr = r.nested('rates');
  for (const key of Object.keys(ratesObj)) rates[key] = rr.strings(key, { nonEmpty: true });
  const units = r.entries('units').map((e) => {
    const code = e.str('code');
    if (!CODE.test(code)) e.fail('code', 'must be an upper-case code such as PERCENT');
    const rate = e.nullableStr('rate');
    if (rate !== null && !rates[rate]) e.fail('rate', `must be one of the rates (${Object.keys(rates).join(', ')})`);
    return { code, label: e.str('label'), words: e.strings('words', { nonEmpty: true }), rate };
  });
  return { rates, units };
}

function loadMetrics(dir: string, units: UnitLexicon, categories: CategoryLexicon): MetricLexicon {
  const r = readJson(dir, 'metrics.json');
  const unitCodes = units.units.map((u) => u.code);
  const categoryCodes = categories.categories.map((c) => c.code);
  const metrics = r.entries('metrics').map((e) => {
    const code = e.str('code');
    if (!CODE.test(code)) e.fail('code', 'must be an upper-case code such as RT_PCR_SINGLE_SAMPLES');
    const unit = e.oneOf('unit', unitCodes);
    const qualifiers = e.strings('qualifiers', { optional: true });
    qualifiers.forEach((q, i) => {
      if (!(QUALIFIER_NAMES as readonly string[]).includes(q)) e.fail(`qualifiers[${i}]`, `must be one of ${QUALIFIER_NAMES.join(', ')}`);
    });
    return {
      code,
      label: e.str('label'),
      category: e.oneOf('category', categoryCodes),
      unit,
      after: e.strings('after', { optional: true }),
      before: e.strings('before', { optional: true }),
      context: e.strings('context', { optional: true }),
      contextAll: e.strings('contextAll', { optional: true }),
      qualifiers: qualifiers as QualifierName[],
    };
  });
  return {
    goalCues: r.strings('goalCues', { nonEmpty: true }),
    reportCues: r.strings('reportCues'),
    scopeNouns: r.strings('scopeNouns', { nonEmpty: true }),
    wholeScopes: r.strings('wholeScopes'),
    populationNouns: r.strings('populationNouns', { nonEmpty: true }),
    populationStops: r.strings('populationStops'),
    conditionCues: r.strings('conditionCues'),
    doseWords: r.strings('doseWords', { nonEmpty: true }),
    metrics,
  };
}

function loadStrength(dir: string): StrengthLexicon {
  const r = readJson(dir, 'strength.json');
  const bg = r.nested('background');
  return {
    forbidden: r.strings('forbidden', { nonEmpty: true }),
    forbiddenOpeners: r.strings('forbiddenOpeners'),
    encouraged: r.strings('encouraged', { nonEmpty: true }),
    required: r.strings('required', { nonEmpty: true }),
    delegation: r.strings('delegation', { nonEmpty: true }),
    actions: r.strings('actions', { nonEmpty: true }),
    background: { openers: bg.strings('openers'), words: bg.strings('words') },
  };
}

function loadDocumentKinds(dir: string): DocumentKindLexicon {
  const r = readJson(dir, 'document-kinds.json');
  const kinds = r.entries('kinds').map((e) => {
    const code = e.str('code');
    if (!CODE.test(code)) e.fail('code', 'must be an upper-case code such as CONG_DIEN');
    return { code, label: e.str('label'), words: e.strings('words', { nonEmpty: true }), symbols: e.strings('symbols') };
  });
  return { kinds };
}

function loadAbbreviations(dir: string): AbbreviationLexicon {
  const r = readJson(dir, 'abbreviations.json');
  return { acronyms: r.strings('acronyms'), loanwords: r.strings('loanwords') };
}

/** Loads and validates every lexicon in `dir` (a fresh read each call). Throws LexiconError. */
export function loadLexicons(dir: string = join(repoRoot(), 'seeds', 'lexicons')): Lexicons {
  const units = loadUnits(dir);
  const categories = loadCategories(dir);
  return {
    dir,
    slogans: loadSlogans(dir),
    agencies: loadAgencies(dir),
    categories,
    units,
    metrics: loadMetrics(dir, units, categories),
    strength: loadStrength(dir),
    documentKinds: loadDocumentKinds(dir),
    abbreviations: loadAbbreviations(dir),
  };
}

let cached: Lexicons | null = null;

/** The repository's lexicons, loaded once per process. */
export function defaultLexicons(): Lexicons {
  if (!cached) cached = loadLexicons();
  return cached;
}
