import { stripPortalBoilerplate, findFooterStart } from './portal';

const article = [
  'UBND tỉnh Nghệ An yêu cầu tăng cường phòng, chống dịch',
  '',
  '15/08/2021 09:12',
  '',
  'Ngày 14/8, UBND tỉnh Nghệ An ban hành Công văn số 5812/UBND-VX yêu cầu các huyện tăng cường phòng, chống dịch COVID-19.',
  '',
  '1. Các huyện kiểm soát chặt chẽ người về từ vùng dịch.',
  '',
  'Nguồn: Báo Nghệ An',
  '',
  'Tin liên quan',
  'Nghệ An ghi nhận thêm 12 ca mắc mới',
  'Lượt truy cập: 1.234.567',
  'Bản quyền thuộc Cổng thông tin điện tử tỉnh Nghệ An',
  'Địa chỉ: 16 Trường Thi, TP Vinh',
];

describe('stripPortalBoilerplate', () => {
  it('cuts the footer of another portal and the byline by generic vocabulary', () => {
    const out = stripPortalBoilerplate(article.join('\n'), { article: true });
    expect(out.trim().split('\n').pop()).toBe('1. Các huyện kiểm soát chặt chẽ người về từ vùng dịch.');
    expect(out).not.toContain('Tin liên quan');
    expect(out).not.toContain('Nguồn');
  });

  it('keeps the byline-like last line of a text that is not a portal article', () => {
    const text = 'Nội dung chỉ đạo.\nTheo Báo Nghệ An';
    expect(stripPortalBoilerplate(text, { article: false })).toBe(text);
  });

  it('does not cut at a lone navigation word inside a directive', () => {
    const lines = ['1. Cập nhật bản đồ dịch hằng ngày.', 'Bản đồ', '2. Chia sẻ dữ liệu giữa các sở.'];
    expect(findFooterStart(lines)).toBe(-1);
  });

  it('drops hit counters and copyright lines wherever they are', () => {
    const text = 'Nội dung.\nHôm nay: 10732\n© Cổng thông tin điện tử tỉnh';
    expect(stripPortalBoilerplate(text, { article: false })).toBe('Nội dung.');
  });

  it("drops a post's reader counts and a photo's caption wherever they are, keeping a sentence that names them", () => {
    const text = [
      'Tạm dừng hoạt động karaoke từ 12 giờ ngày 16/8/2021.',
      'Ảnh: Người dân giữ khoảng cách 2m khi xếp hàng mua hàng tại chợ.',
      '[Ảnh minh họa]',
      '(Ảnh: Huyền Trang)',
      '5.612 lượt xem',
      '👁 5.612 lượt xem · 87 lượt chia sẻ',
      'Chia sẻ: 87',
      'Không tụ tập quá 10 người.',
      'Cơ quan báo chí đăng tải, chia sẻ thông tin chính thống về dịch bệnh.',
      '[Ảnh: Cử tri phường Tân Thịnh, thành phố',
    ].join('\n');
    expect(stripPortalBoilerplate(text, { article: false }).split('\n')).toEqual([
      'Tạm dừng hoạt động karaoke từ 12 giờ ngày 16/8/2021.',
      'Không tụ tập quá 10 người.',
      'Cơ quan báo chí đăng tải, chia sẻ thông tin chính thống về dịch bệnh.',
      // A caption the line breaks cut is left to the rules that read captions.
      '[Ảnh: Cử tri phường Tân Thịnh, thành phố',
    ]);
  });
});

