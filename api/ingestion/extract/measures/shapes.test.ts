import { clean } from '../../clean';
import { segmentClauses } from '../../segment/clauses';
import type { DocumentKind } from '../../../domain/directive';
import type { Measure } from '../../../domain/facts';
import { defaultLexicons } from '../../lexicons';
import { view } from '../../phrases/patterns';
import { categorise } from './categorise';
import { capitalisedWords } from './name-words';
import { extractFacts } from '../index';

// Made-up sentences and texts, one shape each, for the conventions and structures the first held-out set
// showed the rules did not know: lockdowns of areas against quarantine of people, businesses under
// conditions, border posts, certificates that condition an activity, home treatment, rules stated as facts;
// orders retold in paragraphs around a short list, a reprint that opens with list items, recommendations of
// a press release, lists of bodies, funding and effective-date sentences, parts that only complete the order
// before them.

const lex = defaultLexicons();
const category = (sentence: string) => categorise(view(sentence), 0, sentence.length, lex).category;

function measures(lines: string[], kind: DocumentKind | null = null): Measure[] {
  const cleaned = clean(lines.join('\n'));
  return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, kind }).measures;
}
const quotes = (ms: Measure[]) => ms.map((m) => m.citation.quote);
const categories = (ms: Measure[]) => ms.map((m) => m.category);

const LETTERHEAD = ['ỦY BAN NHÂN DÂN TỈNH', 'Số: 77/UBND-KGVX', 'V/v phòng, chống dịch COVID-19'];
const HEADER = [...LETTERHEAD, 'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương thực hiện các nội dung sau:'];
// A letter whose preamble asks nothing: its numbered items order by their own words.
const ADDRESSED = [...LETTERHEAD, 'Kính gửi: Các sở, ngành.'];

