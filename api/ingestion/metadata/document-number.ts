// The shape of a Vietnamese document number and how to read it: "370-TB/TU", "11 - TB/BCĐ", "25/CT-UBND",
// "15/2021/QĐ-UBND", "1234/UBND-VX". Patterns run on folded text ("bcd" for "BCĐ"); values are cut from the
// original so the letters stay as printed.
import { ISSUER_CODES, KindEntry, kindByCode } from './data/document-kinds';

/** Serial, optional year, then letter codes joined by "-" or "/". One capture group. */
export const DOC_NUMBER = String.raw`(\d{1,5}(?:\s*\/\s*\d{4})?\s*[-–/]\s*[a-z]{1,8}(?:\s*[-–/]\s*[a-z0-9]{1,10}){0,3})(?![a-z0-9])`;

/** "11 - TB/BCĐ" -> "11-TB/BCĐ": spaces around separators go, en dashes become hyphens. */
export function normaliseNumber(raw: string): string {
  return raw.replace(/\s*[-–]\s*/g, '-').replace(/\s*\/\s*/g, '/').trim();
}

export interface NumberParts {
  kind: KindEntry | undefined;
  issuer: (typeof ISSUER_CODES)[string] | undefined;
  /** True for "1234/UBND-VX": an issuer code where the kind code would be, the numbering of a công văn. */
  letterWithoutKindCode: boolean;
}

export function numberParts(foldedNumber: string): NumberParts {
  const codes = foldedNumber
    .split(/[-–/]/)
    .map((c) => c.trim())
    .filter((c) => /^[a-z]/.test(c));
  const kind = codes.map(kindByCode).find((k) => k !== undefined);
  const issuer = codes.map((c) => ISSUER_CODES[c]).find((i) => i !== undefined);
  return { kind, issuer, letterWithoutKindCode: !kind && codes.length > 0 && ISSUER_CODES[codes[0]] !== undefined };
}
