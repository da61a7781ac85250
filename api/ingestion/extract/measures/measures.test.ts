import { clean } from '../../clean';
import { segmentClauses } from '../../segment/clauses';
import type { Measure } from '../../../domain/facts';
import { loadSeed } from '../../../evaluation/gold';
import { extractFacts } from '../index';

function seedMeasures(name: string, ownNumber: string | null): Measure[] {
  const seed = loadSeed(name);
  return extractFacts(seed.cleaned, seed.clauses, { ownNumber, year: 2021 }).measures;
}

function textMeasures(raw: string): Measure[] {
  const cleaned = clean(raw);
  return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021 }).measures;
}

const find = (measures: Measure[], words: string) => {
  const found = measures.filter((m) => m.citation.quote.includes(words));
  expect(found).toHaveLength(1);
  return found[0];
};
const names = (m: Measure) => m.agencies.map((a) => a.canonicalName);

describe('measures of Thanh Hóa letter 402-CV/TU', () => {
  const measures = seedMeasures('004_218e12ecb44d83c2', '402-CV/TU');

  it('gives each department bullet its department, category and deadline', () => {
    const vaccination = find(measures, 'Sở Y tế xây dựng phương án');
    expect(vaccination).toMatchObject({ category: 'VACCINATION', oxcgrtCode: 'H7', strength: 'REQUIRED' });
    expect(names(vaccination)).toEqual(['Sở Y tế']);
    expect(vaccination.deadline).toMatchObject({ kind: 'BY_DATE', date: '2021-12-31' });
    const entry = find(measures, 'giải quyết thuận lợi việc nhập cảnh');
    expect(entry).toMatchObject({ category: 'BORDER_ENTRY_CONTROL', oxcgrtCode: 'C8' });
    expect(names(entry)).toEqual(['Sở Giao thông vận tải', 'Sở Ngoại vụ']);
  });

  it('passes a department on to the sentences of its bullet that do not name one', () => {
    const qr = find(measures, 'yêu cầu người dân thực hiện quét mã QR');
    expect(qr).toMatchObject({ category: 'DIGITAL_TOOLS', oxcgrtCode: 'H3' });
    expect(names(qr)).toEqual(['Sở Thông tin và Truyền thông']);
  });

  it('reads prohibitions and leaves lead-ins out', () => {
    expect(find(measures, 'không ra ngoài địa bàn tỉnh')).toMatchObject({ strength: 'FORBIDDEN', category: 'INTERNAL_MOVEMENT_TRANSPORT', oxcgrtCode: 'C7' });
    expect(find(measures, 'tuyệt đối không được lơ là').strength).toBe('FORBIDDEN');
    expect(measures.some((m) => m.citation.quote.startsWith('Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo'))).toBe(false);
    expect(find(measures, 'tuân thủ nghiêm ngặt khuyến cáo 5K')).toMatchObject({ category: 'PERSONAL_PROTECTION_5K', strength: 'REQUIRED' });
  });

  it('reads easing entry for experts as border control that eases, and 5K "kể cả" the vaccinated as 5K', () => {
    expect(find(measures, 'giải quyết thuận lợi việc nhập cảnh')).toMatchObject({ category: 'BORDER_ENTRY_CONTROL', oxcgrtCode: 'C8', direction: 'EASING' });
    expect(find(measures, 'tuân thủ nghiêm ngặt khuyến cáo 5K')).toMatchObject({ category: 'PERSONAL_PROTECTION_5K', oxcgrtCode: 'H6' });
    expect(find(measures, 'không ra ngoài địa bàn tỉnh')).toMatchObject({ direction: 'TIGHTENING' });
    expect(find(measures, 'Sở Y tế xây dựng phương án').direction).toBeNull();
  });

  it('gives the completion-days measure its structured deadline', () => {
    expect(find(measures, 'hoàn thành trong vòng 07 ngày').deadline).toMatchObject({ kind: 'WITHIN_DAYS_OF_EVENT', days: 7 });
  });
});

describe('measures of the Quảng Ninh notices', () => {
  it('follows delegation chains to the department that acts', () => {
    const measures = seedMeasures('002_d1e89d2762b589d6', '11-TB/BCĐ');
    const data = find(measures, 'yêu cầu Sở Thông tin Truyền thông chủ trì');
    expect(names(data)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(find(measures, 'chậm nhất đến ngày 30/9/2021').deadline).toMatchObject({ kind: 'BY_DATE', date: '2021-09-30' });
    expect(find(measures, 'nghiêm cấm các hành vi tiêu cực')).toMatchObject({ strength: 'FORBIDDEN', category: 'PROCUREMENT_ANTI_CORRUPTION' });
  });

  it('leaves background and praise out', () => {
    const measures = seedMeasures('002_d1e89d2762b589d6', '11-TB/BCĐ');
    expect(measures.some((m) => m.citation.quote.includes('Hơn lúc nào hết'))).toBe(false);
    expect(measures.some((m) => m.citation.quote.includes('ghi nhận, biểu dương'))).toBe(false);
  });

  it('reads the RT-PCR instruction of 370-TB/TU as testing by the health sector', () => {
    const measures = seedMeasures('001_c0365480307932db', '370-TB/TU');
    const testing = find(measures, 'Tiếp tục tăng cường năng lực xét nghiệm RT-PCR');
    expect(testing).toMatchObject({ category: 'TESTING', oxcgrtCode: 'H2' });
    expect(names(testing)).toEqual(['Ngành Y tế']);
    const seed = loadSeed('001_c0365480307932db');
    expect(seed.clauses.find((c) => c.ordinal === testing.clauseOrdinal)?.label).toBe('3');
  });
});

describe('measures of the Quảng Ninh letter of December 2020', () => {
  const measures = seedMeasures('003_f66ca6d4ce58e4a8', null);

  it('reads places after "tại" as where the rule applies, not what it is about', () => {
    expect(find(measures, 'Ban bảo vệ sức khỏe cán bộ').category).toBe('GENERAL_PREPAREDNESS');
  });

  it('reads a health check of delegates as neither testing nor inspection', () => {
    expect(find(measures, 'phải kiểm tra, sức khỏe').category).toBe('GENERAL_PREPAREDNESS');
  });
});

describe('measures of the notice 370-TB/TU', () => {
  it('splits a prohibition on leaving the province off the business order it ends', () => {
    const measures = seedMeasures('001_c0365480307932db', '370-TB/TU');
    const business = find(measures, 'từng cơ quan, doanh nghiệp phải chủ động chuẩn bị phương án');
    expect(business.category).toBe('ECONOMIC_RECOVERY');
    expect(business.citation.quote).not.toContain('ra ngoài tỉnh');
    expect(find(measures, 'không ra ngoài tỉnh nếu không thực sự cần thiết')).toMatchObject({
      category: 'INTERNAL_MOVEMENT_TRANSPORT',
      oxcgrtCode: 'C7',
      strength: 'FORBIDDEN',
      direction: 'TIGHTENING',
    });
  });
});

describe('measures in texts from other provinces', () => {
  const measures = textMeasures(
    [
      'Ủy ban nhân dân tỉnh yêu cầu:',
      '1. UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Công an tỉnh tổ chức xét nghiệm diện rộng cho người về từ vùng dịch.',
      '2. Nghiêm cấm tổ chức lễ hội, sự kiện tập trung đông người. Khuyến khích người dân hạn chế ra khỏi nhà khi không cần thiết.',
      '3. Các cơ sở kinh doanh phải bố trí điểm quét mã QR và yêu cầu khách hàng đeo khẩu trang; vận động người dân tiêm vắc xin.',
      '4. Tiếp tục hỗ trợ người dân gặp khó khăn theo Nghị quyết số 68/NQ-CP.',
    ].join('\n'),
  );

  it('reads one measure per instruction, with category, indicator, strength and the acting body', () => {
    expect(measures.map((m) => [m.category, m.oxcgrtCode, m.strength, names(m)])).toEqual([
      ['TESTING', 'H2', 'REQUIRED', ['Sở Y tế']],
      ['GATHERINGS', 'C4', 'FORBIDDEN', []],
      ['STAY_AT_HOME', 'C6', 'ENCOURAGED', []],
      ['DIGITAL_TOOLS', 'H3', 'REQUIRED', []],
      ['VACCINATION', 'H7', 'ENCOURAGED', []],
      ['SOCIAL_SUPPORT', 'E1', 'REQUIRED', []],
    ]);
  });

  it('cites the instruction itself', () => {
    expect(measures[1].citation.quote).toBe('Nghiêm cấm tổ chức lễ hội, sự kiện tập trung đông người.');
    expect(measures[4].citation.quote).toBe('vận động người dân tiêm vắc xin.');
  });
});

describe('a letter without numbered clauses', () => {
  it('reads its paragraphs as instructions, without clause ordinals', () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN TỈNH',
        'V/v tăng cường phòng, chống dịch',
        'Trước diễn biến phức tạp của dịch bệnh COVID-19 tại các tỉnh lân cận, để chủ động kiểm soát dịch, Ủy ban nhân dân tỉnh yêu cầu:',
        'Sở Y tế khẩn trương tổ chức xét nghiệm cho toàn bộ người về từ vùng có dịch.',
        'Công an tỉnh chủ trì xử phạt nghiêm các trường hợp không đeo khẩu trang nơi công cộng.',
      ].join('\n'),
    );
    expect(measures.map((m) => [m.category, names(m), m.clauseOrdinal])).toEqual([
      ['TESTING', ['Sở Y tế'], null],
      ['ENFORCEMENT_INSPECTION', ['Công an tỉnh'], null],
    ]);
  });

  it('reads short lines right after addressees that end with a full stop as its body', () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN TỈNH',
        'V/v tổ chức việc tang trong thời gian phòng, chống dịch COVID-19',
        'Kính gửi: UBND các huyện, thị xã, thành phố.',
        'Lễ tang tổ chức không quá 15 người.',
        'Người tử vong do COVID-19 được hỏa táng trong 24 giờ.',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
      ].join('\n'),
    );
    expect(measures.map((m) => m.citation.quote)).toEqual(['Lễ tang tổ chức không quá 15 người.', 'Người tử vong do COVID-19 được hỏa táng trong 24 giờ.']);
  });
});

