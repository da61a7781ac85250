import { countWordRuns } from '../../../text/char-class';
import type { Target } from '../../../domain/facts';
import { openingEnd, type Hit, type TextView } from '../../phrases/patterns';
import type { Reading } from '../../reading';
import { findNumbers, findSpokenNumbers, type NumberToken } from '../../../text/numbers';
import type { FoundFacts } from '../found';
import { findQuoted } from '../quotes';
import { sharedBounds } from './bound';
import { buildTarget, type Found, type Shared } from './build';
import { compiledTargets, type CompiledMetric, type CompiledTargets } from './compile';
import { conditionOpening } from './qualifiers';
import { deadlineSentence } from './deadline-link';
import { figuresOf, isGovernedCount, notAQuantity, figureAt, withSum, type Figure } from './figures';
import { beforeBound, bestMatch, completionOf, decidedMatch, isCompletionPeriod, isTimeSinceEvent, isValidity, matchMetric, shareReached, type MetricMatch } from './metric-match';
import { isOrdered } from './ordered';
import { gridTargets, listingRows, reportedCells, tableTargets } from './tables';
import { inReportSection } from './report-sections';
import { inDescription, isPenalty, isReported, isThreshold, type Place } from './reported';
import { continuedMetric, earlierFiguresWords, groupConditions, joinedActions, withoutDeadlineFigures } from './siblings';
import { afterListMarker, around, listLead, partsOf, segmentsOf, sentencesOf } from './text-parts';
import { rowAt } from '../../segment/level-tables';

// A target is a figure a directive orders: a number with its unit and the noun phrase it governs, in an
// instruction ("không tụ tập quá 10 người", "cách ly tập trung 14 ngày", "phấn đấu đạt 15.000 mẫu
// đơn/ngày", "thành lập 9 chốt kiểm soát", "100% hộ gia đình"). Its metric comes from
// seeds/lexicons/metrics.json, or is OTHER with the noun phrase as written; it carries its bound, its
// qualifiers, whether a condition governs it and its deadline. Reported figures (in a reporting sentence or
// a section that reports), thresholds of conditions, descriptions in parentheses, clock times, dates and
// the numbers of names are never targets (figures.ts, reported.ts, report-sections.ts, ordered.ts).

/** The body's start: after the letterhead, unless the header runs to the end (a text without prose). */
function scanStart(reading: Reading): number {
  const last = reading.header[reading.header.length - 1];
  return last && last.end < reading.bodyEnd ? last.end : 0;
}