describe('conventions of the taxonomy', () => {
  it('reads a lockdown of an area as STAY_AT_HOME and the quarantine of people as QUARANTINE_ISOLATION', () => {
    expect(category('Áp dụng cách ly y tế vùng đối với thôn Hạ, xã Tân Lập trong thời hạn 14 ngày.')).toBe('STAY_AT_HOME');
    expect(category('Áp dụng biện pháp cách ly y tế cộng đồng đối với cụm dân cư tổ 6 trong 14 ngày.')).toBe('STAY_AT_HOME');
    expect(category('Thiết lập cách ly y tế đối với xóm Đông Hải trong thời gian 14 ngày.')).toBe('STAY_AT_HOME');
    expect(category('Người dân trong vùng cách ly không được ra khỏi nhà.')).toBe('STAY_AT_HOME');
    expect(category('Bảo đảm an ninh trật tự trong vùng cách ly.')).toBe('STAY_AT_HOME');
    expect(category('Mỗi hộ gia đình chỉ cử 01 người ra điểm tập kết nhận hàng.')).toBe('STAY_AT_HOME');
    expect(category('Người về từ vùng dịch cách ly tập trung 21 ngày.')).toBe('QUARANTINE_ISOLATION');
    expect(category('Người hết thời gian cách ly tiếp tục tự theo dõi sức khỏe tại nhà 7 ngày.')).toBe('QUARANTINE_ISOLATION');
    // Where the quarantined live is a place: the support is the order.
    expect(category('Mỗi người trong khu cách ly tập trung được hỗ trợ tiền ăn.')).toBe('SOCIAL_SUPPORT');
  });

  it('files a school\'s canteen, boarding and physical education as SCHOOLS', () => {
    expect(category('Không tổ chức ăn tập trung tại nhà ăn của trường.')).toBe('SCHOOLS');
    expect(category('Môn giáo dục thể chất tổ chức ngoài trời, không tổ chức hoạt động tiếp xúc gần.')).toBe('SCHOOLS');
    expect(category('Các trường sắp xếp lại khu bán trú, nội trú bảo đảm khoảng cách.')).toBe('SCHOOLS');
  });

  it('files the school year\'s ceremonies and the exam season as SCHOOLS ("sức mùa" is no "sức mua")', () => {
    expect(category('Không tổ chức lễ khai giảng tập trung.')).toBe('SCHOOLS');
    expect(category('Các trường không tổ chức chào cờ, sinh hoạt tập thể.')).toBe('SCHOOLS');
    expect(category('Tỉnh đoàn tổ chức chương trình tiếp sức mùa thi cho thí sinh.')).toBe('SCHOOLS');
  });

  it('files markets, shops and businesses operating under conditions or closed as WORKPLACES', () => {
    expect(category('Tạm dừng họp chợ phiên tại các xã vùng sâu.')).toBe('WORKPLACES');
    expect(category('Chợ thị trấn chỉ kinh doanh lương thực, thực phẩm thiết yếu.')).toBe('WORKPLACES');
    expect(category('Doanh nghiệp chỉ tổ chức sản xuất khi có phương án bảo đảm an toàn.')).toBe('WORKPLACES');
    expect(category('Cơ sở cắt tóc, gội đầu phục vụ không quá 02 khách cùng lúc.')).toBe('WORKPLACES');
    expect(category('Khuyến khích doanh nghiệp bố trí chỗ ở tạm cho công nhân.')).toBe('WORKPLACES');
    expect(category('Các khu du lịch tạm dừng đón khách từ ngày 10/8/2021.')).toBe('WORKPLACES');
    expect(category('Khu du lịch sinh thái chỉ đón khách đã tiêm đủ liều vắc xin.')).toBe('WORKPLACES');
    // Reopening tourism is recovery.
    expect(category('Thị xã tiếp tục đón khách du lịch nội địa.')).toBe('ECONOMIC_RECOVERY');
  });

  it('files border posts, border crossings and foreign crews as BORDER_ENTRY_CONTROL', () => {
    expect(category('Duy trì 30 tổ, chốt trên tuyến biên giới.')).toBe('BORDER_ENTRY_CONTROL');
    expect(category('Duy trì tổ chốt chặn tại các đường mòn, lối mở.')).toBe('BORDER_ENTRY_CONTROL');
    expect(category('Phân luồng xe chở hàng chờ thông quan tại cửa khẩu.')).toBe('BORDER_ENTRY_CONTROL');
    expect(category('Thuyền viên trên tàu nước ngoài không được lên bờ.')).toBe('BORDER_ENTRY_CONTROL');
    // A place opening the sentence ends at its comma: the crew is the topic, not a list of places.
    expect(category('Tại cảng Nghi Sơn và cảng Lễ Môn, thuyền viên trên tàu nước ngoài không được lên bờ.')).toBe('BORDER_ENTRY_CONTROL');
  });

  it('files a test or vaccination certificate with the activity it conditions', () => {
    expect(category('Người tham dự hội nghị phải tiêm đủ 02 mũi vắc xin hoặc có kết quả xét nghiệm âm tính trong vòng 72 giờ.')).toBe('GATHERINGS');
    expect(category('Hành khách phải có kết quả xét nghiệm SARS-CoV-2 âm tính trong vòng 48 giờ trước khi lên tàu.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Người từ tỉnh khác đến làm việc phải có kết quả xét nghiệm SARS-CoV-2 âm tính.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    // Without a certificate, testing and vaccination are the topic.
    expect(category('Lái xe chở hàng xét nghiệm định kỳ 5 ngày/lần.')).toBe('TESTING');
  });

  it('files a health declaration at a checkpoint with movement, on an app with digital tools', () => {
    expect(category('Yêu cầu người đến thị xã khai báo y tế, đo thân nhiệt tại chốt.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Kiểm tra y tế người, phương tiện vào tỉnh.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Người dân khai báo y tế trên ứng dụng PC-COVID.')).toBe('DIGITAL_TOOLS');
    // Passengers and people entering, named after "đối với", are who the declaration governs: movement control.
    expect(category('Đo thân nhiệt, yêu cầu khai báo y tế đối với hành khách trên các xe khách liên tỉnh.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Yêu cầu khai báo y tế đối với người ra, vào huyện.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Người về từ vùng dịch phải khai báo y tế ngay.')).toBe('DIGITAL_TOOLS');
    // People entering the country, at a border gate: border control.
    expect(category('Bảo đảm 100% người nhập cảnh qua cửa khẩu khai báo y tế.')).toBe('BORDER_ENTRY_CONTROL');
  });

  it('files home treatment of F0 and its staff and ambulances as TREATMENT_CAPACITY', () => {
    expect(category('Trạm Y tế theo dõi sức khỏe người mắc COVID-19 tại nhà 2 lần/ngày.')).toBe('TREATMENT_CAPACITY');
    expect(category('Điều động 25 bác sĩ hỗ trợ các huyện có nhiều ca mắc.')).toBe('TREATMENT_CAPACITY');
    expect(category('Huy động sinh viên y tham gia hỗ trợ theo dõi người bệnh.')).toBe('TREATMENT_CAPACITY');
    expect(category('Mỗi huyện bố trí ít nhất 01 xe cấp cứu trực 24/24 giờ.')).toBe('TREATMENT_CAPACITY');
    expect(category('Bệnh viện tuyến tỉnh sẵn sàng tiếp nhận ca bệnh nặng.')).toBe('TREATMENT_CAPACITY');
  });

  it('files food and water for locked-down households as SOCIAL_SUPPORT, disinfection as 5K', () => {
    expect(category('Bảo đảm cung ứng lương thực, nước sạch cho các hộ gia đình trong khu phong tỏa.')).toBe('SOCIAL_SUPPORT');
    expect(category('Phun khử khuẩn toàn bộ khu dân cư.')).toBe('PERSONAL_PROTECTION_5K');
  });

  it('files a responsibility and a committee set up as GENERAL_PREPAREDNESS', () => {
    expect(category('Người đứng đầu cơ quan chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để dịch lây lan.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Thành lập Tổ công tác đặc biệt của huyện.')).toBe('GENERAL_PREPAREDNESS');
  });

  it('reads the carriers\' messages, reporting and translation as PUBLIC_INFORMATION orders', () => {
    const ms = measures([
      ...HEADER,
      '1. Đề nghị Sở Thông tin và Truyền thông làm việc với các doanh nghiệp viễn thông để nhắn tin đến các thuê bao di động trên địa bàn tỉnh.',
      '2. Các nhà mạng nhắn tin đến các thuê bao di động trên địa bàn.',
      '3. Đài Phát thanh và Truyền hình tỉnh biên dịch tài liệu sang tiếng dân tộc Mông, Dao.',
      '4. Các cơ quan báo chí phản bác các luận điệu xuyên tạc.',
    ]);
    expect(categories(ms)).toEqual(['PUBLIC_INFORMATION', 'PUBLIC_INFORMATION', 'PUBLIC_INFORMATION', 'PUBLIC_INFORMATION']);
  });

  it('files masks worn by the crew as 5K: a vehicle\'s driver and assistant only say who complies', () => {
    expect(category('Lái xe, phụ xe đeo khẩu trang trong suốt hành trình.')).toBe('PERSONAL_PROTECTION_5K');
    expect(category('Lái xe phải có giấy xét nghiệm âm tính khi qua chốt kiểm soát.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
  });

  it('files reopening to tourists as ECONOMIC_RECOVERY, a restaurant\'s opening hours as WORKPLACES', () => {
    expect(category('Mở cửa đón khách du lịch nội tỉnh từ ngày 01/10/2021.')).toBe('ECONOMIC_RECOVERY');
    expect(category('Nhà hàng mở cửa đón khách đến 21 giờ.')).toBe('WORKPLACES');
  });

  it('files weddings and funerals by their other names as GATHERINGS', () => {
    for (const sentence of ['Ma chay tổ chức gọn nhẹ trong gia đình.', 'Đám hiếu, đám ma tổ chức gọn nhẹ.', 'Hoạt động cưới, hỏi chỉ tổ chức trong gia đình.', 'Hoạt động tang tổ chức gọn nhẹ.']) {
      expect([sentence, category(sentence)]).toEqual([sentence, 'GATHERINGS']);
    }
  });

  it('files staying put at home as STAY_AT_HOME and messages in ethnic languages as PUBLIC_INFORMATION', () => {
    expect(category('Mọi người trong thôn ở yên tại nhà.')).toBe('STAY_AT_HOME');
    expect(category('Biên soạn tài liệu bằng tiếng dân tộc cho các bản vùng cao.')).toBe('PUBLIC_INFORMATION');
  });

  it('reads a basis or a time anchor as context up to the verb that resumes the order', () => {
    expect(category('Người về từ nơi đang giãn cách xã hội theo Chỉ thị số 16/CT-TTg thực hiện cách ly tập trung 14 ngày.')).toBe('QUARANTINE_ISOLATION');
    expect(category('Thời gian cách ly tại nhà là 10 ngày kể từ ngày có kết quả xét nghiệm dương tính.')).toBe('QUARANTINE_ISOLATION');
  });
});

describe('capitalised words', () => {
  it('are names after the first word of a part, not after a list marker', () => {
    const text = 'a) Giám đốc các Sở: Y tế, Thông tin và Truyền thông';
    const words = capitalisedWords(text, { start: 0, end: text.length }).map((h) => text.slice(h.start, h.end));
    expect(words).toEqual(['Sở', 'Thông', 'Truyền']);
    const article = 'Điều 1. Phong tỏa tạm thời thôn Bắc';
    expect(capitalisedWords(article, { start: 0, end: article.length }).map((h) => article.slice(h.start, h.end))).toEqual(['Bắc']);
  });

  it('leave alone the task that opens with a capital after a label naming one body ("1. Sở Y tế: Huy động ...")', () => {
    const ms = measures([...HEADER, '1. Sở Y tế: Huy động cán bộ y tế đã nghỉ hưu tham gia chống dịch.', '2. Công an tỉnh: Cấp giấy đi đường cho lái xe chở nông sản.', '3. Giám đốc các Sở: Thông tin và Truyền thông, Y tế.']);
    expect(quotes(ms)).toEqual(['Sở Y tế: Huy động cán bộ y tế đã nghỉ hưu tham gia chống dịch.', 'Công an tỉnh: Cấp giấy đi đường cho lái xe chở nông sản.']);
    // A one-word label is a caption's, no body's: its capitals stay names.
    const caption = 'Ảnh: Cử tri phường Tân Thịnh tìm hiểu danh sách';
    expect(capitalisedWords(caption, { start: 0, end: caption.length }, ['Sở']).map((h) => caption.slice(h.start, h.end))).toEqual(['Cử', 'Tân', 'Thịnh']);
  });
});

describe('orders retold in running paragraphs', () => {
  it('reads the paragraphs of an article whose numbered items hold little of it', () => {
    const ms = measures([
      'Lào Cai siết chặt phòng dịch tại khu công nghiệp',
      '12/08/2021 09:30',
      '(Cổng TTĐT) - Chiều ngày 11/8/2021, UBND tỉnh Lào Cai ban hành Công văn số 4410/UBND-VX về việc tăng cường phòng, chống dịch COVID-19 tại các khu công nghiệp.',
      'Theo báo cáo của Sở Y tế, đến 17 giờ ngày 11/8, toàn tỉnh đã ghi nhận 56 ca mắc COVID-19 trong cộng đồng.',
      'Chủ tịch UBND tỉnh yêu cầu các doanh nghiệp trong khu công nghiệp chỉ được hoạt động khi thực hiện phương án sản xuất an toàn; doanh nghiệp không đáp ứng điều kiện phải tạm dừng hoạt động.',
      'Ban Quản lý Khu kinh tế tỉnh có trách nhiệm hướng dẫn, kiểm tra việc thực hiện của các doanh nghiệp, báo cáo kết quả hằng tuần về Sở Y tế.',
      'Sở Y tế thực hiện các nội dung sau:',
      'Xét nghiệm tầm soát cho người lao động.',
      'Văn bản cũng nêu rõ, người đứng đầu doanh nghiệp phải chịu trách nhiệm trước pháp luật nếu để dịch lây lan trong đơn vị.',
      'Thời gian thực hiện từ 0 giờ ngày 12/8/2021 cho đến khi có thông báo mới.',
      'Thu Hà',
    ]);
    expect(quotes(ms)).toEqual([
      'Chủ tịch UBND tỉnh yêu cầu các doanh nghiệp trong khu công nghiệp chỉ được hoạt động khi thực hiện phương án sản xuất an toàn',
      'doanh nghiệp không đáp ứng điều kiện phải tạm dừng hoạt động.',
      'Ban Quản lý Khu kinh tế tỉnh có trách nhiệm hướng dẫn, kiểm tra việc thực hiện của các doanh nghiệp, báo cáo kết quả hằng tuần về Sở Y tế.',
      'Xét nghiệm tầm soát cho người lao động.',
      'Văn bản cũng nêu rõ, người đứng đầu doanh nghiệp phải chịu trách nhiệm trước pháp luật nếu để dịch lây lan trong đơn vị.',
    ]);
    expect(categories(ms)).toEqual(['WORKPLACES', 'WORKPLACES', 'ENFORCEMENT_INSPECTION', 'TESTING', 'GENERAL_PREPAREDNESS']);
  });

  it('reads the list items a reprint cut at the top opens with', () => {
    const ms = measures([
      '3. Yêu cầu',
      '- Bảo đảm người mắc COVID-19 được theo dõi, điều trị tại nhà kịp thời.',
      '- Phát huy vai trò của Tổ COVID cộng đồng trong theo dõi người bệnh.',
      'II. NỘI DUNG',
      '1. Trạm Y tế xã lập danh sách người bệnh điều trị tại nhà.',
      '2. Mỗi huyện bố trí ít nhất 01 xe cấp cứu thường trực.',
    ]);
    expect(ms.map((m) => m.citation.quote.replace(/^- /, '').slice(0, 30))).toEqual([
      'Bảo đảm người mắc COVID-19 đượ',
      'Phát huy vai trò của Tổ COVID ',
      'Trạm Y tế xã lập danh sách ngư',
      'Mỗi huyện bố trí ít nhất 01 xe',
    ]);
    expect(new Set(categories(ms))).toEqual(new Set(['TREATMENT_CAPACITY']));
  });
});

describe('a basis that lists documents', () => {
  it('reads an interim guidance among the documents a basis lists ("Hướng dẫn tạm thời số ...") as one more document, not an order', () => {
    const ms = measures([
      ...ADDRESSED,
      'Thực hiện Văn bản số 7508/BGTVT-VT ngày 26/7/2021 của Bộ Giao thông vận tải; Hướng dẫn tạm thời số 01/HD-BGTVT ngày 19/7/2021 của Bộ Giao thông vận tải; Công văn số 4957/BCT-TTTN ngày 20/8/2021 của Bộ Công Thương, UBND tỉnh yêu cầu:',
      '1. Shipper phải đăng ký và được cấp mã QR trước khi hoạt động.',
    ]);
    expect(quotes(ms)).toEqual(['Shipper phải đăng ký và được cấp mã QR trước khi hoạt động.']);
  });
});

describe('a decision’s bases and articles', () => {
  it('reads "Căn cứ ..." as the basis of the preamble, but as a frame when an article orders after it', () => {
    const ms = measures([
      'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
      'Số: 2150/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Về việc công bố cấp độ dịch COVID-19',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ ban hành Quy định tạm thời về thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Công bố cấp độ dịch COVID-19 trên địa bàn tỉnh là cấp độ 2.',
      'Điều 2. Căn cứ cấp độ dịch được công bố, Ủy ban nhân dân các huyện, thành phố áp dụng các biện pháp hành chính tương ứng theo hướng dẫn của Sở Y tế.',
      'Căn cứ kết quả đánh giá tuần trước, tỉnh đã nới lỏng các biện pháp hạn chế.',
    ]);
    expect(quotes(ms)).toEqual([
      'Công bố cấp độ dịch COVID-19 trên địa bàn tỉnh là cấp độ 2.',
      'Căn cứ cấp độ dịch được công bố, Ủy ban nhân dân các huyện, thành phố áp dụng các biện pháp hành chính tương ứng theo hướng dẫn của Sở Y tế.',
    ]);
  });

  it('reads an order a body gives after the document it rests on ("Căn cứ Chỉ thị số 16/CT-TTg ..., UBND tỉnh cho phép ...")', () => {
    const ms = measures([
      ...ADDRESSED,
      'Căn cứ Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh cho phép xe taxi hoạt động trở lại từ ngày 25/8/2021.',
      'Căn cứ Công văn số 1234/BYT-DP ngày 03/8/2021 của Bộ Y tế về việc tăng cường phòng, chống dịch, Sở Y tế ban hành hướng dẫn.',
    ]);
    expect(quotes(ms)).toEqual(['Căn cứ Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh cho phép xe taxi hoạt động trở lại từ ngày 25/8/2021.']);
  });
});

describe('press releases', () => {
  it('keeps the recommendations after a framing opener, not the body reporting its own work', () => {
    const ms = measures(
      [
        'UBND TỈNH CAO BẰNG',
        'SỞ CÔNG THƯƠNG',
        'Số: 02/TCBC-SCT',
        'THÔNG CÁO BÁO CHÍ',
        'Về tình hình xuất khẩu nông sản qua cửa khẩu',
        '1. Tình hình',
        '- Tại cửa khẩu Tà Lùng còn tồn 320 xe hàng chờ xuất khẩu.',
        '2. Khuyến cáo',
        'Trước tình hình trên, Sở Công Thương khuyến cáo các doanh nghiệp theo dõi sát thông tin trên trang thông tin điện tử của Sở; chủ động tìm kiếm thị trường tiêu thụ trong nước.',
        'Sở Công Thương đang phối hợp với Cục Hải quan tỉnh tiếp tục làm việc với phía bạn; đồng thời đã báo cáo Ủy ban nhân dân tỉnh các giải pháp hỗ trợ doanh nghiệp.',
        'Đường dây nóng của Sở: 0206.3852.123.',
      ],
      'THONG_CAO_BAO_CHI',
    );
    expect(categories(ms)).toEqual(['PUBLIC_INFORMATION', 'ECONOMIC_RECOVERY']);
    expect(ms.map((m) => m.strength)).toEqual(['ENCOURAGED', 'REQUIRED']);
  });

  it("reads no request in a release's lead or heading that names the committee by its short name", () => {
    const ms = measures(
      [
        'THÔNG CÁO BÁO CHÍ SỐ 41 VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19',
        'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh (Ban Chỉ đạo) thông tin về tình hình dịch trên địa bàn tỉnh, như sau:',
        '1. Tình hình dịch và các biện pháp phòng, chống dịch của Ban Chỉ đạo',
        '- Về xét nghiệm: Đã triển khai lấy 3.120 mẫu, trong đó 12 mẫu dương tính.',
        '- Cách ly tập trung: tổng số 1.204 người; đang cách ly 1.180 người.',
        '2. Đề nghị của Ban Chỉ đạo',
        '- Người dân khai báo y tế khi về từ vùng có dịch.',
      ],
      'THONG_CAO_BAO_CHI',
    );
    expect(ms.map((m) => m.citation.quote)).toEqual(['Người dân khai báo y tế khi về từ vùng có dịch.']);
  });

  it('leaves out what the committee foresees and where to ask, and keeps what it asks for', () => {
    const ms = measures(
      [
        'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH VĨNH LONG',
        'THÔNG CÁO BÁO CHÍ',
        'Dự kiến trong tuần tới, tỉnh sẽ tiếp nhận thêm 80.000 liều vắc xin Pfizer.',
        'Theo dự báo, số ca mắc trong cộng đồng có thể tăng trong 10 ngày tới.',
        'Ban Chỉ đạo đề nghị người dân chỉ ra khỏi nhà khi thật cần thiết.',
        'Mọi thông tin cần hỗ trợ, người dân liên hệ đường dây nóng 1900.9095 hoặc 0270.3822.115.',
      ],
      'THONG_CAO_BAO_CHI',
    );
    expect(ms.map((m) => m.citation.quote)).toEqual(['Ban Chỉ đạo đề nghị người dân chỉ ra khỏi nhà khi thật cần thiết.']);
    // Forecasting demand is a task: "rà soát, dự báo nhu cầu", "chủ trì dự báo nhu cầu".
    const tasks = measures([...HEADER, '1. Sở Y tế rà soát, dự báo nhu cầu oxy y tế; bảo đảm mỗi cơ sở điều trị dự trữ oxy tối thiểu 07 ngày.', '2. Sở Công Thương chủ trì dự báo nhu cầu hàng hóa thiết yếu trong thời gian giãn cách.']);
    expect(tasks.map((m) => m.citation.quote)).toEqual([
      'Sở Y tế rà soát, dự báo nhu cầu oxy y tế',
      'bảo đảm mỗi cơ sở điều trị dự trữ oxy tối thiểu 07 ngày.',
      'Sở Công Thương chủ trì dự báo nhu cầu hàng hóa thiết yếu trong thời gian giãn cách.',
    ]);
    // Support in kind is no contact line, though "gói" folds like "gọi" and a price like a number.
    const support = measures([...HEADER, '1. Hỗ trợ mỗi hộ nghèo 10 kg gạo và gói nhu yếu phẩm trị giá 300.000 đồng.']);
    expect(categories(support)).toEqual(['SOCIAL_SUPPORT']);
  });

  it('keeps an order after a situation under way that a framing opener names, not a report after it', () => {
    const found = measures([
      ...ADDRESSED,
      '1. Hiện nay, dịch bệnh đang diễn biến phức tạp, các huyện phải tạm dừng hoạt động karaoke.',
      '2. Trước tình hình dịch bệnh đang lây lan nhanh, đề nghị các huyện tạm dừng hoạt động quán bar.',
      '3. Hiện nay, dịch bệnh đang diễn biến phức tạp, các huyện đã tạm dừng hoạt động vũ trường.',
      '4. Hiện nay, các huyện đang tạm dừng hoạt động cơ sở massage.',
    ]);
    expect(quotes(found)).toEqual([
      'Hiện nay, dịch bệnh đang diễn biến phức tạp, các huyện phải tạm dừng hoạt động karaoke.',
      'Trước tình hình dịch bệnh đang lây lan nhanh, đề nghị các huyện tạm dừng hoạt động quán bar.',
    ]);
  });

  it('reads a goal dated by a framing opener, and a report so dated as a report', () => {
    const ms = measures([...HEADER, '1. Đến ngày 30/11/2021, 100% người từ 18 tuổi trở lên được tiêm đủ 02 mũi vắc xin.', '2. Đến ngày 01/10/2021, toàn tỉnh đã tiêm 400.000 mũi vắc xin.']);
    expect(categories(ms)).toEqual(['VACCINATION']);
  });
});

describe('what orders nothing', () => {
  it('leaves out a list of bodies, a funding source and an effective date', () => {
    const ms = measures([
      'ỦY BAN NHÂN DÂN TỈNH',
      'Số: 88/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'QUYẾT ĐỊNH:',
      'Điều 1. Phong tỏa tạm thời thôn Bắc, xã Yên Lạc trong 14 ngày.',
      'Điều 2. Kinh phí thực hiện từ nguồn ngân sách tỉnh và các nguồn huy động hợp pháp khác; Sở Tài chính tham mưu bố trí kinh phí.',
      'Điều 3. Thời gian thực hiện từ 12 giờ ngày 05/8/2021.',
      'Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Y tế, Thông tin và Truyền thông, Tài chính; Chủ tịch UBND huyện Yên Lạc chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    expect(quotes(ms)).toEqual(['Phong tỏa tạm thời thôn Bắc, xã Yên Lạc trong 14 ngày.', 'Sở Tài chính tham mưu bố trí kinh phí.']);
  });

  it('keeps a responsibility for the results, which is no closing formula', () => {
    const ms = measures([...HEADER, '1. UBND huyện thành lập Tổ công tác; chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.']);
    expect(ms).toHaveLength(2);
    expect(ms[1]).toMatchObject({ category: 'GENERAL_PREPAREDNESS' });
  });

  it('leaves out what a line labelled as a report ("Đánh giá chung:", "Tình hình dịch:") states, but not an order under such a label', () => {
    const ms = measures([
      ...ADDRESSED,
      '1. Đánh giá chung: Hiện có 1.245 doanh nghiệp với 186.000 lao động đang thực hiện "3 tại chỗ".',
      '2. Tình hình dịch: Trong tuần, các phòng khám tư nhân phát hiện 57 trường hợp dương tính với test nhanh, chiếm 18% số ca mắc mới.',
      '3. Tình hình dịch bệnh: Đề nghị các huyện xét nghiệm cho người có triệu chứng.',
    ]);
    expect(quotes(ms)).toEqual(['Tình hình dịch bệnh: Đề nghị các huyện xét nghiệm cho người có triệu chứng.']);
  });

  it('reads "ghi nhận" after a modal as recording, an order, and alone as praise, none', () => {
    const ms = measures([...HEADER, '1. Các nhà thuốc phải ghi nhận họ tên, số điện thoại người mua thuốc hạ sốt.', '2. UBND tỉnh ghi nhận, biểu dương các lực lượng tuyến đầu.']);
    expect(ms.map((m) => [m.citation.quote, m.category])).toEqual([['Các nhà thuốc phải ghi nhận họ tên, số điện thoại người mua thuốc hạ sốt.', 'CONTACT_TRACING']]);
  });

  it('reads what a whole area has ("Toàn tỉnh có 9.860 thí sinh ...", "Hiện nay, trên địa bàn tỉnh có ...") as a count stated, no order', () => {
    const ms = measures([
      ...ADDRESSED,
      '1. Toàn tỉnh có 9.860 thí sinh đăng ký dự thi tại 31 điểm thi.',
      '2. Hiện nay, trên địa bàn tỉnh có 310.000 học sinh đang học trực tiếp.',
      '3. Các điểm thi bố trí phòng thi dự phòng.',
    ]);
    expect(quotes(ms)).toEqual(['Các điểm thi bố trí phòng thi dự phòng.']);
  });

  it('reads ending distancing or a lockdown ("Chấm dứt giãn cách xã hội", "Kết thúc thời gian phong tỏa") as an order that eases', () => {
    const ms = measures([
      ...ADDRESSED,
      '1. Chấm dứt giãn cách xã hội trên địa bàn huyện Tân Phú từ 0 giờ ngày 05/10/2021.',
      '2. Kết thúc thời gian phong tỏa ấp Bình Hòa từ 0 giờ ngày 06/10/2021.',
    ]);
    expect(ms.map((m) => [m.category, m.direction])).toEqual([
      ['STAY_AT_HOME', 'EASING'],
      ['STAY_AT_HOME', 'EASING'],
    ]);
  });

  it('keeps a numbered item that opens with its verb and has a date as an order of its own; a date alone completes the one before', () => {
    const ms = measures([
      ...ADDRESSED,
      '1. Tổ chức xét nghiệm cho người lao động theo quy định.',
      '2. Tổ chức tự đánh giá an toàn trước ngày 15/10/2021.',
      '3. Rà soát danh sách người lao động ngoại tỉnh trước ngày 20/10/2021.',
      '4. Hoàn thành trước ngày 30/10/2021.',
    ]);
    expect(quotes(ms)).toEqual([
      'Tổ chức xét nghiệm cho người lao động theo quy định.',
      'Tổ chức tự đánh giá an toàn trước ngày 15/10/2021.',
      'Rà soát danh sách người lao động ngoại tỉnh trước ngày 20/10/2021.',
    ]);
    expect(ms[1].deadline).toMatchObject({ kind: 'BY_DATE', date: '2021-10-15' });
  });

  it('reads a part that opens with "now" and says what there still is or is not yet as a report, unless it orders or allows', () => {
    const ms = measures([
      ...ADDRESSED,
      'Hiện nay, toàn tỉnh còn 4 huyện có tỷ lệ tiêm mũi 3 dưới 60%. Hiện còn 28.000 liều vắc xin tồn kho chưa tiêm. Hiện nay, các cơ sở y tế chưa bảo đảm dự trữ oxy.',
      'Hiện nay, các cơ sở lưu trú có thể đón khách trở lại. Hiện nay, các huyện phải tiêm mũi 3 cho người đến hạn.',
    ]);
    expect(quotes(ms)).toEqual(['Hiện nay, các cơ sở lưu trú có thể đón khách trở lại.', 'Hiện nay, các huyện phải tiêm mũi 3 cho người đến hạn.']);
  });

  it('gives a task after "Đối với X:", or the items under that heading, to X; "phối hợp với X" still names no assignee', () => {
    const ms = measures([
      ...HEADER,
      '1. Đối với Sở Y tế: Tổ chức xét nghiệm cho người về từ vùng dịch.',
      '2. Đối với UBND các huyện, thành phố:',
      '- Thành lập Tổ COVID cộng đồng tại các thôn, xóm.',
      '3. Công an tỉnh phối hợp với Sở Giao thông vận tải lập chốt kiểm soát tại các cửa ngõ.',
    ]);
    expect(ms.map((m) => m.agencies.map((a) => a.canonicalName))).toEqual([['Sở Y tế'], ['Ủy ban nhân dân cấp huyện'], ['Công an tỉnh']]);
  });

  it('gives the items under "X có trách nhiệm:" or "X có nhiệm vụ:" to X, as under "X chịu trách nhiệm:"', () => {
    const ms = measures([...ADDRESSED, '1. Sở Y tế có trách nhiệm:', '- Điều động 20 bác sĩ hỗ trợ huyện Lạc Sơn.', '2. Công an tỉnh có nhiệm vụ:', '- Lập chốt kiểm soát tại các cửa ngõ vào tỉnh.']);
    expect(ms.map((m) => [m.citation.quote, m.agencies.map((a) => a.canonicalName)])).toEqual([
      ['Điều động 20 bác sĩ hỗ trợ huyện Lạc Sơn.', ['Sở Y tế']],
      ['Lập chốt kiểm soát tại các cửa ngõ vào tỉnh.', ['Công an tỉnh']],
    ]);
  });

  it('reads "ghi nhận" in the condition an order opens with as detecting a case, not praise', () => {
    const ms = measures([
      ...HEADER,
      '1. Trường hợp thôn, xóm ghi nhận ca mắc mới trong cộng đồng, tạm dừng hoạt động nhà hàng, quán ăn trong thôn.',
      '2. Nếu ghi nhận ca dương tính tại trạm y tế, phong tỏa trạm trong 07 ngày.',
    ]);
    expect(quotes(ms)).toEqual([
      'Trường hợp thôn, xóm ghi nhận ca mắc mới trong cộng đồng, tạm dừng hoạt động nhà hàng, quán ăn trong thôn.',
      'Nếu ghi nhận ca dương tính tại trạm y tế, phong tỏa trạm trong 07 ngày.',
    ]);
  });

  it('reads a rule stated as a fact as a measure', () => {
    const ms = measures([...HEADER, '1. Thời gian giãn cách xã hội tại thị trấn là 14 ngày kể từ 0 giờ ngày 05/9/2021.']);
    expect(categories(ms)).toEqual(['STAY_AT_HOME']);
  });
});

describe('parts that complete the order before them', () => {
  it('joins a schedule, a second setting, priorities and a deadline with an object to their order', () => {
    const ms = measures([
      ...HEADER,
      '1. Lấy mẫu xét nghiệm cho toàn bộ người dân trong khu phong tỏa ít nhất 02 lần; lần thứ nhất hoàn thành trước 12 giờ ngày 20/8/2021, các lần sau cách nhau 03 ngày.',
      '2. Hội nghị trong nhà không quá 30 người; ngoài trời không quá 60 người.',
      '3. Đẩy nhanh tiêm vắc xin mũi 3; ưu tiên người cao tuổi, người có bệnh nền.',
      '4. Sở Y tế tập huấn cho nhân viên y tế cơ sở về điều trị tại nhà. Hoàn thành tập huấn trước ngày 15/01/2022.',
    ]);
    expect(categories(ms)).toEqual(['TESTING', 'GATHERINGS', 'VACCINATION', 'TREATMENT_CAPACITY']);
    expect(ms[0].citation.quote).toContain('cách nhau 03 ngày');
    expect(ms[3].deadline?.citation.quote).toContain('15/01/2022');
  });

  it('keeps a part with a topic of its own apart', () => {
    const ms = measures([...HEADER, '1. Tạm dừng họp chợ phiên; tiếp nhận, phân bổ kịp thời các nguồn ủng hộ phòng, chống dịch.']);
    expect(ms).toHaveLength(2);
  });
});

describe('commas', () => {
  it('keeps the steps of one regime together, splits a rule on another topic, not a purpose', () => {
    const sequence = measures([...HEADER, '1. Người về từ vùng dịch cách ly tập trung 07 ngày, sau đó cách ly tại nhà 07 ngày tiếp theo.']);
    expect(quotes(sequence)).toEqual(['Người về từ vùng dịch cách ly tập trung 07 ngày, sau đó cách ly tại nhà 07 ngày tiếp theo.']);
    const steps = measures([...HEADER, '1. Các doanh nghiệp tạm dừng hoạt động 07 ngày, sau đó tổ chức xét nghiệm cho toàn bộ người lao động.']);
    expect(categories(steps)).toEqual(['WORKPLACES', 'TESTING']);
    const rule = measures([...HEADER, '1. Không tập trung quá 10 người tại nơi công cộng, giữ khoảng cách tối thiểu 2 mét.']);
    expect(categories(rule)).toEqual(['GATHERINGS', 'PERSONAL_PROTECTION_5K']);
    const purpose = measures([...HEADER, '1. Các cơ quan báo chí tuyên truyền để người dân đón Tết an toàn, không tụ tập đông người.']);
    expect(categories(purpose)).toEqual(['PUBLIC_INFORMATION']);
  });

  it('keeps a condition that opens the sentence with the order after its comma', () => {
    for (const lead of ['Trường hợp', 'Nếu', 'Khi']) {
      const conditional = measures([...HEADER, `1. ${lead} phát hiện F0 trong trường học, tạm dừng học trực tiếp lớp có F0.`]);
      expect(categories(conditional)).toEqual(['SCHOOLS']);
    }
  });
});

describe('direction of the new conventions', () => {
  it('reads a business restricted to some customers or goods as tightening, tourism reopening as easing', () => {
    const ms = measures([...HEADER, '1. Khu du lịch chỉ đón khách đã tiêm đủ liều vắc xin.', '2. Thị xã tiếp tục đón khách du lịch nội địa.', '3. Chợ đầu mối chỉ kinh doanh lương thực, thực phẩm.']);
    expect(ms.map((m) => m.direction)).toEqual(['TIGHTENING', 'EASING', 'TIGHTENING']);
  });

  it('reads what is "not yet" allowed to reopen as kept closed, forbidden, not as reopened', () => {
    const ms = measures([...HEADER, '1. Các cơ sở karaoke, massage, quán bar chưa được phép hoạt động trở lại.', '2. Chưa cho phép hoạt động các cơ sở karaoke, vũ trường.', '3. Các cơ sở karaoke chưa mở cửa trở lại.']);
    expect(ms.map((m) => [m.strength, m.direction])).toEqual([['FORBIDDEN', 'TIGHTENING'], ['FORBIDDEN', 'TIGHTENING'], ['REQUIRED', 'TIGHTENING']]);
    const kept = measures([...HEADER, '1. Chưa mở lại các cơ sở karaoke, vũ trường.', '2. Các cơ sở massage chưa được hoạt động trở lại.']);
    expect(kept.map((m) => m.direction)).toEqual(['TIGHTENING', 'TIGHTENING']);
  });
});

describe('items under a lead-in', () => {
  it('reads an item without a verb as completing the lead-in, with its category, strength and direction', () => {
    const ms = measures([
      ...HEADER,
      '1. Tạm dừng các hoạt động sau từ 12 giờ ngày 10/8/2021:',
      'a) Karaoke, vũ trường, quán bar, cơ sở massage;',
      'b) Rạp chiếu phim, khu vui chơi trong nhà.',
      '2. Các trường hợp sau thực hiện cách ly tập trung 14 ngày:',
      'a) Người tiếp xúc gần với ca bệnh (F1);',
      'b) Người sống cùng nhà với ca bệnh.',
      '3. Thành lập Tổ công tác liên ngành gồm:',
      '- Sở Y tế;',
      '- Công an tỉnh.',
    ]);
    expect(ms.map((m) => [m.citation.quote, m.category, m.strength, m.direction])).toEqual([
      ['Karaoke, vũ trường, quán bar, cơ sở massage', 'WORKPLACES', 'REQUIRED', 'TIGHTENING'],
      ['Rạp chiếu phim, khu vui chơi trong nhà.', 'WORKPLACES', 'REQUIRED', 'TIGHTENING'],
      ['Người tiếp xúc gần với ca bệnh (F1)', 'QUARANTINE_ISOLATION', 'REQUIRED', 'TIGHTENING'],
      ['Người sống cùng nhà với ca bệnh.', 'QUARANTINE_ISOLATION', 'REQUIRED', 'TIGHTENING'],
    ]);
  });
});

describe('items under a label', () => {
  it('reads each item of a list a label opens as an order, even with a verb the lexicon does not know; quoted banners leave the order to their lead', () => {
    const ms = measures([
      ...HEADER,
      '1. Các cơ sở lưu trú:',
      '- Không nhận khách đến từ vùng dịch;',
      '- Gửi danh sách khách lưu trú về Công an xã trong vòng 04 giờ kể từ khi nhận phòng.',
      '2. Treo băng rôn với các khẩu hiệu:',
      '- “Phường xanh, nhà an toàn”.',
    ]);
    expect(quotes(ms)).toEqual(['Không nhận khách đến từ vùng dịch', 'Gửi danh sách khách lưu trú về Công an xã trong vòng 04 giờ kể từ khi nhận phòng.', 'Treo băng rôn với các khẩu hiệu:']);
    expect(categories(ms)[2]).toBe('PUBLIC_INFORMATION');
  });

  it('keeps a lead-in whose items order something a lead-in', () => {
    const ms = measures([...HEADER, '1. Các chợ thực hiện các nội dung sau:', '- Đo thân nhiệt người đến chợ;', '- “Khẩu trang” là bắt buộc.']);
    expect(quotes(ms)).toEqual(['Đo thân nhiệt người đến chợ', '“Khẩu trang” là bắt buộc.']);
  });
});

describe('orders stated as what is to happen', () => {
  it('reads schools reopening, a death rate to hold and guests to register as orders of their domain', () => {
    const ms = measures([
      ...HEADER,
      '1. Học sinh các cấp đi học trở lại từ ngày 07/3/2022.',
      '2. Giữ tỷ lệ tử vong do COVID-19 dưới 1% số ca mắc.',
      '3. Khai báo tạm trú cho khách với Công an xã trong vòng 12 giờ kể từ khi khách đến.',
    ]);
    expect(categories(ms)).toEqual(['SCHOOLS', 'TREATMENT_CAPACITY', 'CONTACT_TRACING']);
  });
});

describe('verbs of campaigns', () => {
  it('reads spreading a message, hanging banners and broadcasting bulletins as orders to inform', () => {
    const ms = measures([
      ...HEADER,
      '1. Lan tỏa thông điệp “Mỗi nhà một chiếc loa”; nhắc nhở người dân đeo khẩu trang nơi công cộng.',
      '2. Đài Truyền thanh xã phát bản tin phòng, chống dịch 02 lần/ngày; xen kẽ phát các ca khúc cổ động.',
    ]);
    expect(quotes(ms)).toEqual([
      'Lan tỏa thông điệp “Mỗi nhà một chiếc loa”',
      'nhắc nhở người dân đeo khẩu trang nơi công cộng.',
      'Đài Truyền thanh xã phát bản tin phòng, chống dịch 02 lần/ngày',
      'xen kẽ phát các ca khúc cổ động.',
    ]);
    expect(categories(ms)).toEqual(['PUBLIC_INFORMATION', 'PERSONAL_PROTECTION_5K', 'PUBLIC_INFORMATION', 'PUBLIC_INFORMATION']);
  });
});

describe('verbs of provision', () => {
  it('reads raising a capacity, stockpiling and handing out relief as orders', () => {
    const ms = measures(['ỦY BAN NHÂN DÂN TỈNH', 'Số: 78/KH-UBND', '', 'KẾ HOẠCH', '', '1. Nhiệm vụ', 'a) Nâng số giường hồi sức tích cực lên 60 giường.', 'b) Dự trữ 2.000 túi thuốc điều trị tại nhà.', 'c) Trao 500 suất quà cho hộ nghèo có người cách ly.']);
    expect(quotes(ms)).toEqual(['Nâng số giường hồi sức tích cực lên 60 giường.', 'Dự trữ 2.000 túi thuốc điều trị tại nhà.', 'Trao 500 suất quà cho hộ nghèo có người cách ly.']);
  });
});

describe('a part with a topic of its own and no known verb', () => {
  it('starts an instruction of its own when its topic is another', () => {
    const ms = measures([...HEADER, '1. Người về từ vùng dịch cách ly tập trung 14 ngày; mỗi hộ gia đình một người đi chợ 3 ngày/lần.']);
    expect(categories(ms)).toEqual(['QUARANTINE_ISOLATION', 'STAY_AT_HOME']);
  });

  it('reads inspecting compliance with a rule as inspection', () => {
    expect(category('Tăng cường kiểm tra việc quét mã QR tại nhà hàng, siêu thị.')).toBe('ENFORCEMENT_INSPECTION');
  });
});

describe("a district letter in the genre's words", () => {
  it('files each kind of measure by the words such letters use for it', () => {
    const ms = measures([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN LỤC NGẠN',
      'Số: 915/UBND-VX',
      'V/v áp dụng biện pháp phòng, chống dịch COVID-19',
      'Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị, UBND các xã, thị trấn thực hiện các nội dung sau:',
      '1. Tạm ngừng hoạt động các cơ sở thẩm mỹ, xông hơi, điểm truy cập internet.',
      '2. Quán ăn, quán giải khát chỉ bán mang đi; cửa hàng tiện lợi đóng cửa trước 21 giờ.',
      '3. Tạm dừng xe ôm, xe công nghệ; người ra, vào địa bàn huyện phải qua trạm kiểm soát.',
      '4. Việc cưới, việc tang tổ chức gọn nhẹ; tạm dừng sinh hoạt tôn giáo tại các chùa, nhà thờ.',
      '5. Hạn chế tắm biển, không tập thể dục tại công viên, quảng trường.',
      '6. Thông báo trên hệ thống loa truyền thanh các thôn, công khai số điện thoại đường dây nóng của huyện.',
      '7. Các phòng chuyên môn bố trí công chức làm việc luân phiên, không quá 50% số người làm việc tại cơ quan.',
    ]);
    expect(categories(ms)).toEqual([
      'WORKPLACES',
      'WORKPLACES',
      'WORKPLACES',
      'INTERNAL_MOVEMENT_TRANSPORT',
      'INTERNAL_MOVEMENT_TRANSPORT',
      'GATHERINGS',
      'GATHERINGS',
      'GATHERINGS',
      'PUBLIC_INFORMATION',
      'WORKPLACES',
    ]);
  });

  it('files the health measures for arrivals by the order, not by the words that say who arrives', () => {
    const ms = measures([
      ...HEADER,
      '1. Người về quê bằng xe máy từ các tỉnh phía Nam phải xét nghiệm SARS-CoV-2 ngay khi về đến địa phương.',
      '2. Người từ vùng dịch vào địa bàn tỉnh cách ly tại nhà 7 ngày.',
      '3. Lái xe, phụ xe chở hàng xét nghiệm định kỳ 7 ngày/lần.',
    ]);
    expect(categories(ms)).toEqual(['TESTING', 'QUARANTINE_ISOLATION', 'TESTING']);
  });
});

describe('the figure an instruction orders', () => {
  it('says what the instruction is about when it counts a topic of its own (days of isolation, people at a gathering)', () => {
    const ms = measures([
      ...HEADER,
      '1. F0 điều trị tại nhà cách ly 7 ngày, kết thúc cách ly khi xét nghiệm nhanh âm tính.',
      '2. Không tập trung quá 02 người ở nơi công cộng, ngoài phạm vi công sở, bệnh viện.',
    ]);
    expect(categories(ms)).toEqual(['QUARANTINE_ISOLATION', 'GATHERINGS']);
  });

  it('leaves the setting to decide when it counts what any setting has (distance, a share of seats)', () => {
    const ms = measures([
      ...HEADER,
      '1. Chợ truyền thống bố trí các sạp hàng cách nhau tối thiểu 2 mét.',
      '2. Tiệc cưới tại nhà hàng không quá 50% sức chứa.',
    ]);
    expect(categories(ms)).toEqual(['WORKPLACES', 'GATHERINGS']);
  });
});

describe('sanctions', () => {
  it('files punishment by its verb, not by the breaches it names', () => {
    expect(category('Công an huyện xử phạt nghiêm người ra đường không có lý do chính đáng, tụ tập đông người, không đeo khẩu trang.')).toBe('ENFORCEMENT_INSPECTION');
    expect(category('Quản lý thị trường xử lý nghiêm các hành vi găm hàng, bán kit xét nghiệm không rõ nguồn gốc.')).toBe('ENFORCEMENT_INSPECTION');
  });
});

describe('sentences around the orders', () => {
  it('takes no order from a question, the summing-up sentence or the words saying who a release is for', () => {
    const ms = measures([
      ...HEADER,
      '1. Tạm dừng hoạt động karaoke, quán bar trên địa bàn tỉnh.',
      'Cho hỏi shipper giao đồ ăn có được chạy không ạ?',
      'Trên đây là Kế hoạch xét nghiệm SARS-CoV-2 của huyện, đề nghị các đơn vị triển khai thực hiện.',
      'Ban Chỉ đạo tỉnh thông tin để các cơ quan báo chí và Nhân dân được biết./.',
    ]);
    expect(quotes(ms)).toEqual(['Tạm dừng hoạt động karaoke, quán bar trên địa bàn tỉnh.']);
  });
});

describe('a press release that opens with its own name', () => {
  it('reads the case report under "Ban Chỉ đạo tỉnh ... như sau:" as news, the requests below it as orders', () => {
    const ms = measures(
      [
        'THÔNG CÁO BÁO CHÍ',
        'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh trân trọng cung cấp thông tin tới các cơ quan báo chí và người dân như sau:',
        '1. Thông tin về ca bệnh',
        'Bệnh nhân nam, 41 tuổi, nhập cảnh qua cửa khẩu ngày 12/3/2020 và được đưa đi cách ly tập trung ngay sau khi nhập cảnh.',
        '2. Đề nghị người dân',
        'Người dân đeo khẩu trang khi ra khỏi nhà.',
      ],
      'THONG_CAO_BAO_CHI',
    );
    expect(quotes(ms)).toEqual(['Người dân đeo khẩu trang khi ra khỏi nhà.']);
  });
});

describe('the words of informing the public', () => {
  it('files news items, columns, timely information and guidance to F0 as public information', () => {
    expect(category('Báo tỉnh đăng tối thiểu 05 tin, bài mỗi tuần trên chuyên mục phòng, chống dịch.')).toBe('PUBLIC_INFORMATION');
    expect(category('Thông tin kịp thời, chính xác về các khu vực phong tỏa.')).toBe('PUBLIC_INFORMATION');
    expect(category('Trạm Y tế hướng dẫn F0 tự theo dõi sức khỏe tại nhà.')).toBe('PUBLIC_INFORMATION');
    expect(category('Người dân không đăng tải, chia sẻ thông tin chưa được kiểm chứng.')).toBe('PUBLIC_INFORMATION');
  });
});

describe('bodies made for one task', () => {
  it('file an order to set one up by its task, not when the body itself acts or is a counterpart', () => {
    const ms = measures([
      ...HEADER,
      '1. Thành lập Tổ COVID cộng đồng tại từng thôn, tổ dân phố.',
      '2. Bảo đảm mỗi xã có ít nhất 01 Tổ chăm sóc người mắc COVID-19 tại cộng đồng.',
      '3. Tổ COVID cộng đồng nắm chắc người đi, về địa bàn.',
    ]);
    expect(categories(ms)).toEqual(['CONTACT_TRACING', 'TREATMENT_CAPACITY', 'INTERNAL_MOVEMENT_TRANSPORT']);
  });
});

describe('vaccination status as a certificate', () => {
  it('files a vaccination condition on staff by the work it conditions, a coverage goal by vaccination', () => {
    expect(category('Người lao động làm việc trực tiếp với khách phải tiêm ít nhất 01 mũi vắc xin.')).toBe('WORKPLACES');
    expect(category('Phấn đấu tiêm đủ 02 mũi vắc xin cho người từ 18 tuổi trở lên.')).toBe('VACCINATION');
  });
});

describe('the duty to report', () => {
  it('is no measure when the order is only to compile and report', () => {
    const ms = measures([...HEADER, '1. Tạm dừng các hoạt động thể thao ngoài trời.', '2. Trung tâm Y tế huyện tổng hợp kết quả xét nghiệm, báo cáo Ban Chỉ đạo huyện hằng ngày.']);
    expect(quotes(ms)).toEqual(['Tạm dừng các hoạt động thể thao ngoài trời.']);
  });

  it('is no measure when the order is to compile figures and report them', () => {
    const ms = measures([...HEADER, '1. Tạm dừng các hoạt động thể thao ngoài trời.', '2. Trung tâm Y tế huyện tổng hợp số liệu F0, F1, báo cáo Ban Chỉ đạo huyện trước 16 giờ hằng ngày.']);
    expect(quotes(ms)).toEqual(['Tạm dừng các hoạt động thể thao ngoài trời.']);
  });
});

describe('watching arrivals', () => {
  it('files reviewing and monitoring people who arrive as movement control', () => {
    expect(category('Tổ dân phố rà soát người từ nơi khác đến, lập danh sách trong ngày.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Công an xã theo dõi, giám sát người đến, về địa bàn.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
  });
});

describe('school words', () => {
  it('files keeping a sick child home and exam rooms as school rules', () => {
    expect(category('Phụ huynh không cho trẻ có biểu hiện sốt, ho đến lớp.')).toBe('SCHOOLS');
    expect(category('Sở Giáo dục và Đào tạo bố trí phòng thi dự phòng cho thí sinh là F1.')).toBe('SCHOOLS');
  });
});

describe('the section heading', () => {
  it('tips an instruction whose own words name no topic towards the heading\'s', () => {
    const ms = measures([
      ...HEADER,
      '1. Công tác xét nghiệm',
      'a) Mẫu được chuyển trong ngày về Trung tâm Kiểm soát bệnh tật tỉnh.',
      '2. Công tác tuyên truyền',
      'a) Các thôn, tổ dân phố thực hiện hằng ngày, bảo đảm mọi hộ gia đình đều nắm được.',
    ]);
    expect(categories(ms)).toEqual(['TESTING', 'PUBLIC_INFORMATION']);
  });
});

describe('verbs of campaigns and publications', () => {
  it('reads launching a campaign and writing leaflets as instructions', () => {
    const ms = measures([...HEADER, '1. Phát động phong trào "Xóm làng an toàn" trong toàn huyện.', '2. Biên soạn tờ rơi bằng tiếng Việt và tiếng Mông.']);
    expect(quotes(ms)).toEqual(['Phát động phong trào "Xóm làng an toàn" trong toàn huyện.', 'Biên soạn tờ rơi bằng tiếng Việt và tiếng Mông.']);
  });
});

describe('supplies and funds', () => {
  it('files stocking supplies and funding them as preparedness, whatever they will serve', () => {
    expect(category('Sở Y tế dự trữ đủ vật tư, hóa chất xét nghiệm cho 3 tháng.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Phòng Tài chính bố trí kinh phí 300 triệu đồng để mua sinh phẩm xét nghiệm.')).toBe('GENERAL_PREPAREDNESS');
  });
});

describe('a purpose standing alone', () => {
  it('takes no order from a sentence that is only a purpose, and keeps a purpose followed by its order', () => {
    const lines = [
      'Để chủ động kiểm soát tốt tình hình dịch trong bối cảnh biến thể mới có thể xâm nhập vào huyện và lây lan nhanh trên địa bàn.',
      'Để phòng dịch, các xã tạm dừng lễ hội.',
    ];
    expect(quotes(measures(lines))).toEqual(['Để phòng dịch, các xã tạm dừng lễ hội.']);
  });
});

describe('cue words made nouns', () => {
  it('takes no order from a cue word after "sự", and keeps "thật sự" an adverb', () => {
    const lines = [
      '1. Với sự chỉ đạo của Tỉnh ủy, sự tham gia của Nhân dân, tình hình dịch trên địa bàn ổn định.',
      '2. Cần có sự phối hợp chặt chẽ giữa các ngành trong truy vết.',
      '3. Người dân chỉ ra khỏi nhà khi thật sự cần thiết.',
    ];
    expect(quotes(measures(lines))).toEqual(['Cần có sự phối hợp chặt chẽ giữa các ngành trong truy vết.', 'Người dân chỉ ra khỏi nhà khi thật sự cần thiết.']);
  });
});

describe('paragraphs that report what someone said or shows', () => {
  it('takes no measure from a press conference\'s questions and answers or a photo caption, and keeps the requests after them', () => {
    const release = [
      'II. NỘI DUNG TRAO ĐỔI',
      'Câu hỏi 1 (Phóng viên Báo Nhân Dân): Tỉnh có tổ chức tiêm cho trẻ tại nhà không?',
      'Trả lời (đồng chí Nguyễn Văn An, Giám đốc Sở Y tế): Trẻ khỏe mạnh được tiêm tại trường học. Việc tiêm chỉ thực hiện khi có phiếu đồng ý của cha mẹ.',
      '[Ảnh: Lực lượng chức năng kiểm tra y tế người và phương tiện tại chốt kiểm soát.]',
      'Trao đổi với phóng viên, lãnh đạo Sở Y tế cho biết ngành đang rà soát danh sách người về từ vùng dịch.',
      'III. ĐỀ NGHỊ',
      '1. Đề nghị phụ huynh đưa trẻ đi tiêm đúng lịch, đeo khẩu trang khi đến điểm tiêm.',
    ];
    expect(quotes(measures(release, 'THONG_CAO_BAO_CHI'))).toEqual(['Đề nghị phụ huynh đưa trẻ đi tiêm đúng lịch, đeo khẩu trang khi đến điểm tiêm.']);
    // A reprint's captions, wherever they stand, show what was done.
    const reprint = [
      '1. Tạm dừng hoạt động karaoke, vũ trường từ 12 giờ ngày 5/8/2021.',
      'Ảnh minh họa: Tổ công tác hướng dẫn người dân khai báo y tế tại chốt.',
      '2. Người về từ vùng có dịch phải khai báo y tế.',
      'Chú thích ảnh: Lực lượng chức năng phun khử khuẩn khu dân cư.',
      'Kiểm tra người ra vào tại chốt kiểm soát cửa ngõ thành phố (Ảnh: Minh Anh).',
    ];
    expect(quotes(measures(reprint))).toEqual(['Tạm dừng hoạt động karaoke, vũ trường từ 12 giờ ngày 5/8/2021.', 'Người về từ vùng có dịch phải khai báo y tế.']);
    // A word that only starts like a label orders as before.
    expect(quotes(measures(['1. Hỏi đáp trực tuyến về tiêm chủng phải được tổ chức hằng tuần.']))).toHaveLength(1);
  });
});

describe('shopping', () => {
  it('reads shoppers\' hours at a supermarket as the shop\'s, not public procurement, which buying test kits still is', () => {
    const ms = measures([...HEADER, '1. Các siêu thị bố trí khung giờ mua sắm riêng cho người cao tuổi.', '2. Sở Y tế mua sắm sinh phẩm xét nghiệm đúng quy định về đấu thầu.']);
    expect(categories(ms)).toEqual(['WORKPLACES', 'PROCUREMENT_ANTI_CORRUPTION']);
  });
});

describe('ferries, boats and routes', () => {
  it('reads a ferry, a passenger boat or a route stopped as transport, not a business closed', () => {
    const ms = measures([...HEADER, '1. Tạm dừng hoạt động bến phà Năng Gù.', '2. Tạm dừng hoạt động các bến đò ngang trên địa bàn tỉnh.', '3. Tạm dừng hoạt động tàu khách tuyến Rạch Giá - Phú Quốc.', '4. Tạm dừng các tuyến đi, đến địa phương cấp độ 4.']);
    expect(categories(ms)).toEqual(['INTERNAL_MOVEMENT_TRANSPORT', 'INTERNAL_MOVEMENT_TRANSPORT', 'INTERNAL_MOVEMENT_TRANSPORT', 'INTERNAL_MOVEMENT_TRANSPORT']);
  });
});

describe('signs of the activity that are no keyword', () => {
  it('files an order about travellers as movement control when its own words name nothing stronger', () => {
    expect(category('Các xã lập danh sách người từ thị xã Kỳ Anh về địa bàn, gửi Trạm Y tế trong ngày.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Thôn, xóm nắm chắc người trở về từ các tỉnh phía Nam.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Đồn Biên phòng phối hợp kiểm soát người ra, vào đảo.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    // Without marks, the tail of "người từ … về" is read folded.
    expect(category('Cac thon lap danh sach nguoi tu tinh Bac Giang ve dia ban.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
  });

  it('leaves the order to what its keywords name when they weigh as much as the group', () => {
    expect(category('Người về từ vùng dịch phải khai báo y tế trong vòng 24 giờ.')).toBe('DIGITAL_TOOLS');
    expect(category('Người đến từ vùng có dịch phải cách ly tập trung 14 ngày.')).toBe('QUARANTINE_ISOLATION');
    expect(category('Hành khách phải đeo khẩu trang suốt hành trình.')).toBe('PERSONAL_PROTECTION_5K');
  });

  it('files an order to tell the health service as tracing, the health body being the tail of the sign', () => {
    const ms = measures([...HEADER, '1. Các cơ sở lưu trú lập danh sách khách, báo ngay cho Trạm Y tế xã trong ngày.']);
    expect(categories(ms)).toEqual(['CONTACT_TRACING']);
  });

  it('files a vaccination or test asked of staff as a workplace rule, and vaccinating or testing them as what it is', () => {
    expect(category('Người lao động đi làm phải tiêm ít nhất 01 mũi vắc xin.')).toBe('WORKPLACES');
    expect(category('Các cửa hàng tiện lợi bảo đảm 100% nhân viên tiêm mũi 3 trước ngày 25/01/2022.')).toBe('WORKPLACES');
    expect(category('Trung tâm Y tế tổ chức xét nghiệm toàn bộ công nhân tại khu công nghiệp.')).toBe('TESTING');
    expect(category('Ưu tiên tiêm vắc xin cho người lao động tại các khu công nghiệp.')).toBe('VACCINATION');
    // Tested over and over, a group keeps to a testing regime: no certificate is asked.
    expect(category('Người bán hàng tại chợ xét nghiệm định kỳ 7 ngày/lần.')).toBe('TESTING');
    expect(category('Người bán hàng tại chợ xét nghiệm 07 ngày/01 lần.')).toBe('TESTING');
    expect(category('Người bán hàng tại các chợ phải được test nhanh kháng nguyên hàng tuần.')).toBe('TESTING');
    // Without testing or vaccination words the group is no sign: reviewing where workers lodge is tracing.
    expect(category('Các xã rà soát người lao động thuê trọ trên địa bàn.')).toBe('CONTACT_TRACING');
  });

  it('reads "người từ" before a number as an age, not a journey', () => {
    expect(category('Lập danh sách người từ 65 tuổi trở lên về địa bàn.')).toBe('GENERAL_PREPAREDNESS');
  });

  it('files safety rules for businesses as WORKPLACES, but not help given to them or a place named with "tại"', () => {
    expect(category('Bảo đảm 100% doanh nghiệp có Tổ an toàn COVID-19.')).toBe('WORKPLACES');
    expect(category('Các cơ sở sản xuất xây dựng phương án "3 tại chỗ".')).toBe('WORKPLACES');
    expect(category('Các ngân hàng tiếp tục đồng hành cùng doanh nghiệp.')).toBe('ECONOMIC_RECOVERY');
    expect(category('Bố trí khu cách ly tạm thời tại doanh nghiệp.')).toBe('QUARANTINE_ISOLATION');
  });

  it('weighs a group in a purpose less, like a keyword there', () => {
    const ms = measures([...HEADER, '1. Các xã thành lập Tổ COVID cộng đồng để giám sát người từ nơi khác về.']);
    expect(categories(ms)).toEqual(['CONTACT_TRACING']);
  });
});

describe('bodies whose work is informing', () => {
  it('files what the press and broadcasters are told to do as PUBLIC_INFORMATION where its words are split', () => {
    const ms = measures([...HEADER, '1. Báo Bình Phước, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục hỏi đáp về tiêm vắc xin cho trẻ em.']);
    expect(categories(ms)).toEqual(['PUBLIC_INFORMATION']);
  });

  it('leaves the same order given to a health body to its keywords', () => {
    const ms = measures([...HEADER, '1. Sở Y tế mở chuyên mục hỏi đáp về tiêm vắc xin cho trẻ em.']);
    expect(categories(ms)).toEqual(['VACCINATION']);
  });
});

describe('lines that close a release or a plan', () => {
  const RELEASE = ['BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH', 'Số: 41/TCBC-BCĐ', 'THÔNG CÁO BÁO CHÍ', 'Về tình hình dịch COVID-19 trên địa bàn tỉnh'];

  it('takes no measure from a hotline line with its numbers, but keeps the order to call one', () => {
    const ms = measures(
      [
        ...RELEASE,
        '1. Đề nghị người có biểu hiện sốt, ho, khó thở gọi ngay đường dây nóng 1900.9095 để được hướng dẫn.',
        'Mọi thông tin cần hỗ trợ, đề nghị người dân liên hệ đường dây nóng của Sở Y tế: 0211.3862.115 hoặc 0986.115.115 (hoạt động 24/24 giờ), của Bộ Y tế: 1900 9095.',
        'Mọi thông tin liên hệ đường dây nóng: 0211.3862.116 hoặc tổng đài 1900.9095.',
        'Thông tin liên hệ: Văn phòng Ủy ban nhân dân tỉnh, điện thoại 0211.3862.480.',
      ],
      'THONG_CAO_BAO_CHI',
    );
    expect(quotes(ms)).toEqual(['Đề nghị người có biểu hiện sốt, ho, khó thở gọi ngay đường dây nóng 1900.9095 để được hướng dẫn.']);
  });

  it('takes no measure from what a meeting was told, nor from the sentence pointing back at the headline', () => {
    const ms = measures([
      'Cảng cá đủ an toàn mới được hoạt động trở lại',
      'Đó là chỉ đạo của UBND tỉnh Ninh Thuận tại cuộc họp về công tác phòng, chống dịch COVID-19 tại các cảng cá sáng 18/8/2021.',
      'Báo cáo tại cuộc họp, Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết toàn tỉnh có 2.150 tàu cá.',
      'Phó Chủ tịch UBND tỉnh yêu cầu các cảng cá chỉ được hoạt động trở lại khi có phương án phòng dịch được thẩm định.',
    ]);
    expect(quotes(ms)).toEqual(['Phó Chủ tịch UBND tỉnh yêu cầu các cảng cá chỉ được hoạt động trở lại khi có phương án phòng dịch được thẩm định.']);
  });

  it('reads a list item whose label opens with "Đã" as saying who is meant, not as a report', () => {
    const ms = measures([...HEADER, '1. Đối với F1:', '- Đã tiêm đủ liều vắc xin: cách ly tại nhà 05 ngày;', '- Chưa tiêm đủ liều vắc xin: cách ly tại nhà 07 ngày.', '2. Kết quả thực hiện:', '- Đã tiêm: 50.000 liều.']);
    expect(quotes(ms)).toEqual(['Đã tiêm đủ liều vắc xin: cách ly tại nhà 05 ngày', 'Chưa tiêm đủ liều vắc xin: cách ly tại nhà 07 ngày.']);
  });

  it('keeps a request to the people concerned that ends with a hotline\'s number after a colon', () => {
    const ms = measures([
      ...HEADER,
      '1. Đề nghị những người đã đến các địa điểm và thời gian trên liên hệ ngay với cơ quan y tế địa phương hoặc gọi đường dây nóng của Trung tâm Kiểm soát bệnh tật tỉnh: 0961.202.026 để được tư vấn.',
      'Mọi thông tin cần hỗ trợ, đề nghị liên hệ đường dây nóng của Sở Y tế tỉnh: 0239.3855.116 hoặc 0969.116.115.',
    ]);
    expect(quotes(ms).map((q) => q.split(' trên ')[0])).toEqual(['Đề nghị những người đã đến các địa điểm và thời gian']);
  });

  it('takes no measure from the cries that close a text, but keeps an order that quotes one', () => {
    const ms = measures([
      ...HEADER,
      '1. Các xã thực hiện nghiêm tinh thần “Chống dịch như chống giặc!”.',
      '2. Tiêm vắc xin đầy đủ - Bảo vệ bản thân, gia đình và cộng đồng!',
      '3. “Khai báo y tế trung thực là bảo vệ chính mình!”',
    ]);
    expect(quotes(ms)).toEqual(['Các xã thực hiện nghiêm tinh thần “Chống dịch như chống giặc!”.']);
  });

  it('takes no measure from the formula followed by the duty to report, nor from when the measures above apply', () => {
    const ms = measures([
      ...HEADER,
      '1. Tạm dừng hoạt động karaoke trên toàn tỉnh.',
      '2. Các biện pháp nêu trên được áp dụng từ 0 giờ ngày 16/12/2021 cho đến khi có thông báo mới.',
      'Yêu cầu Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện, báo cáo kết quả về UBND tỉnh trước ngày 20/12/2021./.',
    ]);
    expect(quotes(ms)).toEqual(['Tạm dừng hoạt động karaoke trên toàn tỉnh.']);
  });

  it('takes no measure from an order only to carry out the text itself or one of its parts', () => {
    const ms = measures([
      ...HEADER,
      '1. Trung tâm Y tế huyện là cơ quan thường trực, chủ trì triển khai Kế hoạch.',
      '2. Phòng Giáo dục và Đào tạo chỉ đạo các trường thực hiện Mục II.3.',
      '3. Phòng Văn hóa - Thông tin tuyên truyền Kế hoạch trên hệ thống loa truyền thanh.',
    ]);
    expect(quotes(ms)).toEqual(['Phòng Văn hóa - Thông tin tuyên truyền Kế hoạch trên hệ thống loa truyền thanh.']);
  });
});

describe('inspections', () => {
  it('files checking that a rule is kept as enforcement, whatever the rule is about', () => {
    expect(category('Phòng Kinh tế kiểm tra việc tạm dừng hoạt động của các cơ sở kinh doanh dịch vụ không thiết yếu.')).toBe('ENFORCEMENT_INSPECTION');
    expect(category('Công an xã giám sát việc cách ly tại nhà của người về từ vùng dịch.')).toBe('ENFORCEMENT_INSPECTION');
  });
});

describe('lists of who was there', () => {
  it('files keeping a list of passengers or guests as tracing, not as transport or lodging rules', () => {
    expect(category('Các nhà xe lập danh sách hành khách trên từng chuyến.')).toBe('CONTACT_TRACING');
    expect(category('Các cơ sở lưu trú lập danh sách khách, ghi rõ nơi đi, nơi đến.')).toBe('CONTACT_TRACING');
  });
});

describe('a text that lost its marks', () => {
  // Typed without marks under a marked letterhead, as reprints and PDF text layers come.
  const UNMARKED = [
    'ỦY BAN NHÂN DÂN TỈNH',
    'Số: 88/UBND-VX',
    'V/v phong, chong dich COVID-19',
    'UBND tinh yeu cau cac so, nganh, dia phuong thuc hien cac noi dung sau:',
    '1. Hoan thanh tiem du 02 mui vac xin cho 100% nguoi tu 18 tuoi tro len truoc ngay 30/11/2021.',
    '2. Khong to chuc day hoc truc tiep khi co 01 hoc sinh la F0.',
    '3. Hoc sinh co nguoi than ve tu vung dich phai bao cho nha truong.',
    '4. So Y te bo tri them 500 giuong dieu tri benh nhan COVID-19.',
    '5. Cac co so kinh doanh phai ban hang mang ve.',
  ];

  it('reads its one-syllable verbs and keywords ("phai", "tiem", "giuong") without their marks', () => {
    const ms = measures(UNMARKED);
    expect(categories(ms)).toEqual(['VACCINATION', 'SCHOOLS', 'SCHOOLS', 'TREATMENT_CAPACITY', 'WORKPLACES']);
    expect(ms[1].strength).toBe('FORBIDDEN');
  });

  it('reads the same text with its marks alike', () => {
    const marked = measures([
      ...HEADER,
      '1. Hoàn thành tiêm đủ 02 mũi vắc xin cho 100% người từ 18 tuổi trở lên trước ngày 30/11/2021.',
      '2. Không tổ chức dạy học trực tiếp khi có 01 học sinh là F0.',
      '3. Học sinh có người thân về từ vùng dịch phải báo cho nhà trường.',
      '4. Sở Y tế bố trí thêm 500 giường điều trị bệnh nhân COVID-19.',
      '5. Các cơ sở kinh doanh phải bán hàng mang về.',
    ]);
    expect(categories(marked)).toEqual(categories(measures(UNMARKED)));
  });

  it('reads "da", "dang" right before a verb as a report, not in "Da Lat" or "dang vien"', () => {
    const ms = measures([
      'UY BAN NHAN DAN TINH',
      'So: 90/UBND-VX',
      'V/v phong, chong dich COVID-19',
      'UBND tinh yeu cau cac so, nganh, dia phuong thuc hien cac noi dung sau:',
      '1. Trong tuan qua, nganh y te da lay 1.204 mau xet nghiem; so y te dang dieu tra dich te 15 truong hop.',
      '2. Dang vien guong mau thuc hien cac quy dinh phong, chong dich.',
      '3. Cho Da Lat bo tri toi da 60% so diem kinh doanh.',
    ]);
    expect(quotes(ms)).toEqual(['Dang vien guong mau thuc hien cac quy dinh phong, chong dich.', 'Cho Da Lat bo tri toi da 60% so diem kinh doanh.']);
  });

  it('reads an article of a decision written without marks as an article', () => {
    const ms = measures([
      'QUY DINH TAM THOI',
      'Dieu 1. Pham vi dieu chinh',
      'Quy dinh nay ap dung doi voi co quan, to chuc, ca nhan tren dia ban tinh.',
      'Dieu 2. Hoi hop, su kien',
      '- Cap do 3: to chuc trong nha khong qua 30 nguoi.',
      '- Cap do 4: dung cac su kien; khong tap trung qua 10 nguoi tai noi cong cong.',
    ]);
    expect(categories(ms)).toEqual(['GATHERINGS', 'GATHERINGS', 'GATHERINGS']);
  });
});

describe('the header above a letter of plain paragraphs', () => {
  it("takes no measure from a long header line (a mail's subject) before the first paragraph", () => {
    const ms = measures([
      'From: Văn phòng Sở Du lịch <vanphong.sdl@example.vn>',
      'Subject: Fwd: CV 5120/UBND-DL ngày 20/12/2021 - đón khách du lịch và phòng, chống dịch COVID-19 biến chủng Omicron',
      'Kính gửi các cơ sở lưu trú,',
      'Ủy ban nhân dân tỉnh yêu cầu các cơ sở lưu trú chỉ đón khách đã tiêm đủ liều vắc xin phòng COVID-19 và có kết quả xét nghiệm âm tính trong vòng 72 giờ.',
    ]);
    expect(quotes(ms)).toEqual([
      'Ủy ban nhân dân tỉnh yêu cầu các cơ sở lưu trú chỉ đón khách đã tiêm đủ liều vắc xin phòng COVID-19 và có kết quả xét nghiệm âm tính trong vòng 72 giờ.',
    ]);
  });
});

describe('the goal the orders serve', () => {
  it('takes no measure from "không để dịch ..." on its own, and keeps the order before it', () => {
    const ms = measures([...HEADER, '1. Các địa phương kiểm soát chặt chẽ người về từ vùng có dịch; tuyệt đối không để dịch bệnh quay trở lại.']);
    expect(quotes(ms)).toEqual(['Các địa phương kiểm soát chặt chẽ người về từ vùng có dịch']);
  });

  it('takes no measure from following up the text itself, but keeps following up a measure', () => {
    const ms = measures([
      ...HEADER,
      '1. Trạm Y tế kiểm tra, đôn đốc việc thực hiện cách ly tại nhà của người về từ vùng dịch.',
      '2. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công văn này, tổng hợp báo cáo UBND tỉnh.',
    ]);
    expect(quotes(ms)).toEqual(['Trạm Y tế kiểm tra, đôn đốc việc thực hiện cách ly tại nhà của người về từ vùng dịch.']);
  });

  it('takes no measure from following up a text that names itself by any kind ("Kết luận này", "Công điện này")', () => {
    const ms = measures([
      ...HEADER,
      '1. Các cấp ủy chỉ đạo xét nghiệm tầm soát tại các chợ.',
      '2. Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kết luận này.',
      '3. Văn phòng UBND huyện theo dõi việc thực hiện Công điện này; báo cáo kết quả hằng tuần.',
    ]);
    expect(quotes(ms)).toEqual(['Các cấp ủy chỉ đạo xét nghiệm tầm soát tại các chợ.']);
  });
});

describe('a lead-in over a table of data', () => {
  it('orders itself when the lines below are the rows of a table, not items', () => {
    const ms = measures([
      ...HEADER,
      '1. Thành lập 03 chốt kiểm soát dịch bệnh tại các điểm sau, mỗi chốt 05 người:',
      'STT Vị trí chốt Thôn Lực lượng Trưởng chốt',
      '1 Ngã ba Quốc lộ 28 Thôn 3 05 người Lê Văn Tấn',
      '2 Cầu Suối Đá Thôn 7 05 người Trần Hữu Nghĩa',
      '2. Đài Truyền thanh xã phát thông báo này 02 lần/ngày.',
    ]);
    expect(quotes(ms)[0]).toBe('Thành lập 03 chốt kiểm soát dịch bệnh tại các điểm sau, mỗi chốt 05 người:');
  });
});


describe('permissions and prohibitions written after their subject', () => {
  it('reads what a business may do ("được phép hoạt động", "được hoạt động đến 18 giờ") and a subject\'s "không đến", "không vào", "không hoạt động" as orders', () => {
    const found = measures([
      ...HEADER,
      '1. Các cơ sở kinh doanh dịch vụ, nhà hàng, quán ăn được phép hoạt động bình thường.',
      '2. Các chợ dân sinh được hoạt động đến 18 giờ hằng ngày.',
      '3. Cơ sở kinh doanh dịch vụ ăn uống không hoạt động sau 22 giờ.',
      '4. Học sinh có người thân là F0 không đến lớp.',
      '5. Phụ huynh không vào trong khuôn viên trường khi đưa, đón con.',
    ]);
    expect(found.map((m) => [m.clauseOrdinal, m.category, m.strength])).toEqual([
      [0, 'WORKPLACES', 'REQUIRED'],
      [1, 'WORKPLACES', 'REQUIRED'],
      [2, 'WORKPLACES', 'FORBIDDEN'],
      [3, 'SCHOOLS', 'FORBIDDEN'],
      [4, 'SCHOOLS', 'FORBIDDEN'],
    ]);
  });

  it('reads a prohibition after a subject named by what it does ("Người cách ly tại nhà không được ...") as forbidden, a modal or a comma before it as required', () => {
    const found = measures([
      ...HEADER,
      '1. Người đang cách ly tại nhà không được tiếp khách.',
      '2. Hộ gia đình có người cách ly tuyệt đối không được tổ chức ăn uống đông người.',
      '3. Người thực hiện cách ly y tế tại nhà không được ra khỏi phòng riêng.',
      '4. Người dân phải ở nhà không được ra ngoài khi không cần thiết.',
      '5. Người dân thực hiện cách ly tại nhà, không được ra khỏi nhà.',
    ]);
    expect(found.map((m) => m.strength)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'REQUIRED', 'REQUIRED']);
  });

  it('reads "được phục vụ", "được phép kinh doanh", "được bán mang về" and an easing "tạo điều kiện cho" as orders', () => {
    const found = measures([
      ...HEADER,
      '1. Quán ăn, quán cà phê được phục vụ tại chỗ.',
      '2. Cơ sở kinh doanh dịch vụ ăn uống (trừ quán bia) được phép kinh doanh trở lại.',
      '3. Các tiệm bánh chỉ được bán mang về.',
      '4. Các xã tạo điều kiện cho người trồng rau chở hàng ra chợ đầu mối.',
    ]);
    expect(found.map((m) => [m.clauseOrdinal, m.strength])).toEqual([
      [0, 'REQUIRED'],
      [1, 'REQUIRED'],
      [2, 'REQUIRED'],
      [3, 'REQUIRED'],
    ]);
    expect(categories(found).slice(0, 3)).toEqual(['WORKPLACES', 'WORKPLACES', 'WORKPLACES']);
  });

  it('reads opening hours stated plainly ("phục vụ đến 21 giờ", "bán hàng đến 22 giờ") as orders', () => {
    const found = measures([...HEADER, '1. Nhà hàng, quán ăn phục vụ đến 21 giờ hằng ngày.', '2. Cửa hàng tiện lợi bán hàng đến 22 giờ hằng ngày.']);
    expect(found.map((m) => [m.clauseOrdinal, m.category])).toEqual([
      [0, 'WORKPLACES'],
      [1, 'WORKPLACES'],
    ]);
  });

  it('reads a service resumed ("trở lại hoạt động", "hoạt động lại", "chạy lại") and movement allowed ("được phép lưu thông", "được ra, vào") as orders, ride-hailing and seats per trip as transport', () => {
    const found = measures([
      ...HEADER,
      '1. Xe khách tuyến cố định nội tỉnh được trở lại hoạt động từ ngày 20/8/2021.',
      '2. Hoạt động lại các tuyến vận tải hành khách cố định đi thành phố Đà Nẵng.',
      '3. Các tuyến xe khách đi tỉnh Quảng Nam được chạy lại.',
      '4. Các tuyến xe buýt được phép khai thác trở lại.',
      '5. Xe mô tô công nghệ được hoạt động trở lại.',
      '6. Riêng xe 16 chỗ chở không quá 08 người/chuyến.',
      '7. Xe chở hàng thiết yếu được phép lưu thông qua luồng xanh.',
      '8. Xe đưa đón công nhân được phép ra, vào vùng xanh.',
    ]);
    expect(found.map((m) => [m.clauseOrdinal, m.category, m.strength])).toEqual([
      [0, 'INTERNAL_MOVEMENT_TRANSPORT', 'REQUIRED'],
      [1, 'INTERNAL_MOVEMENT_TRANSPORT', 'REQUIRED'],
      [2, 'INTERNAL_MOVEMENT_TRANSPORT', 'REQUIRED'],
      [3, 'INTERNAL_MOVEMENT_TRANSPORT', 'REQUIRED'],
      [4, 'INTERNAL_MOVEMENT_TRANSPORT', 'REQUIRED'],
      [5, 'INTERNAL_MOVEMENT_TRANSPORT', 'REQUIRED'],
      [6, 'INTERNAL_MOVEMENT_TRANSPORT', 'REQUIRED'],
      [7, 'INTERNAL_MOVEMENT_TRANSPORT', 'REQUIRED'],
    ]);
  });
});

describe('items under a label that names a venue', () => {
  it('reads the items by the venue their label ends in a colon on ("Đối với cơ sở karaoke:" / "a) Mỗi phòng ...")', () => {
    const found = measures([
      ...HEADER,
      '1. Đối với cơ sở kinh doanh dịch vụ karaoke:',
      'a) Mỗi phòng không quá 08 người.',
      'b) Không hoạt động sau 22 giờ.',
      '2. Đối với nhà hàng, quán ăn:',
      '- Không phục vụ quá 04 người/bàn.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.category])).toEqual([
      ['Mỗi phòng không quá 08 người.', 'WORKPLACES'],
      ['Không hoạt động sau 22 giờ.', 'WORKPLACES'],
      ['Không phục vụ quá 04 người/bàn.', 'WORKPLACES'],
    ]);
  });
});

describe('the words of gyms and farms', () => {
  it('reads indoor gyms as workplaces, sowing and feed as the economy, and "thu đúng" as no admission to hospital', () => {
    expect(category('Cơ sở tập luyện thể dục, thể thao trong nhà hoạt động không quá 30% công suất.')).toBe('WORKPLACES');
    expect(category('Các phòng tập thể dục mở cửa trở lại từ ngày 01/11.')).toBe('WORKPLACES');
    expect(category('Bảo đảm cung cấp thức ăn chăn nuôi, vật tư nông nghiệp cho vụ xuống giống.')).toBe('ECONOMIC_RECOVERY');
    expect(category('Hướng dẫn nông dân gặt lúa hè thu đúng thời vụ.')).toBe('ECONOMIC_RECOVERY');
  });
});

describe('a decision\'s preamble, members and execution clause', () => {
  const DECISION = ['ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', 'Số: 655/QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc thành lập Khu cách ly tập trung phòng, chống dịch COVID-19', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH'];

  it('reads nothing before "QUYẾT ĐỊNH:" as an order, nor the bodies that execute it, whatever their names are about', () => {
    const found = measures([
      ...DECISION,
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy tại cuộc họp ngày 20/7/2021 về công tác phòng, chống dịch COVID-19;',
      'Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 1120/TTr-SYT ngày 21/7/2021.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Thành lập Khu cách ly tập trung tại Trường Trung cấp Nghề Tam Điệp, quy mô 300 người.',
      'Điều 2. Giải thể Bệnh viện dã chiến số 3 kể từ 12 giờ ngày 27/3/2021.',
      'Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế; Hiệu trưởng Trường Cao đẳng Y tế tỉnh chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    expect(quotes(found)).toEqual([
      'Thành lập Khu cách ly tập trung tại Trường Trung cấp Nghề Tam Điệp, quy mô 300 người.',
      'Giải thể Bệnh viện dã chiến số 3 kể từ 12 giờ ngày 27/3/2021.',
    ]);
  });

  it('reads no member\'s standing title ("Phó Trưởng ban Thường trực") as an order', () => {
    const found = measures([
      ...DECISION,
      'QUYẾT ĐỊNH:',
      'Điều 1. Kiện toàn Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh, gồm các thành viên sau:',
      '1. Đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh - Trưởng ban.',
      '2. Đồng chí Lê Minh Châu, Phó Chủ tịch Thường trực UBND tỉnh - Phó Trưởng ban Thường trực.',
    ]);
    expect(quotes(found).filter((q) => q.includes('Thường trực'))).toEqual([]);
  });
});

describe('hospitals\' gates and visitors', () => {
  it('reads triage in a facility named by its legal name, and visits to patients, as treatment', () => {
    expect(category('Các cơ sở khám bệnh, chữa bệnh thực hiện nghiêm việc phân luồng, khám sàng lọc người đến khám.')).toBe('TREATMENT_CAPACITY');
    expect(category('Thực hiện phân luồng, khám sàng lọc; hạn chế tối đa người nhà vào thăm người bệnh.')).toBe('TREATMENT_CAPACITY');
    expect(category('Tạm dừng việc thăm bệnh; người nuôi bệnh phải đeo thẻ.')).toBe('TREATMENT_CAPACITY');
    // Screening before a jab stays vaccination.
    expect(category('Bố trí đủ nhân lực khám sàng lọc, theo dõi sau tiêm tại các điểm tiêm.')).toBe('VACCINATION');
  });
});

describe('place names', () => {
  it('cuts no sentence after a place\'s abbreviation ("TP. Hồ Chí Minh", "TX. Chí Linh")', () => {
    const found = measures([...HEADER, '1. Người về từ TP. Hồ Chí Minh phải cách ly tại nhà 07 ngày.', '2. Tạm dừng hoạt động xe khách tuyến TX. Chí Linh đi các huyện. Người dân hạn chế ra khỏi nhà.']);
    expect(quotes(found)).toEqual(['Người về từ TP. Hồ Chí Minh phải cách ly tại nhà 07 ngày.', 'Tạm dừng hoạt động xe khách tuyến TX. Chí Linh đi các huyện.', 'Người dân hạn chế ra khỏi nhà.']);
  });

  it('reads no testing, exam or loudspeaker in two place names joined by a comma ("Hải Dương, tỉnh ...", "Hải Phòng, thị xã ...")', () => {
    expect(category('Người dân không đi đến tỉnh Hải Dương, tỉnh Quảng Ninh khi không thật sự cần thiết.')).not.toBe('TESTING');
    expect(category('Người dân không đến thành phố Hải Phòng, thị xã Đông Triều khi không cần thiết.')).not.toBe('SCHOOLS');
    expect(category('Người có kết quả xét nghiệm dương tính phải cách ly.')).toBe('TESTING');
  });
});

describe('air travel', () => {
  it('reads passengers by plane as travel', () => {
    expect(category('Hành khách đi máy bay đến tỉnh khai báo y tế tại nơi đến.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
  });
});

describe('sports', () => {
  it('reads a tournament, a run or a cross-country race called off as an event cancelled', () => {
    for (const sentence of ['Không tổ chức các giải thể thao phong trào trong dịp Tết.', 'Tạm hoãn tổ chức Ngày chạy Olympic vì sức khỏe toàn dân năm 2021.', 'Dừng tổ chức Giải Việt dã truyền thống của tỉnh.']) {
      const found = categorise(view(sentence), 0, sentence.length, lex);
      expect([sentence, found.category, found.oxcgrtCode]).toEqual([sentence, 'GATHERINGS', 'C3']);
    }
  });
});

describe('pharmacies and sanctions', () => {
  it('reads a pharmacy\'s list of who bought fever drugs as tracing, not treatment, and a licence withdrawn as enforcement', () => {
    expect(category('Các nhà thuốc, quầy thuốc lập danh sách người mua thuốc hạ sốt, giảm ho và gửi về Trạm Y tế xã hằng ngày.')).toBe('CONTACT_TRACING');
    expect(category('Cơ sở bán lẻ thuốc cập nhật thông tin người mua thuốc hạ sốt, giảm ho.')).toBe('CONTACT_TRACING');
    expect(category('Hiệu thuốc không chấp hành sẽ bị thu hồi giấy phép hoạt động.')).toBe('ENFORCEMENT_INSPECTION');
    expect(category('Cơ sở nào để lây nhiễm dịch bệnh trong cộng đồng sẽ bị xử lý theo quy định.')).toBe('ENFORCEMENT_INSPECTION');
    // A pharmacy is a workplace only weakly: the drugs a hospital is given stay treatment.
    expect(category('Bảo đảm đủ thuốc điều trị cho các bệnh viện.')).toBe('TREATMENT_CAPACITY');
  });
});

describe('a fine stated for whoever breaks the rules', () => {
  it('reads "Người vi phạm bị phạt tiền ..." as enforcement, and a count of fines given as no measure', () => {
    const found = measures([...HEADER, '1. Người vi phạm bị phạt tiền từ 3.000.000 đồng đến 5.000.000 đồng.', '2. Qua kiểm tra, các đoàn đã bị phạt 12 cơ sở.']);
    expect(found.map((m) => [m.citation.quote, m.category])).toEqual([['Người vi phạm bị phạt tiền từ 3.000.000 đồng đến 5.000.000 đồng.', 'ENFORCEMENT_INSPECTION']]);
  });
});

describe('fees waived', () => {
  it('reads a waived or reduced fee as social support, a free service too ("Miễn phí xét nghiệm ...")', () => {
    const found = measures([
      ...HEADER,
      '1. Miễn phí hỏa táng đối với người tử vong do COVID-19 trên địa bàn tỉnh.',
      '2. Miễn, giảm tiền thuê nhà cho người lao động ngừng việc do dịch.',
      '3. Miễn phí xét nghiệm cho người dân tại khu vực phong tỏa.',
    ]);
    expect(found.map((m) => m.category)).toEqual(['SOCIAL_SUPPORT', 'SOCIAL_SUPPORT', 'SOCIAL_SUPPORT']);
  });
});

describe('help sent or received', () => {
  it('reads medical teams and forces sent to help ("tham gia hỗ trợ tỉnh ...", "lực lượng hỗ trợ") as preparedness, not social support', () => {
    const found = measures([
      ...HEADER,
      '1. Cử 20 y, bác sĩ của tỉnh tham gia hỗ trợ tỉnh Long An phòng, chống dịch COVID-19.',
      '2. Công an tỉnh bố trí lực lượng hỗ trợ vận chuyển người bệnh.',
      '3. Hỗ trợ người lao động mất việc làm 1.500.000 đồng/người.',
    ]);
    expect(found.map((m) => m.category)).toEqual(['GENERAL_PREPAREDNESS', 'GENERAL_PREPAREDNESS', 'SOCIAL_SUPPORT']);
  });
});

describe('bare items of a list the preamble asks for', () => {
  it('reads an item under "UBND tỉnh yêu cầu ... các nội dung sau:" as an order with a verb the lexicon does not know, and not a label', () => {
    const found = measures([
      ...HEADER,
      '1. Hành khách ngồi giãn cách trên phà.',
      '2. Thuyền viên lưu lại trên tàu trong suốt thời gian làm hàng.',
      '3. Các cơ sở lưu trú:',
      '- Gửi danh sách khách lưu trú về Công an xã hằng ngày.',
    ]);
    expect(quotes(found)).toEqual(['Hành khách ngồi giãn cách trên phà.', 'Thuyền viên lưu lại trên tàu trong suốt thời gian làm hàng.', 'Gửi danh sách khách lưu trú về Công an xã hằng ngày.']);
  });

  it('leaves a bare item out where the preamble asks nothing', () => {
    const found = measures([...ADDRESSED, '1. Hành khách ngồi giãn cách trên phà.']);
    expect(found).toEqual([]);
  });
});

describe('an order of the preamble before the details of its list', () => {
  it('reads "... yêu cầu thực hiện giãn cách ... . Cụ thể:" above a long list as an order, and a bare lead-in as none', () => {
    const items = [
      '1. Người dân không ra khỏi nhà khi không cần thiết.',
      '2. Tạm dừng hoạt động các cơ sở kinh doanh dịch vụ không thiết yếu.',
      '3. Không tập trung quá 02 người tại nơi công cộng.',
    ];
    const order = 'Chủ tịch UBND tỉnh yêu cầu thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg trên địa bàn tỉnh từ 0 giờ ngày 21/8/2021 đến 24 giờ ngày 03/9/2021';
    for (const lead of [`${order}. Cụ thể:`, `${order}, cụ thể như sau:`]) {
      const found = measures([...LETTERHEAD, 'Kính gửi: Các sở, ngành; UBND các huyện.', lead, ...items]);
      expect(found.map((m) => [m.category, m.citation.quote.slice(0, 40)])).toEqual([
        ['STAY_AT_HOME', 'Chủ tịch UBND tỉnh yêu cầu thực hiện giã'],
        ['STAY_AT_HOME', 'Người dân không ra khỏi nhà khi không cầ'],
        ['WORKPLACES', 'Tạm dừng hoạt động các cơ sở kinh doanh '],
        ['GATHERINGS', 'Không tập trung quá 02 người tại nơi côn'],
      ]);
      expect(found[0].period).toMatchObject({ from: '2021-08-21', to: '2021-09-03' });
    }
    expect(measures([...HEADER, ...items]).map((m) => m.category)).toEqual(['STAY_AT_HOME', 'WORKPLACES', 'GATHERINGS']);
  });

  it('reads a first item whose label a scan damaged ("l.", "1 .") under the lead-in that asks for the list, and its figure', () => {
    for (const label of ['l.', '1 .', '']) {
      const cleaned = clean([...HEADER, `${label} Người về từ vùng dịch phải cách ly tập trung 14 ngày.`.trim(), '2. Không tập trung quá 10 người tại nơi công cộng.', '3. Các huyện tăng cường kiểm tra.'].join('\n'));
      const facts = extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, kind: null });
      expect([label, facts.measures.map((m) => m.category), facts.targets.map((t) => `${t.metric} ${t.value}`)]).toEqual([
        label,
        ['QUARANTINE_ISOLATION', 'GATHERINGS', 'ENFORCEMENT_INSPECTION'],
        ['QUARANTINE_DAYS 14', 'GATHERING_SIZE 10'],
      ]);
    }
  });
});

describe('a verb negated after its subject', () => {
  it('reads "Thuyền viên không lên bờ" and "Không cấp thị thực ..." as prohibitions, numbered items without a lead-in included', () => {
    const found = measures([
      ...ADDRESSED,
      '1. Thuyền viên không lên bờ trong thời gian tàu neo đậu.',
      '2. Không cấp thị thực cho thuyền viên nước ngoài.',
      '3. Người không có triệu chứng theo dõi sức khỏe tại nhà.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.strength])).toEqual([
      ['Thuyền viên không lên bờ trong thời gian tàu neo đậu.', 'FORBIDDEN'],
      ['Không cấp thị thực cho thuyền viên nước ngoài.', 'FORBIDDEN'],
      // "không có" says who is meant; the order binds by its plain verb.
      ['Người không có triệu chứng theo dõi sức khỏe tại nhà.', 'REQUIRED'],
    ]);
    // A verb the lexicon knows, negated: forbidden; negated before a modal, it says who is meant.
    const known = measures([
      ...ADDRESSED,
      '1. Người dân không chia sẻ, bình luận các thông tin chưa được kiểm chứng trên mạng xã hội.',
      '2. Doanh nghiệp không bảo đảm điều kiện phòng, chống dịch phải tạm dừng hoạt động.',
      '3. Các cơ quan không ngừng nâng cao chất lượng tuyên truyền.',
    ]);
    expect(known.map((m) => m.strength)).toEqual(['FORBIDDEN', 'REQUIRED', 'REQUIRED']);
  });

  it('keeps an item\'s own prohibition under a lead-in that requires ("UBND tỉnh yêu cầu:" / "Người dân không tập thể dục ngoài trời.")', () => {
    const found = measures([...HEADER, '1. Các cơ sở kinh doanh ăn uống không phục vụ khách tại chỗ.', '2. Đò ngang không chở quá 10 người mỗi chuyến.']);
    expect(found.map((m) => m.strength)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('events put off until a date', () => {
  it('reads a postponement with its end date ("Tạm hoãn tổ chức đại hội ... đến hết ngày ...") as an event put off, not a date that completes the order before', () => {
    const found = measures([
      ...HEADER,
      '1. Tạm hoãn tổ chức đại hội các chi bộ từ ngày 02/4/2020 đến hết ngày 20/4/2020.',
      '2. Tạm dừng tổ chức các lớp tập huấn, bồi dưỡng đến hết ngày 20/4/2020.',
      '3. Tạm dừng tiếp công dân trực tiếp đến hết ngày 20/4/2020.',
      '4. Hoàn thành trước ngày 30/4/2020.',
    ]);
    // An order with no topic of its own is kept when it tightens; a date to finish by alone is no order.
    expect(found.map((m) => [m.citation.quote, m.direction]).slice(2)).toEqual([['Tạm dừng tiếp công dân trực tiếp đến hết ngày 20/4/2020.', 'TIGHTENING']]);
    expect(found.slice(0, 2).map((m) => [m.citation.quote, m.category, m.direction])).toEqual([
      ['Tạm hoãn tổ chức đại hội các chi bộ từ ngày 02/4/2020 đến hết ngày 20/4/2020.', 'GATHERINGS', 'TIGHTENING'],
      ['Tạm dừng tổ chức các lớp tập huấn, bồi dưỡng đến hết ngày 20/4/2020.', 'GATHERINGS', 'TIGHTENING'],
    ]);
  });
});

describe('who a prohibition binds, and what it does not cover', () => {
  it('reads a prohibition in a part that opens with the person as forbidden, whatever place or verb qualifies the person', () => {
    const found = measures([
      ...HEADER,
      '1. Người dân trong khu vực phong tỏa không được ra khỏi nhà.',
      '2. Công nhân lưu trú tại khu tập trung không được ra khỏi khu lưu trú.',
    ]);
    expect(found.map((m) => m.strength)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('keeps an exception after ";" ("...; trừ xe phục vụ cấp cứu, công vụ") with the order it limits', () => {
    const found = measures([...HEADER, '1. Dừng hoạt động xe ôm, xe taxi; trừ xe phục vụ cấp cứu, công vụ.']);
    expect(found.map((m) => [m.citation.quote, m.category])).toEqual([['Dừng hoạt động xe ôm, xe taxi; trừ xe phục vụ cấp cứu, công vụ.', 'INTERNAL_MOVEMENT_TRANSPORT']]);
  });
});

describe('a place that opens the order', () => {
  it('reads "Tại các địa bàn đang thực hiện giãn cách xã hội, tạm dừng tổ chức hội nghị" as one order about the conference, the places only its scope', () => {
    const found = measures([...HEADER, '1. Tại các địa bàn đang thực hiện giãn cách xã hội, tạm dừng tổ chức hội nghị.']);
    expect(found.map((m) => [m.citation.quote, m.category])).toEqual([['Tại các địa bàn đang thực hiện giãn cách xã hội, tạm dừng tổ chức hội nghị.', 'GATHERINGS']]);
  });
});

describe('lists of documents', () => {
  it('reads the documents a repeal lists by their subjects, as items of the repeal that ease, not as orders of their own', () => {
    const found = measures([
      ...HEADER,
      '1. Bãi bỏ các văn bản sau đây:',
      'a) Chỉ thị số 05/CT-UBND ngày 30/3/2020 của UBND tỉnh về thực hiện cách ly toàn xã hội;',
      'b) Quyết định số 1876/QĐ-UBND ngày 20/8/2021 của UBND tỉnh về áp dụng giãn cách xã hội theo Chỉ thị 16/CT-TTg.',
    ]);
    expect(found.map((m) => m.direction)).toEqual(['EASING', 'EASING']);
  });
});

describe('an order and the conditions listed under it', () => {
  it('reads "Đồng ý mở lại ..., với các điều kiện:" as an order that eases, and its items, stated as done or not, as its conditions', () => {
    const found = measures([
      ...HEADER,
      '1. Đồng ý mở lại phố đi bộ và chợ đêm từ ngày 12/8/2021, với các điều kiện:',
      '- Người bán hàng đã tiêm ít nhất 01 mũi vắc xin;',
      '- Các gian hàng cách nhau tối thiểu 3 mét.',
      '2. Tạm dừng các hoạt động sau:',
      'a) Karaoke, vũ trường.',
    ]);
    expect(found.map((m) => m.citation.quote)).toEqual([
      'Đồng ý mở lại phố đi bộ và chợ đêm từ ngày 12/8/2021, với các điều kiện:',
      'Người bán hàng đã tiêm ít nhất 01 mũi vắc xin',
      'Các gian hàng cách nhau tối thiểu 3 mét.',
      // A lead-in whose items complete its order stays no measure of its own.
      'Karaoke, vũ trường.',
    ]);
    expect(found[0].direction).toBe('EASING');
  });

  it('reads a whole order before ", cụ thể:" as a measure of its own, its items the details; a lead-in of the measures in general stays none', () => {
    const found = measures([
      ...HEADER,
      '1. Cho phép hoạt động trở lại vận tải hành khách tuyến cố định liên tỉnh từ 0 giờ ngày 22/10/2021, cụ thể:',
      'a) Tuyến đi, đến địa phương cấp độ 1, cấp độ 2: không quá 50% số ghế.',
      '2. Tiếp tục thực hiện các biện pháp phòng, chống dịch trên địa bàn tỉnh, cụ thể như sau:',
      'a) Đeo khẩu trang nơi công cộng.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.category, m.direction])).toEqual([
      ['Cho phép hoạt động trở lại vận tải hành khách tuyến cố định liên tỉnh từ 0 giờ ngày 22/10/2021, cụ thể:', 'INTERNAL_MOVEMENT_TRANSPORT', 'EASING'],
      ['Tuyến đi, đến địa phương cấp độ 1, cấp độ 2: không quá 50% số ghế.', 'INTERNAL_MOVEMENT_TRANSPORT', 'TIGHTENING'],
      ['Đeo khẩu trang nơi công cộng.', 'PERSONAL_PROTECTION_5K', null],
    ]);
  });

  it('reads the conditions someone must meet ("phải đáp ứng một trong các điều kiện sau:"), stated as done, as conditions, not reports', () => {
    const found = measures([
      ...HEADER,
      '1. Người đến tỉnh phải đáp ứng một trong các điều kiện sau:',
      'a) Đã tiêm đủ 02 liều vắc xin phòng COVID-19, liều cuối cùng tiêm ít nhất 14 ngày;',
      'b) Có kết quả xét nghiệm âm tính trong vòng 72 giờ.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.category])).toEqual([
      ['Đã tiêm đủ 02 liều vắc xin phòng COVID-19, liều cuối cùng tiêm ít nhất 14 ngày', 'VACCINATION'],
      ['Có kết quả xét nghiệm âm tính trong vòng 72 giờ.', 'INTERNAL_MOVEMENT_TRANSPORT'],
    ]);
  });

  it('reads the conditions under a label ("Điều kiện đối với nhân viên phục vụ trực tiếp:") as conditions, not reports', () => {
    const found = measures([
      ...HEADER,
      '1. Điều kiện đối với nhân viên phục vụ trực tiếp:',
      'a) Đã tiêm đủ 02 liều vắc xin phòng COVID-19, liều cuối cùng ít nhất 14 ngày;',
      'b) Xét nghiệm SARS-CoV-2 định kỳ 05 ngày/lần.',
    ]);
    expect(found.map((m) => m.citation.quote)).toEqual(['Đã tiêm đủ 02 liều vắc xin phòng COVID-19, liều cuối cùng ít nhất 14 ngày', 'Xét nghiệm SARS-CoV-2 định kỳ 05 ngày/lần.']);
  });
});

describe('lines a wrap or a damaged mark cut', () => {
  it('reads no item in the tail of a quote a wrap began, nor in a line that only names a topic ("Về điều trị.")', () => {
    const found = measures([
      ...ADDRESSED,
      '1. Tuyên truyền sâu rộng thông điệp 5K: "Khẩu trang - Khử khuẩn',
      '- Khoảng cách - Không tụ tập - Khai báo y tế";',
      '2. Về điều trị.',
    ]);
    expect(quotes(found).filter((q) => q.startsWith('Khoảng cách') || q.startsWith('Về'))).toEqual([]);
    expect(quotes(measures([...HEADER, '1. Về điều trị.', '2. Bệnh viện bố trí giường điều trị.']))).toEqual(['Bệnh viện bố trí giường điều trị.']);
  });
});

describe('testing written in English words', () => {
  it('reads "được test nhanh" as an order to test, as "được xét nghiệm nhanh" is', () => {
    const found = measures([...ADDRESSED, '1. Khi có học sinh là F0, toàn bộ học sinh của lớp được test nhanh kháng nguyên.']);
    expect(found.map((m) => [m.citation.quote, m.category])).toEqual([['Khi có học sinh là F0, toàn bộ học sinh của lớp được test nhanh kháng nguyên.', 'TESTING']]);
  });
});

describe('money a body pays, advances or allocates', () => {
  it('reads payments, advances, allocations and cuts of charges as orders of the body that makes them', () => {
    const found = measures([
      ...ADDRESSED,
      '1. Bảo hiểm xã hội tỉnh thanh toán chi phí khám bệnh, chữa bệnh cho người có thẻ bảo hiểm y tế.',
      '2. Sở Y tế tạm ứng kinh phí cho các cơ sở thu dung điều trị.',
      '3. Sở Tài chính cấp kinh phí cho Trung tâm Kiểm soát bệnh tật tỉnh.',
      '4. Sở Tài chính phân bổ kinh phí cho các huyện.',
      '5. Cục Thuế tỉnh giảm tiền thuê đất cho doanh nghiệp bị ảnh hưởng.',
    ]);
    // The letterhead names no province, so the provincial social insurance body goes unnamed here.
    expect(found.map((m) => [m.citation.quote, m.agencies.map((a) => a.canonicalName)])).toEqual([
      ['Bảo hiểm xã hội tỉnh thanh toán chi phí khám bệnh, chữa bệnh cho người có thẻ bảo hiểm y tế.', []],
      ['Sở Y tế tạm ứng kinh phí cho các cơ sở thu dung điều trị.', ['Sở Y tế']],
      ['Sở Tài chính cấp kinh phí cho Trung tâm Kiểm soát bệnh tật tỉnh.', ['Sở Tài chính']],
      ['Sở Tài chính phân bổ kinh phí cho các huyện.', ['Sở Tài chính']],
      ['Cục Thuế tỉnh giảm tiền thuê đất cho doanh nghiệp bị ảnh hưởng.', ['Cục Thuế tỉnh']],
    ]);
  });

  it('reads the social insurance body as no newspaper: its subject adds no public information', () => {
    const found = measures([
      ...HEADER,
      '1. Bảo hiểm xã hội tỉnh Thái Nguyên giải quyết kịp thời chế độ ốm đau cho người lao động.',
      '2. Bảo hiểm xã hội các huyện thanh toán chi phí xét nghiệm cho người có thẻ bảo hiểm y tế.',
      '3. Báo Thái Nguyên đưa tin về các biện pháp phòng, chống dịch.',
    ]);
    expect(found.map((m) => [m.category, m.otherCategories])).toEqual([
      ['GENERAL_PREPAREDNESS', []],
      ['TESTING', []],
      ['PUBLIC_INFORMATION', []],
    ]);
  });
});

describe('"giao" inside other words', () => {
  it('reads what border guards did, handing people over included ("bàn giao"), as a report, not an order', () => {
    const found = measures([...HEADER, '1. Công an tỉnh đã bắt giữ 35 người nhập cảnh trái phép, bàn giao 30 người cho địa phương cách ly.', '2. Bàn giao người nhập cảnh trái phép cho địa phương để cách ly theo quy định.']);
    expect(quotes(found)).toEqual(['Bàn giao người nhập cảnh trái phép cho địa phương để cách ly theo quy định.']);
  });

  it('keeps a junction ("nút giao") among the sites a list names, not an order to assign', () => {
    const found = measures([...ADDRESSED, 'Điều 1. Thành lập 03 chốt kiểm soát dịch, gồm: chốt Quốc lộ 1A; chốt cầu Gián; chốt nút giao Mai Sơn.']);
    expect(quotes(found)).toEqual(['Thành lập 03 chốt kiểm soát dịch, gồm: chốt Quốc lộ 1A; chốt cầu Gián; chốt nút giao Mai Sơn.']);
  });
});

describe('orders not to obstruct', () => {
  it('reads "Không ngăn cản người về quê ăn Tết" as a measure that eases, required, not a prohibition', () => {
    const found = measures([...ADDRESSED, '1. Không ngăn cản người về quê ăn Tết.', '2. Không ngăn chặn, không cách ly y tế đối với người về quê đón Tết.']);
    expect(found.map((m) => [m.citation.quote, m.strength, m.direction])).toEqual([
      ['Không ngăn cản người về quê ăn Tết.', 'REQUIRED', 'EASING'],
      ['Không ngăn chặn, không cách ly y tế đối với người về quê đón Tết.', 'REQUIRED', 'EASING'],
    ]);
  });
});

describe('the school calendar', () => {
  it('reads exams and school starts put off ("Lùi lịch thi ...", "Dời lịch kiểm tra ...") and lessons by television as orders about schools', () => {
    const found = measures([
      ...ADDRESSED,
      '1. Lùi lịch thi tuyển sinh vào lớp 10 sang ngày 15/7/2021.',
      '2. Dời lịch kiểm tra cuối học kỳ II sang tháng 6/2021.',
      '3. Học sinh lớp 1, lớp 2 học qua truyền hình.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.category])).toEqual([
      ['Lùi lịch thi tuyển sinh vào lớp 10 sang ngày 15/7/2021.', 'SCHOOLS'],
      ['Dời lịch kiểm tra cuối học kỳ II sang tháng 6/2021.', 'SCHOOLS'],
      ['Học sinh lớp 1, lớp 2 học qua truyền hình.', 'SCHOOLS'],
    ]);
  });

  it('reads a term test ("kiểm tra, đánh giá cuối học kỳ") as schooling, not inspection', () => {
    expect(category('Các trường tổ chức kiểm tra, đánh giá cuối học kỳ I bằng hình thức trực tuyến.')).toBe('SCHOOLS');
    expect(category('Các trường tổ chức kiểm tra giữa học kỳ II theo hình thức trực tuyến.')).toBe('SCHOOLS');
  });
});

describe('permissions', () => {
  it('reads "được tham quan", "được làm việc" as permissions', () => {
    const found = measures([
      ...ADDRESSED,
      '1. Khách du lịch được tham quan các khu, điểm du lịch.',
      '2. Người lao động đã tiêm đủ liều vắc xin được làm việc tại doanh nghiệp.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.direction])).toEqual([
      ['Khách du lịch được tham quan các khu, điểm du lịch.', 'EASING'],
      ['Người lao động đã tiêm đủ liều vắc xin được làm việc tại doanh nghiệp.', null],
    ]);
  });
});

describe('a long label of addressees', () => {
  it('gives the items under "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố:" to the bodies it names', () => {
    const found = measures([
      ...HEADER,
      '1. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố:',
      'a) Không tổ chức gặp mặt tất niên.',
      '2. Ủy ban nhân dân các huyện Đại Từ, Phú Lương, Định Hóa, Võ Nhai và thành phố Sông Công:',
      'a) Tạm dừng các lễ hội xuân.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.agencies.map((a) => a.canonicalName)])).toEqual([
      ['Không tổ chức gặp mặt tất niên.', ['Ủy ban nhân dân cấp huyện']],
      ['Tạm dừng các lễ hội xuân.', ['Ủy ban nhân dân huyện Đại Từ', 'Ủy ban nhân dân huyện Phú Lương', 'Ủy ban nhân dân huyện Định Hóa', 'Ủy ban nhân dân huyện Võ Nhai', 'Ủy ban nhân dân thành phố Sông Công']],
    ]);
  });
});

describe('a body named in a part that is no measure', () => {
  it('gives the parts after a role or a closing formula ("Sở Y tế chủ trì triển khai Kế hoạch; ...") to the body it names', () => {
    const found = measures([
      ...HEADER,
      '1. Sở Y tế chủ trì triển khai Kế hoạch; chủ động điều phối người bệnh giữa các tầng; định kỳ hằng tuần báo cáo UBND tỉnh.',
      '2. Đề nghị người dân thực hiện thông điệp 5K; chủ động khai báo y tế.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.agencies.map((a) => a.canonicalName)])).toEqual([
      ['chủ động điều phối người bệnh giữa các tầng', ['Sở Y tế']],
      ['định kỳ hằng tuần báo cáo UBND tỉnh.', ['Sở Y tế']],
      ['Đề nghị người dân thực hiện thông điệp 5K', []],
      ['chủ động khai báo y tế.', []],
    ]);
  });
});

describe('voters described by what they are doing', () => {
  it('reads "Đối với cử tri đang cách ly" as whom the orders under it bind, not a report', () => {
    const found = measures([...HEADER, '1. Đối với cử tri đang cách ly', '- Tổ bầu cử mang hòm phiếu phụ đến khu cách ly.']);
    expect(quotes(found)).toEqual(['Tổ bầu cử mang hòm phiếu phụ đến khu cách ly.']);
  });
});

describe('movement between areas under distancing', () => {
  const read = (line: string) => measures([...HEADER, line]).map((m) => [m.citation.quote, m.category, m.strength]);

  it('reads a ban on going from one district or commune to another as a forbidden movement', () => {
    expect(read('1. Người dân không đi từ huyện này sang huyện khác.')).toEqual([['Người dân không đi từ huyện này sang huyện khác.', 'INTERNAL_MOVEMENT_TRANSPORT', 'FORBIDDEN']]);
    expect(read('1. Người dân không di chuyển sang xã khác.')).toEqual([['Người dân không di chuyển sang xã khác.', 'INTERNAL_MOVEMENT_TRANSPORT', 'FORBIDDEN']]);
    expect(read('1. Người dân không qua lại giữa các thôn, xóm.')).toEqual([['Người dân không qua lại giữa các thôn, xóm.', 'INTERNAL_MOVEMENT_TRANSPORT', 'FORBIDDEN']]);
  });

  it('keeps a medical exception ("trừ trường hợp cấp cứu") from naming the ban\'s topic', () => {
    expect(read('1. Người dân không được đi sang phường khác, trừ trường hợp cấp cứu.').map((m) => m[1])).toEqual(['INTERNAL_MOVEMENT_TRANSPORT']);
  });

  it('files the house-isolation rule, quoted or not, as STAY_AT_HOME: its "cách ly" is no quarantine', () => {
    expect(read('1. Người dân thực hiện nghiêm "nhà cách ly nhà, thôn cách ly thôn".').map((m) => m[1])).toEqual(['STAY_AT_HOME']);
    expect(read('1. Người dân thực hiện nghiêm "gia đình cách ly với gia đình, khóm cách ly với khóm".').map((m) => m[1])).toEqual(['STAY_AT_HOME']);
    expect(category('Quán triệt phương châm nhà cách ly nhà, tổ cách ly tổ.')).toBe('STAY_AT_HOME');
  });
});

describe('a ceiling however it is worded', () => {
  it('reads "không vượt quá" like "không quá": a required, tightening cap, not a ban', () => {
    const found = measures([...HEADER, '1. Xe khách chở không quá 50% số ghế.', '2. Xe buýt chở không vượt quá 50% số ghế.']);
    expect(found.map((m) => [m.strength, m.direction])).toEqual([
      ['REQUIRED', 'TIGHTENING'],
      ['REQUIRED', 'TIGHTENING'],
    ]);
  });
});

describe('sanctions on drivers, crews kept aboard, teaching resumed', () => {
  const read = (line: string) => measures([...HEADER, line]).map((m) => [m.category, m.strength, m.direction]);

  it('reads impounding a vehicle or withdrawing a pass as enforcement', () => {
    expect(read('1. Công an tỉnh tạm giữ phương tiện của người vi phạm.')).toEqual([['ENFORCEMENT_INSPECTION', 'REQUIRED', 'TIGHTENING']]);
    expect(read('1. Sở Công Thương thu hồi thẻ nhận diện đối với người vi phạm.').map((m) => m[0])).toEqual(['ENFORCEMENT_INSPECTION']);
  });

  it('reads "không lên bờ" as a forbidden movement', () => {
    expect(read('1. Thuyền viên ở lại trên tàu, không lên bờ.')).toEqual([['INTERNAL_MOVEMENT_TRANSPORT', 'FORBIDDEN', null]]);
  });

  it('reads teaching and training in person again as easing', () => {
    expect(read('1. Các cơ sở giáo dục nghề nghiệp tổ chức đào tạo trực tiếp từ ngày 14/02/2022.')).toEqual([['SCHOOLS', 'REQUIRED', 'EASING']]);
    expect(read('1. Sinh viên trở lại học tập trực tiếp từ ngày 14/02/2022.').map((m) => m[2])).toEqual(['EASING']);
  });
});

describe('orders by epidemic level', () => {
  it('reads "đang ở cấp độ", "đang là vùng đỏ" as where an order holds, not a report', () => {
    const found = measures([
      ...HEADER,
      '1. Nhà hàng ở các xã đang ở cấp độ 1, cấp độ 2 được phục vụ tại chỗ không quá 50% công suất.',
      '2. Các huyện đang là vùng đỏ tạm dừng hoạt động chợ.',
      '3. Theo đánh giá của Sở Y tế, tỉnh có 8/10 huyện ở cấp độ 1.',
    ]);
    expect(found.map((m) => [m.citation.quote, m.category])).toEqual([
      ['Nhà hàng ở các xã đang ở cấp độ 1, cấp độ 2 được phục vụ tại chỗ không quá 50% công suất.', 'WORKPLACES'],
      ['Các huyện đang là vùng đỏ tạm dừng hoạt động chợ.', 'WORKPLACES'],
    ]);
  });

  it('reads a permission to sell on site ("được bán hàng tại chỗ") as an order', () => {
    expect(quotes(measures([...ADDRESSED, '1. Các quán ăn sáng được bán hàng tại chỗ đến 21 giờ hằng ngày.']))).toEqual(['Các quán ăn sáng được bán hàng tại chỗ đến 21 giờ hằng ngày.']);
  });
});
