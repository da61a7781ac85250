import { clean } from './index';
import { isMediaWiki, unwrapMediaWiki } from './mediawiki';

// A made-up plan transcribed on a wiki, copied from its edit box: an infobox, a letterhead table whose cells
// break with <br>, a numbered list with lettered points, a table of figures, footnotes and a category.
const SOURCE = [
  '<!-- chép từ bản giấy, chưa đối chiếu -->',
  '{{Thông tin văn bản',
  '| tên = Kế hoạch tiêm chủng vắc xin phòng COVID-19 đợt 5',
  '| trạng thái = còn hiệu lực',
  '}}',
  '{| style="width:100%; text-align:center"',
  '|-',
  "| '''ỦY BAN NHÂN DÂN<br>TỈNH NINH THUẬN''' || '''CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'''<br>'''Độc lập - Tự do - Hạnh phúc'''",
  '|-',
  '| Số: 88/KH-UBND || style="font-style:italic" | Ninh Thuận, ngày 14 tháng 9 năm 2021',
  '|}',
  '',
  "== '''KẾ HOẠCH''' ==",
  'Thực hiện [[Nghị quyết số 21/NQ-CP|Nghị quyết 21/NQ-CP]] của Chính phủ<ref name="nq">Nghị quyết số 21/NQ-CP ngày 26/02/2021 của Chính phủ về mua và sử dụng vắc xin.</ref> và hướng dẫn của [[Bộ Y tế]]<ref name="nq" />, Ủy ban nhân dân tỉnh yêu cầu:',
  '# Tiêm cho 100% người từ 18 tuổi trở lên trong tháng 9/2021.',
  '# [[Sở Y tế]]:',
  '## bảo đảm công suất {{nowrap|15.000 liều/ngày}};',
  '## trả kết quả xét nghiệm trong vòng 24 giờ.',
  '* Xem thêm: [https://example.vn/vb/88 bản gốc] [https://example.vn/pdf]',
  '{| class="wikitable"',
  '|+ Chỉ tiêu',
  '! Nội dung !! Chỉ tiêu',
  '|-',
  '| Số điểm tiêm cố định || 45 điểm',
  '|}',
  '',
  '== Chú thích ==',
  '{{Tham khảo}}',
  '[[Thể loại:Văn bản phòng, chống COVID-19]]',
  '__NOTOC__',
].join('\n');

describe('MediaWiki source', () => {
  it('is told from a text with a stray bracket or a bold word', () => {
    expect(isMediaWiki(SOURCE)).toBe(true);
    expect(isMediaWiki("Xem [[mục 2]] và '''lưu ý''' dưới đây.")).toBe(false);
    expect(isMediaWiki('Ghi chú: {{ten_don_vi}} sẽ được thay khi in.')).toBe(false);
  });

  it('reads as the page prints it: letterhead cells side by side, lists numbered, footnotes listed', () => {
    expect(unwrapMediaWiki(SOURCE).split('\n')).toEqual([
      'tên: Kế hoạch tiêm chủng vắc xin phòng COVID-19 đợt 5',
      'trạng thái: còn hiệu lực',
      '',
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'TỈNH NINH THUẬN | Độc lập - Tự do - Hạnh phúc |',
      'Số: 88/KH-UBND | Ninh Thuận, ngày 14 tháng 9 năm 2021 |',
      '',
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết 21/NQ-CP của Chính phủ[1] và hướng dẫn của Bộ Y tế[1], Ủy ban nhân dân tỉnh yêu cầu:',
      '1. Tiêm cho 100% người từ 18 tuổi trở lên trong tháng 9/2021.',
      '2. Sở Y tế:',
      'a) bảo đảm công suất 15.000 liều/ngày;',
      'b) trả kết quả xét nghiệm trong vòng 24 giờ.',
      '- Xem thêm: bản gốc',
      'Chỉ tiêu',
      'Nội dung | Chỉ tiêu |',
      'Số điểm tiêm cố định | 45 điểm |',
      '',
      'Chú thích',
      '1. Nghị quyết số 21/NQ-CP ngày 26/02/2021 của Chính phủ về mua và sử dụng vắc xin.',
    ]);
  });

  it('prints footnotes at the end when the page has no list for them', () => {
    const text = "== Nội dung ==\n'''Điều 1.''' Cách ly 14 ngày<ref>Theo [[Chỉ thị 16/CT-TTg]].</ref>.\n[[Thể loại:Văn bản]]";
    expect(unwrapMediaWiki(text)).toBe('Nội dung\nĐiều 1. Cách ly 14 ngày[1].\n\n1. Theo Chỉ thị 16/CT-TTg.');
  });

  it('leaves the cleaned text a directive the rest of the pipeline reads', () => {
    const { text } = clean(SOURCE);
    expect(text).toContain('Số: 88/KH-UBND');
    expect(text).toContain('1. Tiêm cho 100% người từ 18 tuổi trở lên trong tháng 9/2021.');
    expect(text).not.toMatch(/\[\[|'''|\{\{|<ref|__NOTOC__/u);
  });
});
