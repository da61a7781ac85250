import type { Strength } from '../../../domain/facts';
import type { Lexicons } from '../../lexicons';
import { newsTimesSource } from '../../lexicons/strength';
import { PhraseMatcher, lacksMarks, withUnmarkedSingles, type Hit, type TextView } from '../../phrases/patterns';
import { fold } from '../../../text/fold';
import { labelEnd } from './spans';

// How binding an instruction is, from the first modal cue in it (seeds/lexicons/strength.json):
//  - FORBIDDEN: "nghiêm cấm", "cấm", "không được", "tuyệt đối không", "không để", or an instruction that
//    opens with "không" ("không ra ngoài tỉnh nếu không thực sự cần thiết");
//  - ENCOURAGED: "khuyến khích", "khuyến cáo", "vận động", "kêu gọi", "động viên";
//  - REQUIRED: everything else, the default for orders. "phấn đấu" (strive to) is REQUIRED: in these
//    directives it sets a goal the addressed bodies must pursue, it is not an invitation to the public.
// The first cue decides because Vietnamese puts the main predicate first: "Tiếp tục ..., tuyệt đối không để
// ca bệnh thành ổ dịch" is an order whose purpose is a prohibition, "tuân thủ nghiêm ngặt khuyến cáo 5K"
// is required compliance with a recommendation.

export interface CueSets {
  forbidden: PhraseMatcher;
  forbiddenOpener: PhraseMatcher;
  notForbidden: PhraseMatcher;
  /** Nouns a cue word hides in: a "không" ("đường hàng không") negates nothing, a "vận động" ("vận động viên") encourages nothing. */
  cueNouns: PhraseMatcher;
  encouraged: PhraseMatcher;
  required: PhraseMatcher;
  delegation: PhraseMatcher;
  actions: PhraseMatcher;
  backgroundOpener: PhraseMatcher;
  backgroundWords: PhraseMatcher;
  /** Modals and delegation ("phải", "yêu cầu"): the required cues that are no plain verb. */
  binding: PhraseMatcher;
  /** What opens a condition ("trường hợp", "nếu", "khi phát hiện"; metrics.json conditionCues). */
  condition: PhraseMatcher;
}

const caches = { marked: new WeakMap<Lexicons, CueSets>(), unmarked: new WeakMap<Lexicons, CueSets>() };

/** The cue matchers for `v`; in a text that lost its marks one-syllable cues match without them too ("phai"). */
export function cueSets(lex: Lexicons, v: TextView): CueSets {
  const unmarked = lacksMarks(v);
  const cache = unmarked ? caches.unmarked : caches.marked;
  let c = cache.get(lex);
  if (!c) {
    const s = lex.strength;
    const m = (phrases: string[]) => new PhraseMatcher(unmarked ? withUnmarkedSingles(phrases, lex.unmarked.collisions) : phrases);
    c = {
      forbidden: m(s.forbidden),
      forbiddenOpener: m(s.forbiddenOpeners),
      notForbidden: m(s.notForbidden),
      cueNouns: m([...s.negationNouns, ...s.cueNouns]),
      encouraged: m(s.encouraged),
      required: m(s.required),
      delegation: m(s.delegation),
      actions: m(s.actions),
      backgroundOpener: m(s.background.openers),
      backgroundWords: m(s.background.words),
      binding: m([...s.modals, ...s.delegation]),
      condition: m(lex.metrics.conditionCues),
    };
    cache.set(lex, c);
  }
  return c;
}

/** Hits of `m` in [start, end), leaving out spans such as agency names ("Sở Giao thông" is not "giao"). */
export function cueHits(m: PhraseMatcher, v: TextView, start: number, end: number, skip: Hit[] = []): Hit[] {
  return m.all(v, start, end).filter((h) => !skip.some((s) => h.start < s.end && s.start < h.end));
}

