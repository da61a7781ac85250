import { defaultLexicons } from '../../lexicons';
import { view } from '../../phrases/patterns';
import { categorise } from './categorise';

// Made-up instructions, one shape each: the taxonomy's restriction families and the rules that weigh a
// keyword by where it stands.

const lex = defaultLexicons();
const of = (sentence: string) => categorise(view(sentence), 0, sentence.length, lex);
const category = (sentence: string) => of(sentence).category;

describe('the taxonomy of restrictions (OxCGRT C1-C8)', () => {
  it('reads distancing regimes, staying at home, curfews and area lockdowns as STAY_AT_HOME (C6)', () => {
    for (const s of [
      'Thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg trên địa bàn thị xã từ 0 giờ ngày 05/9/2021.',
      'Các phường còn lại áp dụng biện pháp theo Chỉ thị số 15/CT-TTg.',
      'Các huyện còn lại áp dụng Chỉ thị 15.',
      'Gia đình cách ly với gia đình, tổ dân phố cách ly với tổ dân phố, xã cách ly với xã.',
      'Cách ly y tế toàn bộ thôn Tiền Phong, xã Tân Phong tối thiểu 14 ngày.',
      'Khoanh vùng, phong tỏa khu dân cư số 3, phường Quang Trung.',
      'Chuyển từ Chỉ thị 16 sang Chỉ thị 15 kể từ 0 giờ ngày 10/9/2021.',
      'Người dân ở tại nhà, chỉ ra ngoài khi thật sự cần thiết; không ra đường sau 21 giờ.',
      'Phong tỏa tạm thời thôn Đông, xã Bình An trong 14 ngày.',
      'Thiết lập vùng cách ly y tế đối với tổ dân phố 3.',
    ]) {
      expect([s, of(s).category, of(s).oxcgrtCode]).toEqual([s, 'STAY_AT_HOME', 'C6']);
    }
  });

  it('reads school closing and teaching online or in person as SCHOOLS (C1)', () => {
    expect(of('Cho học sinh mầm non, tiểu học nghỉ học từ ngày 10/9/2021.')).toMatchObject({ category: 'SCHOOLS', oxcgrtCode: 'C1' });
    expect(category('Học sinh trung học cơ sở học trực tuyến đến khi có thông báo mới.')).toBe('SCHOOLS');
    expect(category('Các trường tổ chức dạy học trực tiếp trở lại từ ngày 07/02/2022.')).toBe('SCHOOLS');
    // How a school day runs: its sessions, periods, class sizes and lunch at school.
    expect(category('Mỗi buổi học không quá 4 tiết.')).toBe('SCHOOLS');
    expect(category('Không tổ chức ăn bán trú tập trung trong 14 ngày đầu.')).toBe('SCHOOLS');
    expect(category('Bảo đảm sĩ số không quá 20 em một phòng.')).toBe('SCHOOLS');
  });

  it('reads closing or limiting businesses, services, markets and offices as WORKPLACES (C2)', () => {
    expect(of('Tạm dừng hoạt động quán bar, cơ sở massage và phòng tập thể hình.')).toMatchObject({ category: 'WORKPLACES', oxcgrtCode: 'C2' });
    expect(category('Quán ăn, quán cà phê chỉ bán mang về.')).toBe('WORKPLACES');
    expect(category('Cơ quan nhà nước bố trí tối đa 40% cán bộ làm việc tại trụ sở, số còn lại làm việc tại nhà.')).toBe('WORKPLACES');
    expect(category('Chợ dân sinh chỉ mở cửa từ 6 giờ đến 12 giờ hằng ngày, bán hàng giãn cách.')).toBe('WORKPLACES');
  });

  it('reads sport and exercise in public, spelt with or without its comma, as GATHERINGS; a gym as a workplace', () => {
    expect(category('Tạm dừng các hoạt động thể dục, thể thao.')).toBe('GATHERINGS');
    expect(category('Cho phép tổ chức các hoạt động thể dục, thể thao ngoài trời.')).toBe('GATHERINGS');
    expect(category('Tạm dừng các hoạt động thể dục thể thao ngoài trời.')).toBe('GATHERINGS');
    expect(category('Tạm dừng hoạt động các cơ sở thể dục thể thao trong nhà, phòng tập gym.')).toBe('WORKPLACES');
  });

  it('gives a keyword its own indicator where it is more specific than its category', () => {
    expect(of('Không tổ chức lễ hội, sự kiện đông người.')).toMatchObject({ category: 'GATHERINGS', oxcgrtCode: 'C3' });
    expect(of('Dừng vận chuyển hành khách công cộng bằng xe buýt trong nội thành.')).toMatchObject({ category: 'INTERNAL_MOVEMENT_TRANSPORT', oxcgrtCode: 'C5' });
  });

  it('follows the conventions of the gold set for declarations, arrivals and supplies', () => {
    expect(category('Người về từ vùng dịch phải khai báo y tế ngay khi đến địa phương.')).toBe('DIGITAL_TOOLS');
    expect(category('Người đến tỉnh phải có giấy xác nhận kết quả xét nghiệm âm tính trong vòng 72 giờ.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Sở Công Thương bảo đảm cung ứng hàng hóa thiết yếu, không để khan hiếm.')).toBe('ECONOMIC_RECOVERY');
    expect(category('Hỗ trợ tiền ăn 60.000 đồng/người/ngày cho người cách ly tập trung.')).toBe('SOCIAL_SUPPORT');
  });
});

