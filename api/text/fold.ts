import { remove as removeDiacritics } from 'diacritics';

// Folding maps each character to exactly one character, so an offset found in folded text is the
// same offset in the original: patterns match without diacritics, quotes are cut from the original.
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = removeDiacritics(ch).toLowerCase();
    if (folded.length !== ch.length) folded = ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    cache.set(ch, folded);
  }
  return folded;
}

/** Lower-case, diacritic-free copy of `text` with the same length: "Thanh Hóa" -> "thanh hoa". */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** Unicode NFC: the one form in which text is stored and quoted. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
