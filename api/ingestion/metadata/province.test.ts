import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { read } from '../reading';
import { readMetadata } from './index';
import { findPlaceMentions } from './gazetteer';

function provinceOf(text: string) {
  const cleaned = clean(text);
  return readMetadata(read(cleaned, segmentClauses(cleaned.text))).province.province;
}

describe('extractProvince', () => {
  it('states the province a dateline names', () => {
    expect(provinceOf('CÔNG VĂN\nV/v phòng dịch\nĐà Nẵng, ngày 3 tháng 8 năm 2021\n\n1. Thực hiện nghiêm.').value).toEqual({
      code: 'VN-DN',
      inferred: false,
      evidence: 'dateline "Đà Nẵng, ngày 3 tháng 8 năm 2021"',
    });
  });

  it('reads a commune letter\'s dateline as the commune, not a district of that name elsewhere', () => {
    const p = provinceOf(
      'ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HÒA\nSố: 15/TB-UBND\nĐông Hòa, ngày 10 tháng 10 năm 2021\n\nTHÔNG BÁO\nVề phòng, chống dịch COVID-19\n\nThực hiện chỉ đạo của UBND huyện Đông Hưng, UBND xã thông báo:\n1. Người dân hạn chế ra khỏi nhà.',
    );
    expect(p.value?.code).toBe('VN-20');
  });

  it("states the province of the district a commune portal's masthead names", () => {
    const p = provinceOf('CỔNG THÔNG TIN ĐIỆN TỬ XÃ THIỆU TÂN - HUYỆN THIỆU HÓA\n\nCông văn về phòng, chống dịch COVID-19 của UBND tỉnh\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương thực hiện nghiêm các biện pháp phòng, chống dịch.\n\n1. Thực hiện nghiêm.');
    expect(p.value).toEqual({ code: 'VN-21', inferred: false, evidence: 'header "HUYỆN THIỆU HÓA" names Thiệu Hóa, a district-level unit of Thanh Hóa' });
  });

  it('infers the province of a commune whose letterhead stops at the commune from the one district its notice names', () => {
    const notice = (body: string) =>
      `ỦY BAN NHÂN DÂN\nXÃ HOẰNG TRUNG\nSố: 45/TB-UBND\nHoằng Trung, ngày 27 tháng 8 năm 2021\n\nTHÔNG BÁO\n\n${body}\n\n1. Thành lập 03 chốt kiểm soát tại các tuyến đường ra vào xã.`;
    expect(provinceOf(notice('Thực hiện Công văn số 1892/UBND-VP ngày 26/8/2021 của UBND huyện Hoằng Hóa, UBND xã thông báo:')).value).toEqual({
      code: 'VN-21',
      inferred: true,
      evidence: 'not stated; the commune\'s notice names one district, "huyện Hoằng Hóa", a district-level unit of Thanh Hóa',
    });
    // Two districts named decide nothing.
    expect(provinceOf(notice('Người về từ huyện Hoằng Hóa và huyện Kim Bảng phải khai báo y tế, UBND xã thông báo:')).value).toBeNull();
    // Nor a district, but the one province whose body's letter it carries out.
    expect(provinceOf(notice('Thực hiện Công văn số 6420/UBND-VX ngày 20/11/2021 của UBND tỉnh Hà Tĩnh, UBND xã thông báo:')).value).toEqual({
      code: 'VN-23',
      inferred: true,
      evidence: 'not stated; the text names one province\'s body only, "tỉnh Hà Tĩnh"',
    });
    // A province people come from is no such body.
    expect(provinceOf(notice('Người về từ tỉnh Bắc Giang phải khai báo y tế, UBND xã thông báo:')).value).toBeNull();
  });

  it("infers the province from the address of the paper or portal a reprint was cut from, when nothing else decides", () => {
    const lead = 'Chiều 5/8, Chủ tịch UBND tỉnh đã ký Công điện số 27/CĐ-UBND về phòng, chống dịch COVID-19. Theo đó, các huyện tạm dừng hoạt động tập trung trên 20 người.';
    expect(provinceOf(`(Baohatinh.vn) - ${lead}`).value).toEqual({ code: 'VN-23', inferred: true, evidence: 'not stated; the text was cut from Baohatinh.vn' });
    expect(provinceOf(`${lead}\nNguồn: https://www.quangtri.gov.vn/tin-tuc`).value).toMatchObject({ code: 'VN-25', inferred: true });
    // A district's site is a subdomain of its province's.
    expect(provinceOf(`${lead}\nXem bản gốc tại sadec.dongthap.gov.vn`).value).toEqual({ code: 'VN-45', inferred: true, evidence: 'not stated; the text was cut from sadec.dongthap.gov.vn' });
    // Two provinces' addresses, or a national paper's, decide nothing.
    expect(provinceOf(`${lead}\nNguồn: baoquangtri.vn, baohatinh.vn`).value).toBeNull();
    expect(provinceOf(`(Baochinhphu.vn) - ${lead}`).value).toBeNull();
  });

  it('counts no place people come from or go to, and no centrally-run city for a province\'s committee', () => {
    const text = (more: string) =>
      `Chiều nay Chủ tịch Ủy ban nhân dân tỉnh đã ký Công điện khẩn số 07/CĐ-UBND về tăng cường phòng, chống dịch COVID-19.\nTất cả người đến từ Đà Nẵng phải khai báo y tế; người từ thành phố Đà Nẵng trở về cách ly tại nhà 14 ngày; hạn chế đi Đà Nẵng khi không cần thiết.${more}`;
    // Where people come from names no issuer: nothing decides.
    expect(provinceOf(text('')).value).toBeNull();
    // The province's own places still count.
    expect(provinceOf(text(' Lập chốt kiểm soát tại Cà Ná và tại các cửa ngõ vào tỉnh Ninh Thuận.')).value).toMatchObject({ code: 'VN-36', inferred: true });
    // Mentions of a city where the outbreak is, with "tỉnh" in the issuer, decide nothing either.
    expect(provinceOf(text(' Dịch bệnh tại Đà Nẵng, Đà Nẵng và Đà Nẵng diễn biến phức tạp.')).value).toBeNull();
  });

  it("infers the province from the masthead of the paper a reprint was cut from: the province's name or its capital's", () => {
    const page = (masthead: string) => `${masthead}\nThời sự | Xã hội\n\nSiết chặt quản lý người từ vùng dịch\n\nTối 10/5, ban chỉ đạo phòng, chống dịch COVID-19 tỉnh họp khẩn. Theo thông báo, người về từ vùng dịch phải cách ly tập trung 21 ngày.`;
    expect(provinceOf(page('BÁO QUẢNG NINH ĐIỆN TỬ')).value).toEqual({ code: 'VN-13', inferred: true, evidence: 'not stated; the text was cut from the paper or portal "BÁO QUẢNG NINH ĐIỆN TỬ"' });
    expect(provinceOf(page('Báo Điện Biên Phủ điện tử')).value).toMatchObject({ code: 'VN-71', inferred: true });
    // A national paper names no province.
    expect(provinceOf(page('BÁO NHÂN DÂN ĐIỆN TỬ')).value).toBeNull();
  });

  it("infers the province from a lead's credit in brackets naming a provincial portal or paper", () => {
    const lead = (credit: string) => `${credit} - Ngày 12/11/2021, Ban Quản lý các khu công nghiệp tỉnh ban hành Công văn số 1320/BQL-DN về việc tăng cường phòng, chống dịch COVID-19.\nTheo đó, các doanh nghiệp xét nghiệm cho người lao động 7 ngày/lần.`;
    expect(provinceOf(lead('(Cổng TTĐT tỉnh Hưng Yên)')).value).toEqual({ code: 'VN-66', inferred: true, evidence: 'not stated; the text was cut from the paper or portal "(Cổng TTĐT tỉnh Hưng Yên)"' });
    expect(provinceOf(lead('(Báo Hưng Yên)')).value).toMatchObject({ code: 'VN-66', inferred: true });
    // A national portal names no province.
    expect(provinceOf(lead('(Cổng TTĐT Chính phủ)')).value).toBeNull();
  });

  it('states a city named in full in the dateline', () => {
    const p = provinceOf('CÔNG VĂN\nV/v phòng dịch\nThành phố Hồ Chí Minh, ngày 9 tháng 7 năm 2021\n\n1. Thực hiện nghiêm.');
    expect(p.value).toEqual({ code: 'VN-SG', inferred: false, evidence: 'dateline "Thành phố Hồ Chí Minh, ngày 9 tháng 7 năm 2021"' });
  });

  it("states the province a reprint's lead gives its issuer, whatever issue verb follows", () => {
    const signed = provinceOf('Chủ tịch UBND tỉnh Bình Phước vừa ký Chỉ thị số 12/CT-UBND ngày 20/7/2021 về giãn cách xã hội. Chỉ thị nêu rõ: Người dân không ra khỏi nhà khi không thật sự cần thiết.');
    expect(signed.value).toMatchObject({ code: 'VN-58', inferred: false });
    const issued = provinceOf('Ngày 5/8/2021, UBND tỉnh Quảng Nam ban hành Công văn số 5123/UBND-KGVX về tăng cường phòng, chống dịch. Theo đó, UBND tỉnh yêu cầu các sở thực hiện nghiêm giãn cách xã hội.');
    expect(issued.value).toMatchObject({ code: 'VN-27', inferred: false });
    // "có" with any kind of document: "đã có Công điện", "vừa có Kế hoạch".
    const cabled = provinceOf('Ngày 23/5/2021, Chủ tịch UBND tỉnh Hà Giang đã có Công điện số 1543/CĐ-CTUBND về tăng cường phòng, chống dịch COVID-19. Công điện yêu cầu UBND các huyện tạm dừng các cuộc họp không cần thiết.');
    expect(cabled.value).toMatchObject({ code: 'VN-03', inferred: false });
  });

  it("states the province a reprint's headline gives the issuer its lead leaves unnamed", () => {
    const lead = '(BP) - Ngày 22/9/2021, UBND tỉnh ban hành Công văn số 3120/UBND-KGVX về việc tiếp tục thực hiện các biện pháp phòng, chống dịch COVID-19.\n\nChủ tịch UBND tỉnh yêu cầu người dân hạn chế ra khỏi nhà.';
    expect(provinceOf(`UBND tỉnh Bình Phước tiếp tục giãn cách xã hội\n\n${lead}`).value).toEqual({
      code: 'VN-58',
      inferred: false,
      evidence: 'the headline says "UBND tỉnh Bình Phước"',
    });
    // A province the headline names without its issuer is one mention among others.
    expect(provinceOf(`Người về từ Bình Phước phải cách ly 14 ngày\n\n${lead}`).value?.code).not.toBe('VN-58');
  });

  it('states the province a news headline opens on as the body that acts ("Nghệ An ban hành ...", "Nghệ An: ...")', () => {
    const lead = 'Chủ tịch UBND tỉnh vừa ký văn bản yêu cầu các huyện, thành phố tạm dừng các hoạt động không thiết yếu.';
    expect(provinceOf(`Nghệ An ban hành Công văn 4102/UBND-KT về phòng, chống dịch\n\n${lead}`).value).toEqual({ code: 'VN-22', inferred: false, evidence: 'the headline says "Nghệ An ban hành"' });
    expect(provinceOf(`Nghệ An: tạm dừng các hoạt động không thiết yếu từ 0 giờ ngày 14/8\n\n${lead}`).value).toMatchObject({ code: 'VN-22', inferred: false, evidence: 'the headline says "Nghệ An:"' });
    // A province the headline names further in is where people come from, not who acts.
    expect(provinceOf(`Người về từ Nghệ An phải cách ly 14 ngày\n\n${lead}`).value?.code).not.toBe('VN-22');
  });

  it('states the province an issuer named in running text carries', () => {
    const p = provinceOf('Thực hiện Công điện số 1068/CĐ-TTg ngày 10/8/2021 của Thủ tướng Chính phủ, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Sóc Trăng yêu cầu các địa phương tạm dừng các hoạt động không thiết yếu.');
    expect(p.value).toMatchObject({ code: 'VN-52', inferred: false, evidence: 'the issuer "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Sóc Trăng"' });
  });

  it('infers from body mentions only when one province clearly dominates', () => {
    const text =
      'THÔNG BÁO\nvề phòng dịch\n\nKiểm soát chặt chẽ người về từ Bình Dương tại cảng Cái Mép, Phú Mỹ và tại các chốt của tỉnh Bà Rịa - Vũng Tàu trong thời gian giãn cách.';
    const p = provinceOf(text);
    expect(p.value?.code).toBe('VN-43');
    expect(p.value?.inferred).toBe(true);
  });

  it('counts no village or commune named like a district elsewhere ("thôn Hòa Vang 2", "xã Tân Phú")', () => {
    const text =
      'THÔNG BÁO\nvề phòng dịch\n\nPhong tỏa tạm thời cụm dân cư thôn Hòa Vang 2 và thôn Hòa Vang 3, xã Lộc Điền; các khu vực còn lại của thôn Hòa Vang 2, thôn Hòa Vang 3 giãn cách xã hội. UBND huyện Phú Lộc và UBND huyện Phú Vang bố trí chốt kiểm soát.';
    const p = provinceOf(text);
    expect(p.value).toMatchObject({ code: 'VN-26', inferred: true });
    expect(p.value?.evidence).not.toContain('Hòa Vang');
  });

  it('is unknown, with the candidates, when mentions are split', () => {
    const p = provinceOf('THÔNG BÁO\nvề phòng dịch\n\nNgười lao động tại Bình Dương và Đồng Nai phải khai báo y tế.');
    expect(p).toEqual({
      value: null,
      reason: 'the letterhead and dateline name no province, and the mentions do not single one out: Bình Dương (1), Đồng Nai (1)',
    });
    // A list of places people come from is no candidate.
    expect(provinceOf('THÔNG BÁO\nvề phòng dịch\n\nNgười về từ Bình Dương và Đồng Nai phải khai báo y tế; người về từ tỉnh Bắc Giang, tỉnh Bắc Ninh cách ly.')).toEqual({
      value: null,
      reason: 'the letterhead and dateline name no province, and the text names only places people come from or go to: Bình Dương (1), Đồng Nai (1), Bắc Giang (1)',
    });
  });

  it('is unknown when nothing is named', () => {
    expect(provinceOf('THÔNG BÁO\nvề phòng dịch\n\n1. Các cấp ủy thực hiện nghiêm.')).toEqual({
      value: null,
      reason: 'no province or place in one is named in the letterhead, dateline or text',
    });
  });
});

