import type { Lexicons } from '../../lexicons';
import { PhraseMatcher, isUnmarked, type Hit, type TextView } from '../../phrases/patterns';
import { fold } from '../../../text/fold';
import { afterConnectors, cueHits, cueSets } from './strength';
import { labelEnd } from './spans';
import { leadingMarkerLength } from '../../segment/markers';
import { findQuoted } from '../quotes';

// How much a category keyword counts where it stands in an instruction. The order itself counts in full;
// what describes it counts less (factors and markers: seeds/lexicons/categories.json):
//  - after the first subordinate marker ("để", "nhất là", "kể cả", "đối với", "theo", "sau khi", "các trường
//    hợp"): a purpose, a condition, a basis, a message's content, whose breach is punished; up to a modal verb
//    that resumes the order, else to the end. "tuân thủ nghiêm ngặt 5K, kể cả khi đã tiêm đủ 02 mũi vắc xin"
//    is about 5K, "xử lý nghiêm các trường hợp ra đường không có giấy đi đường" about enforcement;
//  - after a verb of punishment or inspection ("xử phạt", "kiểm tra việc"): what it names, up to a modal verb;
//  - in a relative clause ("F1 đã tiêm đủ liều", "địa phương đang áp dụng Chỉ thị 16"), up to the next comma,
//    modal or second verb: it says who, not what;
//  - before "thì" ("Những người không phải lấy mẫu xét nghiệm thì hạn chế tập trung đông người"): whom or when;
//  - in a short label before ":" ("F1 chưa tiêm đủ liều: cách ly tại nhà 07 ngày");
//  - after a basis, time or condition marker ("theo Chỉ thị số 16/CT-TTg", "kể từ ngày có kết quả xét
//    nghiệm", "đối với người từ vùng phong tỏa"), up to the next comma or the verb that resumes the order:
//    "Người về từ địa phương ... theo Chỉ thị số 16/CT-TTg thực hiện cách ly tập trung 14 ngày" is quarantine;
//  - after "tại", "như", "là": one place or example weighs less, a list of several counts for nothing
//    ("... tại các cuộc họp, hội nghị, nơi công cộng, bệnh viện" says where the rules apply, not what they are);
//    a place opening the sentence ends at its comma and weighs less again ("Tại cảng Sơn Dương và cảng Vũng Áng,
//    thuyền viên ...", "Tại các địa bàn đang giãn cách xã hội, tạm dừng tổ chức hội nghị");
//  - inside a quote after a verb that spreads a message ("treo băng rôn với khẩu hiệu “Ở nhà là yêu nước”").

interface Compiled {
  subordinate: PhraseMatcher;
  governed: PhraseMatcher;
  sanction: PhraseMatcher;
  basis: PhraseMatcher;
  relative: PhraseMatcher;
  list: PhraseMatcher;
  modal: PhraseMatcher;
  topic: PhraseMatcher;
  message: PhraseMatcher;
}

const cache = new WeakMap<Lexicons, { marked: Compiled; folded: Compiled }>();

/**
 * The markers, compiled twice: as written, and for a text that lost its marks, where a one-syllable marker
 * ("phải", "đang") is written folded ("phai", "dang") and would otherwise never match.
 */
function compiled(lex: Lexicons, v: TextView): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const cat = lex.categories;
    const build = (words: string[], folded: boolean) => new PhraseMatcher(folded ? [...words, ...words.map((w) => fold(w))] : words);
    // Folded, "để" is also "đề nghị" and "tại" also "tài": only the modals and the aspect words of relative
    // clauses ("phai", "da", "dang", "chua") are told apart well enough without their marks.
    const both = (folded: boolean): Compiled => ({
      subordinate: build(cat.subordinateMarkers, false),
      governed: build(cat.governedMarkers, false),
      sanction: build(cat.sanctionVerbs, folded),
      basis: build(cat.basisMarkers, false),
      relative: build(cat.relativeMarkers, folded),
      list: build(cat.listMarkers, false),
      modal: build(lex.strength.modals, folded),
      topic: build(cat.topicMarkers, false),
      message: build(cat.messageVerbs, false),
    });
    c = { marked: both(false), folded: both(true) };
    cache.set(lex, c);
  }
  return isUnmarked(v) ? c.folded : c.marked;
}

