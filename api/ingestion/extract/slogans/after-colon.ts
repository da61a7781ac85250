// A slogan written without quotes after its cue and a colon: 'thực hiện phương châm: Nhà là pháo đài, người
// dân là chiến sĩ.', 'với khẩu hiệu: Mỗi người dân là một chiến sĩ chống dịch!'. It runs to the end of its
// sentence. Only the cues of slogans.json "cueColon.unquoted" open one (not "mục tiêu:", which opens prose),
// and slogans.ts keeps it only in a motto's shape, like a quote after a cue that also introduces orders.
import type { SloganKind } from '../../../domain/facts';
import type { Reading } from '../../reading';
import { findAll, phrasesRegex } from '../../phrases/patterns';
import { kindOfCue } from './cues';
import type { Lexicons } from '../../lexicons';

export interface ColonSlogan {
  start: number;
  end: number;
  kind: SloganKind;
}

/** Where the slogan stops: the end of its sentence or line, or a quote (the quoted rules' own). */
const STOP = /[.;!?\n"“”‘’]/u;
/** The colon right after the cue, and the spaces or markdown after it. */
const COLON = /^[\s\u00a0*_]*:[\s\u00a0*_]*/u;

const cache = new WeakMap<Lexicons, RegExp>();

function cuesRegex(lex: Lexicons): RegExp {
  let re = cache.get(lex);
  if (!re) cache.set(lex, (re = phrasesRegex(lex.slogans.cueColon.unquoted)));
  return re;
}

/** Unquoted phrases after a cue and a colon, before `end`: candidates the caller holds to a motto's shape. */
export function findColonSlogans(reading: Reading, end: number): ColonSlogan[] {
  const { text, folded, lex } = reading;
  if (lex.slogans.cueColon.unquoted.length === 0) return [];
  const out: ColonSlogan[] = [];
  for (const hit of findAll(cuesRegex(lex), folded, 0, end)) {
    const cueEnd = hit.end;
    const colon = COLON.exec(folded.slice(cueEnd, cueEnd + 8));
    if (!colon) continue;
    const start = cueEnd + colon[0].length;
    const stop = STOP.exec(text.slice(start, end));
    const stopAt = stop ? start + stop.index : end;
    // A quote before the sentence ends is the quoted rules' slogan; a colon ending its line heads a list (listed.ts).
    if (stop && /["“”‘’]/u.test(stop[0])) continue;
    const phrase = text.slice(start, stopAt).trimEnd();
    if (phrase.trim() === '') continue;
    out.push({ start, end: start + phrase.length, kind: kindOfCue(folded.slice(hit.start, hit.end), lex) ?? 'MOTTO' });
  }
  return out;
}
