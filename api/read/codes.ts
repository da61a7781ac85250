// The codes a client selects by (provinces, target metrics and units, measure categories, OxCGRT indicators),
// checked in one place for every list, comparison, panel and export. Unchecked, a mistyped code selects
// nothing, and an empty answer reads as a fact: "no province set a TESTNG_COVERAGE target". A mistake is
// BAD_USER_INPUT naming the code nearest to what was typed, or the code of a province given by its name.
import { OTHER_METRIC } from '../domain/facts';
import { PlatformError } from '../errors';
import { defaultLexicons } from '../ingestion/lexicons';
import { loadProvinces } from '../reference/provinces';
import { editDistance } from '../text/edit-distance';
import { fold } from '../text/fold';

interface CodeList {
  /** What one code is, for messages. */
  what: string;
  /** Where to find the codes, after "use". */
  source: string;
  codes(): readonly string[];
  /** The code of a thing a client named instead of coding it ("Quảng Ninh" for VN-13), if any. */
  named?(value: string): string | null;
}

const LISTS = {
  province: {
    what: 'province code',
    source: 'an ISO 3166-2 code such as VN-13 (the `provinces` query lists them)',
    codes: () => loadProvinces().map((p) => p.code),
    named: (value: string) => {
      const key = fold(value).trim();
      const found = loadProvinces().find((p) => [p.name, p.asciiName, ...p.aliases].some((n) => fold(n) === key));
      return found ? `${found.code} (${found.name})` : null;
    },
  },
  metric: { what: 'metric', source: 'a code of seeds/lexicons/metrics.json or OTHER', codes: () => [...defaultLexicons().metrics.metrics.map((m) => m.code), OTHER_METRIC] },
  unit: { what: 'unit', source: 'a code of seeds/lexicons/units.json', codes: () => defaultLexicons().units.units.filter((u) => !u.counts).map((u) => u.code) },
  category: { what: 'category', source: 'a code of seeds/lexicons/categories.json', codes: () => defaultLexicons().categories.categories.map((c) => c.code) },
  oxcgrt: {
    what: 'OxCGRT indicator',
    source: 'an indicator seeds/lexicons/categories.json maps measures to',
    codes: () => [...new Set(defaultLexicons().categories.categories.flatMap((c) => [c.oxcgrt, ...c.keywords.map((k) => k.oxcgrt)]).filter((c): c is string => c !== null))].sort(),
  },
} satisfies Record<string, CodeList>;

export type CodeKind = keyof typeof LISTS;

const known = new Map<CodeKind, Set<string>>();
const codesOf = (kind: CodeKind) => known.get(kind) ?? known.set(kind, new Set(LISTS[kind].codes())).get(kind)!;

/** A code as a client may type it: " vn-13" is VN-13. */
const normalised = (value: string) => value.trim().toUpperCase();

/** `values` normalised, each once, in the order given; an unknown one is BAD_USER_INPUT. */
export function knownCodes(kind: CodeKind, values: readonly string[]): string[] {
  const codes = codesOf(kind);
  const wanted = [...new Set(values.map(normalised))];
  const unknown = values.filter((v) => !codes.has(normalised(v)));
  if (unknown.length) throw new PlatformError('BAD_USER_INPUT', unknownMessage(kind, [...new Set(unknown)]));
  return wanted;
}

function unknownMessage(kind: CodeKind, unknown: string[]): string {
  const list: CodeList = LISTS[kind];
  const each = unknown.map((value) => {
    const hint = list.named?.(value) ?? nearest(normalised(value), codesOf(kind));
    return hint ? `"${value}" (did you mean ${hint}?)` : `"${value}"`;
  });
  const codes = [...codesOf(kind)];
  // A short list is worth reading in full; a long one is better looked up where it is declared.
  const choices = codes.length <= 20 ? `: use one of ${codes.join(', ')}` : `: use ${list.source}`;
  return `unknown ${list.what}${unknown.length > 1 ? 's' : ''} ${each.join(', ')}${choices}`;
}

/**
 * The code a slip of the keyboard meant: the one nearest, within a quarter of its letters (at least one). None
 * when several are as near: VN-99 is one digit from a dozen provinces, and naming one of them would mislead.
 */
function nearest(value: string, codes: ReadonlySet<string>): string | null {
  const limit = Math.max(1, Math.floor(value.length / 4));
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const code of codes) {
    const d = editDistance(value, code);
    if (d > limit || d > bestDistance) continue;
    if (d < bestDistance) [best, bestDistance] = [[], d];
    best.push(code);
  }
  return best.length === 1 ? best[0] : null;
}
