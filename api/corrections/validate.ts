// Checks of corrected values against the same vocabularies extraction uses, so that a corrected fact
// compares with extracted ones (a unit code no lexicon knows would sit alone in every comparison).
import { defaultLexicons } from '../ingestion/lexicons';
import { documentNumberAt } from '../text/document-number';
import { canonicalNumber } from '../ingestion/lexicons/document-kinds';
import { fold } from '../text/fold';
import { today } from '../text/dates';
import { knownCodes } from '../read/codes';
import { EPIDEMIC_START } from '../domain/directive';
import { CorrectionError } from './errors';

const bad = (message: string) => new CorrectionError('BAD_USER_INPUT', message);

export const MAX_REASON = 2000;

export function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3) throw bad('a correction needs a reason: say what the text or the source shows');
  if (trimmed.length > MAX_REASON) throw bad(`the reason is ${trimmed.length} characters; at most ${MAX_REASON}`);
  return trimmed;
}

/** Targets count things: a negative or astronomically large number is a typo, not a goal. */
export function checkTargetValue(value: number, unit: string): number {
  if (!Number.isFinite(value) || value < 0) throw bad(`value must be a number of 0 or more, not ${value}`);
  if (value > 1e9) throw bad(`value ${value} is implausibly large for a target (more than a billion)`);
  const entry = defaultLexicons().units.units.find((u) => u.code === unit);
  if (entry?.max != null && value > entry.max) throw bad(`value ${value} is over ${entry.max} for a target in ${unit}`);
  if (!Number.isInteger(value) && entry?.whole) throw bad(`value ${value} is not a whole number of ${unit}`);
  return value;
}

export function checkUnit(unit: string): string {
  return knownCodes('unit', [unit])[0];
}

/** The category code and the OxCGRT indicator that goes with it. */
export function checkCategory(category: string): { code: string; oxcgrt: string | null } {
  const [code] = knownCodes('category', [category]);
  const entry = defaultLexicons().categories.categories.find((c) => c.code === code)!;
  return { code: entry.code, oxcgrt: entry.oxcgrt };
}

/** `latest` defaults to today: an issue or meeting date cannot be in the future (a deadline can). */
export function checkDate(date: string, latest: string = today()): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw bad(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  }
  if (date < EPIDEMIC_START) throw bad(`${date} is before the epidemic (${EPIDEMIC_START}): check the year`);
  if (date > latest) throw bad(`${date} is in the future`);
  return date;
}

/** Normalised as extraction normalises ("11 - TB/BCD" -> "11-TB/BCĐ"), and of the same shape. */
export function checkDocumentNumber(number: string): string {
  const trimmed = number.trim();
  const whole = documentNumberAt(trimmed, 0);
  const normalised = whole && whole.end === trimmed.length ? canonicalNumber(defaultLexicons().documentKinds, whole.number) : null;
  if (!normalised || normalised.length > 60) {
    throw bad(`"${number}" is not a document number such as 370-TB/TU, 25/CT-UBND or 15/2021/QĐ-UBND`);
  }
  return normalised;
}

/** A whole number in a plausible range: a pool of 2 to 100 samples, a dose from 1 to 10. */
export function checkCount(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw bad(`${field} must be a whole number from ${min} to ${max}, not ${value}`);
  return value;
}

const MAX_QUALIFIER = 300;

/** A qualifier as written in the text (NFC); "" clears it. */
export function checkQualifierText(value: string, field: string): string {
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_QUALIFIER) throw bad(`${field} is ${text.length} characters; at most ${MAX_QUALIFIER}`);
  return text;
}

/** A signer's name as written: two to seven capitalised words ("Nguyễn Văn Thắng"). */
export function checkPersonName(value: string): string {
  const name = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!/^(?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){1,6}$/u.test(name)) throw bad(`"${value}" is not a person's name as Vietnamese writes it ("Nguyễn Văn Thắng")`);
  return name;
}

/** An ISO 3166-2 code of the 63 units of 2021. */
export function checkProvince(code: string): string {
  return knownCodes('province', [code])[0];
}
