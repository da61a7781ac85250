import { listingRowOrdinal, opensOrdinalHeading } from '../../clean/line-shape';
import { compiledTargets } from '../targets/compile';
import { isTotal } from '../targets/tables';
import { elapsedOpening, statisticLabelEnd } from '../targets/reported';
import { reportLabelEnd } from '../targets/report-sections';
import type { ClauseSpan } from '../../document';
import { PhraseMatcher, view, type Hit, type TextView } from '../../phrases/patterns';
import type { Reading } from '../../reading';
import { bodyClauses, preambleAsks } from './body-clauses';
import { splitProhibitions } from './comma-split';
import type { FoundFacts } from '../found';
import { isHeading, sectionKind, type SectionKind } from './headings';
import { ARTICLE, isBullet, leadingMarkerLength, parseMarker } from '../../segment/markers';
import { endsWithColon } from '../../segment/lines';
import { categorise, namesTopic } from './categorise';
import { directionOf } from './direction';
import { rowAt } from '../../segment/level-tables';
import { capitalisedWords } from './name-words';
import { ABBREVIATION_DOT } from '../../../text/abbreviation-dots';
import { partitionPoint } from '../../../text/sorted';
import { announcesOrder, hasRequest, isAddressing, isAttributedSpeech, isClosingFormula, isContactLine, isDeadlineOnly, isEpidemicGoal, isExclamation, followsUpOnly, isDefinition, isFramedOrder, opensWithComingDay, inSpeakerParagraph, isPurposeOnly, isRoleOnly, opensWithNounCue, isIssuanceNews, isBasis, isForecast, isReport, opensWithPastPeriod, isCountStated, statesPresent, namesOnly, namesOnlyWithTitles, nounCueSpans, citedTitle, opensAsStatement, ordersSomething, toldAsDone, firstRequest } from './non-orders';
import { afterConnectors, cueSets, hasInstructionCue, isBackground, strengthOf } from './strength';

// An instruction is a sentence, or a ";"-separated part of one, inside a body clause that orders, assigns
// or encourages something. Not instructions: background ("Tuy nhiên, ...") and praise ("ghi nhận, biểu
// dương"), reports ("đã truy vết được 46 trường hợp F1") and what a report or definition heading covers
// (headings.ts), scope labels ("Đối tượng: ..."), the closing formula (non-orders.ts), and a lead-in ending
// with ":" ("4. Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo:", "Trong thời gian giãn cách xã hội:"),
// whose assignees are still passed down to the items below it. In a press release only what it asks for
// counts ("III. ĐỀ NGHỊ CỦA BAN CHỈ ĐẠO", "Sở Y tế khuyến cáo người dân ..."): the rest reports, as does a
// body telling its own work ("Sở Công Thương đang phối hợp ..."). A framing opener ("Trước tình hình trên,
// Sở ... khuyến cáo ...", "Đến ngày 31/10/2021, trên 80% ... được tiêm") is background only in a sentence
// that reports. Cue words inside a name ("Giám đốc các Sở: Y tế, Thông tin và Truyền thông"), a noun phrase
// ("Kinh phí thực hiện Kế hoạch từ nguồn ...") or a document's subject ("... ban hành Công văn số ... về việc
// tăng cường ...") order nothing; nor do the news that a document was issued and contact information
// ("Đường dây nóng: 0205.3812.460."). An item without a verb under a lead-in ("Tạm dừng các hoạt động sau:" /
// "a) Karaoke, vũ trường;") completes the lead-in's order and is a measure, read with it (measures.ts).

export interface InstructionSpan extends Hit {
  /** Innermost clause holding the instruction; negative for a paragraph or article outside the numbered clauses. */
  clauseOrdinal: number;
  /** True for a lead-in such as "... chỉ đạo:", which is not itself a measure. */
  leadIn: boolean;
  /**
   * A lead-in that orders by itself, its items the conditions it sets or the details it goes into ("Đồng ý mở lại
   * phố đi bộ từ ngày 12/8/2021, với các điều kiện:" / "- Chỉ hoạt động từ 17 giờ đến 22 giờ;"): a measure too.
   */
  ordersItself?: boolean;
  /**
   * A lead-in whose items are conditions to meet ("Người đến tỉnh phải đáp ứng một trong các điều kiện sau:" /
   * "a) Đã tiêm đủ 02 liều vắc xin;"): a condition stated as done reports nothing.
   */
  listsConditions?: boolean;
  /**
   * For an item without a verb of its own under a lead-in ("Tạm dừng các hoạt động sau:" / "a) Karaoke, vũ
   * trường, quán bar;"): the lead-in, whose order the item completes.
   */
  context?: Hit;
  /** The heading of the section the instruction sits in ("3. Điều trị", "II. CÔNG TÁC XÉT NGHIỆM"), or the label of the list it is an item of ("Đối với nhà hàng, quán ăn:"), if any. */
  heading?: Hit;
  /** A cell of a table of levels ("Không quá 50% công suất"): its row's label ("Nhà hàng, quán ăn"), which says what it rules. */
  rowLabel?: Hit;
}

