// Checks of corrected values against the same vocabularies extraction uses, so that a corrected fact
// compares with extracted ones (a unit code no lexicon knows would sit alone in every comparison).
import { defaultLexicons } from '../ingestion/lexicons';
import { documentNumberAt } from '../text/document-number';
import { canonicalNumber } from '../ingestion/lexicons/document-kinds';
import { fold } from '../text/fold';
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
  if (unit === 'PERCENT' && value > 100) throw bad(`value ${value} is over 100 for a target in PERCENT`);
  return value;
}

export function checkUnit(unit: string): string {
  const codes = defaultLexicons().units.units.map((u) => u.code);
  if (!codes.includes(unit)) throw bad(`unknown unit "${unit}": use one of ${codes.join(', ')} (seeds/lexicons/units.json)`);
  return unit;
}

/** The category code and the OxCGRT indicator that goes with it. */
export function checkCategory(category: string): { code: string; oxcgrt: string | null } {
  const entries = defaultLexicons().categories.categories;
  const entry = entries.find((c) => c.code === category);
  if (!entry) throw bad(`unknown category "${category}": use one of ${entries.map((c) => c.code).join(', ')} (seeds/lexicons/categories.json)`);
  return { code: entry.code, oxcgrt: entry.oxcgrt };
}

/** The platform covers the COVID-19 epidemic: no directive about it predates December 2019. */
const EARLIEST = '2019-12-01';

export function checkDate(date: string, today: string = new Date().toISOString().slice(0, 10)): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw bad(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  }
  if (date < EARLIEST) throw bad(`${date} is before the epidemic (${EARLIEST}): check the year`);
  if (date > today) throw bad(`${date} is in the future`);
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
