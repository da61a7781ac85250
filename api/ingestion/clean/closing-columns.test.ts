import { splitClosingColumns } from './closing-columns';

// A made-up letter's foot, the distribution list and the signature side by side as a PDF's text gives them.
const FOOT = [
  'Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
  '',
  'Nơi nhận:                                   KT. CHỦ TỊCH',
  '- Như trên;                                    PHÓ CHỦ TỊCH',
  '- TT Huyện ủy, TT HĐND huyện (b/c);',
  '- Lưu: VT.                                   Đào Thị Mến',
];

describe('splitClosingColumns', () => {
  it('writes the distribution list first and the signature beside it after, each line as printed', () => {
    expect(splitClosingColumns(FOOT.join('\n')).split('\n')).toEqual([
      'Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      '- TT Huyện ủy, TT HĐND huyện (b/c);',
      '- Lưu: VT.',
      '',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Đào Thị Mến',
      '',
    ]);
  });

  it('ends the foot at the signer\'s name: an attached regulation after a blank line stays where it is', () => {
    const text = [...FOOT, '', '                    QUY ĐỊNH TẠM THỜI', 'Về phòng, chống dịch COVID-19 tại các chợ', 'Điều 1. Phạm vi áp dụng'].join('\n');
    const out = splitClosingColumns(text).split('\n');
    expect(out.slice(-6)).toEqual(['Đào Thị Mến', '', '', '                    QUY ĐỊNH TẠM THỜI', 'Về phòng, chống dịch COVID-19 tại các chợ', 'Điều 1. Phạm vi áp dụng']);
  });

  it('takes the signature\'s lines standing alone above the heading into its column', () => {
    const text = ['nóng: 0269.3824.115.', '                                       KT. GIÁM ĐỐC', 'Nơi nhận:                              PHÓ GIÁM ĐỐC', '- Các đơn vị trực thuộc;', '- Lưu: VT.                             Ksor Phước'].join('\n');
    expect(splitClosingColumns(text).split('\n')).toEqual(['nóng: 0269.3824.115.', 'Nơi nhận:', '- Các đơn vị trực thuộc;', '- Lưu: VT.', '', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Ksor Phước', '']);
  });

  it('reads a title alone beside the heading as the signature when its name stands alone below it', () => {
    const text = ['Nơi nhận:                                   GIÁM ĐỐC', '- Như trên;', '- Lưu: VT.', '                                            Hà Văn Khánh'].join('\n');
    expect(splitClosingColumns(text).split('\n')).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'GIÁM ĐỐC', 'Hà Văn Khánh', '']);
  });

  it('leaves a foot without a second column, or with one spaced item only, as it is', () => {
    const single = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'CHỦ TỊCH', 'Đào Thị Mến'].join('\n');
    expect(splitClosingColumns(single)).toBe(single);
    const spaced = ['Nơi nhận:', '- Sở Y tế;      (b/c)', '- Lưu: VT.'].join('\n');
    expect(splitClosingColumns(spaced)).toBe(spaced);
  });
});
