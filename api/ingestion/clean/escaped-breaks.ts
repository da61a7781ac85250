// A directive copied out of a program's string rather than its value: a database dump's INSERT, a printed
// repr, a log line, a JSON field pasted without its document. Its line breaks are the two characters "\n" and
// its quotes are escaped, so the letterhead, the numbered orders and the signature share one line. When such
// escapes outnumber the real line breaks, they are read back as what they stand for. LaTeX source written on
// lines of its own is left to its own step: its commands "\noindent", "\newline" are no escapes (LaTeX inside
// a dump, on one line, is unescaped first).
import { isLatex } from './latex';

/** Fewer escaped breaks than this and a backslash-n is the text's own ("C:\new"). */
const MIN_ESCAPED_BREAKS = 5;
/** Escaped breaks per real one, at least. */
const MIN_RATIO = 2;
/** Real lines from which LaTeX is source of its own rather than a string's content. */
const LATEX_LINES = 3;

const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|([nrt"'\\/]))/gu;
const CHARACTER: Readonly<Record<string, string>> = { n: '\n', r: '', t: '\t', '"': '"', "'": "'", '\\': '\\', '/': '/' };

export function unescapeBreaks(text: string): string {
  const escaped = text.match(/(?:\\r)?\\n/gu)?.length ?? 0;
  const real = text.match(/\n/gu)?.length ?? 0;
  if (escaped < MIN_ESCAPED_BREAKS || escaped < MIN_RATIO * Math.max(real, 1) || (real >= LATEX_LINES && isLatex(text))) return text;
  return text.replace(ESCAPE, (_, hex: string | undefined, ch: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : CHARACTER[ch ?? '']));
}
