import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { writeCsv } from './csv';
import { writeJson } from './json';
import type { Row } from './rows';

function sink() {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

async function* from(rows: Row[], failAfter?: number): AsyncGenerator<Row> {
  for (const [i, row] of rows.entries()) {
    if (i === failAfter) throw new Error('connection lost');
    yield row;
  }
}

const COLUMNS = ['name', 'quote', 'value', 'missing'];
const ROWS: Row[] = [
  { name: 'Quảng Ninh', quote: 'phòng, chống dịch', value: 15000, missing: null },
  { name: 'Thanh Hóa', quote: 'phương châm "3 trước", "4 tại chỗ"', value: 0.5, missing: null },
  { name: 'Hà Nội', quote: 'dòng một\r\ndòng hai\nba', value: -1, missing: '=SUM(A1)' },
];

describe('writeCsv', () => {
  it('writes a BOM, a header and RFC 4180 records that parse back to the same strings', async () => {
    const { out, bytes } = sink();
    await writeCsv(COLUMNS, from(ROWS), out);
    const buffer = bytes();
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buffer.subarray(3).toString('utf8')).toBe(
      'name,quote,value,missing\r\n' +
        'Quảng Ninh,"phòng, chống dịch",15000,\r\n' +
        'Thanh Hóa,"phương châm ""3 trước"", ""4 tại chỗ""",0.5,\r\n' +
        'Hà Nội,"dòng một\r\ndòng hai\nba",-1,=SUM(A1)\r\n',
    );
    expect(parse(buffer, { bom: true, columns: true })).toEqual([
      { name: 'Quảng Ninh', quote: 'phòng, chống dịch', value: '15000', missing: '' },
      { name: 'Thanh Hóa', quote: 'phương châm "3 trước", "4 tại chỗ"', value: '0.5', missing: '' },
      { name: 'Hà Nội', quote: 'dòng một\r\ndòng hai\nba', value: '-1', missing: '=SUM(A1)' },
    ]);
  });

  it('writes the header alone when there is no row', async () => {
    const { out, bytes } = sink();
    await writeCsv(COLUMNS, from([]), out);
    expect(bytes().toString('utf8')).toBe('\ufeffname,quote,value,missing\r\n');
  });

  it('rejects and destroys the output when reading a row fails', async () => {
    const { out } = sink();
    await expect(writeCsv(COLUMNS, from(ROWS, 1), out)).rejects.toThrow('connection lost');
    expect(out.destroyed).toBe(true);
  });
});

describe('writeJson', () => {
  it('writes an array of objects keyed by the columns, in column order, with numbers and nulls typed', async () => {
    const { out, bytes } = sink();
    // Keys in another order and an extra key: the columns decide.
    await writeJson(COLUMNS, from([{ value: 1, extra: 'x', missing: null, quote: 'a "b"', name: 'Thanh Hóa' }]), out);
    expect(bytes().toString('utf8')).toBe('[\n{"name":"Thanh Hóa","quote":"a \\"b\\"","value":1,"missing":null}\n]\n');
  });

  it('writes [] when there is no row, and parses back to the rows', async () => {
    const empty = sink();
    await writeJson(COLUMNS, from([]), empty.out);
    expect(empty.bytes().toString('utf8')).toBe('[]\n');
    const full = sink();
    await writeJson(COLUMNS, from(ROWS), full.out);
    expect(JSON.parse(full.bytes().toString('utf8'))).toEqual(ROWS);
  });

  it('rejects and destroys the output when reading a row fails', async () => {
    const { out } = sink();
    await expect(writeJson(COLUMNS, from(ROWS, 2), out)).rejects.toThrow('connection lost');
    expect(out.destroyed).toBe(true);
  });
});
