import { clean } from '../../clean';
import { segmentClauses } from '../../segment/clauses';
import type { DocumentKind } from '../../../domain/directive';
import type { Target } from '../../../domain/facts';
import { extractFacts } from '../index';

// Shapes of figures that unseen directives write differently from the development texts: reported states
// of affairs without "đã", durations that belong to another metric than their nearest word suggests, counts
// per something else, figures in conditions and descriptions. Every sentence here is made up.

function targets(raw: string, kind: DocumentKind | null = null): Target[] {
  const cleaned = clean(raw);
  return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, kind }).targets;
}
const figures = (raw: string, kind: DocumentKind | null = null) => targets(raw, kind).map((t) => `${t.metric} ${t.value} ${t.unit}`);

describe('reported states of affairs', () => {
  it('does not take the figures of a section describing the situation for targets ("I. TÌNH HÌNH", "Kết quả đạt được")', () => {
    const plan = [
      'I. TÌNH HÌNH',
      'Đến ngày 12/11/2021, tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 01 mũi đạt 97,5%, tiêm đủ 02 mũi đạt 58,1%.',
      '',
      'II. MỤC TIÊU',
      '1. Đến ngày 31/12/2021, 100% người từ 18 tuổi trở lên được tiêm đủ 02 mũi vắc xin.',
    ].join('\n');
    expect(figures(plan)).toEqual(['VACCINATION_COVERAGE 100 PERCENT']);
    const report = [
      'A. KẾT QUẢ ĐẠT ĐƯỢC',
      '1. Tỷ lệ tiêm mũi 1 đạt 92%.',
      '2. Thành lập 450 Tổ COVID cộng đồng.',
      'B. NHIỆM VỤ TRỌNG TÂM',
      '1. Tiêm mũi 2 cho 100% người đã tiêm mũi 1.',
    ].join('\n');
    expect(figures(report)).toEqual(['VACCINATION_COVERAGE 100 PERCENT']);
  });

  it('takes a sentence opening on the week or month just past ("Trong tuần qua, ...") or on an inspection ("Qua kiểm tra, ...") for a report', () => {
    expect(figures('1. Trong tuần qua, tỷ lệ lái xe được tiêm đủ 2 mũi vắc xin đạt 85%.')).toEqual([]);
    expect(figures('1. Tháng qua, tỷ lệ hành khách khai báo y tế tại bến xe đạt 92%.')).toEqual([]);
    expect(figures('1. Qua kiểm tra, 65% xe khách chưa chấp hành quy định về số ghế.')).toEqual([]);
    expect(figures('1. Trong tuần tới, tỷ lệ lái xe được tiêm đủ 2 mũi vắc xin đạt 100%.')).toEqual(['VACCINATION_COVERAGE 100 PERCENT']);
  });

  it('reads a current figure in a report section beside the ordered one of the same unit ("hiện đạt 3.500 mẫu đơn/ngày")', () => {
    const text = 'I. KẾT QUẢ THỰC HIỆN\n1. Công suất xét nghiệm RT-PCR hiện đạt 3.500 mẫu đơn/ngày.\n\nII. NHIỆM VỤ TRỌNG TÂM\n1. Nâng công suất xét nghiệm lên 8.000 mẫu đơn/ngày.';
    expect(figures(text)).toEqual(['RT_PCR_SINGLE_SAMPLES 8000 SAMPLES_PER_DAY']);
  });

  it('takes a label before ":" as the heading of its clause ("Tình hình dịch bệnh: ...")', () => {
    expect(figures('1. Tình hình dịch bệnh: Trong tuần ghi nhận 45 ca mắc mới, tỷ lệ tiêm đủ 2 mũi đạt 71%.\n2. Yêu cầu các huyện duy trì 15 chốt kiểm soát.')).toEqual([
      'CHECKPOINTS 15 CHECKPOINTS',
    ]);
  });

  it('keeps the targets of a section that names a goal or a task, and of the list an order opens after a report', () => {
    expect(figures('1. Kết quả cần đạt\n- 100% thôn, tổ dân phố có Tổ COVID cộng đồng.\n- Tỷ lệ tiêm mũi 3 đạt trên 90%.')).toEqual([
      'OTHER 100 PERCENT',
      'VACCINATION_COVERAGE 90 PERCENT',
    ]);
    const text = [
      'I. TÌNH HÌNH DỊCH BỆNH',
      'Trong tuần, tỉnh ghi nhận 120 ca mắc mới; tỷ lệ tiêm mũi 2 đạt 64%.',
      'Để kiểm soát dịch bệnh, Chủ tịch UBND tỉnh yêu cầu:',
      '1. Tiêm mũi 2 cho 100% người đã tiêm mũi 1 trước ngày 30/11/2021.',
      '2. Duy trì 12 chốt kiểm soát.',
    ].join('\n');
    expect(figures(text)).toEqual(['VACCINATION_COVERAGE 100 PERCENT', 'CHECKPOINTS 12 CHECKPOINTS']);
  });

  it('does not take a title in capitals for a section heading ("TÌNH HÌNH DỊCH BỆNH VÀ CÔNG TÁC ...")', () => {
    const release = [
      'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH PHÚ THỌ',
      'Số: 12/TCBC-BCĐ',
      '',
      'THÔNG CÁO BÁO CHÍ',
      'TÌNH HÌNH DỊCH BỆNH VÀ CÔNG TÁC PHÒNG, CHỐNG DỊCH',
      '',
      'Trong tuần, toàn tỉnh ghi nhận 45 ca mắc mới; tỷ lệ tiêm mũi 1 đạt 70%.',
      '',
      'Ban Chỉ đạo đề nghị người dân không tụ tập quá 10 người nơi công cộng.',
    ].join('\n');
    expect(figures(release, 'THONG_CAO_BAO_CHI')).toEqual(['GATHERING_SIZE 10 PEOPLE']);
  });

  it('does not take the orders a press release reports for its own ("II. CÔNG TÁC CHỈ ĐẠO" / "... đã yêu cầu ...")', () => {
    const release = [
      'THÔNG CÁO BÁO CHÍ',
      'Về tình hình dịch bệnh COVID-19 trên địa bàn tỉnh',
      '',
      'I. TÌNH HÌNH DỊCH BỆNH',
      'Tính đến ngày 19/8/2021, toàn tỉnh ghi nhận 52 ca mắc COVID-19.',
      'II. CÔNG TÁC CHỈ ĐẠO',
      'Ban Chỉ đạo tỉnh đã yêu cầu các địa phương duy trì 45 chốt kiểm soát ra vào tỉnh; thành lập 1.200 Tổ COVID cộng đồng.',
      'III. KHUYẾN CÁO NGƯỜI DÂN',
      '1. Người dân không tụ tập quá 10 người ở nơi công cộng.',
    ].join('\n');
    expect(figures(release, 'THONG_CAO_BAO_CHI')).toEqual(['GATHERING_SIZE 10 PEOPLE']);
  });

  it('does not take "đạt" for a goal in a preamble that only states a result', () => {
    const text = 'Trong tháng 9/2021, tỷ lệ tiêm vắc xin mũi 1 cho người từ 18 tuổi trở lên đạt 67%. UBND tỉnh yêu cầu các địa phương:\n\n1. Tổ chức 30 điểm tiêm cố định.';
    expect(figures(text)).toEqual(['OTHER 30 COUNT']);
  });

  it('reads a sentence opened by "Theo báo cáo" or "Theo số liệu" as a report', () => {
    const text = 'Theo số liệu của Sở Y tế, tỷ lệ tiêm đủ 2 mũi mới đạt 41%; năng lực xét nghiệm hiện đạt 2.000 mẫu/ngày. Chủ tịch UBND tỉnh yêu cầu:\n\n1. Nâng năng lực xét nghiệm lên 5.000 mẫu/ngày.';
    expect(figures(text)).toEqual(['TEST_SAMPLES_PER_DAY 5000 SAMPLES_PER_DAY']);
  });

  it('ends the report an opener starts at an order ("Hiện nay, ..., đề nghị ...")', () => {
    expect(figures('1. Hiện nay, tỷ lệ tiêm mũi 2 còn thấp, đề nghị các huyện phấn đấu đạt 90% người từ 18 tuổi trở lên được tiêm đủ 2 mũi.')).toEqual([
      'VACCINATION_COVERAGE 90 PERCENT',
    ]);
  });

  it('does not take documents already issued for orders in a press release ("CÁC VĂN BẢN ĐÃ BAN HÀNH", "Quyết định số ...")', () => {
    const release = [
      'I. CÁC VĂN BẢN ĐÃ BAN HÀNH',
      '1. Quyết định số 250/QĐ-UBND về phong tỏa xã Bình An trong thời gian 14 ngày.',
      '',
      'II. ĐỀ NGHỊ',
      '1. Mỗi hộ gia đình chỉ cử 01 người đi mua lương thực.',
    ].join('\n');
    expect(figures(release, 'THONG_CAO_BAO_CHI')).toEqual(['OTHER 1 PEOPLE']);
  });

  it('reads "có trên", "có khoảng" as stating a figure, not ordering it', () => {
    expect(figures('1. Các xã có trên 200 người bệnh điều trị tại nhà thành lập thêm trạm y tế lưu động.')).toEqual([]);
    expect(figures('1. Các khu công nghiệp có khoảng 300 lượt xe ra vào, tăng cường kiểm soát tại cổng.')).toEqual([]);
    // A goal after the figure is another figure's: the firm's size is still only stated.
    expect(figures('1. Doanh nghiệp có từ 200 lao động trở lên bố trí ít nhất 01 phòng cách ly tạm thời.')).toEqual(['OTHER 1 COUNT']);
    expect(figures('1. Bảo đảm mỗi trạm y tế có ít nhất 02 bác sĩ.')).toEqual(['OTHER 2 PEOPLE']);
  });

  it('reads the share after a count stated with "có" as part of that statement ("..., trong đó 12.500 trẻ có bệnh nền")', () => {
    expect(figures('1. Toàn tỉnh có khoảng 142.000 trẻ từ 5 đến dưới 12 tuổi, trong đó 12.500 trẻ có bệnh nền.')).toEqual([]);
    expect(figures('1. Thành lập 9 tổ phản ứng nhanh, trong đó 2 tổ lưu động.')).toEqual(['OTHER 9 COUNT', 'OTHER 2 COUNT']);
    expect(figures('1. Phấn đấu có trên 95% người dân được tiêm vắc xin, trong đó 100% người cao tuổi.')).toEqual(['VACCINATION_COVERAGE 95 PERCENT', 'VACCINATION_COVERAGE 100 PERCENT']);
  });

  it('does not read "tối đa" written without marks ("toi da") as "đã"', () => {
    expect(figures('1. Tau khach chi cho toi da 50% so ghe; khong tap trung qua 10 nguoi.')).toEqual([
      'TRANSPORT_CAPACITY 50 PERCENT',
      'GATHERING_SIZE 10 PEOPLE',
    ]);
  });
});

