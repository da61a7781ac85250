import { clean } from './index';
import { unwrapMailQuotes } from './mail-quotes';

// A made-up notice forwarded by mail, pasted with the reply's quote marks.
const REPLY = [
  'Chị Hạnh gửi lại văn bản, nhờ đăng lên cổng.',
  'Vào 8:15, 09/8/2021, Văn phòng UBND tỉnh đã viết:',
  '> ỦY BAN NHÂN DÂN',
  '> TỈNH TRÀ VINH',
  '> Số: 3021/UBND-KGVX',
  '>',
  '> Chủ tịch UBND tỉnh yêu cầu:',
  '>> 1. Không tập trung quá 10 người ngoài phạm vi công sở.',
  '>> 2. Thành lập 05 chốt kiểm soát tại các cửa ngõ.',
].join('\n');

describe('a mail\'s quoted message', () => {
  it('loses its quote marks, every level, when most lines carry them; the mail\'s own lines stay', () => {
    expect(unwrapMailQuotes(REPLY).split('\n')).toEqual([
      'Chị Hạnh gửi lại văn bản, nhờ đăng lên cổng.',
      'Vào 8:15, 09/8/2021, Văn phòng UBND tỉnh đã viết:',
      'ỦY BAN NHÂN DÂN',
      'TỈNH TRÀ VINH',
      'Số: 3021/UBND-KGVX',
      '',
      'Chủ tịch UBND tỉnh yêu cầu:',
      '1. Không tập trung quá 10 người ngoài phạm vi công sở.',
      '2. Thành lập 05 chốt kiểm soát tại các cửa ngõ.',
    ]);
    expect(clean(REPLY).text).toContain('\nSố: 3021/UBND-KGVX\n');
  });

  it('leaves a text with a quoted line or two as it is', () => {
    const text = 'Công văn nêu rõ:\n> Không tập trung quá 10 người.\n1. Các xã thực hiện.\n2. Báo cáo kết quả.\n3. Công an huyện kiểm tra.';
    expect(unwrapMailQuotes(text)).toBe(text);
  });
});
