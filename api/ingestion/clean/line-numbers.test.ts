import { clean } from './index';
import { unwrapLineNumbers } from './line-numbers';

const LINES = ['ỦY BAN NHÂN DÂN', 'TỈNH VĨNH LONG', 'Số: 412/UBND-VX', '', 'Chủ tịch UBND tỉnh yêu cầu:', '1. Không tập trung quá 10 người.', '2. Thành lập 05 chốt kiểm soát.'];

describe("a code viewer's line numbers", () => {
  it('are removed when every line, blank ones included, opens with the next number', () => {
    const spaced = LINES.map((l, i) => `${String(i + 1).padStart(3)}  ${l}`.trimEnd()).join('\n');
    const barred = LINES.map((l, i) => `${i + 41} | ${l}`).join('\n');
    expect(unwrapLineNumbers(spaced)).toBe(LINES.join('\n'));
    expect(unwrapLineNumbers(barred)).toBe(LINES.join('\n'));
    expect(clean(spaced).text).toContain('\nSố: 412/UBND-VX\n');
  });

  it('leave a numbered list and a table of figures as they are', () => {
    const list = ['Chủ tịch UBND tỉnh yêu cầu:', '1. Không tập trung quá 10 người.', '2. Thành lập 05 chốt.', '3. Báo cáo hằng ngày.', '4. Công an tỉnh kiểm tra.', '5. Sở Y tế theo dõi.'].join('\n');
    expect(unwrapLineNumbers(list)).toBe(list);
    const table = ['STT  Đơn vị  Số chốt', '1    Huyện A  4', '2    Huyện B  3', '3    Huyện C  5', '4    Huyện D  2'].join('\n');
    expect(unwrapLineNumbers(table)).toBe(table);
  });
});
