// Parts of a text where a body's name is not a mention of it (agencies.json "notMentions"):
//  - the letterhead, capitals lines right before the number or the dateline ("TỈNH ỦY BẮC NINH" / "Số
//    318-TB/TU"): it names the issuer, which is metadata, not a body the text speaks of;
//  - the addressees, "Kính gửi:" (or a dispatch's "BAN THƯỜNG VỤ TỈNH ỦY ĐIỆN:") and the list after it
//    ("- UBND các huyện, thị xã, thành phố;"): a letter is sent to them, it does not name them in what it orders;
//  - a law library's or portal's list of related documents ("Văn bản liên quan ... do Bộ Y tế ban hành",
//    "Văn bản cùng lĩnh vực: 184/UBND-VX, ..."), sidebarSpans below: the references rules skip it too;
//  - a portal's byline ("Người đăng: Văn phòng - Thống kê", "Cơ quan chủ quản: UBND xã ..."), to the end of its cell;
//  - a distribution list kept on one line with the signature ("| Nơi nhận: - Như trên; - TT Tỉnh ủy; ... |"),
//    from "Nơi nhận" to the end of its line (a list on lines of its own ends the body already), and the
//    closing lines above a document attached after the signature.
import type { Lexicons } from '../../lexicons';
import { addresseesOpening, isProse, type Reading } from '../../reading';
import { foldKey } from '../../phrases/patterns';
import { fold } from '../../../text/fold';
import { foldedAlternation } from '../../../text/regexp';
import { isBullet, parseMarker } from '../../segment/markers';

export interface Span {
  start: number;
  end: number;
}

const startsWith = (line: string, words: string[]) => {
  const key = foldKey(line);
  return words.some((w) => key.startsWith(foldKey(w)));
};
const isCaps = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line.replace(/[|]/g, ''));


/** "Số: 845/UBND-VP", "Lục Ngạn, ngày 20 tháng 5 năm 2021": the letterhead ends before them. */
const NUMBER_OR_DATELINE = /^[\s*_|]*s[oố6](?!\p{L})|ngày\s+\d{1,2}\s+tháng/iu;
/** The national motto shares letterhead lines ("THỊ XÃ NINH HÒA Độc lập - Tự do - Hạnh phúc"). */
const MOTTO = /Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/giu;

/** One span over the letterhead's lines: a name may run over two ("ỦY BAN NHÂN DÂN / HUYỆN TIÊN YÊN"). */
function letterhead(reading: Reading, sidebar: string[]): Span[] {
  // A law library's sidebar may come first: the letterhead is the first run of capitals lines.
  const first = reading.header.findIndex((l) => !startsWith(l.text, sidebar) && !/^[-\s]/u.test(l.text) && isCaps(l.text.replace(MOTTO, '')));
  if (first < 0) return [];
  let end = -1;
  for (const line of reading.header.slice(first)) {
    // Capitals lines followed by the number or the dateline; without them, capitals are a title.
    if (NUMBER_OR_DATELINE.test(line.text)) return end < 0 ? [] : [{ start: reading.header[first].start, end }];
    // A reprint may set the motto, or a rule of dashes, on lines of its own between the names and the number.
    if (/^[\s\p{P}]*$/u.test(line.text.replace(MOTTO, ''))) continue;
    if (!isCaps(line.text.replace(MOTTO, ''))) break;
    end = line.end;
  }
  return [];
}

/** A list line under a sidebar's label: a bullet before the document ("- 3 Công văn ...", "* Chỉ thị ..."). */
const isSidebarItem = (line: string) => {
  const marker = parseMarker(line);
  return marker !== null && isBullet(marker.type);
};

const labelCache = new WeakMap<Lexicons, { label: RegExp | null; byline: RegExp | null; dist: RegExp }>();

/** The labels' patterns, compiled once per lexicon: a sidebar's, a byline's, the distribution list's. */
function labelPatterns(lex: Lexicons): { label: RegExp | null; byline: RegExp | null; dist: RegExp } {
  let c = labelCache.get(lex);
  if (!c) {
    const n = lex.agencies.patterns.notMentions;
    c = {
      // The label opens its line or a cell ("| Văn bản cùng lĩnh vực: ..."); in a sentence "các văn bản khác" is
      // none. A count may follow the label: "Văn bản liên quan (6):".
      label: n.sidebar.length > 0 ? new RegExp(`(?:^[\\s*#_-]*|\\|\\s*)(?:${foldedAlternation(n.sidebar)})\\s*(?:\\(\\d{1,3}\\)\\s*)?(:?)`, 'u') : null,
      byline: n.bylines.length > 0 ? new RegExp(`(?:^|\\|)\\s*(?:${foldedAlternation(n.bylines)})\\s*:[^|\\n]*`, 'gmu') : null,
      dist: new RegExp(`(?:${foldedAlternation(n.distribution)})\\s*:`, 'g'),
    };
    labelCache.set(lex, c);
  }
  return c;
}

