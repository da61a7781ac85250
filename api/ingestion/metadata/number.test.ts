import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { read } from '../reading';
import { extractNumber } from './number';
import { findCitedDocuments } from '../cited-documents';
import { numberSymbols } from '../lexicons/document-kinds';
import { defaultLexicons } from '../lexicons';

function numberOf(text: string) {
  const cleaned = clean(text);
  return extractNumber(read(cleaned, segmentClauses(cleaned.text)));
}

const BODY = 'Thực hiện Công điện số 1699/CĐ-TTg, ngày 02/12/2020 của Thủ tướng Chính phủ và Giấy mời số 291-GM/TU ngày 21/9/2021, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện nghiêm.';

describe('extractNumber', () => {
  it('reads the letterhead number in its usual spellings', () => {
    expect(numberOf(`TỈNH ỦY BẮC GIANG\nSố 125 - TB/TU\n\n${BODY}`).value).toBe('125-TB/TU');
    expect(numberOf(`UBND TỈNH BÌNH DƯƠNG\nSố: 25/CT-UBND\n\n${BODY}`).value).toBe('25/CT-UBND');
    expect(numberOf(`UBND TỈNH LONG AN\nSố: 15/2021/QĐ-UBND\n\n${BODY}`).value).toBe('15/2021/QĐ-UBND');
    // Two columns read as one OCR line: the number stops before the dateline.
    expect(numberOf(`Số: 4567/UBND-VX Hà Nội, ngày 5 tháng 8 năm 2021\n\n${BODY}`).value).toBe('4567/UBND-VX');
    // The letterhead's rules ran onto the number's line.
    expect(numberOf(`UỶ BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n------- ------------------- Số: 1186/UBND-KGVX\n\n${BODY}`).value).toBe('1186/UBND-KGVX');
  });

  it("reads a law library's title line, its kind word right before the number with or without \"số\"", () => {
    const title = (lead: string) => `${lead} 350/KH-UBND ngày 25/9/2021 tiêm vắc xin phòng COVID-19 đợt 5 trên địa bàn tỉnh Lào Cai\n\nI. MỤC ĐÍCH\nBảo đảm 80% người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi vắc xin.`;
    expect(numberOf(title('Kế hoạch')).value).toBe('350/KH-UBND');
    expect(numberOf(title('Kế hoạch số')).value).toBe('350/KH-UBND');
    // A "Số" line wins over such a title, which a page may print in capitals above the letterhead.
    expect(numberOf(`THÔNG BÁO 52/TB-CAH - CÔNG AN HUYỆN THÁI THỤY\nCÔNG AN HUYỆN THÁI THỤY\nSỐ: 52/TB-CAH\n\n${BODY}`).value).toBe('52/TB-CAH');
    // A line that opens with a date and a cited document's number names no number of its own.
    expect(numberOf(`27/9/2021 Thực hiện Công văn 350/UBND-VX của tỉnh\n\n${BODY}`).value).toBeNull();
  });

  it('reads the number of a title that presents its document, as the title slide of a briefing does', () => {
    const slides = `Slide 1\nTỈNH ỦY NINH BÌNH\nQUÁN TRIỆT CHỈ THỊ SỐ 12-CT/TU\nngày 05/8/2021 của Ban Thường vụ Tỉnh ủy\n\nSlide 2\n${BODY}`;
    expect(numberOf(slides).value).toBe('12-CT/TU');
    // A lead that is not a title lead (document-kinds.json titleLeads) leaves the number to the document cited.
    expect(numberOf(`TỈNH ỦY NINH BÌNH\nKIỂM TRA CHỈ THỊ SỐ 12-CT/TU\n\n${BODY}`).value).toBeNull();
  });

  it('reads the serial of a notice marked urgent in its title ("THÔNG BÁO KHẨN SỐ 12")', () => {
    const notice = (title: string) => numberOf(`SỞ Y TẾ TỈNH NGHỆ AN\nNghệ An, ngày 20 tháng 6 năm 2021\n\n${title}\nVề việc tìm người đến các địa điểm có ca bệnh\n\nSở Y tế đề nghị những người đã đến các địa điểm sau liên hệ ngay với Trạm Y tế xã.`).value;
    expect(notice('THÔNG BÁO KHẨN SỐ 12')).toBe('12');
    expect(notice('THÔNG BÁO HỎA TỐC SỐ 7')).toBe('7');
    expect(notice('THÔNG BÁO SỐ 12')).toBe('12');
  });

  it("reads the number a news article's headline gives for the document it reports, above its lead", () => {
    const lead = 'Thứ Sáu, 13/08/2021 - 15:20\nChủ tịch UBND tỉnh vừa ký văn bản yêu cầu các sở, ngành tạm dừng các hoạt động không thiết yếu.';
    expect(numberOf(`Nghệ An ban hành Công văn 4102/UBND-KT về tăng cường phòng, chống dịch COVID-19\n${lead}`).value).toBe('4102/UBND-KT');
    // A headline that only carries out a document names no number of its own.
    expect(numberOf(`Triển khai Công văn 4102/UBND-KT của UBND tỉnh Nghệ An\n${lead}`).value).toBeNull();
  });

  it('never takes the number of a document the text cites', () => {
    const n = numberOf(`CÔNG VĂN\nV/v phòng, chống dịch\n\n${BODY}`);
    expect(n).toEqual({
      value: null,
      reason:
        'the text gives no document number: the text starts at the title; the numbers it contains (1699/CĐ-TTg, 291-GM/TU) belong to documents it cites',
    });
  });

  it('reads the number a portal lead gives for the directive it reports', () => {
    const text = `Bắc Ninh siết chặt phòng dịch\n\n02/08/2021 10:15\n\nNgày 1/8, Tỉnh ủy Bắc Ninh ban hành Chỉ thị số 12-CT/TU về tăng cường phòng, chống dịch COVID-19 theo Công điện số 1068/CĐ-TTg.`;
    expect(numberOf(text).value).toBe('12-CT/TU');
    // Any issue verb of issuers.json, without the kind word it carries: "có công văn" -> "có Công văn số".
    const had = `Sóc Trăng tăng cường phòng dịch\n\nNgày 19/7, Ban Chỉ đạo tỉnh Sóc Trăng có Công văn số 1450/BCĐ về phòng, chống dịch COVID-19 theo Chỉ thị số 16/CT-TTg.`;
    expect(numberOf(had).value).toBe('1450/BCĐ');
    // An urgency mark between the kind word and "số" (document-kinds.json urgencies).
    const urgent = `Huyện siết chặt phòng dịch\n\nNgày 21/7/2021, UBND huyện Tháp Mười ban hành Công văn hỏa tốc số 998/UBND-VX về phòng, chống dịch COVID-19.`;
    expect(numberOf(urgent).value).toBe('998/UBND-VX');
    // A qualifier that says what the document does (document-kinds.json qualifiers), "số" with its colon.
    const directing = `Lập chốt kiểm soát ra vào huyện\n\nNgày 27/8/2021, UBND huyện Quảng Xương đã có văn bản chỉ đạo số: 1903/UBND-VP về việc tăng cường phòng, chống dịch COVID-19 trên địa bàn huyện.`;
    expect(numberOf(directing).value).toBe('1903/UBND-VP');
    // A lead that points back at its headline names its document "tại" (issuers.json backReferences) ...
    const pointing = `Xử lý nghiêm người ra đường không có việc cần thiết\n\nĐó là chỉ đạo của UBND tỉnh đối với các sở, ngành, UBND các huyện tại Công văn số 4102/UBND-KT ngày 21/6/2021 về việc tiếp tục giãn cách xã hội theo Chỉ thị số 16/CT-TTg.`;
    expect(numberOf(pointing).value).toBe('4102/UBND-KT');
    // ... which a lead citing an older document "tại" does not.
    const citing = `Xử lý nghiêm người ra đường\n\nTheo chỉ đạo của UBND tỉnh tại Công văn số 4102/UBND-KT ngày 21/6/2021, các huyện tiếp tục giãn cách xã hội.`;
    expect(numberOf(citing).value).toBeNull();
    // A lead that opens on its document and says whom it was sent to reports it (issuers.json reportedLeads) ...
    const sent = `Hà Giang dừng dịch vụ không thiết yếu\n\nTheo Công văn số 2345/UBND-KGVX ngày 4/8/2021 của UBND tỉnh Hà Giang gửi các sở, ngành, UBND các huyện, từ 12 giờ ngày 5/8/2021 tạm dừng hoạt động các dịch vụ không thiết yếu.`;
    expect(numberOf(sent).value).toBe('2345/UBND-KGVX');
    // ... a lead that opens on a document it only follows does not.
    const following = `Hà Giang dừng dịch vụ không thiết yếu\n\nTheo Công văn số 2345/UBND-KGVX ngày 4/8/2021 của UBND tỉnh Hà Giang, các huyện tạm dừng hoạt động các dịch vụ không thiết yếu.`;
    expect(numberOf(following).value).toBeNull();
  });
});

