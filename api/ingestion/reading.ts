// A cleaned rendition as every extractor reads it, metadata and facts alike: the text in three forms (as
// written, folded, lower-cased; same offsets), its clauses, the regions rules look in, and the lexicons.
// Most facts have a fixed home (the number in the letterhead, the signer after the body, measures in the
// body before the distribution list), and looking only there is what keeps a cited document's number or
// date from being taken for this one's.
import type { ClauseSpan, CleanedText } from './document';
import type { RenditionFormat } from '../domain/rendition';
import { view, type TextView } from './phrases/patterns';
import { isDiacriticLess } from '../text/diacritics';
import { capitalsShare } from '../text/char-class';
import { fold, withoutTones } from '../text/fold';
import { writesTime } from '../text/dates';
import { defaultLexicons, type Lexicons } from './lexicons';
import { isCapsLine, NATIONAL_MOTTO, opensAddressees, opensNumberLine, opensSubjectLine } from './clean/line-shape';
import { parseMarker } from './segment/markers';
import { distributionListAt, isClosingLine } from './segment/closing';
import { attachedDocument } from './segment/attachments';
import { TextLine, nonBlankLines } from './segment/lines';
import { levelRows, type TableRow } from './segment/level-tables';
import { gridRows } from './segment/grids';
import { directiveTitle } from './lexicons/document-kinds';
import { escapeRegExp } from '../text/regexp';

export interface Reading extends TextView {
  format: RenditionFormat;
  /** Non-blank lines in order. */
  lines: TextLine[];
  clauses: ClauseSpan[];
  /** Lines before the first prose paragraph: letterhead, number, title, subject, dateline, addressees. */
  header: TextLine[];
  /** Offset where the body's clauses begin (text.length when there are none). */
  bodyStart: number;
  /** Offset where the closing part begins: after the last clause, or at the first closing formula. */
  closingStart: number;
  /**
   * Offset where the distribution list ("Nơi nhận:") starts: facts are read before it. With a document attached
   * after the signature, the attachment's own distribution list, or the text's end.
   */
  bodyEnd: number;
  /** The closing lines between the text and the document attached after them: no facts are read there. */
  attachedAfter: { start: number; end: number } | null;
  /** That document's title down to its "(Ban hành kèm theo ...)" line: it orders nothing. */
  attachedTitle: { start: number; end: number } | null;
  /** Rows of tables cleaned to one cell per line (measures by epidemic level, goals beside the present state), each with the label its cells are about. */
  tableRows: TableRow[];
  lex: Lexicons;
}

/**
 * A paragraph of running text, as opposed to a letterhead, title or list line. A letter's subject is none,
 * long and ending in a full stop as it may be ("V/v phòng, chống dịch ... trên địa bàn tỉnh.").
 */
export function isProse(line: string): boolean {
  if (isCapsLine(line) || parseMarker(line) || opensSubjectLine(fold(line))) return false;
  return line.length >= 200 || (line.length >= 60 && (/[.:;]$/.test(line) || NEWS_LEAD.test(line)));
}

/**
 * "Chợ Nam Hưng tạm dừng hoạt động." over "Bà con thôn Đông không ra khỏi nhà.": a notice read out or posted
 * writes its body one short sentence a line. Two such lines running are the body; a header line ends in no
 * stop, a subject that does opens with "V/v" or "Về việc", and a line in lower case ends a wrapped sentence.
 */
function isShortSentence(line: string): boolean {
  const t = line.trim();
  if (!/^\p{Lu}/u.test(t) || !/[.!?]$/u.test(t) || t.includes('|') || capitalsShare(t) > HALF) return false;
  const folded = fold(t);
  return (t.match(/[\p{L}\p{N}]+/gu) ?? []).length >= SHORT_SENTENCE_WORDS && !parseMarker(t) && !opensSubjectLine(folded) && !opensAddressees(folded);
}

/** A line half in capitals or more is a letterhead's or a masthead's, and a site's menu ("Trang chủ | ...") is no sentence. */
const HALF = 0.5;

/** Fewest words of a line read as a sentence of the body. */
const SHORT_SENTENCE_WORDS = 4;

