import { clean } from '../../clean';
import { segmentClauses } from '../../segment/clauses';
import type { DocumentKind } from '../../../domain/directive';
import type { Measure } from '../../../domain/facts';
import { extractFacts } from '../index';

// Made-up texts, one shape each: what is an instruction and what only reports, defines, heads a section or
// closes the text.

function measures(lines: string[], kind: DocumentKind | null = null): Measure[] {
  const cleaned = clean(lines.join('\n'));
  return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, kind }).measures;
}
const quotes = (ms: Measure[]) => ms.map((m) => m.citation.quote);

const HEADER = ['ỦY BAN NHÂN DÂN TỈNH', 'Số: 99/UBND-VX', 'V/v phòng, chống dịch COVID-19', 'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương thực hiện các nội dung sau:'];

describe('reports and definitions', () => {
  it('leaves out what was done, keeps an order about people who were vaccinated', () => {
    const ms = measures([
      ...HEADER,
      '1. Các lực lượng đã truy vết được 120 trường hợp F1; đã lấy 2.000 mẫu xét nghiệm.',
      '2. F1 đã tiêm đủ liều vắc xin cách ly tại nhà 07 ngày.',
      '3. Tính đến ngày 20/9/2021, toàn tỉnh đã tiêm 300.000 mũi vắc xin; tỷ lệ tiêm mũi 1 đạt 60%.',
      '4. Công dân đã tiêm đủ 02 liều vắc xin cách ly tại nhà 07 ngày.',
      // A verb right after the reported one is its object, reported with it.
      '5. Lực lượng chức năng đã tổ chức xét nghiệm cho 3.200 lái xe; các huyện đã triển khai tiêm vắc xin cho người dân.',
    ]);
    expect(quotes(ms)).toEqual(['F1 đã tiêm đủ liều vắc xin cách ly tại nhà 07 ngày.', 'Công dân đã tiêm đủ 02 liều vắc xin cách ly tại nhà 07 ngày.']);
    expect(ms[0].category).toBe('QUARANTINE_ISOLATION');
  });

  it('leaves out a statistic given under its label, keeps an order given under a label', () => {
    const ms = measures([
      ...HEADER,
      '1. Số người đang cách ly tập trung: 1.840 người.',
      '2. Kết quả tiêm chủng: mũi 1 đạt 97%, mũi 2 đạt 81%.',
      '3. Kết quả tiêm chủng: Trung tâm Y tế các huyện cập nhật lên hệ thống trước 17 giờ hằng ngày.',
    ]);
    expect(quotes(ms)).toEqual(['Kết quả tiêm chủng: Trung tâm Y tế các huyện cập nhật lên hệ thống trước 17 giờ hằng ngày.']);
  });

  it('keeps an order about people named by grade or age before what they had done, leaves out a count they reached', () => {
    const ms = measures([
      ...HEADER,
      '1. Học sinh từ lớp 8 đến lớp 12 đã tiêm đủ 02 mũi vắc xin đi học trực tiếp.',
      '2. Trẻ từ 12 đến 17 tuổi đã tiêm đủ 02 mũi được học trực tiếp tại trường.',
      '3. Học sinh toàn huyện đã tiêm 40.000 mũi vắc xin.',
    ]);
    expect(quotes(ms)).toEqual(['Học sinh từ lớp 8 đến lớp 12 đã tiêm đủ 02 mũi vắc xin đi học trực tiếp.', 'Trẻ từ 12 đến 17 tuổi đã tiêm đủ 02 mũi được học trực tiếp tại trường.']);
  });

  it("leaves out a news lead's report and a report of figures, keeps an order they frame", () => {
    const ms = measures([
      ...HEADER,
      '1. Tối 12/7, Ban Chỉ đạo tỉnh đã họp khẩn để triển khai các biện pháp cấp bách.',
      '2. Theo báo cáo tại cuộc họp, từ ngày 01/7 đến nay đã có 820 người từ vùng dịch về địa bàn.',
      '3. Theo báo cáo của Sở Y tế, tỷ lệ tiêm còn thấp, đề nghị các huyện đẩy nhanh tiến độ tiêm.',
      '4. Tối nay, người dân không ra khỏi nhà sau 18 giờ.',
    ]);
    expect(quotes(ms)).toEqual(['Theo báo cáo của Sở Y tế, tỷ lệ tiêm còn thấp, đề nghị các huyện đẩy nhanh tiến độ tiêm.', 'Tối nay, người dân không ra khỏi nhà sau 18 giờ.']);
  });

  it('keeps an order an article restates with "đã" right before its verb, leaves out one written down before', () => {
    const ms = measures([
      ...HEADER,
      '1. Ban Chỉ đạo tỉnh đã yêu cầu nâng số giường điều trị lên 1.200 giường trước ngày 30/8/2021.',
      '2. Trong ngày, Sở Y tế đã có văn bản đề nghị các đơn vị hoàn thành tiêm mũi 1 trước ngày 30/8/2021.',
    ]);
    expect(quotes(ms)).toEqual(['Ban Chỉ đạo tỉnh đã yêu cầu nâng số giường điều trị lên 1.200 giường trước ngày 30/8/2021.']);
  });

  it('leaves out a test result and a testing capacity stated as facts, keeps the order that coordinates capacity', () => {
    const ms = measures([
      ...HEADER,
      '1. Kết quả xét nghiệm của Viện Vệ sinh dịch tễ Trung ương ngày 12/5/2021 dương tính với SARS-CoV-2.',
      '2. Hiện năng lực xét nghiệm RT-PCR của tỉnh khoảng 6.000 mẫu đơn/ngày.',
      '3. Sở Y tế trả kết quả xét nghiệm trong 24 giờ; Trung tâm Kiểm soát bệnh tật điều phối năng lực xét nghiệm giữa các bệnh viện.',
    ]);
    expect(quotes(ms)).toEqual(['Sở Y tế trả kết quả xét nghiệm trong 24 giờ', 'Trung tâm Kiểm soát bệnh tật điều phối năng lực xét nghiệm giữa các bệnh viện.']);
    expect(ms.map((m) => m.category)).toEqual(['TESTING', 'TESTING']);
  });

  it('leaves out the sections under a report heading and the scope of a plan', () => {
    const ms = measures([
      ...HEADER,
      'I. KẾT QUẢ ĐÃ ĐẠT ĐƯỢC',
      '1. Tiếp tục duy trì 20 chốt kiểm soát tại các cửa ngõ của tỉnh.',
      'II. ĐỐI TƯỢNG, THỜI GIAN',
      '1. Đối tượng: người từ 12 tuổi trở lên; ưu tiên người cao tuổi.',
      '2. Thời gian thực hiện: từ ngày 01/10/2021 đến ngày 31/10/2021.',
      'III. NHIỆM VỤ',
      '1. Sở Y tế tổ chức tiêm vắc xin cho trẻ em từ 12 đến 17 tuổi.',
    ]);
    expect(quotes(ms)).toEqual(['Sở Y tế tổ chức tiêm vắc xin cho trẻ em từ 12 đến 17 tuổi.']);
  });

  it('reads a short line above its paragraph as a heading, not an order', () => {
    const ms = measures([...HEADER, '1. Đánh giá tình hình', 'Một số địa phương còn lúng túng.', '2. Nhiệm vụ', 'Sở Y tế tăng cường xét nghiệm tầm soát tại chợ đầu mối.']);
    expect(quotes(ms)).toEqual(['Sở Y tế tăng cường xét nghiệm tầm soát tại chợ đầu mối.']);
  });

  it('does not take a hard-wrapped line for a heading', () => {
    // As cleaning leaves a wrap it cannot join: the next line goes on in lower case.
    const text = [...HEADER, '1. Trung tâm Y tế huyện tổ chức tiêm', 'vắc xin tại các xã, thị trấn.'].join('\n');
    const ms = extractFacts({ format: 'PLAIN', text }, segmentClauses(text), { ownNumber: null, year: 2021 }).measures;
    expect(ms.map((m) => m.category)).toEqual(['VACCINATION']);
  });
});

