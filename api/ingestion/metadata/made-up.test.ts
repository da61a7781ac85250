// Made-up directives in the genre from other provinces and issuers, so the rules are shown to be general and
// not fitted to the five seeds. Each runs the whole chain: clean -> segmentClauses -> extractMetadata.
import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { extractMetadata, assertDirective } from './index';
import { read } from '../reading';

function run(source: string) {
  const cleaned = clean(source);
  const clauses = segmentClauses(cleaned.text);
  const reading = read(cleaned, clauses);
  const meta = extractMetadata(reading);
  return { cleaned, clauses, meta, reading };
}

const HANOI_CHI_THI = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI

Số: 15/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 5 tháng 8 năm 2021

CHỈ THỊ
Về việc tiếp tục thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 trên địa bàn Thành phố

Trước diễn biến phức tạp của dịch COVID-19, thực hiện Công điện số 1068/CĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ, để kiểm soát dịch bệnh, bảo vệ sức khỏe Nhân dân, Chủ tịch Ủy ban nhân dân Thành phố yêu cầu:

1. Tiếp tục thực hiện giãn cách xã hội trên địa bàn Thành phố theo Chỉ thị số 16/CT-TTg đến 6 giờ ngày 23/8/2021.

2. Sở Y tế chủ trì tổ chức xét nghiệm diện rộng cho các khu vực nguy cơ cao; đẩy nhanh tiến độ tiêm chủng vắc xin.

a) Các quận, huyện rà soát, lập danh sách người dân cần tiêm;

b) Tổ chức các điểm tiêm lưu động.

3. Công an Thành phố kiểm soát chặt chẽ các chốt ra vào Thành phố, xử lý nghiêm các trường hợp vi phạm.

Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các quận, huyện, thị xã nghiêm túc triển khai thực hiện Chỉ thị này./.

Nơi nhận:
- Thủ tướng Chính phủ (để báo cáo);
- Thường trực Thành ủy;
- Các sở, ban, ngành Thành phố;
- UBND các quận, huyện, thị xã;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Chu Ngọc Anh
`;

describe('a people’s committee Chỉ thị of a centrally-run city (Hà Nội)', () => {
  const expectHanoi = (meta: ReturnType<typeof run>['meta']) => {
    expect(meta.number.value).toBe('15/CT-UBND');
    expect(meta.kind.value).toBe('CHI_THI');
    expect(meta.province.value).toEqual({ code: 'VN-HN', inferred: false, evidence: 'letterhead "THÀNH PHỐ HÀ NỘI"' });
    expect(meta.issuer.value).toEqual({ name: 'Ủy ban nhân dân thành phố Hà Nội', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', district: null });
    expect(meta.issuedOn.value).toBe('2021-08-05');
    expect(meta.meetingOn.value).toBeNull();
    expect(meta.signer.value).toEqual({ name: 'Chu Ngọc Anh', title: 'CHỦ TỊCH', onBehalfOf: 'T/M ỦY BAN NHÂN DÂN' });
    expect(meta.subject.value).toBe(
      'tiếp tục thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 trên địa bàn Thành phố',
    );
    expect(meta.recipients).toEqual([
      'Thủ tướng Chính phủ',
      'Thường trực Thành ủy',
      'Các sở, ban, ngành Thành phố',
      'UBND các quận, huyện, thị xã',
    ]);
  };

  it('reads every field from a clean text', () => {
    const { meta, clauses, cleaned, reading } = run(HANOI_CHI_THI);
    expectHanoi(meta);
    expect(clauses.map((c) => `${c.depth}:${c.label}`)).toEqual(['1:1', '1:2', '2:a)', '2:b)', '1:3']);
    // The closing request about "Chỉ thị này" is not part of clause 3.
    expect(cleaned.text.slice(clauses[4].start, clauses[4].end).endsWith('xử lý nghiêm các trường hợp vi phạm.')).toBe(true);
    expect(() => assertDirective(reading, meta)).not.toThrow();
  });

  it('reads the same fields from a hard-wrapped rendition with a page break and a hyphen split', () => {
    const wrapped = HANOI_CHI_THI.replace(
      'Trước diễn biến phức tạp của dịch COVID-19, thực hiện Công điện số 1068/CĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ, để kiểm soát dịch bệnh, bảo vệ sức khỏe Nhân dân, Chủ tịch Ủy ban nhân dân Thành phố yêu cầu:',
      'Trước diễn biến phức tạp của dịch COVID-\n19, thực hiện Công điện số\n1068/CĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ, để kiểm soát dịch \nbệnh, bảo vệ sức khỏe Nhân dân, Chủ tịch Ủy ban nhân dân Thành phố yêu \ncầu:',
    ).replace('tổ chức xét nghiệm diện rộng', 'tổ chức xét nghiệm diện\n\nrộng');
    const { meta, cleaned } = run(wrapped);
    expectHanoi(meta);
    expect(cleaned.text).toContain('dịch COVID-19, thực hiện Công điện số 1068/CĐ-TTg ngày 31/7/2021');
    expect(cleaned.text).toContain('xét nghiệm diện rộng cho các khu vực');
  });
});

describe('a Thành ủy notice of a centrally-run city (Hải Phòng)', () => {
  const { meta, clauses } = run(`THÀNH ỦY HẢI PHÒNG
