import { fold } from '../../text/fold';
import { countDiacritics } from '../../text/diacritics';
import { alternativesSource, findPhrase, phraseRegex, phraseRegexFor, type Alternative, type Literal, type PhraseRegex } from './phrase-regex';
import { leadPositions } from './text-index';

// Lexicon phrases become regular expressions over fold(text): same length as the text, so a match's
// offsets cut the exact quote from the original. Separators are loose because the same name is written
// "Giao thông - Vận tải", "Giao thông Vận tải" or, before OCR line breaks are joined, across two lines.

const WORD = /[\p{L}\p{N}]+/gu;

export { AFTER, BEFORE } from './phrase-regex';
import { AFTER, BEFORE, wordCharAt, type Lead } from './phrase-regex';
import { LOOSE_SEP, SPACE, WORD_SEP, isSeparatorChar, separatorEnd, spacesEnd, type Separator } from './separators';
import { escapeRegExp } from '../../text/regexp';

interface Token {
  text: string;
  word: boolean;
}

function tokens(phrase: string): Token[] {
  const out: Token[] = [];
  const folded = fold(phrase.normalize('NFC'));
  let last = 0;
  for (const m of folded.matchAll(WORD)) {
    pushSymbols(folded.slice(last, m.index), out);
    out.push({ text: m[0], word: true });
    last = m.index + m[0].length;
  }
  pushSymbols(folded.slice(last), out);
  return out;
}

function pushSymbols(between: string, out: Token[]): void {
  // Hyphens, dashes and commas are separators, not content; other symbols (+ % / & .) must be present.
  for (const ch of between) if (!isSeparatorChar(ch)) out.push({ text: ch, word: false });
}

export interface PhraseOptions {
  /** Allow "và" between any two words ("Sở Thông tin Truyền thông" = "Sở Thông tin và Truyền thông"). */
  optionalVa?: boolean;
}

/** Regex source (no boundaries) matching `phrase` in folded text, with loose separators. */
export function phraseSource(phrase: string, options: PhraseOptions = {}): string {
  return phraseParts(phrase, options).src;
}

/** The regex source of `phrase` and the literal every match of it starts with ('' when empty). */
function phraseParts(phrase: string, options: PhraseOptions = {}): Alternative {
  let toks = tokens(phrase);
  if (options.optionalVa) toks = toks.filter((t) => !(t.word && t.text === 'va'));
  let src = '';
  let second: { sep: Separator; va: boolean; text: string } | null = null;
  toks.forEach((t, i) => {
    if (i > 0) {
      const prev = toks[i - 1];
      const sep: Separator = !prev.word || !t.word ? 'space' : /\d$/.test(prev.text) !== /^\d/.test(t.text) ? 'loose' : 'word';
      src += sep === 'space' ? `${SPACE}*` : sep === 'loose' ? LOOSE_SEP : WORD_SEP;
      const va = !!options.optionalVa && prev.word && t.word;
      if (va) src += `(?:va${SPACE}+)?`;
      if (i === 1) second = { sep, va, text: t.text };
    }
    src += escapeRegExp(t.text);
  });
  return { src, first: toks[0]?.text ?? '', last: toks.at(-1)?.text.at(-1) ?? '', lead: second ? secondToken(second) : PHRASE_END };
}

/** A phrase of one token: AFTER follows it. */
const PHRASE_END: Lead = { key: '', endsWord: false, fits: (text, after) => !wordCharAt(text, after) };

/** The separator and the second token after the first: the words of a match's start, without a regex. */
function secondToken({ sep, va, text: next }: { sep: Separator; va: boolean; text: string }): Lead {
  return {
    key: `${sep}${va ? '+va' : ''} ${next}`,
    // Spaces, a dash or a symbol come next, unless the separator may be empty between a letter and a digit.
    endsWord: sep !== 'loose',
    fits: (text, after) => {
      const at = separatorEnd(text, after, sep);
      if (at < 0) return false;
      if (text.startsWith(next, at)) return true;
      if (!va || !text.startsWith('va', at)) return false;
      const past = spacesEnd(text, at + 2);
      return past >= 0 && text.startsWith(next, past);
    },
  };
}

/** Regex source of a non-capturing alternation of phrases, without boundaries; longest first. */
export function alternation(phrases: readonly string[], options: PhraseOptions = {}): string {
  return alternativesSource(phraseAlternatives(phrases, options));
}

