import type { CategoryEntry, Lexicons } from '../../lexicons';
import { PhraseMatcher, lacksMarks, startsOf, withUnmarkedSingles, type Hit, type StartLiteral, type TextView } from '../../phrases/patterns';
import { exactHits } from '../exact';
import { signHits, type SignHit } from './signs';
import { keywordWeights } from './keyword-weights';
import { overlapsAny, parentheses } from './spans';
import { partitionPoint } from '../../../text/sorted';
import { NAME_WORD } from '../../../text/name-word';

// The category of an instruction: the taxonomy entry (seeds/lexicons/categories.json) whose keywords weigh
// most in it. Each distinct keyword counts once, with its weight; where keywords of any categories overlap
// the longest counts ("vùng cách ly y tế" is a lockdown, not also "cách ly"). Ties go to the keyword met
// first; a keyword inside a longer sign of another topic is a word of the sign. Keywords in a condition, a
// purpose, a relative clause or a list of places weigh less or nothing (keyword-weights.ts). No keyword, or
// the fallback's own weighing most: the fallback (GENERAL_PREPAREDNESS).
// The OxCGRT code is the category's, unless a matched keyword carries its own heavier than the category's
// own keywords ("sự kiện" -> C3 within GATHERINGS, "mã QR" -> H3 within DIGITAL_TOOLS). An instruction that names three or more domains equally
// is GENERAL_PREPAREDNESS, with the domains as otherCategories.

interface CompiledCategory {
  entry: CategoryEntry;
  keywords: { m: PhraseMatcher; text: string; weight: number; oxcgrt: string | null; exact: boolean }[];
}

const caches = { marked: new WeakMap<Lexicons, CompiledCategory[]>(), unmarked: new WeakMap<Lexicons, CompiledCategory[]>() };

/** The taxonomy's matchers; for a text that lost its marks, one-syllable keywords match without them too ("tiem"). */
function compiled(lex: Lexicons, unmarked = false): CompiledCategory[] {
  const cache = unmarked ? caches.unmarked : caches.marked;
  let c = cache.get(lex);
  if (!c) {
    const phrases = (text: string) => (unmarked ? withUnmarkedSingles([text], lex.unmarked.collisions) : [text]);
    c = lex.categories.categories.map((entry) => ({
      entry,
      keywords: entry.keywords.map((k) => ({ m: new PhraseMatcher(phrases(k.text)), text: k.text, weight: k.weight, oxcgrt: k.oxcgrt, exact: k.exact })),
    }));
    cache.set(lex, c);
  }
  return c;
}

const certificateCache = new WeakMap<Lexicons, { m: PhraseMatcher; categories: Set<string>; periodic: PhraseMatcher }>();

/**
 * "người tham dự phải tiêm đủ 02 mũi vắc xin hoặc có kết quả xét nghiệm âm tính trong vòng 72 giờ": a
 * certificate conditions an activity. Beside one, testing and vaccination words describe it and weigh
 * certificateWeight; the certificate's own words (keywords of the arrivals' category) count only when no other
 * category names the activity ("Người đến tỉnh phải có giấy xét nghiệm âm tính" is about arriving, "Học sinh
 * phải có kết quả xét nghiệm âm tính trước khi đến trường" about school): from MIN_ACTIVITY on.
 */
const MIN_ACTIVITY = 1;

function certificateLexicon(lex: Lexicons): { m: PhraseMatcher; categories: Set<string>; periodic: PhraseMatcher } {
  let c = certificateCache.get(lex);
  if (!c) {
    c = { m: new PhraseMatcher(lex.categories.certificates), categories: new Set(lex.categories.certificateCategories), periodic: new PhraseMatcher(lex.categories.periodicMarkers) };
    certificateCache.set(lex, c);
  }
  return c;
}

function certificates(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[]): { spans: Hit[] } {
  return { spans: certificateLexicon(lex).m.all(v, start, end).filter((h) => !overlapsAny(h, skip)) };
}

const certificateCategories = (lex: Lexicons) => certificateLexicon(lex).categories;

const neutralCache = new WeakMap<Lexicons, PhraseMatcher>();