interface Region extends Hit {
  factor: number;
  /** A region that names whom the order governs: a sign there keeps its weight. */
  governed?: boolean;
}

/**
 * Does the instruction open with a verb of punishment or inspection ("xử lý nghiêm việc đưa tin sai sự thật")?
 * Then it enforces, whoever is told to: the task of a body made for another ("Báo tỉnh") does not name its topic.
 */
export function opensWithSanction(v: TextView, start: number, end: number, lex: Lexicons): boolean {
  return compiled(lex, v).sanction.startAt(v, afterConnectors(v, start, end), 30) >= 0;
}

/**
 * A function giving each keyword hit of [start, end) its weight factor (1 where nothing describes it); for a sign
 * (`sign`), a region that only names whom the order governs does not count.
 */
export function keywordWeights(v: TextView, start: number, end: number, lex: Lexicons, keywords: Hit[], skip: Hit[]): (h: Hit, sign?: boolean) => number {
  const c = compiled(lex, v);
  const sub = lex.categories.subordinateWeight;
  // A marker inside a keyword is part of it: "cách ly tại nhà", "làm việc tại nhà" are not places.
  const markers = (m: PhraseMatcher) => m.all(v, start, end).filter((h) => !inside(h, keywords) && !inside(h, skip));
  const regions: Region[] = [];
  // From after the marker: "tuyên truyền về lợi ích của tiêm vắc xin" is about informing, its content weighs less.
  // A modal verb after it resumes the order: "Người đến từ địa phương đang giãn cách theo Chỉ thị 16 phải cách ly".
  const firstSub = markers(c.subordinate)[0];
  if (firstSub) {
    const governed = c.governed.startAt(v, firstSub.start, 20) === firstSub.end;
    regions.push({ start: firstSub.end, end: c.modal.all(v, firstSub.end, end)[0]?.start ?? end, factor: sub, governed });
  }
  // A sanction's object is the breach, an inspection's what it checks: "xử phạt nghiêm người ra khỏi nhà ..., tụ tập
  // đông người" and "kiểm tra việc tạm dừng hoạt động ..." are enforcement.
  // (Its verb is a keyword itself, so it is not filtered like the markers.)
  const sanction = c.sanction.all(v, start, end).find((h) => !inside(h, skip));
  if (sanction) regions.push({ start: sanction.end, end: c.modal.all(v, sanction.end, end)[0]?.start ?? end, factor: sub });
  const actions = cueHits(cueSets(lex, v).actions, v, start, end, skip);
  // A verb that is no keyword resumes the order after a basis ("theo Chỉ thị ... thực hiện cách ly"); a keyword
  // is a noun there ("kể từ ngày có kết quả xét nghiệm").
  const verbs = actions.filter((a) => !keywords.some((k) => a.start < k.end && k.start < a.end));
  for (const b of markers(c.basis)) {
    if (actions.some((a) => a.start === b.start)) continue;
    regions.push({ start: b.end, end: basisEnd(v.text, b.end, end, verbs, c.modal.all(v, b.end, end)), factor: sub });
  }
  for (const r of markers(c.relative)) regions.push({ start: r.start, end: relativeEnd(v, r.end, end, c, actions), factor: sub });
  const topic = markers(c.topic)[0];
  if (topic) regions.push({ start, end: topic.start, factor: sub });
  // The quotes after a verb that spreads a message are the message: "tuyên truyền thông điệp “...”".
  const message = markers(c.message)[0];
  if (message) for (const q of findQuoted(v.text.slice(message.end, end))) regions.push({ start: message.end + q.start, end: message.end + q.end, factor: sub });
  const label = labelEnd(v.text, start, end);
  if (label !== null) regions.push({ start, end: label, factor: sub });
  for (const m of markers(c.list)) {
    const fronted = !/[\p{L}\p{N}]/u.test(v.text.slice(afterMarker(v.text, start, m.start), m.start));
    const listEnd = listScopeEnd(v.text, m.end, end, actions, fronted);
    const items = listItems(v.folded.slice(m.end, listEnd));
    // A place that opens the sentence only sets the scene: what follows its comma is the order.
    regions.push({ start: m.start, end: listEnd, factor: items >= lex.categories.minListItems ? 0 : fronted ? sub * sub : sub });
  }
  return (h: Hit, sign = false) => {
    let f = 1;
    for (const r of regions) if (h.start >= r.start && h.start < r.end && !(sign && r.governed)) f = Math.min(f, r.factor);
    return f;
  };
}

