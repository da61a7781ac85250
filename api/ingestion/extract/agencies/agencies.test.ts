import { canonicalAgencyName, findAgencies } from './agencies';
import { nothingFound } from '../found';
import { clean } from '../../clean';
import { readMetadata } from '../../metadata';
import { segmentClauses } from '../../segment/clauses';
import { loadSeed } from '../../../evaluation/gold';
import { extractFacts } from '../index';
import { defaultLexicons } from '../../lexicons';
import { read } from '../../reading';

const lex = defaultLexicons();
const agencies = (text: string) => findAgencies(read({ format: 'PLAIN', text }, [], lex), nothingFound({ ownNumber: null, year: null })).map((a) => [a.canonicalName, a.level, a.citation.quote, a.citation.rule]);
const names = (text: string) => [...new Set(findAgencies(read({ format: 'PLAIN', text }, [], lex), nothingFound({ ownNumber: null, year: null })).map((a) => a.canonicalName))];

describe('canonical agency names', () => {
  it('maps the spellings of one body to one name', () => {
    for (const written of ['Sở Giao thông - Vận tải', 'Sở Giao thông Vận tải', 'Sở Giao thông vận tải', 'Sở GTVT', 'SỞ GIAO THÔNG VẬN TẢI']) {
      expect(canonicalAgencyName(written, lex)).toBe('Sở Giao thông vận tải');
    }
    for (const written of ['Sở Thông tin Truyền thông', 'Sở Thông tin và Truyền thông', 'Sở TT&TT']) {
      expect(canonicalAgencyName(written, lex)).toBe('Sở Thông tin và Truyền thông');
    }
    for (const written of ['UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh', 'ƯBND tỉnh']) {
      expect(canonicalAgencyName(written, lex)).toBe('Ủy ban nhân dân tỉnh');
    }
    // The Ministry of Health's departments, one with a comma in its name.
    expect(names('Phối hợp Cục Y tế dự phòng, Cục Quản lý Khám, chữa bệnh hướng dẫn.')).toEqual(['Cục Y tế dự phòng', 'Cục Quản lý Khám, chữa bệnh']);
    // Short names of provincial bodies.
    expect(canonicalAgencyName('Đài PT-TH tỉnh', lex)).toBe('Đài Phát thanh và Truyền hình tỉnh');
    expect(canonicalAgencyName('LĐLĐ tỉnh', lex)).toBe('Liên đoàn Lao động tỉnh');
    for (const written of ['BQL KKT tỉnh', 'Ban QL Khu kinh tế', 'BQL KHU KINH TẾ TỈNH']) expect(canonicalAgencyName(written, lex)).toBe('Ban Quản lý Khu kinh tế');
    // The first wave's long name of the steering committees, at their level.
    expect(
      agencies('Ban chỉ đạo phòng chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona huyện Đồng Hỷ thực hiện; Ban Chỉ đạo phòng chống dịch bệnh nCoV các huyện, thành phố tổ chức cách ly.').map((a) => [a[0], a[1]]),
    ).toEqual([
      ['Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Đồng Hỷ', 'DISTRICT'],
      ['Ban Chỉ đạo phòng, chống dịch COVID-19 cấp huyện', 'DISTRICT'],
    ]);
    expect(canonicalAgencyName('Hội CCB tỉnh', lex)).toBe('Hội Cựu chiến binh tỉnh');
    // The provincial police's traffic division, not a district office cut at "Cảnh sát".
    expect(agencies('Phòng Cảnh sát giao thông tăng cường tuần tra.').map((a) => [a[0], a[1], a[2]])).toEqual([['Phòng Cảnh sát giao thông Công an tỉnh', 'PROVINCIAL', 'Phòng Cảnh sát giao thông']]);
    expect(canonicalAgencyName('Phòng CSGT Công an tỉnh', lex)).toBe('Phòng Cảnh sát giao thông Công an tỉnh');
    // The committee's short name before a district's or commune's name is that unit's.
    expect(names('BCĐ phòng, chống dịch COVID-19 xã Yên Lộc kiểm tra; BCĐ phòng chống dịch huyện Kim Sơn chỉ đạo.')).toEqual([
      'Ban Chỉ đạo phòng, chống dịch COVID-19 xã Yên Lộc',
      'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Kim Sơn',
    ]);
    // The community team however its task is named, as long as it names COVID.
    expect(agencies('Tổ giám sát COVID-19 cộng đồng rà soát; Tổ phòng, chống COVID tại cộng đồng trực chốt; Thành lập Tổ giám sát cộng đồng.').map((a) => [a[0], a[2]])).toEqual([
      ['Tổ COVID-19 cộng đồng', 'Tổ giám sát COVID-19 cộng đồng'],
      ['Tổ COVID-19 cộng đồng', 'Tổ phòng, chống COVID tại cộng đồng'],
    ]);
    // Places of detention: the province's camp under its police, a ministry's prison by name, the rehab centre.
    expect(names('Công an tỉnh chỉ đạo Trại tạm giam Công an tỉnh, đề nghị Trại giam Hoàng Tiến (Bộ Công an) và Cơ sở cai nghiện ma túy tỉnh tạm dừng thăm gặp.')).toEqual([
      'Công an tỉnh',
      'Trại tạm giam Công an tỉnh',
      'Trại giam Hoàng Tiến',
      'Bộ Công an',
      'Cơ sở cai nghiện ma túy tỉnh',
    ]);
    // The exam's steering committees are no COVID-19 committee; the boards that run building projects.
    expect(names('Ban Chỉ đạo Quốc gia Kỳ thi tốt nghiệp THPT yêu cầu; Ban Chỉ đạo cấp tỉnh Kỳ thi tốt nghiệp THPT năm 2021 chỉ đạo các điểm thi.')).toEqual([
      'Ban Chỉ đạo Quốc gia Kỳ thi tốt nghiệp trung học phổ thông',
      'Ban Chỉ đạo Kỳ thi tốt nghiệp trung học phổ thông tỉnh',
    ]);
    expect(canonicalAgencyName('Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh', lex)).toBe('Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh');
    // The province's religious-affairs board however written under its department; the government's is another.
    expect(names('Ban Tôn giáo - Sở Nội vụ chủ trì; Ban Tôn giáo (Sở Nội vụ) theo dõi; Ban Tôn giáo Chính phủ hướng dẫn.')).toEqual(['Ban Tôn giáo tỉnh', 'Sở Nội vụ', 'Ban Tôn giáo Chính phủ']);
    // A church and its boards are no state bodies.
    expect(names('Ban Tôn giáo tỉnh làm việc với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Ban Đại diện Hội thánh Tin lành tỉnh.')).toEqual(['Ban Tôn giáo tỉnh']);
    expect(canonicalAgencyName('UBMTTQ tỉnh', lex)).toBe('Ủy ban Mặt trận Tổ quốc tỉnh');
    expect(canonicalAgencyName('VP UBND tỉnh', lex)).toBe('Văn phòng Ủy ban nhân dân tỉnh');
    expect(canonicalAgencyName('BQL các KCN tỉnh', lex)).toBe('Ban Quản lý các khu công nghiệp');
    expect(canonicalAgencyName('Ban QL các KCN tỉnh', lex)).toBe('Ban Quản lý các khu công nghiệp');
    for (const written of ['Đoàn Thanh niên tỉnh', 'Đoàn TNCS HCM tỉnh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh']) expect(canonicalAgencyName(written, lex)).toBe('Tỉnh đoàn');
    for (const written of ['Hội Phụ nữ tỉnh', 'Hội LHPN Việt Nam tỉnh']) expect(canonicalAgencyName(written, lex)).toBe('Hội Liên hiệp Phụ nữ tỉnh');
    expect(canonicalAgencyName('Hội CTĐ tỉnh', lex)).toBe('Hội Chữ thập đỏ tỉnh');
    for (const written of ['Sở LĐTB&XH', 'Sở LĐ-TBXH']) expect(canonicalAgencyName(written, lex)).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(canonicalAgencyName('Ủy ban MTTQVN tỉnh', lex)).toBe('Ủy ban Mặt trận Tổ quốc tỉnh');
    expect(names('Hội CTĐ các huyện và UBMTTQVN huyện Phú Lương hỗ trợ hộ nghèo.')).toEqual(['Hội Chữ thập đỏ cấp huyện', 'Ủy ban Mặt trận Tổ quốc huyện Phú Lương']);
    expect(canonicalAgencyName('Quân sự tỉnh', lex)).toBe('Bộ Chỉ huy Quân sự tỉnh');
    for (const written of ['Chi cục An toàn vệ sinh thực phẩm', 'Chi cục ATVSTP tỉnh', 'Chi cục An toàn thực phẩm thành phố']) {
      expect(canonicalAgencyName(written, lex)).toBe('Chi cục An toàn vệ sinh thực phẩm tỉnh');
    }
    expect(canonicalAgencyName('Bộ Chỉ huy Quân sự tỉnh', lex)).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect(canonicalAgencyName('BCĐ cấp tỉnh', lex)).toBe('Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh');
    // The Women's Union at each level, written out or abbreviated.
    expect(canonicalAgencyName('Hội LHPN tỉnh', lex)).toBe('Hội Liên hiệp Phụ nữ tỉnh');
    expect(canonicalAgencyName('Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam', lex)).toBe('Trung ương Hội Liên hiệp Phụ nữ Việt Nam');
    expect(names('Hội LHPN các huyện, thị xã, thành phố triển khai kế hoạch.')).toEqual(['Hội Liên hiệp Phụ nữ cấp huyện']);
  });

  it('ends a name at a comma no "và" closes, even where the next name runs on to a place ("Cảng vụ Hàng hải, Cảng hàng không ...")', () => {
    expect(names('Cảng vụ Hàng hải, Cảng hàng không quốc tế Nội Bài hỗ trợ.')).toEqual(['Cảng vụ Hàng hải']);
    expect(names('Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền.')).toEqual(['Trung tâm Văn hóa, Thông tin và Thể thao cấp huyện']);
  });

  it("knows the provincial office that serves both the National Assembly's delegation and the People's Council, and the party's blocs", () => {
    expect(names('Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Văn phòng Đoàn ĐBQH và HĐND tỉnh phối hợp.')).toEqual([
      'Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    ]);
    expect(names('Đảng ủy Khối cơ quan và doanh nghiệp tỉnh, Đảng uỷ Khối các cơ quan tỉnh, Đảng ủy các xã chỉ đạo đảng viên gương mẫu.')).toEqual([
      'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh',
      'Đảng ủy Khối các cơ quan tỉnh',
      'Đảng ủy cấp xã',
    ]);
  });

  it('reads a province\'s body named with the province for its level word, and no other name there', () => {
    expect(agencies('BHXH Hòa Bình, Cục Hải quan Lạng Sơn và Công an Lạng Sơn phối hợp; Bảo hiểm xã hội Việt Nam hướng dẫn.').map((a) => [a[0], a[2]])).toEqual([
      ['Bảo hiểm xã hội tỉnh', 'BHXH Hòa Bình'],
      ['Cục Hải quan tỉnh', 'Cục Hải quan Lạng Sơn'],
      ['Công an tỉnh', 'Công an Lạng Sơn'],
    ]);
  });

  it('reads a unit word only as written with its marks where the text has them ("Cục Hải quan" is no "quận")', () => {
    expect(names('Cục Thuế tỉnh, Cục Hải quan, Cục Quân y và Trung tâm Y tế quận phối hợp thực hiện.')).toEqual([
      'Cục Thuế tỉnh',
      'Cục Hải quan',
      'Cục Quân y',
      'Trung tâm Y tế cấp huyện',
    ]);
    // A text that lost its marks writes "quan" for "quận": the unit is read folded there.
    expect(names('Cuc Thue tinh va Trung tam Y te quan phoi hop thuc hien.')).toContain('Trung tâm Y tế cấp huyện');
    // "quán triệt" folds to "quan triet": a verb with its own acute is no "quận", a legacy font's "huyên" lost a dot.
    expect(names('Công an quán triệt lực lượng bảo vệ điểm thi; Ủy ban nhân dân quán triệt các phòng, ban.')).toEqual(['Công an tỉnh']);
    expect(names('Trung tâm Y tế huyên và Sở Y tế phối hợp thực hiện.')).toEqual(['Trung tâm Y tế cấp huyện', 'Sở Y tế']);
  });

  it('finds bodies missing from the lexicon by their head word and capitalised name', () => {
    expect(agencies('Giao Sở Quy hoạch - Kiến trúc thành phố và Bệnh viện Phụ sản tỉnh chủ trì.')).toEqual([
      ['Sở Quy hoạch - Kiến trúc thành phố', 'PROVINCIAL', 'Sở Quy hoạch - Kiến trúc thành phố', 'agency.pattern'],
      ['Bệnh viện Phụ sản tỉnh', 'PROVINCIAL', 'Bệnh viện Phụ sản tỉnh', 'agency.pattern'],
    ]);
    // A scan's "tinh" is the lexicon's "tỉnh"; the quote stays as printed.
    expect(agencies('Giao Bệnh viện Phụ sản tinh chủ trì.')).toEqual([['Bệnh viện Phụ sản tỉnh', 'PROVINCIAL', 'Bệnh viện Phụ sản tinh', 'agency.pattern']]);
  });

  it('names district and commune bodies with their place', () => {
    expect(agencies('UBND huyện Bát Xát, Trung tâm Y tế thị xã Sa Pa và Huyện ủy Tiên Yên; UBND thành phố Hải Phòng.')).toEqual([
      ['Ủy ban nhân dân huyện Bát Xát', 'DISTRICT', 'UBND huyện Bát Xát', 'agency.local-unit'],
      ['Trung tâm Y tế thị xã Sa Pa', 'DISTRICT', 'Trung tâm Y tế thị xã Sa Pa', 'agency.local-unit'],
      ['Huyện ủy Tiên Yên', 'DISTRICT', 'Huyện ủy Tiên Yên', 'agency.local-unit'],
      ['Ủy ban nhân dân thành phố', 'PROVINCIAL', 'UBND thành phố Hải Phòng', 'agency.local-unit'],
    ]);
    // A Party committee may write its own unit word before the place.
    expect(agencies('Đề nghị Huyện ủy huyện Yên Lạc, Thành ủy thành phố Vĩnh Yên lãnh đạo.')).toEqual([
      ['Huyện ủy Yên Lạc', 'DISTRICT', 'Huyện ủy huyện Yên Lạc', 'agency.local-unit'],
      ['Thành ủy Vĩnh Yên', 'DISTRICT', 'Thành ủy thành phố Vĩnh Yên', 'agency.local-unit'],
    ]);
  });

  it('does not read a document number, a title or a common noun as a body', () => {
    expect(agencies('Công điện số 6741/CD-VPCP; các đồng chí Tỉnh ủy viên; Số 11 - TB/BCĐ; Bộ quy tắc ứng xử; Hội nghị sơ kết.')).toEqual([]);
    // "chính và phụ" (main and side gates) folds like "Chính phủ": the government is written with its capital.
    expect(agencies('Tạm đóng các cửa khẩu chính và phụ trên tuyến biên giới.')).toEqual([]);
  });
});

describe('agencies of the seed directives', () => {
  const names = (name: string, own: string | null) => {
    const seed = loadSeed(name);
    return new Set(extractFacts(seed.cleaned, seed.clauses, { ownNumber: own, year: 2021 }).agencies.map((a) => a.canonicalName));
  };

  it('canonicalises the departments of notice 370-TB/TU the same way in both renditions', () => {
    const portal = names('001_c0365480307932db', '370-TB/TU');
    const ocr = names('000_a3b2abe26640b73b', '370-TB/TU');
    for (const n of ['Sở Giao thông vận tải', 'Sở Thông tin và Truyền thông', 'Sở Ngoại vụ', 'Ủy ban nhân dân tỉnh', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Ngành Y tế']) {
      expect(portal.has(n)).toBe(true);
      expect(ocr.has(n)).toBe(true);
    }
  });

  it('reads the armed forces of the 2020 letter', () => {
    const letter = names('003_f66ca6d4ce58e4a8', null);
    expect([...letter]).toEqual(expect.arrayContaining(['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chính trị', 'Ban Bí thư']));
  });

  it('leaves the distribution list out', () => {
    // "Hiệp hội Doanh nghiệp tỉnh" appears only after "Nơi nhận:" in the Thanh Hóa letter.
    expect([...names('004_218e12ecb44d83c2', '402-CV/TU')].some((n) => n.includes('Hiệp hội'))).toBe(false);
  });
});

// Made-up letters (real district names, invented contents): the district's own bodies, written without their
// place, keep the place of the letterhead.
const DISTRICT_LETTER = `ỦY BAN NHÂN DÂN
HUYỆN TIÊN YÊN

Số: 1021/UBND-YT
V/v tăng cường phòng, chống dịch COVID-19

Tiên Yên, ngày 12 tháng 8 năm 2021

Kính gửi:
- Các phòng, ban, đơn vị thuộc UBND huyện;
- UBND các xã, thị trấn.

Thực hiện chỉ đạo của UBND tỉnh Quảng Ninh và của Thường trực Huyện ủy, Chủ tịch UBND huyện yêu cầu:

1. Phòng Y tế huyện chủ trì, phối hợp với Trung tâm Y tế huyện, Công an huyện, Ban Chỉ huy Quân sự huyện kiểm tra các chốt; báo cáo Ban Chỉ đạo trước 16 giờ hằng ngày.

2. Phòng Nông nghiệp và Phát triển nông thôn, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền; Đồn Biên phòng Hoành Mô kiểm soát đường mòn.

3. Chủ tịch UBND các xã, thị trấn chỉ đạo Trạm Y tế, Tổ COVID cộng đồng giám sát người cách ly; UBND xã Đông Ngũ, xã Hải Lạng và thị trấn Tiên Yên lập chốt.

4. Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện vận động nhân dân; Ban cán sự đảng UBND huyện báo cáo Huyện ủy.

Nơi nhận:
- Sở Y tế (b/c);
- Lưu: VT.`;

/** Names in a whole letter, whose own district or commune (its issuer's, read by the metadata) fills in places. */
function namesInLetter(text: string): string[] {
  return [...new Set(mentionsInLetter(text).map((a) => a.canonicalName))];
}

function mentionsInLetter(text: string) {
  const cleaned = clean(text);
  const reading = read(cleaned, segmentClauses(cleaned.text), lex);
  const found = readMetadata(reading);
  return findAgencies(reading, nothingFound({ ownNumber: null, year: null, home: found.home, commune: found.body?.commune ?? null }));
}

const WARD_NOTICE = `UBND THÀNH PHỐ BẮC NINH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ỦY BAN NHÂN DÂN                 Độc lập - Tự do - Hạnh phúc
PHƯỜNG VŨ NINH
Số: 52/TB-UBND                  Vũ Ninh, ngày 12 tháng 5 năm 2021

THÔNG BÁO
Về việc phong tỏa tạm thời khu phố Thanh Sơn

1. Công an phường lập 02 chốt kiểm soát ra, vào khu phố.
2. Trạm Y tế phối hợp với Trung tâm Y tế thành phố lấy mẫu xét nghiệm cho người dân trong khu phố.
3. Ủy ban nhân dân phường bảo đảm nhu yếu phẩm cho các hộ; Công an huyện Yên Phong được đề nghị phối hợp.
4. Đài Truyền thanh phường phát thông báo 03 lần/ngày.`;

describe('bodies of a district and its communes', () => {
  it('names them after a district whose name two provinces share, when the letter tells neither', () => {
    // Tam Nông is a district of Phú Thọ and of Đồng Tháp; the letter names neither province nor a commune.
    const letter = DISTRICT_LETTER.replace('HUYỆN TIÊN YÊN', 'HUYỆN TAM NÔNG')
      .replace('Tiên Yên, ngày', 'Tam Nông, ngày')
      .replace('UBND tỉnh Quảng Ninh', 'UBND tỉnh')
      .replace('UBND xã Đông Ngũ, xã Hải Lạng và thị trấn Tiên Yên lập chốt', 'các tổ dân phố lập chốt')
      .replace('; Đồn Biên phòng Hoành Mô kiểm soát đường mòn', '');
    expect(namesInLetter(letter).slice(1, 6)).toEqual([
      'Thường trực Huyện ủy Tam Nông',
      'Ủy ban nhân dân huyện Tam Nông',
      'Phòng Y tế huyện Tam Nông',
      'Trung tâm Y tế huyện Tam Nông',
      'Công an huyện Tam Nông',
    ]);
  });

  it("names a district letter's own bodies with the place of its letterhead", () => {
    expect(namesInLetter(DISTRICT_LETTER)).toEqual([
      'Ủy ban nhân dân tỉnh',
      'Thường trực Huyện ủy Tiên Yên',
      'Ủy ban nhân dân huyện Tiên Yên',
      'Phòng Y tế huyện Tiên Yên',
      'Trung tâm Y tế huyện Tiên Yên',
      'Công an huyện Tiên Yên',
      'Ban Chỉ huy Quân sự huyện Tiên Yên',
      'Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Tiên Yên',
      'Phòng Nông nghiệp và Phát triển nông thôn huyện Tiên Yên',
      'Phòng Văn hóa và Thông tin huyện Tiên Yên',
      'Trung tâm Văn hóa, Thông tin và Thể thao huyện Tiên Yên',
      'Đồn Biên phòng Hoành Mô',
      'Ủy ban nhân dân cấp xã',
      'Trạm Y tế cấp xã',
      'Tổ COVID-19 cộng đồng',
      'Ủy ban nhân dân xã Đông Ngũ',
      'Ủy ban nhân dân xã Hải Lạng',
      'Ủy ban nhân dân thị trấn Tiên Yên',
      'Ủy ban Mặt trận Tổ quốc huyện Tiên Yên',
      'Ban cán sự đảng Ủy ban nhân dân huyện Tiên Yên',
      'Huyện ủy Tiên Yên',
    ]);
  });

  it('reads on through a list of communes whose names open with a body\'s first word ("Thanh Thủy", "Trung Thành", "Phong Quang")', () => {
    const letter = DISTRICT_LETTER.replace(
      'UBND xã Đông Ngũ, xã Hải Lạng và thị trấn Tiên Yên lập chốt.',
      'UBND các xã Đông Ngũ, Thanh Thủy, Trung Thành lập chốt; UBND các xã: Hải Lạng, Phong Quang, Công an huyện phối hợp.',
    );
    expect(namesInLetter(letter).filter((n) => n.includes(' xã '))).toEqual([
      'Ủy ban nhân dân xã Đông Ngũ',
      'Ủy ban nhân dân xã Thanh Thủy',
      'Ủy ban nhân dân xã Trung Thành',
      'Ủy ban nhân dân xã Hải Lạng',
      'Ủy ban nhân dân xã Phong Quang',
    ]);
  });

  it("names a commune's notice's own bodies with the commune's name, at the commune's level", () => {
    const mentions = mentionsInLetter(WARD_NOTICE).map((a) => [a.canonicalName, a.level]);
    expect(mentions).toEqual(
      expect.arrayContaining([
        ['Công an phường Vũ Ninh', 'COMMUNE'],
        ['Trạm Y tế phường Vũ Ninh', 'COMMUNE'],
        ['Ủy ban nhân dân phường Vũ Ninh', 'COMMUNE'],
        ['Đài Truyền thanh phường Vũ Ninh', 'COMMUNE'],
        ['Trung tâm Y tế thành phố Bắc Ninh', 'DISTRICT'],
        ['Công an huyện Yên Phong', 'DISTRICT'],
      ]),
    );
    expect(mentions.map(([name]) => name)).not.toContain('Công an cấp xã');
  });

  it("names a commune's youth union and a district's forest rangers with their places", () => {
    const notice = WARD_NOTICE.replace('4. Đài Truyền thanh', '5. Đoàn Thanh niên phường tổ chức tình nguyện; Hạt Kiểm lâm thành phố kiểm tra rừng phòng hộ.\n4. Đài Truyền thanh');
    expect(mentionsInLetter(notice).map((a) => [a.canonicalName, a.level])).toEqual(
      expect.arrayContaining([
        ['Đoàn Thanh niên phường Vũ Ninh', 'COMMUNE'],
        ['Hạt Kiểm lâm thành phố Bắc Ninh', 'DISTRICT'],
      ]),
    );
  });

  it("reads a district body's name that runs on in lower case to its unit, and the district's vocational and continuing education centre", () => {
    const letter = DISTRICT_LETTER.replace(
      '4. Ủy ban Mặt trận',
      '5. Trung tâm Dịch vụ nông nghiệp huyện hướng dẫn thu hoạch; Trung tâm GDNN-GDTX huyện dừng học trực tiếp; Sở Y tế hướng dẫn các huyện.\n4. Ủy ban Mặt trận',
    );
    expect(namesInLetter(letter)).toEqual(
      expect.arrayContaining(['Trung tâm Dịch vụ nông nghiệp huyện Tiên Yên', 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Tiên Yên']),
    );
  });

  it("names a numbered urban district's bodies with its number", () => {
    const letter = ['ỦY BAN NHÂN DÂN', 'QUẬN 3', 'Số: 2107/UBND-VP', 'Quận 3, ngày 14 tháng 7 năm 2021', '', 'Để phòng, chống dịch COVID-19 tại các chợ:', '1. Công an Quận 3, Phòng Y tế và Trung tâm Y tế quận kiểm tra; Công an Quận 10 phối hợp.'].join('\n');
    expect(namesInLetter(letter)).toEqual(['Công an quận 3', 'Phòng Y tế quận 3', 'Trung tâm Y tế quận 3', 'Công an quận 10']);
  });

  it("names a district's inspectorate, procuracy, court and enforcement office with its place, and no inspectorate in the verb", () => {
    const letter = DISTRICT_LETTER.replace(
      '4. Ủy ban Mặt trận',
      '5. Thanh tra huyện, Viện Kiểm sát nhân dân huyện, Tòa án nhân dân huyện, Chi cục Thi hành án dân sự huyện phối hợp. Thanh tra, kiểm tra việc chấp hành tại các cơ sở kinh doanh.\n4. Ủy ban Mặt trận',
    );
    const found = namesInLetter(letter);
    expect(found).toEqual(
      expect.arrayContaining(['Thanh tra huyện Tiên Yên', 'Viện Kiểm sát nhân dân huyện Tiên Yên', 'Tòa án nhân dân huyện Tiên Yên', 'Chi cục Thi hành án dân sự huyện Tiên Yên']),
    );
    expect(found.filter((n) => n.startsWith('Thanh tra'))).toEqual(['Thanh tra huyện Tiên Yên']);
  });

  it("names the bodies a commune's notice names bare as the commune's where every commune has one, and the district's otherwise", () => {
    const notice = WARD_NOTICE.replace('4. Đài Truyền thanh', '5. Hội Phụ nữ, Hội Cựu chiến binh vận động nhân dân; Chi cục Thuế rà soát hộ kinh doanh.\n4. Đài Truyền thanh');
    const mentions = mentionsInLetter(notice).map((a) => [a.canonicalName, a.level]);
    expect(mentions).toEqual(
      expect.arrayContaining([
        ['Hội Liên hiệp Phụ nữ phường Vũ Ninh', 'COMMUNE'],
        ['Hội Cựu chiến binh phường Vũ Ninh', 'COMMUNE'],
        ['Chi cục Thuế thành phố Bắc Ninh', 'DISTRICT'],
      ]),
    );
  });

  it("names a district's mass organisations and branch offices with its place, and its youth union apart from the one before it", () => {
    const letter = DISTRICT_LETTER.replace(
      '4. Ủy ban Mặt trận',
      '5. Hội Liên hiệp Phụ nữ huyện, Huyện đoàn, Hội Cựu chiến binh huyện vận động hội viên; Bảo hiểm xã hội huyện và Ngân hàng Chính sách xã hội huyện hỗ trợ người lao động.\n\n4. Ủy ban Mặt trận',
    );
    expect(namesInLetter(letter)).toEqual(
      expect.arrayContaining(['Hội Liên hiệp Phụ nữ huyện Tiên Yên', 'Huyện đoàn Tiên Yên', 'Hội Cựu chiến binh huyện Tiên Yên', 'Bảo hiểm xã hội huyện Tiên Yên', 'Ngân hàng Chính sách xã hội huyện Tiên Yên']),
    );
    expect(namesInLetter(letter)).not.toContain('Hội Liên hiệp Phụ nữ cấp huyện');
  });

  it("names a district's own centres the lexicon lists with its place, as written, where the walk would stop short", () => {
    const letter = DISTRICT_LETTER.replace(
      '4. Ủy ban Mặt trận',
      '5. Trung tâm Văn hóa, Truyền thanh - Truyền hình tuyên truyền bằng tiếng Dao; Trung tâm Văn hóa - Thông tin và Thể thao phát thông tin trên loa truyền thanh 03 lần/ngày.\n\n4. Ủy ban Mặt trận',
    );
    expect(namesInLetter(letter)).toEqual(
      expect.arrayContaining(['Trung tâm Văn hóa, Truyền thanh - Truyền hình huyện Tiên Yên', 'Trung tâm Văn hóa - Thông tin và Thể thao huyện Tiên Yên']),
    );
    expect(namesInLetter(letter)).not.toContain('Trung tâm Văn hóa');
  });

  it("reads a district office a province's text names without a unit as every district's, and a department's own division as itself", () => {
    expect(names('Phòng Giáo dục và Đào tạo hướng dẫn các trường; Trung tâm Văn hóa - Thông tin và Thể thao phát thông tin; Phòng Nghiệp vụ Y của Sở Y tế tổng hợp.')).toEqual([
      'Phòng Giáo dục và Đào tạo cấp huyện',
      'Trung tâm Văn hóa - Thông tin và Thể thao cấp huyện',
      'Phòng Nghiệp vụ Y',
      'Sở Y tế',
    ]);
  });

  it('reads a unit word written with its capital after an office\'s name ("Phòng Y tế Huyện") as its unit', () => {
    // Made up, in the southern habit of capitalising the unit of the letter's own district or province.
    const letter = [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN LAI VUNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 250/UBND-VX',
      'Lai Vung, ngày 21 tháng 01 năm 2021',
      'Kính gửi:',
      '- Các phòng, ban, ngành Huyện;',
      '- Ủy ban nhân dân các xã, thị trấn.',
      'Để phòng, chống dịch COVID-19 trong dịp Tết, Chủ tịch Ủy ban nhân dân Huyện yêu cầu:',
      '1. Phòng Văn hóa và Thông tin Huyện tuyên truyền khuyến cáo người dân đeo khẩu trang nơi công cộng.',
      '2. Phòng Tài chính - Kế hoạch Huyện, Phòng Lao động - Thương binh và Xã hội Huyện bố trí kinh phí hỗ trợ người cách ly.',
      '3. Công an Tỉnh và Bộ Chỉ huy Quân sự Tỉnh hỗ trợ lực lượng; Ban Tuyên giáo Tỉnh ủy định hướng tuyên truyền.',
    ].join('\n');
    expect(namesInLetter(letter)).toEqual([
      'Ủy ban nhân dân huyện Lai Vung',
      'Phòng Văn hóa và Thông tin huyện Lai Vung',
      'Phòng Tài chính - Kế hoạch huyện Lai Vung',
      'Phòng Lao động - Thương binh và Xã hội huyện Lai Vung',
      'Công an tỉnh',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Ban Tuyên giáo Tỉnh ủy',
    ]);
  });

  it('reads the province\'s union of cooperatives whole, its "xã" no commune ("Liên minh Hợp tác xã tỉnh")', () => {
    expect(names('Liên minh Hợp tác xã tỉnh, Liên minh HTX thành phố hỗ trợ các hợp tác xã tiêu thụ nông sản.')).toEqual(['Liên minh Hợp tác xã tỉnh']);
  });

  it('keeps a walked name before a comma when the next name runs on in lower case', () => {
    expect(names('Phòng Kinh tế và Hạ tầng, Đội Quản lý thị trường số 5 kiểm tra các chợ; Sở Văn hóa, Thể thao và Du lịch, Hội Cựu chiến binh tỉnh phối hợp.')).toEqual([
      'Phòng Kinh tế và Hạ tầng cấp huyện',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Hội Cựu chiến binh tỉnh',
    ]);
  });

  it('keeps a walked name before a comma when a known body follows it after words of its own', () => {
    expect(names('Phòng Y tế, Chi nhánh Ngân hàng Chính sách xã hội huyện hỗ trợ người lao động.')).toEqual([
      'Phòng Y tế cấp huyện',
      'Ngân hàng Chính sách xã hội cấp huyện',
    ]);
  });

  it('names district offices and bodies written with their short names as their full names', () => {
    const letter = DISTRICT_LETTER.replace(
      '4. Ủy ban Mặt trận',
      '5. Phòng VH-TT, Phòng TC-KH bố trí kinh phí tuyên truyền; Ban CHQS huyện phối hợp UBMTTQ huyện vận động nhân dân.\n\n4. Ủy ban Mặt trận',
    );
    expect(namesInLetter(letter)).toEqual(
      expect.arrayContaining([
        'Phòng Văn hóa và Thông tin huyện Tiên Yên',
        'Phòng Tài chính - Kế hoạch huyện Tiên Yên',
        'Ban Chỉ huy Quân sự huyện Tiên Yên',
        'Ủy ban Mặt trận Tổ quốc huyện Tiên Yên',
      ]),
    );
    expect(namesInLetter(letter)).not.toContain('Ban CHQS huyện');
    // The unit word after a short name is its unit, not a word of the name; a district centre's short name
    // is the district's.
    const units = DISTRICT_LETTER.replace('4. Ủy ban Mặt trận', '5. Phòng TC-KH huyện, Trung tâm VHTT-TT bố trí kinh phí tuyên truyền.\n\n4. Ủy ban Mặt trận');
    expect(namesInLetter(units)).toEqual(expect.arrayContaining(['Phòng Tài chính - Kế hoạch huyện Tiên Yên', 'Trung tâm Văn hóa - Thông tin và Thể thao huyện Tiên Yên']));
    expect(namesInLetter(units).filter((n) => /huyện huyện|VHTT/u.test(n))).toEqual([]);
  });

  it("names a district office written in capitals over its tasks by its department's name", () => {
    const letter = DISTRICT_LETTER.replace('4. Ủy ban Mặt trận', '5. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nHướng dẫn các trường dạy học trực tuyến.\n\n6. PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nRà soát người lao động mất việc.\n\n4. Ủy ban Mặt trận');
    expect(namesInLetter(letter)).toEqual(expect.arrayContaining(['Phòng Giáo dục và Đào tạo huyện Tiên Yên', 'Phòng Lao động - Thương binh và Xã hội huyện Tiên Yên']));
    // A title line in capitals names no body of its own.
    expect(names('BAN CHỈ ĐẠO TỔ CHỨC KỲ THI\nCác điểm thi bố trí phòng cách ly.')).toEqual([]);
  });

  it("names a regional office by the region it serves, not as the letter's district's", () => {
    const letter = DISTRICT_LETTER.replace('4. Ủy ban Mặt trận', '5. Chi cục Thuế khu vực Tiên Yên - Bình Liêu, Chi cục Thuế khu vực II rà soát hộ kinh doanh.\n\n4. Ủy ban Mặt trận');
    expect(namesInLetter(letter)).toEqual(expect.arrayContaining(['Chi cục Thuế khu vực Tiên Yên - Bình Liêu', 'Chi cục Thuế khu vực II']));
    expect(namesInLetter(letter)).not.toContain('Chi cục Thuế huyện Tiên Yên');
  });

  it("names a body written with its district's name but not its unit word as that district's, and a province's name as the province's", () => {
    const letter = DISTRICT_LETTER.replace(
      '4. Ủy ban Mặt trận',
      '5. Trung tâm Y tế Bình Liêu, Công an Bình Liêu, Hạt Kiểm lâm Tiên Yên và Ủy ban nhân dân Vân Đồn phối hợp; Công an Quảng Ninh hỗ trợ.\n\n4. Ủy ban Mặt trận',
    );
    const names = namesInLetter(letter);
    expect(names).toEqual(expect.arrayContaining(['Trung tâm Y tế huyện Bình Liêu', 'Công an huyện Bình Liêu', 'Hạt Kiểm lâm huyện Tiên Yên', 'Ủy ban nhân dân huyện Vân Đồn', 'Công an tỉnh']));
    expect(names.filter((n) => /Bình Liêu|Vân Đồn|Quảng Ninh/u.test(n))).toEqual(['Trung tâm Y tế huyện Bình Liêu', 'Công an huyện Bình Liêu', 'Ủy ban nhân dân huyện Vân Đồn']);
  });

  it('names a board after the site it manages, up to the first word in lower case', () => {
    expect(
      names('Ban Quản lý di tích Đền Và - Chùa Mía tổ chức lễ hội chỉ phần lễ; Ban Quản lý Khu du lịch quốc gia Hồ Núi Cốc đón khách không quá 50% sức chứa; Ban Quản lý di tích đền Mẫu kiểm soát khách.'),
    ).toEqual(['Ban Quản lý di tích Đền Và - Chùa Mía', 'Ban Quản lý Khu du lịch quốc gia Hồ Núi Cốc', 'Ban Quản lý di tích đền Mẫu']);
    // No proper name, or a common noun in lower case: no one board.
    expect(names('Ban Quản lý các chợ và ban quản lý chợ Xanh yêu cầu người bán đeo khẩu trang.')).toEqual([]);
  });

  it('reads "xã hội" (society) inside a name as no commune', () => {
    expect(names('Ngân hàng Chính sách xã hội tỉnh và Trung tâm Bảo trợ xã hội tỉnh hỗ trợ người lao động; Ủy ban nhân dân xã Hội Xuân rà soát.')).toEqual([
      'Ngân hàng Chính sách xã hội tỉnh',
      'Trung tâm Bảo trợ xã hội tỉnh',
      'Ủy ban nhân dân xã Hội Xuân',
    ]);
  });

  it("names the bodies of a district office's letter with the district its letterhead names under the province's office", () => {
    const letter = 'CÔNG AN TỈNH QUẢNG NINH            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN HUYỆN TIÊN YÊN               Độc lập - Tự do - Hạnh phúc\nSố: 14/TB-CAH\nTiên Yên, ngày 09 tháng 02 năm 2021\n\nTHÔNG BÁO\nVề việc kiểm soát người, phương tiện phòng, chống dịch COVID-19\n\n1. Phối hợp Ban Chỉ huy Quân sự huyện, Trung tâm Y tế huyện duy trì 03 chốt kiểm soát.\n2. Công an các xã, thị trấn tuần tra, xử lý vi phạm.';
    expect(namesInLetter(letter)).toEqual(expect.arrayContaining(['Ban Chỉ huy Quân sự huyện Tiên Yên', 'Trung tâm Y tế huyện Tiên Yên']));
    expect(namesInLetter(letter)).not.toContain('Trung tâm Y tế cấp huyện');
  });

  it('names each district a plural enumerates after a colon or in parentheses, with the kind the gazetteer gives it', () => {
    expect(names('Chủ tịch UBND các huyện: Tiên Yên, Bình Liêu, Đầm Hà và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành.')).toEqual([
      'Ủy ban nhân dân huyện Tiên Yên',
      'Ủy ban nhân dân huyện Bình Liêu',
      'Ủy ban nhân dân huyện Đầm Hà',
    ]);
    expect(names('UBND các huyện, thị xã biên giới (Tân Biên, Bến Cầu, Trảng Bàng) xử lý nghiêm vi phạm.')).toEqual([
      'Ủy ban nhân dân huyện Tân Biên',
      'Ủy ban nhân dân huyện Bến Cầu',
      'Ủy ban nhân dân thị xã Trảng Bàng',
    ]);
    expect(names('UBND các huyện: chỉ đạo các xã triển khai.')).toEqual(['Ủy ban nhân dân cấp huyện']);
  });

  it("reads a provincial city's 'thành phố' as the city, a centrally-run city's as the province", () => {
    const city = 'ỦY BAN NHÂN DÂN THÀNH PHỐ UÔNG BÍ\nSố: 88/UBND\n\nChủ tịch UBND thành phố yêu cầu Công an thành phố, Ban Chỉ huy Quân sự thành phố lập chốt; Thành ủy chỉ đạo.';
    expect(namesInLetter(city)).toEqual(['Ủy ban nhân dân thành phố Uông Bí', 'Công an thành phố Uông Bí', 'Ban Chỉ huy Quân sự thành phố Uông Bí', 'Thành ủy Uông Bí']);
    const party = 'THÀNH ỦY UÔNG BÍ\nSố: 41-CV/ThU\n\nGiao Ban Tuyên giáo Thành ủy định hướng báo chí; Ủy ban Kiểm tra Thành ủy kiểm tra việc thực hiện.';
    expect(namesInLetter(party)).toEqual(['Ban Tuyên giáo Thành ủy Uông Bí', 'Ủy ban Kiểm tra Thành ủy Uông Bí']);
    const capital = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 25/UBND\n\nChủ tịch UBND Thành phố yêu cầu Công an thành phố, UBND các quận, huyện, thị xã và UBND quận Hoàn Kiếm, quận Ba Đình triển khai.';
    expect(namesInLetter(capital)).toEqual(['Ủy ban nhân dân thành phố', 'Công an tỉnh', 'Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân quận Hoàn Kiếm', 'Ủy ban nhân dân quận Ba Đình']);
  });

  it('names every unit of a level, and each place of a list sharing one body', () => {
    expect(
      names('UBND các huyện Bình Sơn, Sơn Tịnh và thị xã Đức Phổ xét nghiệm; Trung tâm Y tế các huyện, thị xã, thành phố lấy mẫu; Trạm Y tế các xã, phường, thị trấn và Công an các xã theo dõi; Trạm Y tế cấp xã báo cáo.'),
    ).toEqual(['Ủy ban nhân dân huyện Bình Sơn', 'Ủy ban nhân dân huyện Sơn Tịnh', 'Ủy ban nhân dân thị xã Đức Phổ', 'Trung tâm Y tế cấp huyện', 'Trạm Y tế cấp xã', 'Công an cấp xã']);
  });

  it('applies level words shared by a list of bodies to each of them', () => {
    expect(names('Họp trực tuyến với Ban Chỉ đạo, Trung tâm Chỉ huy cấp huyện, cấp xã.')).toEqual([
      'Ban Chỉ đạo phòng, chống dịch COVID-19 cấp huyện',
      'Ban Chỉ đạo phòng, chống dịch COVID-19 cấp xã',
      'Trung tâm Chỉ huy phòng, chống dịch COVID-19 cấp huyện',
      'Trung tâm Chỉ huy phòng, chống dịch COVID-19 cấp xã',
    ]);
    // A body whose name holds "và" is one body at the level, not its first half.
    expect(names('Giao Phòng Y tế, Phòng Văn hóa và Thông tin cấp huyện tuyên truyền.')).toEqual(['Phòng Y tế cấp huyện', 'Phòng Văn hóa và Thông tin cấp huyện']);
    // A name running on in lower case ends at its level word, not at the unit inside it.
    expect(names('Phòng Quản lý đô thị cấp huyện, cấp xã kiểm tra công trình.')).toEqual(['Phòng Quản lý đô thị cấp huyện', 'Phòng Quản lý đô thị cấp xã']);
  });
});

describe('bodies named by shape', () => {
  it('reads committees of a known body, regional names, purposes and standing offices', () => {
    expect(
      names(
        'Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh giám sát; Bệnh viện Đa khoa khu vực Đặng Thùy Trâm thu dung; Ban Chỉ đạo chiến dịch tiêm chủng vắc xin phòng COVID-19 tỉnh chỉ đạo; Sở Y tế (cơ quan thường trực Ban Chỉ đạo tỉnh) tổng hợp; Báo Quảng Ngãi đưa tin.',
      ),
    ).toEqual([
      'Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh',
      'Bệnh viện Đa khoa khu vực Đặng Thùy Trâm',
      'Ban Chỉ đạo chiến dịch tiêm chủng vắc xin phòng COVID-19 tỉnh',
      'Sở Y tế',
      'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh',
      'Báo tỉnh',
    ]);
    // A verb right after the head is what the committee does, not its purpose.
    expect(names('Ban Chỉ đạo quán triệt nghiêm các biện pháp phòng, chống dịch COVID-19 tại điểm thi; Sở Y tế hỗ trợ.')).toEqual(['Sở Y tế']);
    // "về" after the head opens the subject of what the committee concluded, no purpose of its name.
    expect(names('Thực hiện kết luận của Trưởng Ban Chỉ đạo về việc hỏa táng người tử vong do COVID-19, Sở Y tế đề nghị các huyện.')).toEqual(['Sở Y tế']);
  });

  it('gives district offices the names of the provincial departments, or their own when longer', () => {
    expect(names('Phòng Nông nghiệp và Phát triển nông thôn huyện Tiên Yên và Phòng Tài chính - Kế hoạch huyện Tiên Yên thẩm định.')).toEqual([
      'Phòng Nông nghiệp và Phát triển nông thôn huyện Tiên Yên',
      'Phòng Tài chính - Kế hoạch huyện Tiên Yên',
    ]);
  });

  it('reads a name whose lower-case word folds to a verb ("Ban Tuyên giáo": "giáo" is no "giao"), into the committee it belongs to', () => {
    expect(names('Ban Tuyên giáo Huyện ủy Kim Sơn định hướng tuyên truyền; Ban Dân vận Huyện ủy Kim Sơn vận động Nhân dân; Ủy ban Kiểm tra Huyện ủy Kim Sơn giám sát.')).toEqual([
      'Ban Tuyên giáo Huyện ủy Kim Sơn',
      'Ban Dân vận Huyện ủy Kim Sơn',
      'Ủy ban Kiểm tra Huyện ủy Kim Sơn',
    ]);
  });

  it('reads institutes and port authorities, a region after "miền", and "các huyện" as every body of the level', () => {
    expect(names('Viện Pasteur Nha Trang hỗ trợ xét nghiệm; Cảng vụ Hàng không miền Nam kiểm soát hành khách; Phòng Y tế các huyện báo cáo hằng ngày.')).toEqual([
      'Viện Pasteur Nha Trang',
      'Cảng vụ Hàng không miền Nam',
      'Phòng Y tế cấp huyện',
    ]);
  });

  it('reads fishing ports\' and border control posts\' bodies, the farm ministry and department by their short names, and public service offices', () => {
    expect(
      names(
        'Trạm Kiểm soát Biên phòng Cửa Việt kiểm tra thuyền viên; Ban Quản lý Cảng cá Cửa Hội hướng dẫn tàu neo đậu; Ban Quản lý các cảng cá tỉnh bố trí khu vực bốc dỡ; Bộ NN&PTNT, Sở NN-PTNT, Sở NN và PTNT tỉnh kiểm soát tàu cá; Hiệp hội Du lịch tỉnh vận động hội viên; Trung tâm phục vụ hành chính công tỉnh tạm dừng tiếp nhận hồ sơ trực tiếp; Bưu điện tỉnh trả kết quả tại nhà.',
      ),
    ).toEqual([
      'Trạm Kiểm soát Biên phòng Cửa Việt',
      'Ban Quản lý Cảng cá Cửa Hội',
      'Ban Quản lý các cảng cá',
      'Bộ Nông nghiệp và Phát triển nông thôn',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Hiệp hội Du lịch tỉnh',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Bưu điện tỉnh',
    ]);
  });

  it('reads the short names news and plans give departments and commands, "&" for "và" included, and the Party committee of the military command', () => {
    expect(
      names(
        'Bộ Chỉ huy BĐBP tỉnh, Bộ CH QS tỉnh tăng cường tuần tra; Sở Nông nghiệp và PTNT, Bộ Nông nghiệp & PTNT hướng dẫn tiêu thụ nông sản; Sở VHTT&DL, Sở Lao động - TB&XH, Sở GD-ĐT, Sở Kế hoạch & Đầu tư, Sở Thông tin & Truyền thông theo dõi; TTKSBT tỉnh lấy mẫu; Đảng ủy Quân sự tỉnh lãnh đạo lực lượng vũ trang.',
      ),
    ).toEqual([
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Bộ Nông nghiệp và Phát triển nông thôn',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Lao động - Thương binh và Xã hội',
      'Sở Giáo dục và Đào tạo',
      'Sở Kế hoạch và Đầu tư',
      'Sở Thông tin và Truyền thông',
      'Trung tâm Kiểm soát bệnh tật tỉnh',
      'Đảng ủy Quân sự tỉnh',
    ]);
  });

  it('reads the election bodies of every level, the national council by its short name too', () => {
    expect(
      agencies(
        'Thực hiện Nghị quyết của Hội đồng bầu cử quốc gia, Ủy ban bầu cử tỉnh hướng dẫn: Ủy ban bầu cử các huyện, thành phố chỉ đạo rà soát cử tri; Ủy ban bầu cử huyện Nghi Lộc bố trí nhân viên y tế; Ủy ban bầu cử xã khử khuẩn điểm bỏ phiếu; HĐBCQG theo dõi.',
      ).map(([name, level, quote]) => [name, level, quote]),
    ).toEqual([
      ['Hội đồng bầu cử quốc gia', 'NATIONAL', 'Hội đồng bầu cử quốc gia'],
      ['Ủy ban bầu cử tỉnh', 'PROVINCIAL', 'Ủy ban bầu cử tỉnh'],
      ['Ủy ban bầu cử cấp huyện', 'DISTRICT', 'Ủy ban bầu cử các huyện, thành phố'],
      ['Ủy ban bầu cử huyện Nghi Lộc', 'DISTRICT', 'Ủy ban bầu cử huyện Nghi Lộc'],
      ['Ủy ban bầu cử cấp xã', 'COMMUNE', 'Ủy ban bầu cử xã'],
      ['Hội đồng bầu cử quốc gia', 'NATIONAL', 'HĐBCQG'],
    ]);
  });

  it('reads the place after a national word as part of the name ("Di tích quốc gia Côn Đảo", "Trung ương Huế")', () => {
    expect(names('Đề nghị Trung tâm Bảo tồn Di tích quốc gia Côn Đảo tạm dừng đón khách; Bệnh viện Trung ương Huế hỗ trợ chuyên môn; báo cáo Ban Chỉ đạo Quốc gia. Bộ Y tế hướng dẫn.')).toEqual([
      'Trung tâm Bảo tồn Di tích quốc gia Côn Đảo',
      'Bệnh viện Trung ương Huế',
      'Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19',
      'Bộ Y tế',
    ]);
  });

  it('reads a name that runs on in lower case to the place that ends it, but not one that runs on past a one-word place', () => {
    expect(
      names('Đồn Biên phòng cửa khẩu quốc tế Thanh Thủy kiểm soát người nhập cảnh; Bệnh viện dã chiến Tiên Sơn tiếp nhận người bệnh. Ban Quản lý dự án Hạ tầng phối hợp; Ban biên tập Cổng thông tin điện tử xã đăng tải.'),
    ).toEqual(['Đồn Biên phòng cửa khẩu quốc tế Thanh Thủy', 'Bệnh viện dã chiến Tiên Sơn']);
  });

  it('reads long names in lower case, but not common nouns', () => {
    expect(names('theo chỉ đạo của ủy ban nhân dân tỉnh và ban chỉ đạo phòng, chống dịch tỉnh.')).toEqual(['Ủy ban nhân dân tỉnh', 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh']);
    expect(
      names('Các cơ sở y tế, cán bộ y tế, lực lượng công an tiếp tục trực; triển khai mô hình trạm y tế lưu động; Phòng, chống dịch là nhiệm vụ trọng tâm. Trường hợp F1 phải cách ly.'),
    ).toEqual([]);
  });

  it('leaves out the letterhead, the addressees, a related-documents sidebar and a distribution line', () => {
    const text = `Văn bản liên quan
- Công văn 5944/BYT-MT do Bộ Y tế ban hành
TỈNH ỦY NAM ĐỊNH
Số 12-CV/TU
Kính gửi:
- UBND các huyện, thành phố;
- Sở Y tế.

Để chủ động phòng, chống dịch COVID-19 trong tình hình mới, đề nghị Công an tỉnh tăng cường kiểm tra, xử lý nghiêm các vi phạm./.
| Nơi nhận: - Như trên; - TT Tỉnh ủy; - Lưu VT. | T/M BAN THƯỜNG VỤ |`;
    expect(names(text)).toEqual(['Công an tỉnh']);
    const dispatch = 'BAN THƯỜNG VỤ TỈNH ỦY ĐIỆN:\n- Các huyện ủy, Thành ủy;\n- Đảng đoàn HĐND tỉnh, Đảng đoàn MTTQ tỉnh.\n\nYêu cầu Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan báo chí tuyên truyền sâu rộng để người dân chủ động phòng, chống dịch.';
    expect(names(dispatch)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });

  it('reads the provincial military and border guard commands named without "tỉnh", as letters list them', () => {
    expect(names('Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng truy tìm người trốn khỏi khu cách ly.')).toEqual(['Công an tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh']);
    expect(names('Giao Bộ Chỉ huy Quân sự, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tăng cường kiểm soát đường mòn, lối mở.')).toEqual(['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh']);
  });

  it('leaves out a telegram\'s addressees after "ĐIỆN:" on a line of its own, its colon lost, or run on after the sender', () => {
    const head = 'CÔNG ĐIỆN\nVề việc phòng, chống dịch COVID-19\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH';
    const listed = '- Giám đốc Đài Phát thanh và Truyền hình tỉnh;\n- Chủ tịch UBND các huyện, thành phố.';
    const body = '\n\nYêu cầu Sở Y tế tổ chức cách ly tập trung 14 ngày đối với người về từ vùng dịch.';
    expect(names(`${head}\nĐIỆN:\n${listed}${body}`)).toEqual(['Ủy ban nhân dân tỉnh', 'Sở Y tế']);
    expect(names(`${head}\nĐIỆN\n${listed}${body}`)).toEqual(['Ủy ban nhân dân tỉnh', 'Sở Y tế']);
    expect(names(`${head} điện: Giám đốc Đài Phát thanh và Truyền hình tỉnh; Chủ tịch UBND các huyện, thành phố.${body}`)).toEqual(['Sở Y tế']);
  });

  it("leaves out a law library's record of the issuing body and an e-signature's stamp", () => {
    const record = 'Số hiệu: 2388/SYT-NVY Loại văn bản: Công văn\nNơi ban hành: Sở Y tế Thành phố Cần Thơ Người ký: Nguyễn Văn Minh\nKý bởi: Sở Y tế\n\n1. Các bệnh viện thực hiện phân luồng, sàng lọc người bệnh tại cổng; Công an thành phố hỗ trợ.';
    expect(names(record)).toEqual(['Công an tỉnh']);
  });

  it('leaves out a letterhead whose motto, or a rule of dashes, stands on its own lines before the number', () => {
    const plan = (between: string) =>
      `ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n${between}\nSố: 1234/KH-UBND\nThái Nguyên, ngày 12 tháng 8 năm 2022\n\nKẾ HOẠCH\nTiêm vắc xin mũi 3\n\n1. Sở Y tế chủ trì tổ chức tiêm.`;
    expect(names(plan('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n-------'))).toEqual(['Sở Y tế']);
    expect(names(plan('-------'))).toEqual(['Sở Y tế']);
  });

  it('leaves out businesses whose names open with a body\'s head word', () => {
    expect(
      names('Tạm dừng hoạt động Phòng Karaoke Sao Mai, Phòng tập Yoga Hương Sen, Trung tâm Tiệc cưới Kim Cương, Phòng khám đa khoa Hồng Đức, Ngân hàng TMCP Công thương; Phòng Y tế huyện Đại Từ kiểm tra; Ngân hàng Chính sách xã hội tỉnh hỗ trợ.'),
    ).toEqual(['Phòng Y tế huyện Đại Từ', 'Ngân hàng Chính sách xã hội tỉnh']);
  });

  it('leaves out addressees kept on one line long enough to read as prose', () => {
    const letter = (to: string) => `UỶ BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 88/UBND-VX\n\n${to}\n\nSở Y tế bổ sung sinh phẩm xét nghiệm cho các điểm lấy mẫu.`;
    expect(names(letter('Kính gửi: Các sở, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố.'))).toEqual(['Sở Y tế']);
    expect(names(letter('Kính gửi: Giám đốc Sở Giáo dục và Đào tạo; Giám đốc Công an tỉnh; Chủ tịch UBND các huyện.'))).toEqual(['Sở Y tế']);
  });

  it('opens the body at a numbered order after a blank line under the addressees, however short', () => {
    const letter = 'UỶ BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 88/UBND-KT\n\nKính gửi:\n- Các sở, ngành;\n- Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn.\n\n1. Sở Y tế chủ trì lập 02 chốt kiểm dịch.\n2. Công an tỉnh phối hợp.';
    expect(names(letter)).toEqual(['Sở Y tế', 'Công an tỉnh']);
  });

  it('reads "và các quận, huyện" after a named body as the body of every unit of that level', () => {
    expect(agencies('Ủy ban nhân dân thành phố Thủ Đức và các quận, huyện chỉ đạo các phường.')).toEqual([
      ['Ủy ban nhân dân thành phố Thủ Đức', 'DISTRICT', 'Ủy ban nhân dân thành phố Thủ Đức', 'agency.local-unit'],
      ['Ủy ban nhân dân cấp huyện', 'DISTRICT', 'các quận, huyện', 'agency.local-unit'],
    ]);
    expect(names('Văn phòng HĐND và UBND huyện Đầm Dơi tổng hợp, báo cáo hằng ngày.')).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Đầm Dơi']);
  });

  it("reads a provincial paper named after its province or by its own title as the province's paper", () => {
    expect(names('Báo Đồng Khởi, Báo Long An đưa tin hằng ngày.')).toEqual(['Báo tỉnh']);
  });

  it("reads a commune's Party committee with its unit, named or plural", () => {
    expect(names('Đảng ủy các xã, thị trấn lãnh đạo chính quyền cùng cấp; Đảng ủy thị trấn Nông Cống chủ trì.')).toEqual(['Đảng ủy cấp xã', 'Đảng ủy thị trấn Nông Cống']);
  });

  it('names each commune a plural of one unit word lists after its colon, and none where a body follows the colon', () => {
    expect(names('UBND các xã: Vạn Mai, Mai Hạ, Pà Cò tăng cường kiểm soát; UBND các phường: Công an tỉnh phối hợp.')).toEqual([
      'Ủy ban nhân dân xã Vạn Mai',
      'Ủy ban nhân dân xã Mai Hạ',
      'Ủy ban nhân dân xã Pà Cò',
      'Ủy ban nhân dân cấp xã',
      'Công an tỉnh',
    ]);
  });

  it("reads a province's paper in a telegram set all in capitals, and no masthead in capitals over a page", () => {
    expect(names('CÔNG ĐIỆN VỀ PHÒNG, CHỐNG DỊCH COVID-19\n1. BÁO THANH HÓA, ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH TUYÊN TRUYỀN.')).toEqual(['Báo tỉnh', 'Đài Phát thanh và Truyền hình tỉnh']);
    expect(names('BÁO THANH HÓA\nTối 17/7/2021, Chủ tịch UBND tỉnh đã ký công điện khẩn về phòng, chống dịch COVID-19.')).toEqual(['Ủy ban nhân dân tỉnh']);
  });

  it("reads a district health centre's short name", () => {
    expect(names('TTYT huyện Cẩm Giàng lấy mẫu; TTYT các huyện, thành phố phối hợp.')).toEqual(['Trung tâm Y tế huyện Cẩm Giàng', 'Trung tâm Y tế cấp huyện']);
  });

  it('reads a lower-case local body as one when a unit follows it, and as a common noun when none does', () => {
    expect(names('Đề nghị công an các huyện, thị xã tăng cường kiểm tra; lực lượng công an xã Vạn Mai phối hợp; cán bộ công an làm nhiệm vụ.')).toEqual(['Công an cấp huyện', 'Công an xã Vạn Mai']);
  });

  it('reads a capitalised mobile health station as a body, and the lower-case kind of post as none', () => {
    expect(names('Mỗi xã thành lập ít nhất 01 Trạm Y tế lưu động.')).toEqual(['Trạm Y tế lưu động']);
    expect(names('Nhân rộng mô hình trạm y tế lưu động tại các xã.')).toEqual([]);
  });

  it('reads the districts a plural names after a qualifier, when the gazetteer knows the first', () => {
    expect(names('UBND các huyện miền núi Mường Lát, Quan Sơn và Quan Hóa chịu trách nhiệm kiểm soát người qua lại.')).toEqual([
      'Ủy ban nhân dân huyện Mường Lát',
      'Ủy ban nhân dân huyện Quan Sơn',
      'Ủy ban nhân dân huyện Quan Hóa',
    ]);
    // Capitalised words after a qualifier that are no district leave the plural: every district.
    expect(names('UBND các huyện ven biển Tổ chức kiểm tra.')).toEqual(['Ủy ban nhân dân cấp huyện']);
  });

  it('spells a district and a commune written without marks as the gazetteers do', () => {
    expect(names('UBND huyen Con Co, Trung tam Y te huyen Con Co va UBND xa Tan Lap phoi hop thuc hien.')).toEqual([
      'Ủy ban nhân dân huyện Cồn Cỏ',
      'Trung tâm Y tế huyện Cồn Cỏ',
      // A score of communes are so named, all spelt alike.
      'Ủy ban nhân dân xã Tân Lập',
    ]);
  });

  it('reads "Thường trực" after a leader\'s title as part of the title, and the committee after it on its own', () => {
    expect(names('Đồng chí Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh chủ trì; Thường trực Ban Chỉ đạo tỉnh đôn đốc.')).toEqual([
      'Ủy ban nhân dân tỉnh',
      'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh',
      'Thường trực Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh',
    ]);
  });

  it("reads an organisation's standing committee as the organisation, a party committee's as a body of its own", () => {
    expect(
      names(
        'Ban Thường vụ Tỉnh đoàn, Ban Thường vụ Hội LHPN tỉnh và Ban Thường trực UBMTTQ Việt Nam huyện Tuy An vận động; Ban Thường vụ Huyện đoàn Kim Sơn và Ban Thường vụ Huyện ủy Kim Sơn lãnh đạo; Thường trực HĐND huyện Kim Sơn giám sát.',
      ),
    ).toEqual([
      'Tỉnh đoàn',
      'Hội Liên hiệp Phụ nữ tỉnh',
      'Ủy ban Mặt trận Tổ quốc huyện Tuy An',
      'Huyện đoàn Kim Sơn',
      'Ban Thường vụ Huyện ủy Kim Sơn',
      'Thường trực Hội đồng nhân dân huyện Kim Sơn',
    ]);
  });

  it("reads the Front's central committee by its short name and its residential-area boards by their kind", () => {
    expect(names('Thực hiện Công văn số 1150/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Công tác Mặt trận các khu dân cư và Ban Công tác Mặt trận thôn Phú Hòa vận động Nhân dân.')).toEqual([
      'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
      'Ban Công tác Mặt trận khu dân cư',
    ]);
  });

  it("ends a district's or a province's body at the place the gazetteer knows, before the name of who heads it", () => {
    expect(agencies('Bí thư Thị ủy Tân Châu Nguyễn Đắc Tài yêu cầu; Chủ tịch UBND huyện Krông Pắc Trần Văn Nam chỉ đạo; UBND xã Tân Phú Trung thực hiện.').map((a) => a.slice(0, 3))).toEqual([
      ['Thị ủy Tân Châu', 'DISTRICT', 'Thị ủy Tân Châu'],
      ['Ủy ban nhân dân huyện Krông Pắc', 'DISTRICT', 'UBND huyện Krông Pắc'],
      ['Ủy ban nhân dân xã Tân Phú Trung', 'COMMUNE', 'UBND xã Tân Phú Trung'],
    ]);
  });

  it("ends a commune's body at the commune the list knows, before the name of who heads it, and keeps a commune named after a person", () => {
    expect(names('Chủ tịch UBND xã Tân Phú Trung Nguyễn Văn Nam chỉ đạo; Bí thư Đảng ủy xã Bình Nam Lê Thị Hoa kiểm tra; UBND xã Lê Lợi báo cáo.')).toEqual([
      'Ủy ban nhân dân xã Tân Phú Trung',
      'Đảng ủy xã Bình Nam',
      'Ủy ban nhân dân xã Lê Lợi',
    ]);
  });

  it('reads a known place in capitals after a unit word in capitals, and no unknown one', () => {
    expect(names('ĐỀ NGHỊ UBND THÀNH PHỐ NHA TRANG, UBND THỊ XÃ HÒA THÀNH KHẨN TRƯƠNG THỰC HIỆN; UBND XÃ THỰC HIỆN NGAY.')).toEqual([
      'Ủy ban nhân dân thành phố Nha Trang',
      'Ủy ban nhân dân thị xã Hòa Thành',
      'Ủy ban nhân dân cấp xã',
    ]);
  });

  it('reads a commune in capitals the list of communes spells so, and no word of the sentence after it', () => {
    // "CHỦ TRÌ" folds to the town Chũ of Lục Ngạn; in capitals with marks the marks tell them apart.
    expect(names('UBND XÃ BÌNH NAM CHỦ TRÌ KIỂM TRA; BAN CHỈ HUY QUÂN SỰ XÃ CHỦ TRÌ TUẦN TRA; UBND PHƯỜNG KỲ LONG BÁO CÁO.')).toEqual([
      'Ủy ban nhân dân xã Bình Nam',
      'Ban Chỉ huy Quân sự cấp xã',
      'Ủy ban nhân dân phường Kỳ Long',
    ]);
  });

  it('reads the office in its leader\'s title in lower case, and ends a name at "cùng"', () => {
    const letter = `ỦY BAN NHÂN DÂN\nHUYỆN QUỲNH LƯU\nSố: 15/QĐ-UBND\nQuỳnh Lưu, ngày 3 tháng 7 năm 2021\n\nQUYẾT ĐỊNH\nvề phòng, chống dịch COVID-19\n\nĐiều 1. Các trường học bố trí phòng y tế, phòng cách ly tạm thời; Phòng Lao động - Thương binh và Xã hội huyện cùng UBND xã Quỳnh Thạch rà soát hộ nghèo.\nĐiều 2. Trưởng phòng Y tế, Giám đốc Trung tâm Y tế huyện chịu trách nhiệm thi hành.\n`;
    expect(namesInLetter(letter)).toEqual([
      'Phòng Lao động - Thương binh và Xã hội huyện Quỳnh Lưu',
      'Ủy ban nhân dân xã Quỳnh Thạch',
      'Phòng Y tế huyện Quỳnh Lưu',
      'Trung tâm Y tế huyện Quỳnh Lưu',
    ]);
  });

  it("takes no person's name right after a unit word for a place, but keeps a district named after a person", () => {
    expect(names('Công văn do Phó Chủ tịch UBND huyện Trần Văn Minh ký; UBND huyện Trần Văn Thời và Thị ủy Tân Châu thực hiện.')).toEqual([
      'Ủy ban nhân dân cấp huyện',
      'Ủy ban nhân dân huyện Trần Văn Thời',
      'Thị ủy Tân Châu',
    ]);
  });

  it('does not read a place named like a body, nor the word after a name', () => {
    expect(names('Người đến từ thành phố Hội An, phường Trường Thịnh phải khai báo; Bệnh viện Đa khoa Trung ương Cần Thơ đang điều trị 12 ca.')).toEqual([
      'Bệnh viện Đa khoa Trung ương Cần Thơ',
    ]);
    expect(names('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; thương lái đăng ký với Ban Quản lý chợ.')).toEqual([]);
  });

  it('reads no body from a name that runs on in lower case, a city named like one, a festival or a date', () => {
    expect(names('Huy động Hội Cựu chiến binh tham gia tổ giám sát; đưa Bệnh viện dã chiến tại Trường Cao đẳng Y tế vào hoạt động.')).toEqual([]);
    expect(names('Khách du lịch đến Hội An, Hội Xuân năm 2022 chỉ tổ chức phần lễ.')).toEqual([]);
    expect(names('Mẫu gửi Viện Pasteur Nha Trang ngày 09/3 để xác định biến chủng.')).toEqual(['Viện Pasteur Nha Trang']);
    expect(names('Đề nghị Bệnh viện Bạch Mai kể từ ngày 01/6 hỗ trợ chuyên gia; Sở Kế hoạch và Đầu tư tỉnh bố trí vốn.')).toEqual(['Bệnh viện Bạch Mai', 'Sở Kế hoạch và Đầu tư']);
  });
});

describe('bodies a plural head lists by their names', () => {
  it('names each department of "các Sở: ...", names with commas and "và" of their own included, up to the verb', () => {
    expect(names('Giám đốc các Sở: Y tế, Văn hóa, Thể thao và Du lịch, Giao thông vận tải chịu trách nhiệm thi hành Quyết định này.')).toEqual([
      'Sở Y tế',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Giao thông vận tải',
    ]);
    expect(names('Giao các Sở: Tài chính, Kế hoạch và Đầu tư bố trí kinh phí.')).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']);
  });

  it('cites each listed name as written and keeps a short unknown name followed by another', () => {
    const found = agencies('Đề nghị các Bộ: Y tế, Quốc phòng, Công an hỗ trợ tỉnh.');
    expect(found.filter((a) => a[3] === 'agency.enumerated').map((a) => [a[0], a[1], a[2]])).toEqual([
      ['Bộ Y tế', 'NATIONAL', 'Y tế'],
      ['Bộ Quốc phòng', 'NATIONAL', 'Quốc phòng'],
      ['Bộ Công an', 'NATIONAL', 'Công an'],
    ]);
    expect(names('Giám đốc các Sở: Du lịch - Thương mại, Y tế theo dõi.')).toEqual(['Sở Du lịch - Thương mại', 'Sở Y tế']);
  });

  it('reads a list after "các sở, ngành:" and a name that runs into "theo chức năng" before a comma', () => {
    expect(names('Các sở, ngành: Y tế, Công Thương, Thông tin và Truyền thông triển khai thực hiện.')).toEqual(['Sở Y tế', 'Sở Công Thương', 'Sở Thông tin và Truyền thông']);
    expect(names('Các sở, ban, ngành: Giáo dục và Đào tạo, Nội vụ hướng dẫn các trường.')).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Nội vụ']);
    expect(names('Các Sở: Y tế, Văn hóa, Thể thao và Du lịch theo chức năng, nhiệm vụ được giao hướng dẫn các cơ sở.')).toEqual(['Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch']);
  });

  it('ends the list at an addressee named with its title or a body of its own, as a decision\'s closing article does', () => {
    expect(
      names('Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Y tế, Tài chính, Giám đốc Công an tỉnh, Chủ tịch UBND thành phố Phủ Lý và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.'),
    ).toEqual(['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Y tế', 'Sở Tài chính', 'Công an tỉnh', 'Ủy ban nhân dân thành phố Phủ Lý']);
    expect(names('Giám đốc các Sở: Y tế, Công an tỉnh, Chủ tịch UBND các huyện thi hành.')).toEqual(['Sở Y tế', 'Công an tỉnh', 'Ủy ban nhân dân cấp huyện']);
    // The last body runs into the verb: no "Sở Cục Thuế tỉnh".
    expect(names('Các Sở: Công Thương, Tài chính, Cục Thuế tỉnh phối hợp kiểm tra các doanh nghiệp.')).toEqual(['Sở Công Thương', 'Sở Tài chính', 'Cục Thuế tỉnh']);
  });
});

describe('district bodies in a text that lost its marks', () => {
  it('spells a district office or centre with its marks when its name is a department\'s or a listed one', () => {
    const text = [
      '1. Phong Giao duc va Dao tao huong dan cac truong cho hoc sinh nghi hoc.',
      '2. Phong Kinh te tong hop danh sach nguoi lao dong; Trung tam Van hoa - Thong tin va The thao tuyen truyen thong diep 5K.',
      '3. Benh vien Da khoa Son Ha bo tri giuong dieu tri.',
      '4. Nguoi dan thuc hien nghiem thong diep 5K, khong tu tap dong nguoi, han che ra khoi nha khi khong that su can thiet; cac co so kinh doanh dich vu an uong chi ban mang ve.',
      '5. Cac co quan, don vi bo tri can bo lam viec luan phien, bao dam giu khoang cach, deo khau trang, khu khuan tay thuong xuyen, khai bao y te khi di ve tu vung dich.',
    ].join('\n');
    // No letterhead names a district: the offices are every district's. The hospital serves a district the
    // gazetteer knows, and takes its spelling.
    expect(names(text)).toEqual([
      'Phòng Giáo dục và Đào tạo cấp huyện',
      'Phòng Kinh tế cấp huyện',
      'Trung tâm Văn hóa - Thông tin và Thể thao cấp huyện',
      'Bệnh viện Đa khoa Sơn Hà',
    ]);
  });

  // A district letter typed without marks, in the shape of a district's tasks list.
  const UNMARKED_LETTER = [
    'UY BAN NHAN DAN',
    'HUYEN CAU KE',
    'So: 412/UBND-VX',
    'Cau Ke, ngay 20 thang 8 nam 2021',
    'V/v tang cuong phong, chong dich COVID-19',
    'Thuc hien chi dao cua UBND tinh, UBND huyen yeu cau cac co quan, don vi, dia phuong thuc hien nghiem cac bien phap phong, chong dich; tang cuong kiem tra, giam sat tai cac co so san xuat, kinh doanh, cho va noi cong cong; xu ly nghiem cac truong hop vi pham theo quy dinh.',
    '1. Ban Tuyen giao Huyen uy dinh huong cong tac tuyen truyen; Trung tam Van hoa, The thao va Truyen thong huyen dua tin kip thoi.',
    '2. Ban Dan van Huyen uy va Uy ban Kiem tra Huyen uy kiem tra, giam sat.',
    '3. Dang uy thi tran Cau Ke lanh dao phong toa tam thoi khom 3; Dai Truyen thanh xa phat thong bao nay 02 lan/ngay.',
    '4. Benh vien Da khoa khu vuc Tieu Can, Benh vien Benh Nhiet doi Trung uong va Benh vien Bach Mai ho tro chuyen mon; Benh vien Da khoa Tra Vinh tiep nhan nguoi benh.',
    '5. UBND cac huyen, thi xa giap ranh (Chau Thanh, Tieu Can, Cang Long) phoi hop kiem soat.',
  ].join('\n');

  it("spells the communes of a letter that lost its marks as the list of communes does, its own district's first", () => {
    const letter = [
      'UY BAN NHAN DAN',
      'HUYEN GIONG TROM',
      'So: 215/UBND-VX',
      'Giong Trom, ngay 14 thang 8 nam 2021',
      'V/v kiem soat dich COVID-19 tai cac xa',
      '1. UBND xa My Thanh, UBND xa Luong Hoa phong toa tam thoi ap 3; UBND thi tran Giong Trom bo tri 02 chot kiem soat.',
      '2. UBND xa Binh Nam ho tro luc luong tuan tra; UBND xa Cam Van cu can bo phoi hop.',
    ].join('\n');
    expect(namesInLetter(letter)).toEqual([
      // Mỹ Thành, Mỹ Thạnh and Mỹ Thanh are all communes; Giồng Trôm's is Mỹ Thạnh.
      'Ủy ban nhân dân xã Mỹ Thạnh',
      'Ủy ban nhân dân xã Lương Hòa',
      'Ủy ban nhân dân thị trấn Giồng Trôm',
      // One commune in the country is so named.
      'Ủy ban nhân dân xã Bình Nam',
      // Cẩm Vân and Cẩm Văn, neither in Giồng Trôm: left as written.
      'Ủy ban nhân dân xã Cam Van',
    ]);
  });

  it('spells party boards, listed centres, the seat town, hospitals and listed districts with their marks', () => {
    expect(namesInLetter(UNMARKED_LETTER)).toEqual([
      'Ủy ban nhân dân tỉnh',
      'Ủy ban nhân dân huyện Cầu Kè',
      'Ban Tuyên giáo Huyện ủy Cầu Kè',
      // The listed name's letters in the text's own punctuation.
      'Trung tâm Văn hóa, Thể thao và Truyền thông huyện Cầu Kè',
      'Ban Dân vận Huyện ủy Cầu Kè',
      'Ủy ban Kiểm tra Huyện ủy Cầu Kè',
      // A district's seat is often its namesake town.
      'Đảng ủy thị trấn Cầu Kè',
      'Đài Truyền thanh cấp xã',
      'Bệnh viện Đa khoa khu vực Tiểu Cần',
      'Bệnh viện Bệnh Nhiệt đới Trung ương',
      'Bệnh viện Bạch Mai',
      // The province's own hospital, named by the province.
      'Bệnh viện Đa khoa tỉnh',
      // Châu Thành is a district of many provinces, all spelled alike.
      'Ủy ban nhân dân huyện Châu Thành',
      'Ủy ban nhân dân huyện Tiểu Cần',
      'Ủy ban nhân dân huyện Càng Long',
    ]);
  });
});

describe('bodies of a party committee and the listed centres, with marks', () => {
  it('reads the boards of a district party committee as its own', () => {
    const letter = DISTRICT_LETTER.replace(
      /Kính gửi:/u,
      'Ban Tuyên giáo Huyện ủy, Ban Tổ chức Huyện ủy và UBKT Huyện ủy phối hợp; Ủy ban Kiểm tra Đảng ủy xã Đông Ngũ giám sát.\n\nKính gửi:',
    );
    expect(namesInLetter(letter).slice(0, 4)).toEqual(['Ban Tuyên giáo Huyện ủy Tiên Yên', 'Ban Tổ chức Huyện ủy Tiên Yên', 'Ủy ban Kiểm tra Huyện ủy Tiên Yên', 'Ủy ban Kiểm tra Đảng ủy xã Đông Ngũ']);
  });

  it('names a listed hospital in a telegram set in capitals as the lexicon spells it, its unit word and place too', () => {
    expect(names('SỞ Y TẾ YÊU CẦU BỆNH VIỆN PHỔI TỈNH VÀ BỆNH VIỆN SẢN - NHI TỈNH CHUẨN BỊ 100 GIƯỜNG.')).toEqual(['Sở Y tế', 'Bệnh viện Phổi tỉnh', 'Bệnh viện Sản - Nhi tỉnh']);
    // The place it serves only where the gazetteer knows it: capitals do not show where another name ends.
    expect(names('BỆNH VIỆN ĐA KHOA KHU VỰC HOÀNG SU PHÌ, BỆNH VIỆN ĐA KHOA ĐỒNG THÁP BỐ TRÍ 100 GIƯỜNG; BỆNH VIỆN ĐA KHOA HOÀN MỸ MUA MÁY THỞ.')).toEqual([
      'Bệnh viện Đa khoa khu vực Hoàng Su Phì',
      'Bệnh viện Đa khoa tỉnh',
    ]);
  });

  it("spells a listed name with the list's letters and the text's punctuation", () => {
    expect(names('Đài truyền thanh huyện và Trung tâm Văn hoá - Thể thao và Truyền thông thị xã đưa tin.')).toEqual([
      'Đài Truyền thanh cấp huyện',
      'Trung tâm Văn hóa - Thể thao và Truyền thông cấp huyện',
    ]);
  });
});

describe("a portal's byline", () => {
  it('names who posted the page, no body the text speaks of, to the end of its cell', () => {
    const page = 'Ngày đăng: 30/07/2020 08:47 | Người đăng: Văn phòng - Thống kê | Lượt xem: 318\n\nSở Y tế hướng dẫn các xã tổ chức tiêm vắc xin.\n\nCơ quan chủ quản: Ủy ban nhân dân xã Nghĩa Hòa';
    expect(names(page)).toEqual(['Sở Y tế']);
  });
});

describe('a district body written with its acronym', () => {
  it('reads "LĐLĐ huyện" as the district labour federation, as "LĐLĐ tỉnh" is the province\'s', () => {
    expect(names('Ủy ban nhân dân tỉnh giao LĐLĐ huyện Phú Bình vận động đoàn viên tiêm vắc xin.')).toContain('Liên đoàn Lao động huyện Phú Bình');
  });
});

describe('the Party\'s central bodies', () => {
  it('reads the central committee\'s departments as national ("Ban Tổ chức Trung ương", "Văn phòng Trung ương Đảng"), a provincial one as provincial', () => {
    const found = agencies('Thực hiện hướng dẫn của Ban Tổ chức Trung ương; báo cáo Văn phòng Trung ương Đảng, Ủy ban Kiểm tra Trung ương và Ban Dân vận Tỉnh ủy.');
    expect(found.map(([name, level]) => [name, level])).toEqual([
      ['Ban Tổ chức Trung ương', 'NATIONAL'],
      ['Văn phòng Trung ương Đảng', 'NATIONAL'],
      ['Ủy ban Kiểm tra Trung ương', 'NATIONAL'],
      ['Ban Dân vận Tỉnh ủy', 'PROVINCIAL'],
    ]);
  });
});

describe('the Committee for Ethnic Affairs', () => {
  it('reads "Ủy ban Dân tộc" as the national committee, not the province\'s "Ban Dân tộc"', () => {
    const found = agencies('Sở Y tế báo cáo Uỷ ban Dân tộc trước ngày 20/8/2021; Ban Dân tộc tỉnh phối hợp với Ủy ban Dân tộc.');
    expect(found.map(([name, level]) => [name, level])).toEqual([
      ['Sở Y tế', 'PROVINCIAL'],
      ['Ủy ban Dân tộc', 'NATIONAL'],
      ['Ban Dân tộc tỉnh', 'PROVINCIAL'],
      ['Ủy ban Dân tộc', 'NATIONAL'],
    ]);
  });
});

describe('a place named with a unit word\'s letters', () => {
  it('keeps "Quan" of "Tam Quan" a name\'s word where the text has marks, not the unit "quận"', () => {
    expect(names('Trung tâm Y tế Tam Quan xét nghiệm cho ngư dân.')).toEqual(['Trung tâm Y tế Tam Quan']);
    expect(names('Trung tâm Y tế huyện lấy mẫu xét nghiệm.')).toEqual(['Trung tâm Y tế cấp huyện']);
  });
});
