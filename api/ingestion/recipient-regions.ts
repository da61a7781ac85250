// The parts of a directive that list who receives it: the addressees ("Kính gửi: - Các sở, ban, ngành; ...")
// and, from "Nơi nhận:", the distribution list and signature. Every province writes the same addressees,
// so they are not text one directive shares with another (see persist-reuse.ts).
import { escapeRegExp } from '../text/regexp';
import { fold } from '../text/fold';
import { defaultLexicons, type Lexicons } from './lexicons';
import { bodyEnd } from './reading';

export interface Region {
  start: number;
  end: number;
}

const patterns = new WeakMap<Lexicons, { line: RegExp; text: RegExp }>();

/**
 * The opening of the addressees in a folded line, its match ending where the first of them starts: "Kính gửi:",
 * or a telegram's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:" (the words of agencies.json notMentions, which also keep
 * their names from counting as mentions), with the addressees below or run on after the colon, and "ĐIỆN:" on a
 * line of its own, its colon lost or not. The title "CÔNG ĐIỆN" (and a "BƯU ĐIỆN") opens none. `text` finds the
 * openings in a whole folded text, `line` tests one line.
 */
export function addresseesOpening(lex: Lexicons): { line: RegExp; text: RegExp } {
  let re = patterns.get(lex);
  if (!re) {
    const words = (list: string[]) => list.map((w) => escapeRegExp(fold(w)).replace(/\s+/g, '[ \\t\\u00a0]+')).join('|');
    const n = lex.agencies.patterns.notMentions;
    const verbs = n.addresseeVerbs.length > 0 ? `|(?:[^\\n:]*(?<!\\b(?:cong|buu))[ \\t\\u00a0])?(?:${words(n.addresseeVerbs)})[ \\t\\u00a0]*(?::|$)` : '';
    const source = `^[ \\t\\u00a0*_\\-–+•]*(?:(?:${words(n.addressees)})\\b[ \\t\\u00a0]*:?${verbs})[ \\t\\u00a0]*`;
    re = { line: new RegExp(source, 'u'), text: new RegExp(source, 'gmu') };
    patterns.set(lex, re);
  }
  return re;
}

export function recipientRegions(text: string, lex: Lexicons = defaultLexicons()): Region[] {
  const folded = fold(text);
  const regions: Region[] = [];
  for (const m of folded.matchAll(addresseesOpening(lex).text)) {
    const start = m.index + (/^[\s\u00a0]*/.exec(text.slice(m.index))?.[0].length ?? 0);
    // The list runs to the first blank line (its items are lines of their own).
    const blank = /\n[ \t\u00a0]*\n/g;
    blank.lastIndex = start;
    const end = blank.exec(text)?.index ?? text.length;
    regions.push({ start, end });
  }
  const distribution = bodyEnd(folded);
  if (distribution < text.length) regions.push({ start: distribution + (/^\s*/.exec(text.slice(distribution))?.[0].length ?? 0), end: text.length });
  return regions;
}
