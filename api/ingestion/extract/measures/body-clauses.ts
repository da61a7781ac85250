import type { ClauseSpan } from '../../document';
import type { Reading } from '../../reading';
import type { Hit } from '../../phrases/patterns';
import { parseMarker } from '../../segment/markers';
import { ARTICLE } from '../../segment/markers';
import { endsWithColon, type TextLine } from '../../segment/lines';
import { hasRequest } from './non-orders';
import { capitalisedWords } from './name-words';

// The clauses instructions are read in: the segmenter's numbered clauses that start in the body, plus the
// articles and cut-off opening it left out, and the body's paragraphs when the clauses hold little of it (a
// portal article retelling the orders in running paragraphs around a short list); or, in a letter without
// numbered structure, its paragraphs. Clauses that are not the segmenter's get negative ordinals, so
// measures read from them carry none.

/**
 * When the segmenter finds no numbered structure (a letter written as plain paragraphs), each body
 * paragraph stands in for a clause: the first long paragraph or article ("Điều 1. ...") starts the body,
 * the header lines before it do not. Measures read from them carry no clause ordinal.
 */
export function paragraphClauses(text: string, end: number, from = 0): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  let started = false;
  let pos = 0;
  for (const line of text.slice(0, end).split('\n')) {
    const start = pos;
    pos += line.length + 1;
    // Without a header, a long line starts the body: a short one is a letterhead's. Below a header (which ends at
    // the first prose line, or at addressees closed by a full stop), its first line does, however short
    // ("Đám tang không quá 20 người."); a long header line (a mail's subject, a portal's title) does not.
    if (!started && !ARTICLE.test(line) && (start < from || (from === 0 && line.trim().length < 80))) continue;
    started = true;
    if (line.trim().length === 0) continue;
    out.push({ ordinal: out.length, label: '', depth: 1, parentOrdinal: null, start, end: start + line.length });
  }
  return out;
}

/**
 * Articles and a cut-off opening the segmenter left outside its clauses: "Điều 1. Áp dụng biện pháp giãn
 * cách xã hội ..." of a decision, or the tail of an order whose page is missing ("kiểm soát chặt chẽ người
 * từ ..." opening a reprint in lower case). Each becomes a clause with a negative ordinal.
 */
export function looseClauses(reading: Reading): ClauseSpan[] {
  const { text, clauses } = reading;
  const end = reading.bodyEnd;
  const covered = (at: number) => clauses.some((c) => at >= c.start && at < c.end);
  const starts: number[] = [];
  const firstLine = reading.lines[0];
  if (firstLine && !covered(firstLine.start) && (opensMidSentence(reading) || opensWithItem(reading))) starts.push(firstLine.start);
  for (const line of reading.lines) {
    if (line.start >= end) break;
    if (ARTICLE.test(line.text) && !covered(line.start)) starts.push(line.start);
  }
  const bounds = [...clauses.map((c) => c.start), end];
  return starts.map((start, i) => {
    const next = Math.min(starts[i + 1] ?? end, ...bounds.filter((b) => b > start));
    return { ordinal: -1 - i, label: '', depth: 1, parentOrdinal: null, start, end: next };
  });
}

/** A reprint whose first page is lost opens in lower case, mid-sentence ("kiểm soát chặt chẽ người từ ..."). */
function opensMidSentence(reading: Reading): boolean {
  return reading.header.length === 0 && /^[\s\u00a0]*\p{Ll}/u.test(reading.lines[0].text);
}