/** Connectors that open a sentence without changing what it orders. */
const CONNECTOR = /^[\s\u00a0]*(?:(?:dong thoi|trong do|ngoai ra|ben canh do|mat khac|do vay|do do|vi vay|theo do|tren co so do|sau do)[\s\u00a0]*,?[\s\u00a0]*)+/u;

/** Offset of the text after leading connectors in [start, end). */
export function afterConnectors(v: TextView, start: number, end: number): number {
  const m = CONNECTOR.exec(v.folded.slice(start, end));
  return start + (m ? m[0].length : 0);
}

/** A cue word at a position; `verb` for a plain verb, which binds only by default. */
interface Cue {
  at: number;
  strength: Strength;
  verb?: boolean;
}

export function strengthOf(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[] = []): Strength {
  const c = cueSets(lex, v);
  const from = afterConnectors(v, start, end);
  // "đường hàng không được cách ly": the "không" of a noun forbids nothing; "Vận động viên ... phải": nor does a noun encourage.
  skip = [...skip, ...c.cueNouns.all(v, start, end)];
  if (opensForbidding(v, from, c)) return 'FORBIDDEN';
  const hits: Cue[] = [
    ...cueHits(c.forbidden, v, from, end, skip).map((h) => ({ at: h.start, strength: 'FORBIDDEN' as const })),
    ...cueHits(c.encouraged, v, from, end, skip).map((h) => ({ at: h.start, strength: 'ENCOURAGED' as const })),
    // "thực hiện", "triển khai" are verbs too; "phải", "yêu cầu" bind.
    ...cueHits(c.required, v, from, end, skip).map((h) => ({ at: h.start, strength: 'REQUIRED' as const, verb: c.binding.startAt(v, h.start, 24) < 0 })),
    // An instruction that opens with a plain verb ("Tuân thủ ...", "Tăng cường ...") is an order.
    ...cueHits(c.actions, v, from, end, skip).map((h) => ({ at: h.start, strength: 'REQUIRED' as const, verb: true })),
  ];
  if (hits.length === 0) return negatedPredicate(v, from, end, c, skip) ? 'FORBIDDEN' : 'REQUIRED';
  // At one position the prohibition wins ("không được" is also a negated "được"), then encouragement
  // ("vận động" is also a plain verb).
  const rank = { FORBIDDEN: 0, ENCOURAGED: 1, REQUIRED: 2 };
  hits.sort((a, b) => a.at - b.at || rank[a.strength] - rank[b.strength]);
  return prohibitedAfterSubject(v, hits, lex, from) ?? (negatedVerb(v, hits, c, from) ? 'FORBIDDEN' : hits[0].strength);
}

/**
 * An order with no cue word that negates its verb after its subject ("Thuyền viên không lên bờ", "Các quán ăn không
 * bán tại chỗ") forbids it, unless the negation only says who is meant ("Người không có triệu chứng ...") or
 * caps and waives (strength.json notForbidden: "không quá", "không phải").
 */
