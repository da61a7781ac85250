// Made-up texts, one per shape of header that real corpora hold and the seeds do not: a district's letter, a
// law library's table rows, a reprint without a header, a press release, a title that says whose text it is.
// Each runs clean -> segment -> read -> metadata, as ingestion does.
import { clean } from '../clean';
import { read } from '../reading';
import { segmentClauses } from '../segment/clauses';
import { assertDirective, extractMetadata } from './index';

function metadataOf(source: string) {
  const cleaned = clean(source);
  const reading = read(cleaned, segmentClauses(cleaned.text));
  const meta = extractMetadata(reading);
  assertDirective(reading, meta);
  return meta;
}

const BODY = '1. Các xã, thị trấn tăng cường kiểm soát người về từ vùng dịch COVID-19.\n2. Trung tâm Y tế tổ chức xét nghiệm cho người có triệu chứng.';

describe('a district’s letter', () => {
  it('is issued by the district, and belongs to the province the district belonged to in 2021', () => {
    const meta = metadataOf(`ỦY BAN NHÂN DÂN\nHUYỆN NGA SƠN\nSố: 1203/UBND-VP\nV/v phòng, chống dịch COVID-19\n\nNga Sơn, ngày 2 tháng 8 năm 2021\n\nChủ tịch UBND huyện yêu cầu:\n\n${BODY}`);
    expect(meta.issuer.value).toEqual({ name: 'Ủy ban nhân dân huyện Nga Sơn', kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', district: 'Nga Sơn' });
    expect(meta.province.value).toMatchObject({ code: 'VN-21', inferred: false });
    expect(meta.issuedOn.value).toBe('2021-08-02');
  });

  it("reads the district's letterhead under a page's title that names the letter in sentence case", () => {
    const meta = metadataOf(`Công văn 1203/UBND-VP về phòng, chống dịch COVID-19\n\nỦY BAN NHÂN DÂN HUYỆN NGA SƠN\nSố: 1203/UBND-VP\nV/v phòng, chống dịch COVID-19\nNga Sơn, ngày 2 tháng 8 năm 2021\n\nChủ tịch UBND huyện yêu cầu:\n\n${BODY}`);
    expect(meta.issuer.value).toEqual({ name: 'Ủy ban nhân dân huyện Nga Sơn', kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', district: 'Nga Sơn' });
  });

  it('reads a district party committee and a steering committee under its district’s letterhead', () => {
    const party = metadataOf(`ĐẢNG BỘ TỈNH QUẢNG NINH\nHUYỆN ỦY TIÊN YÊN\nSố 45-CV/HU\n\nTiên Yên, ngày 9 tháng 8 năm 2021\n\nBan Thường vụ Huyện ủy yêu cầu:\n\n${BODY}`);
    expect(party.issuer.value).toEqual({ name: 'Huyện ủy Tiên Yên', kind: 'PARTY_COMMITTEE', level: 'DISTRICT', district: 'Tiên Yên' });
    expect(party.province.value?.code).toBe('VN-13');
    const steering = metadataOf(`UBND HUYỆN GIA LÂM\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19\nSố: 77/TB-BCĐ\n\nGia Lâm, ngày 4 tháng 9 năm 2021\n\nTHÔNG BÁO\n\n${BODY}`);
    expect(steering.issuer.value).toEqual({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Gia Lâm', kind: 'STEERING_COMMITTEE', level: 'DISTRICT', district: 'Gia Lâm' });
    expect(steering.province.value?.code).toBe('VN-HN');
  });

  it('takes the province a shared district name belongs to from the text, or leaves it open', () => {
    // Several Mekong provinces have a huyện Châu Thành.
    const named = metadataOf(`ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 310/UBND-VX\n\nChâu Thành, ngày 3 tháng 8 năm 2021\n\nThực hiện chỉ đạo của UBND tỉnh Tiền Giang, UBND huyện yêu cầu:\n\n${BODY}`);
    expect(named.province.value?.code).toBe('VN-46');
    expect(named.issuer.value?.district).toBe('Châu Thành');
    // Nothing tells which: no province, but the issuer is still the district every candidate names alike.
    const open = metadataOf(`ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 310/UBND-VX\n\nUBND huyện yêu cầu:\n\n${BODY}`);
    expect(open.province.value).toBeNull();
    expect(open.issuer.value).toEqual({ name: 'Ủy ban nhân dân huyện Châu Thành', kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', district: 'Châu Thành' });
  });

  it('places a shared district name by the communes its letter names when no province is named', () => {
    const letter = (communes: string) =>
      `ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 1520/UBND-VX\n\nChâu Thành, ngày 2 tháng 8 năm 2021\n\nChủ tịch UBND huyện yêu cầu:\n\n1. Thiết lập vùng cách ly y tế tại ${communes} trong 14 ngày.\n${BODY}`;
    // Bến Tre's Châu Thành holds xã Tân Thạch and xã Phú Túc; Đồng Tháp's holds xã Tân Nhuận Đông and thị trấn Cái Tàu Hạ.
    expect(metadataOf(letter('ấp Phú Hòa, xã Tân Thạch và ấp 3, xã Phú Túc')).province.value?.code).toBe('VN-50');
    expect(metadataOf(letter('xã Tân Nhuận Đông và thị trấn Cái Tàu Hạ')).province.value?.code).toBe('VN-45');
    // A commune two of them hold tells nothing ("thị trấn Châu Thành" is the seat of four, both have an xã An
    // Hiệp), nor does one commune of each of two.
    expect(metadataOf(letter('thị trấn Châu Thành và xã An Hiệp')).province.value).toBeNull();
    expect(metadataOf(letter('xã Tân Thạch và xã Tân Nhuận Đông')).province.value).toBeNull();
    // A province the text names still comes first.
    expect(metadataOf(letter('xã Tân Thạch').replace('Chủ tịch UBND huyện', 'Thực hiện chỉ đạo của UBND tỉnh Tiền Giang, Chủ tịch UBND huyện')).province.value?.code).toBe('VN-46');
  });
});

describe('a law library’s table rows', () => {
  it('reads issuer, number, kind, province and date from cells', () => {
    const meta = metadataOf(
      `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Độc lập - Tự do - Hạnh phúc |\nSố: 31/CT-UBND | Cao Bằng, ngày 6 tháng 8 năm 2021 |\n\nCHỈ THỊ\nVề các biện pháp cấp bách phòng, chống dịch COVID-19\n\n${BODY}`,
    );
    expect(meta.number.value).toBe('31/CT-UBND');
    expect(meta.kind.value).toBe('CHI_THI');
    expect(meta.issuer.value?.kind).toBe('PEOPLES_COMMITTEE');
    expect(meta.province.value?.code).toBe('VN-04');
    expect(meta.issuedOn.value).toBe('2021-08-06');
  });

  it('reads a parent body and the issuer printed in one cell as two letterhead lines', () => {
    const steering = metadataOf(
      `UBND HUYỆN GIA LÂM BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\nSố: 77/TB-BCĐ | Gia Lâm, ngày 4 tháng 9 năm 2021 |\n\nTHÔNG BÁO\n\n${BODY}`,
    );
    expect(steering.issuer.value).toEqual({ name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Gia Lâm', kind: 'STEERING_COMMITTEE', level: 'DISTRICT', district: 'Gia Lâm' });
    const department = metadataOf(
      `UBND TỈNH LẠNG SƠN SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1234/SYT-NVY | Lạng Sơn, ngày 20 tháng 12 năm 2021 |\nV/v phòng, chống dịch COVID-19\n\n${BODY}`,
    );
    expect(department.issuer.value).toMatchObject({ name: 'Sở Y tế tỉnh Lạng Sơn', kind: 'OTHER' });
  });

  it('joins a dateline whose cell wrapped after "ngày"', () => {
    expect(metadataOf(`TỈNH ỦY ĐẮK NÔNG\n-------\n|\nSố 120-CV/TU\n|\nĐắk Nông, ngày\n11 tháng 10 năm 2021\n|\n\n${BODY}`).issuedOn.value).toBe('2021-10-11');
  });
});

describe('districts whose names only their marks tell apart', () => {
  it('belong to the province of the district spelled as written: Thanh Trì (Hà Nội), not Thạnh Trị (Sóc Trăng)', () => {
    const letter = (district: string, place: string) =>
      metadataOf(`ỦY BAN NHÂN DÂN\nHUYỆN ${district}\nSố: 07/CT-UBND\n${place}, ngày 03 tháng 8 năm 2021\nCHỈ THỊ\nVề việc tăng cường phòng, chống dịch COVID-19\n\n${BODY}`);
    expect([letter('THANH TRÌ', 'Thanh Trì').province.value?.code, letter('THẠNH TRỊ', 'Thạnh Trị').province.value?.code]).toEqual(['VN-HN', 'VN-52']);
    expect([letter('TAM DƯƠNG', 'Tam Dương').province.value?.code, letter('TAM ĐƯỜNG', 'Tam Đường').province.value?.code]).toEqual(['VN-70', 'VN-01']);
    expect(letter('PHÚ NINH', 'Phú Ninh').issuer.value).toMatchObject({ name: 'Ủy ban nhân dân huyện Phú Ninh', district: 'Phú Ninh' });
    expect(letter('PHÚ NINH', 'Phú Ninh').province.value?.code).toBe('VN-27');
  });
});

describe('a dateline whose day the electronic signature fills', () => {
  it('gives no date and keeps the blank dateline out of the subject beside it', () => {
    for (const dateline of ['Yên Lạc, ngày      tháng 8 năm 2021', 'Yên Lạc, ngày   tháng   năm 2021']) {
      const meta = metadataOf(`ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẠC\nSố: 512/UBND-VP\nV/v thực hiện biện pháp phòng, chống dịch COVID-19\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${dateline}\n\nKính gửi: UBND các xã, thị trấn.\n\n${BODY}`);
      expect([dateline, meta.subject.value, meta.issuedOn.value]).toEqual([dateline, 'thực hiện biện pháp phòng, chống dịch COVID-19', null]);
    }
  });
});

describe('a reprint without a header', () => {
  it('takes the issuer from the sentence that gives the orders, in lower case', () => {
    const meta = metadataOf(
      `Thực hiện Công điện số 1068/CĐ-TTg ngày 31/7/2021 của Thủ tướng Chính phủ, ban chỉ đạo phòng, chống dịch bệnh covid-19 tỉnh yêu cầu các sở, ngành và địa phương thực hiện ngay các nội dung sau:\n\n${BODY}`,
    );
    expect(meta.issuer.value).toMatchObject({ kind: 'STEERING_COMMITTEE', level: 'PROVINCE' });
    expect(meta.number.value).toBeNull();
    expect(meta.issuedOn.reason).toBe('no date line; it cites Công điện số 1068/CĐ-TTg of 2021-07-31, so it was issued on or after 2021-07-31');
    expect(meta.issuedFrom?.value).toBe('2021-07-31');
  });

  it('reads kind, issuer and date from a news lead that reports the signing ("Tối 12/8/2021, ... đã ký công điện khẩn")', () => {
    const meta = metadataOf(
      `Báo Hà Tĩnh\n\nHÀ TĨNH GIÃN CÁCH XÃ HỘI THÀNH PHỐ HÀ TĨNH\n\nTối 12/8/2021, Chủ tịch UBND tỉnh Hà Tĩnh đã ký công điện khẩn về việc áp dụng các biện pháp cấp bách phòng, chống dịch COVID-19 sau khi ghi nhận thêm ca mắc trong cộng đồng. Các nội dung chính như sau:\n\n${BODY}`,
    );
    expect(meta.kind.value).toBe('CONG_DIEN');
    expect(meta.issuer.value).toMatchObject({ kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE' });
    expect(meta.issuedOn.value).toBe('2021-08-12');
  });

  it("reads the number, kind and date from a document portal's record printed above a body whose header is lost", () => {
    const meta = metadataOf(
      `HỆ THỐNG VĂN BẢN ĐIỀU HÀNH TỈNH PHÚ THỌ\n\nSố ký hiệu: 2210/UBND-KGVX   Ngày ký: 05/11/2021   Loại văn bản: Chỉ thị\nTrích yếu: Về tăng cường phòng, chống dịch COVID-19\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành, UBND các huyện thực hiện:\n\n${BODY}`,
    );
    expect([meta.number.value, meta.kind.value, meta.issuedOn.value]).toEqual(['2210/UBND-KGVX', 'CHI_THI', '2021-11-05']);
  });

  it("reads a portal's record whose fields ran on into one long paragraph with the page's menu", () => {
    const record =
      'Trình xem văn bản | Tải về | In | Chia sẻ Ký hiệu: 2210/UBND-KGVX Ngày ban hành: 05/11/2021 Cơ quan ban hành: UBND tỉnh Loại: Chỉ thị ' +
      'Trích yếu: Về tăng cường các biện pháp phòng, chống dịch COVID-19 trong dịp cuối năm trên địa bàn tỉnh Phú Thọ';
    const meta = metadataOf(`HỆ THỐNG VĂN BẢN ĐIỀU HÀNH TỈNH PHÚ THỌ\n\n${record}\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành, UBND các huyện thực hiện:\n\n${BODY}`);
    expect([meta.number.value, meta.kind.value, meta.issuedOn.value]).toEqual(['2210/UBND-KGVX', 'CHI_THI', '2021-11-05']);
  });

  it('reads a record kept as data: attribute or front-matter keys and an ISO date', () => {
    const asciidoc = metadataOf(`= Chỉ thị về phòng, chống dịch\n:so-hieu: 07/CT-UBND\n:loai-van-ban: Chỉ thị\n:ngay-ban-hanh: 2021-08-03\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện:\n\n${BODY}`);
    expect([asciidoc.number.value, asciidoc.kind.value, asciidoc.issuedOn.value]).toEqual(['07/CT-UBND', 'CHI_THI', '2021-08-03']);
    const frontMatter = metadataOf(`---\nso_hieu: 07/CT-UBND\nngay_ban_hanh: 2021-02-30\n---\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện:\n\n${BODY}`);
    // No 30 February: the date is not read.
    expect([frontMatter.number.value, frontMatter.issuedOn.value]).toEqual(['07/CT-UBND', null]);
  });

  it('reads the document a forwarding mail names in its subject', () => {
    const meta = metadataOf(
      `---------- Forwarded message ---------\nFrom: Văn phòng UBND huyện\nSubject: HỎA TỐC - CV 1175/UBND-YT ngày 02/8/2021 về phòng, chống dịch\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện:\n\n${BODY}`,
    );
    expect([meta.number.value, meta.issuedOn.value]).toEqual(['1175/UBND-YT', '2021-08-02']);
    // A subject that names no number gives none.
    const plain = metadataOf(`Subject: Về phòng, chống dịch ngày 02/8/2021\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện:\n\n${BODY}`);
    expect(plain.number.value).toBeNull();
  });

  it('reads the subject of a mail forwarded again ("Fwd:", "Re:")', () => {
    const meta = metadataOf(
      `From: Phòng Du lịch\nSubject: Fwd: Re: CV 2468/UBND-KGVX ngày 14/01/2022 - tổ chức lễ hội\n\nKính gửi các đơn vị,\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện:\n\n${BODY}`,
    );
    expect([meta.number.value, meta.kind.value, meta.issuedOn.value]).toEqual(['2468/UBND-KGVX', 'CONG_VAN', '2022-01-14']);
  });

  it("reads a signed PDF's running header where the first page is lost, and does not join it to the page below", () => {
    const pages = [
      'UBND tỉnh Phú Thọ – KH 41/KH-UBND ngày 11/02/2022                                  2',
      '',
      'các lễ hội đầu năm nhưng không để dịch bệnh bùng phát.',
      '',
      BODY,
    ].join('\n');
    const cleaned = clean(pages);
    expect(cleaned.text.split('\n')[0]).toBe('UBND tỉnh Phú Thọ – KH 41/KH-UBND ngày 11/02/2022 2');
    const meta = metadataOf(pages);
    expect([meta.number.value, meta.kind.value, meta.issuedOn.value]).toEqual(['41/KH-UBND', 'KE_HOACH', '2022-02-11']);
    // A sentence that cites a plan by number and date is no running header.
    const cited = metadataOf(`Thực hiện Kế hoạch 41/KH-UBND ngày 11/02/2022 của UBND tỉnh, các xã thực hiện:\n\n${BODY}`);
    expect(cited.number.value).toBeNull();
  });
});

describe('a press release', () => {
  it('is its own kind, numbered by its title, dated by its update line, issued by a department', () => {
    const meta = metadataOf(
      `SỞ Y TẾ TỈNH AN GIANG\n\nTHÔNG CÁO BÁO CHÍ SỐ 112\nvề tình hình dịch COVID-19 trên địa bàn tỉnh\n(Cập nhật đến 18 giờ ngày 2/9/2021)\n\nTrong ngày, toàn tỉnh đã ghi nhận 35 ca dương tính, trong đó 30 ca trong khu cách ly. Sở Y tế đề nghị người dân thực hiện nghiêm thông điệp 5K.`,
    );
    expect(meta.kind.value).toBe('THONG_CAO_BAO_CHI');
    expect(meta.number.value).toBe('112');
    expect(meta.issuedOn.value).toBe('2021-09-02');
    expect(meta.issuer.value).toEqual({ name: 'Sở Y tế tỉnh An Giang', kind: 'OTHER', level: 'PROVINCE', district: null });
    expect(meta.province.value?.code).toBe('VN-44');
  });
  it('dates a bulletin covering a window by the window\'s end', () => {
    const meta = metadataOf(
      `SỞ Y TẾ TỈNH AN GIANG\n\nTHÔNG CÁO BÁO CHÍ SỐ 113\nvề tình hình dịch COVID-19 trên địa bàn tỉnh\n(Từ 18 giờ ngày 2/9/2021 đến 18 giờ ngày 3/9/2021)\n\nTrong ngày, toàn tỉnh đã ghi nhận 28 ca dương tính. Sở Y tế đề nghị người dân thực hiện nghiêm thông điệp 5K.`,
    );
    expect(meta.issuedOn.value).toBe('2021-09-03');
  });
  it('dates a reprint by the date its title line closes with, not the portal heading above it, and leaves that date out of the subject', () => {
    const meta = metadataOf(
      `Cập nhật tình hình dịch COVID-19 (08h00, ngày 15/9/2020)\n\nTHÔNG CÁO BÁO CHÍ SỐ 71 VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19 TRÊN ĐỊA BÀN TỈNH (Ngày 14/9/2020)\n\nTrong ngày, toàn tỉnh không ghi nhận ca mắc mới. Đề nghị người dân thực hiện nghiêm thông điệp 5K.`,
    );
    expect(meta.issuedOn.value).toBe('2020-09-14');
    expect(meta.subject.value).toBe('CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19 TRÊN ĐỊA BÀN TỈNH');
  });
});

describe('a title that says whose text it is', () => {
  it('names the standing committee under the party committee’s letterhead', () => {
    const meta = metadataOf(`TỈNH ỦY LẠNG SƠN\nSố 88-CT/TU\n\nLạng Sơn, ngày 5 tháng 5 năm 2021\n\nCHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về phòng, chống dịch COVID-19\n\n${BODY}`);
    expect(meta.issuer.value).toEqual({ name: 'Ban Thường vụ Tỉnh ủy Lạng Sơn', kind: 'PARTY_STANDING_COMMITTEE', level: 'PROVINCE', district: null });
  });
});

describe('more header shapes', () => {
  it('dates a dispatch to the hour, and a portal lead opened by its source tag and the time of day', () => {
    expect(metadataOf(`ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: 09/CĐ-UBND\nĐồng Hới, 20 giờ 15 ngày 28 tháng 7 năm 2021\n\nCÔNG ĐIỆN\n\n${BODY}`).issuedOn.value).toBe('2021-07-28');
    const lead = metadataOf(`Quảng Trị siết chặt kiểm soát\n\n29/07/2021 07:10\n\n(Báo Quảng Trị) - Sáng ngày 28/7/2021, UBND tỉnh Quảng Trị ban hành Công văn số 3301/UBND-VX về tăng cường phòng, chống dịch COVID-19.\n\nTheo đó, UBND tỉnh yêu cầu các địa phương tăng cường kiểm soát người về từ vùng dịch và xét nghiệm cho người có triệu chứng.`);
    expect(lead.issuedOn.value).toBe('2021-07-28');
    expect(lead.number.value).toBe('3301/UBND-VX');
  });

  it('dates a lead whose body signs the document ("ký Công văn số ...") as one that issues it', () => {
    const lead = metadataOf('VĨNH LONG: TĂNG CƯỜNG PHÒNG, CHỐNG DỊCH COVID-19\n\nNgày 11/8/2021, Chủ tịch UBND tỉnh ký Công văn số 2210/UBND-VX yêu cầu các địa phương tăng cường kiểm soát người về từ vùng dịch.');
    expect([lead.number.value, lead.kind.value, lead.issuedOn.value]).toEqual(['2210/UBND-VX', 'CONG_VAN', '2021-08-11']);
  });

  it('names a department printed under its parent body as the issuer', () => {
    const office = metadataOf(`ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\nVĂN PHÒNG\nSố: 12/TCBC-VP\n\nSóc Trăng, ngày 3 tháng 9 năm 2021\n\nTHÔNG CÁO BÁO CHÍ\n\nTrong tuần, Ủy ban nhân dân tỉnh đã ban hành 3 văn bản chỉ đạo. Đề nghị người dân thực hiện nghiêm 5K, khai báo y tế khi về từ vùng dịch COVID-19.`);
    expect(office.issuer.value).toEqual({ name: 'Văn phòng Ủy ban nhân dân tỉnh Sóc Trăng', kind: 'OTHER', level: 'PROVINCE', district: null });
    const department = metadataOf(`UBND TỈNH LÀO CAI\nSỞ Y TẾ\nSố: 301/SYT-NVY\n\nLào Cai, ngày 5 tháng 8 năm 2021\n\nSở Y tế đề nghị các bệnh viện tăng cường sàng lọc, xét nghiệm COVID-19 cho người bệnh và người nhà người bệnh.`);
    expect(department.issuer.value).toEqual({ name: 'Sở Y tế tỉnh Lào Cai', kind: 'OTHER', level: 'PROVINCE', district: null });
    // The motto printed beside the department's name, in the same line.
    const beside = metadataOf(
      `UBND TỈNH HẬU GIANG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO            Độc lập - Tự do - Hạnh phúc\n\nSố: 88/SGDĐT-VP            Hậu Giang, ngày 2 tháng 2 năm 2022\n\nSở Giáo dục và Đào tạo đề nghị các trường tổ chức dạy học trực tiếp khi bảo đảm phòng, chống dịch COVID-19.`,
    );
    expect(beside.issuer.value).toEqual({ name: 'Sở Giáo dục và Đào tạo tỉnh Hậu Giang', kind: 'OTHER', level: 'PROVINCE', district: null });
  });

  it('names a department whose name wraps over two lines, or above a unit of it the lexicon does not know, and a unit it knows', () => {
    const wrapped = metadataOf(`UBND TỈNH BẠC LIÊU\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 1520/SLĐTBXH-LĐVL\nBạc Liêu, ngày 12 tháng 8 năm 2021\n\n${BODY}`);
    expect(wrapped.issuer.value).toEqual({ name: 'Sở Lao động - Thương binh và Xã hội tỉnh Bạc Liêu', kind: 'OTHER', level: 'PROVINCE', district: null });
    const unit = metadataOf(`UBND TỈNH NAM ĐỊNH\nSỞ NỘI VỤ\nBAN THI ĐUA - KHEN THƯỞNG\nSố: 45/BTĐKT-VP\nNam Định, ngày 12 tháng 8 năm 2021\n\n${BODY}`);
    expect(unit.issuer.value).toEqual({ name: 'Sở Nội vụ tỉnh Nam Định', kind: 'OTHER', level: 'PROVINCE', district: null });
    // A unit the lexicon knows is the issuer itself.
    const board = metadataOf(`UBND TỈNH NAM ĐỊNH\nSỞ NỘI VỤ\nBAN TÔN GIÁO\nSố: 45/BTG-TT\nNam Định, ngày 12 tháng 8 năm 2021\n\n${BODY}`);
    expect(board.issuer.value).toEqual({ name: 'Ban Tôn giáo tỉnh Nam Định', kind: 'OTHER', level: 'PROVINCE', district: null });
  });

  it('names the department under its parent when the national motto wraps over two lines beside them', () => {
    const letter = metadataOf(`UBND TỈNH HÀ NAM\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2154/SYT-NVY\nHà Nam, ngày 18 tháng 12 năm 2021\nV/v tổ chức xét nghiệm SARS-CoV-2\n\n${BODY}`);
    expect(letter.issuer.value).toEqual({ name: 'Sở Y tế tỉnh Hà Nam', kind: 'OTHER', level: 'PROVINCE', district: null });
  });

  it('reads a department\'s letter whose subject line opens with "Về" as an official letter by its symbol', () => {
    const letter = metadataOf(`ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2915/GDĐT-VP\nVề cho học sinh tạm dừng đến trường\n\nThành phố Hồ Chí Minh, ngày 12 tháng 8 năm 2021\n\n${BODY}`);
    expect([letter.kind.value, letter.number.value]).toEqual(['CONG_VAN', '2915/GDĐT-VP']);
    // The construction department's symbol, with no subject line at all.
    const building = metadataOf(`UBND TỈNH BẮC NINH\nSỞ XÂY DỰNG\nSố: 1502/SXD-QLHĐXD\nBắc Ninh, ngày 20 tháng 9 năm 2021\n\nKính gửi: Các chủ đầu tư trên địa bàn tỉnh.\n\n${BODY}`);
    expect([building.kind.value, building.number.value]).toEqual(['CONG_VAN', '1502/SXD-QLHĐXD']);
  });

  it('reads the kind a text without its header gives itself', () => {
    expect(metadataOf(`${BODY}\n3. Các địa phương báo cáo kết quả thực hiện Kế hoạch này về Sở Y tế hằng tuần.`).kind.value).toBe('KE_HOACH');
  });
});

describe('a letterhead forwarded under a note', () => {
  it('reads the header below a message or a lead paragraph, not the note above it', () => {
    const note = [
      'Zalo nhom To dan pho so 3',
      '08/9/2021 19:05',
      'Ba con luu y: UBND huyen vua ban hanh cong van khan ve phong dich, em chep lai nguyen van de moi nguoi cung nam ro.',
      '-----',
      'UY BAN NHAN DAN              CONG HOA XA HOI CHU NGHIA VIET NAM',
      'HUYEN NGA SON                 Doc lap - Tu do - Hanh phuc',
      'So: 1388/UBND-VP',
      'V/v tang cuong phong, chong dich COVID-19',
      'Nga Son, ngay 08 thang 9 nam 2021',
      '',
      'Chu tich UBND huyen yeu cau:',
      '1. Cac xa, thi tran tang cuong kiem soat nguoi ve tu vung dich COVID-19.',
      '2. Trung tam Y te to chuc xet nghiem cho nguoi co trieu chung.',
    ].join('\n');
    const meta = metadataOf(note);
    expect(meta.number.value).toBe('1388/UBND-VP');
    expect(meta.kind.value).toBe('CONG_VAN');
    expect(meta.issuer.value).toMatchObject({ kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', district: 'Nga Sơn' });
    expect(meta.province.value).toMatchObject({ code: 'VN-21', inferred: false });
    expect(meta.issuedOn.value).toBe('2021-09-08');
  });

  it("reads the issuer's column without the motto below a note-taking app's properties and remark", () => {
    const page = [
      '# Nga Sơn — KH 190 tiêm vắc xin',
      'Created: September 22, 2021 9:14 AM',
      'Nguồn: bản scan gửi qua Zalo, gõ lại; phụ lục danh sách điểm tiêm ở trang cuối chưa nhập xong.',
      '',
      '**ỦY BAN NHÂN DÂN HUYỆN NGA SƠN**',
      'Số: 190/KH-UBND',
      '*Nga Sơn, ngày 20 tháng 9 năm 2021*',
      '## KẾ HOẠCH',
      '',
      BODY,
    ].join('\n');
    const meta = metadataOf(page);
    expect([meta.number.value, meta.kind.value, meta.issuedOn.value]).toEqual(['190/KH-UBND', 'KE_HOACH', '2021-09-20']);
    expect(meta.issuer.value).toMatchObject({ kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', district: 'Nga Sơn' });
  });

  it("reads a youth union's letterhead ('BCH ĐOÀN TỈNH ...') as its body, named once with its province", () => {
    const plan = ['BCH ĐOÀN TỈNH QUẢNG TRỊ          ĐOÀN TNCS HỒ CHÍ MINH', '***', 'Số: 77-KH/TĐTN-PT          Quảng Trị, ngày 10 tháng 6 năm 2021', '', 'KẾ HOẠCH', 'Tình nguyện hè gắn với phòng, chống dịch COVID-19', '', BODY].join('\n');
    const meta = metadataOf(plan);
    expect([meta.number.value, meta.kind.value, meta.province.value?.code, meta.issuedOn.value]).toEqual(['77-KH/TĐTN-PT', 'KE_HOACH', 'VN-25', '2021-06-10']);
    expect(meta.issuer.value).toMatchObject({ kind: 'OTHER', name: 'Tỉnh đoàn Quảng Trị' });
  });

  it("reads a mass organisation's letterhead beside its emblem line, or under its executive committee, as its body, not the party's standing committee its signature names", () => {
    const letter = (head: string, place: string) =>
      [head, `Số: 145/CV-HPN                       ${place}, ngày 20 tháng 7 năm 2021`, 'V/v tham gia phòng, chống dịch COVID-19', BODY, '                    TM. BAN THƯỜNG VỤ', '                        CHỦ TỊCH', '                      Lê Thị Mai'].join('\n');
    const issuer = (head: string, place: string) => metadataOf(letter(head, place)).issuer.value;
    expect(issuer('TỈNH ĐOÀN BẮC GIANG                    ĐOÀN TNCS HỒ CHÍ MINH', 'Bắc Giang')).toMatchObject({ kind: 'OTHER', name: 'Tỉnh đoàn Bắc Giang' });
    expect(issuer('HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBCH HỘI LHPN TỈNH LONG AN                 Độc lập - Tự do - Hạnh phúc', 'Long An')).toMatchObject({ kind: 'OTHER', name: 'Hội LHPN tỉnh Long An' });
    expect(issuer('LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Bình Dương')).toMatchObject({ kind: 'OTHER', name: 'Liên đoàn Lao động tỉnh Bình Dương' });
    expect(issuer('BAN CHẤP HÀNH TỈNH ĐOÀN BẮC GIANG        ĐOÀN TNCS HỒ CHÍ MINH', 'Bắc Giang')).toMatchObject({ kind: 'OTHER', name: 'Tỉnh đoàn Bắc Giang' });
  });

  it('reads the signature of a decision whose guideline follows it with no distribution list between', () => {
    const decision = [
      'UBND TỈNH NINH BÌNH',
      'Số: 77/QĐ-UBND                     Ninh Bình, ngày 22 tháng 02 năm 2022',
      'QUYẾT ĐỊNH',
      'Ban hành Hướng dẫn quản lý người mắc COVID-19 tại nhà',
      'Điều 1. Ban hành kèm theo Quyết định này Hướng dẫn quản lý người mắc COVID-19 tại nhà.',
      'Điều 2. Sở Y tế, UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Đinh Văn Hưng',
      'HƯỚNG DẪN',
      'Quản lý người mắc COVID-19 tại nhà',
      '(Kèm theo Quyết định số 77/QĐ-UBND ngày 22/02/2022 của Chủ tịch UBND tỉnh)',
      '1. Trạm Y tế xã phát túi thuốc cho người mắc COVID-19 điều trị tại nhà.',
    ].join('\n');
    expect(metadataOf(decision).signer.value).toEqual({ name: 'Đinh Văn Hưng', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'K/T CHỦ TỊCH' });
  });

  it("reads a party committee's office under its letterhead as the committee, in whose name it writes", () => {
    const letter = ['TỈNH ỦY QUẢNG NAM                      ĐẢNG CỘNG SẢN VIỆT NAM', 'VĂN PHÒNG', 'Số 1220-CV/VPTU                 Quảng Nam, ngày 20 tháng 7 năm 2021', 'V/v tổ chức hội nghị trực tuyến phòng, chống dịch COVID-19', BODY, 'K/T CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Lê Văn Hải'].join('\n');
    expect(metadataOf(letter).issuer.value).toMatchObject({ kind: 'PARTY_COMMITTEE', name: 'Tỉnh ủy Quảng Nam', level: 'PROVINCE' });
  });

  it("reads a mass organisation's letterhead in capitals under a newsletter mail, as no party body", () => {
    const mail = [
      '---------- Forwarded message ---------',
      'From: Bản tin Hội LHPN tỉnh',
      'Subject: [Bản tin số 07/2021] Kế hoạch tuyên truyền phòng, chống dịch COVID-19',
      '[image: Logo Hội Liên hiệp Phụ nữ tỉnh]',
      'BẢN TIN SỐ 07',
      'HỘI LHPN TỈNH NINH BÌNH',
      'BAN THƯỜNG VỤ',
      'Số: 09/KH-BTV',
      'Ninh Bình, ngày 18 tháng 02 năm 2021',
      '',
      'KẾ HOẠCH',
      'Tuyên truyền, vận động hội viên phòng, chống dịch COVID-19',
      '',
      BODY,
    ].join('\n');
    const meta = metadataOf(mail);
    expect([meta.number.value, meta.kind.value, meta.issuedOn.value]).toEqual(['09/KH-BTV', 'KE_HOACH', '2021-02-18']);
    expect(meta.issuer.value).toMatchObject({ kind: 'OTHER', level: 'PROVINCE' });
    expect(meta.province.value?.code).toBe('VN-18');
  });

  it("reads a static site's page source: the front matter's title and the letterhead a template tag prints from attributes", () => {
    const page = [
      '---',
      'title: "Kế hoạch 41/KH-UBND: đưa học sinh trở lại trường"',
      'date: 2022-02-12T08:30:00+07:00',
      '---',
      '',
      '{{< header-vanban coquan="ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" so="41/KH-UBND" diadanh="Ninh Bình" ngay="11/02/2022" >}}',
      '',
      '## KẾ HOẠCH',
      '',
      BODY,
    ].join('\n');
    const meta = metadataOf(page);
    expect([meta.number.value, meta.kind.value, meta.issuedOn.value, meta.province.value?.code]).toEqual(['41/KH-UBND', 'KE_HOACH', '2022-02-11', 'VN-18']);
    expect(meta.issuer.value).toMatchObject({ kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE' });
  });
});

describe('a subject under the title that wraps', () => {
  it('joins the next line when the first ends on a joining word, even where the next opens with a place\'s name', () => {
    const plan = metadataOf(`ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 388/KH-UBND\nHà Tĩnh, ngày 05 tháng 10 năm 2021\nKẾ HOẠCH\nĐón công dân từ Thành phố Hồ Chí Minh, Bình Dương và\nLong An về quê bằng tàu hỏa\n\n${BODY}`);
    expect(plan.subject.value).toBe('Đón công dân từ Thành phố Hồ Chí Minh, Bình Dương và Long An về quê bằng tàu hỏa');
    const notice = metadataOf(`ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 390/TB-UBND\nHà Tĩnh, ngày 05 tháng 10 năm 2021\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 04/10/2021\nNgày 04/10/2021, Chủ tịch UBND tỉnh chủ trì cuộc họp trực tuyến với các huyện.\n\n${BODY}`);
    expect(notice.subject.value).toBe('Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 04/10/2021');
  });
});

describe('a notice read out, one short sentence a line', () => {
  it('ends the header at the first two sentences running: the subject stays its own, the signer is found', () => {
    const notice = metadataOf(
      [
        'UBND HUYỆN CẨM XUYÊN',
        'UBND XÃ CẨM BÌNH',
        'Số: 57/TB-UBND',
        'Cẩm Bình, ngày 03 tháng 8 năm 2021',
        'THÔNG BÁO',
        'V/v phòng, chống dịch COVID-19',
        'Kính thưa bà con Nhân dân!',
        'Thôn Tân Phúc có 01 ca dương tính với SARS-CoV-2.',
        'Từ 18 giờ ngày 03/8/2021, phong tỏa tạm thời thôn Tân Phúc.',
        'Chợ Cẩm Bình tạm dừng hoạt động.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Lê Văn Tâm',
      ].join('\n'),
    );
    expect(notice.subject.value).toBe('phòng, chống dịch COVID-19');
    expect(notice.signer.value).toMatchObject({ name: 'Lê Văn Tâm', title: 'CHỦ TỊCH' });
  });

  it("takes no masthead in capitals nor a site's menu for two sentences running: a clan's notice under them is still refused", () => {
    const page = [
      'HỌ TRẦN VĂN LÀNG PHÚ XÁ - Trang thông tin dòng ho.',
      'Trang chu? | Tin dòng họ | Khuyến học | Liên hê.',
      'HỘI ĐỒNG GIA TỘC                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HỌ TRẦN VĂN LÀNG PHÚ XÁ           Độc lập - Tự do - Hạnh phúc',
      'Số: 05/TB-HĐGT                    Phú Xá, ngày 20 tháng 8 năm 2021',
      'THÔNG BÁO',
      'V/v hoãn Lễ giỗ Tổ phòng, chống dịch COVID-19',
      BODY,
    ].join('\n');
    expect(() => metadataOf(page)).toThrow(/private body/);
  });
});