describe('orders opened by a verb of organising or supplying', () => {
  it('reads "kiện toàn", "trưng dụng", "bổ sung" and the like as instructions', () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN TỈNH',
        'V/v tăng cường phòng, chống dịch',
        'Ủy ban nhân dân tỉnh yêu cầu:',
        '1. Ủy ban nhân dân các xã kiện toàn Tổ COVID cộng đồng tại các thôn, tổ dân phố.',
        '2. Trưng dụng ký túc xá làm khu cách ly tập trung.',
        '3. Sở Y tế mua bổ sung 20 máy thở cho Bệnh viện Đa khoa tỉnh.',
      ].join('\n'),
    );
    expect(measures.map((m) => m.category)).toEqual(['CONTACT_TRACING', 'QUARANTINE_ISOLATION', 'TREATMENT_CAPACITY']);
  });
});

describe('the section heading an order sits under', () => {
  it('names its topic by what it lists, which no weight for "đối với" or "tại" discounts', () => {
    const measures = textMeasures(
      [
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
        'V/v tổ chức dạy học trực tiếp',
        'I. TÌNH HÌNH',
        'Tỷ lệ tiêm vắc xin cho học sinh đạt trên 95%.',
        'II. YÊU CẦU ĐỐI VỚI CÁC CƠ SỞ GIÁO DỤC',
        'Sở Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường thực hiện:',
        'a) Không bắt buộc học sinh xét nghiệm SARS-CoV-2 khi đến trường.',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.category} ${m.citation.quote}`)).toEqual(['SCHOOLS Không bắt buộc học sinh xét nghiệm SARS-CoV-2 khi đến trường.']);
  });

  it("takes an article's title for the items under it, and not the article's before it", () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
        'Số: 1302/QĐ-UBND',
        'QUYẾT ĐỊNH',
        'Về biện pháp phòng, chống dịch COVID-19',
        'QUYẾT ĐỊNH:',
        'Điều 1. Đối tượng áp dụng: người dân và cơ sở kinh doanh trên địa bàn tỉnh.',
        'Điều 2. Biện pháp tại chợ, siêu thị',
        '1. Đo thân nhiệt cho 100% người ra vào.',
        '2. Bố trí lối đi một chiều.',
        'Điều 3. Biện pháp chung',
        '1. Đo thân nhiệt cho mọi người ra vào trụ sở.',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.category} ${m.citation.quote}`)).toEqual([
      'WORKPLACES Đo thân nhiệt cho 100% người ra vào.',
      'WORKPLACES Bố trí lối đi một chiều.',
      'GENERAL_PREPAREDNESS Đo thân nhiệt cho mọi người ra vào trụ sở.',
    ]);
  });
});

describe('leaving or entering an area', () => {
  it('reads an order not to leave a commune or a green zone, or not to enter a hamlet, as a movement ban', () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH',
        'Số: 415/TB-UBND',
        'THÔNG BÁO',
        'Về việc bảo vệ vùng xanh',
        'UBND huyện thông báo:',
        '1. Người dân không ra khỏi vùng xanh, trừ trường hợp đi khám, chữa bệnh.',
        '2. Người ngoài địa phương không được vào thôn.',
        '3. Người dân không ra khỏi nhà khi không cần thiết.',
        '4. Không cho người, phương tiện ra, vào vùng cách ly, trừ xe cấp cứu.',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.category} ${m.strength} ${m.citation.quote}`)).toEqual([
      'INTERNAL_MOVEMENT_TRANSPORT FORBIDDEN Người dân không ra khỏi vùng xanh, trừ trường hợp đi khám, chữa bệnh.',
      'INTERNAL_MOVEMENT_TRANSPORT FORBIDDEN Người ngoài địa phương không được vào thôn.',
      'STAY_AT_HOME FORBIDDEN Người dân không ra khỏi nhà khi không cần thiết.',
      'INTERNAL_MOVEMENT_TRANSPORT FORBIDDEN Không cho người, phương tiện ra, vào vùng cách ly, trừ xe cấp cứu.',
    ]);
  });
});

describe('tables of measures by level', () => {
  it("reads each cell as a measure about its row's label, and the labels as no measures", () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN TỈNH',
        'QUYẾT ĐỊNH',
        'Điều 1. Các biện pháp áp dụng theo cấp độ dịch như sau:',
        '',
        '| TT | Hoạt động | Cấp độ 1 | Cấp độ 2 |',
        '|---|---|---|---|',
        '| 1 | Đám cưới, đám tang | Không quá 50 người | Không tổ chức |',
        '| 2 | Nhà hàng, quán ăn | Không quá 50% công suất | Chỉ bán mang về |',
        '| 3 | Vận chuyển hành khách công cộng | Không quá 70% số ghế | Dừng hoạt động |',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.category} ${m.strength} ${m.citation.quote}`)).toEqual([
      'GATHERINGS REQUIRED Không quá 50 người',
      'GATHERINGS FORBIDDEN Không tổ chức',
      'WORKPLACES REQUIRED Không quá 50% công suất',
      'WORKPLACES REQUIRED Chỉ bán mang về',
      'INTERNAL_MOVEMENT_TRANSPORT REQUIRED Không quá 70% số ghế',
      'INTERNAL_MOVEMENT_TRANSPORT REQUIRED Dừng hoạt động',
    ]);
  });
});