function inside(h: Hit, spans: Hit[]): boolean {
  return spans.some((s) => s.start <= h.start && h.end <= s.end);
}

/**
 * A relative clause ends at the next comma, ";", ":", modal or second verb: "Người về từ vùng đang phong tỏa
 * phải cách ly", "F1 đã tiêm đủ liều vắc xin cách ly tại nhà 07 ngày" (its own verb is "tiêm").
 */
function relativeEnd(v: TextView, from: number, end: number, c: Compiled, actions: Hit[]): number {
  const punct = /[,;:.]/.exec(v.text.slice(from, end));
  let stop = punct ? from + punct.index : end;
  const modal = c.modal.all(v, from, stop)[0];
  if (modal) stop = modal.start;
  const own = /^[\s\u00a0]*[\p{L}\p{N}]+/u.exec(v.text.slice(from, stop));
  const second = actions.find((a) => a.start >= from + (own ? own[0].length : 0) && a.start < stop);
  return second ? second.start : stop;
}

/** A basis or condition runs to the next comma, ";", ":" or full stop, or to the verb or modal that resumes the order. */
function basisEnd(text: string, from: number, end: number, verbs: Hit[], modals: Hit[]): number {
  const punct = /[,;:.](?![\d])/.exec(text.slice(from, end));
  let stop = punct ? from + punct.index : end;
  for (const h of [...verbs, ...modals]) if (h.start > from && h.start < stop) stop = h.start;
  return stop;
}

/** Where the words of [start, at) begin after a list marker ("a)", "2.", "-"). */
function afterMarker(text: string, start: number, at: number): number {
  const chunk = text.slice(start, at);
  return start + (leadingMarkerLength(chunk) || /^[\s\u00a0]*/u.exec(chunk)![0].length);
}

/**
 * A list after "tại"/"như" runs to the next ";", "." or verb ("tại địa phương, báo ngay cho ..."); one that
 * opens the sentence, to its comma ("Tại cảng Sơn Dương và cảng Vũng Áng, thuyền viên ...").
 */
function listScopeEnd(text: string, from: number, end: number, actions: Hit[], fronted = false): number {
  const punct = (fronted ? /[;.,]|:(?=.)/ : /[;.]|:(?=.)/).exec(text.slice(from, end).replace(/^[\s\u00a0]*:/, ' '));
  let stop = punct ? from + punct.index : end;
  // In a fronted place, a verb after "đang", "đã" says which places ("Tại các địa bàn đang thực hiện giãn cách, ...").
  const describes = (a: Hit) => fronted && /(?:^|[\s\u00a0])(?:đang|đã)[\s\u00a0]+$/u.test(text.slice(Math.max(from, a.start - 8), a.start).toLowerCase());
  for (const a of actions) if (a.start > from && a.start < stop && !describes(a)) stop = a.start;
  return stop;
}

/** Items of a list: parts between commas, dashes, "và", "hoặc" that hold a word ("Nhà nước - Doanh nghiệp - Người dân"). */
function listItems(folded: string): number {
  return folded.split(/,|[\s\u00a0][-–][\s\u00a0]|[\s\u00a0](?:va|hoac)[\s\u00a0]/u).filter((p) => /\p{L}/u.test(p)).length;
}
