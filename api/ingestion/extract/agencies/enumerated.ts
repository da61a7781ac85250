// Bodies a plural head lists by their names alone: "Giám đốc các Sở: Y tế, Công Thương, Giao thông vận tải
// chịu trách nhiệm ..." names three departments, "các Bộ: Y tế, Công an" two ministries. Names hold commas and
// "và" of their own ("Văn hóa, Thể thao và Du lịch"), and the last runs into the verb after it, so each item is
// the longest run of parts, then of words, that the lexicon knows with the head before it. An item it does not
// know counts when a separator follows it and it is a short capitalised name ("Sở Du lịch - Thương mại" of a
// province that merged two). The list ends at a clause boundary, a lower-case part, an item that is no name or
// one the caller says is the next addressee ("Giám đốc các Sở: Y tế, Tài chính, Giám đốc Công an tỉnh, ...").
import type { AgencyLevel } from '../../../domain/facts';
import type { Resolve } from './shared-levels';

export interface EnumeratedMention {
  canonicalName: string;
  level: AgencyLevel;
  start: number;
  end: number;
}

/** Most separated parts one name may span ("Văn hóa, Thể thao và Du lịch" is three). */
const MAX_PARTS = 4;
/** Most words of a name the lexicon does not know. */
const MAX_UNKNOWN_WORDS = 5;
/** Most items one list holds. */
const MAX_ITEMS = 12;

interface Part {
  start: number;
  end: number;
  /** Whether a separator (",", "và") follows, not a clause boundary. */
  separated: boolean;
}

const NEXT_BOUNDARY = /[ \u00a0]*,[ \u00a0]*(?:và[ \u00a0]+)?|[ \u00a0]+và[ \u00a0]+|[ \u00a0]*[;.:()\n]/u;

/** The capitalised parts of the list from `from`: runs between "," or "và", up to a clause boundary. */
function partsAfter(text: string, from: number, end: number): Part[] {
  const out: Part[] = [];
  let pos = from;
  while (pos < end && out.length < MAX_ITEMS * MAX_PARTS && /^[\p{Lu}\p{N}]/u.test(text.slice(pos, pos + 1))) {
    const rest = text.slice(pos, Math.min(end, pos + 160));
    const b = NEXT_BOUNDARY.exec(rest);
    const partEnd = pos + (b ? b.index : rest.length);
    const separated = b !== null && /^[ \u00a0]*(?:,|và)/u.test(b[0]);
    out.push({ start: pos, end: partEnd, separated });
    if (!b || !separated) break;
    pos = partEnd + b[0].length;
  }
  return out;
}

/** Ends of the words of text[start, end), last first. */
function wordEnds(text: string, start: number, end: number): number[] {
  return [...text.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu)].map((w) => start + w.index + w[0].length).reverse();
}

/** A head that lists bodies, its level, and its plural before the list ("các Sở:"). */
export interface EnumeratingHead {
  word: string;
  level: AgencyLevel;
  plural: RegExp;
}

export function enumeratingHead(word: string, level: AgencyLevel): EnumeratingHead {
  // "các Sở: Y tế, ...", "các Sở Y tế, ...", and with the other kinds of body before the colon: "các sở, ngành: Y tế, ...".
  const others = String.raw`(?:[ \u00a0]*,[ \u00a0]*(?:ban|ngành))+[ \u00a0]*:`;
  return { word, level, plural: new RegExp(`(?<![\\p{L}\\p{N}])các[ \\u00a0]+${word}(?:${others}|[ \\u00a0]*:?)[ \\u00a0]*(?=\\p{Lu})`, 'giu') };
}

/** Does the item hold a body's own name, without the head ("... Công an tỉnh", "... UBND thành phố Phủ Lý")? */
export function namesBody(name: string, resolve: Resolve): boolean {
  return [...name.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)].some((w) => resolve(name.slice(w.index)) !== null);
}

export function enumeratedMentions(text: string, end: number, heads: readonly EnumeratingHead[], resolve: Resolve, endsList: (item: string) => boolean): EnumeratedMention[] {
  const out: EnumeratedMention[] = [];
  for (const head of heads) {
    const re = head.plural;
    re.lastIndex = 0;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      const parts = partsAfter(text, m.index + m[0].length, end);
      let i = 0;
      let items = 0;
      while (i < parts.length && items < MAX_ITEMS && !endsList(text.slice(parts[i].start, parts[i].end))) {
        let found: { resolved: NonNullable<ReturnType<Resolve>>; n: number; end: number } | null = null;
        for (let n = Math.min(MAX_PARTS, parts.length - i); n >= 1 && !found; n--) {
          const last = parts[i + n - 1];
          // Only the last part runs into a verb; one a separator follows is a whole name, or a name that runs into
          // lower-case words ("Tài chính theo chức năng, nhiệm vụ"), not into more of a name ("Du lịch - Thương mại").
          const ends = wordEnds(text, last.start, last.end);
          for (const at of last.separated ? ends.filter((e) => e === last.end || !/\p{Lu}/u.test(text.slice(e, last.end))) : ends) {
            const resolved = resolve(`${head.word} ${text.slice(parts[i].start, at)}`);
            if (resolved) {
              found = { resolved, n, end: at };
              break;
            }
          }
        }
        // A head glued onto a body the lexicon knows by itself names the next body, not one of the list ("các Sở:
        // Tài chính, Cục Thuế tỉnh phối hợp"); "các Bộ: Y tế, Công an" is still "Bộ Công an".
        const own = found && resolve(text.slice(parts[i].start, found.end));
        if (found && own && found.resolved.canonicalName.endsWith(own.canonicalName)) break;
        if (found) {
          out.push({ ...found.resolved, start: parts[i].start, end: found.end });
          // A name cut short of its part ran into the verb: the list ends there.
          if (found.end < parts[i + found.n - 1].end) break;
          i += found.n;
        } else {
          const part = parts[i];
          const name = text.slice(part.start, part.end);
          if (!part.separated || name.split(/[ \u00a0]+/u).length > MAX_UNKNOWN_WORDS) break;
          out.push({ canonicalName: `${head.word} ${name}`, level: head.level, start: part.start, end: part.end });
          i += 1;
        }
        items++;
      }
    }
  }
  return out;
}