describe('closing formulas and lead-ins', () => {
  it('leaves out the closing formula and the duty to report on the text itself', () => {
    const ms = measures([
      ...HEADER,
      '1. Thanh tra tỉnh giám sát việc thực hiện Kế hoạch này.',
      '2. Các đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày 30/9/2021.',
      'Yêu cầu các sở, ngành, địa phương nghiêm túc triển khai thực hiện Công văn này./.',
    ]);
    expect(quotes(ms)).toEqual(['Thanh tra tỉnh giám sát việc thực hiện Kế hoạch này.']);
    expect(ms[0].category).toBe('ENFORCEMENT_INSPECTION');
  });

  it('leaves out a part that only gives bodies their roles, keeps the order beside it', () => {
    const ms = measures([
      ...HEADER,
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế chủ trì, hướng dẫn chuyên môn; Trung tâm Kiểm soát bệnh tật tỉnh cập nhật danh sách F0 lên hệ thống quản lý ca bệnh hằng ngày.',
      '2. Sở Giáo dục và Đào tạo là cơ quan thường trực; Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn phối hợp.',
      '3. Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra việc niêm yết giá tại các chợ.',
    ]);
    expect(quotes(ms)).toEqual([
      'Trung tâm Kiểm soát bệnh tật tỉnh cập nhật danh sách F0 lên hệ thống quản lý ca bệnh hằng ngày.',
      'Sở Công Thương chủ trì, phối hợp với Công an tỉnh kiểm tra việc niêm yết giá tại các chợ.',
    ]);
  });

  it('keeps an order to broadcast the text itself, which names it as the formula does', () => {
    const ms = measures([...HEADER, '1. Đài Truyền thanh xã phát thông báo này 02 lần/ngày.', 'Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện Thông báo này./.']);
    expect(ms.map((m) => [m.category, m.citation.quote])).toEqual([['PUBLIC_INFORMATION', 'Đài Truyền thanh xã phát thông báo này 02 lần/ngày.']]);
  });

  it('reads a line ending with ":" as a lead-in whose items are the orders', () => {
    const ms = measures([...HEADER, '1. Trong thời gian giãn cách xã hội:', 'a) Người dân không ra khỏi nhà sau 22 giờ.', 'b) Tạm dừng hoạt động các chợ tạm.']);
    expect(ms.map((m) => m.category)).toEqual(['STAY_AT_HOME', 'WORKPLACES']);
  });

  it('reads an item that opens a list of its own ("1.2. Trung tâm Y tế huyện:") as a lead-in, not an order', () => {
    const ms = measures([
      ...HEADER,
      '1. Thực hiện Chỉ thị số 05/CT-TTg ngày 28/01/2021 của Thủ tướng Chính phủ, yêu cầu:',
      '1.1. UBND xã Đông Lâm tiếp tục phong tỏa thôn Hạ trong 14 ngày.',
      '1.2. Trung tâm Y tế huyện:',
      '- Xét nghiệm cho 100% người dân thôn Hạ;',
      '- Chuẩn bị khu cách ly tập trung quy mô 200 người.',
    ]);
    expect(quotes(ms)).toEqual([
      'UBND xã Đông Lâm tiếp tục phong tỏa thôn Hạ trong 14 ngày.',
      'Xét nghiệm cho 100% người dân thôn Hạ',
      'Chuẩn bị khu cách ly tập trung quy mô 200 người.',
    ]);
    expect(ms[1].agencies.map((a) => a.canonicalName)).toEqual(['Trung tâm Y tế cấp huyện']);
  });
});

