import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countDiacritics } from '../text/diacritics';
import { fold } from '../text/fold';
import { isMarked, isSyllableShaped } from '../text/syllable-shape';
import type { CleanedText } from './document';
import { defaultLexicons, type Lexicons } from './lexicons';
import { repoRoot } from '../repo-root';

// Text quality of a rendition, in [0, 1]: how much of it can be read as written. Two kinds of damage count.
// Unknown tokens (not dictionary-vi syllables, numbers, acronyms or loanwords): OCR writes "COYID-Ỉ9",
// "bừih", "Tửứi", an unconverted legacy font "Th«ng b¸o". One such token in a hundred looks harmless as a
// share (0.99), yet it means one clause in ten cannot be quoted as printed; so each unknown token spoils the
// window of about ten tokens around it and the score is the share of the text outside spoiled windows.
// Lost marks: "Chi thi so" are syllables, but a long text that marks almost none of its syllables has lost
// them all, and is scored down to at most half. The syllable list is dictionary-vi's index.dic (an ESM
// package: read, not imported).

// Tone marks move between vowels by spelling convention ("hòa"/"hoà", "thủy"/"thuỷ"); the dictionary uses
// the old placement. Keying a syllable by its letters without tone plus the tone itself ignores placement.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

export function syllableKey(syllable: string): string {
  const decomposed = syllable.toLowerCase().normalize('NFD');
  const tone = decomposed.match(TONES)?.[0] ?? '';
  return decomposed.replace(TONES, '').normalize('NFC') + tone;
}

let syllables: Set<string> | null = null;

function dictionaryPath(): string {
  return join(repoRoot(), 'node_modules', 'dictionary-vi', 'index.dic');
}

/** The dictionary's syllables, keyed by syllableKey; loaded once per process. */
export function vietnameseSyllables(): Set<string> {
  if (!syllables) {
    const lines = readFileSync(dictionaryPath(), 'utf8').split(/\r?\n/);
    // First line is the entry count; entries may carry "/FLAGS" (none do in 3.0.0, but hunspell allows it).
    const keys = lines.slice(1).map((l) => l.split('/')[0].trim()).filter((l) => l.length > 0).map(syllableKey);
    syllables = new Set([...keys, ...keys.flatMap(otherFinalSpelling)]);
  }
  return syllables;
}

/**
 * Final "i" and "y" alternate by convention after a consonant ("sĩ"/"sỹ", "hỉ"/"hỷ", "kĩ"/"kỹ"): both are
 * written, and neither is a misread letter to repair. Keyed, the tone stands apart after the letters.
 */
function otherFinalSpelling(key: string): string[] {
  const m = /^([bcdđghklmnpqrstvx]+)([iy])(\p{M}?)$/u.exec(key);
  return m ? [`${m[1]}${m[2] === 'i' ? 'y' : 'i'}${m[3]}`] : [];
}

