import { clean } from './index';
import { isLatex, unwrapLatex } from './latex';

// A made-up chairman's letter typeset in LaTeX, as a law library's page converted for a thesis appendix.
const SOURCE = [
  '% chuyen tu trang van ban, bien dich bang xelatex',
  '\\documentclass[13pt]{extarticle}',
  '\\usepackage{tabularx}',
  '\\begin{document}',
  '\\begin{tabularx}{\\textwidth}{X X}',
  '\\textbf{ỦY BAN NHÂN DÂN} & \\textbf{CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM} \\\\',
  '\\textbf{TỈNH HẬU GIANG} & \\textbf{Độc lập - Tự do - Hạnh phúc} \\\\',
  '\\rule{3cm}{0.4pt} & \\rule{5cm}{0.4pt} \\\\',
  'Số: 31/UBND-VX & \\textit{Hậu Giang, ngày 02 tháng 8 năm 2021} \\\\',
  '\\end{tabularx}',
  '\\vspace{4mm}',
  'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu: % ghi chu cua nguoi chuyen',
  '\\begin{enumerate}[label=\\arabic*.]',
  '\\item Chợ hoạt động không quá 50\\% số điểm kinh doanh.',
  '\\item Sở Y tế:',
  '\\begin{enumerate}',
  '\\item xét nghiệm 100\\% hộ dân;',
  '\\item tuyên truyền thông điệp ``5K + vắc xin\'\'.',
  '\\end{enumerate}',
  '\\end{enumerate}',
  '\\end{document}',
].join('\n');

describe('LaTeX source', () => {
  it('is told from a text that mentions a backslash', () => {
    expect(isLatex(SOURCE)).toBe(true);
    expect(isLatex('Đường dẫn: C:\\van-ban\\cv-31.docx; tỷ lệ 50%.')).toBe(false);
  });

  it('reads as what it prints: rows as cells, items numbered and lettered, escapes and quotes written out', () => {
    expect(unwrapLatex(SOURCE).split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'TỈNH HẬU GIANG | Độc lập - Tự do - Hạnh phúc |',
      'Số: 31/UBND-VX | Hậu Giang, ngày 02 tháng 8 năm 2021 |',
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
      '1. Chợ hoạt động không quá 50% số điểm kinh doanh.',
      '2. Sở Y tế:',
      'a) xét nghiệm 100% hộ dân;',
      'b) tuyên truyền thông điệp “5K + vắc xin”.',
    ]);
  });

  it('leaves the cleaned text a directive the rest of the pipeline reads', () => {
    const { text } = clean(SOURCE);
    expect(text).toContain('Số: 31/UBND-VX');
    expect(text).toContain('1. Chợ hoạt động không quá 50% số điểm kinh doanh.');
    expect(text).not.toMatch(/\\|documentclass|tabularx/);
  });
});