function neutral(lex: Lexicons): PhraseMatcher {
  let m = neutralCache.get(lex);
  if (!m) {
    m = new PhraseMatcher(lex.categories.neutralPhrases);
    neutralCache.set(lex, m);
  }
  return m;
}

const placeUnitCache = new WeakMap<Lexicons, PhraseMatcher>();
/** The capitalised words after a place's unit word (up to four). */
const NAME_AFTER_UNIT = new RegExp(`^[ \\u00a0]+${NAME_WORD}(?:[ \\u00a0]+${NAME_WORD}){0,3}(?![\\p{L}\\p{N}])`, 'u');

/**
 * The names of places in [start, end): "xã Bảo Đài", "huyện Chợ Mới", "khu phố Nhà Thờ". A name's words are a
 * place's, not the order's topic (a radio station, a market, a church).
 */
function placeNames(v: TextView, start: number, end: number, lex: Lexicons): Hit[] {
  let m = placeUnitCache.get(lex);
  if (!m) {
    m = new PhraseMatcher(lex.categories.placeUnits);
    placeUnitCache.set(lex, m);
  }
  const out: Hit[] = [];
  for (const unit of m.all(v, start, end)) {
    const name = NAME_AFTER_UNIT.exec(v.text.slice(unit.end, end));
    // A name has lower-case letters: in a text set in capitals ("XÓM Ở YÊN TẠI NHÀ") a capital is no name's.
    if (name && /\p{Ll}/u.test(name[0])) out.push({ start: unit.end, end: unit.end + name[0].length });
  }
  return out;
}

export interface Categorisation {
  category: string;
  otherCategories: string[];
  oxcgrtCode: string | null;
  /** The winning category's score (0 for the fallback): a weak score leaves room for the context's topic. */
  score: number;
  /** Whether any keyword counted, the fallback's included ("chịu trách nhiệm trước ..."): the part names a topic. */
  topical: boolean;
}

/**
 * A sign of the instruction's topic that is no keyword, weighing like one: a figure it orders with the category
 * of what it counts ("không quá 20 người" is a gathering size), a body made for one task that it names
 * ("Kiện toàn Tổ COVID cộng đồng" is about tracing), the heading of its section ("1. Công tác xét nghiệm").
 */
export interface TopicHint {
  category: string;
  at: number;
  weight: number;
}

interface KeywordHit extends Hit {
  cat: number;
  ki: number;
}

type CompiledKeyword = CompiledCategory['keywords'][number];
type KeywordRef = { k: CompiledKeyword; ci: number; ki: number };

/** Every keyword of the taxonomy, by the literals its matches start with (keywords share many: "cach ly", "phong"). */
interface KeywordIndex {
  keywords: KeywordRef[];
  /** Each distinct first literal, and the indexes in `keywords` of those starting with it. */
  byLiteral: { literal: StartLiteral; keywords: number[] }[];
}

const indexCaches = { marked: new WeakMap<Lexicons, KeywordIndex>(), unmarked: new WeakMap<Lexicons, KeywordIndex>() };

/** The index of the matchers compiled(lex, unmarked) gives. */
function keywordIndex(lex: Lexicons, unmarked: boolean): KeywordIndex {
  const indexCache = unmarked ? indexCaches.unmarked : indexCaches.marked;
  let index = indexCache.get(lex);
  if (!index) {
    const keywords = compiled(lex, unmarked).flatMap((cat, ci) => cat.keywords.map((k, ki) => ({ k, ci, ki })));
    const byKey = new Map<string, { literal: StartLiteral; keywords: number[] }>();
    keywords.forEach(({ k }, i) => {
      for (const literal of k.m.startLiterals()) {
        const key = `${literal.lower ? 'lower' : 'folded'}\n${literal.literal.key}`;
        const group = byKey.get(key);
        if (group) group.keywords.push(i);
        else byKey.set(key, { literal, keywords: [i] });
      }
    });
    index = { keywords, byLiteral: [...byKey.values()] };
    indexCache.set(lex, index);
  }
  return index;
}

/** Every keyword of the taxonomy, and where in one document a match of each could start. */
interface KeywordStarts {
  keywords: KeywordRef[];
  /** position * keywords.length + keyword index, ascending: position first, then taxonomy order. */
  codes: number[];
}

const startsCache = new WeakMap<Lexicons, WeakMap<TextView, KeywordStarts>>();