/** The clause's own text: its span minus the spans of the clauses nested in it. */
export function ownSegments(clause: ClauseSpan, clauses: ClauseSpan[]): Hit[] {
  const children = clauses.filter((c) => c.parentOrdinal === clause.ordinal).sort((a, b) => a.start - b.start);
  const out: Hit[] = [];
  let pos = clause.start;
  for (const child of children) {
    if (child.start > pos) out.push({ start: pos, end: child.start });
    pos = Math.max(pos, child.end);
  }
  if (pos < clause.end) out.push({ start: pos, end: clause.end });
  return out;
}

const SENTENCE_BREAK = new RegExp(String.raw`\n+|(?<=[.!?])(?<!${ABBREVIATION_DOT})[\s\u00a0]+(?=[\p{Lu}\d“"(])`, 'gu');

/**
 * Sentences of text[start, end): split at line breaks and at ".!?" followed by a capital or a digit, but not
 * after a place's or a title's abbreviation ("TP. Hồ Chí Minh", "TX. Chí Linh", "TT. Sao Đỏ", "ThS. Lê Thị Hoa").
 */
export function sentences(text: string, start: number, end: number): Hit[] {
  const out: Hit[] = [];
  const re = SENTENCE_BREAK;
  let pos = start;
  const chunk = text.slice(start, end);
  for (const m of chunk.matchAll(re)) {
    const at = start + m.index;
    if (at > pos) out.push({ start: pos, end: at });
    pos = at + m[0].length;
  }
  if (pos < end) out.push({ start: pos, end });
  return out;
}

/** ";"-separated parts of a sentence, not splitting inside parentheses. */
export function parts(text: string, span: Hit): Hit[] {
  const out: Hit[] = [];
  let depth = 0;
  let pos = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      out.push({ start: pos, end: i });
      pos = i + 1;
    }
  }
  out.push({ start: pos, end: span.end });
  return out;
}

