// Lines of cleaned text with their offsets, so any rule working line by line can still cite exact spans.

export interface TextLine {
  /** Index among all lines of the text, blank ones included. */
  index: number;
  /** The line without its surrounding whitespace. */
  text: string;
  /** Span of `text` in the full text, end exclusive. */
  start: number;
  end: number;
}

export function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, index) => {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    out.push({ index, text: trimmed, start: offset + lead, end: offset + lead + trimmed.length });
    offset += raw.length + 1;
  });
  return out;
}

export function nonBlankLines(text: string): TextLine[] {
  return splitLines(text).filter((l) => l.text !== '');
}

/**
 * Does this written line (or part) end with ":"? Such a line leads in to, or labels, what follows it. Bold or
 * underline marks a converted document leaves after the colon ("**Yêu cầu:**") do not hide it.
 */
export function endsWithColon(written: string): boolean {
  return /:[\s\u00a0*_]*$/u.test(written);
}
