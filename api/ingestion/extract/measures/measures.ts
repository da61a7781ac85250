import { citeTrimmed } from '../citation';
import type { AgencyMention, Measure, Strength, Target } from '../../../domain/facts';
import type { Reading } from '../../reading';
import type { FoundFacts } from '../found';
import type { Lexicons } from '../../lexicons';
import { PhraseMatcher, view, type Hit, type TextView } from '../../phrases/patterns';
import { categorise, categoriseSpans, type TopicHint } from './categorise';
import type { InstructionSpan } from './instructions';
import { directionOf } from './direction';
import { isCounterpart } from './spans';
import { opensWithSanction } from './keyword-weights';
import { cueHits, cueSets, strengthOf } from './strength';
import { isClosingFormula, isRoleOnly, lastRequest, namesOnly, namesOnlyWithTitles } from './non-orders';
import { endsWithColon } from '../../segment/lines';
import { preambleLastLine } from './body-clauses';
import { leadingMarkerLength } from '../../segment/markers';

// One measure per instruction (instructions.ts), with its category (categorise.ts), how binding it is
// (strength.ts), whether it tightens or eases (direction.ts), the agencies that act and its deadline.

/** Agencies named as the instruction's subject: before its first action verb, after its last delegation. */
export function subjectAgencies(v: TextView, span: Hit, agencies: AgencyMention[], lex: Lexicons): AgencyMention[] {
  const { text, folded } = v;
  const c = cueSets(lex, v);
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
    // "1. Đối với Sở Y tế: Tổ chức ...": "đối với" opening the part names whom it is for, no counterpart.
    const opening = span.start + leadingMarkerLength(text.slice(span.start, Math.min(a.citation.start, span.start + 12)));
    const addressed = /^[\s\u00a0]*doi[\s\u00a0]+voi[\s\u00a0]+$/u.test(folded.slice(opening, a.citation.start));
    if ((/(?:cua|theo|voi|tai|tu|dien)[\s\u00a0]+$/u.test(lead) && !addressed) || continuesList || inParentheses) {
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

/** The category each topical metric and each body made for one task names, per lexicon. */
interface Topics {
  metrics: Map<string, string>;
  bodies: Map<string, string>;
}

const topicsCache = new WeakMap<Lexicons, Topics>();

function topicsOf(lex: Lexicons): Topics {
  let t = topicsCache.get(lex);
  if (!t) {
    t = {
      metrics: new Map(lex.metrics.metrics.filter((m) => m.namesTopic).map((m) => [m.code, m.category])),
      bodies: new Map(lex.agencies.agencies.flatMap((a) => (a.topic ? [[a.canonical, a.topic] as [string, string]] : []))),
    };
    topicsCache.set(lex, t);
  }
  return t;
}

/**
 * What names the instruction's topic besides its keywords: the figures it orders whose metric names one (a
 * figure of no known metric names none), and the bodies made for one task it names other than its subjects.
 */
function topicHints(v: TextView, targets: Target[], agencies: AgencyMention[], subjects: AgencyMention[], span: Hit, lex: Lexicons): TopicHint[] {
  const topics = topicsOf(lex);
  const out: TopicHint[] = [];
  const inside = (c: { start: number; end: number }) => c.start >= span.start && c.end <= span.end;
  // A share before joined actions gives a target for each; the first action it reads names the topic.
  const figures = new Set<number>();
  for (const t of targets) {
    if (figures.has(t.citation.start)) continue;
    figures.add(t.citation.start);
    const category = inside(t.citation) ? topics.metrics.get(t.metric) : undefined;
    if (category) out.push({ category, at: t.citation.start, weight: lex.categories.figureWeight });
  }
  // Only as the object of the order ("Kiện toàn Tổ COVID cộng đồng"): as its subject the body does whatever
  // the order says ("Tổ COVID cộng đồng nắm chắc người đi, về"), and after "với", "của" it is a counterpart.
  const names = agencies.filter((a) => inside(a.citation)).map((a) => ({ start: a.citation.start, end: a.citation.end }));
  const firstAction = cueHits(cueSets(lex, v).actions, v, span.start, span.end, names)[0];
  const acting = new Set(subjects.map((a) => a.citation.start));
  for (const a of agencies) {
    const topic = inside(a.citation) ? topics.bodies.get(a.canonicalName) : undefined;
    if (!topic || !firstAction || a.citation.start < firstAction.end || acting.has(a.citation.start)) continue;
    if (isCounterpart(v, span.start, a.citation.start)) continue;
    out.push({ category: topic, at: a.citation.start, weight: lex.categories.bodyTopicWeight });
  }
  return out;
}

/**
 * The task of the body the instruction is given to, where that body has one whatever it is told: "Báo tỉnh,
 * Đài Phát thanh và Truyền hình tỉnh mở chuyên mục hỏi đáp về tiêm vắc xin" informs.
 */
function subjectHints(subjects: AgencyMention[], at: number, lex: Lexicons): TopicHint[] {
  if (subjects.length === 0) return [];
  const names = subjects.map((a) => view(a.canonicalName));
  return compiledSubjectTopics(lex)
    .filter((t) => names.some((name) => t.names.startAt(name, 0) >= 0))
    .map((t) => ({ category: t.category, at, weight: t.weight }));
}

const subjectTopicsCache = new WeakMap<Lexicons, { category: string; weight: number; names: PhraseMatcher }[]>();

/**
 * The lexicon's subject topics with their names compiled once, as phrases: a name of one syllable keeps its marks,
 * so the press ("Báo") is no social insurance body ("Bảo hiểm xã hội").
 */
function compiledSubjectTopics(lex: Lexicons): { category: string; weight: number; names: PhraseMatcher }[] {
  let compiled = subjectTopicsCache.get(lex);
  if (!compiled) {
    compiled = lex.categories.subjectTopics.map((t) => ({ category: t.category, weight: t.weight, names: new PhraseMatcher(t.names) }));
    subjectTopicsCache.set(lex, compiled);
  }
  return compiled;
}

/**
 * The topic of the section heading an instruction sits under ("3. Điều trị" / "Bệnh viện Đa khoa tỉnh bố trí
 * ..."), weighing headingWeight: it tips an instruction whose own words are weak or split.
 */
function headingHint(v: TextView, ins: InstructionSpan, lex: Lexicons, known: Map<number, TopicHint[]>): TopicHint[] {
  const heading = ins.heading;
  if (!heading || lex.categories.headingWeight <= 0) return [];
  let hints = known.get(heading.start);
  if (!hints) {
    const topic = categorise(v, heading.start, heading.end, lex, [], { label: true });
    hints = topic.score >= 1 && topic.category !== lex.categories.fallback ? [{ category: topic.category, at: heading.start, weight: lex.categories.headingWeight }] : [];
    known.set(heading.start, hints);
  }
  return hints;
}

/**
 * The body of a part that only gave it its role or carries the text out, right before the instruction in its clause
 * and closed by ";" ("Sở Y tế chủ trì triển khai Kế hoạch; chủ động điều phối người bệnh giữa các tầng"): no
 * measure of its own, it still says who does the parts after it.
 */
function roleSubject(v: TextView, ins: InstructionSpan, clauseStart: number | null, agencies: AgencyMention[], lex: Lexicons): AgencyMention[] {
  if (clauseStart === null) return [];
  const from = clauseStart + leadingMarkerLength(v.text.slice(clauseStart, Math.min(ins.start, clauseStart + 12)));
  const before = v.text.slice(from, ins.start);
  const close = /;[\s\u00a0]*$/u.exec(before);
  if (!close) return [];
  const end = from + close.index;
  const part = { start: Math.max(from, v.text.lastIndexOf(';', end - 1) + 1), end };
  const names = agencies.filter((a) => a.citation.start >= part.start && a.citation.end <= part.end).map((a) => a.citation);
  return isRoleOnly(v, part, lex, names) || isClosingFormula(v, part, lex, names) ? subjectAgencies(v, part, agencies, lex) : [];
}

/** One measure per instruction that is not a lead-in; clause ordinals only where the text is numbered. */
/**
 * The bodies a heading or label of nothing but their names gives the tasks under it ("1. Sở Y tế:" / "- Hướng dẫn
 * quy trình ...", "II. CÔNG AN TỈNH"): the standard layout of a plan's "Tổ chức thực hiện".
 */
function headingBodies(v: TextView, ins: InstructionSpan, agencies: AgencyMention[], lex: Lexicons): AgencyMention[] {
  const heading = ins.heading;
  if (!heading) return [];
  const named = agencies.filter((a) => a.citation.start >= heading.start && a.citation.end <= heading.end);
  const end = heading.start + v.text.slice(heading.start, heading.end).replace(/[\s\u00a0:*_]+$/u, '').length;
  // A heading may name the body by who heads it ("1. Chủ tịch UBND huyện Phú Bình:"): the body acts.
  return named.length > 0 && namesOnlyWithTitles(v, { start: heading.start, end }, named.map((a) => a.citation), lex) ? named : [];
}

/** The lead-in's verb says how binding its items are, unless an item forbids in its own words ("UBND tỉnh yêu cầu:" / "1. Người dân không tập thể dục ngoài trời."). */
function itemStrength(v: TextView, ins: Hit, verb: Hit, lex: Lexicons, inside: (span: Hit) => Hit[]): Strength {
  const led = strengthOf(v, verb.start, verb.end, lex, inside(verb));
  return verb !== ins && strengthOf(v, ins.start, ins.end, lex, inside(ins)) === 'FORBIDDEN' ? 'FORBIDDEN' : led;
}

/**
 * The bodies the preamble's lead-in asks, named after its request ("UBND tỉnh yêu cầu Sở Y tế thực hiện các nội
 * dung sau:"): the numbered items below it that name no body of their own are theirs. "Chủ tịch UBND tỉnh yêu cầu:"
 * names none, and the body that asks, before its request, is not meant.
 */
function preambleAddressees(reading: Reading, agencies: AgencyMention[]): { agencies: AgencyMention[]; end: number } {
  const line = preambleLastLine(reading);
  if (!line || !endsWithColon(line.text)) return { agencies: [], end: 0 };
  const names = agencies.map((a) => ({ start: a.citation.start, end: a.citation.end }));
  const request = lastRequest(reading, line, reading.lex, names);
  if (!request) return { agencies: [], end: line.end };
  // Only names stand between the request and the verb that hands the items on ("... yêu cầu Sở Y tế, Công an tỉnh
  // thực hiện ..."); "... yêu cầu thủ trưởng các sở, ngành, Chủ tịch UBND các huyện thực hiện ..." also asks bodies
  // no name stands for, and the items are not those named alone.
  const verb = cueHits(cueSets(reading.lex, reading).actions, reading, request.end, line.end, names)[0];
  const addressed = { start: request.end, end: verb ? verb.start : line.end - 1 };
  const asked = agencies.filter((a) => a.citation.start >= addressed.start && a.citation.end <= addressed.end);
  return { agencies: asked.length > 0 && namesOnly(reading, addressed, asked.map((a) => a.citation)) ? asked : [], end: line.end };
}

export function buildMeasures(reading: Reading, found: FoundFacts): Measure[] {
  const v = reading;
  const { text, lex } = reading;
  // Quoted known slogans: their words name a slogan, not what the instruction is about.
  const quotedSlogans = found.slogans
    .filter((s) => s.reviewed)
    .flatMap((s) => s.mentions.filter((m) => m.quoted).map((m) => ({ start: m.citation.start, end: m.citation.end })));
  const input = { instructions: found.instructions, clauses: reading.clauses, agencies: found.agencies, deadlines: found.deadlines, quotedSlogans };
  const skipAll = input.agencies.map((a) => ({ start: a.citation.start, end: a.citation.end }));
  const subjects = new Map<number, AgencyMention[]>();
  const parentOf = new Map(input.clauses.map((c) => [c.ordinal, c.parentOrdinal]));
  const clauseStart = new Map(input.clauses.map((c) => [c.ordinal, c.start]));
  const inherited = (ordinal: number | null): AgencyMention[] => {
    for (let o = ordinal; o !== null && o !== undefined; o = parentOf.get(o) ?? null) {
      const s = subjects.get(o);
      if (s && s.length > 0) return s;
    }
    return [];
  };
  const out: Measure[] = [];
  const headingTopics = new Map<number, TopicHint[]>();
  const asked = preambleAddressees(reading, input.agencies);
  for (const ins of input.instructions) {
    const own = subjectAgencies(v, ins, input.agencies, lex);
    if (own.length > 0) subjects.set(ins.clauseOrdinal, own);
    if (ins.leadIn && !ins.ordersItself) continue;
    let fromAbove = own.length > 0 ? [] : inherited(ins.clauseOrdinal);
    if (own.length === 0 && fromAbove.length === 0) {
      fromAbove = roleSubject(v, ins, clauseStart.get(ins.clauseOrdinal) ?? null, input.agencies, lex);
      if (fromAbove.length > 0) subjects.set(ins.clauseOrdinal, fromAbove);
    }
    const fromHeading = own.length > 0 || fromAbove.length > 0 ? [] : headingBodies(v, ins, input.agencies, lex);
    const fromLead = ins.clauseOrdinal >= 0 && ins.start >= asked.end ? asked.agencies : [];
    const agencies = own.length > 0 ? own : fromAbove.length > 0 ? fromAbove : fromHeading.length > 0 ? fromHeading : fromLead;
    // An item without a verb under a lead-in is read with the lead-in, whose verb says how binding it is and
    // which way it goes ("Tạm dừng các hoạt động sau:" / "a) Karaoke, vũ trường, quán bar;").
    const ctx = ins.context;
    const verb = ctx ?? ins;
    const inside = (span: Hit) => skipAll.filter((s) => s.start >= span.start && s.end <= span.end);
    // A table cell ("Không quá 50% công suất") is about what its row's label names ("Nhà hàng, quán ăn"); its
    // own words still say how binding it is.
    const read = ctx ? [ctx, ins] : ins.rowLabel ? [ins.rowLabel, ins] : [ins];
    const skip = read.flatMap(inside);
    // Agency names ("Sở Thông tin và Truyền thông") and quoted slogans are not the instruction's topic.
    const enforces = opensWithSanction(v, ins.start, ins.end, lex);
    const hints = [...topicHints(v, found.targets, input.agencies, own, ins, lex), ...headingHint(v, ins, lex, headingTopics), ...(enforces ? [] : subjectHints(agencies, ins.start, lex))];
    // An order to follow a slogan of one topic and nothing else ("thực hiện nghiêm “ai ở đâu ở yên đó”", "“3 tại
    // chỗ”") is about that topic; one that spans several ("5K + vắc xin", "phát hiện sớm, cách ly nhanh,
    // khoanh vùng gọn") is the general strategy.
    const withoutSlogans = categoriseSpans(v, read, lex, [...skip, ...input.quotedSlogans], hints);
    const withSlogans = withoutSlogans.score === 0 && hints.length === 0 ? categoriseSpans(v, read, lex, skip) : null;
    const { category, otherCategories, oxcgrtCode } = withSlogans && withSlogans.otherCategories.length === 0 ? withSlogans : withoutSlogans;
    out.push({
      category,
      otherCategories,
      oxcgrtCode,
      strength: itemStrength(v, ins, verb, lex, inside),
      direction: directionOf(v, verb.start, verb.end, lex, [...inside(verb), ...input.quotedSlogans]),
      agencies,
      deadline: input.deadlines.find((d) => d.citation.start >= ins.start && d.citation.end <= ins.end) ?? null,
      period: null,
      // Articles and paragraphs read outside the numbered clauses have no ordinal of their own.
      clauseOrdinal: ins.clauseOrdinal >= 0 ? ins.clauseOrdinal : null,
      citation: citeTrimmed(text, ins.start, ins.end, ins.leadIn ? 'measure.lead-in' : 'measure.instruction'),
    });
  }
  return out;
}
