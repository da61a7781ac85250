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
