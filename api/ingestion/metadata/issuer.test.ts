import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { read } from '../reading';
import { readMetadata } from './index';

function issuerOf(text: string) {
  const cleaned = clean(text);
  const reading = read(cleaned, segmentClauses(cleaned.text));
  return readMetadata(reading).issuer.value;
}

const BODY = '1. Tăng cường xét nghiệm COVID-19.\n2. Đẩy nhanh tiêm chủng.';

describe('extractIssuer', () => {
  it('reads the people’s council and people’s committee letterheads', () => {
    expect(issuerOf(`HỘI ĐỒNG NHÂN DÂN\nTỈNH GIA LAI\nSố: 12/NQ-HĐND\n\n${BODY}`)).toEqual({
      name: 'Hội đồng nhân dân tỉnh Gia Lai',
      kind: 'PEOPLES_COUNCIL',
      level: 'PROVINCE',
      district: null,
    });
    expect(issuerOf(`ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSố: 800/UBND-KGVX\n\n${BODY}`)).toEqual({
      name: 'Ủy ban nhân dân tỉnh Kiên Giang',
      kind: 'PEOPLES_COMMITTEE',
      level: 'PROVINCE',
      district: null,
    });
  });

  it('takes "UBND thành phố" in a province that is no city for a city of the province, not the province\'s committee', () => {
    const article = 'Ngày 19/8/2021, UBND thành phố ban hành Công văn số 1520/UBND-VX yêu cầu tạm dừng hoạt động chợ đêm.\n\nNgười dân không ra khỏi nhà sau 18 giờ.\n\nXem bản gốc tại sadec.dongthap.gov.vn';
    expect(issuerOf(article)).toEqual({ name: 'Ủy ban nhân dân thành phố', kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', district: null });
  });

  it("reads a committee printed under its commune's name, and a commune's letter whose number is left blank for the e-signature", () => {
    const committee = 'UBND XÃ HÒA THẮNG\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19\nSố: 09/KH-BCĐ\nHòa Thắng, ngày 20 tháng 11 năm 2021';
    expect(issuerOf(`${committee}\n\n${BODY}`)).toEqual({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 xã Hòa Thắng', kind: 'STEERING_COMMITTEE', level: 'COMMUNE', district: null });
    const blank = 'ỦY BAN NHÂN DÂN\nXÃ ĐỒNG TIẾN\nSố:      /TB-UBND\nĐồng Tiến, ngày 22 tháng 11 năm 2021';
    expect(issuerOf(`${blank}\n\n${BODY}`)).toEqual({ name: 'Ủy ban nhân dân xã Đồng Tiến', kind: 'PEOPLES_COMMITTEE', level: 'COMMUNE', district: null });
  });

  it("reads a commune's own letterhead as the commune's, its district from the line above", () => {
    // The district's name above, the commune's on the line under its body, the motto read beside them.
    const ward = [
      'UBND THỊ XÃ TỪ SƠN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'ỦY BAN NHÂN DÂN                       Độc lập - Tự do - Hạnh phúc',
      'PHƯỜNG ĐÌNH BẢNG  ---------------',
      'Số: 41/TB-UBND                 Đình Bảng, ngày 9 tháng 5 năm 2021',
    ].join('\n');
    expect(issuerOf(`${ward}\n\n${BODY}`)).toEqual({ name: 'Ủy ban nhân dân phường Đình Bảng', kind: 'PEOPLES_COMMITTEE', level: 'COMMUNE', district: 'Từ Sơn' });
    // Body and commune on one line; a steering committee.
    const committee = 'UBND HUYỆN CẨM GIÀNG\nBCĐ PHÒNG, CHỐNG DỊCH COVID-19 THỊ TRẤN LAI CÁCH\nSố: 07/TB-BCĐ';
    expect(issuerOf(`${committee}\n\n${BODY}`)).toEqual({
      name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 thị trấn Lai Cách',
      kind: 'STEERING_COMMITTEE',
      level: 'COMMUNE',
      district: 'Cẩm Giàng',
    });
    // Pasted from the town's portal: its masthead, breadcrumb, page title and posting line come first.
    const portal = [
      'CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ TỪ SƠN',
      'Trang chủ » Tin tức » Tin xã, phường',
      'Thông báo về việc cách ly y tế khu phố Đông Phù',
      'Ngày đăng: 10/5/2021 | Lượt xem: 215',
      'UBND THỊ XÃ TỪ SƠN',
      'ỦY BAN NHÂN DÂN PHƯỜNG ĐÌNH BẢNG',
      'Số: 41/TB-UBND',
    ].join('\n');
    expect(issuerOf(`${portal}\n\n${BODY}`)).toEqual({ name: 'Ủy ban nhân dân phường Đình Bảng', kind: 'PEOPLES_COMMITTEE', level: 'COMMUNE', district: 'Từ Sơn' });
    // No district line: the commune alone.
    expect(issuerOf(`ỦY BAN NHÂN DÂN XÃ NAM HỒNG\nSố: 88/UBND\n\n${BODY}`)).toMatchObject({ name: 'Ủy ban nhân dân xã Nam Hồng', level: 'COMMUNE' });
  });

  it('reads a district office printed in capitals under its People\'s Committee as that office', () => {
    expect(issuerOf(`UBND HUYỆN THIỆU HÓA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 45/PGDĐT\n\n${BODY}`)).toEqual({
      name: 'Phòng Giáo dục và Đào tạo huyện Thiệu Hóa',
      kind: 'OTHER',
      level: 'DISTRICT',
      district: 'Thiệu Hóa',
    });
    // A local body named alone under its district's committee takes the committee's place.
    expect(issuerOf(`UBND HUYỆN KIM ĐỘNG\nTRUNG TÂM Y TẾ\nSố: 215/TTYT-KSBT\n\n${BODY}`)).toEqual({
      name: 'Trung tâm Y tế huyện Kim Động',
      kind: 'OTHER',
      level: 'DISTRICT',
      district: 'Kim Động',
    });
    // Typed without marks: the office's name alone is too short to judge by its share of marks, and has none.
    const bare = 'Thuc hien chi dao cua UBND huyen, Phong Giao duc va Dao tao yeu cau cac truong mam non, tieu hoc, trung hoc co so tren dia ban huyen tiep tuc thuc hien nghiem cac bien phap phong, chong dich COVID-19 trong truong hoc; to chuc day hoc truc tiep bao dam an toan; theo doi suc khoe hoc sinh, giao vien hang ngay; bao cao ket qua ve Phong Giao duc va Dao tao truoc 16 gio hang ngay.';
    expect(issuerOf(`UBND HUYEN THIEU HOA\nPHONG GIAO DUC VA DAO TAO\nSo: 45/PGDDT\n\n${bare}`)).toEqual({
      name: 'Phòng Giáo dục và Đào tạo huyện Thiệu Hóa',
      kind: 'OTHER',
      level: 'DISTRICT',
      district: 'Thiệu Hóa',
    });
  });

  it("reads a party department's letterhead, under the provincial party organisation or naming it, as the party committee's", () => {
    const expected = { name: 'Tỉnh ủy Nam Định', kind: 'PARTY_COMMITTEE', level: 'PROVINCE', district: null };
    expect(issuerOf(`ĐẢNG BỘ TỈNH NAM ĐỊNH\nBAN TUYÊN GIÁO\nSố 12-HD/BTGTU\n\n${BODY}`)).toEqual(expected);
    expect(issuerOf(`BAN TUYÊN GIÁO TỈNH ỦY NAM ĐỊNH\nSố 12-HD/BTGTU\n\n${BODY}`)).toEqual(expected);
  });

  it('takes the standing committee under its party letterhead when it gives the orders and the letter is signed for it', () => {
    const letter = (preamble: string, formula: string) =>
      `ĐẢNG BỘ TỈNH NINH BÌNH\nHUYỆN ỦY KIM SƠN\nSố 418-CV/HU\nKim Sơn, ngày 26 tháng 11 năm 2021\nV/v phòng, chống dịch COVID-19\n\n${preamble}\n\n${BODY}\n\nNơi nhận:\n- Lưu Văn phòng Huyện ủy.\n${formula}\nPHÓ BÍ THƯ\n\nĐinh Văn Hưởng`;
    expect(issuerOf(letter('Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ trực thuộc thực hiện tốt các nội dung sau:', 'T/M BAN THƯỜNG VỤ'))).toEqual({
      name: 'Ban Thường vụ Huyện ủy Kim Sơn',
      kind: 'PARTY_STANDING_COMMITTEE',
      level: 'DISTRICT',
      district: 'Kim Sơn',
    });
    // Signed for the standing committee, but the orders given in no one's name: the letterhead's committee.
    expect(issuerOf(letter('Để chủ động phòng, chống dịch, đề nghị các chi bộ, đảng bộ thực hiện tốt các nội dung sau:', 'T/M BAN THƯỜNG VỤ'))).toMatchObject({ kind: 'PARTY_COMMITTEE' });
    expect(issuerOf(letter('Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ trực thuộc thực hiện tốt các nội dung sau:', 'T/M HUYỆN ỦY'))).toMatchObject({ kind: 'PARTY_COMMITTEE' });
  });

  it("takes a reprint's lead naming the standing committee over the party committee its number's symbol names", () => {
    const text = `Tỉnh ủy chỉ đạo phòng dịch\n\nNgày 03/8/2021, Ban Thường vụ Tỉnh ủy Nam Định ban hành Thông báo số 120-TB/TU về phòng, chống dịch COVID-19.\n\n${BODY}`;
    expect(issuerOf(text)).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Nam Định', kind: 'PARTY_STANDING_COMMITTEE' });
  });

  it('does not take an addressee told to act for the issuer', () => {
    const text = `THÔNG BÁO\nvề phòng dịch\n\nTại hội nghị, các đại biểu thống nhất giao Ban cán sự đảng UBND tỉnh chỉ đạo các sở, ngành thực hiện các nội dung sau, trên địa bàn tỉnh Cà Mau:\n\n${BODY}\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Tiến Hải`;
    expect(issuerOf(text)).toEqual({ name: 'Ban Thường vụ Tỉnh ủy', kind: 'PARTY_STANDING_COMMITTEE', level: 'PROVINCE', district: null });
  });

  it('reads the issuer from the preamble sentence that gives the instructions', () => {
    const text = `V/v phòng, chống dịch\n\nKính gửi: Các sở, ngành.\n\nTrước diễn biến phức tạp của dịch COVID-19 tại tỉnh Sóc Trăng và tỉnh Sóc Trăng giáp ranh, Ủy ban nhân dân tỉnh Sóc Trăng yêu cầu:\n\n${BODY}`;
    expect(issuerOf(text)).toEqual({ name: 'Ủy ban nhân dân tỉnh Sóc Trăng', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', district: null });
  });

  it("takes a reprint's lead over the number's symbols when both name the same kind of body: the lead gives its tier and place", () => {
    const lead = 'UBND huyện Krông Pắc vừa ban hành Thông báo số 215/TB-UBND ngày 18/8/2021 về việc áp dụng giãn cách xã hội. Theo đó, người dân không ra khỏi nhà khi không thật sự cần thiết.';
    expect(issuerOf(lead)).toMatchObject({ name: 'Ủy ban nhân dân huyện Krông Pắc', kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT' });
    // A lead naming another kind of body than the number's is not the issuer: the number decides.
    const other = 'Tỉnh ủy Hà Nam ban hành Thông báo số 88/TB-UBND ngày 02/8/2021 về giãn cách xã hội. Theo đó, người dân không ra khỏi nhà khi không cần thiết.';
    expect(issuerOf(other)).toMatchObject({ kind: 'PEOPLES_COMMITTEE' });
  });

  it('takes the place of the body of the number\'s kind that gives the orders, when the lead names it without one', () => {
    const pointing = [
      'Xử lý nghiêm người ra đường không có việc cần thiết',
      'Đó là chỉ đạo của UBND tỉnh đối với các sở, ngành, UBND các huyện tại Công văn số 4102/UBND-KT ngày 21/6/2021 về việc tiếp tục giãn cách xã hội.',
      'Theo đó, UBND tỉnh Nghệ An yêu cầu người dân chỉ ra khỏi nhà khi thật sự cần thiết.',
    ].join('\n');
    expect(issuerOf(pointing)).toEqual({ name: 'Ủy ban nhân dân tỉnh Nghệ An', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', district: null });
    // A body of another kind giving orders is not the number's: the number decides the kind, and the one
    // province the text names with its body's unit word the place.
    const other = pointing.replace('UBND tỉnh Nghệ An yêu cầu', 'Ban Chỉ đạo tỉnh Nghệ An yêu cầu');
    expect(issuerOf(other)).toEqual({ name: 'Ủy ban nhân dân tỉnh Nghệ An', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', district: null });
    expect(issuerOf(`${other}\nNgười về từ tỉnh Hà Tĩnh phải khai báo y tế.`)).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Nghệ An' });
  });

  it("reads the lowest of two bodies' letterheads, a district's police or health centre under the province's", () => {
    const letter = (head: string) => `${head}\nSố: 52/TB-CAH\nThái Thụy, ngày 09 tháng 02 năm 2021\n\nTHÔNG BÁO\nVề việc phòng, chống dịch COVID-19\n\n${BODY}`;
    expect(issuerOf(letter('CÔNG AN TỈNH THÁI BÌNH\nCÔNG AN HUYỆN THÁI THỤY'))).toEqual({ name: 'Công an huyện Thái Thụy', kind: 'OTHER', level: 'DISTRICT', district: 'Thái Thụy' });
    expect(issuerOf(letter('SỞ Y TẾ TỈNH THÁI BÌNH\nTRUNG TÂM Y TẾ HUYỆN THÁI THỤY'))).toEqual({ name: 'Trung tâm Y tế huyện Thái Thụy', kind: 'OTHER', level: 'DISTRICT', district: 'Thái Thụy' });
    // Under a published document's own lines (title, publisher, links, refresh note).
    const published = `Thông báo 52/TB-CAH - Công an huyện Thái Thụy\nXuất bản bằng Google Tài liệu\nBáo cáo lạm dụng | Tìm hiểu thêm\nĐược cập nhật tự động 5 phút một lần\n\n`;
    const columns = 'CÔNG AN TỈNH THÁI BÌNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN HUYỆN THÁI THỤY          Độc lập - Tự do - Hạnh phúc';
    expect(issuerOf(published + letter(columns))).toMatchObject({ name: 'Công an huyện Thái Thụy' });
    // One body alone keeps its level.
    expect(issuerOf(letter('CÔNG AN TỈNH THÁI BÌNH').replace('Thái Thụy, ngày', 'Thái Bình, ngày'))).toEqual({ name: 'Công an tỉnh Thái Bình', kind: 'OTHER', level: 'PROVINCE', district: null });
  });

  it("reads the standing office of a people's council as the council", () => {
    const letter = `HĐND TỈNH QUẢNG NAM\nTHƯỜNG TRỰC HĐND\nSố: 215/HĐND-VP\nQuảng Nam, ngày 12 tháng 8 năm 2021\n\n${BODY}\n\nTM. THƯỜNG TRỰC HĐND\nPHÓ CHỦ TỊCH\nNguyễn Văn A`;
    expect(issuerOf(letter)).toEqual({ name: 'Hội đồng nhân dân tỉnh Quảng Nam', kind: 'PEOPLES_COUNCIL', level: 'PROVINCE', district: null });
  });

  it("reads an election committee's letterhead as that committee's, of its province or of the district above it", () => {
    const letter = (head: string) => `${head}\nSố: 104/HD-UBBC\nVinh, ngày 17 tháng 5 năm 2021\n\nHƯỚNG DẪN\nTổ chức ngày bầu cử gắn với phòng, chống dịch COVID-19\n\n${BODY}\n\nTM. ỦY BAN BẦU CỬ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn B`;
    const provincial = { name: 'Ủy ban bầu cử tỉnh Nghệ An', kind: 'OTHER', level: 'PROVINCE', district: null };
    expect(issuerOf(letter('ỦY BAN BẦU CỬ\nTỈNH NGHỆ AN'))).toEqual(provincial);
    expect(issuerOf(letter('ỦY BAN BẦU CỬ TỈNH NGHỆ AN'))).toEqual(provincial);
    const district = { name: 'Ủy ban bầu cử huyện Nghi Lộc', kind: 'OTHER', level: 'DISTRICT', district: 'Nghi Lộc' };
    expect(issuerOf(letter('UBND HUYỆN NGHI LỘC\nỦY BAN BẦU CỬ').replace('Vinh, ngày', 'Nghi Lộc, ngày'))).toEqual(district);
    // A body the lexicon names at its usual level takes the level of the committee it is printed under.
    expect(issuerOf(letter('UBND HUYỆN NGHI LỘC\nCÔNG AN').replace('Vinh, ngày', 'Nghi Lộc, ngày'))).toEqual({ ...district, name: 'Công an huyện Nghi Lộc' });
  });

  it("reads a body's letterhead that names its province without the unit word, and no 'quận' in 'QUẢN'", () => {
    const letter = (head: string) => `${head}\nSố: 07/TCBC-BQL\nBình Dương, ngày 10 tháng 8 năm 2021\n\nTHÔNG CÁO BÁO CHÍ\nVề phòng, chống dịch COVID-19 trong các khu công nghiệp\n\n${BODY}`;
    expect(issuerOf(letter('BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP BÌNH DƯƠNG'))).toEqual({ name: 'Ban Quản lý các khu công nghiệp tỉnh Bình Dương', kind: 'OTHER', level: 'PROVINCE', district: null });
    // A real "QUẬN" still is the district's unit.
    expect(issuerOf(letter('CÔNG AN QUẬN HOÀNG MAI').replace('Bình Dương, ngày', 'Hà Nội, ngày'))).toEqual({ name: 'Công an quận Hoàng Mai', kind: 'OTHER', level: 'DISTRICT', district: 'Hoàng Mai' });
  });

  it("reads a body under its province's committee whose name repeats the province, with or without the unit word, as that body", () => {
    const letter = (body: string) => `UBND TỈNH BẮC NINH\n${body}\nSố: 1317/BQL-DN\nBắc Ninh, ngày 12 tháng 9 năm 2021\nV/v phòng, chống dịch COVID-19\n\n${BODY}`;
    expect(issuerOf(letter('BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP BẮC NINH'))).toEqual({ name: 'Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh', kind: 'OTHER', level: 'PROVINCE', district: null });
    expect(issuerOf(letter('SỞ Y TẾ TỈNH BẮC NINH'))).toEqual({ name: 'Sở Y tế tỉnh Bắc Ninh', kind: 'OTHER', level: 'PROVINCE', district: null });
  });

  it("reads a board of both the economic zones and the industrial parks under its province's committee as that board", () => {
    const letter = (body: string) => `UBND TỈNH QUẢNG NGÃI
${body}
Số: 905/BQL-QLDN
Quảng Ngãi, ngày 14 tháng 9 năm 2021
V/v phòng, chống dịch COVID-19 tại doanh nghiệp

${BODY}`;
    const board = { name: 'Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh Quảng Ngãi', kind: 'OTHER', level: 'PROVINCE', district: null };
    expect(issuerOf(letter('BAN QUẢN LÝ CÁC KHU KINH TẾ VÀ KHU CÔNG NGHIỆP'))).toEqual(board);
    expect(issuerOf(letter('BAN QUẢN LÝ KHU KINH TẾ, CÔNG NGHIỆP'))).toEqual(board);
  });

  it("reads the letterhead under a site's name in capitals and its navigation bar, not the site's name", () => {
    const page = [
      '   [1]SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẾN TRE', '', '   [2]Trang chủ | [3]Giới thiệu | [4]Tin tức - Sự kiện | [5]Văn bản', '',
      '   Văn bản chỉ đạo, điều hành » Công văn số 285/SGDĐT-VP', '', '   Ngày đăng: 14/02/2020 18:05 | Lượt xem: 3.127', '',
      '   UBND TỈNH BẾN TRE', '   SỞ GIÁO DỤC VÀ ĐÀO TẠO', '   ---------', '   Số: 285/SGDĐT-VP', '   V/v cho học sinh nghỉ học', '   để phòng, chống dịch COVID-19',
      '                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '                    Độc lập - Tự do - Hạnh phúc', '                    Bến Tre, ngày 14 tháng 02 năm 2020', '', BODY,
    ].join('\n');
    expect(issuerOf(page)).toEqual({ name: 'Sở Giáo dục và Đào tạo tỉnh Bến Tre', kind: 'OTHER', level: 'PROVINCE', district: null });
  });

  it("reads a press release's lead that names its committee with a short name after it", () => {
    const release = `THÔNG CÁO BÁO CHÍ SỐ 41 VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19\n\nBan Chỉ đạo phòng, chống dịch COVID-19 tỉnh Phú Yên (Ban Chỉ đạo) thông tin nhanh về tình hình dịch từ ngày 20/7/2021 đến 17 giờ ngày 27/7/2021 như sau:\n${BODY}`;
    expect(issuerOf(release)).toMatchObject({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Phú Yên', kind: 'STEERING_COMMITTEE' });
  });

  it("reads a reprint's lead naming a provincial department, or a committee in lower case, as the body that issued", () => {
    const department = 'Ngày 01/5/2021, Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên đã ban hành Công văn số 330/SVHTTDL-QLVH về phòng, chống dịch COVID-19; tạm dừng hoạt động karaoke, vũ trường.';
    expect(issuerOf(department)).toEqual({ name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên', kind: 'OTHER', level: 'PROVINCE', district: null });
    const lower = 'ĐBP - Tối 10/5, ban chỉ đạo phòng, chống dịch COVID-19 tỉnh Điện Biên ra thông báo kết luận gửi các sở, ngành. Theo thông báo, người về từ vùng dịch phải cách ly tập trung 21 ngày.';
    expect(issuerOf(lower)).toMatchObject({ kind: 'STEERING_COMMITTEE', level: 'PROVINCE' });
  });

  it("reads a news lead's body named with its province but not its unit word, and the province from it", () => {
    const body = '\n\nĐề nghị những người đã đến các địa điểm trên liên hệ ngay với Trạm Y tế xã, phường nơi cư trú để được hướng dẫn, tự cách ly tại nhà.';
    const province = (text: string) => {
      const cleaned = clean(text);
      return readMetadata(read(cleaned, segmentClauses(cleaned.text))).province.province.value?.code;
    };
    const committee = 'Siết chặt phòng dịch\n\nUBND Hà Tĩnh vừa có công văn yêu cầu tạm dừng các hoạt động không thiết yếu.' + body;
    expect([issuerOf(committee), province(committee)]).toEqual([{ name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', district: null }, 'VN-23']);
    const department = 'Tìm người đến các địa điểm có ca bệnh\n\nSở Y tế Hà Tĩnh phát thông báo khẩn cấp tìm người đến các địa điểm bệnh nhân từng đến.' + body;
    expect(issuerOf(department)).toEqual({ name: 'Sở Y tế tỉnh Hà Tĩnh', kind: 'OTHER', level: 'PROVINCE', district: null });
    const city = 'Siết chặt phòng dịch\n\nỦy ban nhân dân Hà Nội vừa có công văn yêu cầu tạm dừng các hoạt động không thiết yếu.' + body;
    expect(issuerOf(city)).toMatchObject({ name: 'Ủy ban nhân dân thành phố Hà Nội' });
    // A council passes its resolution.
    const council = 'Bình Thuận chi hơn 40 tỷ đồng hỗ trợ lao động tự do\n\nNgày 3/9, HĐND tỉnh Bình Thuận đã thông qua Nghị quyết số 12/2021/NQ-HĐND quy định chính sách hỗ trợ người lao động tự do. Theo đó, người lao động tự do được hỗ trợ 1.500.000 đồng/người.';
    expect(issuerOf(council)).toEqual({ name: 'Hội đồng nhân dân tỉnh Bình Thuận', kind: 'PEOPLES_COUNCIL', level: 'PROVINCE', district: null });
    // Set in capitals, the words after a name are no place: the verb right after it still issues.
    const capitals = 'ĐBP - TỐI 10/5, BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH ĐIỆN BIÊN ĐÃ HỌP KHẨN. SAU CUỘC HỌP, BAN CHỈ ĐẠO TỈNH RA THÔNG BÁO KẾT LUẬN GỬI CÁC SỞ, NGÀNH.' + body.toUpperCase();
    expect(issuerOf(capitals)).toMatchObject({ kind: 'STEERING_COMMITTEE', level: 'PROVINCE' });
  });

  it('reads the committee that held a press conference with a department as the issuer of its summary', () => {
    const lead = '(Cổng TTĐT) - Chiều 13/9, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Phú Thọ phối hợp với Sở Thông tin và Truyền thông tổ chức họp báo thông tin về tình hình dịch. Thay mặt Ban Chỉ đạo, đồng chí Phó Chủ tịch yêu cầu các địa phương tạm dừng karaoke.';
    expect(issuerOf(lead)).toMatchObject({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Phú Thọ', kind: 'STEERING_COMMITTEE' });
  });

  it('reads a department whose letterhead cell runs its rule onto its name ("SỞ Y TẾ -------")', () => {
    const row = '| UBND TỈNH HÀ GIANG SỞ Y TẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n| Số: 815/SYT-NVY | Hà Giang, ngày 03 tháng 11 năm 2021 |';
    const department = { name: 'Sở Y tế tỉnh Hà Giang', kind: 'OTHER', level: 'PROVINCE', district: null };
    expect(issuerOf(`${row}\n\n${BODY}`)).toEqual(department);
    expect(issuerOf(`UBND TỈNH HÀ GIANG\nSỞ Y TẾ ___\nSố: 815/SYT-NVY\n\n${BODY}`)).toEqual(department);
  });

  it('says why when nothing names the issuer', () => {
    const cleaned = clean(`Một đoạn văn.\n\n${BODY}`);
    const reading = read(cleaned, segmentClauses(cleaned.text));
    expect(readMetadata(reading).issuer).toEqual({
      value: null,
      reason: 'no letterhead, title, number code or sentence of the text names the issuing body',
    });
  });
});