describe('deadlines and commas', () => {
  it('joins a deadline standing alone to the order before it', () => {
    const ms = measures([...HEADER, '1. Sở Y tế nâng công suất xét nghiệm toàn tỉnh lên 10.000 mẫu/ngày. Hoàn thành trước ngày 15/10/2021.']);
    expect(quotes(ms)).toEqual(['Sở Y tế nâng công suất xét nghiệm toàn tỉnh lên 10.000 mẫu/ngày. Hoàn thành trước ngày 15/10/2021.']);
    expect(ms[0].deadline?.citation.quote).toContain('15/10/2021');
    const labelled = measures([...HEADER, '2. Các huyện rà soát, lập danh sách người từ 65 tuổi trở lên chưa tiêm vắc xin.', 'Thời gian hoàn thành: trước ngày 20/10/2021.']);
    expect(labelled).toHaveLength(1);
    expect(labelled[0].citation.quote).toContain('trước ngày 20/10/2021');
  });

  it('splits a prohibition on another topic off after a comma, not one on the same topic', () => {
    const split = measures([...HEADER, '1. Yêu cầu doanh nghiệp bảo đảm sản xuất kinh doanh an toàn, không tụ tập đông người tại nhà ăn.']);
    expect(split.map((m) => m.category)).toEqual(['ECONOMIC_RECOVERY', 'GATHERINGS']);
    const initiative = measures([...HEADER, '1. Đề nghị người dân thực hiện nghiêm thông điệp 5K, chủ động tiêm vắc xin khi được mời.']);
    expect(initiative.map((m) => m.category)).toEqual(['PERSONAL_PROTECTION_5K', 'VACCINATION']);
    const kept = measures([...HEADER, '1. Không tập trung quá 20 người trong một phòng, không tập trung quá 10 người ngoài trời.']);
    expect(kept).toHaveLength(1);
  });

  it('splits a suspension or a closure on another topic off after a comma, not one on the same topic', () => {
    const split = measures([...HEADER, '1. Các xã ở cấp độ 3 xét nghiệm tầm soát 100% hộ gia đình, tạm dừng hoạt động tập trung trên 10 người ngoài công sở, đóng cửa các chợ đầu mối.']);
    expect(split.map((m) => [m.category, m.citation.quote])).toEqual([
      ['TESTING', 'Các xã ở cấp độ 3 xét nghiệm tầm soát 100% hộ gia đình'],
      ['GATHERINGS', 'tạm dừng hoạt động tập trung trên 10 người ngoài công sở'],
      ['WORKPLACES', 'đóng cửa các chợ đầu mối.'],
    ]);
    const kept = measures([...HEADER, '1. Các cơ sở kinh doanh dịch vụ không thiết yếu tạm dừng hoạt động, đóng cửa, chỉ bán hàng mang về.']);
    expect(kept).toHaveLength(1);
  });
});

