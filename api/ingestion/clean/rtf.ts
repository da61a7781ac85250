// A directive saved as Rich Text Format (Word's "Save as RTF", some portals' attachments) and read as text:
// its words sit among control words ("\par", "\b0"), groups that are not text at all (the font and colour
// tables, the style sheet, pictures, "{\*\...}" destinations) and escapes for everything outside ASCII:
// "\u7911?" (a code point, then a fallback the reader skips) and "\'e0" (a byte in the document's code page,
// "\ansicpg1258" for Vietnamese, whose tones are combining marks). Paragraphs, line breaks and table cells
// become line breaks, so a letterhead table gives its cells in turn as a transcript prints them.
// No maintained RTF reader for Node runs synchronously, as cleaning does; this one reads only what text needs.
import { TextDecoder } from 'node:util';
import { nfc } from '../../text/fold';

const RTF = /^\s*\{\\rtf/u;
const TOKEN = /\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|\r?\n|([^\\{}\r\n]+)/gy;

/** Groups whose content is not the document's text. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer',
  'footerl', 'footerr', 'footerf', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata',
  'colorschememapping', 'latentstyles', 'datastore', 'fldinst', 'filetbl', 'revtbl', 'pgdsctbl', 'mmathPr', 'bkmkstart',
  'bkmkend', 'footnote', 'annotation', 'atnid', 'atnauthor', 'shp', 'shpinst', 'nonshppict', 'blipuid',
]);
/** Control words that stand for characters. */
const CHARACTERS: Readonly<Record<string, string>> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', cell: '\n', row: '\n', tab: '\t',
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”',
};
const SYMBOLS: Readonly<Record<string, string>> = { '\\': '\\', '{': '{', '}': '}', '~': '\u00a0', _: '-', '-': '' };

interface GroupState {
  skip: boolean;
  /** Characters a reader skips after "\uN": the fallback written for readers without Unicode. */
  fallback: number;
}

function decoder(text: string): TextDecoder {
  const page = /\\ansicpg(\d+)/u.exec(text)?.[1];
  try {
    return new TextDecoder(page ? `windows-${page}` : 'windows-1252');
  } catch {
    return new TextDecoder('windows-1252');
  }
}

export function unwrapRtf(text: string): string {
  if (!RTF.test(text)) return text;
  const bytes = decoder(text);
  const out: string[] = [];
  let pending: number[] = [];
  const flush = (): void => {
    if (pending.length > 0) out.push(bytes.decode(Uint8Array.from(pending)));
    pending = [];
  };
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, fallback: 1 };
  let toSkip = 0;
  // Whether the token just read opened a group: "{\*" and a skipped destination's word skip the whole group.
  let groupStart = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const [, word, parameter, hex, symbol, brace, plain] = m;
    const opening = groupStart;
    groupStart = false;
    if (brace === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      continue;
    }
    if (brace === '}') {
      flush();
      state = stack.pop() ?? state;
      toSkip = 0;
      continue;
    }
    if (symbol === '*' && opening) {
      state.skip = true;
      continue;
    }
    if (word !== undefined && opening && SKIPPED.has(word)) state.skip = true;
    if (state.skip) continue;
    if (hex !== undefined || plain !== undefined || symbol !== undefined) {
      // The fallback after "\uN" is whole characters: an escaped byte or symbol is one, plain text one a letter.
      const length = plain?.length ?? 1;
      const skipped = Math.min(toSkip, length);
      toSkip -= skipped;
      if (skipped === length) continue;
      if (hex !== undefined) pending.push(parseInt(hex, 16));
      else {
        flush();
        out.push(plain !== undefined ? plain.slice(skipped) : (SYMBOLS[symbol ?? ''] ?? ''));
      }
      continue;
    }
    if (word === undefined) continue;
    flush();
    if (word === 'uc') state.fallback = Number(parameter ?? 1);
    else if (word === 'u') {
      const code = Number(parameter);
      out.push(String.fromCharCode(code < 0 ? code + 65536 : code));
      toSkip = state.fallback;
    } else if (word in CHARACTERS) out.push(CHARACTERS[word]);
  }
  flush();
  return nfc(out.join('')).replace(/[ \t]+\n/gu, '\n');
}