/** A letterhead line: the number ("Số: 15/CT-UBND"), the national motto or the addressees. */
const LETTERHEAD = /^[\s\u00a0|*_#]*(?:s[oố6][\s\u00a0]*[:.]|c[oộ]ng[\s\u00a0]+h[oò]a|k[ií]nh[\s\u00a0]+g[uử]i)/iu;

/**
 * A reprint cut at the top that opens with a numbered or bulleted item ("2. Yêu cầu" / "- Người mắc COVID-19
 * ... được quản lý, điều trị tại nhà"): no letterhead, so the lines before the first clause the segmenter
 * found are body, not header.
 */
function opensWithItem(reading: Reading): boolean {
  const first = reading.lines[0];
  if (!first || first.start >= reading.bodyStart || !parseMarker(first.text)) return false;
  return !reading.lines.some((l) => l.start < reading.bodyStart && LETTERHEAD.test(l.text));
}

/** Below this share of the body's letters inside clauses, the clauses are a list in running text. */
const MIN_COVERAGE = 0.4;
/** A line shorter than this outside the clauses is a byline, a caption or a heading, not a paragraph. */
const MIN_PARAGRAPH = 60;

/**
 * A portal article or a letter that retells its orders in running paragraphs ("Chủ tịch UBND tỉnh yêu cầu
 * ...", "Ban Quản lý các khu công nghiệp có trách nhiệm ...") and lists only a few of them: when the clauses
 * hold less than MIN_COVERAGE of the body, each paragraph outside them is read as a clause of its own.
 */
export function uncoveredParagraphs(reading: Reading, clauses: ClauseSpan[]): ClauseSpan[] {
  const end = reading.bodyEnd;
  const headerEnd = headerEndOf(reading);
  const covered = (at: number) => clauses.some((c) => at >= c.start && at < c.end);
  const body = reading.lines.filter((l) => l.start >= headerEnd && l.start < end);
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '').length;
  const inside = body.filter((l) => covered(l.start)).reduce((n, l) => n + letters(l.text), 0);
  const total = body.reduce((n, l) => n + letters(l.text), 0);
  if (total === 0 || inside / total >= MIN_COVERAGE) return [];
  return body
    .filter((l) => !covered(l.start) && l.text.trim().length >= MIN_PARAGRAPH)
    .map((l, i) => ({ ordinal: -1000 - i, label: '', depth: 1, parentOrdinal: null, start: l.start, end: l.end }));
}

/** "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:" alone on its line: a decision's preamble ("Căn cứ ...", "Theo đề nghị ...") ends there. */
const ENACTING = /^[\s\u00a0*_]*(?:quyet dinh|quyet nghi)[\s\u00a0]*:[\s\u00a0*_]*$/u;

/** Where a decision's enacting line ends, or 0: nothing before it orders. */
function enactingLineEnd(reading: Reading): number {
  return reading.lines.find((l) => l.start < reading.bodyEnd && ENACTING.test(reading.folded.slice(l.start, l.end)))?.end ?? 0;
}

/** Where the header ends, or a decision's enacting line ("QUYẾT ĐỊNH:") if later: nothing before it orders. */
function headerEndOf(reading: Reading): number {
  return Math.max(reading.header[reading.header.length - 1]?.end ?? 0, enactingLineEnd(reading));
}

/** The preamble's last line, right above the first numbered clause, if there is one. */
export function preambleLastLine(reading: Reading): TextLine | undefined {
  const first = reading.clauses[0];
  return first && [...reading.lines].reverse().find((l) => l.end <= first.start);
}

/** A lead-in in the preamble that asks for what the numbered clauses say ("Chủ tịch UBND tỉnh quyết định:"). */
export function preambleAsks(reading: Reading, names: Hit[] = []): boolean {
  const line = preambleLastLine(reading);
  // Names hide their words: "Ban Chỉ đạo tỉnh trân trọng cung cấp thông tin ... như sau:" asks nothing, nor
  // does its short name "(Ban Chỉ đạo)", capitalised as names are.
  return !!line && endsWithColon(line.text) && hasRequest(reading, line, reading.lex, [...names, ...capitalisedWords(reading.text, line, reading.lex.agencies.patterns.enumeratingHeads)]);
}

/**
 * "UBND tỉnh yêu cầu thực hiện giãn cách xã hội ... từ 0 giờ ngày 21/8/2021. Cụ thể:" right above the first
 * numbered clause: an order of its own before the details the list goes into, which the preamble would hide. A
 * line that only leads in ("Chủ tịch UBND tỉnh yêu cầu:", "Thực hiện ... . UBND huyện đề nghị:") orders nothing.
 */
