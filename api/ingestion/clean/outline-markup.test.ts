import { analyse } from '../analyse';
import { unwrapOutlineMarkup } from './outline-markup';

// A made-up provincial plan kept in a researcher's notes, once as AsciiDoc and once as Org.
const BODY = [
  'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH',
  'Số: 205/KH-UBND',
  'Ninh Bình, ngày 14 tháng 10 năm 2021',
  'KẾ HOẠCH',
  'Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19',
  '{h} I. MỤC TIÊU',
  'Tỷ lệ tiêm đủ 2 mũi vắc xin cho người từ 18 tuổi trở lên đạt trên 80% trước ngày 31/12/2021.',
  '{h} II. BIỆN PHÁP',
  '{hh} 1. Tổ chức sự kiện',
  'Không tổ chức sự kiện tập trung quá 30 người trong nhà.',
  '{hh} 2. Xét nghiệm',
  'Xét nghiệm ngẫu nhiên 10% người lao động tại các khu công nghiệp, 14 ngày/lần.',
];
const ASCIIDOC = ['= Kế hoạch 205/KH-UBND', ':author: nhóm nghiên cứu', ':revdate: 2021-10-20', '', ...BODY]
  .join('\n')
  .replace(/\{h\}/g, '==')
  .replace(/\{hh\}/g, '===');
const ORG = ['#+TITLE: Kế hoạch 205/KH-UBND', '#+FILETAGS: :covid:', '', ...BODY].join('\n').replace(/\{h\}/g, '*').replace(/\{hh\}/g, '**');

describe('AsciiDoc and Org source', () => {
  it('lose their heading marks, so the section numbers open their lines, and keep their attributes as a record', () => {
    for (const source of [ASCIIDOC, ORG]) {
      const lines = unwrapOutlineMarkup(source).split('\n');
      expect(lines).toContain('I. MỤC TIÊU');
      expect(lines).toContain('1. Tổ chức sự kiện');
      expect(lines.some((line) => /^(?:#\+|=|\*)/u.test(line))).toBe(false);
    }
    expect(unwrapOutlineMarkup(ASCIIDOC).split('\n')).toContain(':author: nhóm nghiên cứu');
    expect(unwrapOutlineMarkup(ORG).split('\n')).toContain('TITLE: Kế hoạch 205/KH-UBND');
  });

  it('give the plan the same figures as its plain text', () => {
    const plain = BODY.join('\n').replace(/\{h+\} /g, '');
    const figures = (text: string): string[] => analyse(Buffer.from(text, 'utf8')).facts.targets.map((t) => `${t.metric} ${t.value}`);
    expect(figures(plain)).toEqual(['VACCINATION_COVERAGE 80', 'GATHERING_SIZE 30', 'TESTING_COVERAGE 10', 'TEST_INTERVAL_DAYS 14']);
    expect(figures(ASCIIDOC)).toEqual(figures(plain));
    expect(figures(ORG)).toEqual(figures(plain));
  });

  it('read an AsciiDoc page with one title: its block attributes, hard breaks and table delimiters go, its attributes stay, its list items get their numbers', () => {
    const page = [
      '= Thông báo 88/TB-UBND',
      ':doctype: article',
      ':so-hieu: 88/TB-UBND',
      '',
      '[cols="2a,3a",frame=none]',
      '|===',
      '[.text-center]',
      'ỦY BAN NHÂN DÂN +',
      'TỈNH LAI CHÂU +',
      '|===',
      '',
      '. Dừng các hoạt động tập trung trên 20 người.',
      '.. Tại các xã biên giới: dừng chợ phiên.',
      '.. Tại thành phố: dừng karaoke.',
      '. Xét nghiệm 100% người về từ vùng dịch.',
      '',
      'KT. CHỦ TỊCH +',
    ].join('\n');
    expect(unwrapOutlineMarkup(page).split('\n').filter((line) => line !== '')).toEqual([
      'Thông báo 88/TB-UBND',
      ':doctype: article',
      ':so-hieu: 88/TB-UBND',
      'ỦY BAN NHÂN DÂN',
      'TỈNH LAI CHÂU',
      '1. Dừng các hoạt động tập trung trên 20 người.',
      'a) Tại các xã biên giới: dừng chợ phiên.',
      'b) Tại thành phố: dừng karaoke.',
      '2. Xét nghiệm 100% người về từ vùng dịch.',
      'KT. CHỦ TỊCH',
    ]);
  });

  it('leave markdown bullets and a lone "=" line as they are', () => {
    const markdown = 'Số: 12/TB-UBND\n* Không tập trung quá 10 người;\n* Đeo khẩu trang.\n= hết =\n. Chấm câu +';
    expect(unwrapOutlineMarkup(markdown)).toBe(markdown);
  });
});
