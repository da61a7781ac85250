import { clean } from '../../clean';
import { segmentClauses } from '../../segment/clauses';
import type { DocumentKind } from '../../../domain/directive';
import type { Target } from '../../../domain/facts';
import { extractFacts } from '../index';

// Numbers that are not ordered figures: reports, clock times, names and ordinals, filters, slogans.

function figures(raw: string, kind: DocumentKind | null = null): string[] {
  const cleaned = clean(raw);
  return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, kind }).targets.map((t: Target) => `${t.metric} ${t.value} ${t.unit}`);
}

describe('reported figures', () => {
  const reports = [
    '1. Đến nay, toàn tỉnh đã tiêm được 1.234.567 liều vắc xin, đạt 92,2% dân số.',
    '1. Toàn tỉnh đã ghi nhận 05 ca dương tính; ngành y tế đã xét nghiệm 12.345 mẫu.',
    '1. Lũy kế từ đầu dịch có 345 ca mắc, 1.200 người đã hoàn thành cách ly.',
    '1. Tổng số 1.200 giường, trong đó 200 giường hồi sức.',
    '1. Cộng dồn 15 ngày không có ca mắc mới trong cộng đồng.',
    '1. Tiếp nối 90 ngày không ghi nhận ca nhiễm trong cộng đồng.',
    '1. Khắc phục tâm lý chủ quan sau gần 100 ngày không có ca lây nhiễm trong cộng đồng.',
    '1. Trong 24 giờ qua, tỉnh ghi nhận 12 ca mắc mới.',
    '1. Trong 24 giờ qua, tỉnh ghi nhận 36 ca mắc mới, nâng tổng số lên 512 ca.',
    '1. Tính đến ngày 10/10/2021, thành phố đã tiêm 800.000 mũi, 70% người từ 18 tuổi trở lên đã tiêm đủ 02 mũi.',
    '1. Hiện có 120 người đang cách ly tập trung tại các khu cách ly.',
    '1. Toàn tỉnh đã tiêm 500.000 mũi, trong đó 120.000 người đã tiêm đủ 2 mũi.',
    '1. Hiện các xã vùng biên có trên 200 người bệnh đang điều trị tại nhà.',
    '1. Đến nay, tỉnh đã thành lập 03 bệnh viện dã chiến với tổng số 1.200 giường.',
    '1. Huyện được cấp vắc xin từ tháng 8 nhưng mới tiêm 2.100 mũi, đạt 35%.',
    '1. Cơ sở cai nghiện ma túy tỉnh hiện đang quản lý 312 học viên.',
    '1. Trung tâm Bảo trợ xã hội đang nuôi dưỡng 215 đối tượng, đề nghị Trung tâm tạm dừng thăm gặp.',
    // "đã nâng" and "đã tăng" fold to the "Đà Nẵng" and "đà tăng" an unmarked text's report cue is kept from.
    '1. Số giường điều trị của tỉnh đã nâng lên 3.400 giường.',
    '1. Số người bệnh phải thở oxy đã tăng lên 74 trường hợp.',
    // The "đã" of the first verb covers the verbs the commas list after it; "bàn giao" hands over, it assigns nothing.
    '1. Lực lượng biên phòng đã bắt giữ 35 người nhập cảnh trái phép, bàn giao 30 người cho địa phương cách ly.',
    '1. Các chốt kiểm soát đã kiểm tra 48.500 lượt phương tiện, lấy 1.260 mẫu xét nghiệm nhanh.',
  ];
  for (const sentence of reports) {
    it(sentence, () => expect(figures(sentence)).toEqual([]));
  }

  it('keeps the figure of an order or a condition after a reported verb ("đã ghi nhận 05 ca, yêu cầu ...", "nếu đã tiêm đủ liều, 14 ngày nếu chưa")', () => {
    expect(figures('1. Huyện đã ghi nhận 05 ca mắc trong cộng đồng, yêu cầu cách ly tập trung 14 ngày đối với F1.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
    expect(figures('1. F1 cách ly tại nhà 07 ngày nếu đã tiêm đủ liều vắc xin, 14 ngày nếu chưa tiêm đủ liều.')).toEqual(['QUARANTINE_DAYS 7 DAYS', 'QUARANTINE_DAYS 14 DAYS']);
    // The "đã" of a clause that says who does not cover a figure its part then orders.
    expect(figures('1. Ai đã đến Bắc Giang, Bắc Ninh trong vòng 14 ngày phải khai báo y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS']);
    // A result reached for the people a goal is "cho" is reported, the goal beside it kept.
    expect(figures('1. Tỷ lệ tiêm mũi 4 cho người từ 18 tuổi trở lên hiện đạt 52,3%, phấn đấu đạt trên 90% trước ngày 31/8/2022.')).toEqual(['VACCINATION_COVERAGE 90 PERCENT']);
  });

  it('reads what must be there ("phải có 95% ...") as a goal, though no day opens the sentence', () => {
    expect(figures('1. Sở Y tế chủ trì, đến ngày 20/9/2021 phải có 95% người lao động trong các khu công nghiệp được tiêm vắc xin.')).toEqual(['VACCINATION_COVERAGE 95 PERCENT']);
    expect(figures('1. UBND các huyện chủ động, trong tháng 10/2021 cần có 90% người dân được xét nghiệm.')).toEqual(['TESTING_COVERAGE 90 PERCENT']);
    expect(figures('1. UBND các huyện chủ động, trong tháng 10/2021 đã có 90% người dân được xét nghiệm.')).toEqual([]);
  });

  it('reads a sentence that looks back over a span and orders nothing as a statistic, all its figures ("Trong 14 ngày qua, ... giảm 62%")', () => {
    expect(figures('1. Trong 10 ngày qua, số ca mắc mới trong cộng đồng giảm 58%.')).toEqual([]);
    expect(figures('1. Số ca mắc mới trong 7 ngày qua tăng 35% so với 7 ngày trước đó.')).toEqual([]);
    expect(figures('1. Sau 21 ngày giãn cách xã hội, số ca mắc mới đã giảm 64%.')).toEqual([]);
    expect(figures('1. Qua 3 tuần, đã có 95 ca được điều trị khỏi.')).toEqual([]);
    // An order, or a place people came from, looks back over who is meant.
    expect(figures('1. Người về từ vùng dịch trong 14 ngày qua phải khai báo y tế.')).toEqual(['EXPOSURE_WINDOW_DAYS 14 DAYS']);
  });

  it('reads the figure after a label that counts who did or are doing something, or gives results, as a statistic', () => {
    expect(figures('1. Số người đang điều trị tại nhà: 2.418 người.')).toEqual([]);
    expect(figures('2. Số F1 đã tiêm đủ 2 mũi: 640.100 người.')).toEqual([]);
    expect(figures('3. Kết quả xét nghiệm sàng lọc: 12.300 mẫu âm tính.')).toEqual([]);
    // A count to be prepared, a cap: no one did anything.
    expect(figures('4. Số giường hồi sức tích cực: 40 giường.')).toEqual(['TREATMENT_BEDS 40 BEDS']);
    expect(figures('5. Số người dự lễ cưới: không quá 20 người.')).toEqual(['GATHERING_SIZE 20 PEOPLE']);
  });

  it('keeps the order of a person described by what they did ("F1 đã tiêm đủ liều ... cách ly tại nhà 07 ngày")', () => {
    expect(figures('1. F1 đã tiêm đủ liều vắc xin cách ly tại nhà 07 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    // Traders, sellers and staff are people too.
    expect(figures('2. Tiểu thương đã tiêm đủ 2 liều vắc xin xét nghiệm 07 ngày/lần; tiểu thương chưa tiêm xét nghiệm 03 ngày/lần.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS', 'TEST_INTERVAL_DAYS 3 DAYS']);
    expect(figures('3. Người bán hàng đã tiêm ít nhất 01 mũi vắc xin và xét nghiệm nhanh 07 ngày/lần mới được vào chợ.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS']);
    expect(figures('4. Giáo viên đã tiêm đủ 2 mũi vắc xin xét nghiệm định kỳ 14 ngày/lần.')).toEqual(['TEST_INTERVAL_DAYS 14 DAYS']);
  });

  it('reads "được" right before a figure, after a verb, as what was managed, unless a goal, order, bound or "chỉ" governs it', () => {
    expect(figures('1. Trong ngày 14/8, toàn tỉnh tiêm được 9.000 mũi; tỷ lệ tiêm mũi 2 cho trẻ của tỉnh mới được 40%; xét nghiệm được khoảng 120.000 mẫu.')).toEqual([]);
    expect(figures('1. Các huyện phải tiêm được 10.000 mũi mỗi ngày; bảo đảm xét nghiệm được 3.000 mẫu/ngày; mỗi ngày tiêm được tối thiểu 5.000 mũi.')).toEqual([
      'VACCINATION_DOSES_PER_DAY 10000 DOSES_PER_DAY',
      'TEST_SAMPLES_PER_DAY 3000 SAMPLES_PER_DAY',
      'VACCINATION_DOSES_PER_DAY 5000 DOSES_PER_DAY',
    ]);
    expect(figures('1. Mỗi người bệnh chỉ được 01 người nhà chăm sóc.')).toEqual(['OTHER 1 PEOPLE']);
  });

  it('keeps the order of a person described by where they come from and what they did, or of a clause after "khi"', () => {
    expect(figures('1. Người từ vùng cam đã tiêm đủ 2 mũi vắc xin phải cách ly tại nhà 7 ngày.')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    expect(figures('1. Các trường hợp sau khi đã kết thúc cách ly tập trung phải tự theo dõi sức khỏe tại nhà thêm 7 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
    // An age is no place; a figure inside the clause after "khi" is the clause's own.
    expect(figures('1. Tỷ lệ người từ 18 tuổi trở lên đã tiêm ít nhất 01 mũi vắc xin đạt 88,3%.')).toEqual([]);
    expect(figures('1. Người lao động được đi làm khi đã tiêm ít nhất 01 mũi vắc xin sau 14 ngày.')).toEqual([]);
  });

  it('keeps a booster goal for people "cho" it names by age and by the doses they have had, or for children, or in brackets', () => {
    expect(figures('1. Tiêm mũi 3 cho người từ 18 tuổi trở lên đã tiêm đủ 2 mũi, đạt tỷ lệ trên 94%.')).toEqual(['VACCINATION_COVERAGE 94 PERCENT']);
    expect(figures('2. Tiêm mũi 2 cho trẻ em từ 5 đến dưới 12 tuổi đã tiêm mũi 1 đạt trên 92%.')).toEqual(['VACCINATION_COVERAGE 92 PERCENT']);
    expect(figures('3. Tiêm mũi 3 cho trẻ đã tiêm đủ 2 mũi đạt trên 90%.')).toEqual(['VACCINATION_COVERAGE 90 PERCENT']);
    expect(figures('4. Tiêm mũi 3 cho người từ 18 tuổi trở lên (đã tiêm đủ 2 mũi) đạt trên 95%.')).toEqual(['VACCINATION_COVERAGE 95 PERCENT']);
    // Without "cho", the people by age who have had their doses are a report's subject.
    expect(figures('5. Tỷ lệ người từ 12 đến 17 tuổi đã tiêm mũi 3 đạt 85%.')).toEqual([]);
  });

  it('reads a figure dated up to the directive\'s day, or compared with the past, as reached; a later one or a start date as ordered', () => {
    const dated = (raw: string, issuedOn: string) => {
      const cleaned = clean(raw);
      return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, issuedOn }).targets.map((t: Target) => `${t.metric} ${t.value} ${t.unit}`);
    };
    const text = '1. Đến ngày 20/9/2021, tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 01 mũi vắc xin đạt 85,5%.';
    expect(dated(text, '2021-09-25')).toEqual([]);
    expect(dated(text, '2021-09-01')).toEqual(['VACCINATION_COVERAGE 85.5 PERCENT']);
    expect(dated('1. Từ ngày 01/8/2021 đến 18 giờ ngày 20/9/2021, tỷ lệ người được tiêm ít nhất 01 mũi vắc xin đạt 61%.', '2021-09-25')).toEqual([]);
    // "có" states what there is as of a past day, what there must be by a day to come.
    const existing = '1. Đến ngày 31/10/2021, có trên 90% người từ 18 tuổi trở lên được tiêm đủ 02 mũi vắc xin.';
    expect(dated(existing, '2021-11-05')).toEqual([]);
    expect(dated(existing, '2021-10-05')).toEqual(['VACCINATION_COVERAGE 90 PERCENT']);
    expect(dated('1. Từ 0 giờ ngày 25/9/2021, nhà hàng phục vụ không quá 50% số chỗ ngồi.', '2021-09-25')).toEqual(['VENUE_CAPACITY 50 PERCENT']);
    expect(dated('1. Năm 2021, lượng khách lưu trú giảm 48% so với năm 2019; phấn đấu năm 2022 đón 200.000 lượt khách.', '2021-12-01')).toEqual(['OTHER 200000 PEOPLE']);
  });

  it('does not take what is foreseen for a target, and keeps what a plan foresees doing or an order after a forecast', () => {
    expect(figures('1. Dự kiến trong tháng 11/2021, Bộ Y tế sẽ phân bổ cho tỉnh 120.000 liều vắc xin.')).toEqual([]);
    expect(figures('1. Tỉnh dự kiến nhận thêm 75.000 liều vắc xin trong tuần tới.')).toEqual([]);
    expect(figures('1. Dự kiến lô vắc xin tiếp theo khoảng 40.000 liều sẽ về đến tỉnh vào cuối tháng.')).toEqual([]);
    expect(figures('1. Theo dự báo, số ca mắc mới có thể tăng lên 250 ca/ngày.')).toEqual([]);
    // A plan's "dự kiến" with its own doing is a plan; an order after a forecast is an order; "vùng có nguy cơ" is no forecast.
    expect(figures('1. Dự kiến tổ chức tiêm 6.000 liều/ngày, sẽ hoàn thành trước ngày 30/11/2021.')).toEqual(['VACCINATION_DOSES_PER_DAY 6000 DOSES_PER_DAY']);
    expect(figures('1. Dự báo số ca mắc sẽ tăng, yêu cầu các huyện chuẩn bị 300 giường điều trị.')).toEqual(['TREATMENT_BEDS 300 BEDS']);
    expect(figures('1. Xét nghiệm 100% hộ gia đình tại các khu vực có nguy cơ rất cao.')).toEqual(['TESTING_COVERAGE 100 PERCENT']);
    // Forecasting demand is the task ordered, not a forecast.
    expect(figures('1. Sở Y tế chủ trì dự báo nhu cầu sử dụng oxy y tế, chuẩn bị đủ 500 bình oxy cho các cơ sở điều trị.')).toEqual(['OTHER 500 COUNT']);
  });

  it('takes hours counted from an event for a duration, not a clock time, and an assessment every 7 days for an interval', () => {
    expect(figures('1. Biện pháp theo cấp độ mới được áp dụng sau 24 giờ kể từ thời điểm công bố; từ 18 giờ ngày 5/8 tạm dừng karaoke.')).toEqual(['OTHER 24 HOURS']);
    expect(figures('1. Ban Chỉ đạo tỉnh đánh giá cấp độ dịch định kỳ 07 ngày một lần.')).toEqual(['OTHER 7 DAYS']);
  });

  it('does not take a present figure opened by "Hiện" for a target, unless an order follows', () => {
    expect(figures('1. Hiện năng lực xét nghiệm của toàn huyện khoảng 1.500 mẫu đơn/ngày.')).toEqual([]);
    // Past a connector that opens the sentence ("Theo đó,").
    expect(figures('1. Theo đó, hiện toàn tỉnh có 11 siêu thị, sức mua tăng khoảng 30% so với tháng trước.')).toEqual([]);
    expect(figures('1. Hiện toàn huyện có 200 giường; đề nghị Trung tâm Y tế bố trí thêm 50 giường.')).toEqual(['OTHER 50 BEDS']);
    // Or as the first word of a part after the order, unless that part orders too.
    expect(figures('1. Sở Y tế nâng cao năng lực xét nghiệm; hiện công suất xét nghiệm của tỉnh khoảng 2.000 mẫu đơn/ngày.')).toEqual([]);
    expect(figures('2. Sở Y tế nâng cao năng lực xét nghiệm; hiện phải bảo đảm xét nghiệm 3.000 mẫu/ngày.')).toEqual(['TEST_SAMPLES_PER_DAY 3000 SAMPLES_PER_DAY']);
    // Only as the sentence's first word: the "hiện" of "thực hiện" or of "hiện đại" says nothing of now.
    expect(figures('1. Thực hiện xét nghiệm 100% người về từ vùng dịch.')).toEqual(['TESTING_COVERAGE 100 PERCENT']);
  });

  it('does not take a fine restated from the law for a target, and keeps support in money', () => {
    expect(figures('1. Xử phạt người không đeo khẩu trang, mức phạt từ 1.000.000 đồng đến 3.000.000 đồng.')).toEqual([]);
    expect(figures('1. Hỗ trợ 80.000 đồng/người/ngày cho người cách ly tập trung.')).toEqual(['SUPPORT_AMOUNT 80000 VND']);
  });

  it('does not take the people a count is set for ("mỗi 100 người dân", "/100 người dân") for a target of its own', () => {
    expect(figures('1. Mỗi 100 người dân có ít nhất 01 điểm quét mã QR.')).toEqual(['OTHER 1 COUNT']);
    expect(figures('1. Bảo đảm tối thiểu 01 điểm quét mã QR/100 người dân.')).toEqual(['OTHER 1 COUNT']);
    expect(figures('1. Mỗi đoàn không quá 30 người.')).toEqual(['OTHER 30 PEOPLE']);
  });

  it('does not take the fines a lead lists for targets, nor a fine for each case, and keeps a lead\'s list of support', () => {
    const fines = [
      '1. Tuyên truyền để người dân biết mức xử phạt theo Nghị định số 117/2020/NĐ-CP, cụ thể:',
      '- Không đeo khẩu trang tại nơi công cộng: từ 1.000.000 đồng đến 3.000.000 đồng;',
      '- Trốn tránh cách ly y tế: 15 - 20 triệu đồng.',
      '2. Người vi phạm bị xử lý theo Nghị định số 117/2020/NĐ-CP, mỗi trường hợp 2.000.000 đồng.',
    ].join('\n');
    expect(figures(fines)).toEqual([]);
    expect(figures('1. Hỗ trợ các khoản sau:\n- Người cách ly: 80.000 đồng/người/ngày;\n- Hộ nghèo: 1.000.000 đồng/hộ.')).toEqual(['SUPPORT_AMOUNT 80000 VND', 'SUPPORT_AMOUNT 1000000 VND']);
  });

  it('does not take where a count is set up ("tại các xã có trên 30 người mắc") for a target of its own', () => {
    expect(figures('1. Thành lập ít nhất 01 trạm y tế lưu động tại các xã có trên 40 người mắc COVID-19.')).toEqual(['OTHER 1 COUNT']);
    expect(figures('1. Phấn đấu đến ngày 30/9/2021 có trên 95% người dân được tiêm vắc xin.')).toEqual(['VACCINATION_COVERAGE 95 PERCENT']);
  });

  it('does not take an estimated size for a target, and keeps an approximate goal', () => {
    expect(figures('1. Đối tượng: người từ 12 đến 17 tuổi, ước khoảng 64.200 người.')).toEqual([]);
    expect(figures('1. Số người cần tiêm ước tính khoảng 185.000 người.')).toEqual([]);
    expect(figures('1. Dân số toàn huyện ước 210.000 người.')).toEqual([]);
    expect(figures('1. Tiêm cho khoảng 320.000 người từ 18 tuổi trở lên.')).toEqual(['OTHER 320000 PEOPLE']);
    // An approximation under a label of whom the plan covers sizes them; a goal there is still a goal.
    expect(figures('1. Đối tượng: khoảng 68.500 trẻ em từ 12 đến 17 tuổi.\n2. Dân số: gần 900.000 người.')).toEqual([]);
    expect(figures('1. Đối tượng: trẻ em từ 12 đến 17 tuổi, phấn đấu tiêm cho khoảng 60.000 trẻ.')).toEqual(['OTHER 60000 PEOPLE']);
    // So does the count right after the label's colon; a share there is still how many the plan reaches.
    expect(figures('1. Số đối tượng dự kiến: 35.200 trẻ.\n2. Đối tượng: 36.300 trẻ từ 5 đến dưới 12 tuổi.')).toEqual([]);
    expect(figures('1. Đối tượng: 100% người dân từ 18 tuổi trở lên được tiêm vắc xin.')).toEqual(['VACCINATION_COVERAGE 100 PERCENT']);
  });

  it('does not take the basis of a plan for a target, but reads an order that follows it', () => {
    expect(figures('Căn cứ số lượng vắc xin được phân bổ cho huyện là 36.000 liều, UBND huyện xây dựng Kế hoạch như sau:\n\n1. Tiêm hết số vắc xin được phân bổ trong vòng 05 ngày kể từ ngày tiếp nhận.')).toEqual(['VACCINATION_COMPLETION_DAYS 5 DAYS']);
    expect(figures('Căn cứ tình hình dịch bệnh trên địa bàn, UBND tỉnh yêu cầu các cơ sở tôn giáo không tổ chức nghi lễ tập trung quá 25 người.')).toEqual(['GATHERING_SIZE 25 PEOPLE']);
  });

  it('does not take the situation a sentence names before its order for a target ("Trước tình trạng ..., UBND tỉnh yêu cầu:")', () => {
    expect(figures('Trước tình trạng giá kit xét nghiệm nhanh tăng 20-30% trong tuần qua, Chủ tịch UBND tỉnh yêu cầu:\n1. Các cơ sở không bán quá 05 bộ cho mỗi khách hàng.')).toEqual([]);
    expect(figures('Trước tình hình số ca mắc tăng 35% trong tuần qua, UBND tỉnh yêu cầu các huyện xét nghiệm cho 100% người dân.')).toEqual(['TESTING_COVERAGE 100 PERCENT']);
    // With no order after it, such an opening frames the order the figure is in.
    expect(figures('2. Trước tình hình đó, các huyện phải xét nghiệm cho 100% người dân.')).toEqual(['TESTING_COVERAGE 100 PERCENT']);
  });

  it('does not take an estimate ("sản lượng ước đạt 165.000 tấn") for a target, but reads the goal beside it', () => {
    expect(figures('Vải thiều đang vào vụ thu hoạch với sản lượng ước đạt 165.000 tấn, Chủ tịch UBND tỉnh yêu cầu:\n1. Các huyện phấn đấu tiêu thụ 100.000 tấn vải thiều.')).toEqual(['OTHER 100000000 KILOGRAMS']);
  });

  it('keeps the figures of a condition on customers or staff described by what they had done ("Khách hàng đã tiêm ... hoặc có kết quả xét nghiệm âm tính trong vòng 72 giờ")', () => {
    expect(figures('1. Khách hàng đã tiêm ít nhất 01 mũi vắc xin hoặc có kết quả xét nghiệm âm tính trong vòng 72 giờ.')).toEqual(['OTHER 72 HOURS']);
    expect(figures('2. Người tham gia đã được tiêm 2 mũi vắc xin hoặc có giấy xét nghiệm âm tính trong vòng 48 giờ.')).toEqual(['OTHER 48 HOURS']);
  });

  it('keeps the figures of an order a news article restates with "đã" ("đã yêu cầu", "đã quyết định"), not a count after it', () => {
    expect(figures('Chủ tịch UBND tỉnh đã yêu cầu người về từ Đồng Nai phải cách ly tập trung 14 ngày.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
    expect(figures('Ban Chỉ đạo tỉnh đã chỉ đạo nâng số giường điều trị lên 1.200 giường; đến nay đã tiêm 50.000 liều.')).toEqual(['TREATMENT_BEDS 1200 BEDS']);
  });
});

describe('criteria: who qualifies', () => {
  it('takes no criterion of home treatment for a target, and keeps how often a reading is taken', () => {
    expect(
      figures('1. Người mắc được điều trị tại nhà khi nhịp thở dưới 20 lần/phút, SpO2 ≥ 96% khi thở khí trời, thân nhiệt không quá 38 độ.\n2. Trạm Y tế đo nhiệt độ cơ thể người mắc ít nhất 2 lần/ngày.'),
    ).toEqual(['OTHER 2 COUNT']);
    // Times a day right after the reading's name say how often it is taken.
    expect(figures('1. Người cách ly tại nhà tự đo thân nhiệt ít nhất 02 lần mỗi ngày.')).toEqual(['OTHER 2 COUNT']);
    // A warning sign listed away from its name: a rate per minute is a breath or a pulse.
    expect(figures('Người mắc báo ngay Trạm Y tế khi có dấu hiệu sau:\n- Nhịp thở tăng: từ 22 lần/phút trở lên ở người lớn; từ 32 lần/phút trở lên ở trẻ em;\n- Mạch nhanh trên 125 lần/phút.')).toEqual([]);
  });

  it('reads a share of goods sampled as no testing coverage, which counts people', () => {
    expect(figures('1. Lấy mẫu xét nghiệm ngẫu nhiên 5% số container hàng đông lạnh nhập khẩu.')).toEqual(['OTHER 5 PERCENT']);
  });

  it('reads a budget line, a share of a cost and a contract\'s time as no support, coverage or regime', () => {
    expect(figures('1. Hỗ trợ 2,5 tỷ đồng cho Sở Y tế để mua sinh phẩm, vật tư y tế; hỗ trợ 1.500.000 đồng/người cho lao động tự do.')).toEqual(['OTHER 2500000000 VND', 'SUPPORT_AMOUNT 1500000 VND']);
    expect(figures('1. Ngân sách tỉnh hỗ trợ 50% chi phí xét nghiệm cho người lao động; 30% kinh phí tiêm vắc xin do doanh nghiệp chi trả.')).toEqual(['OTHER 50 PERCENT', 'OTHER 30 PERCENT']);
    expect(figures('1. Thời gian thực hiện gói thầu: 45 ngày kể từ ngày hợp đồng có hiệu lực.')).toEqual(['OTHER 45 DAYS']);
    // The meals a province pays for per head are support, whatever verb pays them.
    expect(figures('1. Chi tiền ăn cho người cách ly tập trung 80.000 đồng/người/ngày.')).toEqual(['SUPPORT_AMOUNT 80000 VND']);
  });

  it('takes the income that qualifies for support for no amount of support', () => {
    expect(figures('1. Hỗ trợ 1.500.000 đồng/người cho lao động tự do có thu nhập dưới 3.000.000 đồng/tháng bị mất việc làm.')).toEqual(['SUPPORT_AMOUNT 1500000 VND']);
  });
});

describe('numbers that are not quantities', () => {
  const names = [
    '1. Các cơ quan làm việc đến 17 giờ 30; chợ mở cửa từ 6h đến 18h hằng ngày; dừng hoạt động sau 21 giờ.',
    '1. Lực lượng chức năng trực 24/24 giờ tại các chốt.',
    '1. Đường dây nóng tiếp nhận thông tin 24 giờ/ngày, 7 ngày/tuần; các chốt hoạt động 7 ngày trong tuần.',
    '1. Chốt kiểm soát hoạt động 6 giờ - 22 giờ; điểm tiêm mở cửa 7h – 17h.',
    '1. Thời gian lấy mẫu từ 13h30 – 16h; điểm tiêm làm việc 7 giờ 30 phút - 11 giờ.',
    '1. Kiểm soát phương tiện trên Quốc lộ 20 và Quốc lộ 27.',
    '1. Áp dụng các biện pháp của cấp độ 3 tại huyện Bảo Lâm.',
    '1. Học sinh lớp 9 và lớp 12 đi học trực tiếp.',
    '1. Lau bề mặt bằng dung dịch Cloramin B 0,5%; phun khử khuẩn bằng dung dịch chứa 0,05% Clo hoạt tính.',
    '1. Xử lý vi phạm theo khoản 3 Điều 11 Nghị định số 117/2020/NĐ-CP.',
    '1. Triển khai Chỉ thị 16/CT-TTg và Nghị quyết 128 của Chính phủ.',
    '1. Người từ 18 tuổi trở lên đã tiêm đủ 02 mũi vắc xin được ra khỏi tỉnh.',
    '1. Phát huy vai trò của 03 chủ thể trong phòng, chống dịch; thực hiện thông điệp 5K.',
    '1. Nhân rộng mô hình “1 vùng 3 chốt” và “siêu thị 0 đồng”.',
    '1. Tổ chức đại hội lần thứ 2 theo hình thức trực tuyến.',
    '1. Xét nghiệm vào ngày thứ 1 và ngày thứ 7 của thời gian cách ly.',
    '1. Mọi thông tin liên hệ đường dây nóng 0251.3822.115.',
    '1. Các địa phương nghiên cứu báo cáo sơ kết 14 ngày thực hiện giãn cách xã hội; Ban Chỉ đạo tổ chức tổng kết 2 năm phòng, chống dịch.',
  ];
  for (const sentence of names) {
    it(sentence, () => expect(figures(sentence)).toEqual([]));
  }

  it('reads the one after "trên" as what the figure before is counted per', () => {
    expect(figures('1. Xe khách chở không quá 20 người trên 1 chuyến; phòng cách ly không quá 02 người trên 01 giường.')).toEqual(['OTHER 20 PEOPLE', 'OTHER 2 PEOPLE']);
  });

  it('reads "giữa 2 người", "giữa 2 lần" as what a distance or an interval is measured between, not a count', () => {
    expect(figures('1. Giữ khoảng cách giữa 2 người tối thiểu 2 mét; thời gian giữa 2 lần xét nghiệm cách nhau tối thiểu 3 ngày.')).toEqual(['PHYSICAL_DISTANCE 2 METRES', 'TEST_INTERVAL_DAYS 3 DAYS']);
  });

  it('orders only the new value of a change: "từ 14 ngày lên 21 ngày"', () => {
    expect(figures('1. Nâng thời gian cách ly tập trung từ 14 ngày lên 21 ngày.')).toEqual(['QUARANTINE_DAYS 21 DAYS']);
    expect(figures('2. Công an tỉnh giảm số chốt kiểm soát từ 30 chốt xuống còn 09 chốt.')).toEqual(['CHECKPOINTS 9 CHECKPOINTS']);
  });

  it('does not count the window over which a threshold stated with "có" is counted', () => {
    expect(figures('1. Lớp có từ 02 học sinh là F0 trở lên trong 10 ngày thì cả lớp học trực tuyến trong 07 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 7 DAYS']);
  });

  it('does not count a comparison inside the subject a consequent binds: "Doanh nghiệp trên 200 lao động phải ..."', () => {
    expect(figures('1. Doanh nghiệp trên 300 lao động phải xây dựng phương án sản xuất an toàn.')).toEqual([]);
    expect(figures('1. Các thôn trên 20 ca mắc phải thực hiện cách ly y tế vùng.')).toEqual([]);
    // A ban binds them as a duty does.
    expect(figures('1. Các xã có tỷ lệ tiêm mũi 2 dưới 70% không được tổ chức lễ hội.')).toEqual([]);
    expect(figures('1. Các cơ sở có trên 50 lao động không được tổ chức ăn ca tập trung.')).toEqual([]);
    // A limit denied, a goal, or no consequent: the figure is what is ordered.
    expect(figures('1. Không tụ tập trên 15 người nơi công cộng.')).toEqual(['GATHERING_SIZE 15 PEOPLE']);
    expect(figures('1. Tiêm cho trên 85% người từ 18 tuổi trở lên.')).toEqual(['VACCINATION_COVERAGE 85 PERCENT']);
  });

  it('reads "tập trung" as a gathering only when it gathers people, not when it lodges, mobilises or focuses', () => {
    expect(figures('1. Bố trí chỗ ở tập trung cho khoảng 5.000 công nhân trong thời gian tạm dừng sản xuất.')).toEqual(['OTHER 5000 PEOPLE']);
    expect(figures('2. Tập trung lực lượng, huy động 300 cán bộ y tế hỗ trợ lấy mẫu.')).toEqual(['OTHER 300 PEOPLE']);
    expect(figures('3. Tập trung cho công tác tiêm chủng, bảo đảm tiêm cho 20.000 người trong tháng 8.')).toEqual(['OTHER 20000 PEOPLE']);
    // People gathered, limited or forbidden, still set the size.
    expect(figures('4. Không tập trung quá 10 người ngoài phạm vi công sở.')).toEqual(['GATHERING_SIZE 10 PEOPLE']);
    expect(figures('5. Dừng các hoạt động tập trung trên 20 người ở nơi công cộng.')).toEqual(['GATHERING_SIZE 20 PEOPLE']);
    expect(figures('6. Hạn chế tập trung đông người; mỗi buổi không quá 30 người.')).toEqual(['GATHERING_SIZE 30 PEOPLE']);
  });

  it('does not count the threshold of a condition opened in the segment before: "khi thấy khó thở, SpO2 dưới 96%"', () => {
    expect(figures('1. Người điều trị tại nhà khi thấy khó thở, SpO2 dưới 96% cần liên hệ ngay Trạm Y tế.')).toEqual([]);
  });

  it('does not count what a count is made of, after "gồm" as in brackets', () => {
    expect(figures('1. Mỗi trạm y tế lưu động bố trí 05 người, gồm 03 nhân viên y tế và 02 tình nguyện viên; bố trí 02 xe cứu thương.')).toEqual(['OTHER 5 PEOPLE', 'OTHER 2 COUNT']);
    expect(figures('2. Mỗi chốt bố trí 06 người (gồm 02 công an, 04 dân quân).')).toEqual(['OTHER 6 PEOPLE']);
  });

  it('does not count the time elapsed in a condition ("Nếu sau 14 ngày ... thì"), and keeps the days after its consequent', () => {
    expect(figures('1. Nếu sau 14 ngày kết quả vẫn dương tính thì tiếp tục cách ly đến khi âm tính.')).toEqual([]);
    expect(figures('2. Trường hợp còn dương tính sau 14 ngày thì chuyển lên tuyến trên.')).toEqual([]);
    expect(figures('3. Nếu F0 khỏi bệnh thì tự theo dõi sức khỏe tại nhà 7 ngày.')).toEqual(['HEALTH_MONITORING_DAYS 7 DAYS']);
  });

  it('reads a time to complete as a task\'s time (and the order\'s deadline), not as the lockdown named before it', () => {
    expect(figures('1. Tổ chức xét nghiệm cho 100% người dân tại các khu vực phong tỏa, hoàn thành trong 03 ngày.')).toEqual(['TESTING_COVERAGE 100 PERCENT', 'OTHER 3 DAYS']);
    // A metric written for completion still measures it.
    expect(figures('1. Tiêm hết số vắc xin được phân bổ, hoàn thành trong vòng 05 ngày.')).toEqual(['VACCINATION_COMPLETION_DAYS 5 DAYS']);
  });

  it('does not read the figures that define a level after "khi" as targets ("cấp độ 1 khi tỷ lệ tiêm ... trên 70%")', () => {
    expect(figures('1. Cấp độ 1 khi tỷ lệ tiêm đủ liều trên 70% dân số; cấp độ 4 (nguy cơ rất cao) khi tỷ lệ tiêm dưới 50% dân số.\n2. Vùng đỏ khi có trên 20% số thôn có ca mắc.')).toEqual([]);
    // A consequent after the comparison still makes it a condition of an order, read as before.
    expect(figures('3. Phấn đấu tỷ lệ tiêm đủ liều đạt trên 90% dân số.')).toEqual(['VACCINATION_COVERAGE 90 PERCENT']);
  });

  it("does not read a table's row number, alone on its line, as a count of the row's name", () => {
    expect(figures('ỦY BAN NHÂN DÂN TỈNH\nCác hoạt động tạm dừng tổ chức\n2\nNhà hàng, quán ăn\n3\nCơ sở karaoke')).toEqual([]);
  });

  it('does not count what a filter names: "doanh nghiệp có trên 200 lao động"', () => {
    expect(figures('1. Tổ chức xét nghiệm ngẫu nhiên tại các doanh nghiệp có trên 200 lao động.')).toEqual([]);
  });
});

describe('press releases', () => {
  const release = [
    'I. TÌNH HÌNH DỊCH BỆNH',
    '',
    '- Trong ngày ghi nhận 25 ca mắc mới; đang cách ly tập trung: 2.150 người.',
    '- Đã thành lập 02 bệnh viện dã chiến với quy mô 800 giường.',
    '',
    'II. ĐỀ NGHỊ CỦA BAN CHỈ ĐẠO',
    '',
    '1. Mỗi hộ gia đình chỉ cử 01 người đi chợ, không quá 2 lần/tuần.',
  ].join('\n');

  it('takes only the figures of a section that requests', () => {
    expect(figures(release, 'THONG_CAO_BAO_CHI')).toEqual(['OTHER 1 PEOPLE', 'OTHER 2 COUNT']);
  });

  it('takes an order whose subject is a class of cases ("Các trường hợp F1 ..."), not a count of cases', () => {
    const text = 'Trong ngày, tỉnh ghi nhận 12 ca mắc mới.\n\nCác trường hợp F1 được cách ly tại nhà 7 ngày.';
    expect(figures(text, 'THONG_CAO_BAO_CHI')).toEqual(['QUARANTINE_DAYS 7 DAYS']);
    const news = 'Trong ngày, tỉnh ghi nhận 12 ca mắc mới.\n\nCó 3 người được xác định là F1 đã được cách ly tập trung 14 ngày.';
    expect(figures(news, 'THONG_CAO_BAO_CHI')).toEqual([]);
  });

  it("takes the figures of a release's recommendation to the public", () => {
    const text = 'Trong ngày, tỉnh ghi nhận 12 ca mắc mới. Ban Chỉ đạo tỉnh khuyến cáo người từ vùng dịch về tự theo dõi sức khỏe 14 ngày.';
    expect(figures(text, 'THONG_CAO_BAO_CHI')).toEqual(['HEALTH_MONITORING_DAYS 14 DAYS']);
  });

  it('takes the figures of a list opened by a decision', () => {
    const text = 'Kết luận cuộc họp, Chủ tịch UBND tỉnh quyết định:\n\n1. Phong tỏa thôn Nà Lạn trong thời gian 14 ngày.\n2. Thiết lập 03 chốt kiểm soát.';
    expect(figures(text, 'THONG_CAO_BAO_CHI')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS', 'CHECKPOINTS 3 CHECKPOINTS']);
  });

  it("takes the figures of a list opened by the committee's agreement, whoever its items name", () => {
    const text = [
      'Chiều 10/8/2021, Ban Chỉ đạo tỉnh họp trực tuyến với các huyện; toàn tỉnh ghi nhận 25 ca mắc.',
      'Sau khi nghe báo cáo, Ban Chỉ đạo tỉnh thống nhất các nội dung sau:',
      '1. Sở Y tế tổ chức xét nghiệm cho 100% người dân tại các vùng phong tỏa.',
      '2. Công an tỉnh duy trì 12 chốt kiểm soát tại các cửa ngõ vào tỉnh.',
    ].join('\n');
    expect(figures(text, 'THONG_CAO_BAO_CHI')).toEqual(['TESTING_COVERAGE 100 PERCENT', 'CHECKPOINTS 12 CHECKPOINTS']);
    // A list under a lead-in that decides nothing (a patient's itinerary) stays news.
    const itinerary = 'Lịch trình di chuyển của bệnh nhân:\n- Ngày 25/3/2020: đi xe khách từ Hà Nội về, sau đó đến 02 cửa hàng.';
    expect(figures(itinerary, 'THONG_CAO_BAO_CHI')).toEqual([]);
  });

  it('takes the orders a release announces plainly, and leaves its news', () => {
    const text = [
      'I. TÌNH HÌNH DỊCH BỆNH',
      'Trong ngày, tỉnh ghi nhận 07 ca mắc mới. Số ca nặng phải thở oxy: 4 ca.',
      'II. CÁC BIỆN PHÁP TRONG THỜI GIAN TỚI',
      '1. Từ 0 giờ ngày 13/8/2021, thực hiện giãn cách xã hội đối với thành phố trong thời gian 14 ngày.',
      '2. Các cơ sở sản xuất, kinh doanh bố trí không quá 50% số lao động làm việc tại chỗ.',
      '3. Người từ vùng dịch về tỉnh thực hiện cách ly tập trung 21 ngày.',
      '4. Chiều 12/8, Sở Y tế tổ chức tập huấn cho 300 cán bộ.',
      '5. Hiện nay, lái xe vào cửa khẩu phải có kết quả xét nghiệm âm tính trong vòng 72 giờ.',
    ].join('\n');
    expect(figures(text, 'THONG_CAO_BAO_CHI')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS', 'WORKPLACE_ATTENDANCE 50 PERCENT', 'QUARANTINE_DAYS 21 DAYS']);
  });

  it('does not take a steering committee named "Ban Chỉ đạo" for an order', () => {
    const text = 'Ban Chỉ đạo thông tin tình hình dịch bệnh như sau:\n\n1. Các khu cách ly đang tiếp nhận 1.300 người.';
    expect(figures(text, 'THONG_CAO_BAO_CHI')).toEqual([]);
  });
});

describe('looking back on a measure under way', () => {
  it('takes no target from how long a measure has run ("Sau 10 ngày thực hiện ...", "Qua 7 ngày triển khai ...") nor from a shortfall', () => {
    expect(figures('1. Sau 12 ngày thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg, tình hình dịch trên địa bàn huyện cơ bản được kiểm soát.')).toEqual([]);
    expect(figures('2. Qua 9 ngày triển khai xét nghiệm sàng lọc, các xã phát hiện thêm 4 ca dương tính.')).toEqual([]);
    expect(figures('3. Sau gần 2 tháng áp dụng các biện pháp theo Nghị quyết 128, hoạt động sản xuất dần phục hồi.')).toEqual([]);
    expect(figures('4. Một số xã tỷ lệ tiêm mũi 2 còn thấp, chưa đạt 50%.')).toEqual([]);
    // Nor from what it has reached, looked back on with "Qua".
    expect(figures('5. Qua 3 tuần triển khai, tỷ lệ tiêm mũi 1 cho trẻ từ 5 đến dưới 12 tuổi đạt 85%.')).toEqual([]);
    expect(figures('6. Qua hơn 2 tuần thực hiện, toàn tỉnh xét nghiệm cho 95% người dân.')).toEqual([]);
    // Nor from a window up to now that opens the sentence; the same window after a person says who is meant.
    expect(figures('7. Từ ngày 01/8/2021 đến nay, đường dây nóng tiếp nhận 1.250 cuộc gọi.')).toEqual([]);
    expect(figures('8. Người về từ Hải Dương từ ngày 01/8/2021 đến nay phải cách ly 14 ngày.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
  });

  it('takes no target from what was done in a holiday of a year before the directive, and keeps an order restated for it', () => {
    const dated = (raw: string) => {
      const cleaned = clean(raw);
      return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, issuedOn: '2021-12-10' }).targets.map((t: Target) => `${t.metric} ${t.value} ${t.unit}`);
    };
    expect(dated('1. Mùa Giáng sinh năm 2020, 85% giáo xứ tổ chức Thánh lễ trực tuyến.')).toEqual([]);
    expect(dated('2. Năm 2020, toàn tỉnh xét nghiệm cho 95% người dân.')).toEqual([]);
    expect(dated('3. Năm 2020, các huyện phải xét nghiệm cho 95% người dân.')).toEqual(['TESTING_COVERAGE 95 PERCENT']);
  });

  it('keeps the days a condition waits for after the same words, and the goal after a look-back', () => {
    expect(figures('1. Sau 14 ngày thực hiện cách ly tập trung, nếu kết quả xét nghiệm âm tính thì cho về nhà.')).toEqual(['QUARANTINE_DAYS 14 DAYS']);
    expect(figures('2. Sau 10 ngày thực hiện giãn cách, các xã phấn đấu đạt tỷ lệ tiêm mũi 1 trên 70% trước ngày 30/9.')).toEqual(['VACCINATION_COVERAGE 70 PERCENT']);
    expect(figures('3. Qua 10 ngày thực hiện giãn cách, các xã phấn đấu đạt tỷ lệ tiêm mũi 1 trên 70% trước ngày 30/9.')).toEqual(['VACCINATION_COVERAGE 70 PERCENT']);
    // "Sau" may plan what comes after.
    expect(figures('4. Sau 7 ngày thực hiện giãn cách, tổ chức xét nghiệm lần 2 cho 100% hộ gia đình.')).toEqual(['TESTING_COVERAGE 100 PERCENT']);
  });
});

describe('a threshold stated with "có" before what must be done', () => {
  it('takes no target from "Người bệnh có SpO2 dưới 96% ... phải báo ngay" and keeps an ordered "phải có ít nhất"', () => {
    expect(figures('1. Người bệnh có SpO2 dưới 96% hoặc có bệnh nền phải báo ngay cho Trạm Y tế.')).toEqual([]);
    expect(figures('2. Mỗi trạm phải có ít nhất 02 bác sĩ.')).toEqual(['OTHER 2 PEOPLE']);
  });

  it('reads "từ ngày ... đến nay" after whom an order binds as since when, and still drops a total reported since a date', () => {
    expect(figures('1. Người về từ tỉnh Hải Dương từ ngày 15/01/2021 đến nay phải cách ly tại nhà đủ 21 ngày.')).toEqual(['QUARANTINE_DAYS 21 DAYS']);
    expect(figures('2. Từ ngày 15/01/2021 đến nay, toàn tỉnh đã tiêm 50.000 liều vắc xin.')).toEqual([]);
  });

  it('takes no target from the size of a document the text carries out, named in its opening clause', () => {
    expect(figures('Thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội với tổng quy mô khoảng 350.000 tỷ đồng, UBND tỉnh yêu cầu các sở, ngành triển khai.')).toEqual([]);
    expect(figures('1. Thực hiện Kế hoạch số 12/KH-UBND, tiêm cho 100% người từ 18 tuổi trở lên.')).toEqual(['VACCINATION_COVERAGE 100 PERCENT']);
  });

  it('takes no target from how many people are in quarantine or treatment now ("người đang cách ly")', () => {
    expect(figures('1. Sở Y tế bảo đảm an toàn cho 1.029 người đang cách ly tại 32 cơ sở cách ly tập trung.')).toEqual([]);
    expect(figures('2. Di chuyển toàn bộ 320 bệnh nhân COVID-19 đang điều trị tại Bệnh viện Phổi về Bệnh viện dã chiến số 2.')).toEqual([]);
    expect(figures('3. Bảo đảm đủ 500 giường cho người đang cách ly; bố trí 20 người trực chốt.')).toEqual(['OTHER 500 BEDS', 'OTHER 20 PEOPLE']);
    // Party members are no one doing something now, with marks or without.
    expect(figures('4. Huy động 50 cán bộ đảng viên tham gia tổ COVID cộng đồng.')).toEqual(['OTHER 50 PEOPLE']);
    expect(figures('5. Huy dong 50 can bo dang vien tham gia to COVID cong dong.')).toEqual(['OTHER 50 PEOPLE']);
  });

  it('takes no days from a flight\'s or a patient\'s number before the date of what it names', () => {
    expect(figures('1. Hành khách trên chuyến bay QH 1207 ngày 26/01/2021 từ Vân Đồn đi Đà Lạt phải khai báo y tế.')).toEqual([]);
    expect(figures('2. Người đã tiếp xúc với bệnh nhân 1553 ngày 26/01/2021 phải cách ly tập trung 21 ngày.')).toEqual(['QUARANTINE_DAYS 21 DAYS']);
  });

  it('reads "có tối đa", "có không quá" before a figure as a ceiling set, and "có trên" still as a count stated', () => {
    expect(figures('1. Tổ chức lễ tang gọn nhẹ, có tối đa 30 người tham dự cùng thời điểm.')).toEqual(['GATHERING_SIZE 30 PEOPLE']);
    expect(figures('2. Mỗi người bệnh có không quá 01 người nhà chăm sóc.')).toEqual(['OTHER 1 PEOPLE']);
    expect(figures('3. Hiện toàn tỉnh có trên 500 giường điều trị.')).toEqual([]);
  });

  it('reads what a count stated has "với" it as stated too, and what is set up "với" it as set up', () => {
    expect(figures('1. Toàn tỉnh hiện có 09 khu cách ly tập trung với 1.200 giường.')).toEqual([]);
    expect(figures('2. Toàn tỉnh có 9.860 thí sinh dự thi tại 31 điểm thi với 960 cán bộ coi thi.')).toEqual([]);
    expect(figures('3. Thành lập 02 khu cách ly tập trung với 400 giường.')).toEqual(['OTHER 2 COUNT', 'OTHER 400 BEDS']);
  });

  it('takes no target from what a rate is per after its slash ("đồng/1 ngày", "gạo/khẩu/14 ngày")', () => {
    expect(figures('1. Hỗ trợ 40.000 đồng/1 ngày cho người dân trong khu vực phong tỏa.')).toEqual(['SUPPORT_AMOUNT 40000 VND']);
    expect(figures('2. Hỗ trợ người dân trong vùng cách ly y tế 5 kg gạo/khẩu/14 ngày.')).toEqual(['OTHER 5 KILOGRAMS']);
    expect(figures('3. Người bán hàng xét nghiệm 07 ngày/01 lần.')).toEqual(['TEST_INTERVAL_DAYS 7 DAYS']);
  });

  it('takes no target from the cases a scenario is sized for, and keeps the beds it prepares', () => {
    expect(figures('1. Ban hành Phương án bảo đảm công tác y tế đối với tình huống khi có 2.000 người mắc COVID-19 trên địa bàn tỉnh.')).toEqual([]);
    expect(figures('2. Kịch bản đáp ứng 5.000 F0 trên địa bàn tỉnh.')).toEqual([]);
    expect(figures('3. Tình huống 2 (trên 3.000 người mắc): chuẩn bị 4.000 giường điều trị.')).toEqual(['TREATMENT_BEDS 4000 BEDS']);
    expect(figures('4. Giai đoạn 2: 4.000 giường bệnh, chuẩn bị cho tình huống 20.000 người mắc.')).toEqual(['TREATMENT_BEDS 4000 BEDS']);
  });

  it('takes no target from the length of the fishing boats an order is about', () => {
    expect(figures('1. Cho phép tàu cá có chiều dài dưới 12 mét hoạt động khai thác ven bờ; người dân giữ khoảng cách tối thiểu 2 mét.')).toEqual(['PHYSICAL_DISTANCE 2 METRES']);
    expect(figures('2. Tạm dừng hoạt động tàu cá có chiều dài lớn nhất từ 15 mét trở lên.')).toEqual([]);
  });

  it('takes no target from a pregnancy\'s weeks that say who may be treated at home', () => {
    expect(figures('1. Người mắc COVID-19 là phụ nữ có thai dưới 36 tuần được điều trị tại nhà.')).toEqual([]);
    expect(figures('2. Phụ nữ mang thai trên 36 tuần, sau sinh dưới 6 tuần phải chuyển viện.')).toEqual([]);
  });
});

describe('how long a sanction lasts', () => {
  it('sets no target for a suspension suffered for a breach ("bị đình chỉ hoạt động 14 ngày"), keeps one the order imposes', () => {
    expect(figures('1. Hộ kinh doanh vi phạm sẽ bị đình chỉ hoạt động 14 ngày.')).toEqual([]);
    // "buộc" imposes it as "bị" suffers it; one "bị" may govern a fine and the suspension after it.
    expect(figures('1. Cơ sở không tổ chức quét mã QR buộc tạm dừng hoạt động 14 ngày.')).toEqual([]);
    expect(figures('1. Cơ sở vi phạm bị xử phạt và đình chỉ hoạt động 07 ngày.')).toEqual([]);
    expect(figures('2. Cơ sở không chấp hành bị tước giấy phép kinh doanh 03 tháng; người vi phạm bị phạt từ 1.000.000 đồng.')).toEqual([]);
    expect(figures('3. Tạm dừng hoạt động các cơ sở karaoke trong thời gian 14 ngày.')).toEqual(['RESTRICTION_PERIOD_DAYS 14 DAYS']);
  });
});