/** A portal article's lead opens with its day, even where it ends without a full stop: "Ngày 16/4/2020 Ủy ban ...". */
const NEWS_LEAD = /^(?:Ngày|Sáng|Chiều|Tối|Trưa)(?:\s+ngày)?\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b/u;

export function read(cleaned: CleanedText, clauses: ClauseSpan[], lex: Lexicons = defaultLexicons()): Reading {
  const text = cleaned.text;
  const lines = nonBlankLines(text);
  const bodyStart = clauses.length > 0 ? clauses[0].start : text.length;
  const v = view(text);
  const from = forwardedLetterhead(lines, bodyStart, v.folded, directiveTitle(lex.documentKinds));
  const addressed = afterAddressees(lines, from, bodyStart, v.folded, lex);
  const firstProse = lines.findIndex((l, i) => i >= from && (l.start >= bodyStart || isProse(l.text) || i === addressed || (isShortSentence(l.text) && isShortSentence(lines[i + 1]?.text ?? ''))));
  const header = firstProse < 0 ? lines.slice(from) : lines.slice(from, firstProse);

  // Without clauses the body's end is the first closing formula after the header ("Nơi nhận", "T/M ...").
  const headerEnd = header[header.length - 1]?.end ?? 0;
  const document = attachedDocument(text);
  const attached = document?.start ?? null;
  const own = attached === null ? clauses : clauses.filter((c) => c.start < attached);
  const closingStart =
    own.length > 0
      ? Math.max(...own.map((c) => c.end))
      : lines.find((l) => l.start > headerEnd && isClosingLine(l.text))?.start ?? text.length;
  const ownEnd = bodyEnd(v.folded);
  const attachedAfter = document === null ? null : { start: Math.min(ownEnd, closingStart), end: document.start };
  const attachedTitle = document === null ? null : { start: document.start, end: document.titleEnd };
  // A blank form attached ("MẪU BẢN CAM KẾT ...") holds no facts of the text: they end at its own distribution list.
  const end = attached === null || document?.form ? ownEnd : bodyEnd(v.folded, attached);

  // A text that lost its marks ("khong tap trung qua 10 nguoi") matches one-syllable cue words folded.
  if (isDiacriticLess(text)) v.lower = v.folded;
  else v.lower = unitsAsSpelled(v, lex);
  return { ...v, format: cleaned.format, lines, clauses, header, bodyStart, closingStart, bodyEnd: end, attachedAfter, attachedTitle, tableRows: tableRows(lines, v.folded, lex), lex };
}

const patterns = new WeakMap<Lexicons, { line: RegExp; text: RegExp }>();

/**
 * The opening of the addressees in a folded line, its match ending where the first of them starts: "Kính gửi:",
 * or a telegram's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:" (the words of agencies.json notMentions, which also keep
 * their names from counting as mentions), with the addressees below or run on after the colon, and "ĐIỆN:" on a
 * line of its own, its colon lost or not. The title "CÔNG ĐIỆN" (and a "BƯU ĐIỆN") opens none. `text` finds the
 * openings in a whole folded text, `line` tests one line.
 */
export function addresseesOpening(lex: Lexicons): { line: RegExp; text: RegExp } {
  let re = patterns.get(lex);
  if (!re) {
    const words = (list: string[]) => list.map((w) => escapeRegExp(fold(w)).replace(/\s+/g, '[ \\t\\u00a0]+')).join('|');
    const n = lex.agencies.patterns.notMentions;
    const verbs = n.addresseeVerbs.length > 0 ? `|(?:[^\\n:]*(?<!\\b(?:cong|buu))[ \\t\\u00a0])?(?:${words(n.addresseeVerbs)})[ \\t\\u00a0]*(?::|$)` : '';
    const source = `^[ \\t\\u00a0*_\\-–+•]*(?:(?:${words(n.addressees)})\\b[ \\t\\u00a0]*:?${verbs})[ \\t\\u00a0]*`;
    re = { line: new RegExp(source, 'u'), text: new RegExp(source, 'gmu') };
    patterns.set(lex, re);
  }
  return re;
}

/** Most lines of addressees ("Kính gửi:" and its items) before the one that ends them. */
const MAX_ADDRESSEE_LINES = 12;