/** The distinct branches for `phrases`, longest source first (the order the alternation tries them). */
function phraseAlternatives(phrases: readonly string[], options: PhraseOptions): Alternative[] {
  return sortedAlternatives(phrases.map((p) => phraseParts(p, options)));
}

function sortedAlternatives(parts: Alternative[]): Alternative[] {
  const bySource = new Map<string, Alternative>();
  for (const part of parts) if (part.src.length > 0 && !bySource.has(part.src)) bySource.set(part.src, part);
  return [...bySource.values()].sort((a, b) => b.src.length - a.src.length);
}

/** Boundary-anchored, global, unicode regex matching any of `phrases` in folded text; longest first. */
export function phrasesRegex(phrases: readonly string[], options: PhraseOptions = {}): RegExp {
  const alternatives = phraseAlternatives(phrases, options);
  if (alternatives.length === 0) return /(?!)/gu;
  return phraseRegex(alternatives).re;
}

/** Does folded text start (after spaces) with one of a list of phrases? `exec` gives the match, as a regex's. */
export interface StartsWith {
  test(folded: string): boolean;
  exec(folded: string): RegExpExecArray | null;
}

const LEADING_SPACE = new RegExp(`^${SPACE}*`);

/**
 * The anchored alternation `^ *(?:phrases)AFTER`, longest phrase first. A lexicon's list (every spelling of
 * every body) is long and is tried at every word of a name: only the phrases whose first literal the text
 * starts with can match, so each call runs a regex of just those, built once per set of literals (as
 * findPhrase does for searches).
 */
class AnchoredPhrases implements StartsWith {
  private readonly literals: string[];
  private readonly literalOf: number[];
  private readonly byKey = new Map<string, RegExp>();

  constructor(private readonly alternatives: Alternative[]) {
    this.literals = [...new Set(alternatives.map((a) => a.first))];
    this.literalOf = alternatives.map((a) => this.literals.indexOf(a.first));
  }

  exec(folded: string): RegExpExecArray | null {
    const lead = LEADING_SPACE.exec(folded)![0].length;
    let key = '';
    this.literals.forEach((literal, i) => {
      if (folded.startsWith(literal, lead)) key += key ? `,${i}` : `${i}`;
    });
    if (!key) return null;
    let re = this.byKey.get(key);
    if (!re) {
      const wanted = new Set(key.split(',').map(Number));
      re = new RegExp(`^${SPACE}*${alternativesSource(this.alternatives.filter((_, i) => wanted.has(this.literalOf[i])))}${AFTER}`, 'u');
      this.byKey.set(key, re);
    }
    return re.exec(folded);
  }

  test(folded: string): boolean {
    return this.exec(folded) !== null;
  }
}

/** Does folded text start (after spaces) with one of `phrases`? */
export function startsWithRegex(phrases: readonly string[]): StartsWith {
  return new AnchoredPhrases(phraseAlternatives(phrases, {}));
}

/** Anchored regex: does folded text end with one of `phrases` (followed only by spaces)? */
export function endsWithRegex(phrases: readonly string[]): RegExp {
  const sources = [...new Set(phrases.map((p) => phraseSource(p)))].sort((a, b) => b.length - a.length);
  if (sources.length === 0) return /(?!)/u;
  return new RegExp(`${BEFORE}(?:${sources.join('|')})${SPACE}*$`, 'u');
}

export interface Hit {
  start: number;
  end: number;
}

/**
 * All matches of a global regex in `folded` that lie within [from, to). Lexicon regexes look one character
 * around a match (word boundaries), so searching a slice one character wider than the range is exact and
 * keeps per-instruction searches from scanning the whole text.
 */
export function findAll(re: RegExp, folded: string, from = 0, to = folded.length): Hit[] {
  const phrase = phraseRegexFor(re);
  return phrase ? findPhrase(phrase, folded, from, to) : scanAll(re, folded, from, to);
}

/** What findAll returns, found by running the regex over the slice: for regexes the phrase index cannot answer. */
export function scanAll(re: RegExp, folded: string, from = 0, to = folded.length): Hit[] {
  const out: Hit[] = [];
  const lo = Math.max(0, from - 1);
  const hi = Math.min(folded.length, to + 1);
  const sub = lo === 0 && hi === folded.length ? folded : folded.slice(lo, hi);
  re.lastIndex = from - lo;
  for (let m = re.exec(sub); m && lo + m.index < to; m = re.exec(sub)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = lo + m.index;
    if (start + m[0].length <= to) out.push({ start, end: start + m[0].length });
  }
  return out;
}

