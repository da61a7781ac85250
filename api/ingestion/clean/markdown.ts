// Markdown renditions (converted from Word/PDF) carry formatting marks that are not words of the directive:
// emphasis, heading marks, escapes, hard-break spaces. Remove the marks, keep every word and list dash.

const ESCAPABLE = '\\`*_{}[]()#+-.!|~<>"\'';
// Escaped characters are parked on private-use code points while emphasis is removed, then restored as the
// literal characters they stand for ("\*" is a printed asterisk, "1\." a clause number).
const PARK_BASE = 0xe000;

function park(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, (_, ch: string) =>
    String.fromCharCode(PARK_BASE + ESCAPABLE.indexOf(ch)),
  );
}

function unpark(text: string): string {
  return text.replace(/[\uE000-\uE01F]/g, (ch) => ESCAPABLE[ch.charCodeAt(0) - PARK_BASE] ?? ch);
}

function stripLine(line: string): string {
  return (
    line
      // "#### **4. Ban Cán sự đảng...**" is a clause set as a heading: the marks go, the clause stays.
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s{0,3}>\s?/, '')
      // "* item" is a markdown bullet; the documents print it as a dash.
      .replace(/^(\s*)\*\s+(?=\S)/, '$1- ')
  );
}

// Pandoc writes a Word file's tracked changes and comments as bracketed spans with attributes: a deletion
// and a comment are not the text ("[150]{.deletion ...}", "[Ý kiến]{.comment-start ...}[]{.comment-end ...}"),
// an insertion is ("[200]{.insertion ...}"), and any other span is its words ("[Điều 1]{.underline}").
const DROPPED_SPAN = /\[[^\]\n]*\]\{\.(?:deletion|comment-start|comment-end)\b[^}\n]*\}/g;
const KEPT_SPAN = /\[([^\]\n]*)\]\{[.#][^}\n]*\}/g;

function stripInline(text: string): string {
  return (
    text
      .replace(DROPPED_SPAN, '')
      .replace(KEPT_SPAN, '$1')
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
      .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
      .replace(/`+/g, '')
      .replace(/~~/g, '')
      // Every unescaped asterisk left is emphasis, matched or not ("Kính gửi:*" lost its opening mark).
      .replace(/\*+/g, '')
      // Underscores only at word edges, so snake_case identifiers and "___" blanks inside words survive.
      .replace(/(^|[\s(“"'«[])_+(?=\S)/gmu, '$1')
      .replace(/(?<=\S)_+(?=$|[\s.,;:!?)”"'»\]])/gmu, '')
  );
}

export function stripMarkdown(text: string): string {
  const parked = park(text.replace(/<br\s*\/?>/gi, '\n'));
  const lines = parked.split('\n').map(stripLine).join('\n');
  return unpark(stripInline(lines));
}
