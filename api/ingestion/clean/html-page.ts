// A portal's or a law library's page saved whole from a browser (<html>, <head>, scripts, menus, sidebars,
// footers): its article is the text. Mozilla's Readability (Firefox's reader view), run on linkedom's DOM, finds
// the article, and its markup is laid out as a pasted fragment is (html-fragments.ts). The page's title is left
// out: it repeats the article's headline or names the site, and above a letter's letterhead it would be taken for
// part of it. A page without an article gives what its body shows, which the recogniser judges as any text.
import { Readability } from '@mozilla/readability';
import { layOutHtml } from './html-fragments';

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
  return content === '' ? text : `${content}\n`;
}