/**
 * The index of the line after the addressees when their last line ends with a full stop ("Kính gửi: UBND các
 * huyện, thị xã, thành phố."): the body begins there, however short its lines. -1 otherwise.
 */
function afterAddressees(lines: TextLine[], from: number, bodyStart: number, folded: string, lex: Lexicons): number {
  const opening = addresseesOpening(lex).line;
  const at = lines.findIndex((l, i) => i >= from && l.start < bodyStart && opening.test(folded.slice(l.start, l.end)));
  if (at < 0) return -1;
  for (let i = at; i < Math.min(lines.length - 1, at + MAX_ADDRESSEE_LINES); i++) {
    if (lines[i + 1].start >= bodyStart) return -1;
    if (/\.[\s\u00a0*_]*$/u.test(lines[i].text)) return isCapsLine(lines[i + 1].text) ? -1 : i + 1;
  }
  return -1;
}

/** Rows of tables by level, then of the other grids of cells (numbered, or under a block of column headings). */
function tableRows(lines: TextLine[], folded: string, lex: Lexicons): TableRow[] {
  const byLevel = levelRows(lines, folded);
  const words = columnWords(lex);
  // A column is headed by a word of the lexicon or by a time ("Đến 31/8/2021", "Năm 2022").
  const isColumnHeading = (cell: string) => words.some((w) => cell.startsWith(w)) || writesTime(cell);
  const others = gridRows(lines, folded, isColumnHeading).filter((r) => !byLevel.some((l) => l.label.start === r.label.start));
  return [...byLevel, ...others].sort((a, b) => a.label.start - b.label.start);
}

/** The first words of a table's column headings, folded, per lexicon. */
const columnHeadings = new WeakMap<Lexicons, string[]>();
function columnWords(lex: Lexicons): string[] {
  let words = columnHeadings.get(lex);
  if (!words) {
    words = [...lex.metrics.columnHeadings, ...lex.metrics.reportedColumns, ...lex.metrics.unitColumns].map((w) => fold(w));
    columnHeadings.set(lex, words);
  }
  return words;
}

/** One-syllable unit words of units.json by their spelling without tones ("ngay" -> "ngày"), per lexicon. */
const unitSpellings = new WeakMap<Lexicons, Map<string, string>>();

function unitSpelling(lex: Lexicons): Map<string, string> {
  let m = unitSpellings.get(lex);
  if (!m) {
    m = new Map();
    for (const word of lex.units.units.flatMap((u) => u.words)) {
      const lower = word.toLowerCase();
      if (/^\p{L}+$/u.test(lower) && fold(lower) !== lower) m.set(withoutTones(lower), lower);
    }
    unitSpellings.set(lex, m);
  }
  return m;
}

/**
 * The lower-cased view with a unit word right after a figure spelled as the lexicon spells it when only its tone
 * differs: OCR misreads tones ("cách ly 14 ngảy", "trong vòng 24 gìờ"). A vowel's own mark is left as read: "3
 * đóng cửa" is no "3 đồng". Same length, so offsets hold; the text and its quotes stay as written.
 */
function unitsAsSpelled(v: TextView, lex: Lexicons): string {
  const spelling = unitSpelling(lex);
  let lower = v.lower;
  for (const m of v.lower.matchAll(/(?<=\d[ \u00a0]?)\p{L}+(?!\p{L})/gu)) {
    const word = m[0];
    // A word without marks is a text that lost them, read folded as a whole or not at all (isDiacriticLess).
    if (fold(word) === word) continue;
    const unit = spelling.get(withoutTones(word));
    if (unit && unit !== word && unit.length === word.length) lower = lower.slice(0, m.index) + unit + lower.slice(m.index + word.length);
  }
  return lower;
}

/** The national motto's line, in the letterhead's other column or on its own. */
const MOTTO = new RegExp(String.raw`(?:^|\s)(?:${NATIONAL_MOTTO})\b`);
/** How far down a forwarded letterhead may start: a message or a portal's lead of a few paragraphs above it. */
const FORWARD_LINES = 15;

