import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Row } from './rows';

/**
 * Writes rows as RFC 4180 CSV: a header row, CRLF line ends, fields with a comma, a double quote or a
 * line break quoted (quotes doubled). A UTF-8 byte order mark comes first: without it spreadsheet
 * programs guess a legacy code page and mangle Vietnamese diacritics. Quotes that start with "=", "+",
 * "-" or "@" are written as they are: they are citations, and researchers need them exact.
 */
export function writeCsv(columns: readonly string[], rows: AsyncIterable<Row>, out: Writable): Promise<void> {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
  return pipeline(rows, stringifier, out);
}