/**
 * A list of related documents a law library or portal prints around the text ("Văn bản liên quan:" over "* Chỉ
 * thị 19/CT-TTg năm 2020 ..."; "Văn bản cùng lĩnh vực: 184/UBND-VX, 171/SYT-NVY"): its label and items, or from
 * the label to the end of its line. Neither its bodies nor its documents are the text's.
 */
export function sidebarSpans(reading: Reading, lex: Lexicons = reading.lex): Span[] {
  const { label } = labelPatterns(lex);
  if (!label) return [];
  const out: Span[] = [];
  const lines = reading.lines;
  for (let i = 0; i < lines.length; i++) {
    const m = label.exec(reading.folded.slice(lines[i].start, lines[i].end));
    if (!m) continue;
    const start = lines[i].start + m.index;
    const rest = reading.text.slice(start + m[0].length, lines[i].end).trim();
    // Inline: "Văn bản cùng lĩnh vực: a, b, c" runs to the end of its line.
    if (rest !== '') {
      if (m[1] !== ':') continue;
      out.push({ start, end: lines[i].end });
      continue;
    }
    let j = i;
    // The items follow without a blank line.
    while (j + 1 < lines.length && isSidebarItem(lines[j + 1].text) && !/\n[ \t]*\n/.test(reading.text.slice(lines[j].end, lines[j + 1].start))) j++;
    out.push({ start, end: lines[j].end });
    i = j;
  }
  return out;
}

export function notMentionSpans(reading: Reading, lex: Lexicons = reading.lex): Span[] {
  const n = lex.agencies.patterns.notMentions;
  const out: Span[] = letterhead(reading, n.sidebar);
  const header = reading.header;
  // A long addressees' line reads as prose and opens the body: "Kính gửi: Các sở, ngành, đoàn thể tỉnh; Ủy ban
  // nhân dân các huyện, thành phố." The line after the header is theirs too when it opens so.
  const next = reading.lines.find((l) => l.start >= (header[header.length - 1]?.end ?? 0));
  const lead = next ? [...header, next] : header;
  const opening = addresseesOpening(lex).line;
  const addressees = lead.findIndex((l) => opening.test(fold(l.text)));
  if (addressees >= 0) {
    // The list's items follow: "- UBND các huyện;" or short lines ending in ";", "," or "."; a lead-in
    // such as "Chủ tịch UBND tỉnh yêu cầu:" is the body's.
    let last = addressees;
    // Past a blank line, only a bulleted item is still theirs: "1. Sở Y tế chủ trì ..." opens the body.
    const listed = (i: number) => /^[-+•*]/u.test(lead[i].text.trim()) || (!/\n[ \t]*\n/u.test(reading.text.slice(lead[i - 1].end, lead[i].start)) && /^.{0,100}[;,.]$/u.test(lead[i].text.trim()));
    while (last + 1 < lead.length && !isProse(lead[last + 1].text) && listed(last + 1)) last++;
    out.push({ start: lead[addressees].start, end: lead[last].end });
  }
  // Above the letterhead, a sidebar runs to its first capitals line, whatever its items look like.
  const sidebar = header.findIndex((l) => startsWith(l.text, n.sidebar));
  if (sidebar >= 0) {
    const letterhead = header.findIndex((l, i) => i > sidebar && isCaps(l.text.split('|')[0]));
    out.push({ start: header[sidebar].start, end: letterhead > sidebar ? header[letterhead].start : header[sidebar].end });
  }
  out.push(...sidebarSpans(reading, lex));
  // The signed text's own closing lines, above a document attached after them.
  if (reading.attachedAfter) out.push(reading.attachedAfter);
  const { byline, dist } = labelPatterns(lex);
  // A portal's byline ("Ngày đăng: ... | Người đăng: Văn phòng - Thống kê | Lượt xem: 318"): to the end of its cell.
  if (byline) for (const m of reading.folded.matchAll(byline)) out.push({ start: m.index!, end: m.index! + m[0].length });
  for (const line of reading.lines) {
    if (line.start >= reading.bodyEnd) break;
    dist.lastIndex = 0;
    const m = dist.exec(reading.folded.slice(line.start, line.end));
    if (m) out.push({ start: line.start + m.index, end: line.end });
  }
  return out;
}

export function inSpans(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}