function negatedPredicate(v: TextView, from: number, end: number, c: CueSets, skip: Hit[]): boolean {
  const stop = v.folded.slice(from, end).search(/[,;:.(]/u);
  const main = v.folded.slice(from, stop < 0 ? end : from + stop);
  for (const at of main.matchAll(/(?:^|[\s\u00a0])khong[\s\u00a0]+(?!co[\s\u00a0]|con[\s\u00a0])/gu)) {
    const word = from + at.index + (at[0].startsWith('k') ? 0 : 1);
    // "Chuyến bay hạ cánh tại Cảng hàng không Chu Lai": a noun's "không".
    if (skip.some((s) => s.start <= word && word < s.end)) continue;
    return c.notForbidden.startAt(v, word, 30) < 0;
  }
  return false;
}

/**
 * "Người cách ly tại nhà không được ra khỏi nhà", "Gia đình có người cách ly không được tụ tập": verbs right
 * after a person, or in a part that opens with one, before the first modal with no stop between, say who is
 * bound; the prohibition orders.
 */
function prohibitedAfterSubject(v: TextView, hits: Cue[], lex: Lexicons, from: number): Strength | null {
  const modal = hits.find((h) => !h.verb);
  if (!modal || modal === hits[0] || modal.strength !== 'FORBIDDEN') return null;
  if (/[,;:.]/.test(v.text.slice(hits[0].at, modal.at))) return null;
  // A part that opens with the person ("Người dân trong khu vực phong tỏa không được ra khỏi nhà").
  if (people(lex).startAt(v, from, 30) >= 0 && !/[,;:.]/.test(v.text.slice(from, hits[0].at))) return 'FORBIDDEN';
  // "Người đang cách ly": an aspect word may stand between the person and the verb.
  const aspect = /(?:đang|đã|được)[\s\u00a0]+$/u.exec(v.lower.slice(Math.max(0, hits[0].at - 12), hits[0].at));
  return people(lex).endAt(v, hits[0].at - (aspect?.[0].length ?? 0), 24) >= 0 ? 'FORBIDDEN' : null;
}

/** "không" right before a plain verb (folded), perhaps with "tự ý": "Người dân không chia sẻ ...", "Báo chí không đăng tải ...". */
const NOT_BEFORE = /(?:^|[\s\u00a0])khong(?:[\s\u00a0]+tu[\s\u00a0]+y)?[\s\u00a0]+$/u;

/**
 * Does "không" negate the first cue, a plain verb, so that the order forbids it (strength.json notForbidden aside)?
 * A modal after it makes the negated verb a condition: "doanh nghiệp không bảo đảm điều kiện phải tạm dừng".
 */
function negatedVerb(v: TextView, hits: Cue[], c: CueSets, from: number): boolean {
  const first = hits[0];
  if (!first.verb || first.strength !== 'REQUIRED' || hits.some((h) => !h.verb)) return false;
  // In the order's first part: "Lập danh sách ...; không bố trí ..." orders first what it does not forbid.
  if (/[;:]/.test(v.text.slice(from, first.at))) return false;
  const not = NOT_BEFORE.exec(v.folded.slice(Math.max(0, first.at - 16), first.at));
  if (!not) return false;
  const word = first.at - not[0].length + (not[0].startsWith('k') ? 0 : 1);
  return c.notForbidden.startAt(v, word, 30) < 0;
}

const peopleMatchers = new WeakMap<Lexicons, PhraseMatcher>();

/** Persons an order binds or a relative clause may follow ("người", "công dân", "F1"): metrics.json relativeHeads. */
export function people(lex: Lexicons): PhraseMatcher {
  let m = peopleMatchers.get(lex);
  if (!m) peopleMatchers.set(lex, (m = new PhraseMatcher(lex.metrics.relativeHeads)));
  return m;
}

/** Background or praise ("Tuy nhiên, ...", "ghi nhận, biểu dương ..."): not an instruction. */
export function isBackground(v: TextView, start: number, end: number, lex: Lexicons): boolean {
  const c = cueSets(lex, v);
  const from = afterConnectors(v, start, end);
  // "Các nhà thuốc phải ghi nhận họ tên người mua": after a modal the word records, it does not acknowledge;
  // "Trường hợp xã ghi nhận ca mắc mới, tạm dừng ...": in the condition an order opens with, it detects.
  const conditions = c.condition.all(v, from, end);
  const inCondition = (h: Hit) => conditions.some((k) => k.start <= h.start && h.start - k.start <= CONDITION_REACH && !/[.;:]/u.test(v.folded.slice(k.start, h.start)));
  const words = c.backgroundWords.all(v, from, end).filter((h) => c.binding.endAt(v, h.start, 12) < 0 && !inCondition(h));
  return c.backgroundOpener.startAt(v, from, 40) >= 0 || opensWithNewsTime(v, from, lex) || words.length > 0;
}

/** Most characters from a condition's cue to a word it holds ("Trường hợp xã, phường ghi nhận"). */
const CONDITION_REACH = 80;

const newsTimeCache = new WeakMap<Lexicons, RegExp>();

/** "Tối 10/5, ...", "Sáng nay, ...", "Chiều ngày 12/8, ...": a news lead's time, which frames like "Đến ngày". */
export function opensWithNewsTime(v: TextView, from: number, lex: Lexicons): boolean {
  let re = newsTimeCache.get(lex);
  if (!re) {
    re = new RegExp(String.raw`^[\s\u00a0]*(?:${newsTimesSource(lex.strength)})[\s\u00a0]+(?:nay|qua|hom qua|ngay|\d{1,2}[\s\u00a0]*[/.-][\s\u00a0]*\d{1,2})(?![\p{L}])`, 'u');
    newsTimeCache.set(lex, re);
  }
  return re.test(v.folded.slice(from, from + 40));
}

/** Does the span order, assign or encourage anything? */
export function hasInstructionCue(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[] = []): boolean {
  const c = cueSets(lex, v);
  if ([c.actions, c.required, c.forbidden, c.encouraged, c.delegation].some((m) => cueHits(m, v, start, end, skip).length > 0)) return true;
  if (opensWithProhibition(v, start, end, c)) return true;
  if (!lacksMarks(v)) return false;
  // The verb opens the order, or follows its short label ("Cap do 4: dung cac su kien").
  const from = afterConnectors(v, start, end);
  const label = labelEnd(v.text, from, end);
  return [from, ...(label === null ? [] : [label + 1])].some((at) => unmarkedOpener(lex).startAt(v, at, 30) >= 0);
}

/**
 * "không" and a word that tells what there is or was, or how to feel, not what to do: "Không có ca mắc mới",
 * "Không ghi nhận ...", "không hoang mang" (what the public is told, part of the order to inform it).
 */
const NEGATED_STATE =
  /^khong[\s\u00a0]+(?:co|con|ghi[\s\u00a0]+nhan|phat[\s\u00a0]+sinh|phat[\s\u00a0]+hien|xay[\s\u00a0]+ra|de[\s\u00a0]+xay[\s\u00a0]+ra|hoang[\s\u00a0]+mang|lo[\s\u00a0]+lang|hoang[\s\u00a0]+loan|chu[\s\u00a0]+quan|lo[\s\u00a0]+la)(?![\p{L}])/u;

/**
 * "Không đốt vàng mã tại nghĩa trang.", "Không mời khách ngoài tỉnh.": an order that opens with "không" and its verb
 * forbids, whatever the verb; "Không quá 20 người" caps and "Không có ca mắc mới" reports (strength.json
 * forbiddenOpeners, notForbidden).
 */
function opensWithProhibition(v: TextView, start: number, end: number, c: CueSets): boolean {
  const from = afterConnectors(v, start, end);
  return opensForbidding(v, from, c) && !NEGATED_STATE.test(v.folded.slice(from, end));
}

/** Does an opening "không" forbid at `from`? "Không quá 20 người" caps and "không yêu cầu" waives: it forbids nothing. */
function opensForbidding(v: TextView, from: number, c: CueSets): boolean {
  return c.forbiddenOpener.startAt(v, from, 20) >= 0 && c.notForbidden.startAt(v, from, 20) < 0;
}

const unmarkedOpeners = new WeakMap<Lexicons, PhraseMatcher>();

/**
 * A text that lost its marks writes a one-syllable verb folded ("Tiem vac xin cho 95% ..." for "Tiêm"),
 * which the matchers (one syllable, matched with its marks) miss. Folded, such a syllable is ambiguous
 * anywhere ("can" is "cần" and "cán bộ"), but opening an instruction it is the verb.
 */
function unmarkedOpener(lex: Lexicons): PhraseMatcher {
  let m = unmarkedOpeners.get(lex);
  if (!m) {
    const s = lex.strength;
    const singles = [...s.actions, ...s.required, ...s.forbidden, ...s.encouraged, ...s.delegation].filter((w) => !/\s/.test(w.trim()));
    m = new PhraseMatcher(singles.map((w) => fold(w)));
    unmarkedOpeners.set(lex, m);
  }
  return m;
}
