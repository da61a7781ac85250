import { analyse } from '../analyse';
import { hasLostBreaks, restoreLostBreaks } from './lost-breaks';

// A made-up district letter as a database cell keeps it: every line break turned into a space.
const LINES = [
  'ỦY BAN NHÂN DÂN HUYỆN KIM SƠN',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 517/UBND-VP',
  'V/v tăng cường phòng, chống dịch COVID-19',
  'Kim Sơn, ngày 09 tháng 8 năm 2021',
  'Kính gửi: Các cơ quan, đơn vị; UBND các xã, thị trấn.',
  'Thực hiện Công văn số 1021/UBND-VX ngày 06/8/2021 của UBND tỉnh Ninh Bình, để chủ động ngăn chặn dịch bệnh lây lan trên địa bàn huyện trong bối cảnh các tỉnh lân cận liên tục ghi nhận ca mắc mới trong cộng đồng, Ủy ban nhân dân huyện yêu cầu:',
  '1. Không tổ chức các hoạt động tập trung quá 20 người ngoài phạm vi công sở, trường học, bệnh viện; tạm dừng các hoạt động văn hóa, thể thao, lễ hội và các dịch vụ không thiết yếu trên địa bàn huyện.',
  '2. Trung tâm Y tế huyện:',
  'a) xét nghiệm tầm soát cho 100% người về từ vùng dịch trong vòng 14 ngày trước khi về địa phương;',
  'b) trả kết quả xét nghiệm trong vòng 24 giờ kể từ khi lấy mẫu và báo cáo ngay Ban Chỉ đạo huyện.',
  '3. Công an huyện chủ trì, phối hợp với các xã thiết lập 05 chốt kiểm soát tại các cửa ngõ ra vào huyện, bố trí lực lượng trực 24/24 giờ.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Trần Văn Hòa',
];

describe('a text whose line breaks were lost', () => {
  const flat = LINES.join(' ');

  it('is one long line, not a long paragraph among others', () => {
    expect(hasLostBreaks(flat)).toBe(true);
    expect(hasLostBreaks(LINES.join('\n'))).toBe(false);
    expect(hasLostBreaks(`Tiêu đề\n\n${'Một đoạn văn dài. '.repeat(20)}\n\nĐoạn khác.\n\nĐoạn cuối.`)).toBe(false);
  });

  it('gets its breaks back at the header lines, clause numbers, lettered points, list dashes and capitals', () => {
    expect(restoreLostBreaks(flat).split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN HUYỆN KIM SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 517/UBND-VP',
      'V/v tăng cường phòng, chống dịch COVID-19',
      'Kim Sơn, ngày 09 tháng 8 năm 2021',
      'Kính gửi: Các cơ quan, đơn vị; UBND các xã, thị trấn.',
      LINES[7],
      LINES[8],
      '2. Trung tâm Y tế huyện:',
      LINES[10],
      LINES[11],
      LINES[12],
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
      'Trần Văn Hòa',
    ]);
  });

  it('finds the header lines of a text that lost its marks too, and of a legacy font\'s scan', () => {
    const unmarked = flat.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
    expect(restoreLostBreaks(unmarked).split('\n').slice(0, 7)).toEqual([
      'UY BAN NHAN DAN HUYEN KIM SON',
      'CONG HOA XA HOI CHU NGHIA VIET NAM',
      'Doc lap - Tu do - Hanh phuc',
      'So: 517/UBND-VP',
      'V/v tang cuong phong, chong dich COVID-19',
      'Kim Son, ngay 09 thang 8 nam 2021',
      'Kinh gui: Cac co quan, don vi; UBND cac xa, thi tran.',
    ]);
    expect(restoreLostBreaks(flat.replace('Số: 517/UBND-VP', 'S6: 5l7IUBND-VP')).split('\n')[3]).toBe('S6: 5l7IUBND-VP');
  });

  it('reads as the letter it was', () => {
    const { metadata, facts } = analyse(Buffer.from(flat));
    expect(metadata.number.value).toBe('517/UBND-VP');
    expect(metadata.issuedOn.value).toBe('2021-08-09');
    expect(facts.targets.map((t) => `${t.metric} ${t.value}`)).toEqual([
      'GATHERING_SIZE 20',
      'TESTING_COVERAGE 100',
      'EXPOSURE_WINDOW_DAYS 14',
      'TEST_TURNAROUND_HOURS 24',
      'CHECKPOINTS 5',
    ]);
  });
});