const DETAILS_AFTER_ORDER = /[\p{L}\p{N})][.;,][\s\u00a0]+(?:cu[\s\u00a0]+the(?:[\s\u00a0]+nhu[\s\u00a0]+sau)?|nhu[\s\u00a0]+sau)[\s\u00a0]*:[\s\u00a0]*$/u;

function orderBeforeList(reading: Reading, clauses: ClauseSpan[]): ClauseSpan[] {
  const line = preambleLastLine(reading);
  const headerEnd = headerEndOf(reading);
  if (!line || line.start < headerEnd || !endsWithColon(line.text) || line.text.trim().length < MIN_PARAGRAPH) return [];
  if (clauses.some((c) => line.start >= c.start && line.start < c.end)) return [];
  if (!DETAILS_AFTER_ORDER.test(reading.folded.slice(line.start, line.end))) return [];
  return [{ ordinal: -2000, label: '', depth: 1, parentOrdinal: null, start: line.start, end: line.end }];
}

/**
 * "Sở Y tế đề nghị:" / "l. Người về từ vùng dịch phải cách ly ..." / "2. ...": the line between the preamble's
 * lead-in that asks and the first numbered clause is its first item, whose label a scan damaged ("l.", "1 .") or
 * the writer left out. It is read as a clause of its own.
 */
function itemsBeforeList(reading: Reading, clauses: ClauseSpan[]): ClauseSpan[] {
  const first = reading.clauses[0];
  if (!first) return [];
  const headerEnd = headerEndOf(reading);
  const preamble = reading.lines.filter((l) => l.start >= headerEnd && l.end <= first.start && l.text.trim() !== '');
  const lead = preamble.map((l) => endsWithColon(l.text) && hasRequest(reading, l, reading.lex)).lastIndexOf(true);
  if (lead < 0) return [];
  // Only the one line right above the list, and not a bullet: lines of their own under the lead-in ("- Toàn ngành
  // ghi nhận 412 học sinh là F0;") are a report the segmenter did not take for the list.
  const items = preamble.slice(lead + 1);
  const line = items.length === 1 ? items[0] : undefined;
  if (!line || /^[-–•*+]/u.test(line.text) || clauses.some((c) => line.start >= c.start && line.start < c.end)) return [];
  return [{ ordinal: -3000, label: '', depth: 1, parentOrdinal: null, start: line.start, end: line.end }];
}

const preambleCache = new WeakMap<Reading, ClauseSpan[]>();

/**
 * What the preamble of a numbered body orders though the segmenter left it out: an order before the details of
 * the list, and items before its first numbered clause. Targets read their figures as ordered too.
 */
export function preambleOrders(reading: Reading): ClauseSpan[] {
  let found = preambleCache.get(reading);
  if (!found) {
    const clauses = [...reading.clauses, ...looseClauses(reading)];
    found = [...orderBeforeList(reading, clauses), ...itemsBeforeList(reading, clauses)];
    preambleCache.set(reading, found);
  }
  return found;
}

/** The body's clauses in document order, and whether the body is numbered at all. */
export function bodyClauses(reading: Reading): { clauses: ClauseSpan[]; numbered: boolean } {
  const end = reading.bodyEnd;
  // Clauses after the body (the "Nơi nhận" list, bulleted) do not make a body numbered.
  const numbered = reading.clauses.some((c) => c.start < end);
  let clauses = numbered
    ? [...reading.clauses, ...looseClauses(reading)]
    : paragraphClauses(reading.text, end, headerEndOf(reading)).map((c) => ({ ...c, ordinal: -1 - c.ordinal }));
  if (numbered) {
    // Paragraphs read for themselves may already hold a line the preamble orders in.
    const paragraphs = uncoveredParagraphs(reading, clauses);
    clauses = [...clauses, ...paragraphs, ...preambleOrders(reading).filter((o) => !paragraphs.some((p) => p.start === o.start))];
  }
  return { clauses: clauses.sort((a, b) => a.start - b.start), numbered };
}
