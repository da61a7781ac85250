// A directive pasted as MediaWiki source (a wiki's edit box, a Wikisource transcription): templates, tables
// between "{|" and "|}", '''bold''', [[links]], <ref> footnotes and "== headings ==". Read as the page prints
// it: a table's rows as cells joined by "|" (a cell's <br> lines side by side, as a law library lays out a
// two-column letterhead; later steps put a letterhead's cells on lines of their own and read a task table by
// its columns), an infobox's fields as "field: value", numbered and bulleted lists given their "1."
// and "-", a footnote as its number where it is cited and its text where the page lists the notes, links as
// their label; categories, files, comments and magic words print nothing.

/** Signs of MediaWiki source; a text shows several kinds of them, not one stray bracket. */
const SIGNS: readonly RegExp[] = [
  /^={2,5}[^=\n]+={2,5}[ \t]*$/mu,
  /'''[^'\n]+'''/u,
  /\[\[[^\]\n]+\]\]/u,
  /^\{\|/mu,
  /\{\{[^{}\n]+(?:\}\}|$)/mu,
  /<ref[\s>/]/u,
  /^\|-/mu,
  /<references\s*\/?>/u,
];
const MIN_SIGNS = 3;

export function isMediaWiki(text: string): boolean {
  return SIGNS.filter((s) => s.test(text)).length >= MIN_SIGNS;
}

/** Namespaces whose links print nothing in the text: categories, files, images. */
const SILENT_LINK = /\[\[\s*(?:thể loại|the loai|category|tập tin|tap tin|file|image|hình|hinh|media)\s*:[^\]]*\]\]/giu;
/** Templates that mark where the page lists its footnotes. */
const REFERENCE_LIST = /^\s*(?:<references\s*\/?>|<references>\s*<\/references>|\{\{\s*(?:reflist|references|tham khảo|tham khao|chú thích|chu thich)\s*(?:\|[^{}]*)?\}\})\s*$/iu;

/** Footnotes numbered in order of their first citation, reused ones by name. */
function numberFootnotes(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  const named = new Map<string, number>();
  const nameOf = (attrs: string) => /name\s*=\s*"?([^"/>]+?)"?\s*(?:\/|$)/u.exec(attrs.trim())?.[1]?.trim() ?? null;
  const out = text
    .replace(/<ref([^>]*)>([\s\S]*?)<\/ref>/gu, (_, attrs: string, body: string) => {
      const name = nameOf(attrs);
      if (name && named.has(name)) return `[${named.get(name)}]`;
      notes.push(body.replace(/\s+/gu, ' ').trim());
      if (name) named.set(name, notes.length);
      return `[${notes.length}]`;
    })
    .replace(/<ref([^>]*)\/>/gu, (_, attrs: string) => {
      const n = named.get(nameOf(attrs) ?? '');
      return n ? `[${n}]` : '';
    });
  return { text: out, notes };
}

/** Splits a template's inside at its top-level "|" (not those of nested links or templates). */
function templateParts(inside: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < inside.length; i++) {
    const two = inside.slice(i, i + 2);
    if (two === '[[' || two === '{{') depth++;
    if ((two === ']]' || two === '}}') && depth > 0) depth--;
    if (inside[i] === '|' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += inside[i];
  }
  parts.push(current);
  return parts;
}

/**
 * A template as it prints: an infobox's named fields as "field: value" lines, an inline template
 * ("{{nowrap|...}}", "{{lang|vi|...}}") as its last unnamed argument, a bare one ("{{cn}}") as nothing.
 */
function renderTemplate(inside: string): string {
  const [, ...args] = templateParts(inside);
  if (REFERENCE_LIST.test(`{{${inside}}}`)) return '<references />';
  const fields = args.map((a) => /^\s*([^=\n]+?)\s*=\s*([\s\S]*)$/u.exec(a)).filter((m): m is RegExpExecArray => m !== null && m[2].trim() !== '');
  if (fields.length > 0 && fields.length === args.length) return `\n${fields.map((m) => `${m[1]}: ${m[2].trim()}`).join('\n')}\n`;
  const unnamed = args.filter((a) => !/^\s*[^=\n]+=/u.test(a));
  return unnamed.length > 0 ? unnamed[unnamed.length - 1].trim() : '';
}

function expandTemplates(text: string): string {
  let out = text;
  // Innermost first: a template's arguments may hold templates.
  for (let i = 0; i < 6 && /\{\{[^{}]*\}\}/u.test(out); i++) out = out.replace(/\{\{([^{}]*)\}\}/gu, (_, inside: string) => renderTemplate(inside));
  return out;
}

