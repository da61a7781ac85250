// Quoted phrases: curly “...”, guillemets «...», single curly ‘...’ (headlines; doubled ‘‘...’’ where a typist
// pressed the key twice), TeX's ``...'' and straight "..." paired in order within a line (OCR and plain
// renditions only have straight quotes, so their pairing cannot cross a paragraph; a doubled "" as a CSV
// export escapes it is one mark). Markdown marks just inside the quotes (“*5K + vắc xin*”) are not part of the phrase.

export interface QuotedSpan {
  /** Index of the opening and closing quotation marks. */
  open: number;
  close: number;
  /** The phrase inside, trimmed of spaces and markdown marks. */
  start: number;
  end: number;
}

const MAX_LENGTH = 400;
const PAIRS: [string, string][] = [
  ['\u201c', '\u201d'],
  ['\u00ab', '\u00bb'],
  ['\u2018', '\u2019'],
  ['``', "''"],
];

function inner(text: string, open: number, close: number, width = 1): QuotedSpan | null {
  let start = open + width;
  let end = close;
  while (start < end && /[\s*_]/.test(text[start])) start++;
  while (end > start && /[\s*_]/.test(text[end - 1])) end--;
  return end > start && end - start <= MAX_LENGTH ? { open, close, start, end } : null;
}

export function findQuoted(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  for (const [o, c] of PAIRS) {
    for (let i = text.indexOf(o); i >= 0; i = text.indexOf(o, i + 1)) {
      const width = text.startsWith(o, i + o.length) ? 2 * o.length : o.length; // ‘‘...’’: a doubled mark is one
      const j = text.indexOf(c, i + width);
      if (j < 0) break;
      const nextOpen = text.indexOf(o, i + width);
      if (nextOpen >= 0 && nextOpen < j) continue; // unbalanced: let the inner pair win
      const q = inner(text, i, j, width);
      if (q) out.push(q);
      i += width - 1;
    }
  }
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let open = -1;
    let openWidth = 1;
    for (let k = 0; k < line.length; k++) {
      if (line[k] !== '"') continue;
      const width = line[k + 1] === '"' ? 2 : 1; // ""muc tieu kep"": a doubled mark is one
      if (open < 0) [open, openWidth] = [k, width];
      else {
        const q = inner(text, lineStart + open, lineStart + k, openWidth);
        if (q) out.push(q);
        open = -1;
      }
      k += width - 1;
    }
    lineStart += line.length + 1;
  }
  return out.sort((a, b) => a.open - b.open);
}

const OPENERS = /[\u201c\u00ab\u2018"`]/;
const CLOSERS = /[\u201d\u00bb\u2019"']/;

/** Is text[start, end) directly enclosed in quotation marks (markdown marks and spaces aside)? */
export function isQuoted(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && /[ *_]/.test(text[a])) a--;
  let b = end;
  while (b < text.length && /[ *_]/.test(text[b])) b++;
  return a >= 0 && b < text.length && OPENERS.test(text[a]) && CLOSERS.test(text[b]);
}
