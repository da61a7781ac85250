import type { Deadline } from '../../../domain/facts';
import type { Lexicons } from '../../lexicons';
import { findCitedDocuments } from '../../cited-documents';
import { expectsAfter, forecastCues, forecastWords, type ForecastWords } from '../../phrases/forecasts';
import { PhraseMatcher, lacksMarks, markedAndFolded, type Hit, type TextView } from '../../phrases/patterns';
import { fold } from '../../../text/fold';
import { withoutAbbreviationDots } from '../../../text/abbreviation-dots';
import { findTimeExpressions, yearOfIso } from '../../../text/dates';
import { escapeRegExp, foldedAlternation } from '../../../text/regexp';
import type { Reading } from '../../reading';
import { leadingMarkerLength } from '../../segment/markers';
import { endsWithColon } from '../../segment/lines';
import { categorise } from './categorise';
import { afterConnectors, cueHits, cueSets, hasInstructionCue, opensWithNewsTime, people } from './strength';
import { labelEnd } from './spans';

// Sentences that hold an instruction verb and still order nothing (words: seeds/lexicons/strength.json):
//  - reports of what was done: "Các lực lượng đã truy vết được 46 trường hợp F1", "Đang cách ly tập trung:
//    3.408 người" (an aspect word before the first verb, and no word that orders);
//  - definitions of a plan's scope: "Đối tượng: người từ 18 tuổi trở lên ...";
//  - the closing formula and the duty to report on the text itself: "Yêu cầu các sở, ngành nghiêm túc triển
//    khai thực hiện Chỉ thị này./.", "Các sở, ngành báo cáo kết quả thực hiện về UBND tỉnh trước ngày 25/5";
//  - a deadline standing alone after the order it belongs to: "Hoàn thành trước ngày 15/10/2021.";
//  - a body reporting its own work: "Sở Công Thương đang phối hợp với ...", "đồng thời đã báo cáo Bộ ...";
//  - forecasts: "Dự kiến trong tuần tới, tỉnh sẽ tiếp nhận thêm 100.000 liều vắc xin";
//  - contact details: "Đường dây nóng hỗ trợ doanh nghiệp: 0205.3812.460.", and the cries that close a text
//    ("Tiêm vắc xin đầy đủ - Bảo vệ bản thân, gia đình và cộng đồng!");
//  - cue words that are nouns ("Kinh phí thực hiện Kế hoạch từ nguồn ...", "Thời gian thực hiện từ 0 giờ ...")
//    or that name a document's subject ("ban hành Công văn số ... về việc tăng cường thực hiện ...");
//  - news that a document was issued: "(STO) - Ngày 24/7/2021, UBND tỉnh ban hành Công văn số 1936/UBND-KGVX
//    về việc bảo đảm sản xuất ...", unless an order follows it ("..., yêu cầu các sở ...");
//  - the documents a text carries out, named in a sentence of their own: "Thực hiện Công điện số 1102/CĐ-TTg
//    ngày 23/8/2021 của Thủ tướng Chính phủ về việc ...; Công văn số 2033/UBND-KGVX của UBND tỉnh.".

interface Compiled {
  reportMarkers: PhraseMatcher;
  /** The words of a forecast (metrics.json "forecasts", which targets read too). */
  forecasts: ForecastWords;
  /** The aspect words also without their marks ("da lay 9.845 mau"), for a text that lost them: right before a verb they are no other word. */
  unmarkedReportMarkers: PhraseMatcher;
  orders: PhraseMatcher;
  labels: PhraseMatcher;
  formulas: PhraseMatcher;
  executions: PhraseMatcher;
  summaries: PhraseMatcher;
  informs: PhraseMatcher;
  documents: PhraseMatcher;
  /** A document kind written with its capital and nothing after it ("Kế hoạch", "Mục II.3"), at the end. */
  ownName: RegExp;
  followUp: RegExp;
  duties: PhraseMatcher;
  requests: PhraseMatcher;
  /** Words that bind whoever the sentence names: modals and prohibitions. */
  binding: PhraseMatcher;
  framing: PhraseMatcher;
  /** A framing opener that is also a basis verb ("căn cứ"): it frames no order when it names a document. */
  basisFraming: PhraseMatcher;
  nouns: PhraseMatcher;
  titles: PhraseMatcher;
  purpose: PhraseMatcher;
  nominalizers: PhraseMatcher;
  notNominalizers: PhraseMatcher;
  speakers: PhraseMatcher;
  /** "..., ông Hưng nói.": who said it, at a sentence's end. */
  attribution: RegExp;
  addressees: PhraseMatcher;
  roles: PhraseMatcher;
  /** Persons a relative clause may follow ("công dân đã tiêm đủ 02 liều"): metrics.json relativeHeads. */
  people: PhraseMatcher;
  /** "Thực hiện ", "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại ": what stands before the documents of a basis, folded. */
  basisLead: RegExp;
  /** "Toàn tỉnh hiện có 12": a whole area's count stated by "có" (metrics.json wholeScopes), folded. */
  scopeCount: RegExp;
  /** An epidemic level or zone (metrics.json levelNames): "các xã đang ở cấp độ 3" says where, it reports nothing. */
  levels: PhraseMatcher;
}

const cache = new WeakMap<Lexicons, Compiled>();

function ownNamePattern(lex: Lexicons): RegExp {
  const words = lex.documentKinds.kinds.flatMap((k) => k.words).sort((a, b) => b.length - a.length);
  const kinds = words.map(escapeRegExp).join('|');
  return new RegExp(`[\\s\\u00a0]+(?:(?:${kinds})|[Mm]ục[\\s\\u00a0]+[IVX\\d][IVX\\d.]*)(?:[\\s\\u00a0]+(?:này|nêu trên|trên địa bàn))?[\\s\\u00a0]*$`, 'u');
}

function basisLeadPattern(basis: { verbs: string[]; via: string[] }): RegExp {
  const verbs = foldedAlternation(basis.verbs, String.raw`[\s\u00a0]+`);
  const via = foldedAlternation(basis.via, String.raw`[\s\u00a0]+`);
  if (!verbs) return /(?!)/u;
  // The one who gave the direction or made the proposal may be named ("chỉ đạo của Chủ tịch UBND tỉnh tại", "Xét
  // đề nghị của Sở Y tế tại"), in a few words, no clause.
  const through = String.raw`${via ? String.raw`(?:[\s\u00a0]+(?:${via}))?` : ''}(?:[\s\u00a0]+cua[\s\u00a0]+[^,;.:\n]{1,80}?)?(?:[\s\u00a0]+tai)?`;
  return new RegExp(String.raw`^(?:${verbs})${through}[\s\u00a0]+$`, 'u');
}