/** Inline markup reduced to what it prints; "<br>" is kept as a line break. */
function inline(text: string): string {
  return text
    .replace(SILENT_LINK, '')
    .replace(/\[\[[^\]|\n]*\|([^\]\n]*)\]\]/gu, '$1')
    .replace(/\[\[([^\]\n]*)\]\]/gu, '$1')
    .replace(/\[(?:https?:)?\/\/[^\s\]]+\s+([^\]\n]+)\]/gu, '$1')
    .replace(/\[(?:https?:)?\/\/[^\s\]]+\]/gu, '')
    .replace(/'{5}|'{3}|'{2}/gu, '')
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/?(?:nowiki|center|div|span|small|big|font|sup|sub|u|s|b|i|p|blockquote|poem)\b[^>]*>/giu, '')
    .replace(/__[A-ZĐ]+__/gu, '');
}

/** A table cell's text, without its attributes ("style="..." | nội dung"). */
function cellText(cell: string): string {
  const m = /^([^|[\]]*=[^|[\]]*)\|(?!\|)([\s\S]*)$/u.exec(cell);
  return (m ? m[2] : cell).trim();
}

/** A table's rows, each a list of cells; a cell's own lines (its "<br>"s) stay apart. */
function renderTable(lines: string[]): string[] {
  const rows: string[][] = [];
  let caption: string | null = null;
  let row: string[] | null = null;
  const cellsOf = (line: string, sep: RegExp) => line.slice(1).split(sep).map(cellText);
  for (const line of lines) {
    if (/^\{\|/u.test(line) || /^\|\}/u.test(line)) continue;
    if (/^\|\+/u.test(line)) {
      caption = cellText(line.slice(2));
      continue;
    }
    if (/^\|-/u.test(line)) {
      row = null;
      continue;
    }
    if (/^[|!]/u.test(line)) {
      if (!row) rows.push((row = []));
      row.push(...cellsOf(line, line[0] === '!' ? /!!|\|\|/u : /\|\|/u));
      continue;
    }
    // A line that opens with neither continues the last cell.
    if (row && row.length > 0) row[row.length - 1] += `\n${line}`;
  }
  const out: string[] = caption ? [inline(caption)] : [];
  for (const cells of rows) {
    const columns = cells.map((c) => inline(c).split('\n').map((l) => l.trim()).filter((l) => l !== ''));
    if (columns.length === 1) {
      out.push(...columns[0]);
      continue;
    }
    const depth = Math.max(0, ...columns.map((c) => c.length));
    for (let i = 0; i < depth; i++) {
      const printed = columns.map((c) => c[i] ?? '').filter((c) => c !== '');
      if (printed.length > 0) out.push(printed.join(' | '));
    }
  }
  return out;
}

export function unwrapMediaWiki(text: string): string {
  if (!isMediaWiki(text)) return text;
  const { text: cited, notes } = numberFootnotes(text.replace(/<!--[\s\S]*?-->/gu, ''));
  const source = expandTemplates(cited);
  const out: string[] = [];
  let table: string[] | null = null;
  // One counter per level of a numbered list.
  const numbers: number[] = [];
  let notesPrinted = false;
  for (const raw of source.split('\n')) {
    const line = raw.replace(/[ \t]+$/u, '');
    if (table) {
      table.push(line.trimStart());
      if (/^\s*\|\}/u.test(line)) {
        out.push(...renderTable(table));
        table = null;
      }
      continue;
    }
    if (/^\s*\{\|/u.test(line)) {
      table = [line.trimStart()];
      continue;
    }
    if (REFERENCE_LIST.test(line) || /^\s*<references\s*\/>\s*$/u.test(line)) {
      out.push(...notes.map((n, i) => `${i + 1}. ${inline(n)}`));
      notesPrinted = true;
      continue;
    }
    if (/^-{4,}\s*$/u.test(line)) continue;
    const heading = /^(={2,6})\s*(.*?)\s*\1\s*$/u.exec(line);
    if (heading) {
      numbers.length = 0;
      out.push(inline(heading[2]));
      continue;
    }
    const list = /^([*#:;]+)\s*(.*)$/u.exec(line);
    if (list) {
      const marks = list[1];
      const level = marks.length - 1;
      let marker = '';
      if (marks.endsWith('#')) {
        numbers.length = level + 1;
        numbers[level] = (numbers[level] ?? 0) + 1;
        // A nested numbered list is lettered, as the genre letters the points under a numbered order.
        marker = level === 0 ? `${numbers[level]}. ` : `${String.fromCharCode(96 + numbers[level])}) `;
      } else if (marks.endsWith('*')) marker = '- ';
      out.push(...inline(`${marker}${list[2]}`).split('\n'));
      continue;
    }
    numbers.length = 0;
    out.push(...inline(line).split('\n'));
  }
  if (table) out.push(...renderTable(table));
  if (!notesPrinted && notes.length > 0) out.push('', ...notes.map((n, i) => `${i + 1}. ${inline(n)}`));
  return out
    .map((l) => l.replace(/[ \t]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
