import type { Hit } from './patterns';
import { leadPositions } from './text-index';
import { partitionPoint } from '../../text/sorted';

// A lexicon regex is a long alternation between word boundaries: scanning a text with it tries the whole
// alternation at every position, and it is searched for once per instruction. But every branch starts
// with a literal (its first word), so only positions where one of those literals starts can match, and
// there only the branches starting with the literals found there can. findPhrase therefore looks the
// literals up in a per-text index (text-index.ts) and at each such position runs a sticky regex made of
// just those branches, in their original order: the same first match the whole alternation gives, since
// the branches left out fail at that position. Positions a match covered are skipped, exactly as the
// global scan does. A range holding none of the literals (most phrases in most instructions) costs two
// binary searches instead of a scan. Nor is every place a literal starts a candidate: only those where what
// follows fits the branches' lead (their separator and second token, or the boundary after a one-token branch,
// see patterns.ts): "y" of "y te" starts no match in "yeu cau", "phong" of "phong chong dich" none in "phong hop".

/**
 * Letters and digits as \p{L}\p{N} see them, in the scripts a directive holds: Latin with the Vietnamese
 * letters, Greek, Cyrillic. A Unicode property class costs about 0.2 ms to compile in every regex that holds
 * one, and the lexicons make thousands of regexes: with property classes a command-line run spent a second
 * compiling them.
 */
const WORD_CHARS = '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1fff';
export const BEFORE = `(?<![${WORD_CHARS}])`;
export const AFTER = `(?![${WORD_CHARS}])`;

/** One branch of a phrase alternation, the literal every match of it starts with and its last code unit. */
export interface Alternative {
  src: string;
  first: string;
  last: string;
  lead: Lead;
}

/** A distinct first literal of a phrase's branches with their lead; `key` names the two (the text index keeps answers by it). */
export interface Literal {
  text: string;
  lead: Lead;
  key: string;
}

/**
 * What follows an alternative's first literal in a match, as a test of the text after a place where the literal
 * starts: true wherever the branch can match there, and cheap enough to rule most places out before any regex.
 * Alternatives with the same first literal and `key` have the same lead.
 */
export interface Lead {
  key: string;
  fits(text: string, after: number): boolean;
  /** Only a character that is no letter or digit (\p{L}\p{N}) fits right after the literal: a separator or a symbol. */
  endsWord: boolean;
}

export function alternativesSource(alternatives: readonly Alternative[]): string {
  return alternatives.length === 0 ? '(?!)' : `(?:${alternatives.map((a) => a.src).join('|')})`;
}

export interface PhraseRegex {
  /** The regex as callers see it: BEFORE (?:alternatives) AFTER, global and unicode. */
  re: RegExp;
  alternatives: readonly Alternative[];
  /** Distinct first literals with their leads; alternative i starts with literals[literalOf[i]]. */
  literals: readonly Literal[];
  literalOf: readonly number[];
  /** The code units a match can end with (the last of each branch's final literal). */
  lastUnits: ReadonlySet<string>;
  /** Sticky regexes of the branches starting with a given set of literals, by key ("0", "2,5"). */
  branches: Map<string, RegExp>;
  /** The text the positions below belong to: one document is searched many times in a row. */
  text: string | null;
  /** Ascending positions in `text` where one of the literals can start a match, and the key of those literals (null: one literal, "0"). */
  starts: readonly number[];
  keys: string[] | null;
  /** For each start: where the match there ends in the whole text, NO_MATCH, or UNKNOWN (not tried yet). */
  ends: Int32Array;
}

const UNKNOWN = -2;
const NO_MATCH = -1;
/** The ends of no start: most phrases have none in a document, and need no array of their own. */
const NO_ENDS = new Int32Array(0);

const byRegex = new WeakMap<RegExp, PhraseRegex>();

/** Builds BEFORE (?:alternatives) AFTER; alternatives must be non-empty, each with a non-empty literal. */
export function phraseRegex(alternatives: readonly Alternative[]): PhraseRegex {
  const literals: Literal[] = [];
  const indexOf = new Map<string, number>();
  const literalOf = alternatives.map((a) => {
    const key = `${a.first}\n${a.lead.key}`;
    let i = indexOf.get(key);
    if (i === undefined) indexOf.set(key, (i = literals.push({ text: a.first, lead: a.lead, key }) - 1));
    return i;
  });
  let re: RegExp | null = null;
  const phrase: PhraseRegex = {
    // Built when first asked for: findPhrase never needs the whole alternation, and building thousands of
    // them (one per lexicon keyword) is most of a command-line run's time.
    get re(): RegExp {
      if (!re) {
        re = new RegExp(`${BEFORE}${alternativesSource(alternatives)}${AFTER}`, 'gu');
        byRegex.set(re, phrase);
      }
      return re;
    },
    alternatives,
    literals,
    literalOf,
    lastUnits: new Set(alternatives.map((a) => a.last)),
    branches: new Map(),
    text: null,
    starts: [],
    keys: null,
    ends: NO_ENDS,
  };
  return phrase;
}

/** The phrase behind a regex made by phraseRegex, if it is one. */
export function phraseRegexFor(re: RegExp): PhraseRegex | undefined {
  return byRegex.get(re);
}

