import { clean } from '../clean';
import { nonBlankLines } from './lines';
import { levelRows } from './level-tables';
import { view } from '../phrases/patterns';

// Made-up tables of measures by level, as a law library renders them (pipe rows) and as cleaning leaves them
// (one cell per line).

function rowsOf(raw: string): string[] {
  const { text } = clean(raw);
  const at = (h: { start: number; end: number }) => text.slice(h.start, h.end);
  return levelRows(nonBlankLines(text), view(text).folded).map((r) => `${r.ordinal ? at(r.ordinal) + ' ' : ''}${at(r.label)} => ${r.cells.map((c, i) => `${at(r.headings[i])}: ${at(c)}`).join(' | ')}`);
}

describe('tables of measures by level', () => {
  it('reads each row of a piped table with an ordinal column as its label and one cell per level', () => {
    const table = [
      'Điều 1. Các biện pháp áp dụng theo cấp độ dịch như sau:',
      '',
      '| TT | Hoạt động | Cấp độ 1 | Cấp độ 2 | Cấp độ 3 |',
      '|---|---|---|---|---|',
      '| 1 | Đám cưới, đám tang | Không quá 100 người | Không quá 50 người | Không tổ chức |',
      '| 2 | Nhà hàng, quán ăn | Không quá 75% công suất | Không quá 50% công suất | Chỉ bán mang về |',
      '',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
    ].join('\n');
    expect(rowsOf(table)).toEqual([
      '1 Đám cưới, đám tang => Cấp độ 1: Không quá 100 người | Cấp độ 2: Không quá 50 người | Cấp độ 3: Không tổ chức',
      '2 Nhà hàng, quán ăn => Cấp độ 1: Không quá 75% công suất | Cấp độ 2: Không quá 50% công suất | Cấp độ 3: Chỉ bán mang về',
    ]);
  });

  it('reads a table by zone without an ordinal column', () => {
    const table = ['| Lĩnh vực | Vùng xanh | Vùng vàng | Vùng đỏ |', '|---|---|---|---|', '| Chợ dân sinh | Hoạt động bình thường | Không quá 50% số sạp | Tạm dừng |'].join('\n');
    expect(rowsOf(table)).toEqual(['Chợ dân sinh => Vùng xanh: Hoạt động bình thường | Vùng vàng: Không quá 50% số sạp | Vùng đỏ: Tạm dừng']);
  });

  it('takes no list of levels in prose for a table', () => {
    const prose = ['Điều 3. Hội họp, sự kiện', '- Cấp độ 1: không quá 200 người.', '- Cấp độ 2: không quá 100 người.', 'Cấp độ 3', 'Cấp độ 4'].join('\n');
    expect(rowsOf(prose)).toEqual([]);
  });

  it('ends the table where a row no longer fits its columns', () => {
    const table = ['TT', 'Hoạt động', 'Cấp độ 1', 'Cấp độ 2', '1', 'Karaoke', 'Không quá 50% công suất', 'Dừng hoạt động', '2. Sở Y tế hướng dẫn các địa phương đánh giá cấp độ dịch hằng tuần.', 'a', 'b'].join('\n');
    expect(rowsOf(table)).toEqual(['1 Karaoke => Cấp độ 1: Không quá 50% công suất | Cấp độ 2: Dừng hoạt động']);
  });
});
