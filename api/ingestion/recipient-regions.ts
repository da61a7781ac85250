// The parts of a directive that list who receives it: the addressees ("Kính gửi: - Các sở, ban, ngành; ...")
// and, from "Nơi nhận:", the distribution list and signature. Every province writes the same addressees,
// so they are not text one directive shares with another (see persist-reuse.ts).
import { fold } from '../text/fold';
import { defaultLexicons, type Lexicons } from './lexicons';
import { addresseesOpening, bodyEnd } from './reading';

export interface Region {
  start: number;
  end: number;
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
