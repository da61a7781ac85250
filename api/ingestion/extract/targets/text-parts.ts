import type { Hit, TextView } from '../../phrases/patterns';
import { ARTICLE } from '../../segment/markers';

// The units a figure is read in: sentences (a hard-wrapped line continues its sentence: "có ít nhất 90%
// người dân từ 18 / tuổi trở lên ... được tiêm"), ";"-separated parts (one order each) and the
// comma-separated segments inside them ("đã ghi nhận 05 ca" reports only its own segment).

const LIST_MARKER = /^[\s\u00a0*_#>|]*(?:\(?\d{1,2}[.)](?!\d)|\(\d{1,2}\)|\(?[a-zđ]\)|[IVX]{1,4}\.|[-–•+*](?=[\s\u00a0])|điều[\s\u00a0]+\d+)/iu;

/** Where a line's words start: past its list marker ("2.", "a)", "- ", "Điều 3") and what follows it, or its emphasis. */
export function afterListMarker(line: string): number {
  const marker = LIST_MARKER.exec(line);
  const at = marker ? marker[0].length : 0;
  return at + /^[\s\u00a0*_#>|.:]*/u.exec(line.slice(at))![0].length;
}

/** Where the digits of a figure written at `at` end ("5.800", "1,5"): what follows it is read from there. */
export function digitsEnd(v: TextView, at: number): number {
  return at + (/^[\d.,]+/u.exec(v.folded.slice(at, at + 16))?.[0].length ?? 0);
}

/** Does this line open a sentence of its own: a list item, or a line after a finished one or a heading? */
function startsSentence(previous: string, line: string): boolean {
  if (line.trim() === '' || previous.trim() === '') return true;
  if (LIST_MARKER.test(line)) return true;
  const prev = previous.replace(/[\s\u00a0*_|]+$/u, '');
  if (/[.!?:;]$/.test(prev)) return true;
  // A heading in capitals ("I. MỤC TIÊU", "CHỈ THỊ") is a sentence of its own.
  return /\p{Lu}/u.test(prev) && !/\p{Ll}/u.test(prev);
}

/** Sentences of text[start, end): split at ".!?" before a capital or a digit, and at line breaks that end one. */
export function sentencesOf(text: string, start: number, end: number): Hit[] {
  const out: Hit[] = [];
  let sentenceStart = start;
  let lineStart = start;
  let previous = '';
  while (lineStart < end) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const line = text.slice(lineStart, lineEnd);
    if (lineStart > start && startsSentence(previous, line)) {
      push(out, text, sentenceStart, lineStart - 1);
      sentenceStart = lineStart;
    }
    // Inside a line: ". " before a capital or digit, except after an abbreviation ("TP. Hồ Chí Minh").
    const re = /(?<=[.!?])[\s\u00a0]+(?=[\p{Lu}\d“"(])/gu;
    for (const m of line.matchAll(re)) {
      const at = lineStart + m.index;
      if (/(?:^|[\s\u00a0(])\p{Lu}{1,3}\.$/u.test(text.slice(Math.max(lineStart, at - 5), at))) continue;
      push(out, text, sentenceStart, at);
      sentenceStart = at + m[0].length;
    }
    if (line.trim() !== '') previous = line;
    lineStart = lineEnd + 1;
  }
  push(out, text, sentenceStart, end);
  return out;
}

function push(out: Hit[], text: string, start: number, end: number): void {
  while (start < end && /[\s\u00a0]/.test(text[start])) start++;
  while (end > start && /[\s\u00a0]/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Split `span` at the given characters, outside parentheses unless parentheses split too. */
function splitAt(text: string, span: Hit, separators: RegExp, parens: boolean, whole: Hit[] = []): Hit[] {
  const out: Hit[] = [];
  let depth = 0;
  let pos = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (whole.some((w) => w.start <= i && i < w.end)) continue;
    const isParen = ch === '(' || ch === ')';
    if (!parens && isParen) depth = Math.max(0, depth + (ch === '(' ? 1 : -1));
    if ((depth === 0 && separators.test(ch)) || (parens && isParen)) {
      out.push({ start: pos, end: i });
      pos = i + 1;
    }
  }
  out.push({ start: pos, end: span.end });
  return out;
}

/** ";"-separated parts of a sentence (not inside parentheses). */
export function partsOf(text: string, sentence: Hit): Hit[] {
  return splitAt(text, sentence, /;/, false);
}

/**
 * Segments of a part: between commas and parentheses ("Đang cách ly tập trung: 3.408 người" is one), except
 * inside the figures given (a figure spelled out beside its digits, "hai (02) tổ", is one).
 */
export function segmentsOf(text: string, part: Hit, figures: Hit[] = []): Hit[] {
  return splitAt(text, part, /,/, true, figures);
}

export function around(spans: Hit[], at: number): Hit {
  return spans.find((s) => s.start <= at && at < s.end) ?? spans[spans.length - 1];
}

const ITEM_MARKERS = [/^[-+•*]/u, /^[a-zđ]\)/u, /^\d{1,2}[.)]/u];

/** Most words of a heading that ends in a stop. */
const STOPPED_HEADING_WORDS = 12;

/**
 * A paragraph of its own, not an item of a list above ("2. Xét nghiệm cho 100% người lao động ..." leads its "- Tần
 * suất:") nor an article ("Điều 3. Hội họp, sự kiện ...", its first item run on in a text that lost its breaks).
 */
const toldParagraph = (line: string) =>
  /\.[\s\u00a0]*$/u.test(line) && !/^[\s\u00a0]*(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]/iu.test(line) && !ARTICLE.test(line) && (line.match(/[\p{L}\p{N}]+/gu) ?? []).length > STOPPED_HEADING_WORDS;

/** How many list items above a figure's line the lead they share may stand. */
const LEAD_LINES = 8;

/**
 * The lead of the list item a sentence opens: the line above the item and its siblings ("- ...", "+ ...",
 * "a) ...") that ends with ":" or names a heading ("Điều 3. Hội họp, sự kiện tập trung đông người").
 */
export function listLead(text: string, sentence: Hit): Hit | null {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  // Items under a sibling's marker are skipped: above "3." the lead is no "2. ...", above "a)" it may be "1. ...:".
  const sibling = ITEM_MARKERS.find((m) => m.test(text.slice(lineStart, lineStart + 4)));
  if (!sibling) return null;
  let end = lineStart - 1;
  for (let n = 0; n < LEAD_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    // A paragraph that ends in a stop ("Ngày 26/7/2021, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp ...") tells what
    // happened, it heads no list; a heading may end in one ("II. TỔ CHỨC THỰC HIỆN.").
    if (line.trim() !== '' && !sibling.test(line.trim()) && !/^[-+•*]|^[a-zđ]\)/u.test(line.trim())) return toldParagraph(line) ? null : { start, end };
    end = start - 1;
  }
  return null;
}