describe("a press release's decisions", () => {
  it("reads the items of a list opened by the committee's agreement as measures, whoever they name", () => {
    const raw = [
      'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH',
      'THÔNG CÁO BÁO CHÍ',
      'Chiều 10/8/2021, Ban Chỉ đạo tỉnh họp trực tuyến với các huyện; Sở Y tế báo cáo tình hình dịch.',
      'Sau khi nghe báo cáo, Ban Chỉ đạo tỉnh thống nhất các nội dung sau:',
      '1. Sở Y tế tổ chức xét nghiệm cho toàn bộ người dân tại các vùng phong tỏa.',
      '2. Công an tỉnh duy trì các chốt kiểm soát tại cửa ngõ vào tỉnh.',
    ].join('\n');
    const cleaned = clean(raw);
    const measures = extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, kind: 'THONG_CAO_BAO_CHI' }).measures;
    expect(measures.map((m) => [m.category, m.citation.quote])).toEqual([
      ['TESTING', 'Sở Y tế tổ chức xét nghiệm cho toàn bộ người dân tại các vùng phong tỏa.'],
      ['INTERNAL_MOVEMENT_TRANSPORT', 'Công an tỉnh duy trì các chốt kiểm soát tại cửa ngõ vào tỉnh.'],
    ]);
  });
});

describe('a count stated', () => {
  it('takes no measure from "Số ca nặng phải thở oxy là 47 ca" and keeps a cap stated with "tối đa là"', () => {
    const quotes = textMeasures('1. Số ca nặng phải thở oxy là 47 ca.\n2. Số lượng khách tối đa là 30 người mỗi đoàn.').map((m) => m.citation.quote);
    expect(quotes).toEqual(['Số lượng khách tối đa là 30 người mỗi đoàn.']);
    // After a word of the present too.
    expect(textMeasures('1. Hiện, số trường hợp mắc COVID-19 đang điều trị tại tỉnh là 276, trong đó 19 ca nặng.')).toEqual([]);
  });
});

describe('findings of past inspections and the state of things', () => {
  it('takes no measure from what inspections found or what is still done, and keeps an order framed by "Hiện nay"', () => {
    const quotes = textMeasures(
      [
        '1. Qua kiểm tra, phát hiện 45 cơ sở vi phạm, đình chỉ hoạt động 12 cơ sở.',
        '2. Trong tuần qua, Công an tỉnh xử phạt 215 trường hợp không đeo khẩu trang.',
        '3. Qua giám sát, một số địa phương chưa công khai việc phân bổ tiền ủng hộ.',
        '4. Hiện nay, một số cơ quan, doanh nghiệp vẫn còn sử dụng mã QR dán tại cổng ra, vào.',
        '5. Hiện nay, dịch bệnh diễn biến phức tạp, yêu cầu các địa phương tăng cường kiểm tra.',
      ].join('\n'),
    ).map((m) => m.citation.quote);
    expect(quotes).toEqual(['Hiện nay, dịch bệnh diễn biến phức tạp, yêu cầu các địa phương tăng cường kiểm tra.']);
  });

  it('takes no measure from what was seen in a time just past, unless it binds someone', () => {
    const quotes = textMeasures(
      [
        '1. Cuối tuần qua, nhiều người dân tập trung tại công viên để tập thể dục.',
        '2. Trong dịp nghỉ lễ vừa qua, lượng người đến các bãi biển tăng cao, nhiều người không giữ khoảng cách.',
        '3. Tạm dừng hoạt động tắm biển.',
        '4. Những ngày qua, các huyện phải kiểm soát chặt người ra vào.',
        '5. Trong 14 ngày qua, người đi về từ vùng dịch phải khai báo y tế.',
      ].join('\n'),
    ).map((m) => m.citation.quote);
    expect(quotes).toEqual(['Tạm dừng hoạt động tắm biển.', 'Những ngày qua, các huyện phải kiểm soát chặt người ra vào.', 'Trong 14 ngày qua, người đi về từ vùng dịch phải khai báo y tế.']);
  });
});

describe('a sanction given to a body made for another task', () => {
  it("reads the newspaper's order to inform as information and its order to punish as enforcement", () => {
    const ms = textMeasures('1. Báo Hưng Yên, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục hỏi đáp về tiêm vắc xin; xử lý nghiêm các hành vi đưa tin sai sự thật về vắc xin.');
    expect(ms.map((m) => [m.category, m.citation.quote])).toEqual([
      ['PUBLIC_INFORMATION', 'Báo Hưng Yên, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục hỏi đáp về tiêm vắc xin'],
      ['ENFORCEMENT_INSPECTION', 'xử lý nghiêm các hành vi đưa tin sai sự thật về vắc xin.'],
    ]);
  });
});

describe('an order to follow a quoted motto', () => {
  it('reads the motto\'s words as its name, not as the topic ("phát hiện sớm, cách ly nhanh, ...")', () => {
    const ms = textMeasures('1. Thực hiện nghiêm phương châm "phát hiện sớm, cách ly nhanh, khoanh vùng gọn, dập dịch triệt để" và "4 tại chỗ".');
    expect(ms.map((m) => m.category)).toEqual(['GENERAL_PREPAREDNESS']);
  });

  it('takes the topic of a motto of one topic when the order names nothing else', () => {
    const ms = textMeasures('1. Người dân thực hiện nghiêm "ai ở đâu ở yên đó".\n2. Kiên trì chiến lược "5K + vắc xin".\n3. Các doanh nghiệp không phải thực hiện "3 tại chỗ".');
    expect(ms.map((m) => m.category)).toEqual(['STAY_AT_HOME', 'GENERAL_PREPAREDNESS', 'WORKPLACES']);
  });
});

