import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLexicons, type Lexicons } from './lexicons';
import { repoRoot } from './paths';

// Text quality of a rendition: the share of its syllables that are real Vietnamese syllables. OCR damage
// ("COYID-Ỉ9", "bừih", "Tửứi") produces non-syllables, so a scan scores below a clean portal copy of the
// same notice. The syllable list is dictionary-vi's index.dic (an ESM package: read, not imported).

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
    syllables = new Set(lines.slice(1).map((l) => l.split('/')[0].trim()).filter((l) => l.length > 0).map(syllableKey));
  }
  return syllables;
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

function judgeToken(token: string, lex: Lexicons): boolean {
  if (/^\d+$/.test(token)) return true;
  const a = accepted(lex);
  if (a.acronyms.has(token) || a.loanwords.has(token.toLowerCase())) return true;
  // A capitalised syllable is still a syllable ("Quảng", "Ninh"); a mixed-case OCR blend ("TửứI") is not.
  if (/\p{Lu}/u.test(token.slice(1)) && token !== token.toUpperCase()) return false;
  const dict = vietnameseSyllables();
  const key = syllableKey(token);
  if (dict.has(key)) return true;
  // Final "y" and "i" alternate by convention after a consonant ("sỹ"/"sĩ", "kỹ"/"kĩ").
  const swapped = key.replace(/^([^aeiouy]+)y/u, '$1i');
  return swapped !== key && dict.has(swapped);
}

/** Share of syllable tokens in `text` that are known; 1 for a text without tokens. In [0, 1]. */
export function renditionQuality(text: string, lex: Lexicons = defaultLexicons()): number {
  const tokens = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0) return 1;
  let known = 0;
  for (const t of tokens) if (isKnownToken(t, lex)) known++;
  return known / tokens.length;
}
