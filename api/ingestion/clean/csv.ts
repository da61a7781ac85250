// A directive retyped into a spreadsheet and exported as CSV: every line a record, the letterhead and the
// prose in the first cell, a task table in columns ("STT","Nội dung","Chỉ tiêu","Hiện trạng",...). Each
// record becomes a line of its non-empty cells joined by " | ", as a law library lays out a table row, so the
// header, the prose and the table's columns read as they do elsewhere. Parsed by csv-parse: quoted cells keep
// their commas and line breaks, doubled quotes are one.
import { parse } from 'csv-parse/sync';

/** Records that must share one width for a text to be a CSV table rather than prose with commas. */
const MIN_RECORDS = 6;
const MIN_COLUMNS = 3;
const SAME_WIDTH_SHARE = 0.8;

function records(text: string): string[][] | null {
  try {
    return parse(text, { comment: '#', relax_column_count: true, relax_quotes: false, skip_empty_lines: true }) as string[][];
  } catch {
    return null;
  }
}

export function unwrapCsv(text: string): string {
  // Prose has commas too, but not one count of them on most lines with quoted cells.
  if (!/^"[^"\n]*"(?:,|$)/mu.test(text) || !/,,/u.test(text)) return text;
  const rows = records(text);
  if (!rows || rows.length < MIN_RECORDS) return text;
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.length, (widths.get(r.length) ?? 0) + 1);
  const [width, count] = [...widths].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (width < MIN_COLUMNS || count < rows.length * SAME_WIDTH_SHARE) return text;
  return rows
    .map((r) => r.map((cell) => cell.trim()).filter((cell) => cell !== ''))
    .map((cells) => cells.join(' | '))
    .join('\n\n');
}
