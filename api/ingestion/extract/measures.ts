import type { ClauseSpan } from '../document';
import { citeTrimmed } from './citation';
import type { AgencyMention, Deadline, Measure } from './facts';
import type { InstructionSpan } from './instructions';
import type { CategoryEntry, Lexicons } from './lexicons';
import { PhraseMatcher, type Hit, type TextView } from './patterns';
import { cueHits, cueSets, strengthOf } from './strength';

// One measure per instruction. Category: the taxonomy entry whose keywords weigh most in the instruction
// (each distinct keyword counts once, with its weight; overlapping hits count the longest), ties going to the keyword met first; the others
// that scored are otherCategories. No keyword: the fallback (GENERAL_PREPAREDNESS). The OxCGRT code is the
// category's, unless a matched keyword carries its own heavier than the category's own keywords
// ("sự kiện" -> C3 within GATHERINGS, "mã QR" -> H3 within DIGITAL_TOOLS). Keywords after a subordinate
// marker ("nhất là", "để", "đối với") weigh less: they state the purpose or a condition, not the order;
// keywords in parentheses, in agency names or in quoted known slogans do not count. An instruction that
// names three or more domains equally is GENERAL_PREPAREDNESS, with the domains as otherCategories.

interface CompiledCategory {
  entry: CategoryEntry;
  keywords: { m: PhraseMatcher; weight: number; oxcgrt: string | null }[];
}

const cache = new WeakMap<Lexicons, CompiledCategory[]>();

function compiled(lex: Lexicons): CompiledCategory[] {
  let c = cache.get(lex);
  if (!c) {
    c = lex.categories.categories.map((entry) => ({
      entry,
      keywords: entry.keywords.map((k) => ({ m: new PhraseMatcher([k.text]), weight: k.weight, oxcgrt: k.oxcgrt })),
    }));
    cache.set(lex, c);
  }
  return c;
}

export interface Categorisation {
  category: string;
  otherCategories: string[];
  oxcgrtCode: string | null;
}