describe('documents the text cites', () => {
  it('are found with their kind words and dates, quoted from the text', () => {
    const found = findCitedDocuments(read({ format: 'PLAIN', text: BODY }, []));
    expect(found.map(({ kindWord, number, date }) => ({ kindWord, number, date }))).toEqual([
      { kindWord: 'Công điện', number: '1699/CĐ-TTg', date: '2020-12-02' },
      { kindWord: 'Giấy mời', number: '291-GM/TU', date: '2021-09-21' },
    ]);
    expect(found.map((c) => BODY.slice(c.start, c.end))).toEqual([
      'Công điện số 1699/CĐ-TTg, ngày 02/12/2020',
      'Giấy mời số 291-GM/TU ngày 21/9/2021',
    ]);
  });
});

describe('the symbols of a number', () => {
  const symbols = (s: string[]) => numberSymbols(defaultLexicons().documentKinds, s);

  it('tell the kind code and the issuer code apart', () => {
    expect(symbols(['TB', 'TU'])).toMatchObject({ kind: { code: 'THONG_BAO' }, issuer: 'PARTY_COMMITTEE', letterWithoutKindCode: false });
    expect(symbols(['CT', 'UBND'])).toMatchObject({ kind: { code: 'CHI_THI' }, issuer: 'PEOPLES_COMMITTEE' });
    expect(symbols(['UBND', 'VX'])).toMatchObject({ kind: undefined, letterWithoutKindCode: true });
    expect(symbols(['CD', 'VPCP'])).toMatchObject({ kind: { code: 'CONG_DIEN' } });
  });
});