function compiled(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const s = lex.strength;
    c = {
      reportMarkers: new PhraseMatcher(s.reportMarkers),
      forecasts: forecastWords(lex.metrics.forecasts, (phrases) => new PhraseMatcher(phrases)),
      unmarkedReportMarkers: new PhraseMatcher([...s.reportMarkers, ...s.reportMarkers.map((w) => fold(w))]),
      // Words that order whatever else the sentence reports: modals, delegation, encouragement, prohibition.
      orders: new PhraseMatcher([...s.modals, ...s.delegation, ...s.encouraged, ...s.forbidden]),
      labels: new PhraseMatcher(s.definitionLabels),
      formulas: new PhraseMatcher(s.closing.formulas),
      executions: new PhraseMatcher(s.closing.executions),
      summaries: new PhraseMatcher(s.closing.summaryOpeners),
      informs: new PhraseMatcher(s.closing.forInformation),
      documents: new PhraseMatcher(s.closing.documents),
      ownName: ownNamePattern(lex),
      followUp: followUpPattern(lex),
      duties: new PhraseMatcher(s.closing.reportingDuties),
      requests: new PhraseMatcher([...s.headings.request, ...s.delegation, ...s.encouraged]),
      binding: new PhraseMatcher([...s.modals, ...s.forbidden]),
      framing: new PhraseMatcher(s.background.framing),
      basisFraming: new PhraseMatcher(s.background.framing.filter((w) => s.background.basis.verbs.includes(w))),
      nouns: new PhraseMatcher(s.nounPhrases),
      titles: new PhraseMatcher(s.titleMarkers),
      nominalizers: new PhraseMatcher(s.nominalizers.words),
      notNominalizers: new PhraseMatcher(s.nominalizers.except),
      speakers: new PhraseMatcher(s.background.speakerLabels),
      attribution: attributionPattern(s.background.honorifics, s.background.speechVerbs),
      purpose: new PhraseMatcher(s.purposeMarkers),
      addressees: new PhraseMatcher(s.addressees),
      roles: new PhraseMatcher(s.closing.roles),
      people: people(lex),
      basisLead: basisLeadPattern(s.background.basis),
      levels: new PhraseMatcher(lex.metrics.levelNames),
      scopeCount: new RegExp(String.raw`^(?:${foldedAlternation(lex.metrics.wholeScopes, String.raw`[\s\u00a0]+`)})[\s\u00a0]+(?:(?:hien|hien nay|da)[\s\u00a0]+)?co[\s\u00a0]+(?:(?:khoang|hon|gan|tren)[\s\u00a0]+)?\d`, 'u'),
    };
    cache.set(lex, c);
  }
  return c;
}

function allCues(v: TextView, span: Hit, lex: Lexicons, skip: Hit[]): Hit[] {
  const c = cueSets(lex, v);
  return [c.actions, c.required, c.forbidden, c.encouraged, c.delegation]
    .flatMap((m) => cueHits(m, v, span.start, span.end, skip))
    .sort((a, b) => a.start - b.start);
}

/**
 * "đã", "đang" right before a word, possibly with "được" or a letter between: "đã được cách ly", "đã có văn
 * bản đề nghị các đơn vị ..." (a request made before, reported).
 */
function reportedAt(v: TextView, at: number, markers: Hit[]): boolean {
  return markers.some((m) => m.end <= at && REPORTED_LINK.test(v.folded.slice(m.end, at)));
}

/**
 * An order made before and written down ("đã có văn bản đề nghị ..."), reported; "đã yêu cầu", "đã quyết định"
 * right after the aspect word restate an order still in force, as a news article does. "đã phải" is what had to
 * be done ("các lễ hội đã phải tạm dừng tổ chức"): a report.
 */
function orderReportedAt(v: TextView, at: number, markers: Hit[]): boolean {
  return markers.some((m) => m.end <= at && REPORTED_LINK.test(v.folded.slice(m.end, at)) && (/\p{L}/u.test(v.folded.slice(m.end, at)) || PAST_MODAL.test(v.folded.slice(at, at + 12))));
}

const PAST_MODAL = /^(?:buoc[\s\u00a0]+)?phai(?![\p{L}])/u;

/** What links an aspect word to a level it states: "đang ở", "đang là", "đang thuộc" (folded). */
const LEVEL_LEAD = /^[\s\u00a0]+(?:o|la|thuoc)[\s\u00a0]+/u;

const REPORTED_LINK = /^[\s\u00a0]*(?:duoc[\s\u00a0]+|co[\s\u00a0]+(?:van[\s\u00a0]+ban|cong[\s\u00a0]+van|cong[\s\u00a0]+dien)[\s\u00a0]+)?$/u;

/**
 * A report of what was done: an aspect word before the first verb, no word that orders, and either every
 * verb reported or a figure right after the aspect word ("đã lấy 9.845 mẫu xét nghiệm"). "F1 đã tiêm đủ
 * liều vắc xin cách ly tại nhà 07 ngày" orders: "đã tiêm" only says which F1.
 */
export function isReport(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): boolean {
  const c = compiled(lex);
  const cues = allCues(v, span, lex, skip);
  if (cues.length === 0) return false;
  // Without marks "da", "dang" are also "Đà Lạt", "đảng viên": only right before a verb or a figure are they aspect words.
  const aspect = (m: Hit) => cues.some((q) => q.start >= m.end && REPORTED_LINK.test(v.folded.slice(m.end, q.start))) || FIGURE_AFTER.test(v.text.slice(m.end, Math.min(span.end, m.end + 40)));
  // "- Đã tiêm đủ liều vắc xin: cách ly tại nhà 05 ngày": an aspect word opening a label that an order
  // follows says who is meant ("Đã tiêm: 50.000 liều" reports).
  const opening = afterConnectors(v, span.start, span.end);
  const opensLabel = (m: Hit) => {
    const colon = m.start === opening ? labelEnd(v.text, m.start, span.end) : null;
    return colon !== null && cues.some((q) => q.start > colon);
  };
  const found = lacksMarks(v) ? cueHits(c.unmarkedReportMarkers, v, span.start, span.end, skip).filter(aspect) : cueHits(c.reportMarkers, v, span.start, span.end, skip);
  // "Nhà hàng ở các xã đang ở cấp độ 1 được phục vụ tại chỗ ...": the aspect word of a level says where the order holds.
  const atLevel = (m: Hit) => {
    const lead = LEVEL_LEAD.exec(v.folded.slice(m.end, Math.min(span.end, m.end + 12)));
    return lead !== null && c.levels.startAt(v, m.end + lead[0].length, 30) >= 0;
  };
  const markers = found.filter((m) => !opensLabel(m) && !atLevel(m));
  if (!markers.some((m) => m.start < cues[0].start)) return false;
  const orders = cueHits(c.orders, v, span.start, span.end, skip);
  if (orders.some((o) => !orderReportedAt(v, o.start, markers))) return false;
  // A request made before: "Trong ngày, Sở Y tế đã có văn bản đề nghị các đơn vị ... hoàn thành ...".
  if (orders.length > 0 && orders[0].start === cues[0].start && orderReportedAt(v, cues[0].start, markers)) return true;
  const actions = cueHits(cueSets(lex, v).actions, v, span.start, span.end, skip);
  // "Công dân đã tiêm đủ 02 liều vắc xin cách ly tại nhà 07 ngày": after a person the aspect word opens a
  // relative clause that says who; its figure (doses) is no count of work done.
  const counted = markers.filter((m) => !afterPerson(v, m, actions, c));
  // A verb right after a reported one is its object: "đã tổ chức xét nghiệm", "đã triển khai tiêm".
  const reported: Hit[] = [];
  for (const a of [...actions].sort((x, y) => x.start - y.start)) {
    const chained = reported.some((r) => r.end <= a.start && /^[\s\u00a0]*$/u.test(v.folded.slice(r.end, a.start)));
    if (reportedAt(v, a.start, markers) || chained) reported.push(a);
  }
  if (reported.length === actions.length || counted.some((m) => FIGURE_AFTER.test(v.text.slice(m.end, Math.min(span.end, m.end + 40))))) return true;
  // The aspect word right after the bodies that open the sentence, or opening it: they report their own
  // work ("Sở Công Thương đang phối hợp ... tiếp tục trao đổi ...", "đồng thời đã báo cáo Bộ Công Thương ...").
  return isOnlyNames(v, afterConnectors(v, span.start, span.end), markers[0].start, skip);
}

