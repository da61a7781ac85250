// Encoders to the legacy Vietnamese encodings, the inverse of legacy-encoding-tables.ts, the way a legacy
// keyboard driver wrote text. Nothing the platform ingests needs them: they make test texts and the
// evaluation's renderings of the gold texts (evaluation/renderings.ts).
import { TCVN3, VNI_LETTERS, VNI_MARKS } from './legacy-encoding-tables';

const TCVN3_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TCVN3).map(([code, letter]) => [letter, code]));

/** TCVN3 (ABC): a toned capital, which TCVN3 has not, takes its lower-case letter's code, as the capitals font drew it. */
export function toTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((c) => TCVN3_OF[c] ?? TCVN3_OF[c.toLowerCase()] ?? c).join('');
}

const VNI_LETTER_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(VNI_LETTERS).map(([code, letter]) => [letter, code]));
const VNI_MARK_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(VNI_MARKS)
    .filter(([code]) => code === code.toLowerCase())
    .map(([code, mark]) => [mark.marks, code]),
);

/** VNI: a base letter and a mark byte, or one byte for the letters VNI codes whole. */
export function toVni(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      if (VNI_LETTER_OF[c]) return VNI_LETTER_OF[c];
      const [base, ...marks] = [...c.normalize('NFD')];
      const horn = marks.includes('\u031B');
      const rest = marks
        .filter((m) => m !== '\u031B')
        .sort((a) => ('\u0302\u0306'.includes(a) ? -1 : 1))
        .join('');
      const letter = horn ? VNI_LETTER_OF[(base + '\u031B').normalize('NFC')] : base;
      if (!rest) return letter;
      const mark = VNI_MARK_OF[rest];
      return mark === undefined ? c : letter + (c === c.toLowerCase() ? mark : mark.toUpperCase());
    })
    .join('');
}

const VIQR_OF: Readonly<Record<string, string>> = { '\u0302': '^', '\u0306': '(', '\u031B': '+', '\u0301': "'", '\u0300': '`', '\u0309': '?', '\u0303': '~', '\u0323': '.' };

/** VIQR: a letter's marks as ASCII after it ("Tho^ng ba'o"), đ as "dd". */
export function toViqr(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      if (c === 'đ') return 'dd';
      if (c === 'Đ') return 'DD';
      const [base, ...marks] = [...c.normalize('NFD')];
      return base + marks.sort((a) => ('\u0302\u0306\u031B'.includes(a) ? -1 : 1)).map((m) => VIQR_OF[m] ?? m).join('');
    })
    .join('');
}

/** Windows-1258's byte for each character it codes whole ("ô", "ư", "Đ"), from the platform's decoder. */
let windows1258Bytes: Map<string, number> | null = null;
const WINDOWS_1258_TONES: Readonly<Record<string, number>> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };

/**
 * The bytes of a text file saved in Windows-1258: a letter with its vowel marks in one byte, its tone in a byte
 * after it. A character the code page has no byte for becomes "?", as Windows writes it.
 */
export function toWindows1258(text: string): Buffer {
  if (!windows1258Bytes) {
    const decoder = new TextDecoder('windows-1258');
    windows1258Bytes = new Map();
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = decoder.decode(Uint8Array.of(b));
      if (ch !== '\ufffd' && !windows1258Bytes.has(ch)) windows1258Bytes.set(ch, b);
    }
  }
  const bytes = windows1258Bytes;
  const byteOf = (ch: string) => (ch.charCodeAt(0) < 0x80 && ch.length === 1 ? ch.charCodeAt(0) : bytes.get(ch));
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = byteOf(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const tone = [...decomposed].find((m) => WINDOWS_1258_TONES[m] !== undefined);
    const base = tone ? byteOf(decomposed.replace(tone, '').normalize('NFC')) : undefined;
    if (tone && base !== undefined) out.push(base, WINDOWS_1258_TONES[tone]);
    else out.push(0x3f);
  }
  return Buffer.from(out);
}
