import { remove as removeDiacritics } from 'diacritics';

// Folding maps each character to exactly one character, so an offset found in folded text is the
// same offset in the original: patterns match without diacritics, quotes are cut from the original.

// A PDF text layer's "ƣ" (the letter oi) stands for "ư": folded as the u it is read as (clean/glyph-stand-ins.ts).
const LOOKALIKES: Readonly<Record<string, string>> = { 'ƣ': 'u', 'Ƣ': 'u' };

function foldChar(ch: string): string {
  if (LOOKALIKES[ch]) return LOOKALIKES[ch];
  let folded = removeDiacritics(ch).toLowerCase();
  if (folded.length !== ch.length) folded = ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  return folded;
}

// Every document is folded several times (extraction, metadata, recognition), character by character:
// each UTF-16 unit's folding is worked out once and kept in a table, and the last long texts folded are
// remembered whole.
const table = new Int32Array(0x10000).fill(-1);
const recent = new Map<string, string>();
const RECENT = 4;
const REMEMBERED_LENGTH = 1024;
const CHUNK = 8192;
/** Reused between calls (folding is synchronous); grows to the longest text seen. */
let buffer = new Uint16Array(4096);

/** Lower-case, diacritic-free copy of `text` with the same length: "Thanh Hóa" -> "thanh hoa". */
export function fold(text: string): string {
  const remembered = text.length >= REMEMBERED_LENGTH ? recent.get(text) : undefined;
  if (remembered !== undefined) return remembered;
  if (buffer.length < text.length) buffer = new Uint16Array(Math.max(text.length, 2 * buffer.length));
  const codes = buffer;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let folded = table[unit];
    if (folded < 0) folded = table[unit] = foldChar(text[i]).charCodeAt(0);
    codes[i] = folded;
  }
  let out = '';
  for (let i = 0; i < text.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, text.length)) as unknown as number[]);
  }
  if (text.length >= REMEMBERED_LENGTH) {
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(text, out);
  }
  return out;
}

/**
 * Text PostgreSQL can store: a lone UTF-16 surrogate and a NUL become U+FFFD. A container's escapes can leave half
 * a pair ("\u-10179?" without its low half, "&#55357;") or a NUL (a JSON string's "\u0000"), which fail the
 * document's statements, and quotes must be slices of the text as stored.
 */
export function storable(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g, '\uFFFD');
}

/** Unicode NFC: the one form in which text is stored and quoted. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** The five tone marks (grave, acute, tilde, hook above, dot below); the vowel marks ("â", "ơ", "ư") stay. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Lower-case word without its tone marks: "ngảy" and "ngày" -> "ngay", but "đóng" -> "đong", "đồng" -> "đông". */
export function withoutTones(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}