/**
 * Does an aspect word stand before the first cue ("Thời gian qua, UBND tỉnh đã yêu cầu:")? Stricter than
 * isReport, which lets "đã yêu cầu" restate an order still in force: for a lead-in inside a report section.
 */
export function toldAsDone(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): boolean {
  const c = compiled(lex);
  const [first] = allCues(v, span, lex, skip);
  if (!first) return false;
  // Without marks "da", "dang" are aspect words only right before the cue.
  const markers = lacksMarks(v)
    ? cueHits(c.unmarkedReportMarkers, v, span.start, span.end, skip).filter((m) => REPORTED_LINK.test(v.folded.slice(m.end, first.start)))
    : cueHits(c.reportMarkers, v, span.start, span.end, skip);
  return markers.some((m) => m.start < first.start);
}

/** How far before an aspect word the person it describes may stand, past their grade or age. */
const PERSON_SPAN = 40;

/**
 * Does the aspect word describe a person named before it, right there or past words that qualify them and no verb
 * ("Học sinh từ lớp 7 đến lớp 12 đã tiêm đủ 02 mũi ...", "Trẻ từ 12 đến 17 tuổi đã tiêm ...")?
 */
function afterPerson(v: TextView, m: Hit, actions: Hit[], c: Compiled): boolean {
  if (c.people.endAt(v, m.start, 24) >= 0) return true;
  const from = Math.max(0, m.start - PERSON_SPAN);
  return c.people
    .all(v, from, m.start)
    .some((p) => !/[,;.:()]/u.test(withoutAbbreviationDots(v.text.slice(p.end, m.start))) && !actions.some((a) => a.start >= p.end && a.start < m.start));
}

/** How far into a sentence its forecast word may stand ("Theo dự báo, ...", "Dự kiến trong tuần tới, ..."). */
const FORECAST_OPENING = 40;

/**
 * A forecast: a sentence that opens by foreseeing ("Theo dự báo, số ca mắc có thể tăng ...", "Dự kiến trong
 * tuần tới, tỉnh sẽ tiếp nhận thêm 100.000 liều vắc xin") and holds no word that orders. "Dự kiến tổ chức
 * tiêm 5.000 liều/ngày" plans: no "sẽ", nothing arriving.
 */
export function isForecast(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): boolean {
  const c = compiled(lex);
  if (cueHits(c.orders, v, span.start, span.end, skip).length > 0) return false;
  const opening = afterConnectors(v, span.start, span.end) + FORECAST_OPENING;
  if (forecastCues(v, span.start, Math.min(span.end, opening), c.forecasts).length > 0) return true;
  const expected = c.forecasts.expected.all(v, span.start, Math.min(span.end, opening))[0];
  return expected !== undefined && expectsAfter(v, expected.end, span.end, span.end, c.forecasts);
}

/** The words of "now" a statement opens with, as written: "hiện nay", "hiện tại", "hiện". */
const NOW_MARKED = String.raw`hiện[\s\u00a0]+nay|hiện[\s\u00a0]+tại|hiện`;

/** "Now", or what dates a count up to it ("đến nay", "tính đến nay", "hôm nay"), folded. */
const UP_TO_NOW = String.raw`${fold(NOW_MARKED)}|den[\s\u00a0]+nay|tinh[\s\u00a0]+den[\s\u00a0]+nay|hom[\s\u00a0]+nay`;

/**
 * "Số ca nặng phải thở oxy là 47 ca.", "Hiện, số trường hợp mắc ... là 276": a count named, after a word of the
 * present or not, then its figure after "là" (a cap says "tối đa là").
 */
const COUNT_STATED = new RegExp(
  String.raw`^(?:(?:${UP_TO_NOW})[\s\u00a0]*,?[\s\u00a0]+)?(?:tong[\s\u00a0]+)?so[\s\u00a0][^.;:!?\n]{2,100}?(?<!toi[\s\u00a0]+da|toi[\s\u00a0]+thieu|khong[\s\u00a0]+qua|it[\s\u00a0]+nhat|nhieu[\s\u00a0]+nhat)[\s\u00a0]la[\s\u00a0]+\d`,
  'u',
);

/** What dates a count up to now, folded, with its comma: "hiện nay, ", "tính đến nay ". */
const UP_TO_NOW_OPENING = new RegExp(String.raw`^(?:${UP_TO_NOW})[\s\u00a0]*,?[\s\u00a0]+`, 'u');

/**
 * A sentence that states how many there are ("Số ca nặng phải thở oxy là 47 ca", "Toàn tỉnh có 12.480 thí sinh
 * đăng ký dự thi tại 38 điểm thi"): news, whatever verb it holds.
 */
export function isCountStated(v: TextView, span: Hit, lex: Lexicons): boolean {
  const opening = v.folded.slice(afterConnectors(v, span.start, span.end), span.end);
  return COUNT_STATED.test(opening) || compiled(lex).scopeCount.test(opening.replace(UP_TO_NOW_OPENING, ''));
}

/**
 * "Hiện nay, toàn tỉnh còn 5 huyện có tỷ lệ tiêm mũi 3 dưới 50%", "Hiện còn 35.000 liều vắc xin tồn kho": a part
 * that opens with "now" and says what there still is, is or is not yet, before anything it might order. "Hiện
 * nay, các cơ sở có thể hoạt động" allows; one that orders ("Hiện nay, yêu cầu ...") is left to the orders.
 */
export function statesPresent(v: TextView, span: Hit): boolean {
  const from = afterConnectors(v, span.start, span.end);
  // Folded, "có" is also the "cơ" of "cơ sở": the words are read with their marks where the text has them.
  return lacksMarks(v) ? PRESENT_STATE.folded.test(v.folded.slice(from, span.end)) : PRESENT_STATE.marked.test(v.lower.slice(from, span.end));
}

/**
 * "Now", then within a few words what there is, still is or is under way: "hiện nay, toàn tỉnh còn ", "hiện còn ",
 * "Hiện tỉnh đang cách ly ".
 */
const PRESENT_STATE = markedAndFolded(
  new RegExp(String.raw`^(?:${NOW_MARKED})[\s\u00a0]*,?[\s\u00a0]+(?:[^,;.:\d]{0,40}?[\s\u00a0])?(?:vẫn[\s\u00a0]+còn|còn|có(?![\s\u00a0]+thể(?:[\s\u00a0,.;]|$))|chưa|mới|đang)[\s\u00a0]`, 'u'),
);

/** Does the span hold nothing but names of bodies ("Sở Y tế; Công an tỉnh")? */
export function namesOnly(v: TextView, span: Hit, names: Hit[]): boolean {
  return isOnlyNames(v, span.start, span.end, names);
}

/**
 * "6 tháng đầu năm 2021, toàn tỉnh tiếp nhận 4.120 đơn vị máu", "Năm 2020, ...", "Mùa Giáng sinh năm 2020, ...": a
 * part that opens with a month, quarter, half or year wholly before the directive tells what happened then,
 * unless it binds someone ("Năm 2020, các huyện phải ..." restates an order).
 */
