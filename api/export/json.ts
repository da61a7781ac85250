import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Row } from './rows';

/** The text of a JSON array of the rows, produced one row at a time so that no whole array is ever held. */
export async function* jsonArray(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  // The key list makes every object carry exactly the columns, in the CSV's order.
  const keys = [...columns];
  let first = true;
  for await (const row of rows) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(row, keys)}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** Writes rows as a JSON array of objects whose keys are the columns, in column order. */
export function writeJson(columns: readonly string[], rows: AsyncIterable<Row>, out: Writable): Promise<void> {
  return pipeline(jsonArray(columns, rows), out);
}
