// Which directive repeats which: the later text is the one that reused the earlier. With equal or
// unknown dates the order is not known, and the platform says so rather than guess.
export type ReuseDirection = 'A_REPEATS_B' | 'B_REPEATS_A' | 'UNKNOWN';

// Accepts "2021-09-30" and full ISO timestamps; only the calendar day matters for directives.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

export function reuseDirection(aDate: string | null, bDate: string | null): ReuseDirection {
  const a = isoDay(aDate);
  const b = isoDay(bDate);
  if (a === null || b === null || a === b) return 'UNKNOWN';
  return a > b ? 'A_REPEATS_B' : 'B_REPEATS_A';
}

/** "YYYY-MM-DD" of a valid ISO date, or null; the strings then compare in calendar order. */
function isoDay(value: string | null): string | null {
  const m = value === null ? null : ISO_DAY.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const valid = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  return valid ? `${y}-${mo}-${d}` : null;
}
