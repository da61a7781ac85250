// A directive forwarded or replied to by mail and pasted with its quote marks: each line of the quoted message
// opens with ">" ("> Số: 3021/UBND-KGVX", ">> 1. Không tập trung ..." in a reply to a reply). When most lines
// are quoted, the marks are the mail's, not the text's: they are removed, every level, so the letterhead and
// the numbered orders open their lines again. The mail's own lines (the "... wrote:" line, a note above) stay.
import { mostLinesOpenWith } from './line-shape';

const QUOTED = /^[ \t]*>/u;
/** Share of non-blank lines that must be quoted, and how many at least. */
const MIN_SHARE = 0.6;
const MIN_LINES = 5;

export function unwrapMailQuotes(text: string): string {
  if (!mostLinesOpenWith(text, QUOTED, MIN_SHARE, MIN_LINES)) return text;
  // Every level at once: ">> 1. ..." in a reply to a reply is the same message's line.
  return text
    .split('\n')
    .map((l) => l.replace(/^[ \t]*(?:>[ \t]?)+/u, ''))
    .join('\n');
}
