import { letterCase } from '../../text/char-class';
import { fold } from '../../text/fold';

// Small judgements about one line of text that several cleaning steps (and metadata extraction) share.

/**
 * The national motto's first words, folded (no marks, lower case), printed in the letterhead's other column:
 * the state's, or the party's on a party body's letterhead, or the Youth Union's on its own ("ĐOÀN TNCS HỒ CHÍ MINH",
 * not followed by a tier: "Đoàn TNCS Hồ Chí Minh tỉnh ..." names a body); a narrow column wraps the state's over
 * two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"). A regex alternation.
 */
export const NATIONAL_MOTTO =
  'cong hoa xa hoi(?: chu nghia viet nam)?|chu nghia viet nam|dang cong san viet nam|doan (?:tncs|thanh nien cong san) ho chi minh(?![ \t]+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|truong|khoi)\b)';

/** The state motto's second line, folded, its words joined by a hyphen or a dash: "Độc lập – Tự do". A regex source. */
export const MOTTO_SECOND_LINE = String.raw`doc lap\s*[-–—]\s*tu do`;

/**
 * A paragraph set in capitals, as a telegram sets its whole text: longer than any heading, or long and ending
 * its sentence ("ĐỂ CHỦ ĐỘNG NGĂN CHẶN DỊCH BỆNH XÂM NHẬP, BAN THƯỜNG VỤ TỈNH ỦY YÊU CẦU ... .").
 */
const CAPS_PARAGRAPH = 200;
const CAPS_SENTENCE = 100;

/** A heading or letterhead line: mostly upper-case letters ("TỈNH ỦY THANH HÓA", OCR'd "T/L BAN THƯƠNG vụ"). */
export function isCapsLine(line: string): boolean {
  const { letters, upper } = letterCase(line);
  if (letters < 4) return false;
  if (line.length >= CAPS_PARAGRAPH || (line.length >= CAPS_SENTENCE && /[.;]["”)]?\s*$/u.test(line))) return false;
  return upper / letters >= 0.75;
}

/** The line begins with a lower-case letter: in this genre that means it continues a sentence. */
export function startsLowercase(line: string): boolean {
  const m = /^[\s“"'«(]*(\p{L})/u.exec(line);
  if (!m) return false;
  const ch = m[1];
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

/**
 * The line ends a sentence or introduces a list: ".", "!", "?", ":" (closing quotes and brackets ignored).
 * An ellipsis does not count: "vắc xin,..." is regularly followed by the rest of the sentence.
 */
export function endsSentence(line: string): boolean {
  const s = line.replace(/[\s”"'»)\]*]+$/u, '');
  if (/(\.\.\.|…)$/u.test(s)) return false;
  return /[.!?:]$/u.test(s);
}

/** "COVID-" or "RT-": a word cut at its hyphen by a line wrap, to be rejoined without a space. */
export function endsWithWordHyphen(line: string): boolean {
  return /[\p{L}\p{N}]-$/u.test(line);
}

export function startsWithWordChar(line: string): boolean {
  return /^[\p{L}\p{N}]/u.test(line);
}

/** A table's heading row, its cells joined with spaces: it opens with the ordinals' column ("TT Đơn vị ...", "STT Địa phương ..."). */
export function opensOrdinalHeading(line: string): boolean {
  return /^[|\s]*s?tt\s+\p{L}/u.test(fold(line));
}

/**
 * "Số: 186/KH-UBND", "So. 12": the number line under the issuer's name, folded; a regex source to compose. An
 * electronically signed letter leaves the serial blank for the signing system to fill: "Số:      /TB-UBND".
 */
export const NUMBER_LINE = String.raw`so\s*[:.]?\s*(?:\d|[\s_.…]*\/\s*[a-z])`;

const OPENS_NUMBER_LINE = new RegExp(`^${NUMBER_LINE}`, 'u');

/** Does the folded line open with the document's number ("so: 186/kh-ubnd")? */
export function opensNumberLine(folded: string): boolean {
  return OPENS_NUMBER_LINE.test(folded);
}

/** Does the folded line open a letter's subject ("v/v tang cuong ...")? */
export function opensSubjectLine(folded: string): boolean {
  return /^v\s*\/\s*v\b/.test(folded);
}

/** Does the folded line open the list of addressees ("kinh gui:", "- kinh gui: so y te"), past a bullet? */
export function opensAddressees(folded: string): boolean {
  return /^(?:[-–•*+]\s*)?kinh gui\b/u.test(folded);
}

/** A page's number at a line's end ("... 07/02/2022 2", "TRANG 01/02"), folded; a regex source to compose. */
export const PAGE_NUMBER_AT_END = String.raw`(?:\s+(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?)?\s*$`;

// A page of a signed PDF repeats the issuer, the number and the date above its text, with the page's number
// ("UBND tỉnh Hòa Bình – KH 27/KH-UBND ngày 07/02/2022 2"): words without digits, a dash, the number (after a
// kind code) and its date, and nothing after them but the page's number.
const RUNNING_HEADER = new RegExp(String.raw`^([^\d|:]{3,60}?\s[–—-]\s+)(?:[a-z]{1,4}\s+)?\d\S*\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}${PAGE_NUMBER_AT_END}`, 'u');

/** Where a page's running header names the document (after the issuer and the dash), or -1 when the line is none. */
export function runningHeaderNumberAt(line: string): number {
  const m = RUNNING_HEADER.exec(fold(line));
  return m ? m[1].length : -1;
}

/**
 * A row of a listing: a bare ordinal ("1", not "1." or "1)") before a capitalised cell, with no cell marks
 * ("1  Cầu Suối Đá  Thôn 7  05 người  0336.201.558"). Its ordinal is returned, or null.
 */
export function listingRowOrdinal(line: string): number | null {
  const m = /^\s*(\d{1,3})\s+[\p{Lu}\p{N}][^|\t]*$/u.exec(line);
  return m ? Number(m[1]) : null;
}

/**
 * Does a container's prefix open most lines of a text ("> " of a mail's quote, "[08:15, 09/08/2021] Lan: " of a
 * chat export)? At least `minLines` lines, and `minShare` of the non-blank ones.
 */
export function mostLinesOpenWith(text: string, prefix: RegExp, minShare: number, minLines: number): boolean {
  const filled = text.split('\n').filter((l) => l.trim() !== '');
  const marked = filled.filter((l) => prefix.test(l)).length;
  return marked >= minLines && marked >= filled.length * minShare;
}
