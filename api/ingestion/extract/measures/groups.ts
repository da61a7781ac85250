import { fold } from '../../../text/fold';
import type { Lexicons } from '../../lexicons';
import { expandVariant } from '../../lexicons/variants';
import { PhraseMatcher, type Hit, type TextView } from '../../phrases/patterns';
import { isCounterpart, overlapsAny } from './spans';

// Who an instruction governs, where the group names the activity (seeds/lexicons/categories.json "groups"):
// "yêu cầu khai báo y tế đối với hành khách trên xe khách liên tỉnh" controls travel, the declaration is only
// its formality. A phrase with "…" is a head and a tail a few words apart ("người từ … về" reads "người từ
// tỉnh Hải Dương về"), within one clause.

/** Most characters between a head and its tail: a place name of a few words. */
const MAX_GAP = 48;
/** A clause ends between head and tail: "người từ" and a "về" of the next clause are no traveller. */
const CLAUSE_END = /[.;:!?\n]/;
/** "người từ 18 tuổi trở lên", "doanh nghiệp có từ 300 lao động": a number after the head is an age or a size. */
const NUMBER_NEXT = /^\s*\d/;

export interface GroupHit extends Hit {
  category: string;
  weight: number;
}

interface CompiledGroup {
  category: string;
  weight: number;
  whole: PhraseMatcher | null;
  /** The tail twice: as written, and folded for a text that lost its marks ("ve" for "về"). */
  gapped: { head: PhraseMatcher; tail: PhraseMatcher; foldedTail: PhraseMatcher }[];
}

const cache = new WeakMap<Lexicons, CompiledGroup[]>();

function compiled(lex: Lexicons): CompiledGroup[] {
  let c = cache.get(lex);
  if (!c) {
    c = lex.categories.groups.map((g) => {
      const whole = g.phrases.filter((p) => !p.includes('…')).flatMap(expandVariant);
      const gapped = g.phrases
        .filter((p) => p.includes('…'))
        .map((p) => {
          const [head, tail] = p.split('…');
          const tails = expandVariant(tail.trim());
          return { head: new PhraseMatcher(expandVariant(head.trim())), tail: new PhraseMatcher(tails), foldedTail: new PhraseMatcher([...tails, ...tails.map((t) => fold(t))]) };
        });
      return { category: g.category, weight: g.weight, whole: whole.length > 0 ? new PhraseMatcher(whole) : null, gapped };
    });
    cache.set(lex, c);
  }
  return c;
}

/** The groups named in [start, end), outside `skip` (agency names: "Hiệp hội Doanh nghiệp" governs nobody). */
export function groupHits(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[]): GroupHit[] {
  const out: GroupHit[] = [];
  for (const g of compiled(lex)) {
    const found: Hit[] = g.whole ? g.whole.all(v, start, end) : [];
    for (const { head, tail: marked, foldedTail } of g.gapped) {
      const tail = v.lower === v.folded ? foldedTail : marked;
      for (const h of head.all(v, start, end)) {
        if (NUMBER_NEXT.test(v.text.slice(h.end, h.end + 4))) continue;
        const t = tail.all(v, h.end, Math.min(end, h.end + MAX_GAP + 12)).find((x) => x.start - h.end <= MAX_GAP);
        if (t && !CLAUSE_END.test(v.text.slice(h.end, t.start))) found.push({ start: h.start, end: t.end });
      }
    }
    // "đồng hành cùng doanh nghiệp", "tại doanh nghiệp": a counterpart or a place, not who is governed.
    for (const h of found) if (!overlapsAny(h, skip) && !isCounterpart(v, start, h.start)) out.push({ ...h, category: g.category, weight: g.weight });
  }
  return out.sort((a, b) => a.start - b.start);
}