/** A pattern written with its marks, and the same pattern folded for a text that lost them. */
export interface MarkedAndFolded {
  marked: RegExp;
  folded: RegExp;
}

/** Both readings of a pattern written in lower case with its marks ("tại" folded is "tai"); its source must fold as it stands. */
export function markedAndFolded(marked: RegExp): MarkedAndFolded {
  return { marked, folded: new RegExp(fold(marked.source), marked.flags) };
}

/** Folding key for comparing names: no diacritics, no punctuation, single spaces. */
export function foldKey(s: string, options: { dropVa?: boolean } = {}): string {
  const words = fold(s.normalize('NFC')).match(WORD) ?? [];
  return (options.dropVa ? words.filter((w) => w !== 'va') : words).join(' ');
}

/** A phrase as written, marks kept, for comparing words whose marks matter ("giáo" is no "giao"): NFC, lower case, single spaces. */
export function writtenKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Number of syllables (letter/digit runs) in a phrase. */
export function syllableCount(s: string): number {
  return (s.match(WORD) ?? []).length;
}

/** A text seen three ways, all the same length: as written, folded, and lower-cased with diacritics. */
export interface TextView {
  text: string;
  folded: string;
  lower: string;
}

export function view(text: string): TextView {
  let lower = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    lower += l.length === ch.length ? l : ch;
  }
  return { text, folded: fold(text), lower };
}

/** A text that lost all its marks (typed without them, or a PDF layer that dropped them): folded, it reads the same. */
export function isUnmarked(v: TextView): boolean {
  return v.lower === v.folded;
}

/** Below this share of syllables carrying a mark a text has lost most of them: clean prose marks over 0.8 (text/diacritics.ts). */
const MARKED_SHARE = 0.5;
const markLoss = new WeakMap<TextView, boolean>();

/**
 * A text that lost its marks wholly or mostly: typed without them under a marked letterhead, or a scan's
 * text layer that kept a few. Matchers that also match one-syllable words without their marks
 * (withUnmarkedSingles) suit it; on such a text they still match the words that kept theirs.
 */
export function lacksMarks(v: TextView): boolean {
  let lacks = markLoss.get(v);
  if (lacks === undefined) {
    const { syllables, marked } = countDiacritics(v.text);
    lacks = syllables > 0 && marked < syllables * MARKED_SHARE;
    markLoss.set(v, lacks);
  }
  return lacks;
}

/**
 * The phrases a matcher needs for a text that lost its marks: each one-syllable phrase also without its marks
 * ("tiêm" as "tiem"), except those that would then spell another common word (`collisions`: "chợ" is "cho").
 */
export function withUnmarkedSingles(phrases: readonly string[], collisions: readonly string[]): string[] {
  const colliding = new Set(collisions.map(collisionKey));
  const out = [...phrases];
  for (const p of phrases) {
    const key = collisionKey(p);
    if ((key.match(WORD) ?? []).length !== 1 || /[^\p{L}\p{N}\s]/u.test(key) || colliding.has(key)) continue;
    const bare = fold(key);
    if (bare !== key) out.push(bare);
  }
  return out;
}

const collisionKey = (phrase: string) => phrase.normalize('NFC').toLowerCase().trim();

/** The phrases that spell no other common word without their marks (`collisions`: "tấn" is "tan", the "tận" of a motto). */
export function withoutCollisions(phrases: readonly string[], collisions: readonly string[]): string[] {
  const colliding = new Set(collisions.map(collisionKey));
  return phrases.filter((p) => !colliding.has(collisionKey(p)));
}