describe('where a keyword stands', () => {
  it('takes places listed after "tại" as where the rule applies, not what it is', () => {
    expect(category('Thực hiện nghiêm các quy định phòng, chống dịch tại nhà ga, bến xe, chợ, bệnh viện và trường học.')).toBe('GENERAL_PREPAREDNESS');
    // One place still names the topic when nothing else does.
    expect(category('Bảo đảm an ninh trật tự tại các điểm tiêm.')).toBe('VACCINATION');
    // "tại" inside a keyword is no place: "làm việc tại nhà".
    expect(category('Bố trí cán bộ làm việc tại nhà.')).toBe('WORKPLACES');
  });

  it('takes a condition opened by "khi" or "nếu" as when, not what', () => {
    expect(category('Khi ra khỏi nhà phải giữ khoảng cách tối thiểu 2 mét.')).toBe('PERSONAL_PROTECTION_5K');
    expect(category('F0 kết thúc cách ly sau 07 ngày nếu xét nghiệm nhanh kháng nguyên âm tính vào ngày thứ 7.')).toBe('QUARANTINE_ISOLATION');
  });

  it('takes what stands before "thì" as whom or when, the order after it as what', () => {
    expect(category('Những người không phải lấy mẫu xét nghiệm thì hạn chế tập trung đông người, không đến chợ, siêu thị.')).toBe('GATHERINGS');
    expect(category('Người đã tiêm đủ liều vắc xin thì thực hiện tự theo dõi sức khỏe tại nhà.')).toBe('QUARANTINE_ISOLATION');
  });

  it('takes a relative clause or a "kể cả" condition as who, not what', () => {
    expect(category('Người đã tiêm đủ hai mũi vắc xin cách ly tại nhà 7 ngày.')).toBe('QUARANTINE_ISOLATION');
    expect(category('Người về từ khu vực đang phong tỏa phải cách ly tập trung.')).toBe('QUARANTINE_ISOLATION');
    expect(category('Đeo khẩu trang nơi công cộng, kể cả người đã tiêm đủ liều vắc xin.')).toBe('PERSONAL_PROTECTION_5K');
    expect(category('F1 chưa tiêm đủ liều vắc xin: cách ly tại nhà 10 ngày.')).toBe('QUARANTINE_ISOLATION');
  });

  it('takes a list of actors after "là", and what happens "sau khi", as context', () => {
    expect(category('Chuẩn bị các điều kiện chuyển sang trạng thái mới với 3 trụ cột là Nhà nước - Doanh nghiệp - Người dân.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Sau khi hoàn thành tiêm mũi 2 cho toàn dân phải xây dựng chiến lược phòng, chống dịch lâu dài.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Xử lý nghiêm các trường hợp ra đường không có lý do chính đáng.')).toBe('ENFORCEMENT_INSPECTION');
    expect(category('Đẩy mạnh tuyên truyền về lợi ích của tiêm vắc xin.')).toBe('PUBLIC_INFORMATION');
  });

  it('takes the words of a quote after a verb that spreads a message as the message, not the order', () => {
    expect(category('Treo băng rôn với các khẩu hiệu: "Ở nhà là yêu nước", "Thanh niên tình nguyện - Vì sức khỏe cộng đồng".')).toBe('PUBLIC_INFORMATION');
    expect(category('Thực hiện nghiêm "Ở nhà là yêu nước", hạn chế ra khỏi nhà.')).toBe('STAY_AT_HOME');
  });

  it('reads a health check as no inspection', () => {
    expect(category('Đoàn công tác phải kiểm tra sức khỏe trước khi lên đường.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Tăng cường kiểm tra, xử lý vi phạm.')).toBe('ENFORCEMENT_INSPECTION');
  });

  it('takes the words of a place\'s name ("xã Bảo Đài", "thị trấn Chợ Mới", "khu phố Nhà Thờ") for no topic', () => {
    expect(of('Phong tỏa tạm thời xã Bảo Đài, huyện Lục Nam.')).toMatchObject({ category: 'STAY_AT_HOME', otherCategories: [] });
    expect(of('Tổ chức xét nghiệm cho toàn bộ người dân thị trấn Chợ Mới.')).toMatchObject({ category: 'TESTING', otherCategories: [] });
    expect(of('Cách ly y tế khu phố Nhà Thờ, phường Trần Phú.')).toMatchObject({ category: 'STAY_AT_HOME', otherCategories: [] });
    // Not a name: a lower-case word after the unit, or a capital in a text set in capitals.
    expect(category('Tạm dừng hoạt động chợ Bảo Đài.')).toBe('WORKPLACES');
    expect(category('MỌI NGƯỜI TRONG XÓM Ở YÊN TẠI NHÀ, KHÔNG SANG NHÀ KHÁC.')).toBe('STAY_AT_HOME');
  });

  it('takes an area\'s head count ("gồm 120 hộ, 450 nhân khẩu") for no support, and rice per head for support', () => {
    expect(of('Phong tỏa tạm thời thôn Đông, xã Bình An, gồm 120 hộ, 450 nhân khẩu.')).toMatchObject({ category: 'STAY_AT_HOME', otherCategories: [] });
    expect(category('Cấp 15 kg gạo/nhân khẩu cho người dân khu vực phong tỏa.')).toBe('SOCIAL_SUPPORT');
  });

  it('reads shopping ("hạn chế mua sắm", "mua sắm lương thực") as no public procurement, which buys equipment', () => {
    expect(category('Hạn chế mua sắm tại chợ, thời gian mua sắm không quá 30 phút.')).toBe('WORKPLACES');
    expect(category('Người dân chỉ ra khỏi nhà khi mua sắm lương thực, thực phẩm.')).toBe('STAY_AT_HOME');
    expect(category('Mua sắm trang thiết bị y tế theo đúng quy định về đấu thầu.')).toBe('PROCUREMENT_ANTI_CORRUPTION');
  });

  it('does not take "động của" for "đóng cửa"', () => {
    expect(category('Phát huy hiệu quả hoạt động của tổ công nghệ cộng đồng.')).toBe('DIGITAL_TOOLS');
    expect(category('Đóng cửa các cơ sở kinh doanh không thiết yếu.')).toBe('WORKPLACES');
  });

  it('does not take "ban hành hướng dẫn" for a pilgrimage ("hành hương"), nor "điều hành" for a parade', () => {
    expect(category('Sở Y tế khẩn trương ban hành hướng dẫn.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Hạn chế tổ chức hành hương, lễ hội.')).toBe('GATHERINGS');
    // Nor "điều hành" for a parade ("diễu hành").
    expect(category('Trung tâm điều hành thông minh cập nhật dữ liệu hằng ngày.')).toBe('DIGITAL_TOOLS');
    expect(category('Tạm dừng các hoạt động diễu hành, lễ hội.')).toBe('GATHERINGS');
  });

  it('lets the longest keyword decide where two categories overlap', () => {
    // "cách ly" (quarantine) inside "vùng cách ly y tế" (an area lockdown).
    expect(of('Duy trì vùng cách ly y tế tại xóm 2.').otherCategories).not.toContain('QUARANTINE_ISOLATION');
  });
});

