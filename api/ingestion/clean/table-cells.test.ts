import { clean } from './index';
import { CELL, splitTableCells, unmarkCells } from './table-cells';

describe('splitTableCells', () => {
  it('puts each cell of a law library header row on its own line', () => {
    const rows = 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 15/CT-UBND | Nam Định, ngày 3 tháng 8 năm 2021 |';
    expect(unmarkCells(splitTableCells(rows))).toBe('ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/CT-UBND\nNam Định, ngày 3 tháng 8 năm 2021');
    // Each cell's line is marked as one, so joining wrapped lines leaves it apart.
    expect(splitTableCells(rows).split('\n').every((line) => line.startsWith(CELL))).toBe(true);
  });

  it('keeps each cell of a table on its own line through cleaning, symbols and lower-case cells too', () => {
    const table = [
      'Các chỉ tiêu như sau:',
      '',
      '| STT | Chỉ tiêu | Đơn vị tính | Mục tiêu |',
      '|---|:---|---|---:|',
      '| 1 | Tỷ lệ người được tiêm mũi 1 | % | 95 |',
      '| 2 | Công suất xét nghiệm | mẫu/ngày | 5.000 |',
    ].join('\n');
    expect(clean(table).text).toBe(
      'Các chỉ tiêu như sau:\n\nSTT\nChỉ tiêu\nĐơn vị tính\nMục tiêu\n\n1\nTỷ lệ người được tiêm mũi 1\n%\n95\n2\nCông suất xét nghiệm\nmẫu/ngày\n5.000',
    );
  });

  it('keeps an empty cell of a table as "-" so that the cells after it keep their places, but not a header\'s', () => {
    expect(unmarkCells(splitTableCells('| 1 | Tỷ lệ tiêm mũi 1 | | 95% |'))).toBe('1\nTỷ lệ tiêm mũi 1\n-\n95%');
    expect(unmarkCells(splitTableCells('| UBND TỈNH NAM ĐỊNH | |'))).toBe('UBND TỈNH NAM ĐỊNH');
  });

  it('reads a header drawn with box-drawing characters as its cells', () => {
    const box = [
      '┌──────────────────────┬────────────────────────────────────┐',
      '│ UBND TỈNH HÀ NAM     │ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM │',
      '│ SỞ Y TẾ              │ Độc lập - Tự do - Hạnh phúc        │',
      '├──────────────────────┼────────────────────────────────────┤',
      '│ Số: 41/HD-SYT        │ Hà Nam, ngày 7 tháng 1 năm 2022    │',
      '└──────────────────────┴────────────────────────────────────┘',
    ].join('\n');
    expect(clean(box).text).toBe('UBND TỈNH HÀ NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 41/HD-SYT\nHà Nam, ngày 7 tháng 1 năm 2022');
  });

  it('splits a header row whose cells a transcript joined with dashes, and nothing else', () => {
    expect(splitTableCells('ỦY BAN NHÂN DÂN TỈNH HÀ NAM — Số: 77/KH-UBND — Hà Nam, ngày 9 tháng 9 năm 2021')).toBe(
      'ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 77/KH-UBND\nHà Nam, ngày 9 tháng 9 năm 2021',
    );
    const prose = 'Các địa phương — nhất là vùng biên giới — tăng cường kiểm soát người ra vào.';
    expect(splitTableCells(prose)).toBe(prose);
  });

  it('lets the metadata read a letterhead rendered as a table', () => {
    const text = clean('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Độc lập - Tự do - Hạnh phúc |\nSố: 15/CT-UBND | Nam Định, ngày 3 tháng 8 năm 2021 |\n\nCHỈ THỊ\n').text;
    expect(text.split('\n').slice(0, 5)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 15/CT-UBND', 'Nam Định, ngày 3 tháng 8 năm 2021']);
  });
});