describe('a box of links inside an article', () => {
  it('is dropped with its heading, and the article after it is kept', () => {
    const text = [
      'Chiều 15/8/2021, UBND tỉnh Quảng Trị ban hành Công văn số 3456/UBND-VX về việc tăng cường phòng, chống dịch COVID-19.',
      'Xem thêm:',
      '- Đông Hà xét nghiệm toàn dân',
      '- Gio Linh lập chốt kiểm soát',
      'Theo đó, tạm dừng hoạt động karaoke từ 12 giờ ngày 16/8/2021. Không tụ tập quá 10 người.',
      'UBND tỉnh yêu cầu người dân đeo khẩu trang khi ra khỏi nhà.',
      'Các huyện thực hiện các nội dung sau:',
      '- Tạm dừng hoạt động chợ đêm',
      'Đọc thêm:',
    ].join('\n');
    expect(stripPortalBoilerplate(text, { article: true }).split('\n')).toEqual([
      'Chiều 15/8/2021, UBND tỉnh Quảng Trị ban hành Công văn số 3456/UBND-VX về việc tăng cường phòng, chống dịch COVID-19.',
      'Theo đó, tạm dừng hoạt động karaoke từ 12 giờ ngày 16/8/2021. Không tụ tập quá 10 người.',
      'UBND tỉnh yêu cầu người dân đeo khẩu trang khi ra khỏi nhà.',
      'Các huyện thực hiện các nội dung sau:',
      '- Tạm dừng hoạt động chợ đêm',
    ]);
  });
});

describe("a law library's list of related documents above the text", () => {
  it('is dropped, not read as documents the text cites', () => {
    const page = [
      '- 1Chỉ thị 15/CT-TTg năm 2020 về quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19 do Thủ tướng Chính phủ ban hành',
      '- 2Quyết định 2194/QĐ-BCĐQG năm 2020 về hướng dẫn phòng, chống dịch COVID-19 tại nơi làm việc do Ban Chỉ đạo Quốc gia ban hành',
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'Số: 08/CT-UBND | Phú Thọ, ngày 21 tháng 5 năm 2021 |',
      '1. Thực hiện nghiêm Chỉ thị 15/CT-TTg năm 2020 về phòng, chống dịch do Thủ tướng Chính phủ ban hành.',
    ].join('\n');
    expect(stripPortalBoilerplate(page, { article: false }).split('\n')).toEqual(page.split('\n').slice(2));
  });
});

describe('a related-news list at the end of an article', () => {
  it('is cut with its heading, however few lines follow', () => {
    const article = 'Tỉnh tạm dừng chợ đêm\n\n17/07/2021 08:42\n\nChủ tịch UBND tỉnh yêu cầu tạm dừng hoạt động các chợ đêm từ 0 giờ ngày 18/7/2021 cho đến khi có thông báo mới.\n\nTin liên quan:\n- Tỉnh thành lập thêm 2 bệnh viện dã chiến (12/07/2021)\n- Hướng dẫn khai báo y tế khi qua chốt (09/07/2021)';
    expect(stripPortalBoilerplate(article, { article: true })).not.toMatch(/Tin liên quan|bệnh viện dã chiến/);
  });
});

describe('a social network post', () => {
  const post = [
    'Báo tỉnh',
    '3 giờ · 🌏',
    'CÔNG ĐIỆN KHẨN CỦA CHỦ TỊCH UBND TỈNH',
    '1. Người dân ở yên tại nhà, chỉ ra ngoài khi thật cần thiết.',
    '2. Dừng các hoạt động không thiết yếu... Xem thêm',
    '',
    '👍❤️ 1,4K · 212 bình luận · 830 lượt chia sẻ',
    'Thích · Bình luận · Chia sẻ',
    'Lan Anh',
    'Chợ có được mở không ạ?',
    'Thích · Phản hồi · 2 giờ',
  ];

  it('ends at the reaction bar: what follows is readers\' comments', () => {
    expect(findFooterStart(post)).toBe(6);
    expect(stripPortalBoilerplate(post.join('\n'), { article: false })).not.toContain('Chợ có được mở');
  });

  it('does not take a line of the directive that names sharing for the bar', () => {
    expect(findFooterStart(['a', 'b', 'c', 'd', 'Chia sẻ kinh nghiệm · tổ chức tiêm chủng'])).toBe(-1);
  });
});