describe('durations', () => {
  it('reads both terms of a quarantine written as a sum ("14+7 ngày"), the first with the unit the last is written with', () => {
    expect(targets('1. Người về từ vùng dịch phải cách ly tập trung 14+7 ngày.').map((t) => [t.metric, t.value, t.unit, t.citation.quote])).toEqual([
      ['QUARANTINE_DAYS', 14, 'DAYS', '14+7 ngày'],
      ['QUARANTINE_DAYS', 7, 'DAYS', '7 ngày'],
    ]);
  });

  it('reads the duration of an area lockdown as a restriction period, a stay in quarantine as a quarantine', () => {
    expect(figures('Điều 1. Áp dụng biện pháp cách ly y tế vùng đối với toàn bộ thôn Đông trong thời hạn 21 ngày, kể từ 14 giờ 00 ngày 11/8/2021.')).toEqual([
      'RESTRICTION_PERIOD_DAYS 21 DAYS',
    ]);
    expect(figures('1. Áp dụng biện pháp cách ly y tế toàn bộ thôn Đông trong thời hạn 14 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
    expect(figures('1. Phong tỏa tạm thời khu dân cư số 3 trong thời gian 21 ngày.\n2. Người từ khu vực phong tỏa phải cách ly tập trung 14 ngày.')).toEqual([
      'RESTRICTION_PERIOD_DAYS 21 DAYS',
      'QUARANTINE_DAYS 14 DAYS',
    ]);
  });

  it('reads the OCR "cách Iy" as "cách ly"', () => {
    expect(figures('1. Cách Iy tập trung 21 ngày đối với người từ khu vực phong toả.')).toEqual(['QUARANTINE_DAYS 21 DAYS']);
  });

  it('does not read "thời gian cách ly" as "giãn cách" nor "hoạt động của" as "đóng cửa"', () => {
    expect(figures('1. Người từ vùng dịch về, sau khi hết thời gian cách ly tập trung, tự theo dõi sức khỏe 7 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
    expect(figures('1. Duy trì hoạt động của các chốt trong 10 ngày.')).toEqual(['OTHER 10 DAYS']);
  });

  it('reads rounds "cách nhau N ngày" as a testing interval', () => {
    expect(figures('1. Lấy mẫu xét nghiệm cho toàn bộ người dân ít nhất 03 lần; lần thứ nhất hoàn thành trước 18 giờ ngày 12/8/2021, các lần sau cách nhau 05 ngày.')).toEqual([
      'OTHER 3 COUNT',
      'TEST_INTERVAL_DAYS 5 DAYS',
    ]);
    expect(figures('1. Lấy mẫu xét nghiệm định kỳ cho người lao động, mỗi lần cách nhau 7 ngày.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS']);
  });

  it('reads a testing interval "N ngày/01 lần" or in weeks as one figure, and a turnaround "chậm nhất sau N giờ"', () => {
    expect(figures('1. Người bán hàng tại chợ xét nghiệm 07 ngày/01 lần; người lao động xét nghiệm 02 tuần/lần.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS', 'TEST_INTERVAL_DAYS 14 DAYS']);
    expect(figures('2. Các đơn vị xét nghiệm trả kết quả chậm nhất sau 12 giờ kể từ khi nhận mẫu.')).toEqual(['TEST_TURNAROUND_HOURS 12 HOURS']);
    // "Cứ N ngày" opens the interval, the test between it and its round.
    expect(figures('3. Cứ 05 ngày lấy mẫu xét nghiệm cho tiểu thương tại chợ.')).toEqual(['TEST_INTERVAL_DAYS 5 DAYS']);
  });

  it("reads a vehicle's share of its capacity or its berths as a transport capacity, a venue's as a venue's", () => {
    expect(figures('1. Xe buýt hoạt động với không quá 50% sức chứa của xe; xe giường nằm không quá 50% số giường.')).toEqual(['TRANSPORT_CAPACITY 50 PERCENT', 'TRANSPORT_CAPACITY 50 PERCENT']);
    expect(figures('2. Nhà hàng phục vụ không quá 50% sức chứa.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
  });

  it('reads an order quoted word for word, and no figure of a quoted phrase', () => {
    const article = 'Cụ thể, Công điện yêu cầu: “Người về từ các tỉnh, thành phố đang giãn cách xã hội theo Chỉ thị số 16/CT-TTg trong vòng 14 ngày phải khai báo y tế; thực hiện cách ly tập trung 14 ngày và tự theo dõi sức khỏe tại nhà 14 ngày”.';
    // The words a look-back requires before its figure outweigh the distancing that only says where from.
    expect(figures(article)).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS', 'QUARANTINE_DAYS 14 DAYS', 'HEALTH_MONITORING_DAYS 14 DAYS']);
    expect(figures('1. Quán triệt phương châm “3 tại chỗ” và “1 cung đường 2 điểm đến”.')).toEqual([]);
  });

  it('keeps a time limit after a look-back as a target: a duration has no deadline of its own', () => {
    expect(figures('1. Người về từ các tỉnh có dịch trong vòng 14 ngày phải khai báo y tế trong vòng 12 giờ kể từ khi về đến địa phương.')).toEqual([
      'EXPOSURE_WINDOW_DAYS 14 DAYS',
      'OTHER 12 HOURS',
    ]);
    // A count before it still takes the limit as its deadline.
    expect(figures('1. Thành lập 6 chốt kiểm soát trong vòng 21 ngày kể từ ngày 05/8/2021.')).toEqual(['CHECKPOINTS 6 CHECKPOINTS']);
  });

  it('reads "N lần/M ngày" as one count, its period part of it', () => {
    expect(figures('1. Mỗi hộ cử 01 người đi chợ, tối đa 01 lần/03 ngày.')).toEqual(['OTHER 1 PEOPLE', 'OTHER 1 COUNT']);
    expect(figures('1. Phun khử khuẩn tại các chợ 2 lần/tuần.')).toEqual(['OTHER 2 COUNT']);
  });

  it('reads "N ngày/lần" as a testing interval only about testing', () => {
    expect(figures('1. Chợ hoạt động theo phiếu; người dân đi chợ 3 ngày/lần.')).toEqual(['OTHER 3 DAYS']);
  });

  it('reads how often something is done in a lockdown, and how long reserves last, as no lockdown\'s length', () => {
    expect(figures('1. Trong thời gian giãn cách xã hội, mỗi hộ gia đình đi chợ 3 ngày/lần.')).toEqual(['OTHER 3 DAYS']);
    expect(figures('2. Tổ công tác đi chợ hộ cho người dân trong khu phong tỏa 2 ngày một lần.')).toEqual(['OTHER 2 DAYS']);
    expect(figures('3. Các siêu thị dự trữ hàng hóa thiết yếu đủ cung ứng cho người dân trong 15 ngày khi thực hiện giãn cách xã hội.')).toEqual(['OTHER 15 DAYS']);
    expect(figures('4. Bảo đảm nguồn hàng dự trữ đủ cho 10 ngày trong trường hợp toàn huyện thực hiện phong tỏa.')).toEqual(['OTHER 10 DAYS']);
    // The regime's own length, and an interval between tests in it, stay.
    expect(figures('5. Thực hiện giãn cách xã hội 14 ngày; các cửa hàng dự trữ đủ hàng hóa.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
    expect(figures('6. Xét nghiệm cho người dân trong khu phong tỏa 3 ngày/lần.')).toEqual(['TEST_INTERVAL_DAYS 3 DAYS']);
  });

  it('reads a closure written "Dừng các ..." with its days as the regime\'s length, and the period a count of times is spread over as part of it', () => {
    expect(figures('1. Dừng các dịch vụ không thiết yếu trong thời gian 14 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
    expect(figures('2. Ngừng các hoạt động lễ hội trong 15 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 15 DAYS']);
    expect(figures('3. Xét nghiệm toàn bộ người dân trong khu phong tỏa 3 lần trong 7 ngày.')).toEqual(['OTHER 3 COUNT']);
    expect(figures('4. Mỗi người đi chợ tối đa 01 lần trong vòng 03 ngày.')).toEqual(['OTHER 1 COUNT']);
    expect(figures('5. Xét nghiệm ít nhất 02 lần trong thời gian cách ly 14 ngày.')).toEqual(['OTHER 2 COUNT', 'QUARANTINE_DAYS 14 DAYS']);
  });

  it('reads caps on outdoor exercise as gathering sizes, and pupils, athletes and spectators as people', () => {
    expect(figures('1. Cho phép mở lại các hoạt động thể dục, thể thao ngoài trời (không quá 20 người trong 1 khu vực).')).toEqual(['GATHERING_SIZE 20 PEOPLE']);
    expect(figures('2. Tập luyện theo nhóm không quá 40 người.')).toEqual(['GATHERING_SIZE 40 PEOPLE']);
    expect(figures('3. Lớp học có sĩ số không quá 25 em.')).toEqual(['CLASS_SIZE 25 PEOPLE']);
    expect(figures('4. Giải đấu tổ chức với quy mô không quá 150 VĐV.')).toEqual(['GATHERING_SIZE 150 PEOPLE']);
    expect(figures('5. Sân vận động được đón tối đa 4.000 khán giả.')).toEqual(['GATHERING_SIZE 4000 PEOPLE']);
    // Cultural and sports activities, and a festival, named as such.
    expect(figures('6. Cho phép tổ chức các hoạt động văn hóa, thể thao không quá 300 người.')).toEqual(['GATHERING_SIZE 300 PEOPLE']);
    expect(figures('7. Các hoạt động văn hóa, văn nghệ tại nhà văn hóa thôn không quá 30 người.')).toEqual(['GATHERING_SIZE 30 PEOPLE']);
    expect(figures('8. Festival Hoa được tổ chức với không quá 500 người tại mỗi điểm.')).toEqual(['GATHERING_SIZE 500 PEOPLE']);
    expect(figures('9. Chỉ có tối đa 05 người thân tham dự lễ an táng; lễ truy điệu không quá 10 người.')).toEqual(['GATHERING_SIZE 5 PEOPLE', 'GATHERING_SIZE 10 PEOPLE']);
  });

  it('reads the shifts a force is divided into as a count', () => {
    expect(figures('1. Các lực lượng tại chốt chia làm 4 ca, hoạt động 24/24 giờ.')).toEqual(['OTHER 4 COUNT']);
  });

  it('reads checkpoints called "điểm chốt", seats on an air route, and students\' shares and classes', () => {
    expect(figures('1. Thành lập 4 điểm chốt kiểm soát tại các cửa ngõ; 6 điểm kiểm soát dịch bệnh trên các tuyến quốc lộ.')).toEqual(['CHECKPOINTS 4 CHECKPOINTS', 'CHECKPOINTS 6 CHECKPOINTS']);
    expect(figures('2. Đường bay Hà Nội - Vinh khai thác không quá 50% số ghế.')).toEqual(['TRANSPORT_CAPACITY 50 PERCENT']);
    expect(figures('3. Dạy học trực tiếp không quá 50% số sinh viên; bố trí không quá 25 sinh viên/lớp.')).toEqual(['SCHOOL_ATTENDANCE 50 PERCENT', 'CLASS_SIZE 25 PEOPLE']);
  });

  it('reads a yearly plan\'s beds per 10,000 people and enrolment in the first grade as no COVID metric', () => {
    expect(figures('1. Số giường bệnh/vạn dân đạt 32 giường; huy động 99,5% số trẻ 6 tuổi vào lớp 1.')).toEqual(['OTHER 32 BEDS', 'OTHER 99.5 PERCENT']);
  });

  it('reads an economic indicator\'s share beside a COVID word as no COVID metric', () => {
    expect(figures('1. Kiểm soát dịch COVID-19, đẩy nhanh tiêm vắc xin, phấn đấu tăng trưởng GRDP năm 2022 đạt 7%.')).toEqual(['OTHER 7 PERCENT']);
    expect(figures('2. Phấn đấu tăng trưởng GRDP đạt 6,5%, gắn với nâng cao năng lực xét nghiệm.')).toEqual(['OTHER 6.5 PERCENT']);
    expect(figures('3. Kim ngạch xuất khẩu tăng 12%, bảo đảm người lao động làm việc an toàn.')).toEqual(['OTHER 12 PERCENT']);
    expect(figures('4. Đẩy nhanh tăng trưởng kinh tế; tỷ lệ tiêm mũi 3 cho người từ 18 tuổi trở lên đạt 90%.')).toEqual(['VACCINATION_COVERAGE 90 PERCENT']);
  });

  it('reads how long a test result stays valid as OTHER, not an exposure window or a turnaround', () => {
    const cases: [string, string][] = [
      ['1. Người từ các tỉnh có dịch vào tỉnh phải xuất trình giấy xét nghiệm âm tính có giá trị trong 3 ngày kể từ ngày lấy mẫu.', 'OTHER 3 DAYS'],
      ['1. Người từ vùng dịch về địa phương xuất trình giấy xét nghiệm âm tính với SARS-CoV-2 còn giá trị trong vòng 3 ngày.', 'OTHER 3 DAYS'],
      ['1. Người từ Hà Nội về tỉnh phải có giấy xét nghiệm âm tính (có giá trị trong vòng 5 ngày kể từ ngày lấy mẫu).', 'OTHER 5 DAYS'],
      ['1. Người đến làm việc phải có kết quả xét nghiệm âm tính trong vòng 48 giờ.', 'OTHER 48 HOURS'],
      ['1. Nguoi tu tinh khac den phai co ket qua xet nghiem am tinh con gia tri trong 3 ngay.', 'OTHER 3 DAYS'],
    ];
    for (const [sentence, expected] of cases) expect(figures(sentence)).toEqual([expected]);
    const [t] = targets(cases[0][0]);
    expect(t.bound).toBe('AT_MOST');
    expect(t.nounPhrase).toMatch(/giấy xét nghiệm âm tính$/);
    expect(figures('1. Trả kết quả xét nghiệm trong vòng 24 giờ kể từ khi lấy mẫu.')).toEqual(['TEST_TURNAROUND_HOURS 24 HOURS']);
    // The result of a paperwork request is handed back, not a test's.
    expect(figures('1. Bưu điện tỉnh trả kết quả thủ tục hành chính tận nhà trong vòng 24 giờ.')).toEqual(['OTHER 24 HOURS']);
    expect(figures('2. Hồ sơ cấp giấy đi đường được tiếp nhận và trả kết quả trong thời hạn 04 giờ làm việc.')).toEqual(['OTHER 4 HOURS']);
  });

  it('takes no target from the clock times a list after "lúc" names ("lúc 6 giờ, 11 giờ và 17 giờ")', () => {
    expect(figures('1. Phát thanh vào lúc 6 giờ, 11 giờ và 17 giờ hằng ngày; tăng thêm 02 lần phát thanh vào các khung giờ lúc 9 giờ và 15 giờ.')).toEqual(['OTHER 2 COUNT']);
    // Durations listed after a duration stay durations.
    expect(figures('2. Trả kết quả trong 24 giờ và 48 giờ đối với mẫu gộp.')).toEqual(['TEST_TURNAROUND_HOURS 24 HOURS', 'OTHER 48 HOURS']);
  });

  it('does not take the minutes of a clock time for a number of days ("14 giờ 00 ngày 11/8")', () => {
    expect(figures('1. Chốt kiểm soát hoạt động từ 6 giờ 30 đến 22 giờ hằng ngày, bắt đầu từ 14 giờ 30 ngày 05 tháng 9 năm 2021.')).toEqual([]);
  });
});

describe('shares and counts', () => {
  it('reads shares of staff, of a venue and of seats', () => {
    const cases: [string, string[]][] = [
      ['1. Doanh nghiệp được huy động tối đa 70% số lao động làm việc tại nhà máy.', ['WORKPLACE_ATTENDANCE 70 PERCENT']],
      ['1. Doanh nghiệp được hoạt động với không quá 50% tổng số lao động.', ['WORKPLACE_ATTENDANCE 50 PERCENT']],
      ['1. Cơ quan, đơn vị bố trí tối thiểu 30% cán bộ, công chức trực tại cơ quan.', ['WORKPLACE_ATTENDANCE 30 PERCENT']],
      // Workers named without "số": a share of them at work when the firm works with them.
      ['1. Doanh nghiệp được hoạt động trở lại với 60% lao động.', ['WORKPLACE_ATTENDANCE 60 PERCENT']],
      ['1. Doanh nghiệp tham gia chuỗi cung ứng được huy động tối đa 70% công nhân.', ['WORKPLACE_ATTENDANCE 70 PERCENT']],
      ['1. Doanh nghiệp tiếp tục hoạt động phải bố trí cho tối thiểu 30% người lao động lưu trú tại chỗ.', ['OTHER 30 PERCENT']],
      // Those who work at a site, named as the people a dose or a test is for.
      ['1. Chợ đầu mối chỉ được mở cửa trở lại khi 100% người làm việc tại chợ đã được tiêm ít nhất một mũi vắc xin.', ['VACCINATION_COVERAGE 100 PERCENT']],
      ['1. Yêu cầu 100% người lao động làm việc tại cảng cá được tiêm đủ 02 mũi vắc xin.', ['VACCINATION_COVERAGE 100 PERCENT']],
      ['1. Phấn đấu 100% người lao động trong khu công nghiệp được tiêm ít nhất 1 mũi vắc xin.', ['VACCINATION_COVERAGE 100 PERCENT']],
      // Staff named as those who must do something else: no share of staff on site.
      ['1. Vận động 100% cán bộ, công chức có điện thoại thông minh cài đặt ứng dụng PC-Covid.', ['OTHER 100 PERCENT']],
      ['1. Đo thân nhiệt cho 100% người lao động, khách đến làm việc tại cổng ra vào.', ['OTHER 100 PERCENT']],
      ['1. Xét nghiệm ngẫu nhiên cho 30% người lao động, định kỳ 14 ngày/lần.', ['TESTING_COVERAGE 30 PERCENT', 'TEST_INTERVAL_DAYS 14 DAYS']],
      ['1. Chợ truyền thống hoạt động không quá 60% số sạp hàng, bố trí lối đi một chiều.', ['VENUE_CAPACITY 60 PERCENT']],
      ['1. Taxi chở không quá 50% số ghế; xe buýt hoạt động tối đa 50% số chỗ ngồi.', ['TRANSPORT_CAPACITY 50 PERCENT', 'TRANSPORT_CAPACITY 50 PERCENT']],
      // A venue's seats and guests: the seats of no vehicle, even where the vehicle is named in the part before.
      ['1. Rạp chiếu phim hoạt động không quá 50% số ghế; nhà hàng phục vụ không quá 50% số lượng khách.', ['VENUE_CAPACITY 50 PERCENT', 'VENUE_CAPACITY 50 PERCENT']],
      // Funerals and weddings by their other names are gatherings.
      ['1. Lễ tang không quá 20 người; lễ cưới không quá 30 người; việc hiếu, việc hỷ tổ chức không quá 20 người.', ['GATHERING_SIZE 20 PEOPLE', 'GATHERING_SIZE 30 PEOPLE', 'GATHERING_SIZE 20 PEOPLE']],
      ['1. Ma chay, đám hiếu chỉ tổ chức trong gia đình, không quá 18 người; người đến viếng không quá 10 người.', ['GATHERING_SIZE 18 PEOPLE', 'GATHERING_SIZE 10 PEOPLE']],
      ['1. Hoạt động cưới, hỏi không quá 25 người; sinh nhật, tân gia không quá 10 người.', ['GATHERING_SIZE 25 PEOPLE', 'GATHERING_SIZE 10 PEOPLE']],
      // Meetings by their verb or their sites.
      ['1. Trường hợp phải họp trực tiếp thì không quá 20 người; mỗi điểm cầu không quá 10 người.', ['GATHERING_SIZE 20 PEOPLE', 'GATHERING_SIZE 10 PEOPLE']],
      // Vaccine wasted is no share of people vaccinated.
      ['1. Tỷ lệ hao hụt vắc xin không quá 5%; phấn đấu tiêm mũi 1 cho 95% người từ 18 tuổi.', ['OTHER 5 PERCENT', 'VACCINATION_COVERAGE 95 PERCENT']],
      ['1. Tỷ lệ hao phí vắc xin không quá 3%; phấn đấu tiêm mũi 3 cho 90% người từ 18 tuổi.', ['OTHER 3 PERCENT', 'VACCINATION_COVERAGE 90 PERCENT']],
      ['1. Tạm dừng các tuyến xe khách đi vùng dịch; các tuyến còn lại chở không quá 50% số ghế.', ['TRANSPORT_CAPACITY 50 PERCENT']],
    ];
    for (const [sentence, expected] of cases) expect(figures(sentence)).toEqual(expected);
  });

  it('reads what a figure measures from the words around it: an isolation that ends, a periodic test, a delivery used up, a lockdown motto, tables apart, a mass', () => {
    const cases: [string, string[]][] = [
      ['1. F0 kết thúc cách ly sau 07 ngày nếu xét nghiệm nhanh âm tính; tự theo dõi sức khỏe 07 ngày sau khi kết thúc cách ly.', ['QUARANTINE_DAYS 7 DAYS', 'HEALTH_MONITORING_DAYS 7 DAYS']],
      ['1. Người mắc COVID-19 được kết thúc cách ly khi đủ 07 ngày và có kết quả xét nghiệm nhanh âm tính.', ['QUARANTINE_DAYS 7 DAYS']],
      // "khi đã đủ" says when it ends, not what was done.
      ['1. F1 được kết thúc cách ly khi đã đủ 05 ngày và xét nghiệm âm tính.', ['QUARANTINE_DAYS 5 DAYS']],
      ['1. Định kỳ 07 ngày xét nghiệm ngẫu nhiên cho người lao động; báo cáo định kỳ 7 ngày về Sở Y tế.', ['TEST_INTERVAL_DAYS 7 DAYS', 'OTHER 7 DAYS']],
      ['1. Sử dụng hết số vắc xin của mỗi đợt phân bổ trong vòng 07 ngày kể từ ngày tiếp nhận.', ['VACCINATION_COMPLETION_DAYS 7 DAYS']],
      ['1. Thực hiện biện pháp "ai ở đâu ở yên đó" trên toàn thành phố trong 07 ngày.', ['RESTRICTION_PERIOD_DAYS 7 DAYS']],
      ['1. Áp dụng biện pháp cách ly y tế cộng đồng đối với cụm dân cư tổ 6 trong 14 ngày.', ['RESTRICTION_PERIOD_DAYS 14 DAYS']],
      ['1. Nhà hàng phục vụ không quá 50% số chỗ ngồi, bàn cách bàn tối thiểu 01 mét.', ['VENUE_CAPACITY 50 PERCENT', 'PHYSICAL_DISTANCE 1 METRES']],
      // A caseload is no gathering, though a meeting's conclusion states it.
      ['1. Kết luận cuộc họp: mỗi nhân viên y tế phụ trách không quá 50 F0; Trạm Y tế xã theo dõi không quá 40 người.', ['OTHER 50 PEOPLE', 'OTHER 40 PEOPLE']],
      // Lodging counts its rooms as "buồng".
      ['1. Khách sạn, nhà nghỉ hoạt động không quá 60% số buồng.', ['VENUE_CAPACITY 60 PERCENT']],
      ['1. Mỗi thánh lễ tại nhà thờ không quá 200 người.', ['GATHERING_SIZE 200 PEOPLE']],
      // Voters are people, and their meetings and polling rooms gather them.
      ['1. Hội nghị tiếp xúc cử tri chỉ mời tối đa 30 cử tri tham dự; phòng bỏ phiếu không quá 10 người cùng lúc.', ['GATHERING_SIZE 30 PEOPLE', 'GATHERING_SIZE 10 PEOPLE']],
      // The places of worship name whom their caps gather.
      ['1. Các đền, chùa mở cửa đón khách, không quá 20 người cùng lúc; mỗi lượt vào lễ không quá 15 người.', ['GATHERING_SIZE 20 PEOPLE', 'GATHERING_SIZE 15 PEOPLE']],
      // Worshippers and delegates counted by name are people.
      ['1. Mỗi buổi sinh hoạt tôn giáo không quá 20 tín đồ; mỗi thánh lễ tối đa 40 giáo dân.', ['GATHERING_SIZE 20 PEOPLE', 'GATHERING_SIZE 40 PEOPLE']],
      // So are the forces a team or a checkpoint is staffed with; "đồng chí" holds no đồng (money).
      ['1. Tổ công tác gồm 04 đồng chí; mỗi chốt bố trí ít nhất 03 dân quân và 02 công an viên.', ['OTHER 4 PEOPLE', 'OTHER 3 PEOPLE', 'OTHER 2 PEOPLE']],
      // Children and people named by their role are counted per day too.
      ['1. Mỗi điểm tiêm tại trường học tiêm tối thiểu 400 trẻ/ngày; mỗi bàn tiêm không quá 150 đối tượng/ngày.', ['OTHER 400 PEOPLE_PER_DAY', 'OTHER 150 PEOPLE_PER_DAY']],
      // Oxygen in tonnes is counted in kilograms; a course of a drug ("liệu trình") is no dose ("liều").
      ['1. Sở Y tế dự trữ tối thiểu 12 tấn oxy lỏng và phân bổ 2.000 liệu trình thuốc kháng vi rút.', ['OTHER 12000 KILOGRAMS', 'OTHER 2000 COUNT']],
      ['1. Tại chợ dân sinh, sạp cách sạp tối thiểu 02 mét.', ['PHYSICAL_DISTANCE 2 METRES']],
    ];
    for (const [sentence, expected] of cases) expect(figures(sentence)).toEqual(expected);
  });

  it('reads no length that places an area, a radius or a distance from a gate, as a target', () => {
    expect(figures('1. Người dân chỉ được di chuyển trong bán kính 500 mét quanh nơi ở.')).toEqual([]);
    expect(figures('1. Khu vực chờ của người đưa đón cách cổng trường tối thiểu 30 mét.')).toEqual([]);
  });

  it('reads beds by the nearest word before them, or the words right after them: quarantine beds and beds for vaccine reactions are no treatment beds', () => {
    const cases: [string, string[]][] = [
      ['1. Trung tâm Y tế huyện chuẩn bị khu cách ly tập trung 80 giường tại Trường Tiểu học Đông Sơn và khu điều trị 20 giường.', ['OTHER 80 BEDS', 'TREATMENT_BEDS 20 BEDS']],
      ['1. Lập khu cách ly tạm thời quy mô 40 giường tại bến cảng để tiếp nhận thuyền viên dương tính trước khi chuyển về cơ sở điều trị.', ['OTHER 40 BEDS']],
      ['1. Chuẩn bị 300 giường cách ly tập trung tại Trường Quân sự tỉnh và 150 giường điều trị tại Bệnh viện Phổi.', ['OTHER 300 BEDS', 'TREATMENT_BEDS 150 BEDS']],
      ['1. Bệnh viện Đa khoa tỉnh bố trí khu điều trị cách ly 60 giường.', ['TREATMENT_BEDS 60 BEDS']],
      ['1. Mỗi bệnh viện bố trí sẵn sàng 12 giường hồi sức để xử trí phản ứng sau tiêm.', ['OTHER 12 BEDS']],
      // Beds for the sick named after them are for treatment; a quarantine's stay none.
      ['1. Sẵn sàng 300 giường cho người mắc COVID-19; mỗi trạm y tế chuẩn bị 5 giường cho F0; khu cách ly tập trung 200 giường cho F1.', ['TREATMENT_BEDS 300 BEDS', 'TREATMENT_BEDS 5 BEDS', 'OTHER 200 BEDS']],
    ];
    for (const [sentence, expected] of cases) expect([sentence, figures(sentence)]).toEqual([sentence, expected]);
  });

  it('gives a part that names nothing the metric of the same unit before it ("; ngoài trời không quá 100 người")', () => {
    expect(figures('1. Hội nghị trong nhà không quá 50 người; ngoài trời không quá 100 người.')).toEqual(['GATHERING_SIZE 50 PEOPLE', 'GATHERING_SIZE 100 PEOPLE']);
    expect(figures('1. Đến ngày 31/10/2021, trên 80% người từ 18 tuổi trở lên được tiêm đủ 02 mũi vắc xin; đến ngày 30/11/2021 đạt 100%.')).toEqual([
      'VACCINATION_COVERAGE 80 PERCENT',
      'VACCINATION_COVERAGE 100 PERCENT',
    ]);
    expect(figures('1. Cách ly tại nhà 7 ngày đối với người đã tiêm đủ liều; 14 ngày đối với người chưa tiêm.')).toEqual(['QUARANTINE_DAYS 7 DAYS', 'QUARANTINE_DAYS 14 DAYS']);
    expect(figures('1. Vận tải hành khách công cộng hoạt động không quá 50% số ghế; từ ngày 15/10/2021 tăng lên 70%.')).toEqual([
      'TRANSPORT_CAPACITY 50 PERCENT',
      'TRANSPORT_CAPACITY 70 PERCENT',
    ]);
  });

  it('counts people per table, per turn or per session as OTHER people, and customers at once as no gathering', () => {
    const found = targets('1. Nhà hàng bố trí không quá 4 người/bàn; thang máy chở tối đa 4 người/lượt; mỗi điểm tiêm không quá 100 người/buổi để tránh tập trung đông người.');
    expect(found.map((t) => [`${t.metric} ${t.value} ${t.unit}`, t.nounPhrase])).toEqual([
      ['OTHER 4 PEOPLE', 'người/bàn'],
      ['OTHER 4 PEOPLE', 'người/lượt'],
      ['OTHER 100 PEOPLE', 'người/buổi'],
    ]);
    expect(figures('1. Cơ sở cắt tóc, làm đẹp phục vụ không quá 3 khách cùng lúc.')).toEqual(['OTHER 3 PEOPLE']);
    expect(figures('1. Cơ sở tôn giáo tổ chức sinh hoạt không quá 20% sức chứa và tối đa 30 người mỗi buổi.')).toEqual(['VENUE_CAPACITY 20 PERCENT', 'GATHERING_SIZE 30 PEOPLE']);
  });

  it('counts the customers a venue serves, the people of a room, a table or a team as OTHER people, even beside a gathering word', () => {
    const cases: [string, string[]][] = [
      ['1. Tạm dừng tụ tập đông người; nhà hàng, quán ăn phục vụ tại chỗ không quá 30 khách cùng thời điểm.', ['OTHER 30 PEOPLE']],
      ['1. Không tụ tập quá 10 người; nhà hàng phục vụ không quá 30 khách cùng lúc.', ['GATHERING_SIZE 10 PEOPLE', 'OTHER 30 PEOPLE']],
      ['1. Doanh nghiệp bố trí nơi ở tập trung cho người lao động, mỗi phòng không quá 06 người.', ['OTHER 6 PEOPLE']],
      ['1. Lễ hội chỉ tổ chức phần lễ; thành lập Tổ kiểm soát tại mỗi cổng vào, mỗi tổ tối thiểu 04 người.', ['OTHER 4 PEOPLE']],
      ['1. Chương trình biểu diễn nghệ thuật ngoài trời phục vụ khách tổ chức không quá 500 người.', ['GATHERING_SIZE 500 PEOPLE']],
    ];
    for (const [sentence, expected] of cases) expect([sentence, figures(sentence)]).toEqual([sentence, expected]);
  });

  it('counts the people an order sends by their trade ("điều động 40 bác sĩ")', () => {
    expect(figures('1. Điều động 25 y, bác sĩ của Bệnh viện Đa khoa tỉnh hỗ trợ huyện Tân Phú; huy động 300 sinh viên y khoa tham gia lấy mẫu.')).toEqual([
      'OTHER 25 PEOPLE',
      'OTHER 300 PEOPLE',
    ]);
    expect(figures('1. Taxi, xe hợp đồng dưới 9 chỗ chở không quá 2 hành khách.')).toEqual(['OTHER 2 PEOPLE']);
  });

  it('reads a rate written before the number ("Mỗi ngày tiêm tối thiểu 5.000 mũi")', () => {
    expect(figures('1. Mỗi ngày tiêm tối thiểu 5.000 mũi vắc xin; bình quân mỗi ngày xét nghiệm 3.000 mẫu.')).toEqual([
      'VACCINATION_DOSES_PER_DAY 5000 DOSES_PER_DAY',
      'TEST_SAMPLES_PER_DAY 3000 SAMPLES_PER_DAY',
    ]);
  });

  it('reads a rate before the number past a bound ("mỗi ngày toàn tỉnh tiêm tối thiểu 15.000 liều")', () => {
    expect(figures('1. Đẩy nhanh tiêm mũi 3; mỗi ngày toàn tỉnh tiêm tối thiểu 15.000 liều.')).toEqual(['VACCINATION_DOSES_PER_DAY 15000 DOSES_PER_DAY']);
  });

  it('reads a rate that ends the label a figure answers ("Số mũi tiêm trung bình/ngày: 15.000 mũi")', () => {
    const goals = ['II. CHỈ TIÊU', '- Số mũi tiêm trung bình/ngày: 15.000 mũi.', '- Công suất xét nghiệm mỗi ngày: tối thiểu 3.000 mẫu.', '- Số mũi tiêm đã thực hiện: 15.000 mũi.'].join('\n');
    expect(figures(goals)).toEqual(['VACCINATION_DOSES_PER_DAY 15000 DOSES_PER_DAY', 'TEST_SAMPLES_PER_DAY 3000 SAMPLES_PER_DAY']);
  });
});

describe('figures that set no target', () => {
  it('does not take a change by a percentage against a baseline, nor one over 100, for a share, and keeps a share to raise to', () => {
    expect(figures('1. Phấn đấu tăng 150% số mẫu xét nghiệm so với tuần trước.')).toEqual([]);
    // Over a share's most (units.json max): measured against a plan, no share of anyone.
    expect(figures('1. Phấn đấu đạt 120% kế hoạch tiêm chủng trong tháng 9.')).toEqual([]);
    expect(figures('1. Nâng tỷ lệ tiêm chủng lên 70% dân số so với đầu tháng.')).toEqual(['VACCINATION_COVERAGE 70 PERCENT']);
    expect(figures('1. Xét nghiệm tầm soát 30% hộ gia đình, ưu tiên khu vực đông dân cư.')).toEqual(['TESTING_COVERAGE 30 PERCENT']);
  });

  it('does not take the threshold of a condition for a target ("khi SpO2 dưới 96% ... phải báo ngay")', () => {
    expect(figures('1. Người bệnh tự theo dõi sức khỏe; khi SpO2 dưới 96% hoặc khó thở phải báo ngay cho trạm y tế.')).toEqual([]);
    expect(figures('1. Trường hợp có từ 02 ca mắc trở lên trong cộng đồng thì phong tỏa khu dân cư trong thời gian 14 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
    expect(figures('1. Khi phát hiện ca mắc mới tại doanh nghiệp, tạm dừng hoạt động phân xưởng trong 7 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 7 DAYS']);
  });

  it('does not take the threshold of a condition closed by a comma, or a count a condition rises to, for a target', () => {
    expect(figures('1. Khi số F0 điều trị tại nhà vượt 800 người, UBND huyện thành lập thêm 01 trạm y tế lưu động.')).toEqual(['OTHER 1 COUNT']);
    expect(figures('2. Khi số người mắc tăng lên 5.000 người thì chuẩn bị 3.000 giường điều trị.')).toEqual(['TREATMENT_BEDS 3000 BEDS']);
    // The condition before the comma holds no figure: the cap after it is the order's.
    expect(figures('3. Khi cần thiết, huy động tối đa 500 giường điều trị.')).toEqual(['TREATMENT_BEDS 500 BEDS']);
  });

  it('does not take a description in parentheses for a target, but keeps a bound written there', () => {
    expect(figures('Điều 1. Phong tỏa toàn bộ tổ dân phố 5 (212 hộ, 845 người) trong thời gian 14 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
    expect(figures('1. Các đám cưới, đám tang tổ chức gọn nhẹ (không quá 30 người tại cùng một thời điểm).')).toEqual(['GATHERING_SIZE 30 PEOPLE']);
    // The time since the second dose says who is fully vaccinated, bound or not.
    expect(figures('1. Người đã tiêm đủ 02 mũi vắc xin (mũi 2 sau ít nhất 14 ngày) tự theo dõi sức khỏe tại nhà 07 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
  });
});

describe('quantities of the OxCGRT indicators beyond the seeds', () => {
  it('reads class sizes and on-site shares of pupils (C1), tracing delays (H3) and cash support (E1)', () => {
    expect(figures('1. Các trường mầm non đón trẻ, mỗi lớp không quá 20 trẻ; trường tiểu học đón không quá 50% số học sinh đến trường.')).toEqual([
      'CLASS_SIZE 20 PEOPLE',
      'SCHOOL_ATTENDANCE 50 PERCENT',
    ]);
    // Pupils per class is a class size; pupils per bus or per session are not.
    expect(figures('1. Học trực tiếp không quá 25 học sinh/lớp, mầm non không quá 15 trẻ/nhóm lớp; xe đưa đón không quá 20 học sinh/xe.')).toEqual([
      'CLASS_SIZE 25 PEOPLE',
      'CLASS_SIZE 15 PEOPLE',
      'OTHER 20 PEOPLE',
    ]);
    // A class named by its level; pupils written "HS", learners and little ones ("cháu") are people.
    expect(figures('1. Lớp tiểu học không quá 30 HS; lớp giáo dục thường xuyên không quá 25 học viên; nhóm, lớp mầm non không quá 15 cháu.')).toEqual([
      'CLASS_SIZE 30 PEOPLE',
      'CLASS_SIZE 25 PEOPLE',
      'CLASS_SIZE 15 PEOPLE',
    ]);
    expect(figures('2. Trung tâm Y tế truy vết F1, F2 trong vòng 24 giờ kể từ khi phát hiện ca bệnh.')).toEqual(['CONTACT_TRACING_HOURS 24 HOURS']);
    expect(figures('3. Hỗ trợ 1.500.000 đồng/người cho lao động tự do mất việc làm; tặng quà trị giá 500.000 đồng cho mỗi hộ nghèo.')).toEqual([
      'SUPPORT_AMOUNT 1500000 VND',
      'SUPPORT_AMOUNT 500000 VND',
    ]);
    // A news lead's sums: millions per head with no "đồng", and billions and millions said together.
    expect(figures('4. Hỗ trợ 1,5 triệu/người cho hộ kinh doanh ngừng hoạt động; mỗi hộ có người mắc được hỗ trợ 2 triệu/hộ.')).toEqual([
      'SUPPORT_AMOUNT 1500000 VND',
      'SUPPORT_AMOUNT 2000000 VND',
    ]);
    // Insurance a foreign visitor must hold, in US dollars, at least.
    const insurance = targets('4. Khách du lịch quốc tế phải có bảo hiểm y tế với mức chi trả tối thiểu 50.000 USD; chuyên gia mua bảo hiểm tối thiểu 10.000 đô la Mỹ.');
    expect(insurance.map((t) => `${t.value} ${t.unit} ${t.bound}`)).toEqual(['50000 USD AT_LEAST', '10000 USD AT_LEAST']);
    // Billions to a district are a budget line, no one's support (metrics.json "most").
    expect(figures('5. Hỗ trợ 2 tỷ 500 triệu đồng cho huyện Đại Từ mua sắm trang thiết bị.')).toEqual(['OTHER 2500000000 VND']);
    // Only per head: millions per month may be doses as well as money.
    expect(figures('6. Phấn đấu tiêm 1,2 triệu/tháng cho người dân.').filter((f) => f.endsWith('VND'))).toEqual([]);
  });
});

describe('what a cap counts, said before its part or in its list lead', () => {
  it('reads caps on people under a regulation\'s article heading, and after ";" in a sentence about events', () => {
    const rules = [
      'Chương II. QUY ĐỊNH CỤ THỂ THEO CẤP ĐỘ DỊCH',
      '',
      'Điều 4. Phạm vi áp dụng',
      'Quy định này áp dụng đối với cơ quan, tổ chức, hộ gia đình và cá nhân trên địa bàn tỉnh.',
      '',
      'Điều 5. Hội nghị, sự kiện đông người',
      '- Cấp độ 1: trong nhà không quá 150 người, ngoài trời không quá 300 người.',
      '- Cấp độ 2: trong nhà không quá 80 người.',
      '',
      'Điều 6. Chợ',
      '1. Chợ truyền thống bố trí tối đa 50% số sạp hàng hoạt động.',
    ].join('\n');
    expect(figures(rules)).toEqual(['GATHERING_SIZE 150 PEOPLE', 'GATHERING_SIZE 300 PEOPLE', 'GATHERING_SIZE 80 PEOPLE', 'VENUE_CAPACITY 50 PERCENT']);
    expect(figures('1. Hội chợ, lễ hội chỉ tổ chức phần lễ; quy mô không quá 60 người trong nhà.')).toEqual(['GATHERING_SIZE 60 PEOPLE']);
  });

  it('reads the lead above an item, not the sibling items between them', () => {
    const items = [
      'Ban Chỉ đạo tỉnh yêu cầu:',
      '- Các xã thực hiện Chỉ thị số 15/CT-TTg, không tập trung quá 10 người ngoài công sở.',
      '- Sở Y tế tổ chức tiêm vắc xin cho 20.000 công nhân các khu công nghiệp.',
    ].join('\n');
    expect(figures(items)).toEqual(['GATHERING_SIZE 10 PEOPLE', 'OTHER 20000 PEOPLE']);
    const numbered = [
      '2. Trong khu vực giãn cách, không tụ tập quá 02 người nơi công cộng.',
      '3. Người dân đi chợ theo phiếu, mỗi hộ gia đình 01 người.',
    ].join('\n');
    expect(figures(numbered)).toEqual(['GATHERING_SIZE 2 PEOPLE', 'OTHER 1 PEOPLE']);
  });
});

describe('a press release\'s orders', () => {
  it('takes the figures of every item under a line that gives the orders ("Ban Chỉ đạo tỉnh yêu cầu:")', () => {
    const release = [
      'THÔNG CÁO BÁO CHÍ',
      '',
      '1. TÌNH HÌNH DỊCH BỆNH',
      'Trong ngày, tỉnh ghi nhận 45 ca mắc mới.',
      '',
      '2. KẾT LUẬN CỦA BAN CHỈ ĐẠO TỈNH',
      'Ban Chỉ đạo tỉnh yêu cầu:',
      '- Tiếp tục giãn cách xã hội tại huyện Quế Võ thêm 07 ngày.',
      '- Sở Y tế cách ly tập trung F1 21 ngày; trả kết quả xét nghiệm trong vòng 12 giờ.',
    ].join('\n');
    expect(figures(release, 'THONG_CAO_BAO_CHI')).toEqual(['RESTRICTION_PERIOD_DAYS 7 DAYS', 'QUARANTINE_DAYS 21 DAYS', 'TEST_TURNAROUND_HOURS 12 HOURS']);
  });
});

describe('other ways of writing the known quantities', () => {
  it('reads a turnaround said of the result, the spring 2020 "cách ly toàn xã hội" and relief bags', () => {
    expect(figures('1. Kết quả xét nghiệm được trả trong vòng 48 giờ kể từ khi lấy mẫu.')).toEqual(['TEST_TURNAROUND_HOURS 48 HOURS']);
    expect(figures('1. Thực hiện cách ly toàn xã hội trên phạm vi toàn tỉnh trong vòng 15 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 15 DAYS']);
    expect(figures('1. Mỗi hộ khó khăn được nhận 01 túi an sinh trị giá 300.000 đồng.')).toEqual(['SUPPORT_AMOUNT 300000 VND']);
  });

  it('reads what people pay for their own meals as no support, what the budget pays as support', () => {
    expect(figures('1. Người cách ly tập trung tự chi trả tiền ăn 80.000 đồng/người/ngày.')).toEqual(['OTHER 80000 VND']);
    expect(figures('2. Mức thu tiền ăn tại khu cách ly là 100.000 đồng/người/ngày.')).toEqual(['OTHER 100000 VND']);
    expect(figures('3. Ngân sách tỉnh chi trả tiền ăn 80.000 đồng/người/ngày cho người cách ly.')).toEqual(['SUPPORT_AMOUNT 80000 VND']);
  });
});

describe('counts of equipment to buy', () => {
  it('reads the count an investment or purchase orders ("đầu tư thêm 02 máy", "mua sắm 05 máy thở")', () => {
    expect(figures('1. Sở Y tế đầu tư thêm 02 máy xét nghiệm RT-PCR cho Trung tâm Y tế huyện.')).toEqual(['OTHER 2 COUNT']);
    expect(figures('2. Bệnh viện tỉnh mua sắm 05 máy thở chức năng cao trước ngày 30/8/2021.')).toEqual(['OTHER 5 COUNT']);
  });
});

describe('caseloads, shifts and routes to restore', () => {
  it('reads what a team may follow, a post\'s shifts and what a plan restores as counts, F0 as people', () => {
    expect(figures('1. Mỗi Tổ COVID cộng đồng theo dõi không quá 25 hộ gia đình.')).toEqual(['OTHER 25 COUNT']);
    expect(figures('2. Mỗi tổ chăm sóc quản lý không quá 15 F0 điều trị tại nhà.')).toEqual(['OTHER 15 PEOPLE']);
    expect(figures('3. Mỗi chốt trực 03 ca/ngày.')).toEqual(['OTHER 3 COUNT']);
    expect(figures('4. Khôi phục tối thiểu 08 đường bay nội địa.')).toEqual(['OTHER 8 COUNT']);
  });
});

describe('a share whose vehicle is named earlier in its sentence', () => {
  it('reads each level\'s seat share as the vehicles\' capacity, and a boat\'s and the trips\' shares too', () => {
    expect(figures('1. Xe khách ở cấp độ 2 chở không quá 75% số ghế; ở cấp độ 3 chở không quá 50% số ghế.')).toEqual([
      'TRANSPORT_CAPACITY 75 PERCENT',
      'TRANSPORT_CAPACITY 50 PERCENT',
    ]);
    expect(figures('2. Thuyền du lịch chở không quá 60% số khách theo đăng kiểm.')).toEqual(['TRANSPORT_CAPACITY 60 PERCENT']);
    expect(figures('3. Xe buýt nội tỉnh hoạt động trở lại với không quá 40% số chuyến.')).toEqual(['TRANSPORT_CAPACITY 40 PERCENT']);
    // The share of a fleet or of its runs.
    expect(figures('4. Taxi hoạt động không quá 30% số phương tiện hiện có của mỗi hãng.')).toEqual(['TRANSPORT_CAPACITY 30 PERCENT']);
    expect(figures('5. Xe ôm công nghệ hoạt động không quá 50% số xe của từng đơn vị.')).toEqual(['TRANSPORT_CAPACITY 50 PERCENT']);
    expect(figures('6. Tàu khách chạy không quá 60% lượt chuyến trong ngày.')).toEqual(['TRANSPORT_CAPACITY 60 PERCENT']);
  });
});

describe('a testing capacity whose kind of sample is named before the figure', () => {
  it('reads "mẫu gộp" or "mẫu đơn" before the figure as its metric', () => {
    expect(figures('1. Nâng công suất xét nghiệm RT-PCR mẫu gộp lên tối thiểu 6.000 mẫu/ngày.')).toEqual(['RT_PCR_POOLED_SAMPLES 6000 SAMPLES_PER_DAY']);
    expect(figures('2. Duy trì năng lực xét nghiệm mẫu đơn 1.500 mẫu/ngày.')).toEqual(['RT_PCR_SINGLE_SAMPLES 1500 SAMPLES_PER_DAY']);
    expect(figures('3. Nâng năng lực xét nghiệm lên 3.000 mẫu/ngày.')).toEqual(['TEST_SAMPLES_PER_DAY 3000 SAMPLES_PER_DAY']);
  });
});

describe('a campaign\'s length', () => {
  it('reads "đợt cao điểm 15 ngày" as days of the campaign ("cao điểm" is no clause pointer "điểm")', () => {
    expect(targets('1. Tổ chức đợt cao điểm 15 ngày xét nghiệm toàn dân.').map((t) => [t.metric, t.value, t.unit, t.nounPhrase])).toEqual([['OTHER', 15, 'DAYS', 'đợt cao điểm']]);
    expect(figures('1. Thực hiện theo điểm 3 khoản 2 Điều 1 Quyết định số 10/QĐ-UBND.')).toEqual([]);
  });
});

describe('a text without its marks', () => {
  it('does not read the "Da" of "Benh vien Da khoa" as "đã" (a report)', () => {
    expect(figures('2. UBND tinh chi dao:\n- Benh vien Da khoa tinh chuan bi 300 giuong dieu tri, trong do 30 giuong hoi suc tich cuc.')).toEqual([
      'TREATMENT_BEDS 300 BEDS',
      'TREATMENT_BEDS 30 BEDS',
    ]);
    expect(figures('1. Tinh da lay 1.200 mau xet nghiem trong tuan qua.')).toEqual([]);
  });

  it('does not read "da chien", "muc" or "do" as "đã", "mục" or "đò"', () => {
    expect(figures('1. Thanh lap Benh vien da chien so 1 tai Nha thi dau da nang tinh voi quy mo 500 giuong.')).toEqual(['TREATMENT_BEDS 500 BEDS']);
    // "mức 1.500.000 đồng" is an amount: no item number groups thousands.
    expect(figures('2. Ho tro nguoi lao dong ngung viec do dich voi muc 1.500.000 dong/nguoi.')).toEqual(['SUPPORT_AMOUNT 1500000 VND']);
    expect(figures('3. Nha hang do ho gia dinh kinh doanh chi phuc vu tai cho khong qua 30% cong suat.')).toEqual(['VENUE_CAPACITY 30 PERCENT']);
    // A level in kilograms groups no thousands, and is no section either.
    expect(figures('4. Ho tro gao cho ho ngheo co nguoi dang cach ly, muc 15 kg/nguoi.')).toEqual(['OTHER 15 KILOGRAMS']);
    // "tan" is "tấn" (tonnes) and the "tận" of a motto: without marks no unit.
    expect(figures('5. Cac co so y te thuc hien phuong cham 3 tan: tan tinh, tan tam, tan luc.')).toEqual([]);
  });

  it('reads "co tren 300 lao dong" as a size, where the place before it ("Dung Quat") is no "dừng"', () => {
    expect(figures('1. Ban Quan ly Khu kinh te Dung Quat yeu cau doanh nghiep co tren 300 lao dong xet nghiem ngau nhien 20% nguoi lao dong.')).toEqual([
      'TESTING_COVERAGE 20 PERCENT',
    ]);
  });
});

describe('sizes set up without a unit word', () => {
  it('reads a scale, a size raised to, a total to ensure and stockpiles listed after one verb as counts', () => {
    const text = [
      '1. Bộ Chỉ huy Quân sự tỉnh sẵn sàng khu cách ly tại Trường Quân sự với quy mô 400 chỗ.',
      '2. Nâng tổng số giường điều trị lên 250 giường; mở rộng các khu cách ly tập trung lên 1.800 chỗ.',
      '3. Trưng dụng ký túc xá để bảo đảm tổng số 6.000 chỗ cách ly tập trung.',
      '4. Sở Y tế dự trữ tối thiểu 300.000 khẩu trang y tế, 15.000 bộ trang phục phòng hộ và 40 máy thở.',
    ].join('\n');
    expect(figures(text)).toEqual([
      'OTHER 400 COUNT',
      'TREATMENT_BEDS 250 BEDS',
      'OTHER 1800 COUNT',
      'OTHER 6000 COUNT',
      'OTHER 300000 COUNT',
      'OTHER 15000 COUNT',
      'OTHER 40 COUNT',
    ]);
  });

  it('reads the share of a count given after "trong đó" as a count too, unless the count reports', () => {
    expect(figures('1. Tổ chức 120 điểm tiêm, trong đó 18 điểm tiêm lưu động.')).toEqual(['OTHER 120 COUNT', 'OTHER 18 COUNT']);
    expect(figures('1. Thành lập 9 đội phản ứng nhanh, trong đó có 2 đội tại thị xã.')).toEqual(['OTHER 9 COUNT', 'OTHER 2 COUNT']);
    expect(figures('1. Thành lập 12 tổ truy vết, trong số đó: 4 tổ tại thị trấn.')).toEqual(['OTHER 12 COUNT', 'OTHER 4 COUNT']);
    expect(figures('1. Toàn huyện đã thành lập 9 đội phản ứng nhanh, trong đó 2 đội tại thị trấn.')).toEqual([]);
    expect(figures('1. Hiện toàn huyện có 300 giường điều trị, trong đó có 30 giường hồi sức tích cực.')).toEqual([]);
  });

  it('reads a total a counting verb sets up, and its parts after "trong đó", as ordered', () => {
    expect(figures('1. Chuẩn bị tổng số 1.500 giường điều trị người bệnh COVID-19, trong đó: tầng 1: 1.000 giường; tầng 2: 400 giường.')).toEqual([
      'TREATMENT_BEDS 1500 BEDS',
      'TREATMENT_BEDS 1000 BEDS',
      'TREATMENT_BEDS 400 BEDS',
    ]);
    expect(figures('2. Toàn tỉnh có tổng số 1.200 giường điều trị, trong đó 200 giường hồi sức.')).toEqual([]);
    // So is one a goal's word reaches for; "đạt" alone may report.
    expect(figures('3. Tổng số giường bệnh toàn tỉnh phấn đấu đạt 5.800 giường.')).toEqual(['TREATMENT_BEDS 5800 BEDS']);
    expect(figures('4. Tổng số máy thở toàn tỉnh đạt 150 máy.')).toEqual([]);
  });

  it('still takes a total that reports for no target', () => {
    expect(figures('Tổng số 1.200 chỗ cách ly đã được đưa vào sử dụng. Tổng số giường hiện có là 500 giường.')).toEqual([]);
  });

  it('counts what is printed, and no minutes or ages a verb is followed by', () => {
    expect(figures('1. Trung tâm Y tế in 5.000 tờ rơi bằng tiếng dân tộc.')).toEqual(['OTHER 5000 COUNT']);
    expect(figures('2. Người sau tiêm được theo dõi tại điểm tiêm ít nhất 30 phút.')).toEqual([]);
  });

  it('reads a total under a bound as a limit', () => {
    expect(figures('2. Tổng số người được đón về trong đợt này không quá 2.500 người, phân bổ theo phụ lục.')).toEqual(['OTHER 2500 PEOPLE']);
    expect(figures('2. Tổng số công dân đã đón về là 2.500 người.')).toEqual([]);
  });
});

describe('goal tables', () => {
  it('reads the goal column of a framed table beside the results so far, a bare figure in its row\'s unit', () => {
    const plan = [
      'Các chỉ tiêu chủ yếu như sau:',
      '',
      '| STT | Chỉ tiêu | Đơn vị tính | Kết quả đến 31/10/2021 | Mục tiêu đến 31/12/2021 |',
      '|---|---|---|---|---|',
      '| 1 | Tỷ lệ người từ 18 tuổi trở lên được tiêm đủ 02 mũi | % | 58 | 90 |',
      '| 2 | Công suất xét nghiệm RT-PCR mẫu đơn | mẫu/ngày | 900 | 2.500 |',
      '| 3 | Số liều vắc xin tiêm mỗi ngày | liều/ngày | 3.000 | 8.000 |',
    ].join('\n');
    expect(figures(plan)).toEqual(['VACCINATION_COVERAGE 90 PERCENT', 'RT_PCR_SINGLE_SAMPLES 2500 SAMPLES_PER_DAY', 'VACCINATION_DOSES_PER_DAY 8000 DOSES_PER_DAY']);
  });

  it('reads a table without ordinals whose cells write their units, leaving the present column out', () => {
    const plan = ['| Chỉ tiêu | Hiện tại | Mục tiêu |', '|---|---|---|', '| Tỷ lệ tiêm mũi 1 cho trẻ từ 12 đến 17 tuổi | 64% | 95% |', '| Số tổ y tế lưu động | 120 tổ | 300 tổ |'].join('\n');
    expect(figures(plan)).toEqual(['VACCINATION_COVERAGE 95 PERCENT', 'OTHER 300 COUNT']);
  });

  it('takes no target from a framed table that neither sets goals nor sets them beside the present state', () => {
    const listing = ['| STT | Cơ sở | Địa chỉ | Số giường |', '|---|---|---|---|', '| 1 | Bệnh viện dã chiến số 1 | thôn 3, xã Tân Hà | 300 |', '| 2 | Bệnh viện dã chiến số 2 | thôn 5, xã Tân Lập | 200 |'].join('\n');
    expect(figures(listing)).toEqual([]);
  });

  const rows = (raw: string) => targets(raw).map((t) => `${t.metric} ${t.value} ${t.unit} ${t.bound} ${t.qualifiers.scope}`);

  it('gives each row of a goal column a target scoped to its unit, without the total or the other columns', () => {
    const laidOut = [
      '1. Các huyện tổ chức xét nghiệm theo chỉ tiêu tại Phụ lục.',
      '',
      'PHỤ LỤC',
      'TT    Đơn vị            Dân số      Chỉ tiêu lấy mẫu tối thiểu (mẫu/ngày)',
      '1     Huyện Đông Sơn    82.100      900',
      '2     Huyện Nông Cống   180.450     1.500',
      '      Tổng cộng         262.550     2.400',
    ].join('\n');
    expect(rows(laidOut)).toEqual(['TEST_SAMPLES_PER_DAY 900 SAMPLES_PER_DAY AT_LEAST Huyện Đông Sơn', 'TEST_SAMPLES_PER_DAY 1500 SAMPLES_PER_DAY AT_LEAST Huyện Nông Cống']);
    const piped = [
      '1. Các huyện tổ chức tiêm theo chỉ tiêu tại Phụ lục.',
      '',
      '| STT | Đơn vị | Chỉ tiêu tiêm (mũi/ngày) | Ghi chú |',
      '|---|---|---|---|',
      '| 1 | Thành phố Sầm Sơn | 700 | 2 điểm tiêm |',
      '| 2 | Huyện Hà Trung | 650 |  |',
    ].join('\n');
    expect(rows(piped)).toEqual(['VACCINATION_DOSES_PER_DAY 700 DOSES_PER_DAY null Thành phố Sầm Sơn', 'VACCINATION_DOSES_PER_DAY 650 DOSES_PER_DAY null Huyện Hà Trung']);
  });

  it('reads a table cleaned to one cell per line, where a row ends in the next row\'s number, with the bound its heading names', () => {
    const annex = [
      '1. Các huyện chuẩn bị phòng thi dự phòng theo Phụ lục.',
      '',
      '| STT | Huyện, thành phố | Số thí sinh (dự kiến) | Phòng thi dự phòng (tối thiểu) |',
      '|:---:|------------------|----------------------:|-------------------------------:|',
      '| 1 | Huyện Yên Sơn | 1.486 | 2 |',
      '| 2 | Huyện Sơn Dương | 1.702 | 3 |',
      '| 3 | Huyện Hàm Yên | 1.044 | 3 |',
      '| | **Tổng cộng** | **4.232** | **8** |',
    ].join('\n');
    expect(rows(annex)).toEqual(['OTHER 2 COUNT AT_LEAST Huyện Yên Sơn', 'OTHER 3 COUNT AT_LEAST Huyện Sơn Dương', 'OTHER 3 COUNT AT_LEAST Huyện Hàm Yên']);
  });

  it('reads the last column of a table laid out with spaces when its heading counts under a bound', () => {
    const annex = [
      '1. Các huyện chuẩn bị giường điều trị theo Phụ lục.',
      '',
      'PHỤ LỤC',
      'SỐ GIƯỜNG ĐIỀU TRỊ TỐI THIỂU CÁC ĐỊA PHƯƠNG PHẢI CHUẨN BỊ',
      '',
      'STT   Địa phương          Số giường hiện có    Số giường điều trị tối thiểu',
      '1     Huyện Yên Thành     60                   120',
      '2     Huyện Diễn Châu     85                   150',
      '      Tổng cộng           145                  270',
    ].join('\n');
    expect(rows(annex)).toEqual(['TREATMENT_BEDS 120 BEDS AT_LEAST Huyện Yên Thành', 'TREATMENT_BEDS 150 BEDS AT_LEAST Huyện Diễn Châu']);
    // Without a bound the last column is what there is: reported.
    expect(rows(annex.replace('Số giường điều trị tối thiểu', 'Số giường điều trị đang dùng'))).toEqual([]);
  });

  it('takes nothing from a table of reported figures', () => {
    expect(figures('TT    Đơn vị    Số mẫu đã lấy (mẫu)\n1     Huyện Đông Sơn    8.200\n2     Huyện Nông Cống    9.150')).toEqual([]);
  });

  it('gives each row of an allocation table under the sentence that orders it a target, in the heading\'s unit', () => {
    const allocation = [
      '3. Điều trị',
      'Thiết lập các bệnh viện dã chiến với số giường như sau:',
      '',
      '| Cơ sở điều trị | Địa điểm | Số giường |',
      '|---|---|---|',
      '| Bệnh viện dã chiến số 1 | thị xã Ninh Hòa | 400 |',
      '| Bệnh viện dã chiến số 2 | huyện Vạn Ninh | 250 |',
      '',
      'Bệnh viện tỉnh bảo đảm oxy y tế cho người bệnh.',
    ].join('\n');
    // Cleaning joined the row's cells before its figure: they are its scope together.
    expect(rows(allocation)).toEqual([
      'TREATMENT_BEDS 400 BEDS null Bệnh viện dã chiến số 1 thị xã Ninh Hòa',
      'TREATMENT_BEDS 250 BEDS null Bệnh viện dã chiến số 2 huyện Vạn Ninh',
    ]);
    // A table that orders nothing above it reports.
    const listed = allocation.replace('Thiết lập các bệnh viện dã chiến với số giường như sau:', 'Các bệnh viện dã chiến hiện có:');
    expect(rows(listed)).toEqual([]);
  });
});

describe('figures misread by OCR', () => {
  it('reads "l4" and "O7" before a unit as 14 and 7, and quotes them as the scan has them', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH',
      'Số: 12/CT-UBND',
      'CHỈ THỊ',
      'Về phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona',
      '1. Người về từ vùng có dịch phải tự cách ly tại nhà l4 ngày.',
      '2. Học sinh các trường trên địa bàn tỉnh nghỉ học O7 ngày, từ ngày 03/02/2020.',
    ].join('\n');
    const found = targets(text);
    expect(found.map((t) => `${t.metric} ${t.value} ${t.unit}`)).toEqual(['QUARANTINE_DAYS 14 DAYS', 'RESTRICTION_PERIOD_DAYS 7 DAYS']);
    expect(found.map((t) => t.citation.quote)).toEqual([expect.stringContaining('l4 ngày'), expect.stringContaining('O7 ngày')]);
  });

  it('reads a misread figure before the thing it counts, and a sum whose first digits were misread', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH',
      'Số: 12/CT-UBND',
      'CHỈ THỊ',
      'Về phòng, chống dịch COVID-19',
      '1. Trung tâm Y tế huyện thành lập O5 tổ lấy mẫu lưu động.',
      '2. Hỗ trợ mỗi hộ trong khu phong tỏa 3OO.000 đồng.',
    ].join('\n');
    expect(targets(text).map((t) => `${t.metric} ${t.value} ${t.unit} | ${t.citation.quote}`)).toEqual(['OTHER 5 COUNT | O5 tổ lấy mẫu lưu động', 'SUPPORT_AMOUNT 300000 VND | 3OO.000 đồng']);
  });

  // A plan handing out daily doses to districts in a table under it.
  const ALLOCATION_LEAD = ['ỦY BAN NHÂN DÂN TỈNH', 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Tiêm chủng vắc xin phòng COVID-19', '1. Giao chỉ tiêu tiêm chủng cho các huyện như sau:', ''];

  it("reads a table's cells whose figures a scan misread, each in its row", () => {
    const text = [
      ...ALLOCATION_LEAD,
      '| STT | Đơn vị | Chỉ tiêu tiêm (mũi/ngày) |',
      '|---|---|---|',
      '| 1 | Huyện Tân Hồng | 1.2OO |',
      '| 2 | Huyện Hồng Ngự | 8OO |',
      '| 3 | Huyện Tam Nông | 900 |',
    ].join('\n');
    expect(figures(text)).toEqual(['VACCINATION_DOSES_PER_DAY 1200 DOSES_PER_DAY', 'VACCINATION_DOSES_PER_DAY 800 DOSES_PER_DAY', 'VACCINATION_DOSES_PER_DAY 900 DOSES_PER_DAY']);
  });

  it("reads the rows of a table aligned with spaces whose ordinals or figures a scan misread", () => {
    const text = [
      ...ALLOCATION_LEAD,
      'STT  Đơn vị                      Số trẻ        Chỉ tiêu tiêm (mũi/ngày)',
      '9    Huyện Ân Thi                 9.120         1.100',
      '1O   Huyện Tiên Lữ                8.l50         1.000',
      '11   Huyện Phù Cừ                 7.300         9OO',
    ].join('\n');
    expect(figures(text)).toEqual(['VACCINATION_DOSES_PER_DAY 1100 DOSES_PER_DAY', 'VACCINATION_DOSES_PER_DAY 1000 DOSES_PER_DAY', 'VACCINATION_DOSES_PER_DAY 900 DOSES_PER_DAY']);
  });
});

describe('a share after ";" that only names whom it counts', () => {
  it('continues the metric of the share before it that named whom, and no other', () => {
    expect(figures('1. Tiêm tối thiểu 80% người từ 18 tuổi trở lên; 100% trẻ em từ 12 đến 17 tuổi.')).toEqual(['VACCINATION_COVERAGE 80 PERCENT', 'VACCINATION_COVERAGE 100 PERCENT']);
    expect(figures('1. Xét nghiệm ngẫu nhiên 10% người lao động; 100% người bán hàng tại chợ.')).toEqual(['TESTING_COVERAGE 10 PERCENT', 'TESTING_COVERAGE 100 PERCENT']);
    // Other figures between: a frequency of its own.
    expect(figures('1. Xét nghiệm định kỳ cho 100% người làm việc tại cửa khẩu với tần suất 3 ngày/lần; 20% người lao động tại các khu công nghiệp 7 ngày/lần.')).toEqual([
      'TESTING_COVERAGE 100 PERCENT',
      'TEST_INTERVAL_DAYS 3 DAYS',
      'TESTING_COVERAGE 20 PERCENT',
      'TEST_INTERVAL_DAYS 7 DAYS',
    ]);
    // Whom the second share counts ends before its frequency.
    expect(targets('1. Xét nghiệm cho 100% người làm việc tại cửa khẩu 3 ngày/lần; 20% người lao động tại các khu công nghiệp 7 ngày/lần.')[2].qualifiers.population).toBe('người lao động tại các khu công nghiệp');
  });
});

describe('shares of doses', () => {
  it('reads a share of the doses delivered as no coverage of people', () => {
    expect(figures('1. Sử dụng 100% số liều vắc xin được cấp; bảo đảm 100% vắc xin được bảo quản đúng quy định; trên 95% trẻ từ 12 đến 17 tuổi được tiêm đủ liều.')).toEqual([
      'OTHER 100 PERCENT',
      'OTHER 100 PERCENT',
      'VACCINATION_COVERAGE 95 PERCENT',
    ]);
  });
});

describe('amounts listed under a lead', () => {
  it('reads an amount per person under a lead that names support as a support amount, and a budget as none', () => {
    const text = [
      'Điều 1. Hỗ trợ một lần cho các đối tượng bị ảnh hưởng bởi dịch COVID-19 như sau:',
      '1. Người lao động tự do bị mất việc làm: 1.500.000 đồng/người.',
      '2. Hộ kinh doanh phải tạm dừng hoạt động: 3.000.000 đồng/hộ.',
      '3. Tổng kinh phí thực hiện: 8,4 tỷ đồng.',
    ].join('\n');
    expect(figures(text)).toEqual(['SUPPORT_AMOUNT 1500000 VND', 'SUPPORT_AMOUNT 3000000 VND', 'OTHER 8400000000 VND']);
  });
});

describe('shares listed with actions of their own', () => {
  it("does not lend one share's action to the next share that names its own", () => {
    expect(figures('1. Bảo đảm 100% hộ gia đình được tuyên truyền, 80% người dân cài đặt và sử dụng ứng dụng Bluezone.')).toEqual(['INFORMATION_COVERAGE 100 PERCENT', 'OTHER 80 PERCENT']);
  });

  it('still lends it to a share that only names whom it counts, or to a figure its words stand right before', () => {
    expect(figures('1. Trên 80% người từ 18 tuổi trở lên được tiêm đủ 02 mũi vắc xin, 100% người từ 50 tuổi trở lên.')).toEqual(['VACCINATION_COVERAGE 80 PERCENT', 'VACCINATION_COVERAGE 100 PERCENT']);
    expect(figures('1. Định kỳ 07 ngày xét nghiệm ngẫu nhiên tối thiểu 20% số nhân viên trực tiếp phục vụ khách.')).toContain('TESTING_COVERAGE 20 PERCENT');
  });
});

describe('a rate per site', () => {
  it('reads a site between a unit and its rate as that rate ("300 mũi/điểm tiêm/ngày")', () => {
    expect(figures('1. Tổ chức tiêm với công suất 300 mũi/điểm tiêm/ngày; năng lực xét nghiệm 1.000 mẫu/máy/ngày.')).toEqual(['VACCINATION_DOSES_PER_DAY 300 DOSES_PER_DAY', 'TEST_SAMPLES_PER_DAY 1000 SAMPLES_PER_DAY']);
  });
});

describe('a span of days open at its top', () => {
  it('says who qualifies for support, and is no target; a span an order states is one', () => {
    expect(figures('1. Hỗ trợ người lao động nghỉ việc không hưởng lương từ 15 ngày liên tục trở lên, mức 1.855.000 đồng/người.')).toEqual(['SUPPORT_AMOUNT 1855000 VND']);
    expect(figures('1. Hộ kinh doanh phải dừng hoạt động từ 15 ngày trở lên được hỗ trợ 3.000.000 đồng/hộ.')).toEqual(['SUPPORT_AMOUNT 3000000 VND']);
    expect(figures('1. Người từ vùng dịch về cách ly tập trung 14 ngày.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
  });
});

describe('figures listed after one bound', () => {
  it('share it across a comma or "và", after a place the figure before names, but not a per-item figure', () => {
    const bounds = (line: string) => targets(`1. ${line}`).map((t) => `${t.value} ${t.bound}`);
    expect(bounds('Mỗi điểm thi bố trí ít nhất 01 phòng thi dự phòng và 01 phòng cách ly tạm thời.')).toEqual(['1 AT_LEAST', '1 AT_LEAST']);
    expect(bounds('Không tập trung quá 20 người trong phòng, 10 người ngoài trời.')).toEqual(['20 AT_MOST', '10 AT_MOST']);
    expect(bounds('Mỗi xã bố trí tối thiểu 02 tổ lấy mẫu, 01 trạm y tế lưu động và 05 tình nguyện viên.')).toEqual(['2 AT_LEAST', '1 AT_LEAST', '5 AT_LEAST']);
    expect(bounds('Thành lập tối thiểu 05 tổ lấy mẫu, mỗi tổ 03 người.')).toEqual(['5 AT_LEAST', '3 null']);
    // A share after a count measures something else; no cap holds everyone.
    expect(bounds('Tổ chức đám cưới không quá 50 người, 100% khách mời tiêm đủ 2 liều vắc xin.')).toEqual(['50 AT_MOST', '100 null']);
    expect(bounds('Nhà hàng phục vụ không quá 50% công suất, 100% nhân viên phải quét mã QR.')).toEqual(['50 AT_MOST', '100 null']);
    expect(bounds('Chợ hoạt động không quá 50% số quầy, 30% số hộ kinh doanh mỗi ngày.')).toEqual(['50 AT_MOST', '30 AT_MOST']);
  });

  it('gives a distance between people the floor it always is when its words state no bound', () => {
    const bounds = (line: string) => targets(`1. ${line}`).map((t) => `${t.metric} ${t.value} ${t.bound}`);
    expect(bounds('Người dự lễ giữ khoảng cách 2m/người; khoảng cách giữa 2 người từ 1 mét trở lên.')).toEqual(['PHYSICAL_DISTANCE 2 AT_LEAST', 'PHYSICAL_DISTANCE 1 AT_LEAST']);
  });
});

describe('limits and capacities written around the figure', () => {
  it('reads "có trên N người" after a ban as the limit, not as a count of what exists', () => {
    expect(figures('1. Không tổ chức đám cưới, tiệc mừng có trên 20 người tham dự.')).toEqual(['GATHERING_SIZE 20 PEOPLE']);
    expect(targets('1. Các cơ sở tôn giáo không tổ chức các nghi lễ có trên 30 người tham dự.')[0]).toMatchObject({ metric: 'GATHERING_SIZE', value: 30, bound: 'AT_MOST' });
  });

  it('reads a group over N that police disperse or sanction as a cap of N', () => {
    expect(targets('1. Công an xã giải tán các trường hợp tụ tập trên 20 người tại nghĩa trang.')[0]).toMatchObject({ metric: 'GATHERING_SIZE', value: 20, bound: 'AT_MOST' });
    expect(targets('1. Xử lý nghiêm các nhóm tảo mộ trên 10 người.')[0]).toMatchObject({ value: 10, bound: 'AT_MOST' });
  });

  it('reads caps on grave visits, a festival\'s rites and its performances as gathering sizes', () => {
    for (const [text, value] of [
      ['1. Mỗi đoàn viếng không quá 15 người.', 15],
      ['1. Số lượng người viếng mộ cùng lúc không quá 50 người.', 50],
      ['1. Chỉ tổ chức phần lễ, không quá 30 người.', 30],
      ['1. Các hoạt động văn hóa, văn nghệ không quá 200 người.', 200],
    ] as const) {
      expect([text, targets(text)[0]]).toMatchObject([text, { metric: 'GATHERING_SIZE', value, bound: 'AT_MOST' }]);
    }
  });

  it('reads who a rule binds after experts, investors and arrivals, not a report of their doses', () => {
    expect(figures('1. Chuyên gia đã tiêm đủ liều vắc xin phải cách ly tập trung 07 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    expect(figures('1. Nhà đầu tư đã tiêm đủ liều vắc xin tự theo dõi sức khỏe 14 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 14 DAYS']);
  });

  it('reads the share of pupils or students sampled for a test as testing coverage, not attendance', () => {
    expect(figures('1. Các trường tổ chức xét nghiệm ngẫu nhiên 10% số sinh viên nội trú.')).toEqual(['TESTING_COVERAGE 10 PERCENT']);
    expect(figures('1. Các trường tổ chức dạy học trực tiếp cho 50% số học sinh.')).toEqual(['SCHOOL_ATTENDANCE 50 PERCENT']);
  });

  it('counts experts, investors and fishermen as people ("45 chuyên gia", not "45 chuyên")', () => {
    expect(targets('1. Sở Y tế tổ chức cách ly 45 chuyên gia tại khách sạn Sông Cầu.').map((t) => [t.value, t.unit, t.citation.quote])).toEqual([[45, 'PEOPLE', '45 chuyên gia']]);
    expect(targets('1. Đón 30 nhà đầu tư vào tỉnh làm việc.').map((t) => [t.value, t.unit, t.citation.quote])).toEqual([[30, 'PEOPLE', '30 nhà đầu tư']]);
    expect(targets('1. Mỗi tàu không quá 10 ngư dân.').map((t) => [t.value, t.unit, t.bound])).toEqual([[10, 'PEOPLE', 'AT_MOST']]);
  });

  it('reads who a rule binds after fishermen, shippers, the infected and people arriving ("Người đến tỉnh đã tiêm ..."), and an isolation ended "khi đã cách ly đủ" its days, but a count of them reports', () => {
    expect(figures('1. Ngư dân đã về phải cách ly tại nhà 7 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    expect(figures('1. Shipper đã tiêm đủ 02 mũi vắc xin thì xét nghiệm 07 ngày/lần.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS']);
    expect(figures('1. Người đến tỉnh đã tiêm đủ 2 liều vắc xin phải tự theo dõi sức khỏe 7 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
    expect(figures('1. Khách vào tỉnh đã tiêm đủ 2 liều vắc xin tự theo dõi sức khỏe 7 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
    expect(figures('1. Người nhiễm đã tiêm đủ liều vắc xin được dỡ bỏ cách ly sau 05 ngày.')).toEqual(['QUARANTINE_DAYS 5 DAYS']);
    expect(figures('1. F0 được dỡ bỏ cách ly khi đã cách ly đủ 07 ngày và có kết quả test nhanh âm tính.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    expect(figures('1. Số người từ Hà Nội đã được xét nghiệm là 3.500 người.')).toEqual([]);
    expect(figures('1. Số lượng người về tỉnh đã tiêm đủ 2 liều là 1.200 người.')).toEqual([]);
  });

  it('keeps routine childhood immunisation out of COVID-19 vaccination coverage', () => {
    expect(figures('1. Phấn đấu tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chương trình tiêm chủng mở rộng đạt trên 90%.')).toEqual(['OTHER 90 PERCENT']);
    expect(figures('1. Tỷ lệ tiêm vắc xin sởi - rubella đạt trên 95%.')).toEqual(['OTHER 95 PERCENT']);
    expect(figures('1. Phấn đấu 95% người từ 18 tuổi trở lên được tiêm mũi 3.')).toEqual(['VACCINATION_COVERAGE 95 PERCENT']);
  });

  it('reads a discount on power or water bills for vaccination or testing sites as no coverage', () => {
    expect(figures('1. Giảm 100% tiền điện cho các điểm tiêm chủng vắc xin phòng COVID-19.')).toEqual(['OTHER 100 PERCENT']);
    expect(figures('1. Giảm 20% tiền điện cho các cơ sở y tế đang xét nghiệm, điều trị người bệnh COVID-19.')).toEqual(['OTHER 20 PERCENT']);
  });

  it('counts delivery workers as people', () => {
    expect(targets('1. Mỗi doanh nghiệp được đăng ký tối đa 300 shipper.')[0]).toMatchObject({ value: 300, unit: 'PEOPLE', bound: 'AT_MOST' });
  });

  it('reads the audience of a show as a gathering size', () => {
    expect(figures('1. Tạm dừng cấp phép các chương trình biểu diễn nghệ thuật có trên 100 khách xem.')).toEqual(['GATHERING_SIZE 100 PEOPLE']);
  });

  it('reads the total capacity an order keeps ("với tổng số 600 giường") as its target', () => {
    expect(figures('1. Sở Y tế duy trì 02 cơ sở thu dung, điều trị với tổng số 600 giường.')).toEqual(['OTHER 2 COUNT', 'TREATMENT_BEDS 600 BEDS']);
  });

  it('reads a time limit counted from an event ("kể từ khi được ghi nhận") as ordered', () => {
    expect(figures('1. Bảo đảm cấp phát gói thuốc cho F0 trong vòng 24 giờ kể từ khi được ghi nhận.')).toEqual(['OTHER 24 HOURS']);
  });
});

describe('tables of measures by level', () => {
  const table = [
    'Điều 1. Các biện pháp áp dụng theo cấp độ dịch như sau:',
    '',
    '| TT | Hoạt động | Cấp độ 1 | Cấp độ 2 | Cấp độ 3 |',
    '|---|---|---|---|---|',
    '| 1 | Đám cưới, đám tang | Không quá 100 người | Không quá 50 người | Không tổ chức |',
    '| 2 | Nhà hàng, quán ăn | Không quá 75% công suất | Không quá 50% công suất | Chỉ bán mang về |',
    '| 3 | Vận chuyển hành khách công cộng | Hoạt động bình thường | Không quá 70% số ghế | Dừng hoạt động |',
  ].join('\n');

  it("reads each cell's figure with its row's label and its level as the scope, and no row number as a count", () => {
    expect(targets(table).map((t) => `${t.metric} ${t.value} ${t.unit} ${t.qualifiers.scope}`)).toEqual([
      'GATHERING_SIZE 100 PEOPLE Cấp độ 1',
      'GATHERING_SIZE 50 PEOPLE Cấp độ 2',
      'VENUE_CAPACITY 75 PERCENT Cấp độ 1',
      'VENUE_CAPACITY 50 PERCENT Cấp độ 2',
      'TRANSPORT_CAPACITY 70 PERCENT Cấp độ 2',
    ]);
  });
});

describe('figures spelled out and counts each unit must have', () => {
  it('reads a figure spelled out beside its digits as one figure, with its bound and unit around both', () => {
    const text = [
      'a) Người về từ vùng dịch khai báo y tế trong vòng hai mươi bốn (24) giờ; tự cách ly tại nhà mười bốn (14) ngày.',
      'b) Giữ khoảng cách tối thiểu hai (02) mét; không tụ tập quá ba mươi (30) người nơi công cộng.',
      'c) Tiêm tối thiểu 15.000 (mười lăm nghìn) liều/ngày trên toàn tỉnh.',
    ].join('\n');
    expect(targets(text).map((t) => `${t.metric} ${t.value} ${t.unit} ${t.bound} | ${t.citation.quote}`)).toEqual([
      'OTHER 24 HOURS AT_MOST | hai mươi bốn (24) giờ',
      'QUARANTINE_DAYS 14 DAYS null | mười bốn (14) ngày',
      'PHYSICAL_DISTANCE 2 METRES AT_LEAST | hai (02) mét',
      'GATHERING_SIZE 30 PEOPLE AT_MOST | ba mươi (30) người',
      'VACCINATION_DOSES_PER_DAY 15000 DOSES_PER_DAY AT_LEAST | 15.000 (mười lăm nghìn) liều/ngày',
    ]);
  });

  it('reads what each unit must have ("mỗi xã có ít nhất 01 tổ") as a count, but not what a place has', () => {
    const text = 'Mỗi xã, phường có ít nhất 01 (một) tổ phản ứng nhanh; từng trường học phải có tối thiểu 02 phòng cách ly tạm thời. Toàn tỉnh hiện có 35 tổ phản ứng nhanh.';
    expect(targets(text).map((t) => `${t.metric} ${t.value} ${t.bound} ${t.nounPhrase}`)).toEqual([
      'OTHER 1 AT_LEAST tổ phản ứng nhanh',
      'OTHER 2 AT_LEAST phòng cách ly tạm thời',
    ]);
  });

  it('does not count quarantine beds ("giường cách ly") as beds for patients, but counts a hospital\'s isolation beds for treatment', () => {
    expect(figures('Chuẩn bị 200 giường cách ly tập trung tại Trường Quân sự tỉnh và 120 giường điều trị tại Bệnh viện Đa khoa tỉnh.')).toEqual([
      'OTHER 200 BEDS',
      'TREATMENT_BEDS 120 BEDS',
    ]);
    expect(figures('Mỗi bệnh viện tuyến huyện bố trí ít nhất 20 giường cách ly điều trị; bố trí 50 giường cách ly tạm thời cho khách.')).toEqual([
      'TREATMENT_BEDS 20 BEDS',
      'OTHER 50 BEDS',
    ]);
  });
});

describe('a task table with a column of the present state', () => {
  it('reads the goal column and not the column that reports where things stand ("Hiện trạng", "Kết quả")', () => {
    const table = [
      'Các sở, ngành, địa phương thực hiện các nhiệm vụ sau đây theo đúng thời hạn được giao:',
      'STT | Nhiệm vụ | Chỉ tiêu | Hiện trạng (đến 15/10/2021) | Thời hạn',
      '1 | Tiêm đủ 02 mũi cho người từ 18 tuổi trở lên | tối thiểu 80% | 47,2% | 30/11/2021',
      '2 | Hội nghị, sự kiện trong nhà | không quá 30 người | Tạm dừng | Từ 20/10/2021',
      '3 | Giường hồi sức tích cực sẵn sàng | 120 giường | 64 giường | 05/11/2021',
    ].join('\n');
    expect(figures(table)).toEqual(['VACCINATION_COVERAGE 80 PERCENT', 'GATHERING_SIZE 30 PEOPLE', 'TREATMENT_BEDS 120 BEDS']);
  });
});

describe('days that count support, not isolation', () => {
  it('reads the days a support lasts as no quarantine, where "hỗ trợ" names them nearer than "cách ly"', () => {
    expect(figures('1. Hỗ trợ tiền ăn cho người cách ly tập trung: 80.000 đồng/người/ngày, thời gian hỗ trợ tối đa 21 ngày.')).toEqual([
      'SUPPORT_AMOUNT 80000 VND',
      'OTHER 21 DAYS',
    ]);
    expect(figures('1. Người cách ly tập trung được hỗ trợ tiền ăn trong 14 ngày cách ly.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
    expect(figures('1. Hỗ trợ người phải cách ly y tế 14 ngày theo quy định.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
  });
});

describe('a table of goals by place', () => {
  const scoped = (raw: string) => targets(raw).map((t) => `${t.metric} ${t.value} ${t.unit} @ ${t.qualifiers.scope}`);
  const table = (lead: string, heading: string) =>
    [lead, `| STT | Đơn vị | Số liều phân bổ | ${heading} |`, '| 1 | Thành phố Tam Điệp | 12.000 | 95 |', '| 2 | Huyện Yên Mô | 8.500 | 90 |'].join('\n');

  it("reads each row's figure by the column that names what is counted, scoped to the row's place", () => {
    expect(scoped(table('Các huyện, thành phố thực hiện như sau:', 'Tỷ lệ tiêm mũi 1 phấn đấu đạt (%)'))).toEqual([
      'VACCINATION_COVERAGE 95 PERCENT @ Thành phố Tam Điệp',
      'VACCINATION_COVERAGE 90 PERCENT @ Huyện Yên Mô',
    ]);
  });

  it('takes the goal from the sentence that opens the table when the heading has none, and not from one that reports', () => {
    expect(scoped(table('Giao chỉ tiêu tiêm vắc xin cho các huyện, thành phố như sau:', 'Tỷ lệ tiêm vắc xin mũi 1 (%)'))).toEqual([
      'VACCINATION_COVERAGE 95 PERCENT @ Thành phố Tam Điệp',
      'VACCINATION_COVERAGE 90 PERCENT @ Huyện Yên Mô',
    ]);
    expect(scoped(table('Kết quả thực hiện chỉ tiêu tiêm vắc xin của các huyện, thành phố như sau:', 'Tỷ lệ tiêm vắc xin mũi 1 (%)'))).toEqual([]);
    expect(scoped(table('Số liều vắc xin của các huyện, thành phố như sau:', 'Tỷ lệ tiêm vắc xin mũi 1 (%)'))).toEqual([]);
  });
});

describe('framed tables whose cells are not all bare figures', () => {
  const issued = (raw: string, issuedOn: string | null) => {
    const cleaned = clean(raw);
    return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, kind: null, issuedOn }).targets.map((t) => `${t.metric} ${t.value} ${t.unit} ${t.bound}`);
  };

  it('keeps a row with an empty cell, so that the goal after it stays under its heading', () => {
    const table = ['| STT | Chỉ tiêu | Kết quả | Mục tiêu |', '|---|---|---|---|', '| 1 | Tỷ lệ tiêm mũi 1 | | 95% |', '| 2 | Số chốt kiểm soát | 4 chốt | 9 chốt |'].join('\n');
    expect(issued(table, null)).toEqual(['VACCINATION_COVERAGE 95 PERCENT null', 'CHECKPOINTS 9 CHECKPOINTS null']);
  });

  it('reads a bound a goal cell opens with, as a sentence would', () => {
    const table = [
      '| Chỉ tiêu | Hiện có | Mục tiêu |',
      '|---|---|---|',
      '| Tỷ lệ người từ 18 tuổi trở lên tiêm mũi 1 | 45% | ≥ 70% |',
      '| Công suất xét nghiệm RT-PCR | 2.000 mẫu/ngày | tối thiểu 5.000 mẫu/ngày |',
    ].join('\n');
    expect(issued(table, null)).toEqual(['VACCINATION_COVERAGE 70 PERCENT AT_LEAST', 'TEST_SAMPLES_PER_DAY 5000 SAMPLES_PER_DAY AT_LEAST']);
  });

  it('sets a column dated before the directive aside as the present state, and reads one dated after it as the goal', () => {
    const table = [
      '| Chỉ tiêu | Đến 31/8/2021 | Đến 30/9/2021 |',
      '|---|---|---|',
      '| Tỷ lệ người từ 18 tuổi trở lên tiêm mũi 1 | 45% | 70% |',
      '| Công suất xét nghiệm RT-PCR (mẫu/ngày) | 2.000 | 5.000 |',
      '| Số giường điều trị COVID-19 | 300 | 800 |',
    ].join('\n');
    // The bare beds figure takes the noun its row counts for unit.
    expect(issued(table, '2021-09-05')).toEqual(['VACCINATION_COVERAGE 70 PERCENT null', 'TEST_SAMPLES_PER_DAY 5000 SAMPLES_PER_DAY null', 'TREATMENT_BEDS 800 BEDS null']);
    // A heading may leave the year to the directive's.
    expect(issued(table.replace('Đến 31/8/2021', 'Đến 31/8').replace('Đến 30/9/2021', 'Đến 30/9'), '2021-09-05')).toEqual([
      'VACCINATION_COVERAGE 70 PERCENT null',
      'TEST_SAMPLES_PER_DAY 5000 SAMPLES_PER_DAY null',
      'TREATMENT_BEDS 800 BEDS null',
    ]);
    // Written before both dates, the table sets two milestones.
    expect(issued(table, '2021-08-10')).toEqual([
      'VACCINATION_COVERAGE 45 PERCENT null',
      'VACCINATION_COVERAGE 70 PERCENT null',
      'TEST_SAMPLES_PER_DAY 2000 SAMPLES_PER_DAY null',
      'TEST_SAMPLES_PER_DAY 5000 SAMPLES_PER_DAY null',
      'TREATMENT_BEDS 300 BEDS null',
      'TREATMENT_BEDS 800 BEDS null',
    ]);
  });

  it('knows a column of the present state by a word anywhere in its heading, unless a goal\'s word opens it', () => {
    const present = [
      '| Nội dung | Số liệu hiện tại | Chỉ tiêu phấn đấu | Ghi chú |',
      '| --- | --- | --- | --- |',
      '| Tỷ lệ người từ 18 tuổi trở lên tiêm mũi 1 | 45% | 70% | |',
      '| Công suất xét nghiệm RT-PCR | 2.000 mẫu/ngày | 5.000 mẫu/ngày | CDC tỉnh |',
    ].join('\n');
    expect(issued(present, '2021-09-05')).toEqual(['VACCINATION_COVERAGE 70 PERCENT null', 'TEST_SAMPLES_PER_DAY 5000 SAMPLES_PER_DAY null']);
    const planned = ['| Chỉ tiêu | Tình hình tại thời điểm ban hành | Kế hoạch thực hiện đến 31/12/2021 |', '|---|---|---|', '| Số giường điều trị COVID-19 | 300 giường | 800 giường |'].join('\n');
    expect(issued(planned, '2021-09-05')).toEqual(['TREATMENT_BEDS 800 BEDS null']);
  });
});

describe('closures for a number of days', () => {
  it('reads the days a stop or halt of activity lasts as the period of the restriction', () => {
    expect(figures('1. Dừng hoạt động các dịch vụ không thiết yếu từ 12 giờ ngày 20/9/2021 trong 14 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
    expect(figures('2. Tạm ngừng hoạt động các chợ đầu mối trong 07 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 7 DAYS']);
  });
});

describe('labelled lines under an instruction', () => {
  it('reads a frequency on a labelled line under a testing item as the interval between rounds', () => {
    const item = ['2. Xét nghiệm cho 100% người lao động tại các khu công nghiệp.', '- Đối tượng: công nhân làm việc theo ca.', '- Tần suất: 7 ngày/lần.'].join('\n');
    expect(figures(item)).toEqual(['TESTING_COVERAGE 100 PERCENT', 'TEST_INTERVAL_DAYS 7 DAYS']);
    // Without the lead's topic, the frequency stays a figure of no known metric.
    expect(figures('- Tần suất: 7 ngày/lần.')).not.toContain('TEST_INTERVAL_DAYS 7 DAYS');
  });

  it('counts on a labelled line what the item above sets up, by its verb and its noun', () => {
    expect(figures(['1. Tổ chức điểm tiêm lưu động tại các xã.', '- Số lượng: 12 điểm tiêm.'].join('\n'))).toEqual(['OTHER 12 COUNT']);
    // A count of another noun, or under an item that sets nothing up, is no target.
    expect(figures(['1. Tổ chức điểm tiêm lưu động tại các xã.', '- Số lượng: 12 xe cứu thương.'].join('\n'))).toEqual([]);
    expect(figures(['1. Rà soát điểm tiêm lưu động tại các xã.', '- Số lượng: 12 điểm tiêm.'].join('\n'))).toEqual([]);
  });
});

describe('a turnaround written result first', () => {
  it('reads "kết quả (xét nghiệm) (phải được) trả trong vòng 24 giờ" as the time to return results', () => {
    expect(figures('1. Lấy mẫu cho 100% người dân trong vùng phong tỏa; kết quả xét nghiệm phải được trả trong vòng 24 giờ kể từ khi lấy mẫu.')).toEqual([
      'TESTING_COVERAGE 100 PERCENT',
      'TEST_TURNAROUND_HOURS 24 HOURS',
    ]);
    expect(figures('2. Xét nghiệm tầm soát các hộ gia đình định kỳ 03 ngày/lần; kết quả trả trong vòng 12 giờ.')).toContain('TEST_TURNAROUND_HOURS 12 HOURS');
  });
});

describe('a share before joined actions', () => {
  it('gives one target for each action a share governs ("100% nhân viên phải tiêm đủ liều vắc xin và quét mã QR")', () => {
    expect(figures('1. Nhà hàng hoạt động không quá 50% công suất; 100% nhân viên phục vụ phải tiêm đủ liều vắc xin và quét mã QR khi vào ca.')).toEqual([
      'VENUE_CAPACITY 50 PERCENT',
      'VACCINATION_COVERAGE 100 PERCENT',
      'QR_CHECKIN_COVERAGE 100 PERCENT',
    ]);
    expect(figures('2. Bảo đảm 100% người lao động được xét nghiệm nhanh và khai báo y tế điện tử trước khi vào xưởng.')).toEqual([
      'TESTING_COVERAGE 100 PERCENT',
      'QR_CHECKIN_COVERAGE 100 PERCENT',
    ]);
  });

  it('gives one target where "và" joins two things of one action ("tiêm đủ liều cơ bản và mũi bổ sung, xét nghiệm ...")', () => {
    expect(figures('3. 100% người phục vụ lễ hội phải tiêm đủ liều cơ bản và mũi bổ sung, xét nghiệm định kỳ 07 ngày một lần.')).not.toContain('TESTING_COVERAGE 100 PERCENT');
  });
});

describe('a round of vaccination to finish within a time', () => {
  it('reads "tiêm mũi 1 cho 100% ... trong vòng 10 ngày" as days to finish the round, not a look-back after arrival', () => {
    expect(figures('4. Tiêm mũi 1 vắc xin cho 100% người trở về chưa tiêm trong vòng 10 ngày kể từ khi về địa phương.')).toEqual([
      'VACCINATION_COVERAGE 100 PERCENT',
      'VACCINATION_COMPLETION_DAYS 10 DAYS',
    ]);
    expect(figures('5. Người trở về từ vùng dịch trong vòng 14 ngày phải khai báo y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS']);
  });
});

describe('"đã" describing who an order is for', () => {
  it('reads the figure after "người tiếp xúc gần đã tiêm đủ liều" as ordered, not reported', () => {
    expect(figures('1. Người tiếp xúc gần đã tiêm đủ liều vắc xin cách ly tại nhà 05 ngày.')).toEqual(['QUARANTINE_DAYS 5 DAYS']);
    expect(figures('2. Toàn tỉnh đã tiêm 12.000 liều vắc xin.')).toEqual([]);
    // A short aside in brackets between who and "đã" changes nothing.
    expect(figures('3. Người tiếp xúc gần (F1) đã tiêm đủ liều vắc xin cách ly tại nhà 07 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    expect(figures('4. Toàn tỉnh (13 huyện) đã tiêm 12.000 liều vắc xin.')).toEqual([]);
  });
});

describe('a cap on trips', () => {
  it('reads "tối đa 06 chuyến/ngày" as a bounded count of trips', () => {
    const found = targets('1. Tuyến tàu cao tốc chạy tối đa 06 chuyến/ngày mỗi chiều; xe buýt không quá 04 chuyến mỗi ngày.');
    expect(found.map((t) => [t.metric, t.value, t.unit, t.bound])).toEqual([
      ['OTHER', 6, 'COUNT', 'AT_MOST'],
      ['OTHER', 4, 'COUNT', 'AT_MOST'],
    ]);
  });
});

describe('year-end and new-year parties', () => {
  it('reads a cap on a "tất niên" or a "họp mặt" as the size of a gathering', () => {
    expect(figures('1. Doanh nghiệp tổ chức tất niên không quá 50 người mỗi buổi; cơ quan họp mặt đầu xuân không quá 30 người.')).toEqual([
      'GATHERING_SIZE 50 PEOPLE',
      'GATHERING_SIZE 30 PEOPLE',
    ]);
  });
});

describe('round the clock', () => {
  it('reads "05 người trực 24/24 giờ" as five people, not five people a day, and keeps a pool size before a rate', () => {
    expect(figures('1. Mỗi chốt bố trí ít nhất 05 người trực 24/24 giờ; nâng công suất lên 2.000 mẫu gộp 5/ngày.')).toEqual([
      'OTHER 5 PEOPLE',
      'RT_PCR_POOLED_SAMPLES 2000 SAMPLES_PER_DAY',
    ]);
  });
});

describe('a canteen shift', () => {
  it('does not read a share of the workforce eating in one shift as the share working on site', () => {
    expect(figures('1. Tổ chức ăn theo ca, mỗi ca không quá 30% số lao động; bố trí không quá 50% số lao động làm việc tại nhà máy.')).toEqual([
      'OTHER 30 PERCENT',
      'WORKPLACE_ATTENDANCE 50 PERCENT',
    ]);
  });
});

describe('a sum after the name of a plan', () => {
  it('reads "kinh phí thực hiện kế hoạch 25 tỷ đồng" as a sum, while "Kế hoạch 25" alone names a document', () => {
    expect(figures('1. Kinh phí thực hiện kế hoạch 25 tỷ đồng từ nguồn dự phòng ngân sách tỉnh.')).toEqual(['OTHER 25000000000 VND']);
    expect(figures('2. Các huyện tổ chức tiêm theo Kế hoạch 25 của UBND tỉnh.')).toEqual([]);
  });
});

describe('a shift named as the time of an order', () => {
  it('does not read "trước mỗi ca làm việc" as the share working on site', () => {
    expect(figures('1. Đo thân nhiệt 100% người lao động trước mỗi ca làm việc; bố trí không quá 50% người lao động làm việc theo ca.')).toEqual([
      'OTHER 100 PERCENT',
      'WORKPLACE_ATTENDANCE 50 PERCENT',
    ]);
  });
});

describe('what a figure is for, after it', () => {
  it('does not take the purpose after a figure for what it measures ("không quá 48 giờ để khử khuẩn, truy vết")', () => {
    expect(figures('1. Chỉ tạm dừng khu vực có F0 không quá 48 giờ để khử khuẩn, truy vết.')).toEqual(['OTHER 48 HOURS']);
    expect(figures('2. Truy vết F1 trong vòng 12 giờ kể từ khi phát hiện ca mắc.')).toEqual(['CONTACT_TRACING_HOURS 12 HOURS']);
  });
});

describe('a sanction, not a regime', () => {
  it('reads the days a violator\'s business is suspended as no distancing regime\'s ("Cơ sở vi phạm ... tạm dừng hoạt động 07 ngày")', () => {
    expect(figures('1. Tạm dừng hoạt động 07 ngày đối với cơ sở vi phạm lần đầu; tái phạm đình chỉ 14 ngày.')).toEqual(['OTHER 7 DAYS', 'OTHER 14 DAYS']);
    expect(figures('2. Tạm dừng hoạt động các cơ sở karaoke trong 14 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
  });
});

describe('a look-back written as time not yet passed', () => {
  it('reads "về từ ... chưa qua 14 ngày", "chưa đủ 21 ngày" as the look-back over a stay', () => {
    expect(figures('1. Người đến, ở, về từ xã Tân Lập chưa qua 14 ngày phải khai báo y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS']);
    expect(figures('2. Người từ vùng dịch về địa phương chưa đủ 21 ngày không tham gia lễ hội.')).toEqual(['EXPOSURE_WINDOW_DAYS 21 DAYS']);
  });
});

describe('a stay now or a stay put, not a stay before', () => {
  it('reads no look-back in "du khách đang lưu trú ... rời đảo trong vòng 05 ngày" nor in "lưu trú cố định ... tối thiểu 21 ngày"', () => {
    expect(figures('1. Hướng dẫn du khách đang lưu trú sắp xếp rời đảo trong vòng 05 ngày.')).toEqual(['OTHER 5 DAYS']);
    expect(figures('2. Người lao động phải lưu trú cố định tại địa bàn, không về quê trong thời gian tối thiểu 21 ngày.')).toEqual(['OTHER 21 DAYS']);
    expect(figures('3. Người đã lưu trú tại vùng dịch trong vòng 14 ngày phải khai báo y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS']);
  });
});

describe('a period of limited contact', () => {
  it('does not read "không ra khỏi nơi lưu trú, hạn chế tiếp xúc ... trong vòng 5 ngày" as a look-back over past contacts', () => {
    expect(figures('1. Yêu cầu tạm thời không ra khỏi nơi lưu trú, hạn chế tiếp xúc với người khác trong vòng 5 ngày.')).toEqual(['OTHER 5 DAYS']);
    expect(figures('2. Người đã tiếp xúc với ca bệnh trong vòng 14 ngày phải khai báo y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS']);
    // Whoever it asks of, a journey named before the limit on contact is not what the days count back over.
    expect(figures('3. Người đến từ vùng dịch tạm thời không ra khỏi nơi lưu trú, hạn chế tiếp xúc trong vòng 5 ngày.')).toEqual(['OTHER 5 DAYS']);
    expect(figures('4. Người về từ vùng dịch trong vòng 14 ngày tự cách ly tại nhà 7 ngày.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS', 'QUARANTINE_DAYS 7 DAYS']);
  });

  it('does not read "trong 7 ngày đầu" (the first days after arriving) as a look-back', () => {
    expect(figures('1. Người về từ vùng dịch làm xét nghiệm 02 lần trong 5 ngày đầu.')).toEqual(['OTHER 2 COUNT', 'OTHER 5 DAYS']);
  });
});

describe('caps written per time and capacity named before the share', () => {
  it('reads "N người/thời điểm" as a cap at any one time, while "N người/bàn" stays a count per table', () => {
    expect(figures('1. Lễ cưới không tập trung quá 25 người/thời điểm; nhà hàng phục vụ không quá 4 người/bàn.')).toEqual([
      'GATHERING_SIZE 25 PEOPLE',
      'OTHER 4 PEOPLE',
    ]);
  });

  it('reads "công suất tối đa N%" and "sức chứa không quá N%" as a venue\'s capacity', () => {
    expect(figures('1. Phòng tập thể hình hoạt động với công suất tối đa 40%; rạp chiếu phim bảo đảm sức chứa không quá 30%.')).toEqual([
      'VENUE_CAPACITY 40 PERCENT',
      'VENUE_CAPACITY 30 PERCENT',
    ]);
  });
});

describe('shares of a class and bounds written as signs', () => {
  it('reads "N% sĩ số" as the share of pupils taught on site', () => {
    expect(figures('1. Các trường tiểu học tổ chức học trực tiếp không quá 50% sĩ số mỗi lớp.')).toEqual(['SCHOOL_ATTENDANCE 50 PERCENT']);
    // Pupils counted for a jab are vaccinated, not taught.
    expect(figures('1. Phấn đấu tiêm mũi 1 cho 95% số học sinh từ 12 đến 17 tuổi trước ngày 15/02/2022.')).toEqual(['VACCINATION_COVERAGE 95 PERCENT']);
  });

  it('reads "tối đa là", "tối thiểu là" before a figure as its bound', () => {
    const limits = targets('1. Số người dự đám cưới tối đa là 30 người; thời gian cách ly tối thiểu là 14 ngày.');
    expect(limits.map((t) => `${t.metric} ${t.value} ${t.bound}`)).toEqual(['GATHERING_SIZE 30 AT_MOST', 'QUARANTINE_DAYS 14 AT_LEAST']);
  });

  it('reads a share of a venue allowed with no bound word as a ceiling, a floor where one is written', () => {
    const shares = targets('1. Cơ sở karaoke được hoạt động 50% công suất.\n2. Nhà hàng phục vụ tối thiểu 30% công suất.');
    expect(shares.map((t) => `${t.metric} ${t.value} ${t.bound}`)).toEqual(['VENUE_CAPACITY 50 AT_MOST', 'VENUE_CAPACITY 30 AT_LEAST']);
  });

  it('reads "≥", ">=", "≤" before a figure as its bound', () => {
    const goals = targets('1. Tỷ lệ tiêm đủ 02 mũi vắc xin cho người từ 18 tuổi trở lên: ≥ 95%.\n2. Tỷ lệ người dân được xét nghiệm >= 90%.\n3. Tỷ lệ tử vong ≤ 1%.');
    expect(goals.map((t) => `${t.metric} ${t.value} ${t.bound}`)).toEqual(['VACCINATION_COVERAGE 95 AT_LEAST', 'TESTING_COVERAGE 90 AT_LEAST', 'OTHER 1 AT_MOST']);
    // "<" caps as "dưới" does.
    expect(targets('1. Đám cưới tổ chức < 30 người.').map((t) => `${t.metric} ${t.value} ${t.bound}`)).toEqual(['GATHERING_SIZE 30 AT_MOST']);
  });
});

describe('a listing under an order', () => {
  it('reads the order above a listing of posts, not its rows\' staff or its total row', () => {
    const text = [
      '3. Thành lập 03 chốt kiểm soát tại các điểm sau, mỗi chốt 04 người:',
      'STT   Vị trí chốt         Lực lượng   Điện thoại',
      '1     Cầu Bến Đá          04 người    0912.345.678',
      '2     Ngã tư Tân Lập      04 người    0987.654.321',
      '3     Km 7 Quốc lộ 14     04 người    0905.111.222',
      '      Cộng: 03 chốt       12 người',
      '4. Người về từ vùng dịch cách ly tại nhà 14 ngày.',
    ].join('\n');
    expect(figures(text)).toEqual(['CHECKPOINTS 3 CHECKPOINTS', 'OTHER 4 PEOPLE', 'QUARANTINE_DAYS 14 DAYS']);
  });

  it('still reads an order list whose numbers lost their periods', () => {
    const text = ['1 Thực hiện giãn cách xã hội trong 14 ngày.', '2 Không tập trung quá 10 người.', '3 Giữ khoảng cách tối thiểu 2 mét.'].join('\n');
    expect(figures(text)).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS', 'GATHERING_SIZE 10 PEOPLE', 'PHYSICAL_DISTANCE 2 METRES']);
  });
});

describe('figures written in parallel with earlier ones', () => {
  it('reads a stepped-up share and interval after ";" as the metrics of the figures they repeat', () => {
    expect(figures('1. Xét nghiệm ngẫu nhiên 5% công nhân, định kỳ 10 ngày/lần ở cấp độ 1; ở cấp độ 3, tăng lên 15% công nhân, định kỳ 05 ngày/lần.')).toEqual([
      'TESTING_COVERAGE 5 PERCENT',
      'TEST_INTERVAL_DAYS 10 DAYS',
      'TESTING_COVERAGE 15 PERCENT',
      'TEST_INTERVAL_DAYS 5 DAYS',
    ]);
  });

  it('does not carry a metric to a figure that names something else', () => {
    expect(figures('1. Xét nghiệm ngẫu nhiên 5% công nhân; bố trí 30% nhân viên làm việc tại nhà.')).toEqual(['TESTING_COVERAGE 5 PERCENT', 'OTHER 30 PERCENT']);
  });
});

describe('people counted by their role', () => {
  it('counts members, party members and parents as people', () => {
    expect(figures('1. Mỗi Tổ COVID cộng đồng có ít nhất 03 thành viên; mỗi chi bộ phân công 02 đảng viên theo dõi các hộ cách ly.')).toEqual(['OTHER 3 PEOPLE', 'OTHER 2 PEOPLE']);
  });
});

describe('meetings and events capped by their size', () => {
  it('reads a cap on a meeting or on an event\'s size as a gathering size, not a quarantine site\'s size', () => {
    expect(figures('1. Mỗi buổi họp phụ huynh không quá 25 phụ huynh; các buổi ra quân tổ chức với quy mô không quá 40 người.')).toEqual(['GATHERING_SIZE 25 PEOPLE', 'GATHERING_SIZE 40 PEOPLE']);
    expect(figures('2. Chuẩn bị khu cách ly tập trung quy mô 300 người.')).toEqual(['OTHER 300 PEOPLE']);
  });
});

describe('a look-back written from the place arrived in', () => {
  it('reads "từ địa phương có dịch về tỉnh trong vòng N ngày" as a look-back, "trong N ngày tới" as none', () => {
    expect(figures('1. Học sinh từ địa phương có dịch về tỉnh trong vòng 21 ngày phải khai báo y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 21 DAYS']);
    expect(figures('2. Người dân hạn chế về địa phương trong 10 ngày tới.')).toEqual(['OTHER 10 DAYS']);
  });
});

describe('shares in a vaccination plan that are not of people vaccinated', () => {
  it('reads a share of injection tables, of people told the schedule or of staff trained as no vaccination coverage', () => {
    expect(figures('1. Bảo đảm 100% bàn tiêm có hộp chống sốc; thông báo lịch tiêm đến 100% đối tượng; tập huấn cho 100% cán bộ tham gia tiêm chủng.').map((f) => f.split(' ')[0])).toEqual([
      'OTHER',
      'INFORMATION_COVERAGE',
      'OTHER',
    ]);
    expect(figures('2. Phấn đấu tiêm cho 100% nhân viên y tế tuyến đầu.')).toEqual(['VACCINATION_COVERAGE 100 PERCENT']);
  });
});

describe('figures said in words (a speech-to-text transcript)', () => {
  it('reads them as figures in digits are read', () => {
    expect(
      figures('1. Người về từ vùng dịch cách ly tập trung mười bốn ngày; xe khách chở không quá năm mươi phần trăm số ghế; trả kết quả xét nghiệm trong vòng hai mươi bốn giờ.'),
    ).toEqual(['QUARANTINE_DAYS 14 DAYS', 'TRANSPORT_CAPACITY 50 PERCENT', 'TEST_TURNAROUND_HOURS 24 HOURS']);
  });

  it('does not read the indefinite "một", a motto said in words or a reported count', () => {
    expect(figures('1. Khi một người có triệu chứng sốt phải báo ngay; thực hiện phương châm ba tại chỗ.')).toEqual([]);
    expect(figures('1. Tính đến nay toàn tỉnh đã ghi nhận hai mươi ca mắc.')).toEqual([]);
  });
});

describe('figures of an OCR scan', () => {
  it('reads a unit word whose tone the scan misread, and a lower-case o for 0', () => {
    expect(figures('1. Cách ly tập trung 14 ngảy; không tụ tập quá 1o người; trả kết quả trong vòng 24 gìờ.')).toEqual([
      'QUARANTINE_DAYS 14 DAYS',
      'GATHERING_SIZE 10 PEOPLE',
      'TEST_TURNAROUND_HOURS 24 HOURS',
    ]);
  });

  it('leaves a word whose vowel differs from a unit word ("3 đóng cửa" is no "3 đồng")', () => {
    expect(figures('1. Địa bàn cấp độ 3 đóng cửa các cơ sở kinh doanh không thiết yếu.')).toEqual([]);
  });
});

describe('a share of seats', () => {
  it('is a venue capacity in a hall and a transport capacity on a vehicle, whatever other order shares the part', () => {
    expect(figures('1. Hội nghị chỉ được bố trí tối đa 50% chỗ ngồi trong hội trường, phòng họp và phải quét mã QR code.')).toEqual([
      'VENUE_CAPACITY 50 PERCENT',
    ]);
    expect(figures('1. Xe khách chỉ chở tối đa 50% chỗ ngồi.')).toEqual(['TRANSPORT_CAPACITY 50 PERCENT']);
  });
});

describe('a turnaround stated with "là"', () => {
  it('reads "thời gian trả kết quả ... là N giờ" as the hours to return results', () => {
    expect(figures('1. Thời gian trả kết quả xét nghiệm RT-PCR là 12 giờ kể từ khi nhận mẫu.')).toEqual(['TEST_TURNAROUND_HOURS 12 HOURS']);
  });
});

describe('an order under a condition that reports', () => {
  it('reads the figure after "thì" although the condition before it says what was recorded', () => {
    expect(figures('Trường hợp trong 14 ngày không ghi nhận ca mắc mới trong cộng đồng thì cho phép các nhà hàng hoạt động tối đa 50% công suất.')).toEqual([
      'VENUE_CAPACITY 50 PERCENT',
    ]);
    expect(figures('Nếu không ghi nhận ca mắc mới thì cho phép các nhà hàng hoạt động tối đa 50% công suất.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
    // The condition's own figure is still what it reports.
    expect(figures('Trường hợp đã ghi nhận 50 ca mắc trong cộng đồng thì thực hiện giãn cách xã hội.')).toEqual([]);
  });
});

describe('the time to reach a share', () => {
  const read = (raw: string) => targets(raw).map((t) => `${t.metric} ${t.value} ${t.unit} ${t.bound ?? '-'}`);

  it('reads "trong vòng N ngày" after a share as the time to complete it, not the lockdown its noun phrase names', () => {
    expect(read('1. Xét nghiệm tầm soát cho 100% người dân khu vực phong tỏa trong vòng 03 ngày.')).toEqual([
      'TESTING_COVERAGE 100 PERCENT -',
      'OTHER 3 DAYS AT_MOST',
    ]);
  });

  it('gives a vaccination share\'s time the vaccination completion metric, and an age is no journey ("người từ 18 tuổi")', () => {
    expect(read('2. Tiêm vắc xin cho 100% người từ 18 tuổi trở lên trong vòng 10 ngày.')).toEqual([
      'VACCINATION_COVERAGE 100 PERCENT -',
      'VACCINATION_COMPLETION_DAYS 10 DAYS AT_MOST',
    ]);
  });

  it('keeps a look-back the share\'s noun phrase names ("người về từ vùng dịch trong vòng 14 ngày")', () => {
    expect(read('3. Xét nghiệm cho 100% người về từ vùng dịch trong vòng 14 ngày.')).toEqual([
      'TESTING_COVERAGE 100 PERCENT -',
      'EXPOSURE_WINDOW_DAYS 14 DAYS -',
    ]);
    expect(read('4. Người từ 18 tuổi trở lên về từ vùng dịch trong vòng 14 ngày phải khai báo y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS -']);
  });
});

describe('a task\'s time to complete after a share', () => {
  it('reads "hoàn thành trong 03 ngày" as a target of its own beside the share it also times', () => {
    const found = targets('1. Xét nghiệm tầm soát cho 100% hộ gia đình tại xã Vĩnh Kim, hoàn thành trong 03 ngày.');
    expect(found.map((t) => `${t.metric} ${t.value} ${t.unit} ${t.bound ?? '-'}`)).toEqual(['TESTING_COVERAGE 100 PERCENT -', 'OTHER 3 DAYS AT_MOST']);
    expect(found[0].deadline?.days).toBe(3);
  });
});

describe('what a time limit counts from', () => {
  it('names no metric of the share before it, and the limit is the time to reach that share', () => {
    const read = (raw: string) => targets(raw).map((t) => `${t.metric} ${t.value} ${t.unit} ${t.bound ?? '-'}`);
    expect(read('+ Bảo đảm 100% F0 cách ly tại nhà được phát túi thuốc trong vòng 12 giờ kể từ khi có kết quả xét nghiệm dương tính.')).toEqual([
      'OTHER 100 PERCENT -',
      'OTHER 12 HOURS AT_MOST',
    ]);
  });
});

describe('a range', () => {
  it('is read by its high end whether or not the low end repeats the unit ("từ 30% đến 50% công suất", "30 - 50%")', () => {
    expect(figures('1. Nhà hàng phục vụ từ 30% đến 50% công suất.\n2. Cơ sở lưu trú hoạt động 30 - 50% số phòng.\n3. Giữ khoảng cách 1m - 2m.')).toEqual([
      'VENUE_CAPACITY 50 PERCENT',
      'VENUE_CAPACITY 50 PERCENT',
      'PHYSICAL_DISTANCE 2 METRES',
    ]);
    // A count with no unit word, governed by the verb before its low end.
    expect(figures('1. Mỗi tổ phụ trách từ 30 - 50 hộ gia đình; mỗi xã thành lập từ 01 đến 02 trạm y tế lưu động.')).toEqual(['OTHER 50 COUNT', 'OTHER 2 COUNT']);
  });
});

describe('people counted as "đối tượng"', () => {
  it('reads a cap of people a vaccination point takes, not those a report says were arrested or a list to draw up', () => {
    const text = '1. Mỗi điểm tiêm không quá 100 đối tượng/buổi.\n2. Công an tỉnh đã bắt giữ 12 đối tượng vi phạm.\n3. Rà soát, lập danh sách đối tượng ưu tiên tiêm chủng.';
    expect(targets(text).map((t) => `${t.metric} ${t.value} ${t.unit} ${t.bound}`)).toEqual(['OTHER 100 PEOPLE AT_MOST']);
  });
});

describe('a period that refers back to the regime its sentence set', () => {
  it('is the lockdown\'s when the sentence isolated an area before it, and a quarantine otherwise', () => {
    expect(figures('Điều 1. Cách ly y tế vùng đối với thôn Khương Tự (612 hộ, 2.450 nhân khẩu); thời gian cách ly 21 ngày kể từ ngày có ca bệnh cuối cùng.')).toEqual([
      'RESTRICTION_PERIOD_DAYS 21 DAYS',
    ]);
    expect(figures('1. Phong tỏa tạm thời khu phố 3, phường Đông Hòa; thời gian phong tỏa 14 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
    // People put in quarantine: the quarantine's time.
    expect(figures('1. Người về từ vùng dịch phải cách ly tập trung; thời gian cách ly 14 ngày kể từ ngày về địa phương.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
  });
});

describe('what an unnamed figure is about', () => {
  it('names what is done, not the body told to do it nor its role ("Sở Y tế chủ trì ...", "tham mưu")', () => {
    const phrases = (raw: string) => targets(raw).map((t) => `${t.value} ${t.unit} ${t.nounPhrase}`);
    expect(phrases('1. Sở Y tế chủ trì lấy mẫu xét nghiệm trong vòng 24 giờ đối với người về từ vùng dịch.')).toEqual(['24 HOURS lấy mẫu xét nghiệm']);
    expect(phrases('2. Công an tỉnh chủ trì, phối hợp với Sở Y tế giải quyết hồ sơ trong vòng 12 giờ.')).toEqual(['12 HOURS giải quyết hồ sơ']);
    expect(phrases('3. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí 300 triệu đồng.')).toEqual(['300000000 VND kinh phí']);
    // A body the phrase ends with, or that a conjunction joins to another, is what it is about.
    expect(phrases('4. Khai báo với Trạm Y tế xã trong vòng 12 giờ.')).toEqual(['12 HOURS Khai báo với Trạm Y tế xã']);
    // Who is asked and the time to reach it by are no part of it: a bare share names nothing.
    expect(phrases('5. Giao Trạm Y tế các xã, thị trấn liên hệ với người mắc COVID-19 trong vòng 12 giờ.')).toEqual(['12 HOURS liên hệ với người mắc COVID-19']);
    expect(phrases('6. Tiêm mũi 3 là nhiệm vụ trọng tâm. Yêu cầu các huyện phấn đấu đến ngày 30/4/2022 đạt trên 90%.')).toEqual(['90 PERCENT null']);
  });

  it('reads a lead word with its marks where the text has them ("tái phạm" is no "tại")', () => {
    expect(targets('1. Cơ sở tái phạm tạm dừng hoạt động 14 ngày.').map((t) => t.nounPhrase)).toEqual(['Cơ sở tái phạm tạm dừng hoạt động']);
    expect(targets('2. Tại các chốt kiểm soát trực 24 giờ.').map((t) => t.nounPhrase)).toEqual(['các chốt kiểm soát']);
  });

  it('names what a share is of, not the deadline after it ("đạt 95% trước ngày 30/9")', () => {
    expect(targets('1. Phấn đấu tỷ lệ tiêm mũi 1 của huyện đạt 95% trước ngày 30/9/2021.').map((t) => [t.metric, t.value, t.nounPhrase])).toEqual([['VACCINATION_COVERAGE', 95, 'mũi']]);
  });
});

describe('who a rule for arrivals is for', () => {
  it('reads "tính đến thời điểm về địa phương" as when a look-back ends, not as a report', () => {
    expect(figures('1. Người về từ vùng dịch trong vòng 14 ngày tính đến thời điểm về địa phương phải tự theo dõi sức khỏe 14 ngày.')).toEqual([
      'EXPOSURE_WINDOW_DAYS 14 DAYS',
      'HEALTH_MONITORING_DAYS 14 DAYS',
    ]);
    // Across ":" the words before the label qualify nothing after it.
    expect(figures('2. Người khỏi bệnh COVID-19 trong vòng 6 tháng tính đến ngày về tỉnh: tự theo dõi sức khỏe trong 7 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
    expect(figures('3. Tính đến ngày 10/8/2021, toàn tỉnh có 417 người về từ vùng dịch đang cách ly tại nhà 14 ngày.')).toEqual([]);
    // "tỉnh đến" folds like "tính đến": only its marks make it the report's.
    expect(figures('4. Các cơ sở tôn giáo trên địa bàn tỉnh đến hết ngày 15/02/2022 không tập trung quá 20 người.')).toEqual(['GATHERING_SIZE 20 PEOPLE']);
    expect(figures('5. Người từ ngoài tỉnh đến làm việc tại khu công nghiệp phải xét nghiệm 7 ngày/lần.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS']);
    expect(figures('6. Tinh den ngay 10/8/2021, toan tinh co 417 nguoi dang cach ly 14 ngay.')).toEqual([]);
  });

  it('reads "đã" after "hoặc", or after "và"/"nhưng" in a relative clause, as saying who is meant, not as a report', () => {
    expect(figures('1. Người đã tiêm đủ liều vắc xin hoặc đã khỏi bệnh thì tự theo dõi sức khỏe tại nhà 7 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
    expect(figures('2. Người chưa tiêm vắc xin hoặc đã tiêm nhưng chưa đủ 14 ngày phải cách ly tập trung 14 ngày.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
    expect(figures('3. Lái xe phải được tiêm đủ liều vắc xin hoặc đã khỏi bệnh trong vòng 6 tháng và có kết quả xét nghiệm âm tính trong vòng 72 giờ.')).toEqual([
      'OTHER 72 HOURS',
    ]);
    // A report adds with "và": it stays a report.
    expect(figures('4. Toàn huyện đã tiêm 50.000 liều và đã xét nghiệm 20.000 mẫu.')).toEqual([]);
  });

  it('does not take the time since a dose or a recovery for a target', () => {
    expect(figures('1. Người lao động được đi làm khi đã tiêm mũi 1 sau 14 ngày.')).toEqual([]);
    expect(figures('2. Người đã tiêm đủ 02 mũi vắc xin, mũi 2 sau ít nhất 14 ngày được đi làm.')).toEqual([]);
    expect(figures('3. Người lao động đi làm phải tiêm 01 mũi vắc xin sau 14 ngày hoặc đã khỏi bệnh trong vòng 180 ngày.')).toEqual([]);
    // A dose "trong" a time is the time to complete it; a quarantine named after the dose owns the days after it.
    expect(figures('4. Hoàn thành tiêm mũi 2 trong 20 ngày.')).toEqual(['VACCINATION_COMPLETION_DAYS 20 DAYS']);
    expect(figures('5. F1 đã tiêm đủ 2 mũi vắc xin cách ly tại nhà đủ 7 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    expect(figures('6. Người chưa tiêm vắc xin cách ly tập trung đủ 14 ngày.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
    // The vaccine's full name between the dose and the time since it.
    expect(figures('7. Công nhân phải được tiêm ít nhất 01 mũi vắc xin phòng COVID-19 đủ 14 ngày.')).toEqual([]);
    expect(figures('8. Người lao động đã tiêm vaccine COVID-19 qua 14 ngày được đi làm.')).toEqual([]);
  });

  it('counts what is supplied or dispatched ("cung cấp", "cung ứng", "điều phối")', () => {
    expect(figures('1. Sở Y tế cung cấp 500 bình oxy cho các cơ sở thu dung; điều phối 1.000 máy tạo oxy cho các trạm y tế lưu động.')).toEqual(['OTHER 500 COUNT', 'OTHER 1000 COUNT']);
  });

  it('reads hospitals\' carers, exposure windows by a visit, and testing intervals by the test\'s name', () => {
    expect(figures('1. Chỉ cho phép 01 thân nhân chăm sóc mỗi người bệnh nội trú.')).toEqual(['OTHER 1 PEOPLE']);
    expect(figures('2. Người từng đến Bệnh viện Đa khoa tỉnh trong vòng 14 ngày phải liên hệ ngay với trạm y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS']);
    expect(figures('3. Người bệnh có yếu tố dịch tễ trong vòng 21 ngày phải được khám sàng lọc riêng.')).toEqual(['EXPOSURE_WINDOW_DAYS 21 DAYS']);
    expect(figures('4. Nhân viên y tế làm RT-PCR mẫu gộp 07 ngày/lần.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS']);
  });

  it('reads a list item whose label opens with "Đã" as saying who is meant, and a label with its figure alone as a report', () => {
    expect(figures('1. Đối với F1:\n- Đã tiêm đủ liều vắc xin: cách ly tại nhà 05 ngày;\n- Chưa tiêm đủ liều vắc xin: cách ly tại nhà 07 ngày.')).toEqual(['QUARANTINE_DAYS 5 DAYS', 'QUARANTINE_DAYS 7 DAYS']);
    expect(figures('1. Kết quả thực hiện:\n- Đã xét nghiệm: 12.000 mẫu;\n- Đã tiêm: 50.000 liều.')).toEqual([]);
  });

  it('does not take the time since a dose written right before its bound, or after "được"/"qua", for a target', () => {
    expect(figures('1. F1 đã tiêm đủ liều vắc xin, mũi cuối cùng ít nhất 14 ngày thì cách ly tại nhà 05 ngày.')).toEqual(['QUARANTINE_DAYS 5 DAYS']);
    expect(figures('2. Người đã tiêm đủ liều (liều cuối tối thiểu 14 ngày) được miễn cách ly.')).toEqual([]);
    expect(figures('3. F1 đã tiêm mũi thứ 2 được ít nhất 14 ngày thì cách ly tại nhà 07 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    expect(figures('4. Người đã tiêm ít nhất 01 mũi vắc xin qua 14 ngày được đi lại.')).toEqual([]);
    // A quarantine between the dose and the bound owns the days.
    expect(figures('5. Người đã tiêm đủ 2 mũi cách ly tại nhà ít nhất 7 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
  });
});

describe('other words for what a share or a count is of', () => {
  it('reads shares of "lượng" staff or guests, of a market\'s traders and of a vehicle\'s allowed passengers', () => {
    expect(figures('1. Doanh nghiệp hoạt động với tối đa 50% lượng lao động.')).toEqual(['WORKPLACE_ATTENDANCE 50 PERCENT']);
    expect(figures('2. Quán ăn phục vụ không quá 50% lượng khách.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
    expect(figures('3. Nhà hàng phục vụ không quá 30% số lượng chỗ ngồi.')).toEqual(['VENUE_CAPACITY 30 PERCENT']);
    expect(figures('4. Chợ bố trí tối đa 50% số tiểu thương bán hàng luân phiên.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
    expect(figures('5. Xe khách chở không quá 50% số người cho phép theo thiết kế.')).toEqual(['TRANSPORT_CAPACITY 50 PERCENT']);
    expect(figures('6. Năm 2020, lượng khách đến tỉnh giảm 40% so với năm 2019.')).toEqual([]);
  });

  it('counts what a household is given ("được cấp 01 phiếu"), not a school grade, and no hotel as people', () => {
    expect(figures('1. Mỗi hộ gia đình được cấp 01 phiếu đi chợ.')).toEqual(['OTHER 1 COUNT']);
    expect(figures('2. Học sinh cấp 2 đi học trực tiếp.')).toEqual([]);
    expect(figures('3. Sở Du lịch bố trí 05 khách sạn làm nơi cách ly có thu phí.')).toEqual(['OTHER 5 COUNT']);
  });

  it('reads a home treatment\'s days as isolation, and a result "giá trị trong" days as its validity', () => {
    expect(figures('1. F0 điều trị tại nhà đủ 10 ngày, xét nghiệm nhanh âm tính thì được xác định khỏi bệnh.')).toEqual(['QUARANTINE_DAYS 10 DAYS']);
    expect(figures('2. Người đến tỉnh phải có giấy xét nghiệm âm tính giá trị trong 3 ngày.')).toEqual(['OTHER 3 DAYS']);
  });
});

describe('durations in weeks', () => {
  it('gives a duration in weeks in days, under the metric its words name', () => {
    expect(figures('1. Cho học sinh trên địa bàn tỉnh nghỉ học 01 tuần kể từ ngày 18/10/2021.')).toEqual(['RESTRICTION_PERIOD_DAYS 7 DAYS']);
    expect(figures('2. Học sinh về từ vùng dịch phải cách ly tại nhà 2 tuần mới được đến trường.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
    expect(figures('3. Xét nghiệm định kỳ 1 tuần/lần cho giáo viên.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS']);
    expect(targets('4. Tạm dừng hoạt động 02 tuần.').map((t) => t.citation.quote)).toEqual(['02 tuần']);
  });

  it('takes no gap between doses and no junction ("ngã ba") for a duration', () => {
    expect(figures('1. Mũi 2 được tiêm cách mũi 1 từ 8 đến 12 tuần theo hướng dẫn.')).toEqual([]);
    expect(figures('2. Mũi 2 được tiêm cách mũi 1 ít nhất 28 ngày.')).toEqual([]);
    // The gap written "between" the doses, however counted; a term set after it is still one.
    expect(figures('3. Khoảng cách giữa 2 mũi tiêm là 28 ngày; thời gian giữa hai mũi tiêm từ 21 đến 28 ngày.')).toEqual([]);
    expect(figures('4. Hoàn thành tiêm mũi 2 cho người đã đủ khoảng cách giữa hai mũi trong vòng 15 ngày kể từ ngày nhận vắc xin.')).toEqual(['VACCINATION_COMPLETION_DAYS 15 DAYS']);
    expect(figures('3. Duy trì 02 chốt kiểm soát tại ngã ba Tuần Giáo.')).toEqual(['CHECKPOINTS 2 CHECKPOINTS']);
  });
});

describe('sizes that say which firms an order binds', () => {
  it('takes no size in the subject or in an "Đối với" scope for a target, and keeps what the firm must set up', () => {
    expect(figures('1. Đối với doanh nghiệp sử dụng trên 1.000 lao động, xây dựng khu cách ly tạm thời.')).toEqual([]);
    expect(figures('2. Doanh nghiệp có quy mô từ 300 lao động trở lên phải xét nghiệm định kỳ cho người lao động.')).toEqual([]);
    expect(figures('3. Doanh nghiệp trên 200 lao động bố trí ít nhất 01 phòng cách ly tạm thời.')).toEqual(['OTHER 1 COUNT']);
    // A scope without a comparison bounds nothing: the cap after it is the order's.
    expect(figures('4. Đối với nhà hàng, phục vụ không quá 50% công suất.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
  });

  it('reads a stock of test kits as a share to keep, not a share of people to test', () => {
    expect(targets('1. Doanh nghiệp dự trữ bộ xét nghiệm nhanh tối thiểu bằng 10% số lao động.').map((t) => [t.metric, t.value, t.bound])).toEqual([['OTHER', 10, 'AT_LEAST']]);
  });
});

describe('rules eased from an old figure', () => {
  it('orders only the new figure: after "từ ... lên" with bounds on both, not what "thay vì" replaces, a capacity raised to', () => {
    expect(figures('1. Điều chỉnh số lao động làm việc tại doanh nghiệp từ không quá 50% lên không quá 70%.')).toEqual(['WORKPLACE_ATTENDANCE 70 PERCENT']);
    expect(figures('2. Nhà hàng hoạt động không quá 50% công suất, thay vì không quá 20 khách như trước đây.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
    expect(figures('3. Thay vì phải cách ly 14 ngày như trước đây, người về từ vùng dịch cách ly 07 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    expect(figures('3. Cho phép các nhà hàng nâng công suất phục vụ lên 70%.')).toEqual(['VENUE_CAPACITY 70 PERCENT']);
  });
});

describe('a quarantine served before health monitoring', () => {
  it('reads the days of a quarantine completed, then the days of monitoring after it', () => {
    expect(figures('1. Người hoàn thành cách ly tập trung 21 ngày tiếp tục tự theo dõi sức khỏe tại nhà 7 ngày.')).toEqual(['QUARANTINE_DAYS 21 DAYS', 'HEALTH_MONITORING_DAYS 7 DAYS']);
    expect(figures('2. Người hết thời gian cách ly tập trung 21 ngày được về địa phương và tự theo dõi sức khỏe 7 ngày.')).toEqual(['QUARANTINE_DAYS 21 DAYS', 'HEALTH_MONITORING_DAYS 7 DAYS']);
    expect(figures('3. Sau khi hoàn thành cách ly, tự theo dõi sức khỏe 7 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
  });
});

describe('the days an event takes, named after their count', () => {
  it('takes no target from "trong 2 ngày 11 và 12/6", and keeps a period followed by its start', () => {
    expect(figures('1. Kỳ thi tuyển sinh lớp 10 diễn ra trong 2 ngày 11 và 12/6.')).toEqual([]);
    expect(figures('2. Kỳ thi tốt nghiệp THPT năm 2021 tổ chức trong hai ngày 07, 08/7/2021.')).toEqual([]);
    expect(figures('3. Giãn cách xã hội trong 7 ngày kể từ ngày 10/8/2021.')).toEqual(['RESTRICTION_PERIOD_DAYS 7 DAYS']);
  });
});

describe('caps and counts of ceremonies, relief and staff', () => {
  it('reads caps on commemorations, rites and grave visits as gathering sizes, and a cap per feast table as no gathering', () => {
    expect(figures('1. Tổ chức Lễ mít tinh kỷ niệm 30/4 với số đại biểu tối đa 50 người.')).toEqual(['GATHERING_SIZE 50 PEOPLE']);
    expect(figures('2. Lễ Phật đản năm 2021 chỉ tổ chức với không quá 20 người tham dự.')).toEqual(['GATHERING_SIZE 20 PEOPLE']);
    expect(figures('3. Người dân đi tảo mộ mỗi nhóm không quá 05 người.')).toEqual(['GATHERING_SIZE 5 PEOPLE']);
    expect(figures('4. Tiệc cưới tổ chức không quá 10 mâm, mỗi mâm không quá 06 người.')).toEqual(['OTHER 10 COUNT', 'OTHER 6 PEOPLE']);
  });

  it('reads caps on Tết fairs, flower streets, fireworks and places of worship as gathering sizes, a daily market\'s as none', () => {
    expect(figures('1. Chợ hoa Xuân bố trí không quá 250 người tại cùng một thời điểm.')).toEqual(['GATHERING_SIZE 250 PEOPLE']);
    expect(figures('2. Khu vực xem bắn pháo hoa đêm Giao thừa không quá 400 người.')).toEqual(['GATHERING_SIZE 400 PEOPLE']);
    expect(figures('3. Các cơ sở thờ tự đón không quá 30 người cùng một thời điểm.')).toEqual(['GATHERING_SIZE 30 PEOPLE']);
    expect(figures('4. Chợ dân sinh không quá 100 người cùng thời điểm.')).toEqual(['OTHER 100 PEOPLE']);
  });

  it('reads a cap on what gathers "hơn N người" and on a meeting of greetings ("gặp mặt") as gathering sizes', () => {
    expect(figures('1. Tạm dừng các giải chạy ngoài trời tập trung hơn 30 người.')).toEqual(['GATHERING_SIZE 30 PEOPLE']);
    expect(figures('2. Các cơ quan chỉ tổ chức gặp mặt đầu năm không quá 25 người.')).toEqual(['GATHERING_SIZE 25 PEOPLE']);
  });

  it('reads a budget\'s total as a sum, not as support per person', () => {
    expect(figures('1. Tổng kinh phí hỗ trợ là 24,8 tỷ đồng từ ngân sách tỉnh.')).toEqual(['OTHER 24800000000 VND']);
    expect(figures('2. Hỗ trợ 1.500.000 đồng/người cho lao động tự do, tổng kinh phí 7,5 tỷ đồng.')).toEqual(['SUPPORT_AMOUNT 1500000 VND', 'OTHER 7500000000 VND']);
  });

  it('counts the staff a decision sends by their trade', () => {
    expect(figures('1. Điều động 06 kỹ thuật viên xét nghiệm, 04 dược sĩ và 10 hộ lý hỗ trợ Bệnh viện dã chiến.')).toEqual(['OTHER 6 PEOPLE', 'OTHER 4 PEOPLE', 'OTHER 10 PEOPLE']);
    // Traders and hired hands at a harvest.
    expect(figures('2. Mỗi điểm thu mua bố trí tối đa 05 thương lái, không quá 12 nhân công.')).toEqual(['OTHER 5 PEOPLE', 'OTHER 12 PEOPLE']);
  });
});

describe('money written "đ", a support period and a holiday\'s length', () => {
  it('reads "80.000đ/người/ngày" as support in dong, "thời gian hỗ trợ 15 ngày" as no regime, a holiday\'s days as nothing', () => {
    expect(figures('1. Hỗ trợ tiền ăn cho người cách ly tập trung 80.000đ/người/ngày.')).toEqual(['SUPPORT_AMOUNT 80000 VND']);
    expect(figures('2. Hỗ trợ người bán vé số 60.000 đồng/người/ngày, thời gian hỗ trợ 15 ngày kể từ ngày tạm ngừng phát hành vé số.')).toEqual([
      'SUPPORT_AMOUNT 60000 VND',
      'OTHER 15 DAYS',
    ]);
    expect(figures('3. Trong kỳ nghỉ lễ 4 ngày dịp Quốc khánh, các chợ hoạt động không quá 50% số quầy hàng.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
    expect(figures('4. Thành lập 5 đội phản ứng nhanh.')).toEqual(['OTHER 5 COUNT']);
    // "đ/c" is a comrade, no dong.
    expect(targets('5. Thành lập tổ công tác gồm 05 đ/c do Phó Chủ tịch UBND tỉnh làm tổ trưởng.').filter((t) => t.unit === 'VND')).toEqual([]);
  });
});

describe('a cap after the condition it depends on', () => {
  it('reads the metric past the condition that opens the part: the vaccination there only says when the cap holds', () => {
    const [cap] = targets('1. Trường hợp dưới 60% công nhân được tiêm vắc xin, nhà máy chỉ được bố trí tối đa 40% lao động làm việc.');
    expect([cap.metric, cap.value, cap.bound, cap.qualifiers.condition]).toEqual(['WORKPLACE_ATTENDANCE', 40, 'AT_MOST', 'Trường hợp dưới 60% công nhân được tiêm vắc xin']);
  });
});

describe('days of an activity after "hoàn thành"', () => {
  it('reads "hoàn thành 07 ngày cách ly" as the quarantine\'s days, "hoàn thành trong 03 ngày" still as a time to finish', () => {
    expect(figures('1. Sau khi hoàn thành 10 ngày cách ly tập trung, người lao động được trở lại làm việc.')).toEqual(['QUARANTINE_DAYS 10 DAYS']);
    expect(figures('2. Hoàn thành trong 05 ngày việc lấy mẫu cho toàn bộ người dân.')).toEqual(['OTHER 5 DAYS']);
  });
});

describe('a share of traders or markets to reach', () => {
  it('reads a share of traders who sign a pledge or markets that meet the criteria as no cap on a venue, a share of stalls open still as one', () => {
    expect(targets('1. Phấn đấu 100% số tiểu thương ký cam kết an toàn phòng, chống dịch.').map((t) => [t.metric, t.bound])).toEqual([['OTHER', null]]);
    expect(figures('2. Bảo đảm 100% số chợ đạt tiêu chí chợ an toàn trước ngày 30/11/2021.')).toEqual(['OTHER 100 PERCENT']);
    expect(figures('3. Chợ dân sinh hoạt động không quá 50% số sạp hàng.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
  });
});

describe('a text without its marks, where words of a look-back or a recipe fold like others', () => {
  it('keeps a cap after "vuot qua" ("vượt quá", not "qua") and a count after "con" ("còn", not "cồn")', () => {
    expect(figures('1. So lao dong lam viec tai nha may khong vuot qua 50% tong so lao dong cua doanh nghiep.')).toEqual(['WORKPLACE_ATTENDANCE 50 PERCENT']);
    expect(figures('2. Cong an tinh giam so chot kiem soat tu 40 chot xuong con 10 chot tai cac cua ngo cua tinh.')).toEqual(['CHECKPOINTS 10 CHECKPOINTS']);
  });
});

describe('a venue\'s share named before its figure', () => {
  it('reads "số bàn không quá 50%", "số lượng gian hàng không quá 60%" as venue capacity, and seats of a coach after the figure as transport', () => {
    expect(figures('1. Nhà hàng, quán ăn phục vụ tại chỗ, số bàn không quá 50%.')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
    expect(figures('2. Chợ đêm hoạt động với số lượng gian hàng không quá 60% so với trước khi có dịch.')).toEqual(['VENUE_CAPACITY 60 PERCENT']);
    expect(figures('3. Khôi phục các tuyến vận tải hành khách nội tỉnh với số khách không quá 50% số ghế.')).toEqual(['TRANSPORT_CAPACITY 50 PERCENT']);
  });

  it('reads what a share is of past "so với" ("không quá 50% so với công suất thiết kế")', () => {
    const nouns = (raw: string) => targets(raw).map((t) => `${t.metric} ${t.value} ${t.nounPhrase}`);
    expect(nouns('1. Cơ sở kinh doanh dịch vụ ăn uống phục vụ không quá 30% so với công suất thiết kế.')).toEqual(['VENUE_CAPACITY 30 công suất thiết kế']);
    expect(nouns('2. Xe buýt nội tỉnh chở không quá 60% so với số ghế.')).toEqual(['TRANSPORT_CAPACITY 60 số ghế']);
  });
});

describe('a paragraph above a list that tells what happened', () => {
  it('lends no topic to the items below it: a meeting line makes no count of citizens a gathering size', () => {
    const text = 'Ngày 26/7/2021, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về việc đón công dân từ các tỉnh phía Nam về quê.\n1. Đón 2.000 công dân về quê.\n2. Tiếp nhận 300 lao động từ Hàn Quốc về nước.';
    expect(figures(text)).toEqual(['OTHER 2000 PEOPLE', 'OTHER 300 PEOPLE']);
    // A heading that ends in a stop still leads its list.
    expect(figures('Điều 3. Hội họp, sự kiện tập trung đông người.\n1. Không quá 20 người trong một phòng.')).toEqual(['GATHERING_SIZE 20 PEOPLE']);
  });

  it('nor does a lead that frames its meeting, then only hands the orders on ("..., UBND tỉnh yêu cầu:", "...; kết luận như sau:")', () => {
    const carried = 'Thực hiện ý kiến kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 14/9/2021, UBND tỉnh yêu cầu:\n1. Sở Y tế điều động 35 điều dưỡng hỗ trợ huyện Võ Nhai.\n2. Không tổ chức hoạt động tập trung trên 10 người.';
    expect(figures(carried)).toEqual(['OTHER 35 PEOPLE', 'GATHERING_SIZE 10 PEOPLE']);
    const met = 'Sáng ngày 02/9/2021, Phó Chủ tịch UBND tỉnh chủ trì hội nghị trực tuyến với các huyện; kết luận như sau:\n1. Mỗi tổ chăm sóc người mắc COVID-19 có ít nhất 02 nhân viên y tế.';
    expect(figures(met)).toEqual(['OTHER 2 PEOPLE']);
    // A lead that names the gathering it caps keeps its topic.
    expect(figures('Đối với các hội nghị, cuộc họp, yêu cầu:\n1. Không quá 30 người.')).toEqual(['GATHERING_SIZE 30 PEOPLE']);
  });
});

describe('caps set level by level', () => {
  const capped = (raw: string) => targets(raw).map((t) => `${t.metric} ${t.value} ${t.qualifiers.condition}`);

  it('reads the level each cap follows after ":" or ";" as its condition, and a level the sentence is about as none', () => {
    expect(capped('1. Các nhà thờ tổ chức Thánh lễ với số người: cấp độ 1 không quá 50% sức chứa; cấp độ 2 không quá 30% sức chứa; cấp độ 3 không quá 20 người.')).toEqual([
      'VENUE_CAPACITY 50 cấp độ 1',
      'VENUE_CAPACITY 30 cấp độ 2',
      'GATHERING_SIZE 20 cấp độ 3',
    ]);
    expect(capped('1. Cấp độ 3 là nguy cơ cao, các nhà hàng phục vụ không quá 50% sức chứa.')).toEqual(['VENUE_CAPACITY 50 null']);
  });

  it('reads the level deep in a label that opens "Đối với", and a route as a vehicle\'s', () => {
    expect(capped('1. Đối với các tuyến đi, đến địa phương cấp độ 3: không quá 30% số ghế.')).toEqual(['TRANSPORT_CAPACITY 30 cấp độ 3']);
    expect(capped('2. Đối với các tuyến liên tỉnh: không quá 50% số ghế.')).toEqual(['TRANSPORT_CAPACITY 50 null']);
  });
});
