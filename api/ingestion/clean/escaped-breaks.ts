// A directive copied out of a program's string rather than its value: a database dump's INSERT, a printed
// repr, a log line, a JSON field pasted without its document. Its line breaks are the two characters "\n" and
// its quotes are escaped, so the letterhead, the numbered orders and the signature share one line. When such
// escapes outnumber the real line breaks, they are read back as what they stand for, and an INSERT statement
// around the string is left out. LaTeX source written on lines of its own is left to its own step: its commands
// "\noindent", "\newline" are no escapes (LaTeX inside a dump, on one line, is unescaped first).
import { isLatex } from './latex';

/** Fewer escaped breaks than this and a backslash-n is the text's own ("C:\new"). */
const MIN_ESCAPED_BREAKS = 5;
/** Escaped breaks per real one, at least. */
const MIN_RATIO = 2;
/** Real lines from which LaTeX is source of its own rather than a string's content. */
const LATEX_LINES = 3;

const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|([nrt"'\\/]))/gu;
const CHARACTER: Readonly<Record<string, string>> = { n: '\n', r: '', t: '\t', '"': '"', "'": "'", '\\': '\\', '/': '/' };

/**
 * A dump's statement around the string: "INSERT INTO van_ban (id, noi_dung) VALUES (1823, '" before it (values
 * before it skipped whole, quoted or not), its quote and ")" after it. The letterhead, or a feed's "<?xml",
 * must open the text for the steps after this one.
 */
const STATEMENT_OPEN = /^\s*INSERT\s+INTO\s[^(]*(?:\([^)]*\)\s*)?VALUES\s*\((?:\s*(?:-?\d+(?:\.\d+)?|NULL|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,)*\s*(['"])/iu;

export function unescapeBreaks(text: string): string {
  const escaped = text.match(/(?:\\r)?\\n/gu)?.length ?? 0;
  const real = text.match(/\n/gu)?.length ?? 0;
  if (escaped < MIN_ESCAPED_BREAKS || escaped < MIN_RATIO * Math.max(real, 1) || (real >= LATEX_LINES && isLatex(text))) return text;
  return withoutStatement(text).replace(ESCAPE, (_, hex: string | undefined, ch: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : CHARACTER[ch ?? '']));
}

/** The string an INSERT statement holds, still escaped; any other text as it is. */
function withoutStatement(text: string): string {
  const open = STATEMENT_OPEN.exec(text);
  if (!open) return text;
  const close = new RegExp(`${open[1]}\\s*\\)\\s*;?\\s*$`, 'u').exec(text);
  return close && close.index >= open[0].length ? text.slice(open[0].length, close.index) : text;
}
