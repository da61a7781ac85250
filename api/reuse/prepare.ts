// Everything findSharedPassages needs from one text, computed once: at ingestion a directive is
// compared with every other, so tokens, units and the shingle index must not be rebuilt per pair.
import { passageSpans, type Span } from './passages';
import { tokenize, type Token } from './tokens';
import { partitionPoint } from '../text/sorted';

export const SHINGLE_WORDS = 3;

export interface Unit {
  span: Span;
  /** Folded words of the unit, in order. */
  words: string[];
  /** The same words as 32-bit hashes, for the alignment. */
  ids: Int32Array;
  /** Distinct word 3-grams of the unit; a unit shorter than 3 words has none and never seeds a match. */
  shingles: Set<string>;
}

export interface PreparedText {
  readonly text: string;
  /** Every folded word of the text, excluded spans included (the fingerprint reads them: fingerprint.ts). */
  readonly words: readonly string[];
  readonly units: readonly Unit[];
  /** 3-gram -> indexes of the units containing it: finds candidate pairs without comparing all pairs. */
  readonly index: ReadonlyMap<string, readonly number[]>;
}

export function prepareText(text: string, exclude: readonly Span[] = []): PreparedText {
  const tokens = tokenize(text);
  const units = passageSpans(text, { exclude }).map((span) => makeUnit(span, tokensIn(tokens, span)));
  const index = new Map<string, number[]>();
  units.forEach((unit, i) => {
    for (const s of unit.shingles) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  return { text, words: tokens.map((t) => t.word), units, index };
}

export function isPrepared(x: string | PreparedText): x is PreparedText {
  return typeof x !== 'string';
}

function makeUnit(span: Span, tokens: Token[]): Unit {
  const words = tokens.map((t) => t.word);
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return { span, words, ids: Int32Array.from(words, wordId), shingles };
}

// FNV-1a hash of a word, not an index into a shared vocabulary: a prepared text depends on nothing
// but its own text, so it can be cached or built in another process. Two words colliding in 2^32
// would only make one pair of words count as equal.
function wordId(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

// Tokens are sorted and spans do not overlap, so a binary search finds the first one inside.
function tokensIn(tokens: Token[], span: Span): Token[] {
  const out: Token[] = [];
  for (let i = partitionPoint(tokens, (t) => t.start < span.start); i < tokens.length && tokens[i].end <= span.end; i++) out.push(tokens[i]);
  return out;
}
