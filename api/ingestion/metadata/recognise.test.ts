import fs from 'node:fs';
import path from 'node:path';
import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { extractMetadata } from './index';
import { assertDirective } from './recognise';
import { read } from '../reading';
import { IngestionError } from '../errors';

function check(source: string): void {
  const cleaned = clean(source);
  const clauses = segmentClauses(cleaned.text);
  const reading = read(cleaned, clauses);
  assertDirective(reading, extractMetadata(reading));
}

function failure(source: string): IngestionError {
  try {
    check(source);
  } catch (e) {
    if (e instanceof IngestionError) return e;
    throw e;
  }
  throw new Error('expected the text to be refused');
}

describe('assertDirective', () => {
  it('accepts every seed rendition', () => {
    const corpus = path.join(__dirname, '../../../seeds/corpus');
    for (const file of fs.readdirSync(corpus)) {
      expect(() => check(fs.readFileSync(path.join(corpus, file), 'utf8'))).not.toThrow();
    }
  });

  it('refuses a recipe: it never mentions the epidemic', () => {
    const recipe = 'Cách nấu phở bò\n\nNguyên liệu gồm xương bò, bánh phở, hành, gừng và quế.\n\n1. Ninh xương trong 6 giờ.\n2. Trụng bánh phở, xếp thịt và chan nước dùng.';
    const e = failure(recipe);
    expect(e.code).toBe('NOT_A_DIRECTIVE');
    expect(e.message).toBe(
      'no recognisable directive: the text never mentions the epidemic (COVID-19, phòng, chống dịch, xét nghiệm, cách ly...)',
    );
  });

  const letter = (subject: string, body: string, number = '1234/UBND-KGVX') =>
    `UỶ BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: ${number}\nV/v ${subject}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThái Nguyên, ngày 12 tháng 8 năm 2021\n\nKính gửi: Các sở, ban, ngành.\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A`;

  it('refuses a letter against another disease, and one whose only "dịch" is in services or trade', () => {
    const dengue = letter('tăng cường phòng, chống dịch sốt xuất huyết', 'Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ trì, phối hợp xử lý 100% ổ dịch sốt xuất huyết trong vòng 48 giờ; tăng cường phun hóa chất.');
    expect(failure(dengue).message).toBe('no recognisable directive: the text is about another disease (sốt xuất huyết) and names nothing only COVID-19 has');
    const services = letter('đẩy mạnh dịch vụ công trực tuyến', 'Chủ tịch UBND tỉnh yêu cầu các sở nâng tỷ lệ hồ sơ dịch vụ công trực tuyến đạt 50%; tăng cường giao dịch điện tử.');
    expect(failure(services).message).toBe('no recognisable directive: the text never mentions the epidemic (COVID-19, phòng, chống dịch, xét nghiệm, cách ly...)');
    // Both epidemics in one letter: it is COVID-19's too. An early 2020 letter names the virus the old way.
    expect(() => check(letter('tăng cường phòng, chống dịch COVID-19 và sốt xuất huyết', 'Chủ tịch UBND tỉnh yêu cầu Sở Y tế chủ trì, phối hợp xử lý ổ dịch sốt xuất huyết.'))).not.toThrow();
    expect(() => check(letter('phòng, chống bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona', 'Chủ tịch UBND tỉnh yêu cầu các cơ quan phát hiện sớm người nghi nhiễm nCoV.'))).not.toThrow();
  });

  it('accepts a lockdown lifted or set that names nothing else of the epidemic', () => {
    const decision = (subject: string, body: string) => letter(subject, body, '2145/QĐ-UBND');
    expect(() =>
      check(decision('gỡ bỏ phong tỏa tạm thời thôn 2, xã Xuân Lĩnh', 'Điều 1. Gỡ bỏ phong tỏa tạm thời đối với thôn 2, xã Xuân Lĩnh kể từ 15 giờ 00 ngày 06/12/2021.\nĐiều 2. UBND xã Xuân Lĩnh giải thể các chốt kiểm soát; yêu cầu người dân tiếp tục thực hiện nghiêm các quy định.')),
    ).not.toThrow();
    expect(() => check(decision('phong tỏa tạm thời tổ dân phố 5', 'Điều 1. Phong tỏa tạm thời tổ dân phố 5, phường Trần Phú.\nĐiều 2. Yêu cầu người dân trong vùng phong tỏa không ra khỏi nhà; giao Công an phường chủ trì.'))).not.toThrow();
  });

  it('accepts a letter carrying out a support package of the epidemic that it names by number only', () => {
    const body = 'Sở Lao động - Thương binh và Xã hội đề nghị UBND các huyện triển khai hỗ trợ 1.000.000 đồng/người cho người lao động ngừng việc theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ; tăng cường kiểm tra việc chi trả.';
    expect(() => check(letter('triển khai Nghị quyết số 68/NQ-CP và Quyết định số 23/2021/QĐ-TTg', body))).not.toThrow();
  });

  it('refuses a report numbered as one ("245/BC-UBND") that no title makes a directive', () => {
    const report = letter('báo cáo kết quả phòng, chống dịch COVID-19', 'UBND huyện báo cáo kết quả: đã tổ chức xét nghiệm cho 18.500 người; đề nghị tỉnh hỗ trợ 10.000 kit test.', '245/BC-UBND');
    expect(failure(report.replace('Kính gửi: Các sở, ban, ngành.\n\n', 'BÁO CÁO\n\n')).message).toBe(
      'no recognisable directive: its own number (245/BC-UBND) marks a document that is no directive (report), and no title makes it one',
    );
    expect(() => check(letter('phòng, chống dịch COVID-19', 'Chủ tịch UBND tỉnh yêu cầu các huyện tăng cường xét nghiệm, truy vết.'))).not.toThrow();
  });

  it("refuses a health centre's bulletin of cases and a hospital's tender notice by their titles", () => {
    const bulletin = 'SỞ Y TẾ TỈNH BÌNH THUẬN\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\nBẢN TIN TÌNH HÌNH DỊCH COVID-19\n(Cập nhật đến 17 giờ ngày 20/8/2021)\n\nTrong 24 giờ qua, tỉnh ghi nhận thêm 42 ca mắc mới; ngành y tế đang phối hợp triển khai truy vết.';
    expect(failure(bulletin).message).toBe("no recognisable directive: its title (BẢN TIN TÌNH HÌNH DỊCH COVID-19) is a bulletin's, a tender's or a recruitment's, not a directive's");
    const tender = 'SỞ Y TẾ TỈNH HÀ TĨNH\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 301/TBMT-BV\n\nTHÔNG BÁO MỜI THẦU\nGói thầu: Mua sắm sinh phẩm xét nghiệm SARS-CoV-2.\nĐề nghị các nhà thầu nộp hồ sơ trước ngày 20/8/2021.';
    expect(failure(tender).message).toMatch(/its title \(THÔNG BÁO MỜI THẦU\)/u);
  });

  it('refuses a news story about the epidemic that gives no instructions and has no issuer or number', () => {
    const story = 'Sáng nay, nhiều người dân đi tiêm vắc xin COVID-19 tại nhà văn hóa. Chị Lan cho biết chị rất vui vì đã được tiêm mũi 2. Các y bác sĩ làm việc vất vả dưới trời nắng.';
    expect(failure(story).message).toBe(
      'no recognisable directive: no issuing body (Tỉnh ủy, UBND, Ban Chỉ đạo...), no document kind or number, and no instructions (0 numbered clauses, 0 instruction verbs)',
    );
  });

  it("refuses a page's markup that a text carries after words of its own (a page saved whole is read for its article)", () => {
    const html = 'Mã nguồn trang:\n<html><head><title>Tin tức</title></head><body><div class="menu"><a href="/">Trang chủ</a></div><p>Phòng, chống dịch COVID-19</p></body></html>';
    expect(failure(html)).toMatchObject({
      code: 'NOT_A_DIRECTIVE',
      message: "no recognisable directive: the file is HTML markup (14 tags), not a directive's text",
    });
  });

  it('refuses an employer\'s notice laid out like a directive', () => {
    const notice = 'CÔNG TY CỔ PHẦN THỦY SẢN MINH AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-MA\nV/v phòng, chống dịch COVID-19\n\n1. Toàn thể công nhân viên thực hiện xét nghiệm COVID-19 định kỳ 7 ngày/lần.\n2. Các phân xưởng bố trí làm việc theo ca, yêu cầu đeo khẩu trang.';
    expect(failure(notice).message).toBe('no recognisable directive: the letterhead names a private body (CÔNG TY CỔ PHẦN THỦY SẢN MINH AN), not a public body');
  });

  it("accepts a news headline in sentence case that opens with a company over a lead naming a public issuer", () => {
    const news = 'Công ty không bảo đảm "3 tại chỗ" phải dừng hoạt động\n\n(Baobinhduong.vn) - Chiều 14/7, UBND tỉnh Bình Dương ban hành Công văn số 3310/UBND-VX về tăng cường phòng, chống dịch COVID-19 tại các khu công nghiệp. Theo đó, doanh nghiệp không bảo đảm điều kiện phải tạm dừng hoạt động.';
    expect(() => check(news)).not.toThrow();
    // Without the public issuer, the company's name opening the text is its own letterhead.
    expect(failure('Công ty TNHH May Phú Thịnh\nSố: 12/TB\n\n1. Công nhân xét nghiệm COVID-19 định kỳ 7 ngày/lần.\n2. Yêu cầu đeo khẩu trang.').message).toBe(
      'no recognisable directive: the letterhead names a private body (Công ty TNHH May Phú Thịnh), not a public body',
    );
  });

  it('refuses a trade association\'s petition to the authorities, however official its layout', () => {
    const petition = 'HIỆP HỘI DU LỊCH TỈNH NINH BÌNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 21/CV-HHDL\nV/v kiến nghị hỗ trợ doanh nghiệp du lịch do dịch COVID-19\n\nKính gửi: Ủy ban nhân dân tỉnh.\n\n1. Đề nghị UBND tỉnh cho phép các khu du lịch đón khách nội tỉnh với không quá 50% công suất.\n2. Đề nghị giãn thời hạn nộp thuế cho doanh nghiệp lữ hành.';
    expect(failure(petition).message).toBe('no recognisable directive: the letterhead names a private body (HIỆP HỘI DU LỊCH TỈNH NINH BÌNH), not a public body');
  });

  it('refuses a company newsletter whose own title comes before the company', () => {
    const newsletter = 'BẢN TIN KHÁCH HÀNG\nTỔNG CÔNG TY LỮ HÀNH SÔNG HÀN\nSố: 08/2021/BT-SH\nĐà Nẵng, ngày 02 tháng 8 năm 2021\n\nTHÔNG BÁO\nVề việc tạm dừng các chuyến tham quan do dịch COVID-19\n\n1. Tạm dừng các tour tham quan bán đảo từ ngày 03/8/2021.\n2. Nhân viên thực hiện nghiêm 5K, xét nghiệm định kỳ 7 ngày/lần.';
    expect(failure(newsletter).message).toBe('no recognisable directive: the letterhead names a private body (TỔNG CÔNG TY LỮ HÀNH SÔNG HÀN), not a public body');
  });

  it("refuses an apartment building's board notice to its residents, however official its layout", () => {
    const board = 'BAN QUẢN TRỊ NHÀ CHUNG CƯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTÒA NHÀ SÔNG ĐÀ TOWER\nSố: 05/2021/TB-BQT\nHà Nội, ngày 20 tháng 7 năm 2021\n\nTHÔNG BÁO\nV/v phòng, chống dịch COVID-19\n\n1. Tạm dừng bể bơi, phòng tập từ ngày 21/7/2021.\n2. Mỗi lượt thang máy không quá 04 người; cư dân đeo khẩu trang tại sảnh.';
    expect(failure(board).message).toBe('no recognisable directive: the letterhead names a private body (BAN QUẢN TRỊ NHÀ CHUNG CƯ), not a public body');
    const unnamed = 'TÒA NHÀ SÔNG ĐÀ TOWER\nSố: 06/2021/TB\nHà Nội, ngày 22 tháng 7 năm 2021\n\nTHÔNG BÁO\nV/v phòng, chống dịch COVID-19\n\nKính gửi: Quý cư dân tòa nhà.\n\n1. Tạm dừng bể bơi, phòng tập từ ngày 23/7/2021.\n2. Yêu cầu cư dân đeo khẩu trang tại sảnh.';
    expect(failure(unnamed).message).toBe("no recognisable directive: no public issuer, and the text is addressed to customers or residents (Quý cư dân tòa nhà), as a business or a building's board writes");
  });

  it("refuses a parish's notice to its parishioners, though it retells the authorities' rules", () => {
    const parish = 'GIÁO PHẬN PHÚ CƯỜNG\nGIÁO XỨ THÁNH AN TÂM\nSố: 08/TB-GX\nTân Phú, ngày 20 tháng 7 năm 2021\n\nTHÔNG BÁO\nV/v sinh hoạt mục vụ trong thời gian giãn cách\n\nCăn cứ Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về phòng, chống dịch COVID-19:\n1. Tạm ngưng các Thánh lễ có giáo dân tham dự.\n2. Nghi thức an táng không quá 10 người, đeo khẩu trang.';
    expect(failure(parish).message).toBe('no recognisable directive: the letterhead names a private body (GIÁO PHẬN PHÚ CƯỜNG), not a public body');
  });

  it("refuses a clan council's or a pagoda's notice to its members under a site's title, however official its layout", () => {
    const clan = 'Trang thông tin họ Trần Xuân xã Hải Long\nTrang chủ | Tin họ | Liên hệ\n\nHỘI ĐỒNG GIA TỘC              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỌ TRẦN XUÂN                  Độc lập - Tự do - Hạnh phúc\nSố: 02/TB-HĐGT\nHải Long, ngày 10 tháng 8 năm 2021\n\nTHÔNG BÁO\nV/v hoãn lễ giỗ Tổ do dịch COVID-19\n\nCăn cứ Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ:\n1. Hoãn lễ giỗ Tổ; dâng hương không quá 05 người.\n2. Con cháu ở xa không về quê, đeo khẩu trang khi ra ngoài.';
    expect(failure(clan).message).toBe('no recognisable directive: the letterhead names a private body (HỘI ĐỒNG GIA TỘC), not a public body');
    const pagoda = 'GIÁO HỘI PHẬT GIÁO VIỆT NAM\nBAN TRỊ SỰ PHẬT GIÁO HUYỆN KIM SƠN\nSố: 11/TB-BTS\nKim Sơn, ngày 02 tháng 8 năm 2021\n\nTHÔNG BÁO\nV/v tạm dừng các khóa tu do dịch COVID-19\n\n1. Các chùa tạm dừng khóa tu, lễ hội; không tập trung quá 10 người.\n2. Phật tử tụng kinh tại gia, thực hiện 5K.';
    expect(failure(pagoda).message).toBe('no recognisable directive: the letterhead names a private body (GIÁO HỘI PHẬT GIÁO VIỆT NAM), not a public body');
  });

  it('refuses a notice addressed to customers under a brand, with no public issuer', () => {
    const notice = 'SÔNG HÀN TRAVEL\nSố: 09/2021/TB-SH\nĐà Nẵng, ngày 05 tháng 8 năm 2021\n\nTHÔNG BÁO\nVề việc hoàn tiền các tour do dịch COVID-19\n\nKính gửi: Quý khách hàng và đối tác.\n\n1. Thực hiện yêu cầu phòng, chống dịch, tạm dừng các tour từ ngày 06/8/2021.\n2. Quý khách đã đặt tour được hoàn tiền hoặc bảo lưu trong 12 tháng.';
    expect(failure(notice).message).toBe("no recognisable directive: no public issuer, and the text is addressed to customers or residents (Quý khách hàng và đối tác), as a business or a building's board writes");
  });

  it('refuses a court\'s judgment about an isolation breach, but not a directive that names courts among its addressees', () => {
    const judgment = [
      'TÒA ÁN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN TÂN UYÊN                  Độc lập - Tự do - Hạnh phúc',
      'Bản án số: 31/2021/HS-ST',
      '',
      'NHÂN DANH',
      'NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '',
      'Ngày 14/10/2021, bị cáo tự ý rời nơi cách ly COVID-19; Ủy ban nhân dân xã đã yêu cầu bị cáo chấp hành, chỉ đạo tổ COVID cộng đồng giám sát.',
      'QUYẾT ĐỊNH: Xử phạt bị cáo 18 tháng tù.',
    ].join('\n');
    expect(failure(judgment).message).toBe("no recognisable directive: the text is a court's or a prosecutor's (TÒA ÁN NHÂN DÂN), not a directive");
    const letter =
      'UBND TỈNH BÌNH DƯƠNG\nSố: 510/UBND-NC\nV/v xử lý vi phạm phòng, chống dịch COVID-19\n\nKính gửi: Tòa án nhân dân tỉnh; Viện kiểm sát nhân dân tỉnh.\n\nỦy ban nhân dân tỉnh đề nghị đưa ra xét xử nhanh các vụ vi phạm cách ly, yêu cầu Công an tỉnh phối hợp.';
    expect(() => check(letter)).not.toThrow();
  });

  it('accepts a portal article whose title, under the site\'s name, reports on a company', () => {
    const article = 'Tin tức - Sự kiện\nCông ty may Hòa Bình phải tạm dừng hoạt động do vi phạm phòng, chống dịch\n\nNgày 12/8/2021, lực lượng chức năng yêu cầu Công ty may Hòa Bình tạm dừng hoạt động 14 ngày, triển khai xét nghiệm COVID-19 cho toàn bộ công nhân.';
    expect(() => check(article)).not.toThrow();
  });

  it('accepts a public body\'s letter to businesses and cooperatives', () => {
    const letter = 'UBND TỈNH QUẢNG NAM\nSố: 410/UBND-KTN\nV/v phòng, chống dịch COVID-19 tại doanh nghiệp\n\nKính gửi: Các doanh nghiệp, hợp tác xã trên địa bàn tỉnh.\n\nỦy ban nhân dân tỉnh yêu cầu các doanh nghiệp tổ chức xét nghiệm COVID-19 định kỳ cho người lao động, báo cáo kết quả trước ngày 10/8/2021.';
    expect(() => check(letter)).not.toThrow();
  });

  it('accepts a short unnumbered letter that has a number, an issuer and the epidemic as subject', () => {
    const letter = 'UBND TỈNH PHÚ YÊN\nSố: 300/UBND-KGVX\nV/v xét nghiệm COVID-19\n\nKính gửi: Sở Y tế.\n\nỦy ban nhân dân tỉnh giao Sở Y tế khẩn trương tổ chức xét nghiệm COVID-19 cho người về từ vùng dịch, báo cáo kết quả trước ngày 10/8/2021.';
    expect(() => check(letter)).not.toThrow();
  });
});

  it('accepts an excerpt cut from a news story that orders closures and caps without naming its issuer', () => {
    const excerpt =
      'Theo đó, huyện tiếp tục tạm dừng các lễ hội, sự kiện tập trung trên 30 người; không tụ tập từ 5 người trở lên nơi công cộng; đóng cửa quán bar, phòng gym.\nĐám cưới, đám tang không tập trung quá 15 người; người dân phải đeo khẩu trang khi ra khỏi nhà để phòng, chống dịch COVID-19.';
    expect(() => check(excerpt)).not.toThrow();
  });

describe('assertDirective on texts that are not directives', () => {
  it('refuses a recipe with numbered steps that mentions the lockdown in passing', () => {
    const recipe = 'Món ngon ngày giãn cách\n\nNguyên liệu gồm gạo nếp, đậu xanh và dừa nạo.\n\n1. Ngâm gạo nếp qua đêm.\n2. Hấp chín, trộn với đậu xanh.\n3. Rắc dừa nạo và dùng nóng.';
    expect(failure(recipe).message).toBe(
      'no recognisable directive: no issuing body (Tỉnh ủy, UBND, Ban Chỉ đạo...), no document kind or number, and no instructions (3 numbered clauses, 0 instruction verbs)',
    );
  });

  it('refuses a text in another language', () => {
    const english = 'The provincial authorities asked residents to wear masks and keep their distance. COVID-19 testing will be offered at district health centres for all workers, and vaccination continues at schools and community halls every weekend.';
    expect(failure(english).message).toMatch(/^no recognisable directive: the text is not Vietnamese \(\d+% of its \d+ words are Vietnamese syllables\)$/);
  });
});
