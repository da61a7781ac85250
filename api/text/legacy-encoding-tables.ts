// Character tables of the pre-Unicode Vietnamese encodings, as data. Each 8-bit code is written as the
// Windows-1252 character of the same byte, which is how these texts look when read as Latin text.
// Sources: the published TCVN 5712:1993 VN3 ("ABC") and VNI Windows font layouts.

/** TCVN3 (ABC): one byte per letter. Only lower-case letters carry tones; capitals come from a font. */
export const TCVN3: Readonly<Record<string, string>> = {
  '\u00A1': 'Ă', '\u00A2': 'Â', '\u00A3': 'Ê', '\u00A4': 'Ô', '\u00A5': 'Ơ', '\u00A6': 'Ư', '\u00A7': 'Đ',
  '\u00A8': 'ă', '\u00A9': 'â', '\u00AA': 'ê', '\u00AB': 'ô', '\u00AC': 'ơ', '\u00AD': 'ư', '\u00AE': 'đ',
  '\u00B5': 'à', '\u00B6': 'ả', '\u00B7': 'ã', '\u00B8': 'á', '\u00B9': 'ạ',
  '\u00BB': 'ằ', '\u00BC': 'ẳ', '\u00BD': 'ẵ', '\u00BE': 'ắ', '\u00C6': 'ặ',
  '\u00C7': 'ầ', '\u00C8': 'ẩ', '\u00C9': 'ẫ', '\u00CA': 'ấ', '\u00CB': 'ậ',
  '\u00CC': 'è', '\u00CE': 'ẻ', '\u00CF': 'ẽ', '\u00D0': 'é', '\u00D1': 'ẹ',
  '\u00D2': 'ề', '\u00D3': 'ể', '\u00D4': 'ễ', '\u00D5': 'ế', '\u00D6': 'ệ',
  '\u00D7': 'ì', '\u00D8': 'ỉ', '\u00DC': 'ĩ', '\u00DD': 'í', '\u00DE': 'ị',
  '\u00DF': 'ò', '\u00E1': 'ỏ', '\u00E2': 'õ', '\u00E3': 'ó', '\u00E4': 'ọ',
  '\u00E5': 'ồ', '\u00E6': 'ổ', '\u00E7': 'ỗ', '\u00E8': 'ố', '\u00E9': 'ộ',
  '\u00EA': 'ờ', '\u00EB': 'ở', '\u00EC': 'ỡ', '\u00ED': 'ớ', '\u00EE': 'ợ',
  '\u00EF': 'ù', '\u00F1': 'ủ', '\u00F2': 'ũ', '\u00F3': 'ú', '\u00F4': 'ụ',
  '\u00F5': 'ừ', '\u00F6': 'ử', '\u00F7': 'ữ', '\u00F8': 'ứ', '\u00F9': 'ự',
  '\u00FA': 'ỳ', '\u00FB': 'ỷ', '\u00FC': 'ỹ', '\u00FD': 'ý', '\u00FE': 'ỵ',
};

/** VNI: letters that VNI codes in one byte. */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  '\u00F4': 'ơ', '\u00D4': 'Ơ', '\u00F6': 'ư', '\u00D6': 'Ư', '\u00F1': 'đ', '\u00D1': 'Đ',
  '\u00ED': 'í', '\u00CD': 'Í', '\u00EC': 'ì', '\u00CC': 'Ì', '\u00E6': 'ỉ', '\u00C6': 'Ỉ',
  '\u00F3': 'ĩ', '\u00D3': 'Ĩ', '\u00F2': 'ị', '\u00D2': 'Ị', '\u00EE': 'ỵ', '\u00CE': 'Ỵ',
};

/** Which base letters a VNI mark byte may follow. */
export type VniBase = 'TONE' | 'CIRCUMFLEX' | 'BREVE';

/**
 * VNI: mark bytes that follow the base letter, as combining marks. Each has a lower- and an upper-case
 * byte; the letter's case comes from the base letter.
 */