describe('a dispatch typed all in capitals', () => {
  it('reads its orders, though each is a line of capitals, and still takes a short heading for none', () => {
    const quotes = textMeasures(
      'II. TỔ CHỨC THỰC HIỆN.\n1. KHÔNG TẬP TRUNG QUÁ 2 NGƯỜI NGOÀI PHẠM VI CÔNG SỞ, TRƯỜNG HỌC, BỆNH VIỆN.\n2. SỞ Y TẾ TỔ CHỨC XÉT NGHIỆM CHO 100% HỘ GIA ĐÌNH TẠI CÁC KHU VỰC NGUY CƠ CAO.',
    ).map((m) => m.citation.quote);
    expect(quotes).toEqual([
      'KHÔNG TẬP TRUNG QUÁ 2 NGƯỜI NGOÀI PHẠM VI CÔNG SỞ, TRƯỜNG HỌC, BỆNH VIỆN.',
      'SỞ Y TẾ TỔ CHỨC XÉT NGHIỆM CHO 100% HỘ GIA ĐÌNH TẠI CÁC KHU VỰC NGUY CƠ CAO.',
    ]);
  });
});

describe('measures of a letter in lettered parts', () => {
  it('reads the items under "A. Đối với người dân" and "B. Đối với các cơ quan, đơn vị", and neither part title', () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
        'Số: 2210/UBND-VX',
        'Yên Bái, ngày 16 tháng 8 năm 2021',
        'Ủy ban nhân dân tỉnh yêu cầu:',
        'A. Đối với người dân',
        'a) Người về từ vùng dịch phải tự cách ly tại nhà 7 ngày;',
        'b) Hạn chế ra khỏi nhà khi không cần thiết.',
        'B. Đối với các cơ quan, đơn vị',
        'a) Sở Y tế chuẩn bị 200 giường cách ly tập trung.',
        'b) Công an tỉnh xử lý nghiêm các trường hợp vi phạm.',
        'Nơi nhận:',
        '- Như trên;',
      ].join('\n'),
    );
    expect(measures.map((m) => [m.category, m.citation.quote])).toEqual([
      ['QUARANTINE_ISOLATION', 'Người về từ vùng dịch phải tự cách ly tại nhà 7 ngày'],
      ['STAY_AT_HOME', 'Hạn chế ra khỏi nhà khi không cần thiết.'],
      ['QUARANTINE_ISOLATION', 'Sở Y tế chuẩn bị 200 giường cách ly tập trung.'],
      ['ENFORCEMENT_INSPECTION', 'Công an tỉnh xử lý nghiêm các trường hợp vi phạm.'],
    ]);
  });
});

describe('measures of a letter numbered "1/" and one bulleted in a symbol font', () => {
  it('reads each item, quoted without its number or bullet', () => {
    const letter = (items: string[]) => ['ỦY BAN NHÂN DÂN TỈNH YÊN BÁI', 'Số: 2211/UBND-VX', 'Ủy ban nhân dân tỉnh yêu cầu:', ...items, 'Nơi nhận:', '- Như trên;'].join('\n');
    const quotes = (raw: string) => textMeasures(raw).map((m) => m.citation.quote);
    expect(quotes(letter(['1/ Tạm dừng các hoạt động tập trung đông người;', '2/ Sở Y tế chuẩn bị 200 giường cách ly tập trung.']))).toEqual([
      'Tạm dừng các hoạt động tập trung đông người',
      'Sở Y tế chuẩn bị 200 giường cách ly tập trung.',
    ]);
    expect(quotes(letter(['\uf0a7 Tạm dừng các hoạt động tập trung đông người;', '\uf0a7 Sở Y tế chuẩn bị 200 giường cách ly tập trung.']))).toEqual([
      'Tạm dừng các hoạt động tập trung đông người',
      'Sở Y tế chuẩn bị 200 giường cách ly tập trung.',
    ]);
  });
});

describe('measures of a news article reprinting a letter', () => {
  it("reads the letter's orders, not a quoted official's words, what was allowed before or a note to readers", () => {
    const article = [
      'Tỉnh Bắc Giang yêu cầu xét nghiệm toàn bộ công nhân khu công nghiệp',
      '(BGĐT) - Chiều 18/5/2021, UBND tỉnh Bắc Giang ban hành Công văn số 1680/UBND-KGVX về tăng cường phòng, chống dịch COVID-19 tại các khu công nghiệp.',
      'Theo đó, UBND tỉnh yêu cầu tổ chức xét nghiệm cho 100% công nhân trong vòng 7 ngày.',
      '"Chúng tôi đang huy động tối đa lực lượng để truy vết", ông Hưng nói.',
      '"Các doanh nghiệp phải xét nghiệm định kỳ cho công nhân", bà Trần Thị Lan, Phó Giám đốc Sở Y tế, cho biết.',
      'Trước đó, ngày 15/5, tỉnh đã cho phép các doanh nghiệp hoạt động trở lại nếu bảo đảm an toàn.',
      'Độc giả có thể theo dõi thông tin tại chuyên mục "Phòng, chống dịch COVID-19".',
    ].join('\n');
    expect(textMeasures(article).map((m) => m.citation.quote)).toEqual(['Theo đó, UBND tỉnh yêu cầu tổ chức xét nghiệm cho 100% công nhân trong vòng 7 ngày.']);
  });

  it("reads the newspaper's note that the whole letter follows as no measure", () => {
    const article = [
      'Từ 0 giờ ngày 23/9, tỉnh mở lại một số hoạt động',
      'Đêm 22/9, UBND tỉnh ban hành Công văn số 13520/UBND-VP về việc tiếp tục phòng, chống dịch COVID-19.',
      'Báo Bà Rịa - Vũng Tàu xin giới thiệu toàn văn Công văn số 13520/UBND-VP.',
      'Các cơ sở kinh doanh dịch vụ ăn uống chỉ bán mang về, không phục vụ tại chỗ.',
    ].join('\n');
    expect(textMeasures(article).map((m) => m.citation.quote)).toEqual(['Các cơ sở kinh doanh dịch vụ ăn uống chỉ bán mang về, không phục vụ tại chỗ.']);
  });
});