*
Số 215-TB/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Hải Phòng, ngày 12 tháng 8 năm 2021

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY
về công tác phòng, chống dịch COVID-19 trong tình hình mới

Tại phiên họp ngày 11/8/2021, sau khi nghe báo cáo của Ban Chỉ đạo phòng, chống dịch COVID-19 thành phố, Ban Thường vụ Thành ủy kết luận như sau:

1. Các cấp ủy, chính quyền tiếp tục quán triệt phương châm "4 tại chỗ"; xét nghiệm nhanh cho người về từ Hà Nội và Bắc Ninh.

2. Ban cán sự đảng UBND thành phố chỉ đạo:
- Sở Y tế chuẩn bị 5.000 giường điều trị F0;
- Công an thành phố kiểm soát các chốt ra vào thành phố.

Văn phòng Thành ủy theo dõi, đôn đốc việc thực hiện Thông báo này.

Nơi nhận:
- Ban Bí thư Trung ương (để báo cáo),
- Các đồng chí Thành ủy viên,
- Lưu Văn phòng Thành ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC

Đỗ Mạnh Hiến
`);

  it('names the issuer after the city, from the title that says whose conclusions these are, and ignores other provinces in the body', () => {
    expect(meta.number.value).toBe('215-TB/TU');
    expect(meta.kind.value).toBe('THONG_BAO');
    expect(meta.province.value).toEqual({ code: 'VN-HP', inferred: false, evidence: 'letterhead "THÀNH ỦY HẢI PHÒNG"' });
    expect(meta.issuer.value).toEqual({ name: 'Ban Thường vụ Thành ủy Hải Phòng', kind: 'PARTY_STANDING_COMMITTEE', level: 'PROVINCE', district: null });
    expect(meta.issuedOn.value).toBe('2021-08-12');
    expect(meta.meetingOn.value).toBe('2021-08-11');
    expect(meta.subject.value).toBe('công tác phòng, chống dịch COVID-19 trong tình hình mới');
    expect(meta.signer.value).toEqual({ name: 'Đỗ Mạnh Hiến', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', onBehalfOf: 'T/M BAN THƯỜNG VỤ' });
    expect(meta.recipients).toEqual(['Ban Bí thư Trung ương', 'Các đồng chí Thành ủy viên']);
    expect(clauses.map((c) => `${c.depth}:${c.label}`)).toEqual(['1:1', '1:2', '2:-', '2:-']);
  });
});

describe('a city party committee inside a province (Thành ủy Hạ Long, Quảng Ninh)', () => {
  const { meta } = run(`THÀNH ỦY HẠ LONG
Số 88-CV/TU
V/v tăng cường kiểm soát người ra vào thành phố

Kính gửi: Các đảng ủy phường trực thuộc.

Thực hiện chỉ đạo của Tỉnh ủy, để chủ động phòng, chống dịch COVID-19 tại các bến tàu du lịch, Ban Thường vụ Thành ủy yêu cầu:

1. Các phường kiểm soát chặt chẽ khách du lịch đến vịnh, thực hiện khai báo y tế và quét mã QR.

2. Thực hiện xét nghiệm nhanh cho người lao động tại cảng Tuần Châu.

Nơi nhận:
- Như kính gửi;
- Thường trực Tỉnh ủy (b/c);
- Lưu VT.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Vũ Quyết Tiến
`);

  it('takes the province the city belongs to and keeps the city in the issuer name, its standing committee issuing', () => {
    expect(meta.number.value).toBe('88-CV/TU');
    expect(meta.kind.value).toBe('CONG_VAN');
    expect(meta.province.value).toEqual({
      code: 'VN-13',
      inferred: false,
      evidence: 'letterhead "THÀNH ỦY HẠ LONG" names Hạ Long, a district-level unit of Quảng Ninh',
    });
    // Its standing committee gives the orders and signs: the development set's convention (district-14).
    expect(meta.issuer.value).toEqual({ name: 'Ban Thường vụ Thành ủy Hạ Long', kind: 'PARTY_STANDING_COMMITTEE', level: 'DISTRICT', district: 'Hạ Long' });
    expect(meta.issuedOn).toEqual({ value: null, reason: 'no date line and no dated reference to place it in time' });
    expect(meta.recipients).toEqual(['Các đảng ủy phường trực thuộc', 'Thường trực Tỉnh ủy']);
    expect(meta.signer.value).toEqual({ name: 'Vũ Quyết Tiến', title: 'BÍ THƯ', onBehalfOf: 'T/M BAN THƯỜNG VỤ' });
  });
});

describe('a numbered urban district of Thành phố Hồ Chí Minh (Quận 3)', () => {
  const { meta } = run(`ỦY BAN NHÂN DÂN
QUẬN 3
Số: 2107/UBND-VP
V/v tăng cường phòng, chống dịch COVID-19 tại chợ truyền thống
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quận 3, ngày 14 tháng 7 năm 2021

