import { analyse } from '../analyse';
import { unwrapUnifiedDiff } from './unified-diff';

// A made-up commit to a repository of directives: a letter's second version, one order changed.
const DIFF = [
  'diff --git a/vinh-long/2021-3102.txt b/vinh-long/2021-3102.txt',
  'index 4be1c0d..9f3e2a7 100644',
  '--- a/vinh-long/2021-3102.txt',
  '+++ b/vinh-long/2021-3102.txt',
  '@@ -1,9 +1,9 @@',
  ' ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
  ' Số: 3102/UBND-VX',
  ' Vĩnh Long, ngày 20 tháng 8 năm 2021',
  ' Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.',
  '-1. Không tập trung quá 20 người ngoài phạm vi công sở.',
  '+1. Không tập trung quá 10 người ngoài phạm vi công sở.',
  ' 2. Xét nghiệm 100% tiểu thương tại các chợ, 7 ngày/lần.',
  '+ Riêng chợ đầu mối: 3 ngày/lần.',
  ' KT. CHỦ TỊCH',
  ' PHÓ CHỦ TỊCH',
].join('\n');

describe('a commit\'s unified diff', () => {
  it('becomes the file after the change: added and unchanged lines without their marks, no removed line', () => {
    expect(unwrapUnifiedDiff(DIFF).split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH VĨNH LONG',
      'Số: 3102/UBND-VX',
      'Vĩnh Long, ngày 20 tháng 8 năm 2021',
      'Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.',
      '1. Không tập trung quá 10 người ngoài phạm vi công sở.',
      '2. Xét nghiệm 100% tiểu thương tại các chợ, 7 ngày/lần.',
      ' Riêng chợ đầu mối: 3 ngày/lần.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });

  it("gives the new version's figures only", () => {
    const { metadata, facts } = analyse(Buffer.from(DIFF, 'utf8'));
    expect(metadata.number.value).toBe('3102/UBND-VX');
    expect(facts.targets.filter((t) => t.metric === 'GATHERING_SIZE').map((t) => t.value)).toEqual([10]);
  });

  it('leaves a letter whose items open with "+" and "-" as it is', () => {
    const text = 'Số: 12/TB-UBND\n1. Các xã:\n+ Không tập trung quá 10 người;\n- Đeo khẩu trang nơi công cộng.\n+ 100 người';
    expect(unwrapUnifiedDiff(text)).toBe(text);
  });
});