/**
 * Where the letterhead starts when a forwarding note stands above it ("Tin nhắn từ: ..." and a paragraph, then
 * "ỦY BAN NHÂN DÂN ... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"): the first capitals line of the block holding the
 * motto, when prose comes before that block. 0 otherwise.
 */
function forwardedLetterhead(lines: TextLine[], bodyStart: number, folded: string, title: RegExp): number {
  // The motto anchors the letterhead; without it (a note-taking app's copy keeps the issuer's column only), so
  // does the number line under the issuer ("ỦY BAN NHÂN DÂN HUYỆN VĂN CHẤN" / "Số: 186/KH-UBND").
  const heads = lines.slice(0, FORWARD_LINES).map((l) => (l.start < bodyStart ? folded.slice(l.start, l.end) : null));
  const byMotto = heads.findIndex((l) => l !== null && MOTTO.test(l));
  const anchor = byMotto >= 0 ? byMotto : heads.findIndex((l, i) => l !== null && opensNumberLine(l) && i > 0 && isCapsLine(lines[i - 1].text));
  if (anchor <= 0) return 0;
  let start = anchor;
  // Above the motto the issuer's column may have lost its capitals to a scan; above a number line only
  // capitals lines are the issuer's.
  const issuerLine = (text: string) => (byMotto >= 0 ? !isProse(text) && !/^[\s\-=_*~.]+$/.test(text) : isCapsLine(text));
  while (start > 0 && issuerLine(lines[start - 1].text) && anchor - start < 6) start--;
  // A motto's block is a letterhead forwarded under a note only below prose; a number line's issuer column
  // stands below whatever a mail or a page put above it.
  if (byMotto >= 0 && !lines.slice(0, start).some((l) => isProse(l.text))) return 0;
  // A page that puts the document's title and subject above its letterhead ("KẾ HOẠCH" / "Thực hiện ..." /
  // "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG" / "Số: 186/KH-UBND") forwards nothing: the title is the header's. A
  // title is a line of its own ("KẾ HOẠCH", "CÔNG ĐIỆN KHẨN"), not a site's path ("VĂN BẢN CHỈ ĐẠO » CÔNG VĂN SỐ ...").
  const above = lines.slice(0, start);
  const isTitle = (l: TextLine) => isCapsLine(l.text) && l.text.trim().split(/\s+/).length <= 3 && title.test(folded.slice(l.start, l.end).trim());
  if (above.some(isTitle) && !above.some((l) => isProse(l.text))) return 0;
  return isCapsLine(lines[start].text) ? start : 0;
}

/** Lines between the header and the first clause: the preamble that states the meeting and the issuer's request. */
export function preambleLines(reading: Reading): TextLine[] {
  const headerEnd = reading.header.length;
  return reading.lines.slice(headerEnd).filter((l) => l.end <= reading.bodyStart && l.start < reading.closingStart);
}

/** How many paragraphs of a portal article may hold its lead: a quoted motto or a title may stand before it. */
const LEAD_PARAGRAPHS = 3;

/**
 * The lead of a portal article: its first paragraphs after the header, skipping lines without a word in
 * lower case (a timestamp "06/11/2021 17:25", a photo credit in capitals), which no reader counts as one.
 */
export function leadLines(reading: Reading): TextLine[] {
  // Not a title in capitals; a paragraph a telegram or a shouting page sets in capitals is one (isCapsLine).
  return preambleLines(reading).filter((l) => /\p{Ll}{2}/u.test(l.text) || !isCapsLine(l.text)).slice(0, LEAD_PARAGRAPHS);
}

/** Lines after the body: closing formula, distribution list, signature block (above an attached document). */
export function closingLines(reading: Reading): TextLine[] {
  const end = reading.attachedAfter?.end ?? Infinity;
  return reading.lines.filter((l) => l.start >= reading.closingStart && l.start < end);
}

export function foldedLine(reading: Reading, line: TextLine): string {
  return reading.folded.slice(line.start, line.end);
}

/** Where the distribution list ("Nơi nhận:") starts, from `from` on; agencies and references after it are not the body's. */
export function bodyEnd(folded: string, from = 0): number {
  const at = distributionListAt(folded, from);
  return at < 0 ? folded.length : at;
}