Kính gửi: Ủy ban nhân dân 12 phường.

Để phòng, chống dịch COVID-19 tại các chợ, Ủy ban nhân dân Quận 3 yêu cầu:
1. Ban Quản lý chợ Bàn Cờ bố trí lối đi một chiều; Công an Quận 3 phối hợp kiểm tra.
2. Phòng Y tế, Trung tâm Y tế quận xét nghiệm cho 100% tiểu thương.
`);

  it('finds its city through the gazetteer, which keeps the number with its unit word, and dates it from the dateline', () => {
    expect(meta.province.value?.code).toBe('VN-SG');
    expect(meta.issuer.value).toEqual({ name: 'Ủy ban nhân dân quận 3', kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', district: 'Quận 3' });
    expect(meta.issuedOn.value).toBe('2021-07-14');
  });
});

describe('a provincial steering committee under its people’s committee letterhead (Nghệ An)', () => {
  const { meta } = run(`UBND TỈNH NGHỆ AN
BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19

Số: 45/TB-BCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nghệ An, ngày 03 tháng 9 năm 2021

THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp ngày 02/9/2021

Ngày 02/9/2021, đồng chí Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp trực tuyến với các huyện, thành phố, thị xã. Sau khi nghe báo cáo, Trưởng Ban Chỉ đạo kết luận:

1. Thành phố Vinh tiếp tục thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg.
2. Sở Y tế tổ chức xét nghiệm RT-PCR cho 100% người dân vùng phong tỏa.

Nơi nhận:
- Thường trực Tỉnh ủy (b/c);
- Các thành viên BCĐ;
- Lưu: VT.

KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN

Bùi Đình Long
`);

  it('takes the lower letterhead line as the issuer and the line under the title as the subject', () => {
    expect(meta.number.value).toBe('45/TB-BCĐ');
    expect(meta.kind.value).toBe('THONG_BAO');
    expect(meta.province.value).toEqual({ code: 'VN-22', inferred: false, evidence: 'letterhead "UBND TỈNH NGHỆ AN"' });
    expect(meta.issuer.value).toEqual({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Nghệ An', kind: 'STEERING_COMMITTEE', level: 'PROVINCE', district: null });
    expect(meta.issuedOn.value).toBe('2021-09-03');
    expect(meta.meetingOn.value).toBe('2021-09-02');
    expect(meta.subject.value).toBe('Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp ngày 02/9/2021');
    expect(meta.signer.value).toEqual({ name: 'Bùi Đình Long', title: 'PHÓ TRƯỞNG BAN', onBehalfOf: 'K/T TRƯỞNG BAN' });
  });
});

describe('a portal article of another province (Hà Tĩnh)', () => {
  const { meta, cleaned } = run(`Hà Tĩnh: Tạm dừng hoạt động không thiết yếu tại thành phố Hà Tĩnh

Thứ Hai, 02/08/2021 | 10:15

Ngày 1/8, UBND tỉnh Hà Tĩnh vừa có Công văn số 4512/UBND-VX về việc tăng cường các biện pháp phòng, chống dịch COVID-19 trên địa bàn.

Theo đó, UBND tỉnh yêu cầu:

1. Tạm dừng các hoạt động không thiết yếu tại thành phố Hà Tĩnh từ 12 giờ ngày 2/8/2021.

2. Các địa phương đẩy nhanh tiêm chủng vắc xin, xét nghiệm sàng lọc người về từ vùng dịch.

Nguồn: Báo Hà Tĩnh

