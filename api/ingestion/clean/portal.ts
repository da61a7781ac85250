// Portal renditions end with the site's navigation and legal footer, and often a reporter's byline. None of it
// is the directive; left in, it would be segmented as a clause and mined for dates and places.
import { fold } from '../../text/fold';
import { FOOTER_OPENERS, HIT_COUNTER, LEGAL_LINE, BYLINE, READER_COUNTS, SOCIAL_BAR, TOOLBAR } from './portal-vocabulary';

/** Footer lines are short; a long line after a candidate opener means the opener was article text. */
const MAX_FOOTER_LINE = 240;
/** Menu headings that open a footer ("Tìm kiếm theo chuyên mục...", "Tin liên quan") are short. */
const MAX_OPENER_LINE = 80;
/** Headings of a related-news list: what follows them is other articles' headlines. */
const RELATED_NEWS = /^(?:tin lien quan|tin khac|cac tin khac|tin cung chuyen muc|bai viet lien quan|bai lien quan|xem them|doc them)\s*:?$/;
/** A footer has at least this many recognisable lines; one stray "Bản đồ" in an article is not a footer. */
const MIN_FOOTER_CUES = 2;

function foldedLine(line: string): string {
  // List dashes in front of footer lines ("- Cơ quan chủ quản: ...") do not change what the line is.
  return fold(line.trim()).replace(/^[-–•*+]\s*/, '');
}

function isFooterOpener(folded: string): boolean {
  if (folded.includes('©')) return true;
  return FOOTER_OPENERS.some((w) => folded === w || folded.startsWith(w + ' ') || folded.startsWith(w + ':'));
}

/** Index of the first line of the trailing footer block, or -1. */
export function findFooterStart(lines: string[]): number {
  // Search only the second half: portals put the same vocabulary ("Tìm kiếm") in a header menu as well.
  const from = Math.floor(lines.length / 2);
  for (let i = from; i < lines.length; i++) {
    const folded = foldedLine(lines[i]);
    if (isSocialBar(lines[i])) return i;
    if (folded === '' || !isFooterOpener(folded) || lines[i].trim().length > MAX_OPENER_LINE) continue;
    const rest = lines.slice(i);
    if (!rest.every((l) => l.length <= MAX_FOOTER_LINE)) continue;
    const cues = rest.filter((l) => isFooterOpener(foldedLine(l)) || isBoilerplateLine(l)).length;
    // "Tin liên quan:" followed by nothing but short headlines is the related-news list, however short.
    if (cues >= MIN_FOOTER_CUES || RELATED_NEWS.test(folded)) return i;
  }
  return -1;
}

/** A line without its emoji ("👁 5.612 lượt xem", "👍 1,2K"), folded. */
const withoutEmoji = (line: string) => foldedLine(line.replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu, '')).trim();

function isSocialBar(line: string): boolean {
  return SOCIAL_BAR.test(withoutEmoji(line));
}

/** A photo's caption or credit on a line of its own: "Ảnh: Người dân ...", "[Ảnh minh họa]", "(Ảnh: Huyền Trang)". */
const CAPTION = /^(?:anh(?: minh hoa)?\s*:.*|\[anh(?: minh hoa)?(?:\s*:[^\]]*)?\]|\(anh(?: minh hoa)?(?:\s*:[^)]*)?\))$/;

function isBoilerplateLine(line: string): boolean {
  const folded = foldedLine(line);
  // A "©" ends a footer's line, not a paragraph: a page whose line breaks were lost is one long line holding both.
  return (
    HIT_COUNTER.test(folded) ||
    READER_COUNTS.test(withoutEmoji(line)) ||
    CAPTION.test(folded.trim()) ||
    LEGAL_LINE.test(folded) ||
    TOOLBAR.test(folded.trim()) ||
    (folded.includes('©') && line.length <= MAX_FOOTER_LINE)
  );
}

/** A headline in a list of links: short, and no sentence's end. */
const isHeadline = (line: string) => line.trim().length > 0 && line.trim().length <= MAX_OPENER_LINE + 40 && !/[.;:]$/.test(line.trim());

/**
 * A box of links to other articles inside the article ("Xem thêm:" / "- Đông Hà xét nghiệm toàn dân" / "- Gio Linh
 * lập chốt kiểm soát"), the article going on after it: the heading and its headlines, up to the first line that
 * is not one. At the foot of a page the footer cut takes the box with the rest.
 */
function dropRelatedBoxes(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (RELATED_NEWS.test(foldedLine(lines[i]).trim())) {
      let j = i + 1;
      while (j < lines.length && isHeadline(lines[j])) j++;
      if (j > i + 1) {
        i = j - 1;
        continue;
      }
    }
    out.push(lines[i]);
  }
  return out;
}

export interface PortalOptions {
  /** True when the text is a portal article: only then is a trailing byline removed. */
  article: boolean;
}

/**
 * A law library's list of related documents above the text: "- 1Chỉ thị 15/CT-TTg năm 2020 về quyết liệt ... do
 * Thủ tướng Chính phủ ban hành". Catalogue entries, not documents the text cites.
 */
const CATALOGUE_ENTRY = /^[-–•*+]?\s*\d{0,2}\s*[a-z][a-z ]{1,30}?\s+\d[\w/.-]*\s+nam\s+(?:19|20)\d{2}\s+ve\b.*\bdo\b.+\bban hanh$/;

function dropRelatedDocuments(lines: string[]): string[] {
  let first = 0;
  while (first < lines.length && lines[first].trim() === '') first++;
  let end = first;
  while (end < lines.length && CATALOGUE_ENTRY.test(fold(lines[end].trim()))) end++;
  return end > first ? lines.slice(end) : lines;
}

export function stripPortalBoilerplate(text: string, options: PortalOptions): string {
  let lines = dropRelatedDocuments(text.split('\n'));
  const footer = findFooterStart(lines);
  if (footer >= 0) lines = lines.slice(0, footer);
  lines = dropRelatedBoxes(lines).filter((line) => !isBoilerplateLine(line));
  if (options.article) lines = dropByline(lines);
  return lines.join('\n');
}

function dropByline(lines: string[]): string[] {
  let last = lines.length - 1;
  while (last >= 0 && lines[last].trim() === '') last--;
  if (last < 0) return lines;
  const line = lines[last].trim();
  // A sentence ending in a full stop is article text even when it starts like a byline ("Theo quy định...").
  if (line.length <= 60 && !/[.;:!?]$/.test(line) && BYLINE.test(fold(line))) return lines.slice(0, last);
  return lines;
}
