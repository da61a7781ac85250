// The cue word that introduces a slogan and gives its kind: 'phương châm “3 trước”' (MOTTO), 'chiến lược
// “5K + vắc xin”' (STRATEGY), 'mục tiêu “...”' (GOAL), 'phong trào “...”' (CAMPAIGN). A few words ending in
// "là" may sit between the cue and the slogan: 'phương châm hành động là “...”' (slogans.json "cueTail"), and a
// word or two of a campaign's domain without it: 'chiến dịch tiêm chủng “...”' ("cueGap"), a few words that
// qualify a motto's cue, a body's name among them: 'thông điệp của Sở Y tế “...”' ("cueQualifier"), and a few
// words ending in a colon: 'phương châm xuyên suốt trong công tác phòng, chống dịch: “...”' ("cueColon").
import type { SloganKind } from '../../../domain/facts';
import type { Lexicons } from '../../lexicons';
import { endsWithRegex, foldKey } from '../../phrases/patterns';
import type { TextView } from '../../phrases/patterns';
import { escapeRegExp } from '../../../text/regexp';
import { endsWithColon } from '../../segment/lines';

export interface Cue {
  kind: SloganKind;
  /** The cue as written ("phương châm"). */
  word: string;
  /** A cue that also introduces quoted orders: only a quote in a motto's shape is a slogan (slogans.json). */
  shapedOnly: boolean;
}

interface Compiled {
  cue: RegExp;
  kinds: Map<string, SloganKind>;
  shapedOnly: Set<string>;
  tail: RegExp;
}

const cache = new WeakMap<Lexicons, Compiled>();
const WINDOW = 70;
/** A lower-case word at the end of a string, with the spaces before it. */
const LAST_WORD = /[\s\u00a0]+\p{Ll}+$/u;
/** The same, a comma before it allowed ("phòng, chống"). */
const LAST_WORD_OR_COMMA = /,?[\s\u00a0]+\p{Ll}+$/u;
/** Any word, a name's included, a comma before it allowed: "thông điệp của Sở Y tế", "phương châm phòng, chống dịch". */
const LAST_NAME_WORD = /,?[\s\u00a0]+\p{L}+$/u;

function compile(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (c) return c;
  const kinds = new Map<string, SloganKind>();
  for (const cue of lex.slogans.cues) kinds.set(foldKey(cue.word), cue.kind);
  const shapedOnly = new Set(lex.slogans.cues.filter((cue) => cue.shapedOnly).map((cue) => foldKey(cue.word)));
  const tails = lex.slogans.cueTail.words.map((w) => escapeRegExp(w.normalize('NFC').toLowerCase())).join('|');
  // Matched with diacritics: "là" (is), not "lá" (leaf).
  const tail = new RegExp(`[\\s\\u00a0]+(?:${tails})$`, 'u');
  c = { cue: endsWithRegex(lex.slogans.cues.map((x) => x.word)), kinds, shapedOnly, tail };
  cache.set(lex, c);
  return c;
}

function cueEndingAt(v: TextView, from: number, stop: number, c: Compiled): Cue | null {
  const m = c.cue.exec(v.folded.slice(from, stop));
  const kind = m ? c.kinds.get(foldKey(m[0])) : undefined;
  if (!m || !kind) return null;
  const at = from + m.index;
  return { kind, word: v.text.slice(at, at + m[0].trim().length).trim(), shapedOnly: c.shapedOnly.has(foldKey(m[0])) };
}

/** The kind a cue word gives ("khẩu hiệu" -> MOTTO), in any spelling; undefined for a word that is no cue. */
export function kindOfCue(word: string, lex: Lexicons): SloganKind | undefined {
  return compile(lex).kinds.get(foldKey(word));
}

/** Does the folded phrase open with a cue word ("thông điệp 5k", "phương châm 4 tại chỗ")? */
export function opensWithCue(key: string, lex: Lexicons): boolean {
  const c = compile(lex);
  return [...c.kinds.keys()].some((cue) => key.startsWith(`${cue} `));
}

/** Lines of list items a lead may stand above, at most. */
const LIST_ITEMS = 12;
const ITEM_MARKS = [/^[\s\u00a0]*[-–•+*][\s\u00a0]*/u, /^[\s\u00a0]*[a-zđ]\)[\s\u00a0]*/u, /^[\s\u00a0]*\d{1,2}[.)][\s\u00a0]*/u];