Tin liên quan
Hà Tĩnh ghi nhận thêm 5 ca mắc COVID-19
Lượt truy cập: 1.234.567
© Cổng thông tin điện tử tỉnh Hà Tĩnh
`);

  it('reads a công văn numbered without a kind code and dates it from the lead', () => {
    expect(cleaned.format).toBe('PORTAL');
    expect(cleaned.text.endsWith('xét nghiệm sàng lọc người về từ vùng dịch.')).toBe(true);
    expect(meta.number.value).toBe('4512/UBND-VX');
    expect(meta.kind.value).toBe('CONG_VAN');
    expect(meta.province.value).toEqual({
      code: 'VN-23',
      inferred: false,
      evidence: 'the article says "UBND tỉnh Hà Tĩnh vừa có Công văn"',
    });
    expect(meta.issuer.value).toEqual({ name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', district: null });
    expect(meta.issuedOn.value).toBe('2021-08-01');
    expect(meta.signer).toEqual({ value: null, reason: 'portal article: no signature block' });
    expect(meta.subject.value).toBe('Hà Tĩnh: Tạm dừng hoạt động không thiết yếu tại thành phố Hà Tĩnh');
  });
});

describe('a subject the narrow left column wraps', () => {
  const letter = (header: string) =>
    run(`UỶ BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 2517/UBND-KGVX\n${header}\n\nKính gửi: Các sở, ban, ngành.\n\nChủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường xét nghiệm cho người dân.\n\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A`).meta;

  it('reads the lines the subject wraps onto, past the motto and the dateline beside it, whatever case they open in', () => {
    const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nam, ngày 14 tháng 9 năm 2021';
    expect(letter(`V/v tăng cường các biện pháp phòng, chống dịch\nCovid-19 trên địa bàn tỉnh\n${motto}`).subject.value).toBe('tăng cường các biện pháp phòng, chống dịch Covid-19 trên địa bàn tỉnh');
    expect(letter(`V/v tổ chức xét nghiệm\n${motto}\nSARS-CoV-2 cho người dân`).subject.value).toBe('tổ chức xét nghiệm SARS-CoV-2 cho người dân');
    // The disease's code alone in capitals on the last line is the subject's last word, not a heading.
    expect(letter(`V/v phòng, chống dịch\nCOVID-19\n${motto}`).subject.value).toBe('phòng, chống dịch COVID-19');
    // Columns run into one row: the wrap comes after the dateline.
    const row = letter('V/v tăng cường các biện pháp            Hà Nam, ngày 14 tháng 9 năm 2021\nphòng, chống dịch trong tình hình mới');
    expect([row.subject.value, row.issuedOn.value]).toEqual(['tăng cường các biện pháp phòng, chống dịch trong tình hình mới', '2021-09-14']);
    // A note in brackets under the subject is no part of it.
    expect(letter(`V/v tình hình dịch COVID-19\n(Cập nhật đến 17 giờ ngày 14/9/2021)\n${motto}`).subject.value).toBe('tình hình dịch COVID-19');
  });

  it('ends the subject at the motto written with dashes, and at a dateline with no space after "ngày"', () => {
    expect(letter('V/v tăng cường phòng, chống dịch COVID-19\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nHà Nam, ngày 14 tháng 9 năm 2021').subject.value).toBe('tăng cường phòng, chống dịch COVID-19');
    const glued = letter('V/v tăng cường phòng, chống dịch COVID-19\nHà Nam, ngày14 tháng 9 năm 2021');
    expect([glued.subject.value, glued.issuedOn.value]).toEqual(['tăng cường phòng, chống dịch COVID-19', '2021-09-14']);
  });

  it('keeps the number, kind and subject of a long subject line that ends in a full stop, above the motto or under it', () => {
    const subject = 'V/v đẩy mạnh phòng, chống dịch COVID-19 tại các khu công nghiệp trên địa bàn tỉnh.';
    const motto = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nam, ngày 14 tháng 9 năm 2021';
    const read = (m: ReturnType<typeof letter>) => [m.number.value, m.kind.value, m.issuedOn.value, m.subject.value];
    const expected = ['2517/UBND-KGVX', 'CONG_VAN', '2021-09-14', 'đẩy mạnh phòng, chống dịch COVID-19 tại các khu công nghiệp trên địa bàn tỉnh.'];
    expect(read(letter(`${subject}\n${motto}`))).toEqual(expected);
    const mottoFirst = run(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nUỶ BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 2517/UBND-KGVX\n${subject}\nHà Nam, ngày 14 tháng 9 năm 2021\n\nKính gửi: Các sở, ban, ngành.\n\nChủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường xét nghiệm cho người dân.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A`).meta;
    expect(read(mottoFirst)).toEqual(expected);
  });
});

describe("news leads that name a centrally-run city by its short form", () => {
  const lead = (issuer: string) => run(`Ngày 16/11/2021, ${issuer} ban hành Quyết định số 3800/QĐ-UBND về quy định tạm thời các biện pháp phòng, chống dịch COVID-19.\n\nTheo đó, các nhà hàng được phục vụ tại chỗ không quá 50% công suất.`).meta;

  it('reads the city and the day from "UBND TP.HCM", "UBND TP. Đà Nẵng" and "UBND TP Hà Nội"', () => {
    for (const [issuer, code] of [['UBND TP.HCM', 'VN-SG'], ['UBND TP. Đà Nẵng', 'VN-DN'], ['UBND TP Hà Nội', 'VN-HN']]) {
      const meta = lead(issuer);
      expect([issuer, meta.province.value?.code, meta.province.value?.evidence, meta.issuedOn.value]).toEqual([issuer, code, `the article says "${issuer} ban hành"`, '2021-11-16']);
    }
  });
});

describe('a news article on a meeting that names the province once, with its committee', () => {
  it('takes that province for the committee the article quotes without its place', () => {
    const { meta } = run(
      'Cảng cá đủ an toàn mới được hoạt động trở lại\n\nĐó là chỉ đạo của UBND tỉnh Ninh Thuận tại cuộc họp về công tác phòng, chống dịch COVID-19 tại các cảng cá sáng 18/8/2021.\n\nBáo cáo tại cuộc họp, Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết có 2.150 tàu cá.\n\nPhó Chủ tịch UBND tỉnh yêu cầu các cảng cá chỉ được hoạt động trở lại khi có phương án phòng dịch được thẩm định.',
    );
    expect([meta.province.value?.code, meta.issuer.value?.name]).toEqual(['VN-36', 'Ủy ban nhân dân tỉnh Ninh Thuận']);
  });
});