function keywordStarts(v: TextView, lex: Lexicons): KeywordStarts {
  let byView = startsCache.get(lex);
  if (!byView) startsCache.set(lex, (byView = new WeakMap()));
  let found = byView.get(v);
  if (!found) {
    const { keywords, byLiteral } = keywordIndex(lex, lacksMarks(v));
    const n = keywords.length;
    const codes: number[] = [];
    for (const { literal, keywords: starting } of byLiteral) for (const at of startsOf(v, literal)) for (const i of starting) codes.push(at * n + i);
    found = { keywords, codes: codes.sort((a, b) => a - b) };
    byView.set(v, found);
  }
  return found;
}

/**
 * The keywords that could match in [start, end), in taxonomy order: those whose first word starts there. Of
 * the thousand keywords an instruction holds the first word of a few dozen; only those are searched.
 */
function keywordsBetween(v: TextView, start: number, end: number, lex: Lexicons): KeywordRef[] {
  const { keywords, codes } = keywordStarts(v, lex);
  const n = keywords.length;
  const wanted = new Set<number>();
  for (let i = partitionPoint(codes, (code) => code < start * n); i < codes.length && codes[i] < end * n; i++) wanted.add(codes[i] % n);
  return [...wanted].sort((a, b) => a - b).map((i) => keywords[i]);
}

/**
 * Every keyword hit of every category, the longest kept where hits overlap (equal spans are all kept). `neutrals`:
 * the neutral phrases of [start, end), which hide keywords.
 */
