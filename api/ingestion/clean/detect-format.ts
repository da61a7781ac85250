// Which kind of rendition a text is. The format is recorded on the rendition and decides which optional
// cleaning steps run (markdown marks, portal byline); the generic ones run on every format.
import type { RenditionFormat } from '../../domain/rendition';
import { fold } from '../../text/fold';
import { ARTICLE_DATELINE } from './portal-vocabulary';
import { findFooterStart } from './portal';
import { measureWrap } from './hard-wrap';

const MARKDOWN_SIGNS: readonly RegExp[] = [
  /\*\*[^*\n]+\*\*/, // **bold**
  /__[^_\n]+__/, // __bold__
  /^\s{0,3}#{1,6}\s+\S/m, // # heading
  /\\[*_#\-.![\]()]/, // backslash escape: \*, 1\.
  /(^|[\s(“"])\*[^\s*][^*\n]*\*(?=$|[\s.,;:)”"])/m, // *emphasis*
  /\[[^\]\n]+\]\([^)\s]+\)/, // [link](url)
  /\[[^\]\n]*\]\{[.#][^}\n]*\}/, // [span]{.insertion ...}, pandoc's
];

export function hasMarkdown(text: string): boolean {
  return MARKDOWN_SIGNS.some((re) => re.test(text));
}

/** The article's dateline ("28/09/2021 16:45") near the top, or a site footer at the end. */
export function hasPortalMarks(text: string): boolean {
  const lines = text.split('\n');
  const top = lines.filter((l) => l.trim() !== '').slice(0, 10);
  if (top.some((l) => ARTICLE_DATELINE.test(fold(l.trim())))) return true;
  return findFooterStart(lines) >= 0;
}

export function detectFormat(text: string): RenditionFormat {
  if (hasMarkdown(text)) return 'MARKDOWN';
  if (hasPortalMarks(text)) return 'PORTAL';
  if (measureWrap(text).hardWrapped) return 'OCR';
  return 'PLAIN';
}