const unmark = (s: string) => fold(s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

let unmarkedSyllables: Set<string> | null = null;

/** The dictionary's syllables with every mark removed ("nguoi", "duoc"): what a text that lost its marks writes. */
function unmarkedVietnameseSyllables(): Set<string> {
  if (!unmarkedSyllables) unmarkedSyllables = new Set([...vietnameseSyllables()].map(unmark));
  return unmarkedSyllables;
}

interface Accepted {
  acronyms: Set<string>;
  loanwords: Set<string>;
}

const acceptedCache = new WeakMap<Lexicons, Accepted>();

function accepted(lex: Lexicons): Accepted {
  let a = acceptedCache.get(lex);
  if (!a) {
    a = {
      acronyms: new Set(lex.abbreviations.acronyms),
      loanwords: new Set(lex.abbreviations.loanwords.map((w) => w.toLowerCase())),
    };
    acceptedCache.set(lex, a);
  }
  return a;
}

/** Is this token a Vietnamese syllable, a number, or a known acronym or loanword? */
export function isKnownToken(token: string, lex: Lexicons = defaultLexicons()): boolean {
  // A document repeats its words: each distinct token is judged once (per lexicon, bounded).
  let known = knownCache.get(lex);
  if (!known) knownCache.set(lex, (known = new Map()));
  let answer = known.get(token);
  if (answer === undefined) {
    if (known.size >= MAX_CACHED_TOKENS) known.clear();
    answer = judgeToken(token, lex);
    known.set(token, answer);
  }
  return answer;
}

const knownCache = new WeakMap<Lexicons, Map<string, boolean>>();
const MAX_CACHED_TOKENS = 100_000;

// Tokens that are not dictionary words but not damage either, and that no list will ever hold all of:
// list letters ("điểm b"), codes and measures ("TH4", "F1", "2m"), short symbols ("VT", "TTr"), acronyms
// of syllable initials ("KGVX", "SGDĐT": at most one vowel, where OCR's "COYID" has three).
const LIST_LETTER = /^[a-zđ]$/i;
const CODE = /^(?:[A-Z]{1,4}\d{1,3}|\d{1,4}[A-Za-z]{1,2})$/;
const SYMBOL = /^(?:[A-ZĐ]{2,3}|[A-ZĐ]{2,4}[a-z])$/;
const INITIALS = /^[A-ZĐ]{4,6}$/;
const MEASURE = /^(?:mm|cm|km|kg|mg|ml|ha)$/;

function isNeutral(token: string): boolean {
  if (LIST_LETTER.test(token) || CODE.test(token) || SYMBOL.test(token) || MEASURE.test(token)) return true;
  return INITIALS.test(token) && (token.match(/[AEIOUY]/g)?.length ?? 0) <= 1;
}

function judgeToken(token: string, lex: Lexicons): boolean {
  if (/^\d+$/.test(token)) return true;
  if (isNeutral(token)) return true;
  const a = accepted(lex);
  if (a.acronyms.has(token) || a.loanwords.has(token.toLowerCase())) return true;
  // A capitalised syllable is still a syllable ("Quảng", "Ninh"); a mixed-case OCR blend ("TửứI") is not.
  if (/\p{Lu}/u.test(token.slice(1)) && token !== token.toUpperCase()) return false;
  if (vietnameseSyllables().has(syllableKey(token))) return true;
  // Place and person names use syllables the dictionary lacks ("Huế", "Pắc"): capitalised and well spelled.
  return /^\p{Lu}/u.test(token) && isSyllableShaped(token);
}

/** Tokens around an unknown one that it spoils: about one clause. */
const WINDOW = 10;
/** A text needs this many tokens per window position for density to mean anything; shorter ones use a smaller window. */
const TOKENS_PER_WINDOW = 5;
/** Lost marks cost at most this share of the score. */
const MARK_LOSS_PENALTY = 0.5;
/** Share of marked syllables from which nothing counts as lost (clean prose marks over 0.8). */
const FULL_MARK_SHARE = 0.4;
/** Below this many syllables (a slogan, a heading) the mark share is not judged; it is fully trusted from FULL_TRUST_SYLLABLES on. */
const MIN_MARK_SYLLABLES = 20;
const FULL_TRUST_SYLLABLES = 100;

/** Share of tokens within a spoiled window; the window shrinks to one token for short phrases. */
export function spoiledShare(unknown: boolean[]): number {
  const n = unknown.length;
  if (n === 0) return 0;
  const w = Math.min(WINDOW, Math.max(1, Math.floor(n / TOKENS_PER_WINDOW)));
  const before = Math.floor((w - 1) / 2);
  // Difference array: +1 where a spoiled window opens, -1 past where it closes.
  const delta = new Int32Array(n + 1);
  unknown.forEach((u, i) => {
    if (!u) return;
    delta[Math.max(0, i - before)]++;
    delta[Math.min(n, i - before + w)]--;
  });
  let open = 0;
  let spoiled = 0;
  for (let i = 0; i < n; i++) {
    open += delta[i];
    if (open > 0) spoiled++;
  }
  return spoiled / n;
}

/**
 * 1 for a text that keeps its marks, down to 1 - MARK_LOSS_PENALTY for a long text that lost them all; and
 * whether marks are lost (then an unmarked spelling of a syllable is the loss already counted, not damage).
 */
export function markLoss(text: string): { factor: number; lost: boolean } {
  const c = countDiacritics(text);
  if (c.syllables === 0) return { factor: 1, lost: false };
  const share = c.marked / c.syllables;
  const trust = Math.min(1, Math.max(0, (c.syllables - MIN_MARK_SYLLABLES) / (FULL_TRUST_SYLLABLES - MIN_MARK_SYLLABLES)));
  return { factor: 1 - MARK_LOSS_PENALTY * trust * Math.max(0, 1 - share / FULL_MARK_SHARE), lost: share < FULL_MARK_SHARE };
}

/** The quality of a cleaned text, whose words read back from a scan's misreading count as the damage they were. */
export function cleanedTextQuality(cleaned: Pick<CleanedText, 'text' | 'misreadWords'>, lex: Lexicons = defaultLexicons()): number {
  return renditionQuality(cleaned.text, lex, cleaned.misreadWords);
}

/**
 * 1 for a clean text (and a text without tokens), lower the more of it is damaged or lost its marks. In [0, 1].
 * `misread` are spans of words cleaning read back from a scan's misreading: known words now, damage still.
 */
export function renditionQuality(text: string, lex: Lexicons = defaultLexicons(), misread: readonly { start: number; end: number }[] = []): number {
  const matches = [...text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)];
  if (matches.length === 0) return 1;
  const marks = markLoss(text);
  const unmarked = marks.lost ? unmarkedVietnameseSyllables() : null;
  const misreadAt = new Set(misread.map((s) => s.start));
  const unknown = matches.map(({ 0: t, index }) => misreadAt.has(index!) || (!isKnownToken(t, lex) && !(unmarked && !isMarked(t) && unmarked.has(unmark(t)))));
  const score = (1 - spoiledShare(unknown)) * marks.factor;
  return Math.min(1, Math.max(0, score));
}