describe('a portal post summing up a press conference of a steering committee', () => {
  const { meta } = run(`CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN
Trang chủ > Tin tức > Phòng, chống dịch COVID-19

Họp báo thông tin về công tác phòng, chống dịch COVID-19

Ngày đăng: 21/08/2021 09:30 | Lượt xem: 842

(Cổng TTĐT) - Chiều 20/8, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức họp báo thông tin về tình hình dịch bệnh trên địa bàn tỉnh.

Theo báo cáo của Sở Y tế, đến nay toàn tỉnh ghi nhận 36 ca mắc COVID-19.

Phát biểu kết luận, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các địa phương không tập trung quá 10 người ngoài phạm vi công sở; xét nghiệm ngẫu nhiên 10% người lao động tại các khu công nghiệp.`);

  it('is the committee press release of the day it met the press', () => {
    expect(meta.kind.value).toBe('THONG_CAO_BAO_CHI');
    expect(meta.issuer.value).toEqual({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Lạng Sơn', kind: 'STEERING_COMMITTEE', level: 'PROVINCE', district: null });
    expect(meta.issuedOn.value).toBe('2021-08-20');
    expect(meta.province.value?.code).toBe('VN-09');
  });
});

describe('a notice of conclusions whose first page, with its title, was lost', () => {
  const { meta } = run(`các đồng chí lãnh đạo Sở Y tế, Công an tỉnh; tại điểm cầu các huyện có Chủ tịch UBND huyện. Sau khi nghe Sở Y tế báo cáo và ý kiến của các đại biểu, đồng chí Chủ tịch UBND tỉnh Quảng Trị kết luận như sau:

1. Các huyện, thị xã, thành phố tiếp tục xét nghiệm tầm soát cho người về từ vùng dịch; không tổ chức các hoạt động tập trung trên 20 người.

2. Sở Y tế bảo đảm đủ vật tư, sinh phẩm cho 5.000 mẫu xét nghiệm mỗi ngày.`);

  it('is a Thông báo, as the conclusions of a meeting are notified', () => {
    expect(meta.kind.value).toBe('THONG_BAO');
    expect(meta.province.value?.code).toBe('VN-25');
  });
});

describe('a conclusion in a body is not the conclusions of a meeting', () => {
  const { meta } = run(`Sau khi nghe Sở Y tế báo cáo, đồng chí Chủ tịch UBND tỉnh Quảng Trị đã kết luận về việc xét nghiệm tầm soát cho người về từ vùng dịch.

Các huyện, thị xã, thành phố tiếp tục xét nghiệm tầm soát cho người về từ vùng dịch; không tổ chức các hoạt động tập trung trên 20 người.`);

  it('names no kind without its "như sau"', () => {
    expect(meta.kind.value).toBeNull();
  });
});

describe('a news lead on a committee of a province with a dashed name, its short name before its unit', () => {
  const { meta } = run(`Ngày 9/9/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 (BCĐ) tỉnh Bà Rịa - Vũng Tàu có công văn chỉ đạo triển khai các giải pháp phòng, chống dịch trên địa bàn tỉnh.

BCĐ tỉnh đề nghị các địa phương xét nghiệm cho 100% người dân trong vùng phong tỏa.`);

  it('names the whole committee as the issuer of an official letter', () => {
    expect(meta.issuer.value).toEqual({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Bà Rịa - Vũng Tàu', kind: 'STEERING_COMMITTEE', level: 'PROVINCE', district: null });
    expect(meta.kind.value).toBe('CONG_VAN');
    expect(meta.issuedOn.value).toBe('2021-09-09');
    expect(meta.province.value?.code).toBe('VN-43');
  });
});

describe('a lead that issues a letter with no number, and one that reads a document', () => {
  const lead = (verb: string) =>
    run(`Ngày 12/8/2021, UBND tỉnh Long An ${verb} các sở, ngành tăng cường phòng, chống dịch COVID-19.\n\nCác huyện xét nghiệm cho 100% người dân trong vùng phong tỏa.`).meta.kind.value;

  it('takes "có công văn yêu cầu / gửi" as the lead issuing a công văn', () => {
    expect(lead('có công văn yêu cầu')).toBe('CONG_VAN');
    expect(lead('vừa ban hành công văn gửi')).toBe('CONG_VAN');
    expect(lead('ban hành hỏa tốc công văn yêu cầu')).toBe('CONG_VAN');
  });

  it('takes the kind a lead issues about a subject, with no number ("vừa ban hành Chỉ thị về ...")', () => {
    const about = (kind: string) =>
      run(`Ngày 12/8/2021, Chủ tịch UBND tỉnh Long An vừa ban hành ${kind} về tăng cường phòng, chống dịch COVID-19.\n\nTheo đó, người dân không ra khỏi nhà sau 18 giờ.`).meta.kind.value;
    expect(about('Chỉ thị')).toBe('CHI_THI');
    expect(about('Kế hoạch')).toBe('KE_HOACH');
  });

  it('takes no kind from a document the lead only names', () => {
    expect(lead('triển khai công văn yêu cầu')).toBeNull();
  });
});

describe('a two-column header whose columns were run together, row by row', () => {
  it('ends the subject where the dateline beside it begins, and still reads the date and place', () => {
    const { meta } = run(
      [
        'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 3120/UBND-KGVX                       Độc lập - Tự do - Hạnh phúc',
        'V/v tăng cường phòng, chống dịch         Bắc Giang, ngày 12 tháng 8 năm 2021',
        '',
        'Kính gửi: Ủy ban nhân dân các huyện, thành phố.',
        '',
        'Thực hiện chỉ đạo của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện nghiêm:',
        '1. Tạm dừng các hoạt động tập trung trên 20 người.',
      ].join('\n'),
    );
    expect([meta.subject.value, meta.issuedOn.value, meta.province.value?.code]).toEqual(['tăng cường phòng, chống dịch', '2021-08-12', 'VN-54']);
  });
});

describe('a Party title that names its issuer before the subject', () => {
  const head = 'TỈNH ỦY HÀ GIANG\n*\nSố 45-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Giang, ngày 20 tháng 8 năm 2021\n\nCHỈ THỊ\n';
  const body = '\n\nBan Thường vụ Tỉnh ủy yêu cầu:\n1. Các huyện ủy quán triệt phương châm "4 tại chỗ".\n2. Ban Tuyên giáo Tỉnh ủy tuyên truyền sâu rộng.';

  it('takes the "về ..." after "của Ban Thường vụ Tỉnh ủy" for the subject, on its line or run into it', () => {
    const run = (title: string) => extractMetadata(read(clean(`${head}${title}${body}`), segmentClauses(clean(`${head}${title}${body}`).text))).subject.value;
    expect(run('của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo phòng, chống dịch COVID-19')).toBe('tăng cường lãnh đạo phòng, chống dịch COVID-19');
    expect(run('của Ban Thường vụ Tỉnh ủy\nTăng cường lãnh đạo phòng, chống dịch COVID-19')).toBe('Tăng cường lãnh đạo phòng, chống dịch COVID-19');
    // A number in brackets under the issuer's line is no subject.
    expect(run('của Ban Thường vụ Tỉnh ủy\n(số 45-CT/TU ngày 20/8/2021)')).toBeNull();
  });
});

describe('a news lead that gives the document and its subject in one sentence', () => {
  it('reads the subject from "về việc" after the number to the end of the sentence, before the document it carries out', () => {
    const lead = (sentence: string) =>
      `Tạm dừng dịch vụ không thiết yếu từ 12 giờ ngày 18/7\n\n(QTO) - Chiều 17/7, ${sentence}\n\nTheo đó, UBND tỉnh yêu cầu tạm dừng hoạt động các cơ sở kinh doanh dịch vụ không thiết yếu; không tập trung quá 10 người ngoài phạm vi công sở để phòng, chống dịch COVID-19.`;
    const signed = run(lead('Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Nam đã ký Công văn số 3050/UBND-VX về việc tăng cường các biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh.'));
    expect(signed.meta.number.value).toBe('3050/UBND-VX');
    expect(signed.meta.subject.value).toBe('tăng cường các biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh');
    const carried = run(lead('Ban Chỉ đạo huyện Cần Giuộc ban hành Thông báo số 214/TB-BCĐ ngày 17/7/2021 về điều chỉnh một số biện pháp phòng, chống dịch, thực hiện Công văn số 9125/UBND-VHXH của UBND tỉnh Long An.'));
    expect(carried.meta.subject.value).toBe('điều chỉnh một số biện pháp phòng, chống dịch');
  });

  it('ends the subject where the lead turns to its orders, its addressees, its purpose or what follows', () => {
    const subject = (tail: string) =>
      run(`Tăng cường phòng, chống dịch\n\nNgày 5/8/2021, UBND tỉnh Nam Định ban hành Công văn số 1502/UBND-VP8 về việc tăng cường phòng, chống dịch COVID-19, ${tail}\n\n1. Tạm dừng hoạt động karaoke.`).meta.subject.value;
    for (const tail of ['yêu cầu các huyện tạm dừng hoạt động karaoke, vũ trường.', 'gửi các sở, ngành, UBND các huyện.', 'nhằm kịp thời ngăn chặn dịch bệnh lây lan.', 'theo đó, tạm dừng các hoạt động không thiết yếu.']) {
      expect([tail, subject(tail)]).toEqual([tail, 'tăng cường phòng, chống dịch COVID-19']);
    }
  });

  it('keeps the Party\'s pair "lãnh đạo, chỉ đạo" in the subject, and leaves out the colon over the orders', () => {
    const party = run('Ngày 19-2-2022, Ban Thường vụ Tỉnh ủy Quảng Bình ban hành Công điện khẩn số 07 - CĐ/TU về tăng cường lãnh đạo, chỉ đạo thực hiện các biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh. Toàn văn Công điện như sau:\n\n1. Các cấp ủy không tổ chức tụ tập quá 10 người.');
    expect(party.meta.subject.value).toBe('tăng cường lãnh đạo, chỉ đạo thực hiện các biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh');
    const colon = run('Ngày 21/7/2021, Ủy ban nhân dân huyện Lấp Vò ban hành Công văn khẩn số 1052/UBND-VX về việc thực hiện nghiêm biện pháp phòng, chống dịch COVID-19 theo Chỉ thị số 16/CT-TTg:\n1. Các xã, thị trấn không tổ chức tụ tập quá 10 người.');
    expect(colon.meta.subject.value).toBe('thực hiện nghiêm biện pháp phòng, chống dịch COVID-19 theo Chỉ thị số 16/CT-TTg');
  });
});

describe('a decision whose subject is in capitals under its title, without "về" (Quảng Nam)', () => {
  const { meta } = run(`UỶ BAN NHÂN DÂN
TỈNH QUẢNG NAM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1234/QĐ-UBND
Quảng Nam, ngày 18 tháng 5 năm 2022

QUYẾT ĐỊNH
BAN HÀNH PHƯƠNG ÁN PHÒNG, CHỐNG DỊCH COVID-19 TRÊN ĐỊA
BÀN TỈNH QUẢNG NAM TRONG TÌNH HÌNH MỚI
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM

Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21/11/2007;
Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 105/TTr-SYT ngày 27/4/2022.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Phương án phòng, chống dịch COVID-19 trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Tân
`);

  it('reads the capitals lines as the subject, joined, up to the line naming who decides', () => {
    expect(meta.kind.value).toBe('QUYET_DINH');
    expect(meta.subject.value).toBe('BAN HÀNH PHƯƠNG ÁN PHÒNG, CHỐNG DỊCH COVID-19 TRÊN ĐỊA BÀN TỈNH QUẢNG NAM TRONG TÌNH HÌNH MỚI');
  });
});

describe('a page that puts the title and subject above the letterhead (Đà Nẵng)', () => {
  const { meta } = run(`KẾ HOẠCH
Triển khai tiêm vắc xin phòng COVID-19 mũi nhắc lại trên địa bàn thành phố Đà Nẵng

ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
Số: 210/KH-UBND
Đà Nẵng, ngày 05 tháng 11 năm 2021

Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:
1. Sở Y tế tổ chức tiêm mũi nhắc lại cho người từ 18 tuổi trở lên.
2. UBND các quận, huyện rà soát đối tượng tiêm.
`);

  it('keeps the title and subject in the header, not a note above a forwarded letterhead', () => {
    expect(meta.kind.value).toBe('KE_HOACH');
    expect(meta.number.value).toBe('210/KH-UBND');
    expect(meta.issuedOn.value).toBe('2021-11-05');
    expect(meta.subject.value).toBe('Triển khai tiêm vắc xin phòng COVID-19 mũi nhắc lại trên địa bàn thành phố Đà Nẵng');
  });
});

describe('a Party directive all in capitals, its issuer run into its subject (Quảng Trị)', () => {
  const { meta } = run(`TỈNH ỦY QUẢNG TRỊ
*
Số 15-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
QUẢNG TRỊ, NGÀY 10 THÁNG 8 NĂM 2021
CHỈ THỊ
CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CÁC BIỆN PHÁP CẤP BÁCH
PHÒNG, CHỐNG DỊCH COVID-19
[ NỘI DUNG ] [ TẢI VỀ ]
TRƯỚC TÌNH HÌNH DỊCH BỆNH DIỄN BIẾN PHỨC TẠP, BAN THƯỜNG VỤ TỈNH ỦY YÊU CẦU CÁC CẤP ỦY, CHÍNH QUYỀN THỰC HIỆN TỐT CÁC NỘI DUNG SAU:
1. TĂNG CƯỜNG XÉT NGHIỆM CHO NGƯỜI DÂN TẠI CÁC KHU PHONG TỎA.
2. TIÊM VẮC XIN CHO 100% NGƯỜI TỪ 18 TUỔI TRỞ LÊN.
`);

  it('reads the subject after "về", its lines joined, and stops at the page\'s furniture', () => {
    expect(meta.subject.value).toBe('THỰC HIỆN CÁC BIỆN PHÁP CẤP BÁCH PHÒNG, CHỐNG DỊCH COVID-19');
  });
});

describe('news leads that name their own document with an urgency mark or by pointing back at the headline', () => {
  const lead = (sentence: string) => {
    const { meta } = run(`Tăng cường phòng, chống dịch COVID-19\n\n${sentence}\n\n1. Tạm dừng hoạt động karaoke, vũ trường trên địa bàn.\n2. Sở Y tế tăng cường xét nghiệm.`);
    return { number: meta.number.value, kind: meta.kind.value, issuedOn: meta.issuedOn.value, issuer: meta.issuer.value?.name ?? null, province: meta.province.value?.code ?? null };
  };

  it('reads "ban hành hỏa tốc / khẩn Công văn số ..." as the lead issuing it', () => {
    const letter = { number: '1502/UBND-VP8', kind: 'CONG_VAN', issuedOn: '2021-08-05', issuer: 'Ủy ban nhân dân tỉnh Nam Định', province: 'VN-67' };
    expect(lead('Ngày 5/8/2021, UBND tỉnh Nam Định đã ban hành hỏa tốc Công văn số 1502/UBND-VP8 về việc tăng cường phòng, chống dịch COVID-19.')).toEqual(letter);
    expect(lead('Ngày 5/8/2021, UBND tỉnh Nam Định ban hành khẩn Công văn số 1502/UBND-VP8 về việc tăng cường phòng, chống dịch COVID-19.')).toEqual(letter);
  });

  it('reads the document "Đây là nội dung chính của ..." or "Đó là yêu cầu của X tại ..." points at, with its body', () => {
    expect(lead('Đây là nội dung chính của Chỉ thị số 09-CT/TU ngày 5/8/2021 của Ban Thường vụ Tỉnh ủy Nam Định về tăng cường phòng, chống dịch COVID-19.')).toEqual({
      number: '09-CT/TU',
      kind: 'CHI_THI',
      issuedOn: '2021-08-05',
      issuer: 'Ban Thường vụ Tỉnh ủy Nam Định',
      province: 'VN-67',
    });
    expect(lead('Đó là yêu cầu của UBND huyện Hải Hậu tại Công văn số 802/UBND-VP ngày 5/8/2021 về tăng cường phòng, chống dịch COVID-19.')).toEqual({
      number: '802/UBND-VP',
      kind: 'CONG_VAN',
      issuedOn: '2021-08-05',
      issuer: 'Ủy ban nhân dân huyện Hải Hậu',
      province: 'VN-67',
    });
  });
});

describe('a reprint that ran the title and its subject into one line', () => {
  const text = (title: string, number = 'Số: 05/CT-UBND') =>
    `ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 10 tháng 1 năm 2022\n\n${title}\n\nĐể chủ động phòng, chống dịch COVID-19, Chủ tịch UBND tỉnh yêu cầu:\n1. Các sở, ngành tạm dừng tổ chức lễ hội.`;

  it('reads the subject after the title in capitals and its "Về", and the kind from the title', () => {
    const directive = run(text('CHỈ THỊ Về tăng cường phòng, chống dịch COVID-19 trong dịp Tết Nguyên đán')).meta;
    expect([directive.kind.value, directive.subject.value]).toEqual(['CHI_THI', 'tăng cường phòng, chống dịch COVID-19 trong dịp Tết Nguyên đán']);
    const wire = run(text('CÔNG ĐIỆN KHẨN Về việc tạm dừng lễ hội', 'Số: 05')).meta;
    expect([wire.kind.value, wire.subject.value]).toEqual(['CONG_DIEN', 'tạm dừng lễ hội']);
  });
});

describe("the police's wire", () => {
  it('reads "Điện chỉ đạo" and its symbol as a dispatch', () => {
    const wire = (title: string, number: string) =>
      run(`CÔNG AN TỈNH NAM ĐỊNH\n${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNam Định, ngày 02 tháng 8 năm 2021\n\n${title}\nVề việc phòng, chống dịch COVID-19 tại các cơ sở giam giữ\n\n1. Trại tạm giam tạm dừng thăm gặp phạm nhân.`).meta;
    expect(wire('ĐIỆN CHỈ ĐẠO', 'Số: 57').kind.value).toBe('CONG_DIEN');
    expect(wire('ĐIỆN', 'Số: 57/ĐCĐ-CAT-PV01').kind.value).toBe('CONG_DIEN');
  });
});

describe("a portal article under its site's path", () => {
  it('takes the headline, not the path to it, as the subject', () => {
    const article = (path: string) =>
      run(`${path}\nTăng cường kiểm soát người về từ vùng dịch\nThứ Sáu, 20/08/2021 - 15:30\n\nNgày 19/8/2021, UBND tỉnh Hòa Bình ban hành Công văn số 2760/UBND-VX về việc tăng cường kiểm soát người về từ vùng dịch.\n\nTheo đó, UBND tỉnh yêu cầu các huyện cách ly tập trung 14 ngày đối với người về từ vùng dịch.`).meta.subject.value;
    for (const path of ['Trang chủ / Tin tức / Chỉ đạo điều hành', 'Tin tức » Thời sự']) {
      expect([path, article(path)]).toEqual([path, 'Tăng cường kiểm soát người về từ vùng dịch']);
    }
  });

  it("takes the headline under the dateline, not the site's or section's name above it", () => {
    for (const site of ['Báo Hòa Bình', 'Thời sự']) {
      const article = run(
        `${site}\nThứ Sáu, 20/08/2021 15:30\nTăng cường kiểm soát người về từ vùng dịch\n\nNgày 19/8/2021, UBND tỉnh Hòa Bình ban hành Công văn số 2760/UBND-VX yêu cầu các huyện cách ly tập trung 14 ngày đối với người về từ vùng dịch.`,
      ).meta;
      expect([site, article.subject.value]).toEqual([site, 'Tăng cường kiểm soát người về từ vùng dịch']);
    }
  });
});