/**
 * The cue of a list whose items are the slogans: 'các khẩu hiệu:' / '- "Ở nhà là yêu nước";' / '- "..."'. The
 * quote opens its item, and the line above the items ends with the cue and a colon.
 */
function listCueBefore(v: TextView, pos: number, lex: Lexicons): Cue | null {
  let lineStart = v.text.lastIndexOf('\n', pos - 1) + 1;
  const opening = v.text.slice(lineStart, pos);
  // The items share the quote's kind of marker; the lead above them may carry another ("4. ... khẩu hiệu:").
  const mark = ITEM_MARKS.find((m) => m.test(opening) && opening.replace(m, '').trim() === '');
  if (!mark) return null;
  for (let n = 0; n < LIST_ITEMS && lineStart > 0; n++) {
    const end = lineStart - 1;
    lineStart = v.text.lastIndexOf('\n', end - 1) + 1;
    const line = v.text.slice(lineStart, end);
    if (line.trim() === '' || mark.test(line)) continue;
    const lead = line.trimEnd();
    if (!lead.endsWith(':')) return null;
    // "với các khẩu hiệu sau:": the cue stands before "sau" (following).
    const following = /[\s\u00a0]+sau[\s\u00a0]*:$/u.exec(v.folded.slice(lineStart, lineStart + lead.length));
    return ownCueBefore(v, lineStart + (following ? following.index : lead.length), lex);
  }
  return null;
}

/** The cue ending right before `pos` (spaces, colons and markdown aside), or that of the list the quote opens an item of. */
export function cueBefore(v: TextView, pos: number, lex: Lexicons): Cue | null {
  return ownCueBefore(v, pos, lex) ?? listCueBefore(v, pos, lex);
}

/** A cue ending before up to `max` words back from `stop` (each word matched by `word`), that `accept` takes. */
function cueWordsBack(v: TextView, from: number, stop: number, max: number, word: RegExp, c: Compiled, accept: (cue: Cue) => boolean = () => true): Cue | null {
  for (let n = 0; n < max; n++) {
    const w = word.exec(v.lower.slice(from, stop));
    if (!w) return null;
    stop = from + w.index;
    const found = cueEndingAt(v, from, stop, c);
    if (found && accept(found)) return found;
  }
  return null;
}

function ownCueBefore(v: TextView, pos: number, lex: Lexicons): Cue | null {
  const c = compile(lex);
  const from = Math.max(0, pos - WINDOW);
  const stop = from + v.folded.slice(from, pos).replace(/[\s\u00a0:*_]+$/u, '').length;
  const direct = cueEndingAt(v, from, stop, c);
  if (direct) return direct;
  // "chiến dịch tiêm chủng “...”": a campaign's cue with a word or two of its domain before the quote.
  const gap = lex.slogans.cueGap;
  const campaign = cueWordsBack(v, from, stop, gap.maxSyllables, LAST_WORD, c, (cue) => gap.kinds.includes(cue.kind));
  if (campaign) return campaign;
  // "thông điệp của Sở Y tế “...”", "phương châm chỉ đạo “...”": a few words qualify a cue right before its quote.
  const q = lex.slogans.cueQualifier;
  const qualified = /^[“"«]/u.test(v.text.slice(pos, pos + 1)) ? cueWordsBack(v, from, stop, q.maxWords, LAST_NAME_WORD, c, (cue) => q.kinds.includes(cue.kind) && !cue.shapedOnly) : null;
  if (qualified) return qualified;
  // "phương châm xuyên suốt trong công tác phòng, chống dịch: “...”": words, and commas between them, up to a colon.
  const colon = endsWithColon(v.folded.slice(from, pos)) ? cueWordsBack(v, from, stop, lex.slogans.cueColon.maxSyllables, LAST_WORD_OR_COMMA, c) : null;
  if (colon) return colon;
  // "phương châm hành động là": drop "là", then up to maxSyllables words before it.
  const t = c.tail.exec(v.lower.slice(from, stop));
  if (!t) return null;
  const tailStop = from + t.index;
  return cueEndingAt(v, from, tailStop, c) ?? cueWordsBack(v, from, tailStop, lex.slogans.cueTail.maxSyllables, LAST_WORD, c);
}