describe('findPlaceMentions', () => {
  it('needs capitals where the reference has them: "hòa bình" (peace) is not the province', () => {
    expect(findPlaceMentions('giữ gìn hòa bình và ổn định').map((m) => m.province.code)).toEqual([]);
    expect(findPlaceMentions('tỉnh Hòa Bình').map((m) => m.province.code)).toEqual(['VN-14']);
  });

  it('prefers the longest name and falls back to a shorter one inside a rejected span', () => {
    expect(findPlaceMentions('tỉnh Thừa Thiên Huế').map((m) => m.surface)).toEqual(['Thừa Thiên Huế']);
    expect(findPlaceMentions('tại thành Phố Hồ Chí Minh').map((m) => m.surface)).toEqual(['Hồ Chí Minh']);
  });

  it('matches unaccented and OCR-accented spellings', () => {
    expect(findPlaceMentions('tinh Quang Ninh').map((m) => m.province.code)).toEqual(['VN-13']);
    expect(findPlaceMentions('TINH DIEN BIEN').map((m) => m.province.code)).toEqual(['VN-71']);
  });

  it('does not take a marked word with a plain "d" for a place with "đ": "DIÊN BIÊN PHỨC TẠP" is no Điện Biên', () => {
    expect(findPlaceMentions('TRÊN THẾ GIỚI DIÊN BIÊN PHỨC TẠP').map((m) => m.province.code)).toEqual([]);
    expect(findPlaceMentions('TỈNH ĐIỆN BIÊN').map((m) => m.province.code)).toEqual(['VN-71']);
  });
});
