// A portal's or a law library's page saved whole from a browser (<html>, <head>, scripts, menus, sidebars,
// footers): its article is the text. Mozilla's Readability (Firefox's reader view), run on linkedom's DOM, finds
// the article, and its markup is laid out as a pasted fragment is (html-fragments.ts). Readability keeps the
// article's headline apart, as its title ("Nghệ An ban hành Công văn 4102/UBND-KT về ..."), and a news page's
// headline is often the only place that names the document: it opens the text, unless the article already
// says it or opens on a letter's letterhead, above which it would be taken for part of it. A page without an
// article gives what its body shows, which the recogniser judges as any text.
import { Readability } from '@mozilla/readability';
import { fold } from '../../text/fold';
import { layOutHtml } from './html-fragments';
import { isCapsLine } from './line-shape';

// linkedom ships CommonJS beside its ES modules, but its types describe the ES modules only.
const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: object } };

/**
 * How a page saved from a browser begins: its doctype or its document element, perhaps after an XML prolog and
 * comments (a browser's "saved from url=..."). Markup quoted inside another container (a feed's item, a JSON
 * field) does not begin so.
 */
const PAGE_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

export function unwrapHtmlPage(text: string): string {
  if (!PAGE_START.test(text.slice(0, 4096))) return text;
  const { document } = parseHTML(text);
  // Readability is typed against the browser's DOM, which linkedom's implements.
  const article = new Readability(document as never).parse();
  const content = article?.content ? layOutHtml(article.content).trim() : '';
  if (content === '') return text;
  const title = article?.title?.replace(/\s+/gu, ' ').trim() ?? '';
  const said = (t: string) => fold(t).toLowerCase().replace(/\s+/gu, ' ');
  // Nor above markup or data the article holds (a feed, a JSON record), which later steps unwrap from its start.
  const headline = title !== '' && !/[<>{}]/u.test(title) && !/^[<{[]/u.test(content) && !said(content).includes(said(title)) && !isCapsLine(content.split('\n', 1)[0]);
  return headline ? `${title}\n\n${content}\n` : `${content}\n`;
}
