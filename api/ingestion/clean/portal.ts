// Portal renditions end with the site's navigation and legal footer, and often a reporter's byline. None of it
// is the directive; left in, it would be segmented as a clause and mined for dates and places.
import { fold } from '../../text/fold';
import { FOOTER_OPENERS, HIT_COUNTER, LEGAL_LINE, BYLINE, SOCIAL_BAR, TOOLBAR } from './portal-vocabulary';

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

function isSocialBar(line: string): boolean {
  return SOCIAL_BAR.test(foldedLine(line.replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu, '')).trim());
}

function isBoilerplateLine(line: string): boolean {
  const folded = foldedLine(line);
  // A "©" ends a footer's line, not a paragraph: a page whose line breaks were lost is one long line holding both.
  return HIT_COUNTER.test(folded) || LEGAL_LINE.test(folded) || TOOLBAR.test(folded.trim()) || (folded.includes('©') && line.length <= MAX_FOOTER_LINE);
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
  lines = lines.filter((line) => !isBoilerplateLine(line));
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
