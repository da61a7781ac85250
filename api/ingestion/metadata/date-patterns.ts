// Date notations of the genre, as patterns on folded text: "27/9/2021", "02/12/2020", "ngày 30 tháng 9 năm 2021".

/** Day, month, year with "/", "." or "-": groups 1-3. */
export const NUMERIC_DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
/** "30 tháng 9 năm 2021" (folded): groups 1-3. */
export const WORDED_DATE = String.raw`(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})`;
/** Either notation: groups 1-3 numeric, 4-6 worded. */
export const ANY_DATE = `(?:${NUMERIC_DATE}|${WORDED_DATE})`;

/** "2021-09-30", or null when the parts are not a calendar date of the plausible range. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads an ANY_DATE match whose groups start at `first`. */
export function isoFromGroups(groups: (string | undefined)[], first: number): string | null {
  const [d, m, y] = groups[first] !== undefined ? groups.slice(first, first + 3) : groups.slice(first + 3, first + 6);
  if (d === undefined || m === undefined || y === undefined) return null;
  return isoDate(Number(y), Number(m), Number(d));
}