/** Where a phrase of `m` that opens the text at `at`, past bullets and emphasis, ends; -1 when none does. */
export function openingEnd(v: TextView, m: { startAt(v: TextView, pos: number, limit?: number): number }, at: number): number {
  const lead = /^[\s\u00a0*_\-–•+(]*/u.exec(v.folded.slice(at, at + 8));
  return m.startAt(v, at + (lead ? lead[0].length : 0), 40);
}

/** A first literal of a matcher's phrases, and whether it is looked for in the lower-cased text or the folded one. */
export interface StartLiteral {
  literal: Literal;
  lower: boolean;
}

/** Ascending positions where a match of `s` can start in the view: where its literal starts and its lead fits. */
export function startsOf(v: TextView, s: StartLiteral): readonly number[] {
  return leadPositions(s.lower ? v.lower : v.folded, s.literal);
}

/**
 * Matches lexicon phrases. Phrases of two or more syllables match folded text (diacritics and OCR losses
 * forgiven); a single syllable matches with its diacritics, because folding makes short words collide:
 * "dừng" (stop) would match "đúng" (correct), "cấm" (forbid) "cam kết", "nâng" (raise) "năng lực".
 */
export class PhraseMatcher {
  private readonly any: { phrase: PhraseRegex; lower: boolean }[] = [];
  /** Alternation sources, for the anchored regexes built on first use (most matchers only search). */
  private readonly sources: { src: string; lower: boolean }[] = [];
  private startRes: { re: RegExp; lower: boolean }[] | null = null;
  private endRes: { re: RegExp; lower: boolean }[] | null = null;

  private get start(): { re: RegExp; lower: boolean }[] {
    this.startRes ??= this.sources.map(({ src, lower }) => ({ re: new RegExp(`^${SPACE}*${src}${AFTER}`, 'u'), lower }));
    return this.startRes;
  }

  private get end(): { re: RegExp; lower: boolean }[] {
    this.endRes ??= this.sources.map(({ src, lower }) => ({ re: new RegExp(`${BEFORE}${src}${SPACE}*$`, 'u'), lower }));
    return this.endRes;
  }

  constructor(phrases: readonly string[], options: PhraseOptions = {}) {
    const single: string[] = [];
    const multi: string[] = [];
    for (const p of phrases) {
      const words = fold(p.normalize('NFC')).match(WORD) ?? [];
      const symbols = p.replace(/[\p{L}\p{N}\s]/gu, '');
      (words.length === 1 && symbols === '' ? single : multi).push(p);
    }
    // Single syllables match the lower-cased text with diacritics: each is its own literal.
    const singles = sortedAlternatives([...new Set(single.map((w) => w.normalize('NFC').toLowerCase().trim()))].map((w) => ({ src: escapeRegExp(w), first: w, last: w.at(-1)!, lead: PHRASE_END })));
    const groups: { alternatives: Alternative[]; lower: boolean }[] = [];
    if (multi.length > 0) groups.push({ alternatives: phraseAlternatives(multi, options), lower: false });
    if (singles.length > 0) groups.push({ alternatives: singles, lower: true });
    for (const { alternatives, lower } of groups) {
      const src = alternativesSource(alternatives);
      // An empty alternation ("(?!)") never matches: nothing to search for.
      if (alternatives.length > 0) this.any.push({ phrase: phraseRegex(alternatives), lower });
      this.sources.push({ src, lower });
    }
  }

  /** Every match in [from, to), in document order (longest first where two start together). */
  all(v: TextView, from = 0, to = v.text.length): Hit[] {
    if (this.any.length === 1) return findPhrase(this.any[0].phrase, this.any[0].lower ? v.lower : v.folded, from, to);
    const hits: Hit[] = [];
    for (const { phrase, lower } of this.any) hits.push(...findPhrase(phrase, lower ? v.lower : v.folded, from, to));
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits;
  }

  /** End of a phrase starting at `pos` (after optional spaces), or -1. */
  startAt(v: TextView, pos: number, limit = 80): number {
    let best = -1;
    for (const { re, lower } of this.start) {
      const m = re.exec((lower ? v.lower : v.folded).slice(pos, pos + limit));
      if (m) best = Math.max(best, pos + m[0].length);
    }
    return best;
  }

  /** Start of a phrase ending at `pos` (before optional spaces), or -1. */
  endAt(v: TextView, pos: number, window = 40): number {
    let best = -1;
    const from = Math.max(0, pos - window);
    for (const { re, lower } of this.end) {
      const m = re.exec((lower ? v.lower : v.folded).slice(from, pos));
      if (m && (best < 0 || from + m.index < best)) best = from + m.index;
    }
    return best;
  }

  /**
   * The literals a match starts with, each with its lead (startsOf finds where they start). all() over a range
   * holding none of their starts is empty, so a caller searching range after range can skip this matcher there.
   */
  startLiterals(): StartLiteral[] {
    return this.any.flatMap(({ phrase, lower }) => phrase.literals.map((literal) => ({ literal, lower })));
  }

  /** Does any phrase occur in [from, to)? */
  test(v: TextView, from = 0, to = v.text.length): boolean {
    return this.all(v, from, to).length > 0;
  }
}
