// A directive pasted as LaTeX source (a law library's page converted for typesetting, a thesis appendix): the
// preamble, comments and environments are markup, the header and signature are tabular rows ("A & B \\"),
// the orders "\item"s of enumerate and itemize lists. Read as the text a reader sees: the preamble and
// comments dropped, a row's cells joined by "|" as a law library's table header is, numbered and bulleted items
// given their "1." and "-", formatting commands reduced to their argument, TeX quotes and escapes written out.

/** Signs of LaTeX source: a document class or body, or several environments and formatting commands. */
const DOCUMENT = /\\documentclass\b|\\begin\{document\}/u;
const COMMAND = /\\(?:begin|end|item|textbf|textit|emph|section|noindent|vspace)\b/gu;
const MIN_COMMANDS = 6;

/** Formatting commands whose one argument is text: the argument stays. */
const KEEP_ARGUMENT = /\\(?:textbf|textit|textup|textsc|textnormal|emph|underline|uline|mbox|text|section\*?|subsection\*?|subsubsection\*?|paragraph\*?|textrm|textsf|MakeUppercase)\{([^{}]*)\}/gu;
/** Commands that print nothing a reader reads (spacing, rules, layout). */
const DROP = /\\(?:rule|vspace\*?|hspace\*?|setlength|addtolength|includegraphics|label|footnotesize|small|large|Large|normalsize)(?:\[[^\]]*\])?(?:\{[^{}]*\})*/gu;
const BARE = /\\(?:noindent|centering|par|newline|clearpage|newpage|hfill|vfill|medskip|bigskip|smallskip|raggedright|raggedleft|arraybackslash|maketitle|indent)\b[ \t]*/gu;

export function isLatex(text: string): boolean {
  return DOCUMENT.test(text) || (text.match(COMMAND)?.length ?? 0) >= MIN_COMMANDS;
}

/** The text without its comments: "%" to the end of the line, unless escaped ("30\%"). */
function dropComments(line: string): string | null {
  if (/^\s*%/u.test(line)) return null;
  return line.replace(/(?<!\\)%.*$/u, '');
}

/** Inline markup reduced to what it prints. */
function inline(line: string): string {
  let out = line;
  // Nested arguments ("\textbf{\textit{Nơi nhận:}}") unwrap from the inside.
  for (let i = 0; i < 4 && out.search(KEEP_ARGUMENT) >= 0; i++) out = out.replace(KEEP_ARGUMENT, '$1');
  out = out.replace(DROP, '').replace(BARE, '');
  out = out.replace(/``/gu, '“').replace(/''/gu, '”').replace(/(?<![\p{L}\p{N}])`/gu, '‘');
  out = out.replace(/---/gu, '—').replace(/--/gu, '–');
  out = out.replace(/\\([%&#_$])/gu, '$1').replace(/(?<!\\)~/gu, ' ');
  return out;
}

/** A tabular row's cells ("Số: 12/CT-UBND & Cần Thơ, ngày ... \\"), joined by "|". */
function row(line: string): string | null {
  if (!/(?<!\\)&/u.test(line)) return null;
  const cells = line
    .replace(/\\\\(?:\[[^\]]*\])?\s*$/u, '')
    .split(/(?<!\\)&/u)
    .map((c) => c.trim());
  return cells.join(' | ') + ' |';
}

export function unwrapLatex(text: string): string {
  if (!isLatex(text)) return text;
  const body = /\\begin\{document\}/u.exec(text);
  const end = /\\end\{document\}/u.exec(text);
  const source = text.slice(body ? body.index + body[0].length : 0, end ? end.index : text.length);
  // One counter per open list: a number for enumerate, null for itemize.
  const lists: (number | null)[] = [];
  const out: string[] = [];
  for (const raw of source.split('\n')) {
    const line = dropComments(raw);
    if (line === null) continue;
    let rest = line;
    const open = /^\s*\\begin\{(enumerate|itemize|[^}]*)\}(?:\[[^\]]*\])?(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*\s*/u.exec(rest);
    if (open) {
      if (open[1] === 'enumerate') lists.push(0);
      else if (open[1] === 'itemize') lists.push(null);
      rest = rest.slice(open[0].length);
    }
    const close = /^\s*\\end\{(enumerate|itemize|[^}]*)\}\s*/u.exec(rest);
    if (close) {
      if (close[1] === 'enumerate' || close[1] === 'itemize') lists.pop();
      rest = rest.slice(close[0].length);
    }
    const item = /^\s*\\item(?:\[[^\]]*\])?\s*/u.exec(rest);
    if (item && lists.length > 0) {
      const top = lists.length - 1;
      const n = lists[top];
      let marker = '-';
      if (n !== null) {
        lists[top] = n + 1;
        // A nested numbered list is lettered, as the genre letters the points under a numbered order.
        marker = top === 0 ? `${n + 1}.` : `${String.fromCharCode(97 + n)})`;
      }
      rest = `${marker} ${rest.slice(item[0].length)}`;
    }
    const cells = row(rest);
    // A row's "\\" ends it; elsewhere "\\" breaks the line.
    const printed = inline(cells ?? rest).split(/\\\\(?:\[[^\]]*\])?/u);
    for (const p of printed) {
      // A stray command the lists above do not know prints its argument, or nothing.
      const plain = p.replace(/\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{([^{}]*)\}/gu, '$1').replace(/\\[a-zA-Z]+\*?/gu, '').replace(/[{}]/gu, '').replace(/[ \t]+$/u, '');
      // A line that held only markup (an environment, spacing, a row of rules) prints nothing, not a paragraph break.
      if (/^[\s|]*$/u.test(plain) && raw.trim() !== '') continue;
      out.push(plain);
    }
  }
  return out.join('\n').replace(/\n{3,}/gu, '\n\n').trim();
}