describe('the documents a letter carries out', () => {
  const letter = (body: string[]) =>
    ['ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ', 'Số: 3318/UBND-KGVX', 'V/v tăng cường phòng, chống dịch COVID-19', 'Phú Thọ, ngày 25 tháng 8 năm 2021', ...body, 'Nơi nhận:', '- Như trên;'].join('\n');

  it('takes no measure from a paragraph that only names them, however many, with their issuers and subjects', () => {
    const quotes = textMeasures(
      letter([
        'Thực hiện Công điện số 1102/CĐ-TTg ngày 23/8/2021 của Thủ tướng Chính phủ về việc tăng cường các biện pháp cấp bách phòng, chống dịch COVID-19; Công văn số 5599/BYT-MT ngày 14/7/2021 của Bộ Y tế về tăng cường phòng, chống dịch tại cơ sở sản xuất, kinh doanh.',
        'Triển khai Kế hoạch số 120/KH-UBND ngày 02/7/2021 của UBND tỉnh về tiêm chủng vắc xin phòng COVID-19.',
        'Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Thông báo số 412/TB-UBND ngày 20/8/2021.',
        'Ủy ban nhân dân tỉnh yêu cầu:',
        '1. Các cơ sở sản xuất bố trí không quá 50% số lao động làm việc tại nhà máy.',
      ]),
    ).map((m) => m.citation.quote);
    expect(quotes).toEqual(['Các cơ sở sản xuất bố trí không quá 50% số lao động làm việc tại nhà máy.']);
  });

  it('takes no measure from one more document after ";" whose title has no "về việc" ("...; Kế hoạch số ... triển khai ...")', () => {
    const quotes = textMeasures(
      letter([
        'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; Kế hoạch số 71/KH-UBND ngày 04/8/2021 của UBND tỉnh triển khai cấp thẻ đi chợ cho hộ gia đình; Công điện số 1063/CĐ-TTg ngày 14/8/2021 của Thủ tướng Chính phủ yêu cầu tăng cường kiểm soát dịch;',
        'Ủy ban nhân dân tỉnh yêu cầu:',
        '1. Các chợ dân sinh chỉ bán lương thực, thực phẩm.',
      ]),
    ).map((m) => m.citation.quote);
    expect(quotes).toEqual(['Các chợ dân sinh chỉ bán lương thực, thực phẩm.']);
  });

  it('keeps an order that follows them after a comma, a document applied somewhere, and an item that carries a plan out', () => {
    const quotes = textMeasures(
      letter([
        'Thực hiện Công văn số 215/UBND-VX ngày 14/01/2022 của UBND tỉnh, các xã, thị trấn tổ chức đón Tết an toàn, không bắn pháo hoa.',
        'Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ trên toàn tỉnh từ 0 giờ ngày 24/8/2021.',
        'Ủy ban nhân dân tỉnh yêu cầu:',
        '1. Thực hiện Kế hoạch số 120/KH-UBND ngày 02/7/2021 của UBND tỉnh về tiêm chủng vắc xin phòng COVID-19.',
      ]),
    ).map((m) => m.citation.quote);
    expect(quotes).toEqual([
      'Thực hiện Công văn số 215/UBND-VX ngày 14/01/2022 của UBND tỉnh, các xã, thị trấn tổ chức đón Tết an toàn, không bắn pháo hoa.',
      'Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ trên toàn tỉnh từ 0 giờ ngày 24/8/2021.',
      'Thực hiện Kế hoạch số 120/KH-UBND ngày 02/7/2021 của UBND tỉnh về tiêm chủng vắc xin phòng COVID-19.',
    ]);
  });

  it('reads a proposal considered ("Xét đề nghị của Sở Y tế tại ...") as a basis: alone it orders nothing, the order after its comma does', () => {
    const quotes = textMeasures(
      letter([
        'Xét đề nghị của Sở Y tế tại Tờ trình số 12/TTr-SYT ngày 18/3/2020.',
        'Xét đề nghị của Sở Y tế tại Công văn số 215/SYT-NVY ngày 20/3/2020, UBND tỉnh yêu cầu tạm dừng hoạt động các cơ sở karaoke, quán bar từ ngày 21/3/2020.',
      ]),
    ).map((m) => m.citation.quote);
    expect(quotes).toEqual(['Xét đề nghị của Sở Y tế tại Công văn số 215/SYT-NVY ngày 20/3/2020, UBND tỉnh yêu cầu tạm dừng hoạt động các cơ sở karaoke, quán bar từ ngày 21/3/2020.']);
  });
});

describe('tasks listed under a body\'s name', () => {
  it('gives the tasks under a heading of nothing but bodies\' names those bodies, and none under a heading that says more', () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN TỈNH',
        'Số: 1402/KH-UBND',
        'KẾ HOẠCH',
        'Tổ chức thực hiện',
        '1. Sở Y tế:',
        '- Hướng dẫn quy trình xử lý thi hài người tử vong do COVID-19.',
        '- Tập huấn cho lực lượng vận chuyển thi hài.',
        '2. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh',
        '- Bố trí lực lượng bảo đảm an ninh tại khu cách ly tập trung.',
        '3. Phối hợp với Công an tỉnh:',
        '- Kiểm tra các cơ sở kinh doanh dịch vụ.',
      ].join('\n'),
    );
    expect(measures.map((m) => names(m))).toEqual([['Sở Y tế'], ['Sở Y tế'], ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'], []]);
  });

  it('gives the items below a lead-in that asks named bodies alone ("UBND tỉnh yêu cầu Sở Y tế thực hiện ...:") those bodies', () => {
    const lines = (lead: string) =>
      textMeasures(['ỦY BAN NHÂN DÂN TỈNH', 'Số: 1502/UBND-VX', 'V/v tăng cường phòng, chống dịch', lead, '1. Tổ chức xét nghiệm cho người dân.', '2. Công an tỉnh bố trí lực lượng tại các chốt.'].join('\n'));
    expect(lines('UBND tỉnh yêu cầu Sở Y tế thực hiện các nội dung sau:').map((m) => names(m))).toEqual([['Sở Y tế'], ['Công an tỉnh']]);
    // Bodies no name stands for are asked too: the items are not those named alone.
    expect(lines('UBND tỉnh yêu cầu thủ trưởng các sở, ngành, Sở Y tế thực hiện các nội dung sau:').map((m) => names(m))).toEqual([[], ['Công an tỉnh']]);
  });

  it('reads "Nhiệm vụ của X:" and "Trách nhiệm của X:" as such a heading', () => {
    const measures = textMeasures(
      [
        'ỦY BAN NHÂN DÂN HUYỆN PHÚ BÌNH',
        'Số: 215/KH-UBND',
        'KẾ HOẠCH',
        'Tổ chức thực hiện',
        '1. Trách nhiệm của Trạm Y tế xã:',
        '- Cấp phát thuốc cho người mắc COVID-19 điều trị tại nhà.',
        '2. Nhiệm vụ của Công an xã:',
        '- Bảo đảm an ninh, trật tự tại các khu cách ly.',
        '3. Nhiệm vụ trong thời gian tới:',
        '- Tăng cường kiểm tra các cơ sở kinh doanh.',
      ].join('\n'),
    );
    expect(measures.map((m) => names(m))).toEqual([['Trạm Y tế cấp xã'], ['Công an cấp xã'], []]);
  });
});

describe('a cap lifted', () => {
  it('reads "không giới hạn", "không hạn chế" as an order that eases, not a prohibition', () => {
    const measures = textMeasures('THÔNG BÁO\n1. Không giới hạn số người tham dự lễ hội.\n2. Không hạn chế số lượng khách tham quan tại các khu di tích.');
    expect(measures.map((m) => [m.citation.quote, m.strength, m.direction])).toEqual([
      ['Không giới hạn số người tham dự lễ hội.', 'REQUIRED', 'EASING'],
      ['Không hạn chế số lượng khách tham quan tại các khu di tích.', 'REQUIRED', 'EASING'],
    ]);
  });
});

describe('what had to be done', () => {
  it('reads "đã phải" as a report of the past, "phải" alone as an order', () => {
    const measures = textMeasures('THÔNG BÁO\nNăm 2021 và 2022, do ảnh hưởng của dịch COVID-19, các lễ hội trên địa bàn tỉnh đã phải tạm dừng tổ chức.\nUBND tỉnh yêu cầu:\n1. Các địa phương phải tạm dừng lễ hội đến hết ngày 15/02/2022.');
    expect(measures.map((m) => m.citation.quote)).toEqual(['Các địa phương phải tạm dừng lễ hội đến hết ngày 15/02/2022.']);
  });
});

