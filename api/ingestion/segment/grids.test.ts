import { clean } from '../clean';
import { nonBlankLines } from './lines';
import { gridRows } from './grids';
import { view } from '../phrases/patterns';
import { fold } from '../../text/fold';

// Made-up tables other than by level, as cleaning leaves them: one cell per line.

const COLUMN_WORDS = ['chi tieu', 'muc tieu', 'hien tai', 'hien co'];

function rowsOf(raw: string): string[] {
  const { text } = clean(raw);
  const at = (h: { start: number; end: number }) => text.slice(h.start, h.end);
  const isColumnHeading = (cell: string) => COLUMN_WORDS.some((w) => fold(cell).startsWith(w));
  return gridRows(nonBlankLines(text), view(text).folded, isColumnHeading).map((r) => `${r.ordinal ? at(r.ordinal) + ' ' : ''}${at(r.label)} => ${r.cells.map((c, i) => `${at(r.headings[i])}: ${at(c)}`).join(' | ')}`);
}

describe('tables cleaned to one cell per line', () => {
  it('reads the rows of a table with an ordinal column, each cell with its heading', () => {
    const table = ['| STT | Chỉ tiêu | Đơn vị tính | Kết quả | Mục tiêu |', '|---|---|---|---|---|', '| 1 | Tỷ lệ tiêm mũi 1 | % | 45 | 95 |', '| 2 | Số chốt kiểm soát | chốt | 4 | 9 |'].join('\n');
    expect(rowsOf(table)).toEqual(['1 Tỷ lệ tiêm mũi 1 => Đơn vị tính: % | Kết quả: 45 | Mục tiêu: 95', '2 Số chốt kiểm soát => Đơn vị tính: chốt | Kết quả: 4 | Mục tiêu: 9']);
  });

  it('reads a row with an empty framed cell, kept as "-", each later cell under its heading', () => {
    const table = ['| STT | Chỉ tiêu | Kết quả | Mục tiêu |', '|---|---|---|---|', '| 1 | Tỷ lệ tiêm mũi 1 | | 95% |', '| 2 | Số chốt kiểm soát | 4 chốt | 9 chốt |'].join('\n');
    expect(rowsOf(table)).toEqual(['1 Tỷ lệ tiêm mũi 1 => Kết quả: - | Mục tiêu: 95%', '2 Số chốt kiểm soát => Kết quả: 4 chốt | Mục tiêu: 9 chốt']);
  });

  it('leaves out a row of a table cleaned without its bars whose cells cannot say their columns', () => {
    const table = ['STT', 'Chỉ tiêu', 'Kết quả', 'Mục tiêu', '1', 'Tỷ lệ tiêm mũi 1', '95%', '2', 'Số chốt kiểm soát', '4 chốt', '9 chốt'].join('\n');
    expect(rowsOf(table)).toEqual(['2 Số chốt kiểm soát => Kết quả: 4 chốt | Mục tiêu: 9 chốt']);
  });

  it('reads a table without an ordinal column when its heading cells are column words', () => {
    const table = ['| Chỉ tiêu | Hiện có | Mục tiêu |', '|---|---|---|', '| Số trạm y tế lưu động | 35 trạm | 65 trạm |', '| Tỷ lệ xã có tổ chăm sóc F0 | 40% | 100% |'].join('\n');
    expect(rowsOf(table)).toEqual(['Số trạm y tế lưu động => Hiện có: 35 trạm | Mục tiêu: 65 trạm', 'Tỷ lệ xã có tổ chăm sóc F0 => Hiện có: 40% | Mục tiêu: 100%']);
  });

  it('takes a title and its paragraph for no table', () => {
    const text = ['KẾ HOẠCH', 'Tăng tốc tiêm chủng', 'đến hết năm 2021', '', 'Tỷ lệ tiêm mũi 1 đạt 45%', 'Tăng lên 95%', 'Giao Sở Y tế'].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });
});