export function categorise(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[] = []): Categorisation {
  const cats = compiled(lex);
  // Keywords after "nhất là", "để", "đối với"... describe conditions or purposes: they weigh less.
  const sub = subordinate(lex).all(v, start, end)[0];
  const subStart = sub ? sub.start : end;
  // Words in parentheses are examples or asides ("(khu vực đô thị, ..., biên giới, hải đảo)").
  const asides = parentheses(v.text, start, end);
  const scored: { code: string; score: number; first: number; oxcgrt: string | null; order: number }[] = [];
  cats.forEach((cat, order) => {
    // Longest keyword hits first, without overlaps: "tiêm chủng" is not also "tiêm".
    // (Plain loops: this runs for every keyword of every category in every instruction.)
    const hits: (Hit & { ki: number })[] = [];
    cat.keywords.forEach((k, ki) => {
      for (const h of k.m.all(v, start, end)) if (!overlapsAny(h, skip) && !overlapsAny(h, asides)) hits.push({ ...h, ki });
    });
    if (hits.length === 0) return;
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof hits = [];
    for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
    const firstByKeyword = new Map<number, number>();
    for (const h of kept) firstByKeyword.set(h.ki, Math.min(firstByKeyword.get(h.ki) ?? Infinity, h.start));
    let score = 0;
    let first = Infinity;
    let ownWeight = 0;
    let override: { weight: number; code: string } | null = null;
    for (const [ki, at] of firstByKeyword) {
      const k = cat.keywords[ki];
      const weight = k.weight * (at >= subStart ? lex.categories.subordinateWeight : 1);
      score += weight;
      first = Math.min(first, at);
      if (k.oxcgrt) {
        if (!override || weight > override.weight) override = { weight, code: k.oxcgrt };
      } else ownWeight = Math.max(ownWeight, weight);
    }
    if (score > 0) {
      const oxcgrt = override && override.weight > ownWeight ? override.code : cat.entry.oxcgrt;
      scored.push({ code: cat.entry.code, score, first, oxcgrt, order });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.first - b.first || a.order - b.order);
  const fallbackCode = lex.categories.fallback;
  const fallback = { category: fallbackCode, oxcgrtCode: lex.categories.categories.find((c) => c.code === fallbackCode)?.oxcgrt ?? null };
  // The fallback's own keywords ("phương án", "sẵn sàng") only decide when nothing else scores.
  const specific = scored.filter((s) => s.code !== fallbackCode);
  if (specific.length === 0) return { ...fallback, otherCategories: [] };
  // Three or more domains named equally ("phòng ngừa, xét nghiệm, tiêm chủng và điều trị"): general.
  const tied = specific.filter((s) => s.score === specific[0].score);
  if (tied.length >= 3) return { ...fallback, otherCategories: specific.map((s) => s.code) };
  const best = specific[0];
  return { category: best.code, otherCategories: specific.slice(1).map((s) => s.code), oxcgrtCode: best.oxcgrt };
}

function overlapsAny(h: Hit, spans: Hit[]): boolean {
  for (const s of spans) if (h.start < s.end && s.start < h.end) return true;
  return false;
}

/** Spans inside parentheses within [start, end). */
function parentheses(text: string, start: number, end: number): Hit[] {
  const out: Hit[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    if (text[i] === '(' && open < 0) open = i;
    else if (text[i] === ')' && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

const subordinateCache = new WeakMap<Lexicons, PhraseMatcher>();

function subordinate(lex: Lexicons): PhraseMatcher {
  let re = subordinateCache.get(lex);
  if (!re) {
    re = new PhraseMatcher(lex.categories.subordinateMarkers);
    subordinateCache.set(lex, re);
  }
  return re;
}

/** Agencies named as the instruction's subject: before its first action verb, after its last delegation. */
export function subjectAgencies(v: TextView, span: Hit, agencies: AgencyMention[], lex: Lexicons): AgencyMention[] {
  const { text, folded } = v;
  const c = cueSets(lex);
  const inside = agencies.filter((a) => a.citation.start >= span.start && a.citation.end <= span.end);
  const skip = inside.map((a) => ({ start: a.citation.start, end: a.citation.end }));
  const delegations = cueHits(c.delegation, v, span.start, span.end, skip);
  const actions = cueHits(c.actions, v, span.start, span.end, skip).filter((h) => !delegations.some((d) => d.start === h.start));
  const zoneEnd = actions.length > 0 ? actions[0].start : span.end;
  const cuts = delegations.filter((d) => d.start < zoneEnd).map((d) => d.end);
  // "của Chính phủ, Ban Chỉ đạo Quốc gia", "với Sở Y tế", "(Cơ quan Thường trực ...)": not the ones who act.
  // A list continues its preposition: an agency right after an excluded one (", " or "và") is excluded too.
  const candidates: AgencyMention[] = [];
  let previousExcluded: AgencyMention | null = null;
  for (const a of inside) {
    if (a.citation.start >= zoneEnd) break;
    const lead = folded.slice(Math.max(0, a.citation.start - 6), a.citation.start);
    const continuesList = previousExcluded !== null && /^[\s\u00a0]*(?:,|va)[\s\u00a0]*$/u.test(folded.slice(previousExcluded.citation.end, a.citation.start));
    const before = text.slice(span.start, a.citation.start);
    const inParentheses = (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
    if (/(?:cua|theo|voi|tai|tu|dien)[\s\u00a0]+$/u.test(lead) || continuesList || inParentheses) {
      previousExcluded = a;
      continue;
    }
    previousExcluded = null;
    candidates.push(a);
  }
  // Assignees are the agencies after the last delegation verb that has any; failing that, the delegators.
  const groups: AgencyMention[][] = [];
  let boundaries = [span.start, ...cuts];
  boundaries = [...new Set(boundaries)].sort((a, b) => a - b);
  boundaries.forEach((from, i) => {
    const to = i + 1 < boundaries.length ? boundaries[i + 1] : zoneEnd;
    groups.push(candidates.filter((a) => a.citation.start >= from && a.citation.start < to));
  });
  const chosen = [...groups].reverse().find((g) => g.length > 0) ?? [];
  const seen = new Set<string>();
  return chosen.filter((a) => !seen.has(a.canonicalName) && seen.add(a.canonicalName));
}

export interface MeasureInput {
  instructions: InstructionSpan[];
  clauses: ClauseSpan[];
  agencies: AgencyMention[];
  deadlines: Deadline[];
  /** Quoted known slogans: their words name a slogan, not what the instruction is about. */
  quotedSlogans: Hit[];
}

export function buildMeasures(v: TextView, input: MeasureInput, lex: Lexicons): Measure[] {
  const { text } = v;
  const skipAll = input.agencies.map((a) => ({ start: a.citation.start, end: a.citation.end }));
  const subjects = new Map<number, AgencyMention[]>();
  const parentOf = new Map(input.clauses.map((c) => [c.ordinal, c.parentOrdinal]));
  const inherited = (ordinal: number | null): AgencyMention[] => {
    for (let o = ordinal; o !== null && o !== undefined; o = parentOf.get(o) ?? null) {
      const s = subjects.get(o);
      if (s && s.length > 0) return s;
    }
    return [];
  };
  const out: Measure[] = [];
  for (const ins of input.instructions) {
    const own = subjectAgencies(v, ins, input.agencies, lex);
    if (own.length > 0) subjects.set(ins.clauseOrdinal, own);
    if (ins.leadIn) continue;
    const agencies = own.length > 0 ? own : inherited(ins.clauseOrdinal);
    const skip = skipAll.filter((s) => s.start >= ins.start && s.end <= ins.end);
    out.push({
      // Agency names ("Sở Thông tin và Truyền thông") and quoted slogans are not the instruction's topic.
      ...categorise(v, ins.start, ins.end, lex, [...skip, ...input.quotedSlogans]),
      strength: strengthOf(v, ins.start, ins.end, lex, skip),
      agencies,
      deadline: input.deadlines.find((d) => d.citation.start >= ins.start && d.citation.end <= ins.end) ?? null,
      clauseOrdinal: ins.clauseOrdinal,
      citation: citeTrimmed(text, ins.start, ins.end, ins.leadIn ? 'measure.lead-in' : 'measure.instruction'),
    });
  }
  return out;
}
