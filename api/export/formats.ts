import type { Writable } from 'node:stream';
import { writeCsv } from './csv';
import { writeJson } from './json';
import type { Row } from './rows';

export interface Format {
  contentType: string;
  /** Streams the rows to `out` and ends it; rejects (with `out` destroyed) if reading a row fails. */
  write(columns: readonly string[], rows: AsyncIterable<Row>, out: Writable): Promise<void>;
}

export const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', write: writeCsv },
  json: { contentType: 'application/json; charset=utf-8', write: writeJson },
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