function branchRegex(phrase: PhraseRegex, key: string): RegExp {
  let re = phrase.branches.get(key);
  if (!re) {
    const wanted = new Set(key.split(',').map(Number));
    const branches = phrase.alternatives.filter((_, i) => wanted.has(phrase.literalOf[i]));
    re = new RegExp(`${BEFORE}${alternativesSource(branches)}${AFTER}`, 'uy');
    phrase.branches.set(key, re);
  }
  return re;
}

/**
 * Where the phrase's literals can start a match in `text` (kept for the last text asked): where a literal
 * starts and its lead fits.
 *
 * A slice of the text (findPhrase) allows no more: a lead reads no further than the match it allows, except the
 * boundary after a one-token branch. A slice ending inside a word lets such a branch end at the slice's end
 * where the whole text refuses it; that match ends past the range, so it is not kept, and no literal starts
 * inside it (a word literal starts at a word's start, a symbol is no letter), so it hides nothing.
 */
function startsIn(phrase: PhraseRegex, text: string): PhraseRegex {
  if (phrase.text === text) return phrase;
  // One literal (every keyword of the taxonomy): its positions as the index keeps them.
  const merged = phrase.literals.length === 1 ? { starts: leadPositions(text, phrase.literals[0]), keys: null } : mergedStarts(phrase, text);
  phrase.text = text;
  phrase.starts = merged.starts;
  phrase.keys = merged.keys;
  phrase.ends = merged.starts.length === 0 ? NO_ENDS : new Int32Array(merged.starts.length).fill(UNKNOWN);
  return phrase;
}

/** The positions of several literals in one ascending list, with the key of the literals at each. */
function mergedStarts(phrase: PhraseRegex, text: string): { starts: number[]; keys: string[] } {
  const starts: number[] = [];
  const keys: string[] = [];
  // Positions and literal indexes packed into one number each, so that one numeric sort orders both.
  const width = phrase.literals.length;
  let packed: number[] = [];
  phrase.literals.forEach((literal, i) => {
    const positions = leadPositions(text, literal);
    if (positions.length === 0) return;
    if (packed.length === 0) packed = positions.map((at) => at * width + i);
    else for (const at of positions) packed.push(at * width + i);
  });
  const sorted = Float64Array.from(packed).sort();
  for (const code of sorted) {
    const at = Math.floor(code / width);
    const i = code - at * width;
    if (starts.length > 0 && starts[starts.length - 1] === at) keys[keys.length - 1] += `,${i}`;
    else {
      starts.push(at);
      keys.push(String(i));
    }
  }
  return { starts, keys };
}

const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`, 'uy');
/** WORD_CHAR's answer for each code unit it can accept (all below U+2000), asked once: it runs for every literal found. */
let wordUnits: Uint8Array | null = null;

/** Does a letter or digit start at `at` (as AFTER sees it)? */
export function wordCharAt(text: string, at: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x2000);
    for (let unit = 0; unit < 0x2000; unit++) {
      WORD_CHAR.lastIndex = 0;
      wordUnits[unit] = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 0;
    }
  }
  const unit = text.charCodeAt(at);
  return unit < 0x2000 && wordUnits[unit] === 1;
}

/** End of the match of `re` at `at` in `text`, or NO_MATCH. */
function matchEnd(re: RegExp, text: string, at: number, offset = 0): number {
  re.lastIndex = at - offset;
  const m = re.exec(text);
  return m ? at + m[0].length : NO_MATCH;
}

/**
 * What findAll(phrase.re, folded, from, to) returns, found as described above.
 *
 * A document's instructions are searched with the same phrases several times (cues, subjects, strength),
 * so the match at each start is remembered, as found in the whole text. findAll searches a slice ending
 * one character after the range (`hi`); a match there equals the whole-text match unless the latter runs
 * past `hi`, or the slice's end lets a branch end at `hi` that the character there would refuse: a letter
 * or digit at `hi`, after a character a branch can end with. Those cases run the regex on the slice.
 */
export function findPhrase(phrase: PhraseRegex, folded: string, from: number, to: number): Hit[] {
  const out: Hit[] = [];
  const { starts, keys, ends } = startsIn(phrase, folded);
  let i = partitionPoint(starts, (at) => at < from);
  if (i === starts.length || starts[i] >= to) return out;
  const lo = Math.max(0, from - 1);
  const hi = Math.min(folded.length, to + 1);
  const sliceMatters = hi < folded.length && phrase.lastUnits.has(folded[hi - 1]) && wordCharAt(folded, hi);
  let sub: string | null = null;
  // Literals are never empty, so neither is a match; positions a match covered are not tried again.
  let next = from;
  for (; i < starts.length && starts[i] < to; i++) {
    const start = starts[i];
    if (start < next) continue;
    const re = branchRegex(phrase, keys ? keys[i] : '0');
    let end = UNKNOWN;
    if (!sliceMatters) {
      if (ends[i] === UNKNOWN) ends[i] = matchEnd(re, folded, start);
      if (ends[i] <= hi) end = ends[i];
    }
    if (end === UNKNOWN) {
      sub ??= lo === 0 && hi === folded.length ? folded : folded.slice(lo, hi);
      end = matchEnd(re, sub, start, lo);
    }
    if (end === NO_MATCH) continue;
    next = end;
    if (next <= to) out.push({ start, end: next });
  }
  return out;
}
