// A directive copied from a code viewer or a paste site with its line numbers ("  1  ỦY BAN NHÂN DÂN",
// "12 | 1. Không tập trung ..."): every line, blank ones included, opens with the next number. Those numbers are
// the viewer's, not the text's: removed, the letterhead and the orders open their lines again. A numbered list
// ("1. ...", "2. ...") numbers items, not every line, and writes a period or a parenthesis after its numbers.
const NUMBERED = /^[ \t]*(\d{1,5})(?:[ \t]*[|:│][ \t]?|\t|[ \t]{2,}|[ \t]*$)/u;
/** Share of lines that must carry the next line number, and how many at least. */
const MIN_SHARE = 0.8;
const MIN_LINES = 5;

export function unwrapLineNumbers(text: string): string {
  const lines = text.replace(/\n+$/u, '').split('\n');
  if (lines.length < MIN_LINES) return text;
  let consecutive = 0;
  let previous: number | null = null;
  for (const line of lines) {
    const m = NUMBERED.exec(line);
    const n = m ? Number(m[1]) : null;
    if (n !== null && previous !== null && n === previous + 1) consecutive++;
    previous = n;
  }
  if (consecutive + 1 < Math.max(MIN_LINES, lines.length * MIN_SHARE)) return text;
  return lines.map((l) => l.replace(NUMBERED, '')).join('\n');
}
