import { fold } from '../../../text/fold';
import type { Lexicons } from '../../lexicons';
import { expandVariant } from '../../lexicons/variants';
import { PhraseMatcher, isUnmarked, type Hit, type TextView } from '../../phrases/patterns';
import { isCounterpart, overlapsAny } from './spans';

// Signs of an instruction's activity that are no keyword (seeds/lexicons/categories.json "signs"): who it
// governs ("lập danh sách người từ Đà Nẵng về địa bàn" controls travel, "doanh nghiệp" names a workplace) or
// what they must do ("báo ngay cho Trạm Y tế" is tracing). A phrase with "…" is a head and a tail a few words
// apart ("người từ … về" reads "người từ tỉnh Hải Dương về"), within one clause.

/** Most characters between a head and its tail: a place name of a few words. */
const MAX_GAP = 48;
/** Room for the tail itself after the gap ("Trung tâm Y tế"). */
const TAIL_ROOM = 16;
/** A clause ends between head and tail: "người từ" and a "về" of the next clause are no traveller. */
const CLAUSE_END = /[.;:!?\n]/;
/** "người từ 18 tuổi trở lên", "doanh nghiệp có từ 300 lao động": a number after the head is an age or a size. */
const NUMBER_NEXT = /^\s*\d/;

export interface SignHit extends Hit {
  category: string;
  weight: number;
  /** The sign's group is asked for certificates: its testing and vaccination words are its work's condition. */
  certifies: boolean;
}

interface CompiledSign {
  category: string;
  weight: number;
  certifies: boolean;
  whole: PhraseMatcher | null;
  /** The tail twice: as written, and folded for a text that lost its marks ("ve" for "về"). */
  gapped: { head: PhraseMatcher; tail: PhraseMatcher; foldedTail: PhraseMatcher }[];
}

const cache = new WeakMap<Lexicons, CompiledSign[]>();

function compiled(lex: Lexicons): CompiledSign[] {
  let c = cache.get(lex);
  if (!c) {
    c = lex.categories.signs.map((g) => {
      const whole = g.phrases.filter((p) => !p.includes('…')).flatMap(expandVariant);
      const gapped = g.phrases
        .filter((p) => p.includes('…'))
        .map((p) => {
          const [head, tail] = p.split('…');
          const tails = expandVariant(tail.trim());
          return { head: new PhraseMatcher(expandVariant(head.trim())), tail: new PhraseMatcher(tails), foldedTail: new PhraseMatcher([...tails, ...tails.map((t) => fold(t))]) };
        });
      return {
        category: g.category,
        weight: g.weight,
        certifies: g.certifies,
        whole: whole.length > 0 ? new PhraseMatcher(whole) : null,
        gapped,
      };
    });
    cache.set(lex, c);
  }
  return c;
}

/**
 * The signs in [start, end) whose first words lie outside `skip` (agency names: "Hiệp hội Doanh nghiệp" governs
 * nobody; a tail may be one: "báo ngay cho … Trạm Y tế").
 */
export function signHits(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[]): SignHit[] {
  const out: SignHit[] = [];
  for (const g of compiled(lex)) {
    // Each hit with its first words, which must stand outside `skip`.
    const found: { hit: Hit; head: Hit }[] = (g.whole ? g.whole.all(v, start, end) : []).map((h) => ({ hit: h, head: h }));
    for (const { head, tail: marked, foldedTail } of g.gapped) {
      const tail = isUnmarked(v) ? foldedTail : marked;
      for (const h of head.all(v, start, end)) {
        if (NUMBER_NEXT.test(v.text.slice(h.end, h.end + 4))) continue;
        const t = tail.all(v, h.end, Math.min(end, h.end + MAX_GAP + TAIL_ROOM)).find((x) => x.start - h.end <= MAX_GAP);
        if (t && !CLAUSE_END.test(v.text.slice(h.end, t.start))) found.push({ hit: { start: h.start, end: t.end }, head: h });
      }
    }
    // "đồng hành cùng doanh nghiệp", "tại doanh nghiệp": a counterpart or a place, not who is governed.
    for (const { hit, head } of found) {
      if (overlapsAny(head, skip) || isCounterpart(v, start, hit.start)) continue;
      out.push({ ...hit, category: g.category, weight: g.weight, certifies: g.certifies });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