function trim(text: string, h: Hit): Hit {
  let { start, end } = h;
  while (start < end && /[\s\u00a0*_,.;]/.test(text[start])) start++;
  while (end > start && /[\s\u00a0*_,;]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Lines of text[start, end), without their line breaks. */
function linesOf(text: string, start: number, end: number): Hit[] {
  const out: Hit[] = [];
  let pos = start;
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const stop = nl < 0 || nl > end ? end : nl;
    if (/\S/.test(text.slice(pos, stop))) out.push({ start: pos, end: stop });
    pos = stop + 1;
  }
  return out;
}

/**
 * Every instruction of the body, in document order. Agency names hide their words ("Sở Giao thông" is not
 * "giao"). Without numbered structure the body is read paragraph by paragraph rather than finding nothing.
 */
export function findInstructions(reading: Reading, found: FoundFacts): InstructionSpan[] {
  const v = reading;
  const { text, lex } = reading;
  const end = reading.bodyEnd;
  const skip = found.agencies.map((a) => ({ start: a.citation.start, end: a.citation.end }));
  const { clauses, numbered } = bodyClauses(reading);
  const pressRelease = found.context.kind === 'THONG_CAO_BAO_CHI';
  const out: InstructionSpan[] = [];
  // What the section a clause sits in holds: set by the heading it opens with, else its parent's; top-level
  // clauses take the latest article's ("Điều 1. Phạm vi điều chỉnh ..." covers the items after it).
  const sectionOf = new Map<number, SectionKind>();
  // Where a lead-in that asks ended a report ("Chủ tịch UBND tỉnh yêu cầu:"), and the report's outermost clause.
  let resumed: { root: number; at: number } | null = null;
  const preambleLeadIn = numbered && preambleAsks(reading, skip);
  let article: SectionKind = preambleLeadIn ? 'REQUEST' : 'OTHER';
  // The latest lead-in: the items of its clause and of the clauses nested in it complete its order.
  const parentOf = new Map(clauses.map((c) => [c.ordinal, c.parentOrdinal]));
  const within = (ordinal: number, ancestor: number) => {
    for (let o: number | null | undefined = ordinal; o !== null && o !== undefined; o = parentOf.get(o)) if (o === ancestor) return true;
    return false;
  };
  let leadIn: InstructionSpan | null = null;
  // The latest label that opens a list without ordering ("Các cơ sở lưu trú:"): its items order by their place.
  let label: { clauseOrdinal: number; start: number; end: number } | null = null;
  // The heading each clause's instructions sit under: its own, else its parent's; a top-level clause's is the
  // latest article's title ("Điều 3. Tại nơi làm việc, nhà ăn" over its items "1. ...", "2. ...").
  const headingOf = new Map<number, Hit>();
  let articleTitle: Hit | undefined;
  for (const clause of clauses) {
    if (clause.start >= end) continue;
    if (leadIn && !within(clause.ordinal, leadIn.clauseOrdinal)) leadIn = null;
    if (label && !within(clause.ordinal, label.clauseOrdinal)) label = null;
    const hasChildren = clauses.some((c) => c.parentOrdinal === clause.ordinal);
    const inherited = clause.parentOrdinal !== null ? headingOf.get(clause.parentOrdinal) : articleTitle;
    if (inherited) headingOf.set(clause.ordinal, inherited);
    let section: SectionKind = clause.parentOrdinal !== null ? sectionOf.get(clause.parentOrdinal) ?? 'OTHER' : article;
    // A clause of a report printed after the lead-in that ended it is one of the items it asks for; one printed
    // before it still reports, though its parent's lines after it were read first.
    if (resumed && section === 'REPORT' && clause.start > resumed.at && within(clause.ordinal, resumed.root)) section = 'OTHER';
    sectionOf.set(clause.ordinal, section);
    let first = true;
    for (const seg of ownSegments(clause, clauses)) {
      let from = seg.start;
      if (from === clause.start) {
        from += leadingMarkerLength(text.slice(from, Math.min(seg.end, from + 12)));
      }
      const segEnd = Math.min(seg.end, end);
      for (const line of linesOf(text, from, segEnd)) {
        const isArticle = ARTICLE.test(text.slice(line.start, line.end));
        // A heading orders nothing and says what the lines below it hold. A line the next one continues in
        // lower case ("... tổ chức 27 điểm tiêm tại" / "trạm y tế các xã") is a hard-wrapped sentence.
        const after = text.slice(line.end, segEnd);
        const followed = (hasChildren && !/\S/.test(after)) || /^\s*(?!\p{Ll})\S/u.test(after);
        if (isHeading(text, line, followed && !/^\s*\d+[^.)\d]/u.test(after))) {
          const kind = sectionKind(v, line, lex);
          if (isArticle) article = kind;
          section = isArticle || kind !== 'OTHER' ? kind : section;
          if (first) sectionOf.set(clause.ordinal, section);
          headingOf.set(clause.ordinal, { start: line.start, end: line.end });
          if (isArticle) articleTitle = { start: line.start, end: line.end };
          first = false;
          continue;
        }
        if (isArticle) {
          article = section = 'OTHER';
          articleTitle = undefined;
        }
        first = false;
        // "I. TÌNH HÌNH DỊCH BỆNH" / "... ghi nhận 86 ca mắc mới." / "Chủ tịch UBND tỉnh yêu cầu:": a lead-in that
        // asks ends the report, and the items below it order.
        if (section === 'REPORT' && asksBelow(reading, line, skip)) {
          let root = clause.ordinal;
          for (let o = parentOf.get(root); o !== null && o !== undefined && sectionOf.get(o) === 'REPORT'; o = parentOf.get(o)) root = o;
          resumed = { root, at: line.start };
          section = 'OTHER';
        }
        if (section === 'REPORT' || section === 'DEFINITION') continue;
        // The closing lines above an attached document, and its title, order nothing.
        const closing = reading.attachedAfter && reading.attachedTitle ? { start: reading.attachedAfter.start, end: reading.attachedTitle.end } : null;
        if (closing && closing.start <= line.start && line.end <= closing.end) continue;
        for (const sentence of sentences(text, line.start, line.end)) {
          // "Thời gian hoàn thành: trước ngày 15/10/2021" dates the order before it; other labels define scope.
          if (isDefinition(v, sentence, lex) && !isDeadlineOnly(v, sentence, found.deadlines)) continue;
          // Items below a lead-in: the clauses nested in its clause, or list lines of its own clause.
          const nested = leadIn && (leadIn.clauseOrdinal !== clause.ordinal || (leadingMarkerLength(text.slice(line.start, line.end)) > 0 && line.start > leadIn.end));
          // A release's items under a lead-in that decides ("Ban Chỉ đạo tỉnh thống nhất các nội dung sau:") are
          // its orders, whoever they name ("1. Sở Y tế tổ chức xét nghiệm ..."); elsewhere it tells news.
          const decided = pressRelease && nested && leadIn !== null && hasRequest(v, leadIn, lex, skip);
          // "... của Ban Chỉ đạo": a capitalised cue word names a body and asks nothing.
          const names = [...skip, ...capitalisedWords(text, sentence, lex.agencies.patterns.enumeratingHeads)];
          if (pressRelease && !decided && section !== 'REQUEST' && !hasRequest(v, sentence, lex, names) && !announcesOrder(v, sentence, lex, skip)) continue;
          // A table of levels: its row labels and ordinals order nothing; its cells are read with their row's label.
          const row = rowAt(reading.tableRows, sentence.start, sentence.end);
          if (row && !row.cell) continue;
          const before = out.length;
          // An item of the list a label opens ("3. Các cơ sở lưu trú:" / "- Gửi danh sách ..."): nested in the
          // label's clause, or a marked line of it. So, while no heading has said the section holds something
          // else, is a top-level item of the list the preamble asks for ("UBND tỉnh yêu cầu ... các nội dung sau:" /
          // "1. Thuyền viên ở lại trên tàu."), and an item that forbids with a verb the lexicon may not know ("1.
          // Thuyền viên không lên bờ.", "2. Không cấp thị thực ..."). Not an item that only names whom the lines
          // below are for ("3. Các cơ sở lưu trú:", "3. Đối với người tiếp xúc"), nor one that states a fact.
          // The item is the whole of its line, closed by its stop: a line a wrap or a damaged mark cut ("... Châu
          // Thành, Bến Cầu" / "Siêu thị, trung tâm thương mại, chơ." for "chợ") is no item of its own.
          // Nor is the tail of a quote a wrap began on the line before ("- Khoảng cách - Không tụ tập - Khai báo y tế";").
          const written = text.slice(sentence.start, sentence.end);
          const whole = /[.;!][\s\u00a0"”)]*$/u.test(written) && /^[\s\u00a0]*(?:\n|$)/u.test(text.slice(sentence.end, line.end + 1)) && balancedQuotes(written);
          const item = whole && sentence.start === from && !namesWhomFor(reading, sentence) && !opensAsStatement(reading, sentence, lex);
          const asked = item && preambleLeadIn && section === 'REQUEST' && clause.parentOrdinal === null;
          const forbidding = item && strengthOf(reading, sentence.start, sentence.end, lex, skip) === 'FORBIDDEN';
          const underLabel =
            label !== null &&
            sentence.start === line.start &&
            (label.clauseOrdinal !== clause.ordinal || (leadingMarkerLength(text.slice(line.start, line.end)) > 0 && line.start > label.end));
          const heading = headingOf.get(clause.ordinal);
          const count = out.length;
          readSentence(reading, found, sentence, clause.ordinal, skip, out, nested ? leadIn : null, underLabel || asked || forbidding);
          if (out.length === count && (isLabel(text, sentence) || isAddresseeLabel(v, sentence, skip, lex))) label = { clauseOrdinal: clause.ordinal, start: sentence.start, end: sentence.end };
          // The label names what its items rule ("Đối với cơ sở karaoke:" / "a) Mỗi phòng không quá 10 người"), closer than any heading.
          const over = underLabel && label ? { start: label.start, end: label.end } : heading;
          if (over) for (const ins of out.slice(before)) ins.heading = over;
          if (row) for (const ins of out.slice(before)) ins.rowLabel = row.row.label;
          const last = out.slice(before).reverse().find((i) => i.leadIn);
          if (last) leadIn = last;
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A line ending with ":" that asks now for what follows: its request word opens it or follows a body ("Chủ tịch
 * UBND tỉnh yêu cầu:", "Đề nghị các địa phương:"). Not what was asked ("đã yêu cầu:"), nor a noun ("Năng lực ...
 * so với yêu cầu:").
 */
function asksBelow(reading: Reading, line: Hit, skip: Hit[]): boolean {
  if (!endsWithColon(reading.text.slice(line.start, line.end))) return false;
  const cue = firstRequest(reading, line, reading.lex, [...skip, ...capitalisedWords(reading.text, line, reading.lex.agencies.patterns.enumeratingHeads)]);
  if (!cue || toldAsDone(reading, line, reading.lex, skip)) return false;
  return /^[\s\u00a0*_\-–•+]*$/u.test(reading.text.slice(line.start, cue.start)) || skip.some((s) => s.start >= line.start && s.end <= cue.start);
}

/**
 * "Số người đang cách ly tập trung: 3.215 người.", "Kết quả tiêm chủng: mũi 1 đạt 98%": a statistic's label and its
 * figure soon after, no order between ("Kết quả xét nghiệm: gửi về Sở Y tế trước 17 giờ" orders).
 */
function statesStatistic(reading: Reading, p: Hit): boolean {
  const colon = statisticLabelEnd(reading, p, compiledTargets(reading.lex, reading));
  return colon !== null && /^[^\d]{0,20}\d/u.test(reading.text.slice(colon + 1, p.end)) && !hasInstructionCue(reading, colon + 1, p.end, reading.lex);
}

/**
 * "1. Đánh giá chung: Hiện có 1.245 doanh nghiệp ... đang thực hiện "3 tại chỗ".", "1. Tình hình dịch: Trong tuần,
 * ... chiếm 18% số ca mắc mới.": a part on a line whose label says it reports (report-sections.ts), that counts
 * something and orders nothing. A task under such a label keeps its time ("Kết quả tiêm chủng: Trung tâm Y tế các
 * huyện cập nhật lên hệ thống trước 17 giờ hằng ngày").
 */
function underReportLabel(reading: Reading, p: Hit, skip: Hit[]): boolean {
  // Lines are in order: the first that ends after the part's start holds it, if it starts before it.
  const line = reading.lines[partitionPoint(reading.lines, (l) => l.end <= p.start)];
  const colon = line && line.start <= p.start ? reportLabelEnd(reading, line.start, compiledTargets(reading.lex, reading)) : null;
  return colon !== null && colon < p.end && COUNTED.test(reading.folded.slice(Math.max(colon, p.start), p.end)) && ordersNothing(reading, p, skip);
}

/** A count or a share, folded: "1.245 doanh nghiệp", "18%"; not a time of day or a date ("17 giờ", "ngày 15"). */
const COUNTED = /(?<![\d/.,])\d[\d.,]*[\s\u00a0]*(?:%|(?!(?:gio|h|ngay|thang|nam|phut)(?![\p{L}]))\p{L})/u;

/**
 * "Qua 3 tuần triển khai, tỷ lệ tiêm mũi 1 ... đạt 85%": a part that looks back on how long a measure has run
 * (targets/reported.ts), ordering nothing; or that tells what that time has done ("Sau 15 ngày thực hiện cách
 * ly xã hội, tình hình dịch bệnh đã cơ bản được kiểm soát"). "Sau 7 ngày thực hiện giãn cách, tổ chức xét
 * nghiệm lần 2" plans what comes after.
 */
function looksBack(reading: Reading, p: Hit, skip: Hit[]): boolean {
  const opening = { start: afterConnectors(reading, p.start, p.end), end: p.end };
  const elapsed = elapsedOpening(reading, opening, compiledTargets(reading.lex, reading));
  if (elapsed === null) return false;
  if (elapsed.lookedBack) return ordersNothing(reading, p, skip);
  const told = { start: elapsed.clauseAt, end: p.end };
  return told.start >= 0 && toldAsDone(reading, told, reading.lex, skip) && ordersNothing(reading, told, skip);
}

/** Does the part open with a verb of the lexicon's, past its list marker ("Tổ chức ...", "Rà soát ...")? */
function opensWithVerb(reading: Reading, p: Hit): boolean {
  const from = p.start + leadingMarkerLength(reading.text.slice(p.start, Math.min(p.end, p.start + 12)));
  return cueSets(reading.lex, reading).actions.startAt(reading, afterConnectors(reading, from, p.end), 30) >= 0;
}

function ordersNothing(reading: Reading, p: Hit, skip: Hit[]): boolean {
  return !ordersSomething(reading, p, reading.lex, skip) && !hasRequest(reading, p, reading.lex, skip);
}

/** Most words of a label that opens a list ("Các cơ sở lưu trú:", "Đối với nhà hàng, quán ăn:"). */
const LABEL_WORDS = 10;

/** A short line ending with a colon that ordered nothing: it names whom or what the items below are for. */
function isLabel(text: string, sentence: Hit): boolean {
  const s = text.slice(sentence.start, sentence.end).trim();
  return endsWithColon(s) && (s.match(/[\p{L}\p{N}]+/gu) ?? []).length <= LABEL_WORDS;
}

/**
 * A label of any length that only names whom its items are for, bodies and the titles of who heads them: "Thủ
 * trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố:".
 */
function isAddresseeLabel(v: TextView, sentence: Hit, names: Hit[], lex: Reading['lex']): boolean {
  const s = v.text.slice(sentence.start, sentence.end).trimEnd();
  return endsWithColon(s) && namesOnlyWithTitles(v, { start: sentence.start, end: sentence.start + s.length - 1 }, names, lex);
}

const mottoCache = new WeakMap<Reading['lex'], PhraseMatcher>();

/** Does the part open with a slogan cue noun ("phương châm", "chiến lược"), not a verb ("thực hiện nghiêm")? */
function opensWithMotto(reading: Reading, p: Hit): boolean {
  let m = mottoCache.get(reading.lex);
  if (!m) {
    const verbs = new PhraseMatcher(reading.lex.strength.actions);
    m = new PhraseMatcher(reading.lex.slogans.cues.map((c) => c.word).filter((w) => !verbs.test(view(w))));
    mottoCache.set(reading.lex, m);
  }
  return m.startAt(reading, p.start, 30) >= 0;
}

/**
 * A part that names no topic and no body of its own only completes the instruction before it: its schedule
 * ("...; lần thứ nhất hoàn thành trước 18 giờ ngày 12/8/2021, các lần sau cách nhau 05 ngày"), a second
 * setting ("...; ngoài trời không quá 100 người"), its priorities ("...; ưu tiên người cao tuổi, người có bệnh
 * nền") or its follow-up ("...; tham mưu điều chỉnh biện pháp khi tình hình thay đổi").
 */
function addsNoTopic(reading: Reading, p: Hit, agencies: Hit[]): boolean {
  if (endsWithColon(reading.text.slice(p.start, p.end))) return false;
  if (agencies.some((a) => a.start >= p.start && a.end <= p.end)) return false;
  return !namesTopic(reading, p.start, p.end, reading.lex, agencies);
}

/**
 * A part that opens with "trừ", "ngoại trừ" (what the order before it does not cover) or with "hoặc" (another way
 * to meet it: "phải có giấy chứng nhận tiêm đủ 2 mũi; hoặc giấy xác nhận khỏi bệnh").
 */
const EXCEPTION = /^[\s\u00a0]*(?:(?:ngoại[\s\u00a0]+)?trừ|hoặc)(?![\p{L}])/u;

const leadInText = (text: string, i: InstructionSpan) => i.leadIn || endsWithColon(text.slice(i.start, i.end));

/** A part whose own topic is another than the instruction before it. */
function ownTopic(reading: Reading, previous: Hit, p: Hit, skip: Hit[]): boolean {
  const mine = categorise(reading, p.start, p.end, reading.lex, skip);
  return mine.score >= 1 && mine.category !== categorise(reading, previous.start, previous.end, reading.lex, skip).category;
}

/** Every quote the text closes it opened: straight quotes paired, no "”" before its "“". */
function balancedQuotes(written: string): boolean {
  let open = 0;
  for (const ch of written) {
    if (ch === '“') open++;
    else if (ch === '”' && --open < 0) return false;
  }
  return open === 0 && (written.match(/"/g) ?? []).length % 2 === 0;
}

const subordinateOpeners = new WeakMap<Reading['lex'], PhraseMatcher>();

/**
 * A line that ends with ":" or opens with "Về", "Đối với", "Để" (categories.json subordinateMarkers): it says
 * whom or what the lines below are for ("Về điều trị.").
 */
function namesWhomFor(reading: Reading, line: Hit): boolean {
  if (endsWithColon(reading.text.slice(line.start, line.end))) return true;
  if (/^[\s\u00a0]*về[\s\u00a0]/u.test(reading.lower.slice(line.start, line.end))) return true;
  let m = subordinateOpeners.get(reading.lex);
  if (!m) subordinateOpeners.set(reading.lex, (m = new PhraseMatcher(reading.lex.categories.subordinateMarkers)));
  return m.startAt(reading, afterConnectors(reading, line.start, line.end), 8) >= 0;
}

/** An item of a list: two words or more, not only the names of bodies ("- Sở Y tế;") nor a quote ("- “Ở nhà là yêu nước”;"). */
function isItem(reading: Reading, p: Hit, agencies: Hit[]): boolean {
  const written = reading.text.slice(p.start, p.end);
  const words = written.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= 2 && !namesOnly(reading, p, agencies) && !WHOLLY_QUOTED.test(written.trim());
}

const WHOLLY_QUOTED = /^["“'‘][^"“”]*["”'’][\s\u00a0.;,]*$/u;
/**
 * Are the list lines right after `end` all wholly quoted items ("- “Chống dịch như chống giặc”;")? The items are
 * bulleted or open with their quote; a numbered line is the next clause.
 */
function quotesBelow(text: string, end: number): boolean {
  const lines = text.slice(end).replace(/^[^\n]*\n/u, '').split('\n');
  let items = 0;
  for (const line of lines) {
    const marker = parseMarker(line);
    const bulleted = marker !== null && isBullet(marker.type);
    if (!bulleted && !/^[\s\u00a0]*["“'‘]/u.test(line)) break;
    if (!WHOLLY_QUOTED.test(line.slice(bulleted ? marker.length : 0).trim())) return false;
    items++;
  }
  return items > 0;
}

/**
 * Does a table's heading row open the next line ("STT Vị trí chốt Thôn Lực lượng ...") over rows of data? A
 * table of measures by level is no data: its cells are measures.
 */
function dataTableBelow(reading: Reading, end: number): boolean {
  const next = reading.lines.find((l) => l.start > end);
  if (!next || !opensOrdinalHeading(next.text)) return false;
  return !reading.tableRows.some((r) => r.byLevel && r.label.start > next.start && r.label.start < next.end + 400);
}

/**
 * A lead-in ends with ":": what it orders is in the items below it, unless they only quote what to write or say
 * ("Treo băng rôn, pa nô với các khẩu hiệu:" / "- “Ở nhà là yêu nước”;") or are the rows of a table of data
 * ("Thành lập 04 chốt tại các điểm sau:" / "STT Vị trí chốt ..."): then it orders itself.
 */
function opensList(reading: Reading, p: Hit): boolean {
  return endsWithColon(reading.text.slice(p.start, p.end)) && !quotesBelow(reading.text, p.end) && !dataTableBelow(reading, p.end);
}

/** "..., với các điều kiện sau:", "... khi bảo đảm các yêu cầu:": a lead-in whose items are the conditions of its own order. */
const CONDITIONS_BELOW = /[\s\u00a0,](?:voi|theo|khi|nhung phai|phai)[\s\u00a0]+(?:(?:dam bao|bao dam|dap ung|tuan thu)[\s\u00a0]+)?(?:(?:mot|it nhat mot)[\s\u00a0]+trong[\s\u00a0]+)?(?:cac|nhung)[\s\u00a0]+(?:dieu kien|yeu cau)(?:[\s\u00a0]+(?:nhu sau|sau day|sau))?[\s\u00a0]*:[\s\u00a0]*$/u;

/** "Điều kiện đối với nhân viên phục vụ trực tiếp:", "Các điều kiện:": a label over the conditions listed below it. */
const CONDITIONS_LABEL = /^[\s\u00a0*_\-–•+]*(?:cac[\s\u00a0]+)?dieu[\s\u00a0]+kien(?![\p{L}])/u;

/**
 * What a lead-in says of the items below it: conditions to meet (CONDITIONS_BELOW, CONDITIONS_LABEL), and, when it
 * names a topic before "với các điều kiện", an order of its own that they condition.
 */
function conditionsBelow(reading: Reading, p: Hit, skip: Hit[]): Pick<InstructionSpan, 'listsConditions' | 'ordersItself'> {
  const folded = reading.folded.slice(p.start, p.end);
  const m = CONDITIONS_BELOW.exec(folded);
  if (m && namesTopic(reading, p.start, p.start + m.index, reading.lex, skip)) return { listsConditions: true, ordersItself: true };
  if (m || CONDITIONS_LABEL.test(folded)) return { listsConditions: true };
  const details = DETAILS_BELOW.exec(folded);
  if (!details) return {};
  // What it orders has a topic and a way it goes ("Cho phép hoạt động trở lại ...", "Mở lại ...").
  const order = { start: p.start, end: p.start + details.index };
  return categorise(reading, order.start, order.end, reading.lex, skip).score > 0 && directionOf(reading, order.start, order.end, reading.lex, skip) !== null ? { ordersItself: true } : {};
}

/**
 * "Cho phép hoạt động trở lại vận tải hành khách ... từ 0 giờ ngày 22/10/2021, cụ thể:": a whole order, then the
 * details its items go into. A lead-in of "the measures" in general names no topic and goes no way ("Áp dụng các
 * biện pháp cấp bách phòng, chống dịch ..., cụ thể như sau:").
 */
const DETAILS_BELOW = /,[\s\u00a0]*(?:cu[\s\u00a0]+the(?:[\s\u00a0]+nhu[\s\u00a0]+sau)?|nhu[\s\u00a0]+sau)[\s\u00a0]*:[\s\u00a0]*$/u;

/** "Thời gian cách ly, điều trị tại nhà là 10 ngày": a rule stated as a fact, about a topic, with its figure. */
const RULE = /^thoi[\s\u00a0]+gian[\s\u00a0]+(?!thuc[\s\u00a0]+hien|ap[\s\u00a0]+dung|hoan[\s\u00a0]+thanh)[^;:]*?[\s\u00a0]la[\s\u00a0]+(?:khong[\s\u00a0]+qua[\s\u00a0]+|toi[\s\u00a0]+(?:da|thieu)[\s\u00a0]+)?\d/u;

function statesRule(reading: Reading, p: Hit, skip: Hit[]): boolean {
  return RULE.test(reading.folded.slice(p.start, p.end)) && categorise(reading, p.start, p.end, reading.lex, skip).score > 0;
}

/**
 * "Tổng công suất toàn huyện tối thiểu 1.300 liều/ngày.": a part that sets a target orders by its figure,
 * with or without a verb the lexicon knows (targets are read first: a reported or conditional figure is none).
 */
function holdsTarget(reading: Reading, found: FoundFacts, p: Hit): boolean {
  // A listing's rows ("1 Ngã ba QL28 Thôn 3 05 người ...") and its total row ("Cộng: 04 chốt 20 người") are
  // data, not orders.
  const part = reading.text.slice(p.start, p.end);
  const totalRow = /^[^:]{1,20}:/u.test(part.trimStart()) && isTotal(reading, p, compiledTargets(reading.lex, reading));
  if (listingRowOrdinal(part) !== null || totalRow) return false;
  return found.targets.some((t) => t.citation.start >= p.start && t.citation.end <= p.end && !t.citation.rule.startsWith('target.table.'));
}

/** The instructions of one sentence, appended to `out`. */
function readSentence(
  reading: Reading,
  found: FoundFacts,
  sentence: Hit,
  clauseOrdinal: number,
  skip: Hit[],
  out: InstructionSpan[],
  items: InstructionSpan | null = null,
  byPlace = false,
): void {
  const v = reading;
  const { text, lex } = reading;
  // A question asks ("Cho hỏi shipper có được chạy không ạ?"): a reader's, or a heading of an FAQ.
  if (/\?[\s\u00a0"”)]*$/u.test(text.slice(sentence.start, sentence.end))) return;
  if (inSpeakerParagraph(v, sentence.start, lex) || isPurposeOnly(v, sentence, lex)) return;
  let previous: InstructionSpan | null = null;
  let reported = false;
  // Where the parts that only address the next order began ("UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành;").
  let addressedFrom: number | null = null;
  // Whether the part before named the text's basis ("Thực hiện Công điện số ...; Công văn số ... của UBND tỉnh.").
  let basis = false;
  const emit = (ins: InstructionSpan) => {
    if (addressedFrom !== null) ins.start = Math.min(ins.start, addressedFrom);
    addressedFrom = null;
    out.push(ins);
    return ins;
  };
  const all = parts(text, sentence);
  for (const [index, raw] of all.entries()) {
    const p = trim(text, raw);
    if (p.end - p.start < 3) continue;
    basis = (index === 0 || basis) && isBasis(reading, p, skip, index > 0);
    if (basis) {
      previous = null;
      continue;
    }
    if (index < all.length - 1 && isAddressing(v, p, lex, skip)) {
      addressedFrom ??= p.start;
      previous = null;
      continue;
    }
    // Cue words that are nouns ("kinh phí thực hiện"), name a document's subject ("về việc tăng cường ...") or
    // start a name ("Sở: Y tế, Thông tin và Truyền thông") order nothing.
    const title = citedTitle(reading, p);
    const cueSkip = [...skip, ...nounCueSpans(v, p, lex), ...capitalisedWords(text, p, lex.agencies.patterns.enumeratingHeads), ...(title ? [title] : [])];
    const background = isBackground(v, p.start, p.end, lex) && !isFramedOrder(reading, p, cueSkip) && !opensWithComingDay(v, p, found.context.issuedOn ?? null);
    // A condition the lead-in sets is stated as done ("- Người lao động đã tiêm ít nhất 01 mũi vắc xin;"): no report.
    const condition = items?.listsConditions === true;
    if (background || (!condition && (isReport(v, p, lex, cueSkip) || opensWithPastPeriod(v, p, lex, found.context.issuedOn ?? null, skip))) || isForecast(v, p, lex, skip) || isCountStated(v, p, lex) || (statesPresent(v, p) && ordersNothing(reading, p, skip)) || statesStatistic(reading, p) || underReportLabel(reading, p, skip) || looksBack(reading, p, skip) || isIssuanceNews(reading, p, skip) || (reported && !hasRequest(v, p, lex, skip))) {
      // What follows a report in the same sentence reports too ("...; tỷ lệ tiêm mũi 1 đạt 88,6%").
      reported = true;
      previous = null;
      continue;
    }
    const dated = found.deadlines.some((d) => d.citation.start >= p.start && d.citation.end <= p.end);
    // One that tightens or eases ("Tạm hoãn tổ chức đại hội ... đến hết ngày 15/4/2020") orders by itself.
    const completes =
      (dated || opensWithNounCue(v, p, lex)) && !previous && addsNoTopic(reading, p, skip) && !ordersSomething(v, p, lex, cueSkip) && directionOf(v, p.start, p.end, lex, cueSkip) === null;
    const last = out[out.length - 1];
    const joinsLast = last !== undefined && last.clauseOrdinal === clauseOrdinal && !last.leadIn;
    const targeted = holdsTarget(reading, found, p);
    // An item of its own that sets a target ("2. Trả kết quả trong 24 giờ.") has no order before it to complete.
    // A numbered item of its own that opens with its verb and has a date ("2. Tổ chức tự đánh giá an toàn trước
    // ngày 20/9/2021.") has no order before it to complete either.
    if ((isDeadlineOnly(v, p, found.deadlines) || (completes && (joinsLast || !opensWithVerb(reading, p)))) && (joinsLast || !targeted)) {
      // "Hoàn thành trước ngày 15/10/2021.", "Hoàn thành tập huấn trước ngày 10/01/2022." and "Thời gian thực
      // hiện bắt đầu từ 19 giờ ngày 6/5/2021 ..." (no topic of their own) belong to the order before them.
      if (joinsLast) last.end = p.end;
      continue;
    }
    if (isContactLine(text, p) || isExclamation(text, p) || isAttributedSpeech(text, p, lex) || isEpidemicGoal(v, p) || followsUpOnly(v, p, lex)) {
      previous = null;
      continue;
    }
    // A part without a verb continues the instruction before it ("...; chiến lược “...”"), as do its exceptions
    // ("Dừng hoạt động xe ôm, xe taxi; trừ xe phục vụ cấp cứu, công vụ") and one
    // that only details it ("...3.000 giường điều trị; trong đó tối thiểu 300 giường hồi sức tích cực"),
    // names one more motto it is to follow ("...; phương châm “3 trước”, “4 tại chỗ”, chủ động, từ sớm") or
    // names no topic and no body of its own ("...; ưu tiên người cao tuổi, người có bệnh nền"). A rule stated
    // as a fact orders without a verb ("Thời gian cách ly, điều trị tại nhà là 10 ngày").
    const continues =
      (previous && EXCEPTION.test(v.lower.slice(p.start, p.end))) ||
      (previous && (compiledTargets(lex, reading).share.startAt(v, p.start, 20) >= 0 || opensWithMotto(reading, p) || addsNoTopic(reading, p, skip)) && !ordersSomething(v, p, lex, skip));
    const cued = hasInstructionCue(v, p.start, p.end, lex, cueSkip) || statesRule(reading, p, skip) || targeted;
    if (!cued && !previous && items && isItem(reading, p, skip)) {
      // "Các trường hợp sau thực hiện cách ly tập trung 14 ngày:" / "b) Người tiếp xúc gần với ca bệnh (F1)."
      // An item that opens a list of its own ("1.2. Trung tâm Y tế huyện:" / "- Xét nghiệm ...") only says whom
      // the items below are for: a lead-in, not an order.
      if (opensList(reading, p)) previous = emit({ ...p, clauseOrdinal, leadIn: true });
      else previous = emit({ ...p, clauseOrdinal, leadIn: false, context: { start: items.start, end: items.end } });
      continue;
    }
    if (!cued && !previous && byPlace && index === 0 && isItem(reading, p, skip) && categorise(reading, p.start, p.end, lex, skip).score >= 1) {
      // "3. Các cơ sở lưu trú:" / "- Gửi danh sách khách lưu trú về Công an phường ...": an item under a label
      // that names whom or what the list is for, or of the list a preamble asks for, or one that forbids, orders by
      // its place, with a verb the lexicon may not know.
      previous = emit({ ...p, clauseOrdinal, leadIn: false });
      continue;
    }
    if (!cued && previous && !continues && !leadInText(text, previous) && ownTopic(reading, previous, p, skip)) {
      // "...; mỗi hộ chỉ cử 01 người nhận hàng tại điểm tập kết": no verb the lexicon knows, but a topic of its own.
      previous = emit({ ...p, clauseOrdinal, leadIn: false });
      continue;
    }
    if (!cued || continues) {
      if (previous) previous.end = p.end;
      continue;
    }
    if (isClosingFormula(v, p, lex, skip) || isRoleOnly(v, p, lex, skip)) {
      previous = null;
      continue;
    }
    const leadIn = opensList(reading, p);
    if (leadIn) previous = emit({ ...p, clauseOrdinal, leadIn, ...conditionsBelow(reading, p, skip) });
    else for (const piece of splitProhibitions(v, p, lex, skip)) previous = emit({ ...piece, clauseOrdinal, leadIn });
  }
}
