// The panel's codebook, seeds/lexicons/indicators.json: each OxCGRT-style indicator, its ordinal scale, the
// rules that read a level from one fact in force, and the phrases that make a fact general or targeted.
// Validated once at load like the extraction lexicons (same reader, same error shape); the `codebook`
// query and `npm run release` serve it as it is read here, so front-ends never parse the file themselves.
import { join } from 'node:path';
import { DIRECTION, STRENGTH, type Direction, type Strength } from '../domain/facts';
import type { FactTiming } from '../in-force/periods';
import { defaultLexicons } from '../ingestion/lexicons';
import { OXCGRT, readJson, type Reader } from '../ingestion/lexicons/reader';
import { PhraseMatcher } from '../ingestion/phrases/patterns';
import { repoRoot } from '../repo-root';

type FactKind = FactTiming['kind'];
/** What a rule's `kinds` may name: the kinds of fact a timing row is (in-force/periods.ts). */
const RULE_FACT_KINDS: readonly FactKind[] = ['TARGET', 'MEASURE'];

export interface LevelRule {
  level: number;
  /** Conditions, all of which must hold; an absent one holds. */
  kinds: FactKind[] | null;
  strength: Strength[] | null;
  direction: Direction[] | null;
  /** Any of these in the fact's quote (without diacritics). */
  phrases: string[] | null;
  /** A target's metric is one of these. */
  metrics: string[] | null;
  /** A target's value is at most this. */
  max: number | null;
  matcher: PhraseMatcher | null;
}

export interface Indicator {
  code: string;
  name: string;
  /** scale[level]: what each level means; the highest level is scale.length - 1. */
  scale: string[];
  /** Phrases that bring a fact of another indicator to this one too ("cơ sở bảo trợ xã hội" to H8). */
  phrases: string[];
  matcher: PhraseMatcher | null;
  rules: LevelRule[];
  /** The level of a fact of this indicator no rule takes; null when such a fact sets no level. */
  fallback: number | null;
}

export interface Codebook {
  about: string;
  flag: { about: string; general: string[]; targeted: string[]; generalMatcher: PhraseMatcher; targetedMatcher: PhraseMatcher };
  indicators: Indicator[];
  /** A metric's indicator, from seeds/lexicons/metrics.json. */
  metricIndicator: Map<string, string>;
}

const optionalList = <T extends string>(r: Reader, field: string, allowed?: readonly T[]): T[] | null => {
  if (!r.has(field)) return null;
  const values = r.strings(field, { nonEmpty: true });
  if (allowed) values.forEach((v, i) => allowed.includes(v as T) || r.fail(`${field}[${i}]`, `must be one of ${allowed.join(', ')}`));
  return values as T[];
};

// One-syllable phrases ("hủy", "hoãn") keep their marks, as in the extraction lexicons.
const matcherOf = (phrases: string[] | null) => (phrases && phrases.length ? new PhraseMatcher(phrases) : null);

export function loadCodebook(dir = join(repoRoot(), 'seeds', 'lexicons')): Codebook {
  const r = readJson(dir, 'indicators.json');
  const flag = r.nested('flag');
  const metrics = defaultLexicons().metrics.metrics;
  const knownMetrics = metrics.map((m) => m.code);
  const seen = new Set<string>();
  const indicators = r.entries('indicators').map((e): Indicator => {
    const code = e.str('code');
    if (!OXCGRT.test(code)) e.fail('code', 'must be an OxCGRT indicator code such as C1 or H2');
    if (seen.has(code)) e.fail('code', 'is listed twice');
    seen.add(code);
    const scale = e.strings('scale', { nonEmpty: true });
    const top = scale.length - 1;
    const rules = e.entries('rules').map((rule): LevelRule => {
      const level = rule.num('level', { min: 0, max: top });
      const phrases = optionalList(rule, 'phrases');
      return {
        level,
        kinds: optionalList(rule, 'kinds', RULE_FACT_KINDS),
        strength: optionalList(rule, 'strength', STRENGTH.codes),
        direction: optionalList(rule, 'direction', DIRECTION.codes),
        phrases,
        metrics: optionalList(rule, 'metrics', knownMetrics),
        max: rule.has('max') ? rule.num('max', { min: 0 }) : null,
        matcher: matcherOf(phrases),
      };
    });
    const phrases = e.strings('phrases');
    return {
      code,
      name: e.str('name'),
      scale,
      phrases,
      matcher: matcherOf(phrases),
      rules,
      fallback: e.has('fallback') ? e.num('fallback', { min: 0, max: top }) : null,
    };
  });
  const general = flag.strings('general', { nonEmpty: true });
  const targeted = flag.strings('targeted', { nonEmpty: true });
  return {
    about: r.str('about'),
    flag: { about: flag.str('about'), general, targeted, generalMatcher: new PhraseMatcher(general), targetedMatcher: new PhraseMatcher(targeted) },
    indicators,
    metricIndicator: new Map(metrics.filter((m) => m.oxcgrt).map((m) => [m.code, m.oxcgrt!])),
  };
}

let cached: Codebook | null = null;

/** The codebook of seeds/lexicons/, read once. */
export function defaultCodebook(): Codebook {
  return (cached ??= loadCodebook());
}

/** The codebook as plain data (no matchers): what the `codebook` query and a release serve. */
export function codebookData(book: Codebook = defaultCodebook()) {
  return {
    about: book.about,
    flagAbout: book.flag.about,
    generalPhrases: book.flag.general,
    targetedPhrases: book.flag.targeted,
    indicators: book.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      scale: i.scale.map((meaning, level) => ({ level, meaning })),
      phrases: i.phrases,
      rules: i.rules.map(({ level, kinds, strength, direction, phrases, metrics, max }) => ({ level, kinds, strength, direction, phrases, metrics, max })),
      fallback: i.fallback,
    })),
  };
}