describe('staying in a flat, not visiting graves', () => {
  it('reads a ban on leaving a flat or one\'s residence as staying at home, and on visiting graves as a gathering', () => {
    const measures = textMeasures('THÔNG BÁO\nUBND tỉnh yêu cầu:\n1. Người dân không đi tảo mộ.\n2. Cư dân không ra khỏi căn hộ.\n3. Người dân không rời khỏi nơi cư trú.');
    expect(measures.map((m) => [m.citation.quote, m.category, m.strength, m.direction])).toEqual([
      ['Người dân không đi tảo mộ.', 'GATHERINGS', 'FORBIDDEN', null],
      ['Cư dân không ra khỏi căn hộ.', 'STAY_AT_HOME', 'FORBIDDEN', 'TIGHTENING'],
      ['Người dân không rời khỏi nơi cư trú.', 'STAY_AT_HOME', 'FORBIDDEN', 'TIGHTENING'],
    ]);
  });
});

describe('tasks listed under the title of who heads a body', () => {
  it('gives the tasks under "Chủ tịch UBND huyện ...:" or "Giám đốc Sở Y tế:" that body', () => {
    const measures = textMeasures(
      ['CÔNG ĐIỆN', '1. Chủ tịch UBND huyện Phú Bình:', '- Thiết lập vùng cách ly y tế đối với xóm Đồng.', '2. Giám đốc Sở Y tế:', '- Tổ chức xét nghiệm cho toàn bộ người dân xóm Đồng.'].join('\n'),
    );
    expect(measures.map((m) => names(m))).toEqual([['Ủy ban nhân dân huyện Phú Bình'], ['Sở Y tế']]);
  });
});

describe('alternatives after ";"', () => {
  it('keeps "...; hoặc ..." with the order it offers another way to meet', () => {
    const measures = textMeasures('THÔNG BÁO\nUBND tỉnh yêu cầu:\n1. Người đến tỉnh phải có giấy chứng nhận tiêm đủ 2 mũi vắc xin; hoặc giấy xác nhận khỏi bệnh COVID-19; hoặc kết quả xét nghiệm âm tính trong vòng 72 giờ.');
    expect(measures.map((m) => [m.citation.quote, m.category])).toEqual([
      ['Người đến tỉnh phải có giấy chứng nhận tiêm đủ 2 mũi vắc xin; hoặc giấy xác nhận khỏi bệnh COVID-19; hoặc kết quả xét nghiệm âm tính trong vòng 72 giờ.', 'INTERNAL_MOVEMENT_TRANSPORT'],
    ]);
  });
});

describe('a part that opens with a period already over', () => {
  it('reads "6 tháng đầu năm 2021, ..." in a letter of September 2021 as a report, a period still ahead as an order', () => {
    const cleaned = clean(
      [
        'UBND TỈNH QUẢNG TRỊ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 2345/UBND-VX',
        'Quảng Trị, ngày 15 tháng 9 năm 2021',
        'V/v duy trì hiến máu tình nguyện trong tình hình dịch COVID-19',
        'Kính gửi: Các sở, ban, ngành tỉnh.',
        '6 tháng đầu năm 2021, toàn tỉnh tiếp nhận 4.120 đơn vị máu, bằng 45% kế hoạch năm.',
        'Trong tháng 8/2021, các bệnh viện khám cho 12.400 lượt người bệnh.',
        'Để bảo đảm nguồn máu trong tình hình dịch COVID-19, UBND tỉnh yêu cầu:',
        '1. Trong tháng 10/2021, tiếp nhận ít nhất 1.500 đơn vị máu.',
        '2. Năm 2020, các huyện phải báo cáo số đơn vị máu còn thiếu.',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Nguyễn Văn Bình',
      ].join('\n'),
    );
    const measures = extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, issuedOn: '2021-09-15' }).measures;
    expect(measures.map((m) => m.citation.quote)).toEqual(['Trong tháng 10/2021, tiếp nhận ít nhất 1.500 đơn vị máu.', 'Năm 2020, các huyện phải báo cáo số đơn vị máu còn thiếu.']);
  });

  it('reads what was done in a holiday of a past year, reached since a measure began or up to now, or is under way now, as a report, an order then as an order', () => {
    const cleaned = clean(
      [
        'UBND TỈNH NAM ĐỊNH',
        'Số: 3456/UBND-VX',
        'Nam Định, ngày 10 tháng 12 năm 2021',
        'V/v tổ chức lễ Giáng sinh trong tình hình dịch COVID-19',
        'Kính gửi: Các sở, ban, ngành tỉnh.',
        '1. Mùa Giáng sinh năm 2020, 85% giáo xứ tổ chức Thánh lễ trực tuyến.',
        '2. Dịp Phật đản năm 2020, 100% chùa không tổ chức lễ tập trung.',
        '3. Qua 3 tuần triển khai, tỷ lệ tiêm mũi 1 cho trẻ từ 5 đến dưới 12 tuổi đạt 85%.',
        '4. Dịp Giáng sinh năm 2020, các giáo xứ phải tổ chức lễ trực tuyến.',
        '5. Từ ngày 01/11/2021 đến nay, đường dây nóng tiếp nhận 1.250 cuộc gọi.',
        '6. Hiện tỉnh đang cách ly tập trung 3.412 người.',
      ].join('\n'),
    );
    const facts = extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, issuedOn: '2021-12-10' });
    expect(facts.measures.map((m) => m.citation.quote)).toEqual(['Dịp Giáng sinh năm 2020, các giáo xứ phải tổ chức lễ trực tuyến.']);
    expect(facts.targets).toEqual([]);
  });

  it('reads what the time since a measure began has done as a report, and what comes after that time as an order', () => {
    const cleaned = clean(
      [
        'UBND TỈNH HẢI DƯƠNG',
        'Số: 612/UBND-VP',
        'Hải Dương, ngày 02 tháng 3 năm 2021',
        'V/v điều chỉnh biện pháp phòng, chống dịch COVID-19',
        'Kính gửi: Các sở, ban, ngành tỉnh.',
        '1. Sau 15 ngày thực hiện cách ly xã hội theo Chỉ thị số 16/CT-TTg, tình hình dịch bệnh trên địa bàn thị xã đã cơ bản được kiểm soát.',
        '2. Qua hơn 3 tuần phong tỏa thôn Kim Lai, các lực lượng đã truy vết toàn bộ người tiếp xúc.',
        '3. Sau 10 ngày thực hiện giãn cách, tổ chức xét nghiệm lần 3 cho người dân thôn Kim Lai.',
        '4. Sau 14 ngày cách ly, người đã tiêm đủ 2 mũi phải tự theo dõi sức khỏe tại nhà.',
        // So do rounds: what they found is told, the round after them ordered.
        '5. Qua 3 đợt xét nghiệm diện rộng, đã lấy 52.300 mẫu, phát hiện 12 ca dương tính.',
        '6. Sau 2 vòng xét nghiệm toàn dân, huyện đã phát hiện 40 ca dương tính.',
        '7. Sau 2 vòng xét nghiệm toàn dân, tổ chức xét nghiệm vòng 3 cho người dân thôn Kim Lai.',
      ].join('\n'),
    );
    const facts = extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, issuedOn: '2021-03-02' });
    expect(facts.measures.map((m) => m.citation.quote)).toEqual([
      'Sau 10 ngày thực hiện giãn cách, tổ chức xét nghiệm lần 3 cho người dân thôn Kim Lai.',
      'Sau 14 ngày cách ly, người đã tiêm đủ 2 mũi phải tự theo dõi sức khỏe tại nhà.',
      'Sau 2 vòng xét nghiệm toàn dân, tổ chức xét nghiệm vòng 3 cho người dân thôn Kim Lai.',
    ]);
  });
});