describe('parts that continue the order before them', () => {
  it('keeps a detail after "trong đó" and a further motto with their order', () => {
    const ms = measures([
      ...HEADER,
      '1. Sở Y tế chuẩn bị 1.000 giường điều trị; trong đó tối thiểu 100 giường hồi sức tích cực.',
      '2. Quán triệt thực hiện mục tiêu kép; phương châm “4 tại chỗ”, chủ động, từ sớm, từ xa.',
    ]);
    expect(ms).toHaveLength(2);
    expect(ms[0].citation.quote).toContain('100 giường hồi sức tích cực');
    expect(ms[1].citation.quote).toContain('từ sớm, từ xa');
  });
});

describe('law-library articles', () => {
  it('reads articles outside the numbered clauses and skips the scope article', () => {
    const ms = measures([
      'ỦY BAN NHÂN DÂN TỈNH',
      'Số: 12/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Về việc áp dụng biện pháp phòng, chống dịch COVID-19',
      'Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Áp dụng biện pháp giãn cách xã hội theo Chỉ thị số 16/CT-TTg đối với thành phố trong 14 ngày, kể từ 0 giờ ngày 10/8/2021.',
      'Điều 2. Trong thời gian giãn cách xã hội:',
      '1. Dừng hoạt động vận chuyển hành khách công cộng.',
      '2. Chợ truyền thống chỉ được bán lương thực, thực phẩm.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    ]);
    expect(ms.map((m) => [m.category, m.clauseOrdinal === null])).toEqual([
      ['STAY_AT_HOME', true],
      ['INTERNAL_MOVEMENT_TRANSPORT', false],
      ['WORKPLACES', false],
    ]);
  });

  it('leaves out the scope and beneficiaries of a resolution', () => {
    const ms = measures([
      'HỘI ĐỒNG NHÂN DÂN TỈNH',
      'Số: 05/NQ-HĐND',
      'NGHỊ QUYẾT',
      'Quy định chính sách hỗ trợ người dân gặp khó khăn do dịch COVID-19',
      'QUYẾT NGHỊ:',
      'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng',
      '1. Nghị quyết này quy định mức hỗ trợ cho người dân bị ảnh hưởng bởi dịch COVID-19.',
      '2. Đối tượng áp dụng: người lao động tự do; hộ nghèo.',
      'Điều 2. Mức hỗ trợ',
      '1. Hỗ trợ người lao động tự do mất việc làm 1.000.000 đồng/người.',
    ]);
    expect(ms.map((m) => m.category)).toEqual(['SOCIAL_SUPPORT']);
  });
});

describe('a situation section', () => {
  it('reports until a lead-in that asks: the items below it order', () => {
    const ms = measures([
      'ỦY BAN NHÂN DÂN TỈNH',
      'Số: 812/UBND-VX',
      'V/v siết chặt phòng, chống dịch COVID-19',
      'I. TÌNH HÌNH DỊCH BỆNH',
      'Từ ngày 03/9/2021 đến nay, toàn tỉnh ghi nhận 64 ca mắc mới; đã cách ly tập trung 900 người.',
      'Chủ tịch UBND tỉnh yêu cầu:',
      '1. Tạm dừng hoạt động quán bar, vũ trường.',
      '2. Sở Y tế tổ chức xét nghiệm cho người lao động tại các khu công nghiệp.',
    ]);
    expect(quotes(ms)).toEqual(['Tạm dừng hoạt động quán bar, vũ trường.', 'Sở Y tế tổ chức xét nghiệm cho người lao động tại các khu công nghiệp.']);
  });

  it('reads the shortcomings a supervision found ("Tồn tại, hạn chế") as a report, and its recommendations as orders', () => {
    const ms = measures([
      'HỘI ĐỒNG NHÂN DÂN TỈNH THÁI BÌNH',
      'Số: 27/TB-HĐND',
      'THÔNG BÁO',
      'Kết luận giám sát việc thực hiện chính sách hỗ trợ phòng, chống dịch COVID-19',
      '1. Tồn tại, hạn chế',
      '- Còn 3.460 hồ sơ tồn đọng quá 15 ngày làm việc.',
      '- Một số địa phương chưa công khai danh sách người được hỗ trợ.',
      '2. Kiến nghị',
      'Thường trực HĐND tỉnh đề nghị UBND tỉnh:',
      '- Chỉ đạo giải quyết dứt điểm hồ sơ tồn đọng trước ngày 31/12/2021.',
    ]);
    expect(quotes(ms)).toEqual(['Chỉ đạo giải quyết dứt điểm hồ sơ tồn đọng trước ngày 31/12/2021.']);
  });

  it('reads a section for people who have done something ("ĐỐI VỚI NGƯỜI ĐÃ TIÊM ĐỦ LIỀU") as orders, one of measures taken as a report', () => {
    const ms = measures([
      'SỞ Y TẾ TỈNH QUẢNG NGÃI',
      'Số: 1904/SYT-NVY',
      'V/v hướng dẫn theo dõi người nhập cảnh',
      'I. CÁC BIỆN PHÁP ĐÃ TRIỂN KHAI',
      '- Tổ chức 3 đợt xét nghiệm cho người nhập cảnh.',
      'II. ĐỐI VỚI NGƯỜI ĐÃ TIÊM ĐỦ LIỀU VẮC XIN',
      '- Tự theo dõi sức khỏe tại nơi lưu trú 07 ngày.',
      '- Không tham gia các hoạt động tập trung đông người.',
      'III. CHUYÊN GIA ĐÃ KHỎI BỆNH',
      '- Xét nghiệm RT-PCR vào ngày thứ 3.',
    ]);
    expect(quotes(ms)).toEqual(['Tự theo dõi sức khỏe tại nơi lưu trú 07 ngày.', 'Không tham gia các hoạt động tập trung đông người.', 'Xét nghiệm RT-PCR vào ngày thứ 3.']);
  });

  it('stays a report through a lead-in that tells what was asked before', () => {
    const ms = measures([
      'ỦY BAN NHÂN DÂN TỈNH',
      'Số: 812/UBND-VX',
      'V/v siết chặt phòng, chống dịch COVID-19',
      'I. TÌNH HÌNH DỊCH BỆNH',
      'Thời gian qua, Ủy ban nhân dân tỉnh đã yêu cầu:',
      '1. Tạm dừng hoạt động quán bar, vũ trường.',
      'II. NHIỆM VỤ',
      '1. Sở Y tế tổ chức xét nghiệm cho người lao động tại các khu công nghiệp.',
    ]);
    expect(quotes(ms)).toEqual(['Sở Y tế tổ chức xét nghiệm cho người lao động tại các khu công nghiệp.']);
  });

  it('keeps reporting an item printed before the lead-in, and a line where the request word is a noun', () => {
    const ms = measures([
      'ỦY BAN NHÂN DÂN TỈNH',
      'Số: 812/UBND-VX',
      'V/v siết chặt phòng, chống dịch COVID-19',
      '1. Tình hình dịch bệnh',
      'Trong tuần, toàn tỉnh ghi nhận 64 ca mắc mới.',
      '- Các khu cách ly tập trung hiện có 900 giường.',
      'Năng lực điều trị của các tuyến so với yêu cầu:',
      '- Bệnh viện dã chiến số 1 có 200 giường.',
      'Chủ tịch UBND tỉnh yêu cầu:',
      '- Tạm dừng hoạt động quán bar, vũ trường.',
    ]);
    expect(quotes(ms)).toEqual(['Tạm dừng hoạt động quán bar, vũ trường.']);
  });
});

describe('press releases', () => {
  it('keeps only what the release asks for', () => {
    const ms = measures(
      [
        'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH',
        'THÔNG CÁO BÁO CHÍ',
        'Về tình hình dịch COVID-19 ngày 02/9/2021',
        'I. TÌNH HÌNH DỊCH BỆNH',
        '1. Trong ngày ghi nhận 12 ca mắc mới; đang cách ly tập trung 540 người.',
        'II. CÁC BIỆN PHÁP ĐÃ TRIỂN KHAI',
        '- Thành phố tiếp tục thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg.',
        'III. KHUYẾN CÁO',
        '1. Người dân hạn chế ra khỏi nhà khi không cần thiết.',
      ],
      'THONG_CAO_BAO_CHI',
    );
    expect(quotes(ms)).toEqual(['Người dân hạn chế ra khỏi nhà khi không cần thiết.']);
  });

  it('keeps the orders a release announces without a request word, and leaves what bodies did', () => {
    const ms = measures(
      [
        'THÔNG CÁO BÁO CHÍ',
        'II. CÁC BIỆN PHÁP TRONG THỜI GIAN TỚI',
        '1. Dừng các hoạt động tập trung trên 10 người ngoài phạm vi công sở.',
        '2. Người từ vùng dịch về tỉnh thực hiện cách ly tập trung 21 ngày.',
        '3. Sở Y tế tổ chức tập huấn cho cán bộ y tế các huyện.',
        '4. Hiện nay, lái xe vào cửa khẩu phải có kết quả xét nghiệm âm tính.',
      ],
      'THONG_CAO_BAO_CHI',
    );
    expect(quotes(ms)).toEqual(['Dừng các hoạt động tập trung trên 10 người ngoài phạm vi công sở.', 'Người từ vùng dịch về tỉnh thực hiện cách ly tập trung 21 ngày.']);
  });

  it('keeps a recommendation in running text and drops the figures around it', () => {
    const ms = measures(
      [
        'SỞ Y TẾ TỈNH',
        'THÔNG CÁO BÁO CHÍ',
        'Trong 24 giờ qua, toàn tỉnh ghi nhận 800 ca mắc mới. Số ca nặng phải thở oxy: 12 ca.',
        'Sở Y tế khuyến cáo người dân đeo khẩu trang nơi công cộng; người có triệu chứng khó thở cần đến ngay cơ sở y tế để được khám, điều trị kịp thời.',
      ],
      'THONG_CAO_BAO_CHI',
    );
    expect(ms.map((m) => m.category)).toEqual(['PERSONAL_PROTECTION_5K', 'TREATMENT_CAPACITY']);
  });
});

describe('texts that lost their diacritics', () => {
  it('reads a one-syllable verb that opens an instruction folded ("Tiem" for "Tiêm")', () => {
    const ms = measures([
      'UY BAN NHAN DAN TINH',
      'So: 99/UBND-VX',
      'Chu tich UBND tinh yeu cau:',
      '1. Tiem vac xin cho 95% nguoi tu 18 tuoi tro len truoc ngay 30/9/2021.',
      '2. Dung hoat dong cac co so karaoke, vu truong.',
    ]);
    expect(ms.map((m) => [m.citation.quote, m.category])).toEqual([
      ['Tiem vac xin cho 95% nguoi tu 18 tuoi tro len truoc ngay 30/9/2021.', 'VACCINATION'],
      ['Dung hoat dong cac co so karaoke, vu truong.', 'WORKPLACES'],
    ]);
  });
});

describe('parts that only complete the order next to them', () => {
  it('reads the addressees before a ";" with the order after it', () => {
    const ms = measures([
      ...HEADER,
      '1. UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương tổ chức tiêm vắc xin cho người từ 50 tuổi trở lên.',
      '2. Chủ tịch UBND tỉnh đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội; yêu cầu Giám đốc các sở; Chủ tịch UBND các huyện tập trung thực hiện các nội dung sau:',
      'a) Tạm dừng hoạt động karaoke, vũ trường.',
      '3. Tăng cường kiểm tra, yêu cầu các cơ sở; xử lý nghiêm các trường hợp vi phạm.',
    ]);
    expect(quotes(ms)).toEqual([
      'UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương tổ chức tiêm vắc xin cho người từ 50 tuổi trở lên.',
      'Tạm dừng hoạt động karaoke, vũ trường.',
      'Tăng cường kiểm tra, yêu cầu các cơ sở',
      'xử lý nghiêm các trường hợp vi phạm.',
    ]);
    expect(ms[0].category).toBe('VACCINATION');
  });

  it('reads when the order applies as part of it, not as an order of its own', () => {
    const ms = measures([
      ...HEADER,
      '1. Tạm dừng hoạt động karaoke, vũ trường, quán bar.',
      'Thời gian thực hiện bắt đầu từ 19 giờ ngày 06/5/2021 cho đến khi có chỉ đạo mới.',
      '2. Tạm dừng các lễ hội. Thời gian áp dụng kể từ 0 giờ ngày 31/5/2021 cho đến khi có thông báo mới.',
    ]);
    expect(quotes(ms)).toEqual([
      'Tạm dừng hoạt động karaoke, vũ trường, quán bar.\nThời gian thực hiện bắt đầu từ 19 giờ ngày 06/5/2021 cho đến khi có chỉ đạo mới.',
      'Tạm dừng các lễ hội. Thời gian áp dụng kể từ 0 giờ ngày 31/5/2021 cho đến khi có thông báo mới.',
    ]);
  });
});

describe('goals stated by their figure', () => {
  it('takes a plan\'s item that sets a target without a verb for a measure, but not the rows of a table of checkpoints', () => {
    const ms = measures([
      'ỦY BAN NHÂN DÂN HUYỆN VĂN YÊN',
      'Số: 99/KH-UBND',
      'KẾ HOẠCH',
      'Tiêm vắc xin phòng COVID-19 đợt 3',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Phấn đấu 95% người từ 18 tuổi trở lên được tiêm mũi 1.',
      '- Công suất toàn huyện tối thiểu 2.400 liều/ngày.',
      'II. NỘI DUNG',
      '1. Bố trí 10 điểm tiêm cố định; tổng số cán bộ y tế tham gia không dưới 80 người.',
      '2. Thành lập chốt kiểm soát tại các điểm sau:',
      '1 Cầu Đông Thôn 2 04 người',
      'Cộng: 01 chốt 04 người',
    ]);
    expect(quotes(ms)).toEqual([
      'Phấn đấu 95% người từ 18 tuổi trở lên được tiêm mũi 1.',
      'Công suất toàn huyện tối thiểu 2.400 liều/ngày.',
      'Bố trí 10 điểm tiêm cố định; tổng số cán bộ y tế tham gia không dưới 80 người.',
    ]);
    expect(ms[1].category).toBe('VACCINATION');
  });

  it('takes a numbered item of its own that only sets a time limit for a measure, not for the end of the order before', () => {
    const ms = measures(['BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 HUYỆN', 'Số: 35/KH-BCĐ', 'KẾ HOẠCH', 'Xét nghiệm sàng lọc SARS-CoV-2', '1. Lấy mẫu xét nghiệm cho 100% hộ gia đình.', '2. Trả kết quả trong 24 giờ.']);
    expect(quotes(ms)).toEqual(['Lấy mẫu xét nghiệm cho 100% hộ gia đình.', 'Trả kết quả trong 24 giờ.']);
  });

  it('reads the items under a short news lead that names the document it retells', () => {
    const ms = measures(['VĨNH LONG: TĂNG CƯỜNG PHÒNG, CHỐNG DỊCH COVID-19', '', 'Ngày 11/8/2021, Chủ tịch UBND tỉnh ký Công văn số 2210/UBND-VX yêu cầu:', '- Không tập trung quá 10 người.', '- Thành lập 04 chốt kiểm soát.']);
    expect(quotes(ms)).toEqual(['Không tập trung quá 10 người.', 'Thành lập 04 chốt kiểm soát.']);
  });
});
