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

  it("keeps a Word file's insertions and drops its deletions and comments, as pandoc writes tracked changes", () => {
    const tracked =
      'Tổ chức đám cưới không quá [30]{.deletion author="A" date="2021-05-08T15:40:00Z"}[20]{.insertion author="A" date="2021-05-08T15:40:00Z"} người' +
      '[Đề nghị giữ 30?]{.comment-start id="1" author="B"}[]{.comment-end id="1"}; [Điều 2]{.underline} giữ nguyên.';
    expect(stripMarkdown(tracked)).toBe('Tổ chức đám cưới không quá 20 người; Điều 2 giữ nguyên.');
  });
});