describe("a party letter's lines, their breaks lost", () => {
  const body = '1. Các chi bộ tăng cường lãnh đạo công tác phòng, chống dịch COVID-19; không tổ chức các hoạt động tập trung quá 20 người. '.repeat(6);

  it("keeps a number's last symbol off the dateline after it, and a city's short unit with its name", () => {
    const scan = `UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc S6: 3127 IUBND- VX   Quảng Trị, ngày 3O tháng 7 năm 2020 ${body}`;
    expect(restoreLostBreaks(scan).split('\n')).toEqual(expect.arrayContaining(['S6: 3127 IUBND- VX', 'Quảng Trị, ngày 3O tháng 7 năm 2020']));
    const city = `ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH Số: 2718/UBND-VX TP. Hồ Chí Minh, ngày 15 tháng 8 năm 2021 ${body}`;
    expect(restoreLostBreaks(city).split('\n')).toContain('TP. Hồ Chí Minh, ngày 15 tháng 8 năm 2021');
  });

  it('keeps a number spaced around its dash whole ("Số 11 - TB/BCĐ")', () => {
    const flat = `BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH * Số 11 - TB/BCĐ THÔNG BÁO KẾT LUẬN CỦA TRƯỞNG BAN CHỈ ĐẠO ${body}`;
    expect(restoreLostBreaks(flat).split('\n')).toContain('Số 11 - TB/BCĐ');
  });

  it('opens a line at a party number without its colon, and keeps the number whole before the dateline', () => {
    const flat = `HUYỆN ỦY MƯỜNG TÈ ĐẢNG CỘNG SẢN VIỆT NAM Số 356-CV/HU    Mường Tè, ngày 06 tháng 9 năm 2021 V/v tăng cường phòng, chống dịch COVID-19 ${body}`;
    expect(restoreLostBreaks(flat).split('\n').slice(0, 4)).toEqual(['HUYỆN ỦY MƯỜNG TÈ', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 356-CV/HU', 'Mường Tè, ngày 06 tháng 9 năm 2021']);
    expect(analyse(Buffer.from(flat)).metadata.number.value).toBe('356-CV/HU');
  });
});

describe('a decision with its attached rules, its breaks lost', () => {
  const rule = 'Người lao động trở về từ vùng có dịch phải khai báo y tế trước khi làm việc; cơ sở bố trí khu vực cách ly tạm thời. ';

  it('opens a line at each article, at the attached rules\' "kèm theo" line and its chapters, and keeps a title\'s number on its line', () => {
    const flat = [
      'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG Số: 1024/QĐ-UBND Đắk Nông, ngày 15 tháng 6 năm 2020 QUYẾT ĐỊNH Ban hành Quy định tạm thời về phòng, chống dịch COVID-19.',
      'Điều 1. Ban hành kèm theo Quyết định này Quy định tạm thời. Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'QUY ĐỊNH TẠM THỜI Về phòng, chống dịch COVID-19 (Ban hành kèm theo Quyết định số 1024/QĐ-UBND ngày 15/6/2020 của UBND tỉnh) Chương I. QUY ĐỊNH CHUNG',
      `Điều 3. Tại cơ sở sản xuất ${rule.repeat(4)}`,
      'THÔNG CÁO BÁO CHÍ SỐ 23 Tình hình dịch bệnh.',
    ].join(' ');
    const lines = restoreLostBreaks(flat).split('\n');
    expect(lines.filter((l) => /^(?:Điều|Chương|\(Ban hành)/u.test(l)).map((l) => l.slice(0, 20))).toEqual([
      'Điều 1. Ban hành kèm',
      'Điều 2. Quyết định n',
      '(Ban hành kèm theo Q',
      'Chương I.',
      'Điều 3. Tại cơ sở sả',
    ]);
    expect(lines).toContain('THÔNG CÁO BÁO CHÍ SỐ 23');
  });

  it('keeps a clause number with the lead it opens ("1. Thực hiện ...")', () => {
    const flat = `UBND HUYỆN CẨM GIÀNG Số: 27/TB-BCĐ Cẩm Giàng, ngày 08 tháng 02 năm 2021 THÔNG BÁO Kết luận của Trưởng Ban Chỉ đạo. 1. Thực hiện Chỉ thị số 05/CT-TTg, yêu cầu: 1.1. ${rule.repeat(5)}`;
    const lines = restoreLostBreaks(flat).split('\n');
    expect(lines.find((l) => l.startsWith('1.'))).toBe('1. Thực hiện Chỉ thị số 05/CT-TTg, yêu cầu:');
  });
});

describe('a news page and a forwarded mail, their breaks lost', () => {
  const body = 'Các cơ quan, đơn vị tạm dừng hoạt động tập trung đông người; người dân thực hiện nghiêm thông điệp 5K, khai báo y tế khi đi về từ vùng dịch. '.repeat(5);

  it('puts a news page\'s posting time on a line of its own, but not a labelled one, one before the page\'s counters or a fax\'s', () => {
    const news = `Đồng Nai siết chặt phòng dịch tại khu công nghiệp 17/07/2021 08:42 (Cổng TTĐT) - Chiều ngày 16/7/2021, UBND tỉnh ban hành Công văn số 8254/UBND-KGVX. ${body}`;
    expect(restoreLostBreaks(news).split('\n').slice(0, 3)).toEqual(['Đồng Nai siết chặt phòng dịch tại khu công nghiệp', '17/07/2021 08:42', expect.stringMatching(/^\(Cổng TTĐT\) - Chiều ngày 16\/7\/2021/u)]);
    const portal = `Tin tức Ngày đăng: 14/02/2020 18:05 | Lượt xem: 3.127 | In trang ${body}`;
    expect(restoreLostBreaks(portal).split('\n')[0]).toMatch(/^Tin tức Ngày đăng: 14\/02\/2020 18:05 \| Lượt xem/u);
    const fax = `VP UBND TINH QUANG NAM 28/07/2020 14:52 ${body}`;
    expect(restoreLostBreaks(fax)).not.toMatch(/\n28\/07\/2020 14:52\n/u);
  });

  it("opens a line at a forwarded mail's headers, and reads a department's name with its one-letter word as one line, the title after it apart", () => {
    const mail = `From: Văn phòng Sở Du lịch Sent: Tuesday, December 21, 2021 7:48 AM To: Khách sạn, nhà nghỉ Subject: Fwd: CV 5120/UBND-DL ngày 20/12/2021 Kính gửi: các cơ sở lưu trú, ${body}`;
    expect(restoreLostBreaks(mail).split('\n').slice(0, 5).map((l) => l.split(':')[0])).toEqual(['From', 'Sent', 'To', 'Subject', 'Kính gửi']);
    expect(restoreLostBreaks(`SỞ Y TẾ THÀNH PHỐ CẦN THƠ THÔNG CÁO BÁO CHÍ SỐ 147 Bản tin tình hình dịch bệnh. ${body}`).split('\n').slice(0, 2)).toEqual(['SỞ Y TẾ THÀNH PHỐ CẦN THƠ', 'THÔNG CÁO BÁO CHÍ SỐ 147']);
  });
});

describe('a short letter whose line breaks were lost', () => {
  // Made up: a notice of two clauses, shorter than the run-on letters above, as a form field kept it.
  const short = [
    'ỦY BAN NHÂN DÂN XÃ TÂN LẬP',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 41/TB-UBND',
    'Tân Lập, ngày 03 tháng 9 năm 2021',
    'THÔNG BÁO',
    'Về việc tạm dừng chợ phiên để phòng, chống dịch COVID-19',
    '1. Tạm dừng chợ phiên Tân Lập từ ngày 04/9/2021.',
    '2. Các thôn không tụ tập quá 10 người ngoài phạm vi công sở.',
    'Nơi nhận: - Như trên; - Lưu: VT.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Lò Văn Sinh',
  ];

  it('is run on when its line holds several lines of the genre, and gets its number, date and clauses back', () => {
    const flat = short.join(' ');
    expect(flat.length).toBeLessThan(600);
    expect(hasLostBreaks(flat)).toBe(true);
    // The subject has no closing mark: it ends where the first clause opens.
    expect(restoreLostBreaks(flat).split('\n').slice(5, 9)).toEqual(short.slice(5, 9));
    const { metadata } = analyse(Buffer.from(flat));
    expect([metadata.number.value, metadata.issuedOn.value, metadata.kind.value, metadata.subject.value]).toEqual([
      '41/TB-UBND',
      '2021-09-03',
      'THONG_BAO',
      'tạm dừng chợ phiên để phòng, chống dịch COVID-19',
    ]);
  });

  it("ends a run-on subject line where the body's lead opens", () => {
    const lines = ['CÔNG VĂN', 'V/v kiểm soát người về từ vùng dịch Thực hiện Công điện số 07/CĐ-UBND ngày 26/7/2021 của UBND tỉnh, UBND xã yêu cầu:'];
    expect(restoreLostBreaks(`${short.slice(0, 5).join(' ')} ${lines.join(' ')} ${short.slice(7).join(' ')}`).split('\n').slice(6, 8)).toEqual([
      'V/v kiểm soát người về từ vùng dịch',
      'Thực hiện Công điện số 07/CĐ-UBND ngày 26/7/2021 của UBND tỉnh, UBND xã yêu cầu:',
    ]);
  });

  it('is not so for a short paragraph that only mentions a document and a clause', () => {
    const paragraph = 'Theo Thông báo số 41/TB-UBND ngày 03/9/2021, xã Tân Lập tạm dừng chợ phiên từ ngày 04/9/2021; các thôn không tụ tập quá 10 người ngoài phạm vi công sở, trường học và bệnh viện trong thời gian tới.';
    expect(hasLostBreaks(paragraph)).toBe(false);
  });
});

describe('a telegram whose body ran on after its header', () => {
  // Made up: the letterhead's cells kept their lines, the number, dateline and body did not.
  const header = ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'CÔNG ĐIỆN', 'Về việc kiểm soát người từ vùng dịch trở về tỉnh'];
  const body = [
    'Số: 07/CĐ-UBND Hà Giang, ngày 26 tháng 7 năm 2021 Hiện nay, mỗi ngày có khoảng 1.200 người từ các tỉnh phía Nam trở về tỉnh, trong đó nhiều người đi qua vùng có dịch mà chưa khai báo y tế.',
    'Chủ tịch UBND tỉnh yêu cầu:',
    '1. Người về từ địa phương thực hiện giãn cách theo Chỉ thị số 16/CT-TTg phải cách ly tập trung 14 ngày và xét nghiệm SARS-CoV-2 ít nhất 2 lần.',
    '2. UBND các huyện, thành phố lập danh sách 100% người về từ vùng dịch, báo cáo hằng ngày trước 16 giờ.',
    '3. Công an tỉnh chủ trì kiểm soát tại 06 chốt trên các tuyến quốc lộ vào tỉnh, bảo đảm trực 24/24 giờ.',
    'Nơi nhận: - Như trên; - Lưu: VT.',
  ].join(' ');
  const text = `${header.join('\n')}\n${body} ${body.slice(body.indexOf('1.'), body.indexOf('Nơi nhận'))}`;

  it('is a text whose breaks were lost when one line holds most of it, with lines of the genre inside', () => {
    expect(hasLostBreaks(text)).toBe(true);
  });

  it('is not so for a news page whose one long paragraph has no such lines', () => {
    const paragraph = 'Chiều 26/7, UBND tỉnh Hà Giang cho biết mỗi ngày có khoảng 1.200 người từ các tỉnh phía Nam trở về, nhiều người chưa khai báo y tế; lực lượng chức năng đã lập chốt trên các tuyến quốc lộ. '.repeat(4);
    expect(hasLostBreaks(`Hà Giang kiểm soát người về từ vùng dịch\nCập nhật 26/07/2021\n${paragraph}\nTheo Báo Hà Giang`)).toBe(false);
  });

  it('ends the dateline at its year, so the number and the date are read', () => {
    const lines = restoreLostBreaks(text).split('\n');
    expect(lines.slice(6, 9)).toEqual(['Số: 07/CĐ-UBND', 'Hà Giang, ngày 26 tháng 7 năm 2021', expect.stringMatching(/^Hiện nay, mỗi ngày/u)]);
    const { metadata } = analyse(Buffer.from(text));
    expect([metadata.number.value, metadata.issuedOn.value, metadata.kind.value]).toEqual(['07/CĐ-UBND', '2021-07-26', 'CONG_DIEN']);
  });
});

describe("a news page's lead, its breaks lost", () => {
  const body = 'Theo Công văn, các doanh nghiệp trong khu công nghiệp bố trí cho người lao động ăn, nghỉ tại chỗ; người về từ vùng dịch phải khai báo y tế và xét nghiệm trước khi đi làm. '.repeat(5);

  it('opens a line at the lead after the posting time or the source tag, which then dates the directive', () => {
    const stamped = `UBND tỉnh siết chặt phòng dịch tại khu công nghiệp Cập nhật: 20/05/2021 08:15 Ngày 19/5/2021, UBND tỉnh Hà Nam ban hành Công văn số 1587/UBND-KGVX về việc tăng cường phòng, chống dịch. ${body}`;
    expect(restoreLostBreaks(stamped).split('\n')[1]).toMatch(/^Ngày 19\/5\/2021, UBND tỉnh Hà Nam ban hành/u);
    expect(analyse(Buffer.from(stamped)).metadata.issuedOn.value).toBe('2021-05-19');
    const tagged = `Sóc Trăng bảo đảm thu hoạch lúa 25/07/2021 | 16:05 | Lượt xem: 1.284 (STO) - Ngày 24/7/2021, UBND tỉnh ban hành Công văn số 1936/UBND-KGVX. ${body}`;
    expect(restoreLostBreaks(tagged).split('\n')[1]).toMatch(/^\(STO\) - Ngày 24\/7\/2021, UBND tỉnh/u);
  });

  it('opens a line at a lead a time of day opens, after a source tag with or without its dash', () => {
    const evening = `Khánh Hòa giãn cách hai thành phố theo Chỉ thị 16 18/07/2021 07:15 Tối 17/7/2021, Chủ tịch UBND tỉnh Khánh Hòa đã ký công điện khẩn. ${body}`;
    expect(restoreLostBreaks(evening).split('\n')[1]).toMatch(/^Tối 17\/7\/2021, Chủ tịch UBND tỉnh/u);
    const tagged = `Điều chỉnh biện pháp phòng dịch Cập nhật: 15/12/2021 08:10 | Lượt xem: 1.284 (VLO) Chiều 14/12, UBND tỉnh ban hành công văn số 6017/UBND-VX. ${body}`;
    expect(restoreLostBreaks(tagged).split('\n')[1]).toMatch(/^\(VLO\) Chiều 14\/12, UBND tỉnh/u);
  });

  it('leaves a date inside a sentence on its line', () => {
    const cited = `Thực hiện Công văn số 1587/UBND-KGVX ngày 19/5/2021, các doanh nghiệp tạm dừng đón khách. ${body}`;
    expect(restoreLostBreaks(cited).split('\n')[0]).toMatch(/^Thực hiện Công văn số 1587\/UBND-KGVX ngày 19\/5\/2021, các doanh nghiệp/u);
  });
});

describe('a two-column letterhead run on', () => {
  const items = '1. Các xã, thị trấn rà soát 100% người về từ vùng dịch, lập danh sách và báo cáo Ban Chỉ đạo huyện trước 16 giờ hằng ngày. 2. Trung tâm Y tế huyện lấy mẫu xét nghiệm cho người về từ vùng dịch trong vòng 24 giờ. '.repeat(3);

  it("puts the issuer's column after the motto's lines back on lines of its own", () => {
    const flat = `UBND HUYỆN ĐIỆN BÀN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BAN CHỈ ĐẠO PHÒNG, CHỐNG Độc lập - Tự do - Hạnh phúc DỊCH COVID-19 Số: 41/KH-BCĐ Điện Bàn, ngày 07 tháng 8 năm 2020 KẾ HOẠCH Kiểm soát người về từ thành phố Đà Nẵng ${items}`;
    expect(restoreLostBreaks(flat).split('\n').slice(0, 6)).toEqual([
      'UBND HUYỆN ĐIỆN BÀN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BAN CHỈ ĐẠO PHÒNG, CHỐNG',
      'Độc lập - Tự do - Hạnh phúc',
      'DỊCH COVID-19',
      'Số: 41/KH-BCĐ',
    ]);
    const { metadata } = analyse(Buffer.from(flat));
    expect([metadata.issuer.value?.kind, metadata.number.value, metadata.issuedOn.value]).toEqual(['STEERING_COMMITTEE', '41/KH-BCĐ', '2020-08-07']);
  });

  it("keeps a party's number on the line of its \"Số\" and a section's number with its title", () => {
    const flat = `ĐẢNG BỘ TỈNH SÓC TRĂNG ĐẢNG CỘNG SẢN VIỆT NAM HUYỆN ỦY MỸ TÚ * Mỹ Tú, ngày 12 tháng 8 năm 2021 Số 31-CT/HU CHỈ THỊ CỦA BAN THƯỜNG VỤ HUYỆN ỦY về tăng cường lãnh đạo công tác phòng, chống dịch COVID-19 I. TÌNH HÌNH CHUNG Từ ngày 20/7/2021 đến nay, toàn huyện ghi nhận 57 ca mắc COVID-19. II. NHIỆM VỤ ${items}`;
    const lines = restoreLostBreaks(flat).split('\n');
    expect(lines).toEqual(expect.arrayContaining(['Số 31-CT/HU', 'CHỈ THỊ CỦA BAN THƯỜNG VỤ HUYỆN ỦY', 'I. TÌNH HÌNH CHUNG', 'II. NHIỆM VỤ']));
    const { metadata } = analyse(Buffer.from(flat));
    expect([metadata.issuer.value?.kind, metadata.number.value]).toEqual(['PARTY_STANDING_COMMITTEE', '31-CT/HU']);
  });
});

describe("a press release's letterhead and title run on", () => {
  const body = '1. Người dân đã đến các địa điểm có ca bệnh liên hệ ngay với Trạm Y tế nơi cư trú. 2. Các cơ sở kinh doanh tạm dừng hoạt động đến hết ngày 31/8/2021. '.repeat(4);

  it('ends the issuer\'s line of capitals before the title, not after words that lead into one', () => {
    const flat = `BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH NINH THUẬN THÔNG CÁO BÁO CHÍ SỐ 61 VỀ TÌNH HÌNH DỊCH COVID-19 TRÊN ĐỊA BÀN TỈNH (Cập nhật đến 17 giờ 00 ngày 20/8/2021) ${body}`;
    expect(restoreLostBreaks(flat).split('\n').slice(0, 2)).toEqual(['BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH NINH THUẬN', 'THÔNG CÁO BÁO CHÍ SỐ 61']);
    expect(analyse(Buffer.from(flat)).metadata.kind.value).toBe('THONG_CAO_BAO_CHI');
    expect(restoreLostBreaks(`CỔNG THÔNG TIN PHƯỜNG NỘI DUNG THÔNG BÁO TRÊN HỆ THỐNG LOA ${body}`).split('\n')[0]).toBe('CỔNG THÔNG TIN PHƯỜNG NỘI DUNG THÔNG BÁO TRÊN HỆ THỐNG LOA');
  });
});
