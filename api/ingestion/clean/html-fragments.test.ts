import { clean } from './index';
import { hasHtmlFragment, unwrapHtmlFragments } from './html-fragments';

// A made-up law-library page whose header was pasted as an HTML table.
const PAGE = [
  'Chỉ thị 09/CT-UBND năm 2021 về phòng, chống dịch COVID-19',
  '',
  '<table width="100%">',
  ' <tr>',
  '  <td align="center"><b>ỦY BAN NHÂN DÂN<br/>TỈNH HÀ NAM</b><br>-------</td>',
  '  <td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc</b></td>',
  ' </tr>',
  ' <tr>',
  '  <td>Số:&nbsp;09/CT-UBND</td>',
  '  <td><i>Hà Nam, ngày 05 tháng 8 năm 2021</i></td>',
  ' </tr>',
  '</table>',
  '',
  'CHỈ THỊ',
  '',
  '1. Các sở, ngành tăng cường kiểm soát người ra, vào tỉnh &amp; xét nghiệm người về từ vùng dịch.',
].join('\n');

describe('HTML fragments', () => {
  it('lays out a pasted header table as the lines it prints, and decodes entities', () => {
    expect(clean(PAGE).text).toBe(
      [
        'Chỉ thị 09/CT-UBND năm 2021 về phòng, chống dịch COVID-19',
        '',
        'ỦY BAN NHÂN DÂN',
        'TỈNH HÀ NAM',
        '',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        '',
        'Số: 09/CT-UBND',
        'Hà Nam, ngày 05 tháng 8 năm 2021',
        '',
        'CHỈ THỊ',
        '',
        '1. Các sở, ngành tăng cường kiểm soát người ra, vào tỉnh & xét nghiệm người về từ vùng dịch.',
      ].join('\n'),
    );
  });

  it("writes a data table's rows as lines of cells between pipes, so each figure stays beside its label", () => {
    const table = [
      '<p>Chỉ tiêu của các huyện như sau:</p>',
      '<table border="1"><tr><th>TT</th><th>Đơn vị</th><th>Số mũi tiêm/ngày</th></tr>',
      '<tr><td>1</td><td>Huyện <b>Kim Bảng</b></td><td>1.500</td></tr>',
      '<tr><td>2</td><td>Huyện Lý Nhân</td><td>2.000</td></tr></table>',
    ].join('\n');
    expect(unwrapHtmlFragments(table).trim().split('\n')).toEqual([
      'Chỉ tiêu của các huyện như sau:',
      '| TT | Đơn vị | Số mũi tiêm/ngày |',
      '| 1 | Huyện Kim Bảng | 1.500 |',
      '| 2 | Huyện Lý Nhân | 2.000 |',
    ]);
  });

  it('leaves a whole page saved as HTML, and a text without markup, as they are', () => {
    const page = '<html><head><title>Tin tức</title></head><body><p>Phòng, chống dịch</p></body></html>';
    expect(hasHtmlFragment(page)).toBe(false);
    expect(unwrapHtmlFragments(page)).toBe(page);
    expect(unwrapHtmlFragments('Giá 5 < 7 và 8 > 6.')).toBe('Giá 5 < 7 và 8 > 6.');
  });

  it("decodes the entities of text copied from a page's source without its tags, not a lone ampersand", () => {
    expect(unwrapHtmlFragments('Số:&nbsp;3021/UBND-KGVX\n1. Trường học &amp; bệnh viện; thực hiện &quot;5K&quot;.')).toBe('Số:\u00a03021/UBND-KGVX\n1. Trường học & bệnh viện; thực hiện "5K".');
    expect(unwrapHtmlFragments('Công ty A&B và R&D.')).toBe('Công ty A&B và R&D.');
  });
});
