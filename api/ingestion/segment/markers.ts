// List markers that open a clause at the start of a line. Cleaning uses them too: a line that starts with a
// marker is never glued onto the previous line.
import { ITEM_LETTERS, romanValue } from '../../text/numbers';

export type MarkerType =
  | 'PART' // "A.", "B.": a plan's or a press release's parts ("A. ĐỐI VỚI NGƯỜI DÂN")
  | 'ROMAN' // "I.", "II."
  | 'ARABIC' // "1.", "2."
  | 'DOTTED' // "1.1.", "2.3"
  | 'PAREN' // "(1)", "(2)"
  | 'NUMPAREN' // "1)", "2)"
  | 'ALPHA' // "a)", "b.", "(c)", "d/"
  | 'DASH' // "-", "–", "—"
  | 'PLUS' // "+"
  | 'BULLET'; // "•", "●", "▪", "*"...

export interface Marker {
  type: MarkerType;
  /** Normalised label as stored on a ClauseSpan: "1", "I", "1.1", "(1)", "1)", "a)", "-", "+", "•". */
  label: string;
  /** Ordinal value for numbered markers (1 for "I", "1", "(1)", "a)"), null for bullets. */
  value: number | null;
  /** Where the item's words start in the line: after its indent, the marker and the spaces after it. */
  length: number;
}

// A numbered marker must be followed by the start of a sentence, so "15.000 mẫu" or "2.5 triệu" wrapped to the
// start of a line are not mistaken for clause numbers.
const SENTENCE_START = String.raw`(?=[\p{Lu}“"'«(\[])`;
// "II.", and "II-" or "II/" as some letters write their sections.
const ROMAN = new RegExp(String.raw`^([IVXLC]{1,6})(?:\.|[/-])\s+` + SENTENCE_START, 'u');
// Parts are few: "A." to "H.", and "Đ." after "D." (the letters a Vietnamese list uses). "C." and "D." are no
// Roman hundreds and five hundreds here; "I.", "V.", "X." stay Roman numerals.
const PART = new RegExp(String.raw`^([A-HĐ])\.\s+` + SENTENCE_START, 'u');
// "1." and, in less formal letters and portal reprints, "1/" and "1-" ("1/ Các xã ...", never a date "1/8/2021"
// nor a range "1-2 ngày": a space and a capital must follow).
// An item may open with its figure after the space ("1. 100% cơ sở ...", "2. 05 đội ..."), a wrapped figure
// never has one ("15.000 mẫu").
const ARABIC = new RegExp(String.raw`^(\d{1,2})(?:\.\s*|[/-]\s+)(?:` + SENTENCE_START + String.raw`|(?<=\.\s+)(?=\d))`, 'u');
const DOTTED = new RegExp(String.raw`^(\d{1,2}(?:\.\d{1,2}){1,3})[.)]?\s+` + SENTENCE_START, 'u');
const PAREN = /^\((\d{1,2})\)\s*(?=\S)/u;
const NUMPAREN = /^(\d{1,2})\)\s+(?=\S)/u;
// "a)", and "(a)" and "a/" as less formal letters write it.
const ALPHA_PAREN = /^\(?([a-zđ])[)/]\s+(?=\S)/u;
const ALPHA_DOT = new RegExp(String.raw`^([a-zđ])\.\s+` + SENTENCE_START, 'u');
// "- item" or, as OCR often drops the space, "-Item"; never "-19" (a hyphenated word split by a wrap).
const DASH = /^[-–—](?:\s+(?=\S)|(?=\p{Lu}))/u;
const PLUS = /^\+\s*(?=[\p{L}“"(])/u;
// Also the bullets of Word's symbol fonts, which a PDF's text layer gives as private-use characters ("\uf0a7").
const BULLET = /^[•·●▪◦■□➢►✓✔❖◆♦➤⇒→○∙‣⁃*\uf000-\uf0ff](?:\s+|(?=\p{L}))/u;

/** "Điều 2." opening an article of a decision or resolution, also in capitals ("ĐIỀU 2.") or without marks ("Dieu 2."). */
export const ARTICLE = /^[\s\u00a0*_#]*[ĐD][iI][ềỀeE][uU][\s\u00a0]+\d{1,2}[\s\u00a0]*[.:]/u;

export function parseMarker(line: string): Marker | null {
  const s = line.trimStart();
  const indent = line.length - s.length;
  const at = (m: RegExpExecArray) => indent + m[0].length;
  let m: RegExpExecArray | null;
  if ((m = DOTTED.exec(s))) return { type: 'DOTTED', label: m[1], value: Number(m[1].split('.').pop()), length: at(m) };
  if ((m = ARABIC.exec(s))) return { type: 'ARABIC', label: String(Number(m[1])), value: Number(m[1]), length: at(m) };
  if ((m = PART.exec(s))) {
    return { type: 'PART', label: m[1], value: ITEM_LETTERS.indexOf(m[1].toLowerCase()) + 1, length: at(m) };
  }
  if ((m = ROMAN.exec(s))) {
    const value = romanValue(m[1]);
    if (value !== null) return { type: 'ROMAN', label: m[1], value, length: at(m) };
  }
  if ((m = PAREN.exec(s))) return { type: 'PAREN', label: `(${Number(m[1])})`, value: Number(m[1]), length: at(m) };
  if ((m = NUMPAREN.exec(s))) return { type: 'NUMPAREN', label: `${Number(m[1])})`, value: Number(m[1]), length: at(m) };
  if ((m = ALPHA_PAREN.exec(s)) || (m = ALPHA_DOT.exec(s))) {
    return { type: 'ALPHA', label: `${m[1]})`, value: alphaValue(m[1]), length: at(m) };
  }
  if ((m = DASH.exec(s))) return { type: 'DASH', label: '-', value: null, length: at(m) };
  if ((m = PLUS.exec(s))) return { type: 'PLUS', label: '+', value: null, length: at(m) };
  if ((m = BULLET.exec(s))) return { type: 'BULLET', label: '•', value: null, length: at(m) };
  return null;
}

/**
 * How far a clause's or a line's words start after its list marker: markdown marks and spaces before it, the
 * marker, marks and spaces after it ("## 1. Tăng cường" -> 6). 0 when it opens with no marker.
 */
export function leadingMarkerLength(text: string): number {
  const before = /^[\s\u00a0*_#]*/u.exec(text)![0].length;
  const marker = parseMarker(text.slice(before));
  if (!marker) return 0;
  const at = before + marker.length;
  return at + /^[\s\u00a0*_]*/u.exec(text.slice(at))![0].length;
}

export function isBullet(type: MarkerType): boolean {
  return type === 'DASH' || type === 'PLUS' || type === 'BULLET';
}

function alphaValue(ch: string): number {
  return ITEM_LETTERS.indexOf(ch) + 1;
}
