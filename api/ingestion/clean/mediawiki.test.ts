import { analyse } from '../analyse';
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
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH NINH THUẬN | Độc lập - Tự do - Hạnh phúc',
      'Số: 88/KH-UBND | Ninh Thuận, ngày 14 tháng 9 năm 2021',
      '',
      'KẾ HOẠCH',
      'Thực hiện Nghị quyết 21/NQ-CP của Chính phủ[1] và hướng dẫn của Bộ Y tế[1], Ủy ban nhân dân tỉnh yêu cầu:',
      '1. Tiêm cho 100% người từ 18 tuổi trở lên trong tháng 9/2021.',
      '2. Sở Y tế:',
      'a) bảo đảm công suất 15.000 liều/ngày;',
      'b) trả kết quả xét nghiệm trong vòng 24 giờ.',
      '- Xem thêm: bản gốc',
      'Chỉ tiêu',
      'Nội dung | Chỉ tiêu',
      'Số điểm tiêm cố định | 45 điểm',
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

  it("keeps a task table's columns, so its goal column gives targets and its present-state column does not", () => {
    const page = [
      '{| style="width:100%"',
      '|-',
      "| '''ỦY BAN NHÂN DÂN<br>TỈNH KON TUM''' || '''CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'''<br>'''Độc lập - Tự do - Hạnh phúc'''",
      '|-',
      "| Số: 301/KH-UBND || ''Kon Tum, ngày 02 tháng 10 năm 2021''",
      '|}',
      '== KẾ HOẠCH ==',
      "'''Triển khai các biện pháp phòng, chống dịch COVID-19 trong tháng 10/2021'''",
      '',
      'Ủy ban nhân dân tỉnh giao các sở, ngành thực hiện các nhiệm vụ sau:',
      '{| class="wikitable"',
      '! STT !! Nhiệm vụ !! Chỉ tiêu !! Hiện trạng (đến 30/9/2021) !! Cơ quan chủ trì',
      '|-',
      '| 1 || Tiêm đủ 02 mũi cho người từ 18 tuổi trở lên || tối thiểu 80% || 52,3% || [[Sở Y tế]]',
      '|-',
      '| 2 || Giường điều trị COVID-19 sẵn sàng || 500 giường || 320 giường || Sở Y tế',
      '|}',
      '[[Thể loại:Kế hoạch]]',
    ].join('\n');
    expect(unwrapMediaWiki(page).split('\n').slice(-3)).toEqual([
      'STT | Nhiệm vụ | Chỉ tiêu | Hiện trạng (đến 30/9/2021) | Cơ quan chủ trì',
      '1 | Tiêm đủ 02 mũi cho người từ 18 tuổi trở lên | tối thiểu 80% | 52,3% | Sở Y tế',
      '2 | Giường điều trị COVID-19 sẵn sàng | 500 giường | 320 giường | Sở Y tế',
    ]);
    const { metadata, facts } = analyse(Buffer.from(page));
    expect(metadata.number.value).toBe('301/KH-UBND');
    expect(facts.targets.map((t) => `${t.metric} ${t.value}`)).toEqual(['VACCINATION_COVERAGE 80', 'TREATMENT_BEDS 500']);
  });
});