/** A parenthesis right after a target explains it ("15.000 mẫu gộp/ngày (gộp 5 mẫu)"): its numbers are not targets. */
function parenthesisAfter(text: string, at: number): Hit | null {
  const m = /^[\s\u00a0]*\(/u.exec(text.slice(at, at + 4));
  if (!m) return null;
  const close = text.indexOf(')', at + m[0].length);
  return close < 0 || close - at > 80 ? null : { start: at + m[0].length - 1, end: close + 1 };
}

/**
 * "bố trí 05 người, gồm 03 nhân viên y tế và 02 tình nguyện viên": whom a headcount is made of, written after
 * "gồm" as it may be in brackets, up to the end of its part. Its numbers are not targets ("01 Tổ COVID gồm
 * 5 thành viên" sets the team's size: no headcount before "gồm").
 */
function breakdownAfter(folded: string, at: number): Hit | null {
  const m = /^[\s\u00a0]*,?[\s\u00a0]*(?:bao[\s\u00a0]+)?gom(?:[\s\u00a0]+co)?[\s\u00a0]*:?[\s\u00a0]+(?=\d)/u.exec(folded.slice(at, at + 20));
  if (!m) return null;
  const end = folded.slice(at + m[0].length).search(/[;.\n]/u);
  return { start: at, end: end < 0 ? folded.length : at + m[0].length + end };
}

/** Figures said in words ("mười bốn ngày", in a transcript) among those in digits, in text order. */
function withSpoken(digits: NumberToken[], spoken: NumberToken[]): NumberToken[] {
  if (spoken.length === 0) return digits;
  const apart = spoken.filter((s) => !digits.some((d) => d.start < s.end && s.start < d.end));
  return [...digits, ...apart].sort((a, b) => a.start - b.start);
}

/** More words than this in quotation marks are a passage, not a phrase. */
const QUOTED_PHRASE_WORDS = 20;

export function findTargets(reading: Reading, found: FoundFacts): Target[] {
  const v: TextView = reading;
  const { text } = reading;
  const c = compiledTargets(reading.lex, reading);
  const end = reading.bodyEnd;
  // Figures misread by OCR ("l4 ngày") are read as numbers; their quotes stay as written.
  const numbers = withSpoken(findNumbers(figuresOf(reading).slice(0, end)), findSpokenNumbers(text.slice(0, end)));
  // A quoted phrase is a name or a motto ("3 tại chỗ"); a quoted passage is an order retold word for word
  // ("Cụ thể, Công điện yêu cầu: “... cách ly tập trung 14 ngày ...”"), read like the text around it.
  const quoted: Hit[] = [
    ...findQuoted(text)
      .filter((q) => countWordRuns(text.slice(q.start, q.end)) <= QUOTED_PHRASE_WORDS)
      .map((q) => ({ start: q.start, end: q.end })),
    ...found.slogans.flatMap((s) => s.mentions.map((m) => ({ start: m.citation.start, end: m.citation.end }))),
  ];
  const deadlines = found.deadlines;
  // Agencies' names, and what a time limit counts from ("trong vòng 24 giờ kể từ khi có kết quả xét nghiệm
  // dương tính"), name no metric of the figures around them.
  const events = deadlines.flatMap((d) => (d.event ? [{ start: d.citation.end - d.event.length, end: d.citation.end }] : []));
  const masked = [...found.agencies.map((a) => ({ start: a.citation.start, end: a.citation.end })), ...events];
  const isPressRelease = found.context.kind === 'THONG_CAO_BAO_CHI';
  // A goal table's rows give targets of their own; their numbers are not read again as prose.
  const goalTables = tableTargets(reading, c, scanStart(reading));
  const grids = gridTargets(reading, c, scanStart(reading), goalTables.rows, found.context.issuedOn ?? null);
  const tables = { rows: [...goalTables.rows, ...grids.rows], targets: [...goalTables.targets, ...grids.targets] };
  // Nor are a column's that reports the present state beside the goals ("Hiện trạng"), nor a listing's cells
  // (a checkpoint's staff and phone): they hold no targets.
  const notProse = [...tables.rows, ...reportedCells(reading, c, scanStart(reading), found.context.issuedOn ?? null), ...listingRows(reading, c, scanStart(reading))];
  const out: Target[] = [];
  let previous: Found[] = [];
  let n = 0;
  for (const sentence of sentencesOf(text, scanStart(reading), end)) {
    // "Hoàn thành trước ngày 15/10/2021." after a target's sentence is that target's deadline.
    const ownDeadline = previous.length > 0 ? deadlineSentence(v, sentence, deadlines, c) : null;
    if (ownDeadline) for (const f of previous) if (f.part.end === previous[previous.length - 1].part.end && !f.target.deadline) f.target.deadline = ownDeadline;
    while (n < numbers.length && numbers[n].start < sentence.start) n++;
    const toks: NumberToken[] = [];
    for (let k = n; k < numbers.length && numbers[k].end <= sentence.end; k++) if (!notProse.some((r) => r.start <= numbers[k].start && numbers[k].end <= r.end)) toks.push(numbers[k]);
    const inSentence = toks.length > 0 ? readSentence(reading, sentence, toks, { c, numbers, quoted, masked, isPressRelease, deadlines, issuedOn: found.context.issuedOn ?? null }) : [];
    groupConditions(v, inSentence, c);
    const kept = withoutDeadlineFigures(inSentence);
    sharedBounds(text, kept.map((f) => f.target));
    out.push(...kept.map((f) => f.target));
    if (kept.length > 0 || !ownDeadline) previous = kept;
  }
  return [...out, ...tables.targets].sort((a, b) => a.citation.start - b.citation.start);
}

/**
 * "Cách ly y tế vùng đối với xóm 4 ...; thời gian cách ly 21 ngày": a period whose words refer back (a metric's
 * refersBack lead, right before the figure or its bound) is the metric of the regime named earlier in its
 * sentence, when one of the metric's earlier words stands there.
 */
function referredBack(v: TextView, fig: Figure, part: Hit, sentence: Hit, c: CompiledTargets): MetricMatch | null {
  if (fig.unit === null) return null;
  const at = beforeBound(v, fig.tok.start, c);
  for (const cm of c.metrics) {
    if (!cm.refersBack || cm.metric.unit !== fig.unit || cm.refersBack.lead.endAt(v, at, 30) < 0) continue;
    const earlier = cm.refersBack.earlier.all(v, sentence.start, part.start);
    const hit = earlier[earlier.length - 1];
    if (hit) return decidedMatch(cm, fig, hit, at - hit.end);
  }
  return null;
}

/**
 * A cap on people whose context words stand before the figure's part: earlier in its sentence, or in its
 * list's lead; and so a share whose own noun follows it ("Xe khách ở cấp độ 2 chở không quá 75% số ghế; ở cấp
 * độ 3 chở không quá 50% số ghế"). Other figures' context reaches no further than their part: "xét nghiệm"
 * early in a sentence says nothing of a share after ";".
 */
function widerContext(reading: Reading, fig: Figure, part: Hit, sentence: Hit, s: Shared): MetricMatch | null {
  if (fig.unit === null) return null;
  const regions = [{ start: sentence.start, end: part.end, masked: s.masked }];
  const lead = listLead(reading.text, sentence);
  // The lead's words count, not those of the sibling items between it and this one. Under a lead, a figure
  // pinned by the words after it ("Tần suất: 7 ngày/lần" under "2. Xét nghiệm ...") takes the lead's topic.
  if (lead && !onlyHandsOn(reading, lead, s.c)) regions.push({ start: lead.start, end: part.end, masked: [...s.masked, { start: lead.end, end: sentence.start }] });
  // Under a lead, a rate per someone in a unit that one metric alone measures pins the figure as its own words
  // would: "Hỗ trợ ... như sau:" / "1. Người lao động tự do mất việc làm: 1.500.000 đồng/người" is a support
  // amount; a budget ("kinh phí 8,4 tỷ đồng") is not.
  const perSomeone = /\/[\s\u00a0]*\p{L}/u.test(reading.folded.slice(fig.unitStart, fig.unitEnd + 4));
  const sole = perSomeone && new Set(s.c.metrics.filter((cm) => cm.metric.unit === fig.unit).map((cm) => cm.metric.code)).size === 1;
  const anchored = (cm: CompiledMetric, region: Hit) => (fig.unit === 'PEOPLE' ? !cm.nouns : !!cm.nouns || (region !== regions[0] && (!!cm.after || sole)));
  for (const region of regions) {
    if (region.start >= part.start && region === regions[0]) continue;
    const found = s.c.metrics.filter((cm) => cm.context && anchored(cm, region) && !cm.lead && cm.metric.unit === fig.unit).map((cm) => matchMetric(reading, fig, region, cm, s.c, region.masked));
    const best = bestMatch(found.filter((m): m is MetricMatch => m !== null));
    if (best) return best;
  }
  return null;
}

/**
 * "Thực hiện ý kiến kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 08/9/2021, UBND tỉnh yêu cầu:", "Ngày
 * 01/9/2021, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp; kết luận như sau:": a lead that says what it carries out or
 * when it met, then only who hands the orders on. Its meeting is the occasion, not the items' topic: "Sở Y tế
 * điều động 40 bác sĩ" below it caps no gathering.
 */
function onlyHandsOn(reading: Reading, lead: Hit, c: CompiledTargets): boolean {
  const text = reading.text.slice(lead.start, lead.end);
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
  if (cut < 0 || !/:[\s\u00a0*_]*$/u.test(text)) return false;
  const from = lead.start + afterListMarker(text);
  const frames = openingEnd(reading, c.framing, from) >= 0 || FRAMING_DATE.test(reading.folded.slice(from, from + 24));
  const last = { start: lead.start + cut + 1, end: lead.end };
  const words = reading.folded.slice(last.start, last.end).match(/\p{L}+/gu) ?? [];
  return frames && words.length <= HANDING_ON_WORDS && (c.delegation.all(reading, last.start, last.end).length > 0 || /nhu[\s\u00a0]+sau[\s\u00a0]*:/u.test(reading.folded.slice(last.start, last.end)));
}

/** "Ngày 01/9/2021," opening a lead: when a meeting sat (folded). */
const FRAMING_DATE = /^(?:(?:sang|chieu|toi)[\s\u00a0]+)?ngay[\s\u00a0]+\d{1,2}[\s\u00a0]*\/[\s\u00a0]*\d{1,2}/u;
/** Most words of the clause that only hands orders on ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", "kết luận như sau:"). */
const HANDING_ON_WORDS = 10;

/**
 * "1. Tổ chức điểm tiêm lưu động tại các xã." / "- Số lượng: 12 điểm tiêm.": an item's line that counts what the
 * lead above it sets up, by the lead's counting verb and with the lead's noun, is that count.
 */
function countedByLead(reading: Reading, fig: Figure, sentence: Hit, c: CompiledTargets): boolean {
  const lead = listLead(reading.text, sentence);
  if (!lead) return false;
  const noun = /^[\s ]+(\p{L}+[\s ]+\p{L}+)/u.exec(reading.folded.slice(fig.tok.end, fig.tok.end + 30));
  if (!noun) return false;
  const at = reading.folded.indexOf(noun[1], lead.start);
  return at >= 0 && at < lead.end && c.countVerb.test(reading, lead.start, at);
}

/**
 * "dự trữ tối thiểu 500.000 khẩu trang y tế, 20.000 bộ trang phục phòng hộ": a count listed right after
 * another of the same part, with only its noun phrase and a comma or "và" between, is set up by the same verb.
 */
function listedAfter(v: TextView, tok: NumberToken, previous: Found | undefined, part: Hit, c: CompiledTargets): boolean {
  if (!previous || previous.part.start !== part.start || previous.target.unit !== 'COUNT') return false;
  // "Tổ chức 165 điểm tiêm, trong đó 14 điểm tiêm lưu động": a share of the count before is counted too.
  const colon = /:[\s\u00a0]*$/u.exec(v.folded.slice(tok.start - 4, tok.start));
  const share = c.share.endAt(v, colon ? tok.start - 4 + colon.index : tok.start, 20);
  const between = v.folded.slice(previous.span.end, share >= previous.span.end ? share : tok.start);
  return between.length <= 60 && /^[^;:.()\d]*(?:,|(?:^|[^\p{L}])va)[\s\u00a0]*$/u.test(between);
}

/**
 * The part a figure's metric is read in, past the conditions that open it before the figure: "Nếu 100% người lao
 * động đã tiêm vắc xin, doanh nghiệp được bố trí tối đa 70% lao động" caps attendance; the vaccination only says when.
 */
function afterConditions(v: TextView, part: Hit, segments: Hit[], at: number, c: CompiledTargets): Hit {
  let start = part.start;
  for (const seg of segments) if (seg.start >= start && seg.end <= at && conditionOpening(v, seg.start, c) >= 0) start = seg.end;
  return start === part.start ? part : { start, end: part.end };
}

function readSentence(reading: Reading, sentence: Hit, toks: NumberToken[], s: Shared): Found[] {
  const v: TextView = reading;
  const { c } = s;
  const parts = partsOf(reading.text, sentence);
  const spelled = toks.filter((t) => t.end - t.start > t.raw.length);
  const segments = parts.flatMap((p) => segmentsOf(reading.text, p, spelled));
  const out: Found[] = [];
  const skipped: Hit[] = [];
  for (const tok of toks) {
    if (skipped.some((h) => h.start <= tok.start && tok.end <= h.end)) continue;
    // In a table of levels a row's ordinal counts nothing, and a cell's figure measures what the row's label names.
    const row = rowAt(reading.tableRows, tok.start, tok.end);
    if (row && !row.cell) continue;
    const part = row?.cell ?? around(parts, tok.start);
    const context = row ? { start: row.row.label.start, end: part.end } : afterConditions(v, part, segments, tok.start, c);
    const whole = withSum(v, tok);
    const fig = figureAt(v, whole, part.end - whole.end, part.start, c);
    if (notAQuantity(v, fig, c, { quoted: s.quoted })) continue;
    const segment = segments.findIndex((g) => g.start <= tok.start && tok.start < g.end);
    const place: Place = { sentence, part, segments, segment: segment < 0 ? segments.length - 1 : segment, names: s.masked };
    if (isReported(v, tok.start, fig.unitEnd, place, c, s.issuedOn) || isThreshold(v, tok.start, fig.unitEnd, place, c) || isPenalty(v, tok.start, fig.unit, part, c, listLead(reading.text, sentence))) continue;
    if (inDescription(v, tok.start, sentence, c) || isTimeSinceEvent(v, fig, c)) continue;
    if (!isOrdered(reading, s.isPressRelease, tok.start, sentence, s.masked, c) || inReportSection(reading, tok.start, c)) continue;
    // A document's validity and a task's time to complete are no metric's but the completion metrics' own.
    const validity = isValidity(v, fig, c);
    const reached = validity ? null : shareReached(v, fig, part, out[out.length - 1], c);
    const completion = !validity && (reached !== null || isCompletionPeriod(v, fig, c));
    const candidates = validity ? [] : completion ? s.c.metrics.filter((cm) => cm.completes) : s.c.metrics;
    const borrowed = earlierFiguresWords(v, fig, part, out, reading.lex);
    const masked = borrowed.length > 0 ? [...s.masked, ...borrowed] : s.masked;
    const matches = candidates.map((cm) => matchMetric(v, fig, context, cm, c, masked)).filter((m): m is MetricMatch => m !== null);
    let best = (completion ? null : referredBack(v, fig, part, sentence, c)) ?? bestMatch(matches);
    // The time to reach a share of a metric with a completion metric of its own kind is that metric's.
    if (!best && reached) best = completionOf(reached, fig, s.c);
    if (!best && !completion) best = continuedMetric(v, fig, part, segments[place.segment], out, c);
    // "Lễ hội, sự kiện ...; quy mô không quá 100 người", "Điều 3. Hội họp, sự kiện" / "- Cấp độ 1: ... không quá
    // 200 người": the words that say what is counted may stand earlier in the sentence or in the lead the item
    // sits under.
    if (!best && !validity && !completion) best = widerContext(reading, fig, part, sentence, s);
    if (!best && fig.unit !== null && c.unitsByCode.get(fig.unit)?.unit.namedOnly) continue;
    if (!best && fig.unit === null && !isGovernedCount(v, fig, part, c) && !listedAfter(v, tok, out[out.length - 1], part, c) && !countedByLead(reading, fig, sentence, c)) continue;
    const f = buildTarget(reading, fig, best, place, s);
    if (completion) f.completion = true;
    // A table's cell holds for its level: "Cấp độ 3" is where the figure applies.
    if (row?.row.byLevel && row.heading && f.target.qualifiers.scope === null) f.target.qualifiers.scope = reading.text.slice(row.heading.start, row.heading.end);
    out.push(f);
    // "07 ngày/01 lần": a figure inside the words the metric read is part of its unit, not a figure of its own.
    if (best && best.end > whole.end) skipped.push({ start: whole.end, end: best.end });
    // "100% nhân viên phải tiêm đủ liều vắc xin và quét mã QR": one share, one target for each action it governs.
    if (best) for (const other of joinedActions(v, fig, best, matches)) out.push(buildTarget(reading, fig, other, place, s));
    const madeOf = f.target.unit === 'PEOPLE' ? breakdownAfter(v.folded, f.span.end) : null;
    if (madeOf) skipped.push(madeOf);
    const paren = parenthesisAfter(reading.text, f.span.end);
    if (paren) {
      skipped.push(paren);
      const pool = /^\([\s\u00a0]*gop[\s\u00a0]+(\d{1,2})[\s\u00a0]+mau[\s\u00a0]*\)$/u.exec(v.folded.slice(paren.start, paren.end));
      if (pool && best?.cm.metric.qualifiers.includes('poolSize') && f.target.qualifiers.poolSize === null) f.target.qualifiers.poolSize = Number(pool[1]);
    }
  }
  return out;
}

