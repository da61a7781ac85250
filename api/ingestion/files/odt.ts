// An OpenDocument text (.odt), the format LibreOffice saves and the state's standard for exchanging documents
// lists beside Word's. A zip archive whose content.xml holds the text: paragraphs and headings become lines, a
// line break a line break, a table's cells lines of their own (the letterhead's two cells give the issuer and
// its number, then the motto and the dateline) or, for a data table, rows of cells between pipes, as a page's
// table is laid out (clean/html-fragments.ts). Tracked deletions, comments and footnotes are not the letter's
// running text and are left out. Only content.xml is inflated, and only when it declares a size a text can
// have: a hostile archive is refused before it is inflated. An .odt has no fixed pages, so none are located.
import { unzipSync } from 'fflate';
import { IngestionError } from '../errors';
import { layOutHtml } from '../clean/html-fragments';
import { MAX_TEXT_PART_BYTES } from './zip-limits';


/** Elements whose text is not the document's running text: tracked changes (deleted text), comments, notes. */
const SET_ASIDE = /<(text:tracked-changes|office:annotation|text:note)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/gu;
/** ODF's markup to the markup of a page that says the same: paragraphs, breaks, tables. */
const AS_HTML: [RegExp, string | ((...m: string[]) => string)][] = [
  // An empty paragraph is a blank line, as on the page (html-fragments.ts keeps a blank line in a run of markup).
  [/<text:(?:p|h)\b[^>]*\/>|<text:(?:p|h)\b[^>]*><\/text:(?:p|h)>/gu, '\n\n'],
  [/<text:(?:p|h)\b[^>]*>/gu, '<p>'],
  [/<\/text:(?:p|h)>/gu, '</p>'],
  [/<text:line-break\/>/gu, '<br>'],
  [/<text:tab\/>/gu, '\t'],
  [/<text:s(?:\s+text:c="(\d+)")?\/>/gu, (_m: string, n?: string) => ' '.repeat(Math.min(Number(n ?? 1), 100))],
  [/<table:table\b[^>]*>/gu, '<table>'],
  [/<\/table:table>/gu, '</table>'],
  [/<table:table-row\b[^>]*>/gu, '<tr>'],
  [/<\/table:table-row>/gu, '</tr>'],
  [/<table:table-cell\b[^>]*\/>/gu, '<td></td>'],
  [/<table:table-cell\b[^>]*>/gu, '<td>'],
  [/<\/table:table-cell>/gu, '</td>'],
];

export function readOdtText(bytes: Buffer): string {
  const damaged = (why: string) => new IngestionError('DAMAGED', `the OpenDocument text cannot be read (${why})`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'content.xml') return false;
        if (file.originalSize > MAX_TEXT_PART_BYTES) throw damaged(`its text would inflate to ${file.originalSize} bytes`);
        return true;
      },
    });
  } catch (error) {
    throw error instanceof IngestionError ? error : damaged(error instanceof Error ? error.message : String(error));
  }
  const content = files['content.xml'];
  if (!content) throw damaged('it holds no content.xml');
  const xml = new TextDecoder('utf-8').decode(content);
  const body = /<office:text\b[^>]*>([\s\S]*)<\/office:text>/u.exec(xml)?.[1] ?? '';
  let html = body.replace(SET_ASIDE, '');
  for (const [pattern, replacement] of AS_HTML) html = html.replace(pattern, replacement as string);
  // Any other element (a span, a link, a list) is inline here; its text stays, its tags go.
  html = html.replace(/<\/?[a-z]+:[a-z-]+\b[^>]*>/gu, '');
  return layOutHtml(html).replace(/^\n+/u, '');
}
