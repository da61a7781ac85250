// Is a line a Vietnamese personal name? OCR often damages the signature block ("gô Quang Hưng" for "Ngô Quang
// Hưng"); a damaged name must be reported as unknown, not stored as if someone were called that.
import { fold } from '../../text/fold';
import surnameData from './data/surnames.json';

const SURNAMES = new Set(surnameData.surnames.map((s) => fold(s)));

/** null when `line` looks like a personal name, otherwise why it does not. */
export function personalNameProblem(line: string): string | null {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return `it has ${words.length} word${words.length === 1 ? '' : 's'}`;
  if (/[\p{N}:;,/()]/u.test(line)) return 'it contains digits or punctuation';
  const allCaps = line === line.toUpperCase();
  // Each syllable capitalised ("Lại Thế Nguyên"), or the whole name in capitals ("LẠI THẾ NGUYÊN").
  if (!words.every((w) => /^\p{Lu}/u.test(w) && (allCaps || w.slice(1) === w.slice(1).toLowerCase()))) {
    return 'its words are not capitalised like a name';
  }
  if (!SURNAMES.has(fold(words[0]))) return `"${words[0]}" is not a Vietnamese family name`;
  return null;
}

export function isPersonalName(line: string): boolean {
  return personalNameProblem(line) === null;
}
