import { clean } from './index';
import { unwrapHtmlPage } from './html-page';
import { analyse } from '../analyse';

// A made-up portal page saved whole from a browser: scripts, a menu, the article, related news, a sidebar, a footer.
const PAGE = `<!DOCTYPE html>
<!-- saved from url=(0061)https://example.gov.vn/tin-tuc/tam-dung-karaoke-tu-12-gio.html -->
<html lang="vi"><head><meta charset="utf-8"><title>Tạm dừng karaoke từ 12 giờ ngày 10/8 - Cổng TTĐT tỉnh Phú Thọ</title>
<script>var tracker = "<p>Không phải văn bản</p>";</script><style>.menu { color: red }</style></head>
<body><header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/van-ban">Văn bản chỉ đạo</a></li></ul></nav></header>
<main><article class="news-detail"><h1>Tạm dừng karaoke từ 12 giờ ngày 10/8</h1><div class="content">
<p><strong>(Cổng TTĐT) - Ngày 9/8/2021, UBND tỉnh Phú Thọ ban hành Công văn số 3318/UBND-KGVX về việc tăng cường các biện pháp phòng, chống dịch COVID-19.</strong></p>
<p>Theo đó, UBND tỉnh yêu cầu tạm dừng hoạt động các cơ sở karaoke, vũ trường, quán bar từ 12 giờ ngày 10/8/2021; không tổ chức các hoạt động tập trung trên 20 người ngoài phạm vi công sở.</p>
<p>Người dân thực hiện nghiêm thông điệp 5K; người về từ vùng dịch phải khai báo y tế trong vòng 24 giờ.</p>
</div></article>
<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/1">Tăng cường xét nghiệm cho 100% công nhân</a></li><li><a href="/2">Hội nghị trực tuyến về phòng dịch</a></li></ul></div></main>
<aside><h3>Văn bản mới</h3><ul><li><a href="/vb/1">Quyết định 12/QĐ-UBND về tuyển dụng viên chức</a></li></ul></aside>
<footer><p>Cơ quan chủ quản: UBND tỉnh Phú Thọ. Điện thoại: 0210.3846.123.</p></footer></body></html>`;

describe('a page saved whole from a browser', () => {
  it('is its headline and article, without head, scripts, menu, related news, sidebar or footer', () => {
    expect(unwrapHtmlPage(PAGE).split('\n')).toEqual([
      'Tạm dừng karaoke từ 12 giờ ngày 10/8',
      '',
      '(Cổng TTĐT) - Ngày 9/8/2021, UBND tỉnh Phú Thọ ban hành Công văn số 3318/UBND-KGVX về việc tăng cường các biện pháp phòng, chống dịch COVID-19.',
      'Theo đó, UBND tỉnh yêu cầu tạm dừng hoạt động các cơ sở karaoke, vũ trường, quán bar từ 12 giờ ngày 10/8/2021; không tổ chức các hoạt động tập trung trên 20 người ngoài phạm vi công sở.',
      'Người dân thực hiện nghiêm thông điệp 5K; người về từ vùng dịch phải khai báo y tế trong vòng 24 giờ.',
      '',
    ]);
  });

  it('gives the directive the article reports, and its orders, where the page was refused as markup', () => {
    const analysis = analyse(PAGE);
    expect([analysis.metadata.number.value, analysis.metadata.kind.value, analysis.metadata.province.value?.code]).toEqual(['3318/UBND-KGVX', 'CONG_VAN', 'VN-68']);
    expect(analysis.facts.targets.map((t) => `${t.metric} ${t.value}`)).toEqual(['GATHERING_SIZE 20', 'OTHER 24']);
    expect(analysis.facts.references).toEqual([]);
  });

  it("opens on the headline, where a news page's headline alone names the document, and not above a letterhead or a repeat", () => {
    const news = (headline: string, article: string) =>
      `<!DOCTYPE html><html><head><title>${headline} | Báo Nghệ An</title></head><body><nav><a href="/">Trang chủ</a></nav><main><article><h1>${headline}</h1><div class="content">${article}</div></article></main><footer><p>Báo Nghệ An</p></footer></body></html>`;
    const lead = [
      '<p>Chủ tịch UBND tỉnh vừa ký văn bản yêu cầu các sở, ngành, địa phương triển khai ngay các biện pháp cấp bách phòng, chống dịch COVID-19.</p>',
      '<p>Theo đó, các huyện, thành phố, thị xã tạm dừng các hoạt động không thiết yếu từ 0 giờ ngày 14/8/2021; không tập trung quá 10 người ngoài phạm vi công sở, trường học, bệnh viện.</p>',
      '<p>Sở Y tế tổ chức xét nghiệm cho 100% người về từ vùng dịch; người dân thực hiện nghiêm thông điệp 5K.</p>',
    ].join('');
    const page = news('Nghệ An ban hành Công văn 4102/UBND-KT về tăng cường phòng, chống dịch COVID-19', lead);
    expect(unwrapHtmlPage(page).split('\n').slice(0, 3)).toEqual([
      'Nghệ An ban hành Công văn 4102/UBND-KT về tăng cường phòng, chống dịch COVID-19',
      '',
      'Chủ tịch UBND tỉnh vừa ký văn bản yêu cầu các sở, ngành, địa phương triển khai ngay các biện pháp cấp bách phòng, chống dịch COVID-19.',
    ]);
    const { metadata } = analyse(page);
    expect([metadata.number.value, metadata.kind.value, metadata.province.value?.code, metadata.issuer.value?.name]).toEqual(['4102/UBND-KT', 'CONG_VAN', 'VN-22', 'Ủy ban nhân dân tỉnh Nghệ An']);
    // An article that opens on a letter's letterhead, or already says its headline, is not given it again.
    const letter = '<p>ỦY BAN NHÂN DÂN</p><p>TỈNH NGHỆ AN</p><p>Số: 4102/UBND-KT</p>' + lead;
    expect(unwrapHtmlPage(news('Văn bản chỉ đạo phòng, chống dịch', letter)).split('\n')[0]).toBe('ỦY BAN NHÂN DÂN');
    const repeated = `<p>Nghệ An ban hành Công văn 4102/UBND-KT về tăng cường phòng, chống dịch COVID-19.</p>${lead}`;
    expect(unwrapHtmlPage(news('Nghệ An ban hành Công văn 4102/UBND-KT về tăng cường phòng, chống dịch COVID-19', repeated)).split('\n')[0]).toBe(
      'Nghệ An ban hành Công văn 4102/UBND-KT về tăng cường phòng, chống dịch COVID-19.',
    );
  });

  it('is refused for what it shows when it holds no directive, and markup quoted in another container is no page', () => {
    const menuOnly = '<!DOCTYPE html><html><head><title>Trang chủ</title></head><body><nav><ul><li><a href="/">Trang chủ</a></li></ul></nav></body></html>';
    expect(unwrapHtmlPage(menuOnly)).toBe('Trang chủ\n');
    expect(() => analyse(menuOnly)).toThrow('no recognisable directive: the text never mentions the epidemic');
    const quoted = '{"title": "Tin tức", "body": "<html><body><p>Phòng, chống dịch</p></body></html>"}';
    expect(unwrapHtmlPage(quoted)).toBe(quoted);
    expect(clean('Văn bản: <html> là thẻ gốc của trang.').text).toBe('Văn bản: <html> là thẻ gốc của trang.');
  });
});
