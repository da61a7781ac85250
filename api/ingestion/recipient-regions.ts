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

const patterns = new WeakMap<Lexicons, RegExp>();

/**
 * A line opening the addressees: "Kính gửi", or a dispatch's "BAN THƯỜNG VỤ TỈNH ỦY ĐIỆN:" (the words of
 * agencies.json notMentions, which also keep their names from counting as mentions).
 */
function addresseesPattern(lex: Lexicons): RegExp {
  let re = patterns.get(lex);
  if (!re) {
    const words = (list: string[]) => list.map((w) => escapeRegExp(fold(w)).replace(/\s+/g, '[\\s\\u00a0]+')).join('|');
    const n = lex.agencies.patterns.notMentions;
    // "... ĐIỆN:" ends the line; the title "CÔNG ĐIỆN" is no addressee line.
    const verbs = n.addresseeVerbs.length > 0 ? `|[^\\n:]*(?<!cong)[\\s\\u00a0](?:${words(n.addresseeVerbs)})[\\s\\u00a0]*:[\\s\\u00a0]*(?=\\n)` : '';
    re = new RegExp(`(^|\\n)[\\s\\u00a0*_\\-•]*(?:(?:${words(n.addressees)})\\b${verbs})`, 'g');
    patterns.set(lex, re);
  }
  return re;
}

export function recipientRegions(text: string, lex: Lexicons = defaultLexicons()): Region[] {
  const folded = fold(text);
  const regions: Region[] = [];
  for (const m of folded.matchAll(addresseesPattern(lex))) {
    const lineStart = (m.index ?? 0) + m[1].length;
    const start = lineStart + (/^[\s\u00a0]*/.exec(text.slice(lineStart))?.[0].length ?? 0);
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