export const VNI_MARKS: Readonly<Record<string, { marks: string; after: VniBase }>> = {
  '\u00F9': { marks: '\u0301', after: 'TONE' }, '\u00D9': { marks: '\u0301', after: 'TONE' },
  '\u00F8': { marks: '\u0300', after: 'TONE' }, '\u00D8': { marks: '\u0300', after: 'TONE' },
  '\u00FB': { marks: '\u0309', after: 'TONE' }, '\u00DB': { marks: '\u0309', after: 'TONE' },
  '\u00F5': { marks: '\u0303', after: 'TONE' }, '\u00D5': { marks: '\u0303', after: 'TONE' },
  '\u00EF': { marks: '\u0323', after: 'TONE' }, '\u00CF': { marks: '\u0323', after: 'TONE' },
  '\u00E2': { marks: '\u0302', after: 'CIRCUMFLEX' }, '\u00C2': { marks: '\u0302', after: 'CIRCUMFLEX' },
  '\u00E1': { marks: '\u0302\u0301', after: 'CIRCUMFLEX' }, '\u00C1': { marks: '\u0302\u0301', after: 'CIRCUMFLEX' },
  '\u00E0': { marks: '\u0302\u0300', after: 'CIRCUMFLEX' }, '\u00C0': { marks: '\u0302\u0300', after: 'CIRCUMFLEX' },
  '\u00E5': { marks: '\u0302\u0309', after: 'CIRCUMFLEX' }, '\u00C5': { marks: '\u0302\u0309', after: 'CIRCUMFLEX' },
  '\u00E3': { marks: '\u0302\u0303', after: 'CIRCUMFLEX' }, '\u00C3': { marks: '\u0302\u0303', after: 'CIRCUMFLEX' },
  '\u00E4': { marks: '\u0302\u0323', after: 'CIRCUMFLEX' }, '\u00C4': { marks: '\u0302\u0323', after: 'CIRCUMFLEX' },
  '\u00EA': { marks: '\u0306', after: 'BREVE' }, '\u00CA': { marks: '\u0306', after: 'BREVE' },
  '\u00E9': { marks: '\u0306\u0301', after: 'BREVE' }, '\u00C9': { marks: '\u0306\u0301', after: 'BREVE' },
  '\u00E8': { marks: '\u0306\u0300', after: 'BREVE' }, '\u00C8': { marks: '\u0306\u0300', after: 'BREVE' },
  '\u00FA': { marks: '\u0306\u0309', after: 'BREVE' }, '\u00DA': { marks: '\u0306\u0309', after: 'BREVE' },
  '\u00FC': { marks: '\u0306\u0303', after: 'BREVE' }, '\u00DC': { marks: '\u0306\u0303', after: 'BREVE' },
  '\u00EB': { marks: '\u0306\u0323', after: 'BREVE' }, '\u00CB': { marks: '\u0306\u0323', after: 'BREVE' },
};

/** Base letters (lower case) each kind of VNI mark may follow. */
export const VNI_BASES: Readonly<Record<VniBase, string>> = {
  TONE: 'aeiouyơư',
  CIRCUMFLEX: 'aeo',
  BREVE: 'a',
};

/** VIQR: vowel modifiers, written right after the vowel ("a^" â, "a(" ă, "o+" ơ), and the letters they fit. */
export const VIQR_MODIFIERS: Readonly<Record<string, { mark: string; after: string }>> = {
  '^': { mark: '\u0302', after: 'aeo' },
  '(': { mark: '\u0306', after: 'a' },
  '+': { mark: '\u031B', after: 'ou' },
};

/** VIQR: tone marks, written after the vowel and its modifier ("a^'" ấ). */
export const VIQR_TONES: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '?': '\u0309',
  '~': '\u0303',
  '.': '\u0323',
};

/** Windows-1252 bytes 0x80-0x9F that 8-bit Vietnamese files use for punctuation; the others are unassigned. */
export const CP1252_HIGH: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};