export function opensWithPastPeriod(v: TextView, span: Hit, lex: Lexicons, issuedOn: string | null, skip: Hit[] = []): boolean {
  return (opensWithPastTime(v, span, issuedOn) || opensWithPastSpan(v, span)) && cueHits(cueSets(lex, v).binding, v, span.start, span.end, skip).length === 0;
}

/**
 * A time just past, then a comma, folded: "cuối tuần qua, ", "trong dịp nghỉ lễ vừa qua, ", "những ngày qua, ". A
 * bare "qua" follows a word of time ("thông qua" is "through").
 */
const PAST_SPAN_OPENING = /^(?:[\p{L}\d]+[\s\u00a0]+){0,7}?(?:\p{L}+[\s\u00a0]+vua|tuan|thang|ngay|nam|gian|dem|hom|le|tet)[\s\u00a0]+qua[\s\u00a0]*,/u;

/** Does the span open with a time just past ("Cuối tuần qua, nhiều người dân tập trung tại công viên")? */
function opensWithPastSpan(v: TextView, span: Hit): boolean {
  const from = afterConnectors(v, span.start, span.end);
  return PAST_SPAN_OPENING.test(v.folded.slice(from, Math.min(span.end, from + PAST_PERIOD_REACH + 24)));
}

/** Does the span open with a month, quarter, half or year wholly before `issuedOn`, then a comma? Targets read it too. */
export function opensWithPastTime(v: TextView, span: Hit, issuedOn: string | null): boolean {
  const o = openingTime(v, span, issuedOn, (folded) => {
    const opener = PAST_PERIOD_LEAD.exec(folded)![0].length;
    return opener + (OCCASION.exec(folded.slice(opener))?.[0].length ?? 0);
  });
  return !!o && o.t.kind !== 'DAY' && o.t.kind !== 'END' && o.t.last < o.issuedOn && /^[\s\u00a0]*,/u.test(o.folded.slice(o.t.end));
}

/**
 * Does the span open with a day after the directive's own ("Ngày 22/9/2021 xét nghiệm toàn bộ người dân ấp 3",
 * "Sáng ngày 25/9/2021, ...")? A day to come schedules an order; news tells of days gone.
 */
export function opensWithComingDay(v: TextView, span: Hit, issuedOn: string | null): boolean {
  const o = openingTime(v, span, issuedOn, (folded) => COMING_DAY_LEAD.exec(folded)![0].length);
  return !!o && o.t.kind === 'DAY' && o.t.first > o.issuedOn;
}

/**
 * The time a part opens with, right after its lead words (`leadEnd` of the folded opening), read in the directive's
 * year; null without the directive's date or when the opening is no time.
 */
function openingTime(v: TextView, span: Hit, issuedOn: string | null, leadEnd: (folded: string) => number) {
  if (!issuedOn) return null;
  const from = afterConnectors(v, span.start, span.end);
  const folded = v.folded.slice(from, Math.min(span.end, from + PAST_PERIOD_REACH));
  const t = findTimeExpressions(folded, yearOfIso(issuedOn))[0];
  return t && t.start === leadEnd(folded) ? { t, folded, issuedOn } : null;
}

