// The cue word that introduces a slogan and gives its kind: 'phương châm “3 trước”' (MOTTO), 'chiến lược
// “5K + vắc xin”' (STRATEGY), 'mục tiêu “...”' (GOAL), 'phong trào “...”' (CAMPAIGN). A few words ending in
// "là" may sit between the cue and the slogan: 'phương châm hành động là “...”' (slogans.json "cueTail"), and a
// word or two of a campaign's domain without it: 'chiến dịch tiêm chủng “...”' ("cueGap").
import type { SloganKind } from '../../../domain/facts';
import type { Lexicons } from '../../lexicons';
import { endsWithRegex, foldKey } from '../../phrases/patterns';
import type { TextView } from '../../phrases/patterns';
import { escapeRegExp } from '../../../text/regexp';

export interface Cue {
  kind: SloganKind;
  /** The cue as written ("phương châm"). */
  word: string;
}

interface Compiled {
  cue: RegExp;
  kinds: Map<string, SloganKind>;
  tail: RegExp;
}

const cache = new WeakMap<Lexicons, Compiled>();
const WINDOW = 70;
/** A lower-case word at the end of a string, with the spaces before it. */
const LAST_WORD = /[\s\u00a0]+\p{Ll}+$/u;

function compile(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (c) return c;
  const kinds = new Map<string, SloganKind>();
  for (const cue of lex.slogans.cues) kinds.set(foldKey(cue.word), cue.kind);
  const tails = lex.slogans.cueTail.words.map((w) => escapeRegExp(w.normalize('NFC').toLowerCase())).join('|');
  // Matched with diacritics: "là" (is), not "lá" (leaf).
  const tail = new RegExp(`[\\s\\u00a0]+(?:${tails})$`, 'u');
  c = { cue: endsWithRegex(lex.slogans.cues.map((x) => x.word)), kinds, tail };
  cache.set(lex, c);
  return c;
}

function cueEndingAt(v: TextView, from: number, stop: number, c: Compiled): Cue | null {
  const m = c.cue.exec(v.folded.slice(from, stop));
  const kind = m ? c.kinds.get(foldKey(m[0])) : undefined;
  if (!m || !kind) return null;
  const at = from + m.index;
  return { kind, word: v.text.slice(at, at + m[0].trim().length).trim() };
}

/** The cue ending right before `pos` (spaces, colons and markdown aside), or null. */
export function cueBefore(v: TextView, pos: number, lex: Lexicons): Cue | null {
  const c = compile(lex);
  const from = Math.max(0, pos - WINDOW);
  let stop = from + v.folded.slice(from, pos).replace(/[\s\u00a0:*_]+$/u, '').length;
  const direct = cueEndingAt(v, from, stop, c);
  if (direct) return direct;
  // "chiến dịch tiêm chủng “...”": a campaign's cue with a word or two of its domain before the quote.
  let gapStop = stop;
  for (let n = 0; n < lex.slogans.cueGap.maxSyllables; n++) {
    const w = LAST_WORD.exec(v.lower.slice(from, gapStop));
    if (!w) break;
    gapStop = from + w.index;
    const found = cueEndingAt(v, from, gapStop, c);
    if (found && lex.slogans.cueGap.kinds.includes(found.kind)) return found;
  }
  // "phương châm hành động là": drop "là", then up to maxSyllables words before it.
  const t = c.tail.exec(v.lower.slice(from, stop));
  if (!t) return null;
  stop = from + t.index;
  for (let n = 0; n <= lex.slogans.cueTail.maxSyllables; n++) {
    const found = cueEndingAt(v, from, stop, c);
    if (found) return found;
    const w = LAST_WORD.exec(v.lower.slice(from, stop));
    if (!w) return null;
    stop = from + w.index;
  }
  return null;
}