describe('an order that opens with "không"', () => {
  it('forbids whatever its verb, but "không có", "không quá", "không hoang mang" and "không ngừng" forbid nothing of their own', () => {
    const measures = textMeasures(
      [
        'THÔNG BÁO',
        '1. Không đốt vàng mã tại nghĩa trang.',
        '2. Không mời khách ngoài tỉnh.',
        '3. Không có ca mắc mới trong cộng đồng.',
        '4. Đài Phát thanh và Truyền hình tỉnh tuyên truyền để người dân hiểu, đồng thuận; không hoang mang, không tích trữ hàng hóa.',
        '5. Xe khách chỉ chở không quá 70% số ghế; không đón, trả khách dọc đường.',
        '6. Cán bộ, đảng viên phát huy tinh thần trách nhiệm; không ngừng nâng cao nhận thức về phòng, chống dịch.',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.strength} ${m.citation.quote}`)).toEqual([
      'FORBIDDEN Không đốt vàng mã tại nghĩa trang.',
      'FORBIDDEN Không mời khách ngoài tỉnh.',
      'REQUIRED Đài Phát thanh và Truyền hình tỉnh tuyên truyền để người dân hiểu, đồng thuận; không hoang mang, không tích trữ hàng hóa.',
      'REQUIRED Xe khách chỉ chở không quá 70% số ghế',
      'FORBIDDEN không đón, trả khách dọc đường.',
      'REQUIRED Cán bộ, đảng viên phát huy tinh thần trách nhiệm',
      'REQUIRED không ngừng nâng cao nhận thức về phòng, chống dịch.',
    ]);
  });
});

describe("the Front's standing board", () => {
  it('reads "Ban Thường trực Ủy ban MTTQ tỉnh kêu gọi ..." as the Front\'s appeal, not an order of no one', () => {
    const measures = textMeasures(['THÔNG BÁO', '1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh kêu gọi các doanh nghiệp ủng hộ Quỹ vắc xin phòng COVID-19.'].join('\n'));
    expect(measures.map((m) => [m.strength, names(m)])).toEqual([['ENCOURAGED', ['Ủy ban Mặt trận Tổ quốc tỉnh']]]);
  });
});

describe('a trader described by what they did', () => {
  it('reads "Tiểu thương đã tiêm đủ 2 liều ... xét nghiệm 07 ngày/lần" as an order, not as what was done', () => {
    const measures = textMeasures(['THÔNG BÁO', '1. Tiểu thương đã tiêm đủ 2 liều vắc xin xét nghiệm 07 ngày/lần; tiểu thương chưa tiêm xét nghiệm 03 ngày/lần.'].join('\n'));
    expect(measures.map((m) => m.citation.quote)).toEqual(['Tiểu thương đã tiêm đủ 2 liều vắc xin xét nghiệm 07 ngày/lần', 'tiểu thương chưa tiêm xét nghiệm 03 ngày/lần.']);
  });
});

describe('the cue word of a noun', () => {
  it('reads "đường hàng không", "Cảng hàng không" and "máy thở không xâm nhập" as neither forbidding nor waiving', () => {
    const measures = textMeasures(
      [
        'THÔNG BÁO',
        '1. Người nhập cảnh bằng đường hàng không được cách ly tập trung tại khách sạn.',
        '2. Công dân về nước qua đường hàng không phải khai báo y tế điện tử.',
        '3. Sở Y tế mua 40 máy thở không xâm nhập cho Bệnh viện Đa khoa tỉnh.',
        '4. Mặt hàng không thiết yếu không được bán tại chợ.',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.strength} ${m.direction} ${m.citation.quote}`)).toEqual([
      'REQUIRED TIGHTENING Người nhập cảnh bằng đường hàng không được cách ly tập trung tại khách sạn.',
      'REQUIRED null Công dân về nước qua đường hàng không phải khai báo y tế điện tử.',
      'REQUIRED null Sở Y tế mua 40 máy thở không xâm nhập cho Bệnh viện Đa khoa tỉnh.',
      'FORBIDDEN TIGHTENING Mặt hàng không thiết yếu không được bán tại chợ.',
    ]);
  });

  it('reads athletes, stadiums and supporters ("vận động viên", "sân vận động", "cổ động viên") as encouraging nothing', () => {
    const measures = textMeasures(
      [
        'THÔNG BÁO',
        '1. Vận động viên, trọng tài phải có kết quả xét nghiệm âm tính trước khi thi đấu.',
        '2. Sân vận động tỉnh tạm dừng đón khán giả.',
        '3. Cổ động viên không được tập trung trước cổng sân.',
        '4. Vận động người dân tiêm vắc xin.',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.strength} ${m.citation.quote}`)).toEqual([
      'REQUIRED Vận động viên, trọng tài phải có kết quả xét nghiệm âm tính trước khi thi đấu.',
      'REQUIRED Sân vận động tỉnh tạm dừng đón khán giả.',
      'FORBIDDEN Cổ động viên không được tập trung trước cổng sân.',
      'ENCOURAGED Vận động người dân tiêm vắc xin.',
    ]);
  });

  it('reads the time of a lockdown ("Trong thời gian phong tỏa, ...") and deliveries ("giao nhận") as no order, so the order may forbid', () => {
    const measures = textMeasures(
      [
        'THÔNG BÁO',
        '1. Trong thời gian phong tỏa, người dân không được ra khỏi nhà.',
        '2. Phong tỏa tạm thời thôn Đông, xã Bình An.',
        '3. Lái xe giao nhận hàng hóa không được xuống xe.',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.strength} ${m.citation.quote}`)).toEqual([
      'FORBIDDEN Trong thời gian phong tỏa, người dân không được ra khỏi nhà.',
      'REQUIRED Phong tỏa tạm thời thôn Đông, xã Bình An.',
      'FORBIDDEN Lái xe giao nhận hàng hóa không được xuống xe.',
    ]);
  });
});

describe('going back to work or to school', () => {
  it('reads "được đi làm", "được quay trở lại làm việc" and "được đến trường" as orders that ease', () => {
    const measures = textMeasures(
      [
        'THÔNG BÁO',
        '1. Người lao động là F1 được đi làm.',
        '2. F0 đã khỏi bệnh được quay trở lại làm việc.',
        '3. Trẻ mầm non được đến trường từ ngày 27/9/2021.',
        '4. Học sinh từ lớp 7 đến lớp 12 trở lại trường từ ngày 14/9/2021.',
      ].join('\n'),
    );
    expect(measures.map((m) => `${m.category} ${m.direction} ${m.citation.quote}`)).toEqual([
      'WORKPLACES EASING Người lao động là F1 được đi làm.',
      'WORKPLACES EASING F0 đã khỏi bệnh được quay trở lại làm việc.',
      'SCHOOLS EASING Trẻ mầm non được đến trường từ ngày 27/9/2021.',
      'SCHOOLS EASING Học sinh từ lớp 7 đến lớp 12 trở lại trường từ ngày 14/9/2021.',
    ]);
  });
});

