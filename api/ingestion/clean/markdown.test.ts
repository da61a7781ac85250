import { stripMarkdown } from './markdown';

describe('stripMarkdown', () => {
  it('removes emphasis, heading marks and escapes, keeping words and escaped characters', () => {
    expect(stripMarkdown('#### **4. Ban Cán sự đảng chỉ đạo:**')).toBe('4. Ban Cán sự đảng chỉ đạo:');
    expect(stripMarkdown('mục tiêu “*bảo vệ sức khỏe*” và __5K__')).toBe('mục tiêu “bảo vệ sức khỏe” và 5K');
    expect(stripMarkdown('1\\. Tập trung \\* (\\*) dấu \\_')).toBe('1. Tập trung * (*) dấu _');
  });

  it('drops an unmatched emphasis mark and keeps list dashes', () => {
    expect(stripMarkdown('- Kính gửi:*\n  - Các sở, ngành,')).toBe('- Kính gửi:\n  - Các sở, ngành,');
  });

  it('turns a star bullet into a dash and links into their text', () => {
    expect(stripMarkdown('* Sở Y tế [Công văn 123](http://x.vn/a.pdf)')).toBe('- Sở Y tế Công văn 123');
  });

  it('leaves underscores inside words alone', () => {
    expect(stripMarkdown('file ten_tep_2021.pdf')).toBe('file ten_tep_2021.pdf');
  });
});
