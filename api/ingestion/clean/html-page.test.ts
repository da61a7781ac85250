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
  it('is its article, without head, scripts, menu, related news, sidebar or footer', () => {
    expect(unwrapHtmlPage(PAGE).split('\n')).toEqual([
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

  it('is refused for what it shows when it holds no directive, and markup quoted in another container is no page', () => {
    const menuOnly = '<!DOCTYPE html><html><head><title>Trang chủ</title></head><body><nav><ul><li><a href="/">Trang chủ</a></li></ul></nav></body></html>';
    expect(unwrapHtmlPage(menuOnly)).toBe('Trang chủ\n');
    expect(() => analyse(menuOnly)).toThrow('no recognisable directive: the text never mentions the epidemic');
    const quoted = '{"title": "Tin tức", "body": "<html><body><p>Phòng, chống dịch</p></body></html>"}';
    expect(unwrapHtmlPage(quoted)).toBe(quoted);
    expect(clean('Văn bản: <html> là thẻ gốc của trang.').text).toBe('Văn bản: <html> là thẻ gốc của trang.');
  });
});