function keywordHits(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[], neutrals: Hit[]): KeywordHit[] {
  const hidden = [...skip, ...parentheses(v.text, start, end), ...neutrals, ...placeNames(v, start, end, lex)];
  // (Plain loops: this runs for every instruction.)
  const hits: KeywordHit[] = [];
  for (const { k, ci, ki } of keywordsBetween(v, start, end, lex)) {
    const found = k.m.all(v, start, end);
    if (found.length === 0) continue;
    for (const h of k.exact ? exactHits(v, found, k.text) : found) if (!overlapsAny(h, hidden)) hits.push({ ...h, cat: ci, ki });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: KeywordHit[] = [];
  for (const h of hits) {
    const clash = kept.some((k) => h.start < k.end && k.start < h.end && !(k.start === h.start && k.end === h.end));
    if (!clash && !kept.some((k) => k.cat === h.cat && k.start === h.start && k.end === h.end)) kept.push(h);
  }
  return kept;
}

type AnyKeyword = { loose: PhraseMatcher; exact: { phrase: string; m: PhraseMatcher }[] };
const anyCaches = { marked: new WeakMap<Lexicons, AnyKeyword>(), unmarked: new WeakMap<Lexicons, AnyKeyword>() };

/**
 * Does [start, end) hold any keyword of any category, the fallback's included? One search for all of them:
 * cheaper than categorise when only the presence of a topic matters ("...; ưu tiên người cao tuổi" has none).
 */
export function namesTopic(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[] = []): boolean {
  const unmarked = lacksMarks(v);
  const anyCache = unmarked ? anyCaches.unmarked : anyCaches.marked;
  let c = anyCache.get(lex);
  if (!c) {
    const keywords = lex.categories.categories.flatMap((cat) => cat.keywords);
    const loose = keywords.filter((k) => !k.exact).map((k) => k.text);
    c = {
      loose: new PhraseMatcher(unmarked ? withUnmarkedSingles(loose, lex.unmarked.collisions) : loose),
      exact: keywords.filter((k) => k.exact).map((k) => ({ phrase: k.text, m: new PhraseMatcher([k.text]) })),
    };
    anyCache.set(lex, c);
  }
  const hidden = [...skip, ...parentheses(v.text, start, end), ...neutral(lex).all(v, start, end), ...placeNames(v, start, end, lex)];
  const visible = (h: Hit) => !overlapsAny(h, hidden);
  return c.loose.all(v, start, end).some(visible) || c.exact.some((e) => exactHits(v, e.m.all(v, start, end), e.phrase).some(visible));
}

/**
 * Signs that are no keyword (who the instruction governs, "hành khách", "người từ … về"; what they must do,
 * "báo ngay cho … Trạm Y tế") name its activity only where its own words are weaker than the sign: "lập danh
 * sách người từ Đà Nẵng về địa bàn" controls travel, while "Người về từ vùng dịch phải khai báo y tế" is the
 * declaration its keywords name. One hint per category, at its first sign.
 */
function signHints(signs: SignHit[], scored: { code: string; score: number }[], fallback: string): TopicHint[] {
  const strongest = Math.max(0, ...scored.filter((s) => s.code !== fallback).map((s) => s.score));
  const kept = signs.filter((g) => g.weight > strongest);
  return kept.filter((g, i) => kept.findIndex((x) => x.category === g.category) === i).map((g) => ({ category: g.category, at: g.start, weight: g.weight }));
}

export function categorise(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[] = [], options: CategoriseOptions = {}): Categorisation {
  return categoriseSpans(v, [{ start, end }], lex, skip, [], options);
}

export interface CategoriseOptions {
  /**
   * The span is a label, not an order: a heading names its topic by what it lists ("Tại nơi làm việc, nhà ăn, ký
   * túc xá"), so no keyword weighs less for where it stands (keyword-weights.ts).
   */
  label?: boolean;
}

/**
 * The category of an instruction written in several pieces: an item under a lead-in that has no verb of its
 * own ("Tạm dừng các hoạt động sau:" / "a) Karaoke, vũ trường, quán bar") is read with the lead-in's words.
 * Keywords are weighed where they stand in their own piece.
 */
export function categoriseSpans(v: TextView, spans: Hit[], lex: Lexicons, skip: Hit[] = [], hints: TopicHint[] = [], options: CategoriseOptions = {}): Categorisation {
  const cats = compiled(lex, lacksMarks(v));
  const pieces = spans.map((span) => {
    const neutrals = neutral(lex).all(v, span.start, span.end);
    const hits = keywordHits(v, span.start, span.end, lex, skip, neutrals);
    // A neutral phrase holds no marker either: "kiểm tra y tế" screens, it does not inspect.
    const unmarked = [...skip, ...neutrals];
    return { span, hits, weightAt: options.label ? () => 1 : keywordWeights(v, span.start, span.end, lex, hits, unmarked) };
  });
  const found = pieces.length === 1 ? pieces[0].hits : pieces.flatMap((p) => p.hits);
  const weightAt = pieces.length === 1 ? pieces[0].weightAt : (h: KeywordHit) => pieces.find((p) => p.hits.includes(h))!.weightAt(h);
  const certified = { spans: spans.flatMap(({ start, end }) => certificates(v, start, end, lex, skip).spans), categories: certificateCategories(lex) };
  // A sign in a purpose or condition ("... để giám sát người từ nơi khác đến") weighs less, like a keyword there.
  const allSigns = pieces.flatMap(({ span, weightAt }) => signHits(v, span.start, span.end, lex, skip).map((g) => ({ ...g, weight: g.weight * weightAt(g, true) })));
  // A group asked for certificates ("100% nhân viên tiêm mũi 3") is a sign only before testing or vaccination
  // words, which then describe its work's condition as beside a certificate; after them it is who is tested or
  // vaccinated ("xét nghiệm toàn bộ công nhân").
  const certificateWords = found.filter((h) => certified.categories.has(cats[h.cat].entry.code));
  const firstCertificateWord = certificateWords.length > 0 ? Math.min(...certificateWords.map((h) => h.start)) : -1;
  const signs = allSigns.filter((g) => !g.certifies || g.start < firstCertificateWord);
  // A keyword inside a longer sign of another topic is a word of the sign: the "cách ly" of "nhà cách ly nhà" is no
  // quarantine. (A sign no longer than the keyword, "doanh nghiệp", leaves it its own topic.)
  const inSign = (h: KeywordHit) => signs.some((g) => g.category !== cats[h.cat].entry.code && g.start <= h.start && h.end <= g.end && g.end - g.start > h.end - h.start && g.weight >= cats[h.cat].keywords[h.ki].weight);
  const hits = found.filter((h) => !inSign(h));
  // A group asked to test "định kỳ 7 ngày/lần" is tested: a regime, not a certificate.
  const periodic = spans.some(({ start, end }) => certificateLexicon(lex).periodic.test(v, start, end));
  const asked = !periodic && signs.some((g) => g.certifies);
  const described = (h: KeywordHit) => (certified.spans.length > 0 || asked) && certified.categories.has(cats[h.cat].entry.code);
  const factorOf = (h: KeywordHit) => weightAt(h) * (described(h) ? lex.categories.certificateWeight : 1);
  // The certificate's own words step back when another category names the activity it conditions.
  const isCertificate = (h: KeywordHit) => overlapsAny(h, certified.spans);
  // Not an activity: the fallback, a formality (a health declaration), the category of arrivals the
  // certificate's own words belong to ("Người đến tỉnh ... tại các chốt").
  const passive = new Set([lex.categories.fallback, ...lex.categories.certificateFormalities, ...hits.filter(isCertificate).map((h) => cats[h.cat].entry.code)]);
  // A word or two of who must comply ("người từ các địa phương đang thực hiện Chỉ thị 16") names no activity.
  const activityWeight = new Map<number, number>();
  for (const h of hits) {
    if (isCertificate(h) || described(h) || passive.has(cats[h.cat].entry.code)) continue;
    activityWeight.set(h.cat, (activityWeight.get(h.cat) ?? 0) + cats[h.cat].keywords[h.ki].weight * factorOf(h));
  }
  const activity = [...activityWeight.values()].some((w) => w >= MIN_ACTIVITY);
  const counted = activity ? hits.filter((h) => !isCertificate(h)) : hits;
  const scored: { code: string; score: number; first: number; oxcgrt: string | null; order: number }[] = [];
  cats.forEach((cat, order) => {
    // Each keyword once, at its heaviest hit.
    const byKeyword = new Map<number, { weight: number; at: number }>();
    for (const h of counted) {
      if (h.cat !== order) continue;
      const weight = cat.keywords[h.ki].weight * factorOf(h);
      const was = byKeyword.get(h.ki);
      if (!was || weight > was.weight) byKeyword.set(h.ki, { weight, at: was ? Math.min(was.at, h.start) : h.start });
    }
    let score = 0;
    let first = Infinity;
    let ownWeight = 0;
    let override: { weight: number; code: string } | null = null;
    for (const [ki, { weight, at }] of byKeyword) {
      if (weight <= 0) continue;
      const k = cat.keywords[ki];
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
  for (const h of [...hints, ...signHints(signs, scored, lex.categories.fallback)]) {
    const order = cats.findIndex((c) => c.entry.code === h.category);
    if (order < 0 || h.weight <= 0) continue;
    const was = scored.find((x) => x.order === order);
    if (was) {
      was.score += h.weight;
      was.first = Math.min(was.first, h.at);
    } else scored.push({ code: h.category, score: h.weight, first: h.at, oxcgrt: cats[order].entry.oxcgrt, order });
  }
  scored.sort((a, b) => b.score - a.score || a.first - b.first || a.order - b.order);
  const fallbackCode = lex.categories.fallback;
  const topical = scored.length > 0;
  const fallback = { category: fallbackCode, oxcgrtCode: lex.categories.categories.find((c) => c.code === fallbackCode)?.oxcgrt ?? null, score: 0, topical };
  // The fallback's own keywords ("phương án", "các biện pháp phòng, chống dịch") decide when nothing else
  // scores, or when they outweigh what does ("tuân thủ các quy định, hướng dẫn phòng, chống dịch và ... như
  // cơ sở y tế, trường học ..." is general compliance; the examples say where).
  const specific = scored.filter((s) => s.code !== fallbackCode);
  const general = scored.find((s) => s.code === fallbackCode);
  if (specific.length === 0 || (general && general.score > specific[0].score)) return { ...fallback, otherCategories: specific.map((s) => s.code) };
  // Three or more domains named equally ("phòng ngừa, xét nghiệm, tiêm chủng và điều trị"): general.
  const tied = specific.filter((s) => s.score === specific[0].score);
  if (tied.length >= 3) return { ...fallback, otherCategories: specific.map((s) => s.code) };
  const best = specific[0];
  return { category: best.code, otherCategories: specific.slice(1).map((s) => s.code), oxcgrtCode: best.oxcgrt, score: best.score, topical };
}