const COMING_DAY_LEAD = /^[\s\u00a0*_\-–•+(]*(?:(?:vao|sang|chieu|toi|trua)[\s\u00a0]+)?/u;

/** How far into a part its opening period may run ("6 tháng đầu năm 2021", "Trong quý II năm 2021"). */
const PAST_PERIOD_REACH = 48;
const PAST_PERIOD_LEAD = /^[\s\u00a0*_\-–•+(]*(?:(?:trong|ca)[\s\u00a0]+)?/u;
/** The occasion a year is named for: "Mùa Giáng sinh năm 2020", "Dịp Tết Nguyên đán năm 2021", "Dịp Phật đản năm 2020". */
const OCCASION = /^(?:dip|mua)(?:[\s\u00a0]+\p{L}+){1,4}?[\s\u00a0]+(?=nam[\s\u00a0]+\d{4}(?!\d))/u;

/** Only names and the titles of those who head them ("Chủ tịch UBND huyện Phú Bình", "Giám đốc Sở Y tế"). */
export function namesOnlyWithTitles(v: TextView, span: Hit, names: Hit[], lex: Lexicons): boolean {
  return isOnlyNames(v, span.start, span.end, [...names, ...compiled(lex).addressees.all(v, span.start, span.end)]);
}

/** Is text[from, to) empty but for names (skip spans), spaces, commas and "và"? */
function isOnlyNames(v: TextView, from: number, to: number, names: Hit[]): boolean {
  let rest = '';
  let pos = from;
  for (const n of names.filter((h) => h.start >= from && h.end <= to).sort((a, b) => a.start - b.start)) {
    if (n.start > pos) rest += v.folded.slice(pos, n.start) + ' ';
    pos = Math.max(pos, n.end);
  }
  rest += v.folded.slice(pos, to);
  return /^(?:[\s\u00a0,;.]|\bva\b)*$/u.test(rest);
}

/**
 * "UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh" before a ";": a part that only says whom
 * the order is for, the order itself being in the part after it ("...; Chủ tịch UBND các huyện khẩn trương
 * ..."). Nothing but a subject and other requests before its last request verb, and nothing but addressees
 * (names, titles, "các sở, ban, ngành") after it.
 */
export function isAddressing(v: TextView, span: Hit, lex: Lexicons, names: Hit[]): boolean {
  const requests = cueHits(cueSets(lex, v).delegation, v, span.start, span.end, names);
  const last = requests[requests.length - 1];
  if (!last) return false;
  const asks = (h: Hit) => requests.some((r) => h.start < r.end && r.start < h.end);
  if (allCues(v, { start: span.start, end: last.start }, lex, names).some((h) => !asks(h))) return false;
  const addressees = [...names, ...compiled(lex).addressees.all(v, last.end, span.end)];
  return last.end < span.end && isOnlyNames(v, last.end, span.end, addressees.filter((h) => h.start >= last.end));
}

/**
 * "Sở Y tế chủ trì, hướng dẫn chuyên môn", "Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn phối hợp.": names of bodies and
 * their roles in carrying the text out (strength.json closing.roles), no topic: who leads, not what is ordered.
 */
export function isRoleOnly(v: TextView, span: Hit, lex: Lexicons, names: Hit[]): boolean {
  const roles = compiled(lex).roles.all(v, span.start, span.end);
  return roles.length > 0 && categorise(v, span.start, span.end, lex, names).score === 0 && isOnlyNames(v, span.start, span.end, [...names, ...roles]);
}

/** A figure within the three words after an aspect word: "đã lấy 9.845 mẫu", "Đã huy động 240 cán bộ". */
const FIGURE_AFTER = /^(?:[\s\u00a0]+\p{L}+){0,3}[\s\u00a0]+\d/u;

/** News that a document was issued, with no order after it. */
export function isIssuanceNews(reading: Reading, span: Hit, skip: Hit[] = []): boolean {
  const issued = findCitedDocuments(reading, { from: span.start, to: span.end }).find((c) => c.justIssued);
  return !!issued && !ordersSomething(reading, { start: issued.end, end: span.end }, reading.lex, [...skip, ...nounCueSpans(reading, span, reading.lex)]);
}

/** Does the text carry a word that orders ("phải", "đề nghị", "nghiêm cấm")? */
export function ordersSomething(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): boolean {
  return cueHits(compiled(lex).orders, v, span.start, span.end, skip).length > 0;
}

/** "Đối tượng: ...", "Thời gian: từ ngày ...": a label that defines the plan's scope. */
export function isDefinition(v: TextView, span: Hit, lex: Lexicons): boolean {
  const end = compiled(lex).labels.startAt(v, span.start, 40);
  return end >= 0 && /^[\s\u00a0*_]*:/u.test(v.text.slice(end, span.end));
}

/**
 * The closing formula: a sentence that sums the text up ("Trên đây là ...") or tells who it is for ("...
 * để Nhân dân được biết"), an instruction that names no topic and either ends on "triển khai thực hiện" or
 * speaks of the text itself ("... nghiêm túc triển khai thực hiện Chỉ thị này./.", "Nội dung nào trước đây
 * trái với Công văn này thì bãi bỏ"), possibly followed by the duty to report ("... triển khai thực hiện, báo
 * cáo kết quả về UBND huyện"), or whose first verb is the duty to report on this text ("báo cáo kết quả thực
 * hiện về UBND tỉnh"). "giám sát việc thực hiện Nghị quyết này" names a topic and stays.
 */
export function isClosingFormula(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): boolean {
  const c = compiled(lex);
  let end = span.end;
  while (end > span.start && /[\s\u00a0.,;/]/.test(v.text[end - 1])) end--;
  const selfReference = c.documents.test(v, span.start, span.end);
  // "Sở Y tế chủ trì tổ chức thực hiện Kế hoạch", "... thực hiện Mục II.3": the formula may end on the text's
  // own name for itself or one of its parts.
  const named = c.ownName.exec(v.text.slice(span.start, end));
  if (named) end = span.start + named.index;
  // "... chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện": a noun phrase, not the formula.
  const formulaAt = c.formulas.endAt(v, end);
  const formulaEnd = formulaAt >= span.start && !nounCueSpans(v, span, lex).some((n) => n.start <= formulaAt && end <= n.end);
  if ((selfReference || formulaEnd) && categorise(v, span.start, span.end, lex, skip).score === 0) return true;
  // "Điều 3. Chánh Văn phòng ...; Hiệu trưởng Trường Cao đẳng Y tế tỉnh chịu trách nhiệm thi hành Quyết định này":
  // the bodies that execute the text, whatever their names' words are about.
  if (named && c.executions.endAt(v, end) >= span.start) return true;
  // "... nghiêm túc triển khai thực hiện, báo cáo kết quả về UBND huyện": the formula, then the duty to report.
  for (const duty of cueHits(c.duties, v, span.start, span.end, skip)) {
    const comma = /,[\s\u00a0]*$/u.exec(v.text.slice(span.start, duty.start));
    if (!comma) continue;
    const before = span.start + comma.index;
    if (c.formulas.endAt(v, before) >= span.start && categorise(v, span.start, before, lex, skip).score === 0) return true;
  }
  const from = afterConnectors(v, span.start, span.end);
  // "Trên đây là Kế hoạch ...", "Ban Chỉ đạo tỉnh thông tin để ... Nhân dân được biết./.": whatever topic
  // they name, they sum up or close the text.
  if (c.summaries.startAt(v, from, 20) >= 0) return true;
  // "..., để Nhân dân biết" closes a text that informs; after an order with a topic of its own ("Tuyên truyền lịch
  // tiêm vắc xin để Nhân dân biết") it is only that order's purpose.
  const informAt = c.informs.endAt(v, end);
  const forWhom = informAt >= span.start ? /(?:^|[\s\u00a0])để[\s\u00a0]/u.exec(v.lower.slice(span.start, informAt)) : null;
  if (forWhom && categorise(v, span.start, span.start + forWhom.index, lex, skip).score === 0) return true;
  const delegations = cueHits(cueSets(lex, v).delegation, v, from, span.end, skip);
  const firstAction = cueHits(cueSets(lex, v).actions, v, from, span.end, skip).find((h) => !delegations.some((d) => h.start < d.end && d.start < h.end));
  // The duty opens the order, before any other action: "Trung tâm Y tế tổng hợp kết quả, báo cáo ...".
  const duty = cueHits(c.duties, v, from, span.end, skip)[0];
  return !!duty && (!firstAction || duty.start <= firstAction.start);
}

/** Words left around a deadline that make a sentence of its own: "Hoàn thành trước ngày 15/10/2021." */
const COMPLETION_ONLY = /^(?:(?:phai|can)\s+)?(?:hoan\s+thanh|xong|thoi\s+gian\s+hoan\s+thanh|thoi\s+han(?:\s+hoan\s+thanh)?|thoi\s+gian\s+thuc\s+hien)?$/u;

/** A sentence that only states when the order before it is due. */
export function isDeadlineOnly(v: TextView, span: Hit, deadlines: Deadline[]): boolean {
  const inside = deadlines.filter((d) => d.citation.start >= span.start && d.citation.end <= span.end);
  if (inside.length === 0) return false;
  let rest = '';
  let pos = span.start;
  for (const d of inside.sort((a, b) => a.citation.start - b.citation.start)) {
    rest += v.folded.slice(pos, d.citation.start) + ' ';
    pos = d.citation.end;
  }
  rest += v.folded.slice(pos, span.end);
  return COMPLETION_ONLY.test(rest.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}

/** In a press release, does this sentence ask or order anything ("đề nghị", "khuyến cáo", "yêu cầu")? */
export function hasRequest(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): boolean {
  return firstRequest(v, span, lex, skip) !== undefined;
}

/** The first word that asks or orders in the span ("đề nghị", "khuyến cáo", "yêu cầu"), if any. */
export function firstRequest(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): Hit | undefined {
  return cueHits(compiled(lex).requests, v, span.start, span.end, skip)[0];
}

/** The last such word in the span, if any. */
export function lastRequest(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): Hit | undefined {
  return cueHits(compiled(lex).requests, v, span.start, span.end, skip).pop();
}

/** What holds now ("Hiện nay, lái xe ... phải có kết quả xét nghiệm") and counts of cases ("12 ca phải thở máy") are news. */
const NOW = new RegExp(String.raw`^[\s\u00a0]*(?:${fold(NOW_MARKED)})\b`, 'u');
const CASE_COUNT = /\d[\s\u00a0]+(?:ca|truong hop|benh nhan)\b/u;

/** A few words with no figure: who an order binds. */
const SUBJECT = /^[\p{L}\s\u00a0,-]{2,80}$/u;

/** A phrase of time or place ahead of an order: "Từ 0 giờ ngày 13/8/2021,", "Tại các huyện cấp độ 3,", "Ở các xã đang phong tỏa,". */
const SETTING = /^[\s\u00a0]*(?:ke tu|tu|tai|o|trong|doi voi|tren dia ban|den het|sau khi|truoc khi)\b[^,.;:!?\n]{0,100},[\s\u00a0]*/u;

/** Where the comma that closes a phrase of time or place opening the span is, or -1. */
export function settingComma(v: TextView, span: Hit): number {
  const setting = SETTING.exec(v.folded.slice(span.start, span.end));
  return setting ? span.start + setting[0].lastIndexOf(',') : -1;
}

/**
 * In a press release, does this sentence announce an order rather than tell news? It reports nothing, and it
 * opens with an instruction verb, perhaps after a phrase of time or place ("Thực hiện giãn cách xã hội ...
 * trong 14 ngày", "Từ 0 giờ ngày 13/8, tạm dừng ..."), or it holds a modal or a prohibition ("Khách phải
 * xét nghiệm ...", "Người dân không tụ tập ..."). A subject before a plain verb is news ("Chiều 11/8, Ban Chỉ
 * đạo tổ chức họp báo"), as is a sentence with an aspect word ("đã", "đang") anywhere: a release's orders
 * are announced plainly, and its reports are many.
 */
export function announcesOrder(v: TextView, span: Hit, lex: Lexicons, skip: Hit[] = []): boolean {
  const c = compiled(lex);
  let from = afterConnectors(v, span.start, span.end);
  if (NOW.test(v.folded.slice(from, span.end)) || CASE_COUNT.test(v.folded.slice(span.start, span.end))) return false;
  if (inSpeakerParagraph(v, span.start, lex)) return false;
  if (cueHits(c.reportMarkers, v, span.start, span.end, skip).length > 0) return false;
  const cues = cueSets(lex, v);
  const setting = SETTING.exec(v.folded.slice(from, span.end));
  if (setting) from += setting[0].length;
  const verbs = [cues.actions, cues.required, cues.forbidden];
  if (verbs.some((m) => m.startAt(v, from, 30) >= 0) && !skip.some((s) => s.start <= from && from < s.end)) return true;
  if (cueHits(c.binding, v, span.start, span.end, skip).length > 0) return true;
  // The people or places an order binds, then its verb: "Các cơ sở sản xuất, kinh doanh bố trí không quá 50%
  // số lao động", "Người từ vùng dịch về tỉnh thực hiện cách ly tập trung 21 ngày". A body's name there tells
  // what it did ("Sở Y tế thiết lập 02 phòng xét nghiệm").
  const verb = verbs.flatMap((m) => cueHits(m, v, from, span.end, skip)).sort((a, b) => a.start - b.start)[0];
  if (!verb) return false;
  // "Các trường hợp F1 được cách ly tại nhà 7 ngày": a case class names who, not a figure.
  const subject = v.folded.slice(from, verb.start).replace(/\bf[0-3]\b/gu, 'f');
  return SUBJECT.test(subject) && !skip.some((s) => s.start < verb.start && from < s.end);
}

/**
 * "Trước tình hình trên, Sở Công Thương khuyến cáo ...", "Đến ngày 31/10/2021, trên 80% người ... được tiêm":
 * a framing opener followed by an order, in a sentence that reports nothing ("đã", "đang") but the situation the
 * opener names, up to its comma. Such an opener is background only when the sentence reports. A basis verb
 * frames an order when it rests on no document
 * ("Căn cứ cấp độ dịch được công bố, UBND các huyện áp dụng ..."), or when a body orders after the document's
 * comma; otherwise one that names a document is the preamble's basis, whose titles hold verbs ("Căn cứ Nghị
 * quyết số 128/NQ-CP ... ban hành Quy định tạm thời ... kiểm soát hiệu quả dịch COVID-19").
 */
export function isFramedOrder(reading: Reading, span: Hit, skip: Hit[] = []): boolean {
  const { lex } = reading;
  const c = compiled(lex);
  const from = afterConnectors(reading, span.start, span.end);
  if (c.framing.startAt(reading, from, 40) < 0 && !opensWithNewsTime(reading, from, lex)) return false;
  // The situation the opener names may be under way ("Hiện nay, dịch bệnh đang diễn biến phức tạp, các huyện
  // phải ...", "Trước tình hình dịch bệnh đang lây lan, ..."): what follows its comma must report nothing, and order.
  const reports = cueHits(c.reportMarkers, reading, span.start, span.end, skip);
  const comma = reports.length > 0 ? reading.text.indexOf(',', reports[0].start) : -1;
  const situationEnd = comma >= 0 && comma < span.end ? comma + 1 : -1;
  if (reports.some((h) => h.start >= situationEnd)) return false;
  if (situationEnd >= 0) return allCues(reading, { start: situationEnd, end: span.end }, lex, skip).length > 0;
  const documents = c.basisFraming.startAt(reading, from, 40) >= 0 ? findCitedDocuments(reading, { from, to: span.end }) : [];
  if (documents.length > 0 && !bodyResumes(reading, documents[documents.length - 1].end, span.end, skip)) return false;
  return allCues(reading, span, lex, skip).length > 0;
}

/**
 * "Căn cứ Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND tỉnh cho phép ...": after the
 * document, its date and issuer, a comma and a body that orders. A subject after "về"/"v/v" is the document's title.
 */
function bodyResumes(reading: Reading, from: number, to: number, skip: Hit[]): boolean {
  const comma = reading.text.indexOf(',', from);
  if (comma < 0 || comma >= to || TITLE_OPENS.test(reading.folded.slice(from, comma))) return false;
  const next = comma + 1 + /^[\s\u00a0]*/u.exec(reading.text.slice(comma + 1))![0].length;
  return skip.some((s) => s.start === next);
}

/** What opens a document's subject, folded: "về (việc)", "v/v". */
const TITLE_OPENER = String.raw`(?:\bve\b|\bv[\s\u00a0]*\/[\s\u00a0]*v\b)`;
const TITLE_OPENS = new RegExp(TITLE_OPENER, 'u');

/**
 * What may stand between and after the documents of a basis (each document and body written "§"): their
 * issuers ("của §"), "và", commas; then perhaps the subject of the last ("về việc tăng cường ...", "v/v ..."),
 * which runs to the end.
 */
const BASIS_REST = new RegExp(String.raw`^(?:[\s\u00a0,.]|§|\b(?:va|cua|cung|tiep theo)\b)*(?:(?:\bcua\b[^§;]{1,80}?)?${TITLE_OPENER}[^;]*)?$`, 'u');

/**
 * "Thực hiện Công điện số 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ về việc tăng cường ...; Công văn
 * số 2033/UBND-KGVX ngày 29/8/2021 của UBND tỉnh.": a part that names the documents the text carries out, and
 * nothing else, is its basis, not an order; `continued` when the part before it in the sentence was one (it
 * then opens with its document). A part that goes on to order after a comma ("..., các phường, xã tổ chức
 * đón Tết an toàn") or opens a list (":") is not one, nor is an item of a list ("2. Thực hiện Kế hoạch số
 * 120/KH-UBND ...": carrying a plan out is its order), nor a document applied somewhere ("Thực hiện Chỉ
 * thị số 16/CT-TTg của Thủ tướng Chính phủ trên toàn tỉnh").
 */
export function isBasis(reading: Reading, span: Hit, skip: Hit[], continued: boolean): boolean {
  const { text, folded, lex } = reading;
  const from = afterConnectors(reading, span.start, span.end);
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (leadingMarkerLength(text.slice(lineStart, span.end)) > 0) return false;
  if (endsWithColon(text.slice(from, span.end))) return false;
  const docs = findCitedDocuments(reading, { from, to: span.end }).filter((d) => d.kindWord !== null);
  if (docs.length === 0) return false;
  const lead = folded.slice(from, docs[0].start);
  if (!(continued ? /^[\s\u00a0]*(?:(?:va|tiep theo)[\s\u00a0]+)?$/u.test(lead) : compiled(lex).basisLead.test(lead))) return false;
  // A comma, then a clause that orders (not "phòng, chống", not one more document): the basis frames an order.
  const cueSkip = [...skip, ...nounCueSpans(reading, span, lex)];
  for (let comma = text.indexOf(',', docs[0].end); comma >= 0 && comma < span.end; comma = text.indexOf(',', comma + 1)) {
    const next = text.indexOf(',', comma + 1);
    const end = next < 0 || next > span.end ? span.end : next;
    const after = folded.slice(comma + 1, end);
    if (/^[\s\u00a0]*chong\b/u.test(after) || docs.some((d) => d.start > comma && /^[\s\u00a0]*$/u.test(text.slice(comma + 1, d.start)))) continue;
    if (hasInstructionCue(reading, comma + 1, end, lex, cueSkip)) return false;
  }
  const masks = [...docs, ...skip.filter((h) => h.start >= docs[0].start && h.end <= span.end)].sort((a, b) => a.start - b.start);
  let rest = '';
  let pos = docs[0].start;
  for (const m of masks) {
    if (m.start < pos) continue;
    rest += folded.slice(pos, m.start) + ' § ';
    pos = m.end;
  }
  rest += folded.slice(pos, span.end);
  return BASIS_REST.test(rest) || (continued && TITLED.test(rest));
}

/**
 * One more document of a basis after ";", its title written without "về việc": "...; Kế hoạch số 98/KH-UBND ... của
 * UBND tỉnh triển khai phát phiếu đi chợ", "...; Công điện số 1063/CĐ-TTg ... yêu cầu tăng cường ...".
 */
const TITLED = /^(?:[\s\u00a0,.]|§)*(?:\bcua\b[\s\u00a0]*§)?[^§]*$/u;

/** A caption is a line this long at most, its photo's credit in parentheses at its end. */
const CAPTION_LENGTH = 240;

/** After a speaker's label: a number, a parenthesis naming who speaks, then ":" ("Câu hỏi 2 (Phóng viên ...):"). */
const LABEL_TAIL = /^[\s\u00a0]*\d{0,2}[\s\u00a0]*(?:\([^()\n]{0,160}\))?[\s\u00a0]*:/u;

/**
 * "Trả lời (đồng chí ..., Giám đốc Sở Y tế): Trẻ được khám sàng lọc ...", "[Ảnh: Lực lượng chức năng kiểm tra
 * ...]", "... (Ảnh minh họa: An Nhiên).": the paragraph of an interview's answer or question, or a photo's caption,
 * reports what someone said or shows; it orders nothing, whatever verbs it holds.
 */
export function inSpeakerParagraph(v: TextView, at: number, lex: Lexicons): boolean {
  const lineStart = v.text.lastIndexOf('\n', at - 1) + 1;
  const lead = /^[\s\u00a0[(*_\-–•]*/u.exec(v.text.slice(lineStart, lineStart + 8))?.[0].length ?? 0;
  const end = compiled(lex).speakers.startAt(v, lineStart + lead, 20);
  if (end >= 0 && LABEL_TAIL.test(v.text.slice(end, end + 180))) return true;
  // "Điều chỉnh cách ly đối với F0 và F1 (Ảnh minh họa: An Nhiên).": a caption that ends with its photo's credit.
  const lineEnd = v.text.indexOf('\n', at);
  const line = v.text.slice(lineStart, lineEnd < 0 ? v.text.length : lineEnd);
  const credit = /\(([^()\n]{1,80})\)[\s\u00a0.]*$/u.exec(line);
  if (!credit || line.length > CAPTION_LENGTH) return false;
  const creditStart = lineStart + credit.index + 1;
  const label = compiled(lex).speakers.startAt(v, creditStart, 20);
  return label >= 0 && /^[\s\u00a0]*:/u.test(v.text.slice(label, label + 4));
}

function attributionPattern(honorifics: string[], verbs: string[]): RegExp {
  if (honorifics.length === 0 || verbs.length === 0) return /(?!)/u;
  // Case matters for the name, so the words are written both ways rather than matched without case.
  const either = (words: string[]) =>
    words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).map((w) => escapeRegExp(w).replace(/\s+/gu, '[\\s\\u00a0]+')).join('|');
  const name = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}]*){0,3}`;
  // The name may carry its title between commas: "..., ông Nguyễn Văn Hưng, Giám đốc Sở Y tế, cho biết."
  const title = String.raw`(?:[\s\u00a0]*,[^,.;!?\n]{1,80},?)?`;
  return new RegExp(String.raw`[,"”][\s\u00a0]*(?:${either(honorifics)})[\s\u00a0]+${name}${title}[\s\u00a0]+(?:${either(verbs)})[\s\u00a0]*[.!]?["”]?[\s\u00a0]*$`, 'u');
}

/**
 * "“Chúng tôi đang huy động tối đa lực lượng để truy vết”, ông Hưng nói.": a sentence that ends by naming who said
 * it (strength.json background.honorifics, speechVerbs), with a title or not, quotes a person in an article; it
 * orders nothing.
 */
export function isAttributedSpeech(text: string, span: Hit, lex: Lexicons): boolean {
  return compiled(lex).attribution.test(text.slice(span.start, span.end));
}

/**
 * "Tiêm vắc xin đầy đủ - Bảo vệ bản thân, gia đình và cộng đồng!", "- “Tiền Giang chung sức - Đẩy lùi COVID-19!”":
 * a cry that closes a release or a plan, no order. A slogan quoted inside an order ("thực hiện nghiêm tinh
 * thần “Chống dịch như chống giặc!”") leaves the order standing.
 */
export function isExclamation(text: string, span: Hit): boolean {
  const part = text.slice(span.start, span.end).replace(/[\s\u00a0./]+$/u, '');
  if (part.endsWith('!')) return true;
  const quoted = /^[\s\u00a0\-–•*+]*(?:\d{1,2}[.)][\s\u00a0]*)?["“«‘']/u.test(part);
  return quoted && /!["”»’']$/u.test(part);
}

/**
 * "Để chủ động kiểm soát tốt tình hình dịch trong bối cảnh biến thể mới có thể xâm nhập vào huyện.": a purpose
 * ("để", "nhằm") standing alone as a sentence, with no comma, semicolon or colon after which an order could
 * come, is the reason for the orders below, not one of them.
 */
export function isPurposeOnly(v: TextView, span: Hit, lex: Lexicons): boolean {
  const from = afterConnectors(v, span.start, span.end);
  if (compiled(lex).purpose.startAt(v, from, 10) < 0) return false;
  return !/[,;:]/u.test(v.text.slice(from, span.end));
}

/** Words of a label that introduces a way to reach someone. */
const CONTACT_LABEL = /(?:^|[^\p{L}])(?:lien he|duong day nong|hotline|dien thoai|tong dai|so may)(?![\p{L}])/u;
/** "Mọi thông tin (cần hỗ trợ), ... liên hệ ...": a sentence about where to ask, up to its numbers. */
const INFO_CONTACT = /^[\s\u00a0\-–•*+]*(?:(?:moi|cac)[\s\u00a0]+)?(?:thong tin|thac mac|phan anh|y kien|khi can ho tro)(?![\p{L}])[^.;:!?]{0,80}?(?:lien he|lien lac|goi (?:dien|den|vao|toi|qua|so))(?![\p{L}])[^;:!?]*$/u;
/** Most words of a contact line's label after its last comma ("đề nghị liên hệ đường dây nóng của Sở Y tế Hà Tĩnh"). */
const CONTACT_LABEL_WORDS = 18;
/** How long the rest of a contact line may be: a name or two and the numbers, no orders. */
const CONTACT_REST = 120;
/**
 * "tuyệt đối không để dịch bệnh quay trở lại", "không để dịch lây lan qua biên giới": the goal the orders
 * serve, with the epidemic as what must not happen, orders nothing by itself.
 */
const EPIDEMIC_GOAL = /^[\s\u00a0\-–•*+]*(?:(?:va|dong thoi|nhung|de)[\s\u00a0]+)?(?:(?:tuyet doi|kien quyet|quyet tam|phan dau|bao dam|dam bao)[\s\u00a0]+)?khong de[\s\u00a0]+(?:dich|benh dich)(?![\p{L}])/u;

export function isEpidemicGoal(v: TextView, span: Hit): boolean {
  return EPIDEMIC_GOAL.test(v.folded.slice(span.start, span.end));
}

/**
 * "Giao Văn phòng ... theo dõi, đôn đốc việc thực hiện, tổng hợp báo cáo": following up the text itself, with
 * no epidemic topic of its own ("đôn đốc việc thực hiện cách ly tại nhà" has one).
 */
function followUpPattern(lex: Lexicons): RegExp {
  // The text may name itself by any kind of document: "việc thực hiện Kết luận này", "... Công điện này".
  const kinds = foldedAlternation(lex.documentKinds.kinds.flatMap((k) => k.words), String.raw`[\s\u00a0]+`);
  return new RegExp(
    String.raw`(?:theo doi|don doc)(?:,?[\s\u00a0]+(?:don doc|kiem tra|giam sat|theo doi))*[\s\u00a0]+viec[\s\u00a0]+thuc[\s\u00a0]+hien(?:[\s\u00a0]+(?:${kinds}|cac noi dung|noi dung)[^,;.]*)?[\s\u00a0]*(?:[,;.]|$)`,
    'u',
  );
}

export function followsUpOnly(v: TextView, span: Hit, lex: Lexicons): boolean {
  return compiled(lex).followUp.test(v.folded.slice(span.start, span.end));
}

/** A telephone number: digits in groups ("0239.3855.116", "1900 9095", "+84 912 608 115"). */
const PHONE = /\+?\d[\d\s\u00a0.\-]{4,}\d/gu;

/**
 * "Đường dây nóng hỗ trợ doanh nghiệp: 0205.3812.460.", "Mọi thông tin cần hỗ trợ, liên hệ đường dây nóng của
 * Sở Y tế: 0239.3855.116 hoặc 0969.116.115 (hoạt động 24/24 giờ), của Bộ Y tế: 1900 9095.": a label, then
 * numbers (and more labelled numbers), no order. "Người có triệu chứng gọi ngay đường dây nóng 1900.9095" is one.
 */
export function isContactLine(text: string, span: Hit): boolean {
  const part = text.slice(span.start, span.end).replace(/\([^()]*\)/g, ' ');
  // "Mọi thông tin cần hỗ trợ, người dân liên hệ đường dây nóng 1900.9095 hoặc 0275.3822.115.": where to ask, in one sentence.
  if (INFO_CONTACT.test(fold(part)) && (part.match(PHONE) ?? []).length > 0) return true;
  const colon = part.indexOf(':');
  if (colon < 1 || colon > 160 || part.slice(0, colon).includes(';')) return false;
  // "Đề nghị những người đã đến các địa điểm trên ... gọi đường dây nóng của CDC tỉnh: 0961.202.026": a whole
  // sentence before the numbers asks people to act; a label is a few words ("Mọi thông tin cần hỗ trợ, liên hệ
  // đường dây nóng của Sở Y tế": those after its last comma).
  const label = part.slice(0, colon).split(',').pop()!;
  if ((label.match(/[\p{L}\p{N}]+/gu) ?? []).length > CONTACT_LABEL_WORDS) return false;
  const rest = part.slice(colon + 1);
  if (!/\d/.test(rest)) return false;
  // "Mọi thông tin liên hệ đường dây nóng: 0259.3822.115 hoặc tổng đài 1900.9095", "Thông tin liên hệ: Văn
  // phòng UBND tỉnh, điện thoại 0211.3862.480": a contact label, then a short line that gives a number.
  if (CONTACT_LABEL.test(fold(part.slice(0, colon))) && rest.length <= CONTACT_REST && (rest.match(PHONE) ?? []).length > 0) return true;
  const left = rest
    .replace(PHONE, ' ')
    .replace(/[^,:;]*:/g, ' ')
    .replace(/(?<![\p{L}])(?:hoặc|và)(?![\p{L}])/gu, ' ');
  return !/[\p{L}\p{N}]/u.test(left);
}

/**
 * "Hiện năng lực xét nghiệm của tỉnh khoảng 6.000 mẫu/ngày", "Kết quả xét nghiệm ... dương tính": a sentence that
 * opens with now or with a noun phrase of cue words states a fact, whatever list it stands in.
 */
export function opensAsStatement(v: TextView, span: Hit, lex: Lexicons): boolean {
  return NOW.test(v.folded.slice(afterConnectors(v, span.start, span.end), span.end)) || opensWithNounCue(v, span, lex);
}

/**
 * "Chỉ thị số 05/CT-UBND ngày 30/3/2020 của UBND tỉnh về thực hiện cách ly toàn xã hội": a part that opens with a
 * document it names gives the document's subject after "về"; its cue words order nothing (a list of documents
 * repealed, replaced or carried out). Null when the part does not open so.
 */
export function citedTitle(reading: Reading, span: Hit): Hit | null {
  const from = afterConnectors(reading, span.start, span.end);
  const doc = findCitedDocuments(reading, { from, to: span.end })[0];
  if (!doc || /[\p{L}\p{N}]/u.test(reading.text.slice(from, doc.start))) return null;
  const about = /(?:^|[\s\u00a0])ve[\s\u00a0]/u.exec(reading.folded.slice(doc.end, span.end));
  return about && !/[;:]/u.test(reading.text.slice(doc.end, doc.end + about.index)) ? { start: doc.end + about.index, end: span.end } : null;
}

/** "Thời gian thực hiện bắt đầu từ 19 giờ ngày 6/5": a sentence whose subject is such a noun phrase. */
export function opensWithNounCue(v: TextView, span: Hit, lex: Lexicons): boolean {
  return compiled(lex).nouns.startAt(v, afterConnectors(v, span.start, span.end), 40) >= 0;
}

/**
 * Where cue words are not verbs: inside a noun phrase ("kinh phí thực hiện", "thời gian thực hiện") or a noun a
 * "không" belongs to ("đường hàng không"), right after a nominalizer ("Với sự triển khai đồng bộ ..., sự đồng
 * thuận của Nhân dân" frames, it orders nothing) and in a document's subject after "về việc", up to the next
 * comma, ";" or full stop.
 */
export function nounCueSpans(v: TextView, span: Hit, lex: Lexicons): Hit[] {
  const c = compiled(lex);
  const out = [...c.nouns.all(v, span.start, span.end), ...cueSets(lex, v).cueNouns.all(v, span.start, span.end)];
  const adverbs = c.notNominalizers.all(v, span.start, span.end);
  for (const n of c.nominalizers.all(v, span.start, span.end)) {
    if (adverbs.some((a) => a.start <= n.start && n.end <= a.end)) continue;
    const cue = allCues(v, { start: n.end, end: Math.min(span.end, n.end + 40) }, lex, []).find((h) => /^[\s\u00a0]*$/u.test(v.text.slice(n.end, h.start)));
    if (cue) out.push({ start: n.start, end: cue.end });
  }
  for (const t of c.titles.all(v, span.start, span.end)) {
    const stop = /[,;.]/.exec(v.text.slice(t.end, span.end));
    out.push({ start: t.start, end: stop ? t.end + stop.index : span.end });
  }
  return out;
}
