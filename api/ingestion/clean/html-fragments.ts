// Law libraries that paste a directive's two-column header as an HTML table leave the markup in the text
// ("<table><tr><td><b>ỦY BAN NHÂN DÂN<br/>TỈNH THANH HÓA</b></td>..."). Such a fragment becomes the text it lays
// out, as printed on paper: each table cell on lines of its own, a line break a line break, a paragraph or a
// list item a line, inline formatting nothing, entities decoded (the `entities` package), also in text copied
// from a page's source without its tags. A whole page saved as HTML (<html>, <head>, <script>...) is left to
// html-page.ts, which finds its article and lays it out here.
import { decodeHTML } from 'entities';

const TAG = /<\/?([a-z][a-z0-9]*)\b[^<>]*>/gi;
/** Tags of a whole page rather than of a pasted fragment. */
const PAGE_TAGS = new Set(['html', 'head', 'body', 'script', 'style', 'meta', 'link', 'iframe', 'nav', 'form', 'title']);
/** Tags that start or end a line of their own. */
const LINE_TAGS = new Set(['br', 'tr', 'td', 'th', 'p', 'div', 'li', 'table', 'thead', 'tbody', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function hasHtmlFragment(text: string): boolean {
  let any = false;
  for (const m of text.matchAll(TAG)) {
    if (PAGE_TAGS.has(m[1].toLowerCase())) return false;
    any = true;
  }
  return any;
}

/** An entity as a page's source writes it: "&nbsp;", "&amp;", "&#7899;", "&#x1ED1;". */
const ENTITY = /&(?:[a-z][a-z0-9]{1,7}|#\d{2,6}|#x[0-9a-f]{2,5});/giu;
/** Entities a text must hold to be copied from a page's source rather than quote one. */
const MIN_ENTITIES = 2;

export function unwrapHtmlFragments(text: string): string {
  // Text copied from a page's source without its tags still writes its entities ("Số:&nbsp;3021/UBND-KGVX").
  if (!hasHtmlFragment(text)) return (text.match(ENTITY)?.length ?? 0) >= MIN_ENTITIES ? decodeHTML(text) : text;
  return layOutHtml(text);
}

/** A table without a table inside it, its rows, a row's cells. */
const TABLE = /<table\b[^<>]*>((?:(?!<table\b)[\s\S])*?)<\/table>/giu;
const ROW = /<tr\b[^<>]*>([\s\S]*?)(?=<tr\b|$)/giu;
const CELL = /<t[dh]\b[^<>]*>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/giu;
/** A data table has this many columns at least: a letter's header, two columns side by side, is laid out cell by cell. */
const DATA_COLUMNS = 3;

/**
 * A data table (targets by district, a plan's figures) as rows of cells between pipes, as a markdown table is
 * written, so that each figure stays on the row of its label; a layout table is left to the cell-per-line layout.
 */
function dataTablesAsRows(html: string): string {
  return html.replace(TABLE, (table, body: string) => {
    const rows = [...body.matchAll(ROW)].map((r) => [...r[1].matchAll(CELL)].map((c) => c[1].replace(TAG, ' ').replace(/\s+/gu, ' ').trim()));
    const filled = rows.filter((cells) => cells.some((c) => c !== ''));
    if (filled.length < 2 || Math.max(...filled.map((cells) => cells.length)) < DATA_COLUMNS) return table;
    return `<p>${filled.map((cells) => `| ${cells.join(' | ')} |`).join('<br>')}</p>`;
  });
}

/**
 * Markup as printed: a line per cell of a layout table, paragraph, list item or break, a data table's rows as
 * lines of cells, inline formatting dropped, entities decoded.
 */
export function layOutHtml(text: string): string {
  const BREAK = '\u0000';
  const marked = dataTablesAsRows(text).replace(TAG, (_tag, name: string) => (LINE_TAGS.has(name.toLowerCase()) ? BREAK : ''));
  // The breaks of one run of markup (and the markup's own indentation) make one line break; a blank line
  // next to the run, as between the table and the title, stays.
  const laidOut = marked.replace(/[ \t\n]*(?:\u0000[ \t\n]*)+/g, (run) => (/\n[ \t]*\n/.test(run.replaceAll(BREAK, '')) ? '\n\n' : '\n'));
  return decodeHTML(laidOut);
}