// Made-up instructions in the words provincial and district letters of 2020-2022 use for each kind of measure
// (seeds/lexicons/categories.json), and the words they must not be confused with.
describe('venues receiving guests and households going out', () => {
  it('reads lodgings and sights receiving guests as WORKPLACES, promoting tourism as ECONOMIC_RECOVERY', () => {
    expect(category('Các cơ sở lưu trú được đón khách nội tỉnh, không quá 70% số phòng.')).toBe('WORKPLACES');
    expect(category('Khu du lịch sinh thái đón khách trở lại từ ngày 15/10/2021.')).toBe('WORKPLACES');
    expect(category('Xây dựng gói kích cầu du lịch, thu hút khách nội địa.')).toBe('ECONOMIC_RECOVERY');
  });

  it('reads one person per household going out for supplies as STAY_AT_HOME, not as support', () => {
    expect(category('Mỗi hộ gia đình chỉ được cử 01 người đi mua nhu yếu phẩm 03 ngày/lần.')).toBe('STAY_AT_HOME');
  });
});

describe('inspection and compliance', () => {
  it('reads an inspection of businesses as ENFORCEMENT_INSPECTION, what it inspects weighing less', () => {
    expect(category('Công an huyện tăng cường kiểm tra các cơ sở kinh doanh dịch vụ trên địa bàn.')).toBe('ENFORCEMENT_INSPECTION');
    expect(category('Phòng Văn hóa và Thông tin phối hợp với UBND các xã kiểm tra các cơ sở lưu trú, nhà nghỉ.')).toBe('ENFORCEMENT_INSPECTION');
  });

  it('does not read screening ("kiểm tra thân nhiệt", "kiểm tra y tế") as an inspection', () => {
    expect(category('Các chốt kiểm soát kiểm tra thân nhiệt, yêu cầu khai báo y tế đối với người ra, vào tỉnh.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
  });

  it('reads mobilising people to comply with the rules as GENERAL_PREPAREDNESS, not as enforcement', () => {
    expect(category('Mặt trận Tổ quốc vận động Nhân dân tự giác chấp hành các biện pháp phòng, chống dịch.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Hội Phụ nữ vận động hội viên chấp hành nghiêm các quy định của tỉnh.')).toBe('GENERAL_PREPAREDNESS');
    // Checking compliance is still enforcement.
    expect(category('Tổ công tác kiểm tra việc chấp hành quy định tại các nhà hàng, quán ăn.')).toBe('ENFORCEMENT_INSPECTION');
  });
});

describe("the genre's vocabulary", () => {
  const each = (expected: string, sentences: string[]) => {
    for (const s of sentences) expect([s, category(s)]).toEqual([s, expected]);
  };

  it('reads businesses and services, their hours and capacity, markets, offices and production as WORKPLACES', () => {
    each('WORKPLACES', [
      'Các loại hình kinh doanh dịch vụ như bi-a, xông hơi, chăm sóc sắc đẹp tiếp tục tạm ngừng hoạt động.',
      'Cơ sở kinh doanh dịch vụ ăn uống chỉ bán mang đi, không phục vụ ăn uống tại chỗ.',
      'Tiệm làm tóc, gội đầu phục vụ không quá 03 khách cùng lúc.',
      'Cửa hàng tiện lợi được mở cửa đến 21 giờ hằng ngày.',
      'Quán nhậu, quán rượu không bán đồ uống có cồn cho khách sau 20 giờ.',
      'Tiểu thương tại các chợ bố trí sạp hàng cách nhau tối thiểu 2 mét.',
      'Giải tỏa ngay các chợ tự phát, chợ cóc trên địa bàn thị trấn.',
      'Các phòng, ban bố trí công chức làm việc luân phiên, khuyến khích làm việc từ xa.',
      'Xí nghiệp chỉ duy trì sản xuất khi bảo đảm phương án 3 tại chỗ.',
      'Doanh nghiệp không bảo đảm điều kiện phải tạm dừng sản xuất.',
      'Khách sạn, nhà nghỉ, homestay tạm ngừng đón khách lưu trú.',
      'Cho phép sân golf, bể bơi hoạt động trở lại với 50% công suất phục vụ.',
    ]);
    expect(of('Hộ kinh doanh buôn bán vỉa hè, hàng rong tạm nghỉ bán.')).toMatchObject({ category: 'WORKPLACES', oxcgrtCode: 'C2' });
  });

  it('reads vehicles, passenger transport, travellers papers and checkpoints as INTERNAL_MOVEMENT_TRANSPORT', () => {
    each('INTERNAL_MOVEMENT_TRANSPORT', [
      'Tạm dừng xe ôm, xe ba gác, xe công nghệ chở khách trên địa bàn huyện.',
      'Người đi làm phải mang theo giấy đi đường do cơ quan cấp.',
      'Phương tiện có thẻ nhận diện còn hiệu lực được đi luồng xanh, không phải dừng tại trạm kiểm soát.',
      'Hạn chế đi lại giữa các xã, người dân chỉ ra khỏi địa bàn khi thật cần thiết.',
      'Xe khách phải đón, trả khách tại bến, không đón khách dọc đường.',
      'Tổ chức giao thông, hướng dẫn phương tiện đi qua tỉnh không dừng, đỗ.',
      'Lực lượng tại cửa ngõ thành phố yêu cầu xe không có giấy tờ hợp lệ quay đầu.',
      // Going home for Tết is a journey, not the feast ("đón Tết" alone is a gathering).
      'Người về quê đón Tết phải có kết quả xét nghiệm âm tính trong vòng 72 giờ trước khi về.',
      'Khuyến khích công nhân ở lại đón Tết tại nơi làm việc.',
    ]);
    expect(category('Các xã tổ chức đón Tết an toàn, tiết kiệm.')).toBe('GATHERINGS');
    expect(of('Tạm dừng tàu khách địa phương và các tuyến cố định đi Hà Nội.')).toMatchObject({ category: 'INTERNAL_MOVEMENT_TRANSPORT', oxcgrtCode: 'C5' });
    expect(of('Các bến phà, bến đò tạm dừng hoạt động.')).toMatchObject({ category: 'INTERNAL_MOVEMENT_TRANSPORT', oxcgrtCode: 'C5' });
    // Stopping a vehicle's service is no business closed, however strong "tạm dừng hoạt động" is for workplaces.
    each('INTERNAL_MOVEMENT_TRANSPORT', [
      'Tạm dừng hoạt động xe taxi, xe buýt.',
      'Dừng hoạt động xe khách đi các tỉnh có dịch.',
      'Tạm dừng hoạt động của các bến xe khách trên địa bàn tỉnh.',
      'Tạm dừng hoạt động vận chuyển hành khách từ Hà Nội đến tỉnh.',
    ]);
    expect(category('Tạm dừng hoạt động các cơ sở kinh doanh dịch vụ không thiết yếu.')).toBe('WORKPLACES');
    // Directive 16's "tạm đình chỉ hoạt động" closes businesses; it sanctions nobody.
    expect(category('Tạm đình chỉ hoạt động các cơ sở kinh doanh dịch vụ trên địa bàn tỉnh.')).toBe('WORKPLACES');
    // Teams set up to inspect inspect; help to set up an account for an app is a digital tool.
    expect(category('Thành lập 02 đoàn kiểm tra công tác phòng, chống dịch COVID-19 tại các cơ sở lao động.')).toBe('ENFORCEMENT_INSPECTION');
    expect(category('Viettel tỉnh hỗ trợ người dân tạo tài khoản và kích hoạt mã QR cá nhân.')).toBe('DIGITAL_TOOLS');
  });

  it('reads residents fetched home, travellers named as citizens or workers, and a named test\'s certificate as INTERNAL_MOVEMENT_TRANSPORT', () => {
    each('INTERNAL_MOVEMENT_TRANSPORT', [
      'Tổ chức đón công dân theo từng đợt, mỗi đợt không quá 300 người.',
      'Các xã lập danh sách công dân về từ các tỉnh phía Nam.',
      'Tổ COVID cộng đồng giám sát chặt chẽ người dân về từ Thành phố Hồ Chí Minh.',
      'Người về từ vùng đỏ phải có kết quả xét nghiệm RT-PCR âm tính trong vòng 72 giờ trước khi về.',
    ]);
    // The certificate conditions school all the same.
    expect(category('Học sinh phải có kết quả xét nghiệm RT-PCR âm tính trước khi đến trường.')).toBe('SCHOOLS');
  });

  it('reads the costs a province pays for its people as SOCIAL_SUPPORT', () => {
    each('SOCIAL_SUPPORT', [
      'Tỉnh đài thọ toàn bộ chi phí đi lại, ăn nghỉ cho công dân trong thời gian cách ly tập trung.',
      'Miễn phí vận chuyển, xét nghiệm cho công dân được đón về.',
    ]);
  });

  it('reads ceremonies, religious services, events, crowds, parks and beaches as GATHERINGS', () => {
    each('GATHERINGS', [
      'Việc cưới, việc tang tổ chức gọn nhẹ, không mời khách ăn uống tập trung.',
      'Các nhà thờ, chùa tạm dừng nghi lễ có tín đồ tham dự.',
      'Không tổ chức mừng thọ, tân gia, đầy tháng trong thời gian giãn cách.',
      'Người dân không được tập trung quá 5 người tại công viên, vườn hoa, quảng trường.',
      'Tạm dừng tắm biển tại các bãi tắm công cộng.',
      'Lùi thời gian tổ chức Festival Hoa sang tháng 12/2021.',
      // Funeral rites by name, and the village house and its jar wine of the Central Highlands.
      'Chỉ có tối đa 05 người thân tham dự lễ an táng.',
      'Không tổ chức uống rượu cần, ăn uống tại nhà rông.',
      'Dừng sinh hoạt cộng đồng tại nhà văn hóa các thôn.',
      'Không tổ chức họp mặt, gặp mặt đầu xuân.',
    ]);
    expect(of('Không bắn pháo hoa, tạm dừng các giải thi đấu thể thao và hoạt động biểu diễn nghệ thuật.')).toMatchObject({ category: 'GATHERINGS', oxcgrtCode: 'C3' });
    expect(of('Không tổ chức lễ khai trương, khánh thành công trình.')).toMatchObject({ category: 'GATHERINGS', oxcgrtCode: 'C3' });
    // Worship of every faith, and a festival's rite and feast.
    each('GATHERINGS', [
      'Các giáo xứ tạm ngưng cử hành thánh lễ có giáo dân tham dự.',
      'Các hội thánh tạm dừng nhóm họp ngày Chúa nhật.',
      'Lễ hội đền Hùng chỉ tổ chức phần lễ, dừng toàn bộ phần hội.',
      'Không tổ chức rước kiệu trong dịp lễ.',
      'Đại lễ Phật đản năm nay tổ chức theo hình thức trực tuyến.',
    ]);
  });

  it('reads loudspeakers, the press, hotlines made public, leaflets and false news as PUBLIC_INFORMATION', () => {
    each('PUBLIC_INFORMATION', [
      'Thông báo rộng rãi trên hệ thống loa phát thanh các thôn, tổ dân phố.',
      'Công khai số điện thoại đường dây nóng của Ban Chỉ đạo huyện.',
      'Gỡ bỏ các thông tin sai sự thật về dịch bệnh trên mạng xã hội.',
      'Phát tờ rơi, treo băng rôn, áp phích hướng dẫn phòng dịch.',
      'Tổ chức họp báo định kỳ, cung cấp thông tin cho báo chí.',
      'Các xã dùng loa cầm tay thông báo đến từng hộ dân.',
    ]);
  });

  it('reads the other families in their own words', () => {
    expect(category('Tạm dừng các trung tâm ngoại ngữ, lớp dạy thêm, học thêm.')).toBe('SCHOOLS');
    expect(category('Đẩy nhanh giải ngân vốn đầu tư công.')).toBe('ECONOMIC_RECOVERY');
    expect(category('Chi trả kịp thời cho người lao động ngừng việc, mất việc.')).toBe('SOCIAL_SUPPORT');
    expect(category('Kiểm điểm, xử lý kỷ luật cán bộ lơ là trong phòng, chống dịch.')).toBe('ENFORCEMENT_INSPECTION');
    expect(category('Cài đặt ứng dụng Bluezone trên điện thoại thông minh.')).toBe('DIGITAL_TOOLS');
    expect(category('Việc đấu thầu mua sắm sinh phẩm phải công khai, minh bạch.')).toBe('PROCUREMENT_ANTI_CORRUPTION');
    expect(category('Cấp túi thuốc cho người bệnh điều trị tại nhà.')).toBe('TREATMENT_CAPACITY');
    expect(category('Tổ chức xét nghiệm bằng test nhanh cho tiểu thương tại chợ.')).toBe('TESTING');
  });

  it('does not take words that fold alike for the vocabulary', () => {
    // "vận động người" folds like "đông người"; "cho người" like "chở người"; "kỳ thị" like "kỳ thi";
    // "điều kiện thực hiện" holds "kiến thức"; "quy mô của" holds "mở cửa"; "hội thảo" folds like "hội thao".
    expect(category('Vận động người cao tuổi đi tiêm vắc xin.')).toBe('VACCINATION');
    expect(category('Tổ chức các hoạt động chăm lo cho người nghèo.')).toBe('SOCIAL_SUPPORT');
    expect(of('Tránh kỳ thị người mắc bệnh.').otherCategories).not.toContain('SCHOOLS');
    expect(of('Bảo đảm điều kiện thực hiện cách ly tại nhà.').otherCategories).not.toContain('PUBLIC_INFORMATION');
    expect(of('Đánh giá quy mô của ổ dịch.').otherCategories).not.toContain('WORKPLACES');
    expect(of('Tổ chức hội thảo trực tuyến.').oxcgrtCode).not.toBe('C3');
    // "công, viên chức" is no park; a holiday ("nghỉ lễ") is no ceremony ("nghi lễ").
    expect(category('Cán bộ, công, viên chức chịu trách nhiệm trước Chủ tịch UBND huyện.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Bố trí lịch trực trong dịp nghỉ lễ.')).toBe('GENERAL_PREPAREDNESS');
  });

  it('lets the order outweigh the words that say who must comply', () => {
    expect(category('Người về quê từ vùng dịch phải xét nghiệm ngay khi đến.')).toBe('TESTING');
    expect(category('Người từ vùng dịch vào địa bàn tỉnh phải cách ly tại nhà 7 ngày.')).toBe('QUARANTINE_ISOLATION');
    expect(category('Người ra khỏi tỉnh phải xét nghiệm trước khi đi.')).toBe('TESTING');
    expect(category('Công suất tiêm toàn huyện đạt 5.000 mũi/ngày.')).toBe('VACCINATION');
    // Where the rule applies is not what it is: a mask "nơi công cộng" is 5K, a hotline called for symptoms tracing.
    expect(category('Đeo khẩu trang nơi công cộng, rửa tay thường xuyên, không tụ tập đông người.')).toBe('PERSONAL_PROTECTION_5K');
    expect(category('Người có triệu chứng sốt, ho gọi ngay đường dây nóng.')).toBe('CONTACT_TRACING');
    expect(category('Xử lý nghiêm các trường hợp đưa tin sai sự thật trên mạng xã hội.')).toBe('ENFORCEMENT_INSPECTION');
  });

  it('reads a case reported to the local health body as tracing, a forecast or a report to the department as none', () => {
    expect(category('Phát hiện trường hợp nghi nhiễm phải báo cáo ngay Trạm Y tế xã.')).toBe('CONTACT_TRACING');
    expect(category('Người có triệu chứng ho, sốt báo ngay cho cơ quan y tế gần nhất.')).toBe('CONTACT_TRACING');
    expect(category('Sở Y tế rà soát, dự báo nhu cầu oxy y tế.')).toBe('TREATMENT_CAPACITY');
    expect(category('Các huyện rà soát địa điểm làm khu cách ly tập trung, báo cáo Sở Y tế trước ngày 25/3.')).toBe('QUARANTINE_ISOLATION');
    // Oxygen however spelled.
    expect(category('Các huyện bảo đảm đủ ô xy y tế, không để gián đoạn.')).toBe('TREATMENT_CAPACITY');
  });

  it('reads going shopping as leaving home, a management system as no customs clearance', () => {
    expect(category('Người dân đi mua sắm tối đa 3 lần/tuần.')).toBe('STAY_AT_HOME');
    expect(category('Hạn chế đi mua sắm tại siêu thị, trung tâm thương mại.')).toBe('STAY_AT_HOME');
    expect(category('Sở Y tế tổ chức mua sắm trang thiết bị theo quy định về đấu thầu.')).toBe('PROCUREMENT_ANTI_CORRUPTION');
    // "hệ thống quản lý" holds "thông quan" once its marks are dropped.
    expect(category('Các trường cập nhật danh sách học sinh lên hệ thống quản lý.')).toBe('SCHOOLS');
    expect(category('Bảo đảm thông quan hàng hóa tại cửa khẩu.')).toBe('BORDER_ENTRY_CONTROL');
  });

  it('reads a recovery certificate as a condition of the activity it opens, not as treatment', () => {
    expect(category('Thí sinh dự thi phải có giấy xác nhận khỏi bệnh COVID-19 hoặc thẻ xanh.')).toBe('SCHOOLS');
    expect(category('Bệnh viện tỉnh bố trí giường điều trị cho người bệnh COVID-19 nặng.')).toBe('TREATMENT_CAPACITY');
  });
});
