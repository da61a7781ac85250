// Is a line a Vietnamese personal name? OCR often damages the signature block ("gô Quang Hưng" for "Ngô Quang
// Hưng"); a damaged name is repaired only when one family name alone explains the damage, and is otherwise
// reported as unknown, never stored as if someone were called that.
import { fold } from '../../text/fold';
import { defaultLexicons } from '../lexicons';

let surnames: Map<string, string> | null = null;

function surnameList(): Map<string, string> {
  surnames ??= new Map(defaultLexicons().signatures.surnames.map((s) => [fold(s), s]));
  return surnames;
}

let marked: Set<string> | null = null;

/** Is `word` a Vietnamese family name ("Nguyễn", "NGUYEN", "Bàn" but not "BAN")? */
export function isSurname(word: string): boolean {
  marked ??= new Set(defaultLexicons().signatures.markedSurnames.map((s) => s.normalize('NFC').toLowerCase()));
  return surnameList().has(fold(word)) || marked.has(word.normalize('NFC').toLowerCase());
}

let openers: Set<string> | null = null;

/** Does a name of the Central Highlands open with `word` ("Y", "Rơ", "K'Brăng": signatures.json nameOpeners)? */
function isNameOpener(word: string): boolean {
  openers ??= new Set(defaultLexicons().signatures.nameOpeners.map((o) => fold(o)));
  const apostrophe = /^(\p{L}+['’])\p{Lu}/u.exec(word);
  return openers.has(fold(word)) || (apostrophe !== null && openers.has(fold(apostrophe[1].replace('’', "'"))));
}

/** A syllable written as a name's: "Nguyên", or after a marker and an apostrophe "K'Brăng", "H'Yim". */
const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]*$/u;

/** null when `line` looks like a personal name, otherwise why it does not. */
export function personalNameProblem(line: string): string | null {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return `it has ${words.length} word${words.length === 1 ? '' : 's'}`;
  if (/[\p{N}:;,/()]/u.test(line)) return 'it contains digits or punctuation';
  const allCaps = line === line.toUpperCase();
  // Each syllable capitalised ("Lại Thế Nguyên"), or the whole name in capitals ("LẠI THẾ NGUYÊN").
  if (!words.every((w) => (allCaps ? /^\p{Lu}/u.test(w) : NAME_WORD.test(w)))) {
    return 'its words are not capitalised like a name';
  }
  if (!isSurname(words[0]) && !isNameOpener(words[0])) return `"${words[0]}" is not a Vietnamese family name`;
  return null;
}

export function isPersonalName(line: string): boolean {
  return personalNameProblem(line) === null;
}

/**
 * The name a damaged signature line stands for, when OCR lost the first letters of the family name and only
 * one family name ends with what is left: "gô Quang Hưng" -> "Ngô Quang Hưng". Null when the rest of the line
 * is not a name, or when several family names would fit (a guess is not a name).
 */
export function repairedName(line: string): string | null {
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || words.length > 5 || isSurname(words[0])) return null;
  const rest = words.slice(1).join(' ');
  if (personalNameProblem(`Nguyễn ${rest}`) !== null || words[0].length < 2) return null;
  const tail = fold(words[0]);
  const fits = [...surnameList()].filter(([key]) => key.length - tail.length >= 1 && key.length - tail.length <= 2 && key.endsWith(tail));
  if (fits.length !== 1) return null;
  const [key, surname] = fits[0];
  // Keep the printed letters and marks of what survived; take the lost letters from the family name.
  return `${surname.slice(0, key.length - tail.length)}${words[0]} ${rest}`;
}
