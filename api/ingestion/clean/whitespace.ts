// Whitespace normalisation: the last cleaning step, so every later offset is into text without stray spaces.

// No-break and typographic spaces become ordinary spaces; they carry no meaning in a quote.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Invisible characters (zero-width, soft hyphen, BOM) would make two identical quotes compare different.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function normaliseSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ');
}

/** Trim every line, collapse runs of spaces, keep at most one blank line between paragraphs. */
export function normaliseWhitespace(text: string): string {
  return normaliseSpaces(text)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