describe('a day named at the head of an item', () => {
  it('reads a day still to come as when the order runs, a day gone as news', () => {
    const cleaned = clean(
      [
        'UBND HUYỆN CHÂU THÀNH',
        'Số: 815/KH-UBND',
        'Châu Thành, ngày 15 tháng 9 năm 2021',
        'KẾ HOẠCH',
        'Xét nghiệm SARS-CoV-2 diện rộng',
        '1. Ngày 10/9/2021, UBND huyện đã tổ chức họp Ban Chỉ đạo.',
        '2. Ngày 22/9/2021 xét nghiệm toàn bộ người dân ấp 3.',
        '3. Sáng ngày 25/9/2021, các trường tổ chức khai giảng trực tuyến.',
      ].join('\n'),
    );
    const facts = extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, issuedOn: '2021-09-15' });
    expect(facts.measures.map((m) => m.citation.quote)).toEqual(['Ngày 22/9/2021 xét nghiệm toàn bộ người dân ấp 3.', 'Sáng ngày 25/9/2021, các trường tổ chức khai giảng trực tuyến.']);
  });
});

describe('a notice read out, one short sentence a line', () => {
  it('reads each line as an order of the body, not as the header', () => {
    const cleaned = clean(
      [
        'UBND HUYỆN CẨM XUYÊN',
        'UBND XÃ CẨM BÌNH',
        'Số: 57/TB-UBND',
        'Cẩm Bình, ngày 03 tháng 8 năm 2021',
        'THÔNG BÁO',
        'V/v phòng, chống dịch COVID-19',
        'Thôn Tân Phúc có 01 ca dương tính với SARS-CoV-2.',
        'Từ 18 giờ ngày 03/8/2021, phong tỏa tạm thời thôn Tân Phúc.',
        'Chợ Cẩm Bình tạm dừng hoạt động.',
        'Bà con thôn Tân Phúc không ra khỏi nhà.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Lê Văn Tâm',
      ].join('\n'),
    );
    const facts = extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021, issuedOn: '2021-08-03' });
    expect(facts.measures.map((m) => [m.citation.quote, m.category])).toEqual([
      ['Từ 18 giờ ngày 03/8/2021, phong tỏa tạm thời thôn Tân Phúc.', 'STAY_AT_HOME'],
      ['Chợ Cẩm Bình tạm dừng hoạt động.', 'WORKPLACES'],
      ['Bà con thôn Tân Phúc không ra khỏi nhà.', 'STAY_AT_HOME'],
    ]);
  });
});

describe('a place written with its abbreviation', () => {
  it('reads who came from "TP.HCM" or "TP. Hồ Chí Minh" and had been vaccinated as the people the order binds, not a report', () => {
    const cleaned = clean('THÔNG BÁO\nUBND tỉnh yêu cầu:\n1. Người về từ TP.HCM đã tiêm đủ 2 mũi vắc xin cách ly tại nhà 7 ngày.\n2. Người về từ TP. Hồ Chí Minh đã tiêm đủ 2 mũi vắc xin cách ly tại nhà 7 ngày.');
    const facts = extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year: 2021 });
    expect(facts.measures.map((m) => m.category)).toEqual(['QUARANTINE_ISOLATION', 'QUARANTINE_ISOLATION']);
    expect(facts.targets.map((t) => `${t.metric} ${t.value}`)).toEqual(['QUARANTINE_DAYS 7', 'QUARANTINE_DAYS 7']);
  });
});

describe('relief for taxpayers, tenants and customers', () => {
  it('reads a tax deferral, rent waived and service kept for late payers as support', () => {
    const measures = textMeasures('THÔNG BÁO\nUBND tỉnh yêu cầu:\n1. Gia hạn nộp thuế 05 tháng cho người nộp thuế.\n2. Miễn tiền thuê nhà ở xã hội đến hết năm 2021.\n3. Không cắt điện, cắt nước đối với khách hàng chậm thanh toán.');
    expect(measures.map((m) => [m.citation.quote, m.category, m.strength])).toEqual([
      ['Gia hạn nộp thuế 05 tháng cho người nộp thuế.', 'SOCIAL_SUPPORT', 'REQUIRED'],
      ['Miễn tiền thuê nhà ở xã hội đến hết năm 2021.', 'SOCIAL_SUPPORT', 'REQUIRED'],
      ['Không cắt điện, cắt nước đối với khách hàng chậm thanh toán.', 'SOCIAL_SUPPORT', 'FORBIDDEN'],
    ]);
    // A fee waived is relief ordered, not a prohibition; collecting from pupils against the rules stays forbidden.
    const fees = textMeasures('THÔNG BÁO\nUBND tỉnh yêu cầu:\n1. Không thu học phí học kỳ I năm học 2021-2022.\n2. Tuyệt đối không thu bất kỳ khoản tiền xét nghiệm nào của học sinh.');
    expect(fees.map((m) => [m.strength, m.direction])).toEqual([
      ['REQUIRED', 'EASING'],
      ['FORBIDDEN', 'TIGHTENING'],
    ]);
  });
});

describe('"để Nhân dân biết"', () => {
  it('reads it after an order with a topic as that order\'s purpose, and alone as the text\'s closing formula', () => {
    const measures = textMeasures(
      'THÔNG BÁO\nUBND tỉnh yêu cầu:\n1. Đài Phát thanh và Truyền hình tỉnh thông tin lịch tiêm vắc xin để Nhân dân biết, thực hiện.\n2. Sở Y tế tổ chức tiêm vắc xin.\nBan Chỉ đạo tỉnh thông tin để các cơ quan, đơn vị và Nhân dân được biết./.',
    );
    expect(measures.map((m) => m.citation.quote)).toEqual(['Đài Phát thanh và Truyền hình tỉnh thông tin lịch tiêm vắc xin để Nhân dân biết, thực hiện.', 'Sở Y tế tổ chức tiêm vắc xin.']);
  });

  it('reads a board\'s or a department\'s closing ("... biết, chủ động thực hiện", "trân trọng đề nghị ... phối hợp") as the closing formula', () => {
    const measures = textMeasures(
      [
        'THÔNG BÁO',
        '1. Tạm dừng thông quan hàng hóa qua cửa khẩu từ ngày 20/8/2021.',
        '2. Công an tỉnh phối hợp với Sở Y tế kiểm tra các chốt.',
        'Ban Quản lý Khu kinh tế thông báo để các doanh nghiệp, lái xe biết, chủ động thực hiện./.',
        'Sở Công Thương trân trọng đề nghị các Sở Công Thương phối hợp./.',
      ].join('\n'),
    );
    expect(measures.map((m) => m.citation.quote)).toEqual(['Tạm dừng thông quan hàng hóa qua cửa khẩu từ ngày 20/8/2021.', 'Công an tỉnh phối hợp với Sở Y tế kiểm tra các chốt.']);
  });
});
