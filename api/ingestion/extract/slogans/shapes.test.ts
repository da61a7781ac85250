// Slogans found by their shape, on made-up sentences (invented places and phrasings), one block per shape:
// the rules must hold for slogans nobody wrote into the lexicon.
import { defaultLexicons } from '../../lexicons';
import { read } from '../../reading';
import { findSlogans } from './slogans';

const find = (text: string) => findSlogans(read({ format: 'PLAIN', text }, [], defaultLexicons()));
const rows = (text: string) => find(text).map((s) => [s.canonical, s.kind, s.reviewed]);
const canonicals = (text: string) => find(text).map((s) => s.canonical);

describe('numeric mottos ("N + phrase")', () => {
  it('reads a motto without marks whose word spells a unit ("3 tan": "tận", not "tấn")', () => {
    expect(canonicals('Cac co so y te thuc hien phuong cham 3 tan: tan tinh, tan tam, tan luc trong cham soc nguoi benh.')).toEqual(['3 tan']);
  });

  it('finds a quoted motto with its expansion, unreviewed and without a gloss', () => {
    const [s] = find('Người dân thực hiện "2 không": không ra khỏi nhà khi không cần thiết, không tụ tập đông người.');
    expect(s).toMatchObject({ canonical: '2 không', kind: 'MOTTO', reviewed: false, gloss: null, expansion: null });
    expect(s.mentions.map((m) => [m.citation.quote, m.quoted, m.citation.rule])).toEqual([['2 không', true, 'slogan.numeric']]);
  });

  it('finds unquoted mottos introduced by a verb or a cue, or closed by punctuation', () => {
    expect(canonicals('Các thôn thực hiện nghiêm 2 không trong thời gian giãn cách xã hội.')).toEqual(['2 không']);
    expect(canonicals('Lực lượng dân quân quán triệt phương châm ba sẵn sàng khi có lệnh.')).toEqual(['3 sẵn sàng']);
    expect(canonicals('Mỗi bản vùng cao phải bảo đảm 3 an toàn; dự trữ lương thực cho mùa lũ.')).toEqual(['3 an toàn']);
  });

  it('reads a written-out motto quoted after a cue once, in digits', () => {
    expect(rows('Lực lượng xung kích quán triệt phương châm “năm sẵn sàng”, “bốn tại chỗ”.')).toEqual([
      ['5 sẵn sàng', 'MOTTO', false],
      ['4 tại chỗ', 'MOTTO', true],
    ]);
    // Its number written with a leading zero, as a list's numbers are.
    expect(rows('Doanh nghiệp thực hiện phương án “03 tại chỗ”; xã thực hiện “04 tại chỗ”.')).toEqual([
      ['3 tại chỗ', 'MOTTO', true],
      ['4 tại chỗ', 'MOTTO', true],
    ]);
  });

  it('reads a new motto whose number is padded with a zero as a list\'s numbers are', () => {
    expect(rows('Người dân thực hiện “03 không”: không ra khỏi nhà, không tụ tập, không tiếp khách.')).toEqual([['3 không', 'MOTTO', false]]);
    expect(rows('Các bản thực hiện nghiêm 02 không trong thời gian cách ly.')).toEqual([['2 không', 'MOTTO', false]]);
  });

  it('writes numbers as digits, so a written-out motto and its digits are one slogan', () => {
    const s = find('Tổ dân phố thực hiện hai không: không ra đường sau 18 giờ, không tiếp khách. Tiếp tục thực hiện "2 không".');
    expect(s.map((x) => [x.canonical, x.mentions.map((m) => m.citation.quote)])).toEqual([['2 không', ['hai không', '2 không']]]);
  });

  it('finds parallel pairs, quoted or after a lead-in, dashes and written-out numbers included', () => {
    expect(rows('Khoanh vùng theo mô hình "1 vùng 3 chốt" tại thôn Đông Xá.')).toEqual([['1 vùng 3 chốt', 'CAMPAIGN', false]]);
    expect(canonicals('Doanh nghiệp hoạt động theo phương án 1 cung đường - 2 địa điểm cho công nhân.')).toEqual(['1 cung đường 2 địa điểm']);
    expect(canonicals('Cho phép thực hiện phương án một cung đường hai điểm đến tại khu công nghiệp.')).toEqual(['1 cung đường 2 điểm đến']);
  });

  it('takes any word when an expansion lists as many items as the number says', () => {
    expect(canonicals('Trạm tiêm bảo đảm 5 đúng: đúng người, đúng bệnh, đúng thuốc, đúng liều, đúng lúc.')).toEqual(['5 đúng']);
    expect(canonicals('Phấn đấu 3 không: không có ca mắc mới, không có ca tử vong, không để dịch lây lan.')).toEqual(['3 không']);
    // One digit away from the known "3 trước", but its expansion confirms it.
    expect(canonicals('Thực hiện phương châm "2 trước" (trước mùa mưa, trước Tết) ở các xã biên giới.')).toEqual(['2 trước']);
  });

  it('reads mottos inside a longer quote one by one', () => {
    expect(canonicals('Quán triệt phương châm “3 sẵn sàng, 4 tại chỗ” trong mùa mưa bão.')).toEqual(['3 sẵn sàng', '4 tại chỗ']);
  });

  it('gives the kind of the cue before the motto', () => {
    expect(rows('Đẩy mạnh chiến dịch "3 giảm" trong tháng cao điểm.')).toEqual([['3 giảm', 'CAMPAIGN', false]]);
    expect(rows('Hướng tới mục tiêu "2 không" trên toàn huyện.')).toEqual([['2 không', 'GOAL', false]]);
  });

  it('does not take a number that counts something for a motto', () => {
    for (const text of [
      'Theo chủ trương mới với 03 chủ thể chính là Nhà nước - Doanh nghiệp - Người dân.',
      'Theo chủ trương mới với “3 chủ thể” chính.',
      'Tiêm đủ 2 mũi vắc xin, cách ly 14 ngày, không tập trung quá 5 người; thực hiện "2 mũi".',
      'Phát hiện 5 ca dương tính, trong đó 2 không có triệu chứng.',
      'Số ca mắc giảm so với năm trước; Quận 1 không ghi nhận ca mắc mới.',
      'Tổ chức các điểm “siêu thị 0 đồng” và theo mô hình "siêu thị 0 đồng".',
      'Thực hiện 1 lần 2 ngày, theo dõi sức khỏe 3 lần/ngày; mỗi hộ chỉ 1 người đi chợ, giữ khoảng cách 2 mét.',
      'Bố trí 1 ca 3 kíp tại các chốt; thực hiện theo 2 hướng.',
      '1. Không tập trung đông người. 2. Không tổ chức lễ hội.',
      // A count padded with a zero that a list spells out, with its marks or only its "đ" left.
      'Lấy mẫu xét nghiệm tối thiểu 03 lần (lần thứ nhất ngày 15/5, lần thứ hai ngày 21/5, lần thứ ba ngày 27/5).',
      'Lay mau xet nghiem toi thieu 03 lan (lan thu nhat ngay 15/5, lan thu hai ngay 21/5, lan thu ba ngay 27/5) tai đia phuong.',
    ]) {
      expect([text, canonicals(text)]).toEqual([text, []]);
    }
  });

  it('reads a text that lost its diacritics folded', () => {
    expect(canonicals('Nguoi dan thuc hien nghiem 2 khong; cac doanh nghiep bao dam 3 tai cho va mo hinh 1 vung 3 chot.')).toEqual(['2 khong', '3 tại chỗ', '1 vung 3 chot']);
  });

  it("reads a number word in a place's name as the name, with or without marks", () => {
    // The brackets list two roads, the second with "Duong": an expansion of "2 Duong" if "Hai" were a number.
    expect(canonicals('Cong an huyen lap 03 chot kiem soat tai cac tuyen duong giap ranh tinh Hai Duong (Quoc lo 18 va cac tuyen duong lien xa tai xa Tan Hung, xa Duong Quang), truc 24/24 gio.')).toEqual([]);
    expect(canonicals('Lập chốt tại cửa ngõ huyện Ba Vì; thực hiện nghiêm 2 không.')).toEqual(['2 không']);
    expect(canonicals('Hai không: không tụ tập, không ra đường khi không cần thiết.')).toEqual(['2 không']);
  });

  it('reports no slogan for an OCR digit slip of a known numeric slogan', () => {
    expect(canonicals('Thực hiện phương châm "5 trước", "4 tại chỗ", dự phòng, tích cực.')).toEqual(['4 tại chỗ']);
  });

  it('reads a known motto counted otherwise, with a digit no scan takes for its own or in words, as a motto of its own', () => {
    expect(canonicals('Các doanh nghiệp thực hiện phương án “2 tại chỗ” để duy trì sản xuất.')).toEqual(['2 tại chỗ']);
    expect(canonicals('Các doanh nghiệp thực hiện phương án “hai tại chỗ” để duy trì sản xuất.')).toEqual(['2 tại chỗ']);
  });
});

describe('counts that look like a known slogan', () => {
  it('does not read a count of reactions ("1,2K", "3.2K") as the "2K" motto', () => {
    expect(canonicals('Bài viết có 1,2K lượt thích và 3.2K lượt xem; người dân thực hiện 2K khi ra đường.')).toEqual(['2K']);
    expect(find('Bài viết có 1,2K lượt thích.')).toEqual([]);
  });
});

describe('similes', () => {
  it('finds a parallel "X ... như X ..." simile and a quoted comparison', () => {
    expect(rows('Các cấp phải phòng dịch như phòng cháy, chủ động từ sớm, từ xa.')).toEqual([['phòng dịch như phòng cháy', 'MOTTO', false]]);
    expect(rows('Cán bộ y tế các tuyến “coi người bệnh như người thân” trong mọi hoàn cảnh.')).toEqual([['coi người bệnh như người thân', 'MOTTO', false]]);
  });

  it('finds epidemic work compared with something else after a lead word, and the comparison chained after it', () => {
    expect(rows('Các huyện phải xác định chống dịch như dập lửa, tiêm chủng như chạy nước rút.')).toEqual([
      ['chống dịch như dập lửa', 'MOTTO', false],
      ['tiêm chủng như chạy nước rút', 'MOTTO', false],
    ]);
    expect(canonicals('Với tinh thần phòng, chống dịch như dập lửa, xã khẩn trương khoanh vùng.')).toEqual(['chống dịch như dập lửa']);
  });

  it('does not read "as planned" or "as usual" after epidemic work, nor an unled comparison, as a simile', () => {
    for (const text of ['Trạm y tế tổ chức tiêm vắc xin như kế hoạch đã đề ra.', 'Các điểm tiếp tục xét nghiệm như bình thường.', 'Xã tổ chức xét nghiệm như lần trước.']) {
      expect([text, canonicals(text)]).toEqual([text, []]);
    }
  });

  it('keeps the known simile reviewed', () => {
    expect(rows('Quán triệt tinh thần chống dịch như chống giặc.')).toEqual([['chống dịch như chống giặc', 'MOTTO', true]]);
  });

  it('does not read "cũng như", "như sau" or an administrative comparison as a simile', () => {
    for (const text of [
      'Các tỉnh cũng như các thành phố tăng cường kiểm tra.',
      'Sở Y tế hướng dẫn thực hiện các nội dung như sau:',
      'Quản lý người về từ vùng dịch như quản lý trường hợp F1.',
      'Áp dụng các biện pháp như thực hiện đối với người nhập cảnh.',
    ]) {
      expect([text, canonicals(text)]).toEqual([text, []]);
    }
  });
});

describe('quoted mottos after cue words', () => {
  it('reads cues followed by a few words ending in "là", and the message and strict-compliance cues', () => {
    expect(rows('Quán triệt phương châm hành động là “đoàn kết, kỷ cương, chủ động, hiệu quả”.')).toEqual([
      ['đoàn kết, kỷ cương, chủ động, hiệu quả', 'MOTTO', false],
    ]);
    expect(rows('Tuyên truyền thông điệp “Vì bạn, vì tôi, vì cộng đồng” trên loa truyền thanh.')).toEqual([['Vì bạn, vì tôi, vì cộng đồng', 'MOTTO', false]]);
    expect(rows('Các phường thực hiện nghiêm “giãn cách trong giãn cách”.')).toEqual([['giãn cách trong giãn cách', 'MOTTO', false]]);
    expect(rows('Với tinh thần “không để người dân nào thiếu ăn, thiếu mặc”, hỗ trợ kịp thời.')).toEqual([['không để người dân nào thiếu ăn, thiếu mặc', 'MOTTO', false]]);
    // A quoted order to follow numeric mottos names them; it is no motto of its own.
    expect(canonicals('Quán triệt phương châm: “phát hiện sớm, cách ly nhanh, điều trị hiệu quả”, “tăng cường 4 tại chỗ và 5 rõ”.')).toEqual([
      'phát hiện sớm, cách ly nhanh, điều trị hiệu quả',
      '4 tại chỗ',
      '5 rõ',
    ]);
    // A few words, commas between them, may end in a colon before the quote.
    expect(rows('Quán triệt phương châm xuyên suốt trong công tác phòng, chống dịch: “phát hiện sớm, cách ly nhanh, điều trị hiệu quả”.')).toEqual([
      ['phát hiện sớm, cách ly nhanh, điều trị hiệu quả', 'MOTTO', false],
    ]);
    // A known motto keeps its review, whatever cue brings it.
    expect(rows('Với tinh thần “không để ai bị bỏ lại phía sau”, hỗ trợ kịp thời.')).toEqual([['không để ai bị bỏ lại phía sau', 'MOTTO', true]]);
    expect(rows('Mục tiêu cao nhất là “bảo vệ tối đa sức khỏe, tính mạng của Nhân dân”.')).toEqual([['bảo vệ tối đa sức khỏe, tính mạng của Nhân dân', 'GOAL', false]]);
  });

  it('reads the quotation marks of headlines, of TeX, of a typist who pressed the key twice and of a CSV export', () => {
    expect(canonicals('Chủ tịch tỉnh: Thực hiện khẩu hiệu ‘Bản làng đoàn kết, đẩy lùi dịch bệnh’ ở vùng cao.')).toEqual(['Bản làng đoàn kết, đẩy lùi dịch bệnh']);
    expect(canonicals("Tuyên truyền thông điệp ``Giữ khoảng cách, giữ bình an'' trên loa truyền thanh.")).toEqual(['Giữ khoảng cách, giữ bình an']);
    expect(canonicals('Phát động phong trào ‘‘Mỗi tổ dân phố một tổ giám sát’’ trong toàn thị xã.')).toEqual(['Mỗi tổ dân phố một tổ giám sát']);
    expect(canonicals('Tuyen truyen theo tinh than ""Nha nha giu khoang cach, nguoi nguoi deo khau trang"" tai cac thon.')).toEqual([
      'Nha nha giu khoang cach, nguoi nguoi deo khau trang',
    ]);
    // A lone apostrophe of a foreign name opens no quote.
    expect(canonicals('Tiếp nhận vật tư của tổ chức Doctors’ Network theo phương châm “Kịp thời, công khai”.')).toEqual(['Kịp thời, công khai']);
  });

  it('reads a list of quoted banners under a cue and its colon, each item a slogan', () => {
    const banners = ['4. Treo băng rôn, pa nô tại các tuyến phố với các khẩu hiệu sau:', '- “Chung tay đẩy lùi dịch bệnh”;', '- “Phường xanh - Nhà an toàn”.'].join('\n');
    expect(rows(banners)).toEqual([
      ['Chung tay đẩy lùi dịch bệnh', 'MOTTO', false],
      ['Phường xanh - Nhà an toàn', 'MOTTO', false],
    ]);
    // A list under a lead that names no cue gives none.
    expect(rows(['Các tổ dân phố chuẩn bị:', '- “Sổ theo dõi người về địa phương”;', '- “Bảng phân công trực chốt”.'].join('\n'))).toEqual([]);
  });

  it('reads the unquoted items under a numbered heading that opens with the cue, colon or not ("2. Khẩu hiệu tuyên truyền")', () => {
    const plan = [
      '2. Khẩu hiệu tuyên truyền',
      '- Tiêm vắc xin là quyền lợi và trách nhiệm của mỗi người dân!',
      '- Quảng Ngãi đoàn kết, chung tay đẩy lùi dịch bệnh!',
      '3. Một số khẩu hiệu',
      'a) Chung tay phòng dịch, vững vàng niềm tin!',
      // A numbered order that names banners heads no list of them.
      '4. Treo khẩu hiệu tại các nơi công cộng',
      '- Các xã treo băng rôn tại trụ sở.',
    ].join('\n');
    expect(canonicals(plan)).toEqual(['Tiêm vắc xin là quyền lợi và trách nhiệm của mỗi người dân', 'Quảng Ngãi đoàn kết, chung tay đẩy lùi dịch bệnh', 'Chung tay phòng dịch, vững vàng niềm tin']);
  });

  it('does not take the spelled-out words of a motto, in parentheses after it, for another', () => {
    expect(canonicals('Tuyên truyền phương châm “3 an toàn” (“nhà an toàn, thôn an toàn, xã an toàn”) đến từng hộ.')).toEqual(['3 an toàn']);
  });

  it('takes a short cued name with a digit that is not a number of things', () => {
    expect(rows('Tuyên truyền khẩu hiệu “6K” tại các khu công nghiệp.')).toEqual([['6K', 'MOTTO', false]]);
  });

  it('takes a long principle of short comma-chained parts', () => {
    const principle =
      'phát hiện sớm, xét nghiệm nhanh, cách ly kịp thời, khoanh vùng gọn, truy vết triệt để, điều trị hiệu quả, bảo vệ nhóm nguy cơ cao, giảm thiểu tử vong, duy trì sản xuất kinh doanh an toàn, bảo đảm an sinh xã hội cho người dân';
    expect(canonicals(`Thực hiện nguyên tắc “${principle}”.`)).toEqual([principle]);
  });

  it('leaves quoted names of things alone, even after a cue', () => {
    for (const text of [
      'Triển khai mô hình “phong tỏa mềm” tại các phường.',
      'Lực lượng tuyến đầu là “lá chắn” thép; mỗi gia đình là “pháo đài”, mỗi người dân là “chiến sĩ”.',
      'Nhân rộng mô hình “siêu thị 0 đồng”, mô hình “ATM gạo”, phong trào “vùng xanh an toàn”.',
      'Doanh nghiệp duy trì “vùng xanh” theo mô hình “cuốn chiếu”.',
    ]) {
      expect([text, canonicals(text)]).toEqual([text, []]);
    }
  });

  it('takes after "thực hiện nghiêm" only quotes in a motto\'s shape, and no quoted document or cue word', () => {
    expect(canonicals('Người dân thực hiện nghiêm “giãn cách xã hội”, “cách ly tại nhà”.')).toEqual([]);
    expect(canonicals('Các xã thực hiện nghiêm “Ra đường là có lỗi”, “không hẹn hò, không tụ tập”.')).toEqual(['Ra đường là có lỗi', 'không hẹn hò, không tụ tập']);
    expect(canonicals('Tiếp tục thực hiện nghiêm “Chỉ thị 19” và tinh thần “Nghị quyết 30”.')).toEqual([]);
    // The slogan inside a quote that opens with its cue word is read by its own rule.
    expect(canonicals('Thực hiện nghiêm “Thông điệp 5K” của Bộ Y tế.')).toEqual(['5K']);
  });

  it('reads a quote right after a title word as the name of a document, app or contest, which ends a list of slogans', () => {
    expect(canonicals('Đoàn viên tham gia chiến dịch “Tình nguyện mùa đông” theo Kế hoạch “Vì cộng đồng khỏe mạnh”.')).toEqual(['Tình nguyện mùa đông']);
    expect(canonicals('Hưởng ứng cuộc vận động “Người dân làm chủ thôn xóm” và Đề án “Phủ xanh vắc xin vùng cao”.')).toEqual(['Người dân làm chủ thôn xóm']);
    // A balanced title is no motto either.
    expect(canonicals('Các trường tham gia cuộc thi “Sống an toàn, sống khỏe mạnh” do Tỉnh đoàn phát động.')).toEqual([]);
    expect(canonicals('Các trường tham gia “Sống an toàn, sống khỏe mạnh” do Tỉnh đoàn phát động.')).toEqual(['Sống an toàn, sống khỏe mạnh']);
  });
});

describe('balanced mottos quoted without a cue', () => {
  it('takes parallel parts that open alike, and a phrase that turns its words around', () => {
    expect(rows('Các xã kiên trì “vừa giữ vùng xanh, vừa mở lại chợ phiên”.')).toEqual([['vừa giữ vùng xanh, vừa mở lại chợ phiên', 'MOTTO', false]]);
    expect(canonicals('Mỗi nhà máy bảo đảm “an toàn để sản xuất, sản xuất phải an toàn”.')).toEqual(['an toàn để sản xuất, sản xuất phải an toàn']);
  });

  it('takes parts that put each its own word in one frame, and three or more that close on the same word', () => {
    expect(canonicals('Các xã giữ “bản giữ bản, xóm giữ xóm, nhà giữ nhà” đến hết đợt dịch.')).toEqual(['bản giữ bản, xóm giữ xóm, nhà giữ nhà']);
    expect(canonicals('Xây dựng “chợ an toàn, bến an toàn, xưởng an toàn” ở mọi huyện.')).toEqual(['chợ an toàn, bến an toàn, xưởng an toàn']);
    // Two parts closing alike are a pair of names or things, not a motto.
    expect(canonicals('Thông báo tới “trạm y tế xã, trung tâm y tế” trong ngày.')).toEqual([]);
  });

  it('leaves quoted lists of names and of places alone', () => {
    for (const text of [
      'Hỗ trợ các xã “Tân An, Tân Bình” lập chốt kiểm soát.',
      'Tuyên truyền về “các chợ đầu mối, các siêu thị” trên địa bàn.',
      'Đặt biển “Khu cách ly - Cấm vào” tại cổng.',
    ]) {
      expect([text, canonicals(text)]).toEqual([text, []]);
    }
  });
});

describe('quotes that name a document or a dated aim', () => {
  it('reads no slogan in a quote holding a day or a document number, under any cue', () => {
    expect(canonicals('Quán triệt tinh thần “Kết luận số 12-KL/TU ngày 05/8/2021 của Thường trực Tỉnh ủy” trong toàn ngành.')).toEqual([]);
    expect(canonicals('Thực hiện quan điểm “Hội nghị trực tuyến ngày 10/8/2021 với các địa phương”.')).toEqual([]);
    expect(canonicals('Phấn đấu đạt mục tiêu “đến ngày 15/10/2021 tiêm mũi 1 cho 80% người từ 18 tuổi trở lên”.')).toEqual([]);
    // A year alone is a slogan's own word.
    expect(canonicals('Treo khẩu hiệu “Tết an toàn 2022” tại các trục đường.')).toEqual(['Tết an toàn 2022']);
  });
});

describe('a known slogan worded otherwise', () => {
  it('reads whole words added to a known spelling as a phrase of its own, not an OCR slip', () => {
    // One OCR-like slip away from "ai ở đâu thì ở yên đó" by length, but a whole word more.
    expect(rows('Quán triệt khẩu hiệu “ai ở đâu thì cứ ở yên đó”.')).toEqual([['ai ở đâu thì cứ ở yên đó', 'MOTTO', false]]);
  });

  it('reads the wordings provinces use of three national slogans as those slogans', () => {
    const strategy = 'thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19';
    expect(canonicals('Các xã chuyển sang trạng thái thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch bệnh.')).toEqual([strategy]);
    expect(canonicals('Triển khai Nghị quyết về thích ứng an toàn, linh hoạt, kiểm soát có hiệu quả dịch COVID-19.')).toEqual([strategy]);
    expect(canonicals('Trong thời gian giãn cách, người dân thực hiện ai ở đâu ở yên đấy.')).toEqual(['ai ở đâu ở yên đó']);
    expect(canonicals('Phát huy tinh thần mỗi người dân là một chiến sĩ, mỗi doanh nghiệp là một pháo đài.')).toEqual(['mỗi người dân là một chiến sĩ, mỗi xã, phường là một pháo đài']);
  });

  it('reads the Tết motto and the schools\' motto of 2021 with no quotes or cue, in the wordings provinces use', () => {
    expect(canonicals('Vận động người dân thực hiện ai ở đâu đón Tết ở đó, hạn chế về quê.')).toEqual(['ai ở đâu ăn Tết ở đó']);
    expect(canonicals('Các trường thực hiện phương châm tạm dừng đến trường nhưng không dừng học.')).toEqual(['tạm dừng đến trường, không dừng học']);
    expect(canonicals('Thực hiện "Dừng đến trường, không dừng học", các trường tổ chức dạy học trực tuyến.')).toEqual(['tạm dừng đến trường, không dừng học']);
  });

  it('reads the community teams\' motto with no quotes or cue; another wording only after its cue, as written', () => {
    expect(canonicals('Tổ COVID cộng đồng đi từng ngõ, gõ từng nhà, rà từng người để nắm chắc người về địa phương.')).toEqual(['đi từng ngõ, gõ từng nhà, rà từng người']);
    expect(canonicals('Thực hiện phương châm "đi từng ngõ, gõ từng nhà, rà soát từng đối tượng" để nắm chắc người về.')).toEqual(['đi từng ngõ, gõ từng nhà, rà soát từng đối tượng']);
  });
});

describe('slogans a text leaves behind', () => {
  const adapt = '“thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19”';

  it('drops X in "từ X sang Y", "thay vì X" and "không còn X", and keeps Y', () => {
    expect(canonicals(`Chuyển trạng thái từ mục tiêu “không có COVID-19” sang ${adapt}.`)).toEqual(['thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19']);
    expect(canonicals(`Thực hiện ${adapt} thay vì “không có COVID-19”.`)).toEqual(['thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19']);
    expect(canonicals('Tỉnh không còn theo đuổi mục tiêu, không còn “2 không” như trước.')).toEqual([]);
  });

  it('keeps the same slogan where a text adopts it', () => {
    expect(rows('Kiên trì mục tiêu “không có COVID-19” trong cộng đồng.')).toEqual([['không có COVID-19', 'GOAL', true]]);
  });
});

describe('campaign names', () => {
  it('reads a campaign named after a word or two of its domain ("chiến dịch tiêm chủng “...”")', () => {
    expect(rows('Các xã hưởng ứng chiến dịch tiêm chủng "Vắc xin về bản, vui xuân an toàn" từ tháng Giêng.')).toEqual([['Vắc xin về bản, vui xuân an toàn', 'CAMPAIGN', false]]);
    expect(rows('Phát động phong trào thi đua đặc biệt “Bản làng đoàn kết, chung tay đẩy lùi dịch bệnh” trong toàn tỉnh.')).toEqual([
      ['Bản làng đoàn kết, chung tay đẩy lùi dịch bệnh', 'CAMPAIGN', false],
    ]);
    // The gap is for campaigns: a goal's cue still needs the slogan right after it (or "là").
    expect(canonicals('Phấn đấu đạt mục tiêu tiêm chủng "phủ kín mũi ba trong tháng" ở mọi thôn.')).toEqual([]);
  });

  it('reads a motto whose cue a few words qualify, a body\'s name among them', () => {
    expect(
      canonicals('Tuyên truyền thông điệp của Sở Y tế “Đã tiêm đủ mũi vẫn phải đeo khẩu trang”; khẩu hiệu hành động “Mỗi đoàn viên là một tuyên truyền viên”; phương châm phòng, chống dịch “Chủ động từ sớm, từ xa, từ cơ sở”.'),
    ).toEqual(['Đã tiêm đủ mũi vẫn phải đeo khẩu trang', 'Mỗi đoàn viên là một tuyên truyền viên', 'Chủ động từ sớm, từ xa, từ cơ sở']);
    // A document's number is no word of a qualifier: the quote is its title.
    expect(canonicals('Triển khai tinh thần Công văn số 15/UBND-VX “Về việc tăng cường phòng, chống dịch”.')).toEqual([]);
  });

  it('keeps a campaign whose name holds a known motto, and counts the motto inside it as part of it', () => {
    expect(rows('Phát động phong trào "Khu phố 5K, chợ quê an toàn" trong toàn huyện.')).toEqual([['Khu phố 5K, chợ quê an toàn', 'CAMPAIGN', false]]);
  });
});

describe('banners listed under a heading that names them', () => {
  it('takes each unquoted item as a slogan of the heading, without its closing mark', () => {
    const text = [
      'PHỤ LỤC',
      'CÁC KHẨU HIỆU TUYÊN TRUYỀN',
      '(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 05/01/2022)',
      '1. Làng bản an toàn - Mùa xuân no ấm!',
      '2. Rửa tay thường xuyên - Bảo vệ cả nhà!',
      '',
      'Nơi nhận:',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['Làng bản an toàn - Mùa xuân no ấm', 'MOTTO', false],
      ['Rửa tay thường xuyên - Bảo vệ cả nhà', 'MOTTO', false],
    ]);
    expect(find(text)[0].mentions[0].citation.rule).toBe('slogan.listed');
  });

  it('takes the quoted items of such a list by their cue, and no item of a list under another heading', () => {
    expect(canonicals('Treo băng rôn với các khẩu hiệu: “Phố xanh, nhà an toàn”; “Đoàn kết đẩy lùi dịch bệnh”.')).toEqual(['Phố xanh, nhà an toàn', 'Đoàn kết đẩy lùi dịch bệnh']);
    expect(canonicals('CÁC NHIỆM VỤ TRỌNG TÂM\n1. Tổ chức tiêm vắc xin cho người dân.\n2. Rà soát người về từ vùng dịch.')).toEqual([]);
  });

  it('takes no order of a dispatch typed in capitals for such a heading, though it names a message', () => {
    const text = ['1. ĐIỀU KIỆN ĐỐI VỚI KHÁCH', '- KHÁCH THỰC HIỆN THÔNG ĐIỆP 5K TRONG SUỐT HÀNH TRÌNH.', '2. ĐỐI VỚI CƠ SỞ LƯU TRÚ', '- ĐÓN KHÁCH KHÔNG QUÁ 70% CÔNG SUẤT BUỒNG PHÒNG.'].join('\n');
    expect(canonicals(text)).toEqual(['5K']);
  });
});

describe('a document quoted by its kind and number', () => {
  it('is no slogan after a cue, whatever kind of document the lexicon of kinds names ("Công điện 1102")', () => {
    expect(canonicals('Các xã thực hiện nghiêm "Công điện 1102", "Thông tư 27" và "ba sẵn sàng".')).toEqual(['3 sẵn sàng']);
  });
});

describe('a model named by what it gives away', () => {
  it('takes no price for a motto\'s number after "mô hình" ("Siêu thị mini 0 đồng"), and keeps a number that is one', () => {
    expect(canonicals('Các phường nhân rộng mô hình "Siêu thị mini 0 đồng" và mô hình "Gia đình 3 sạch".')).toEqual(['Gia đình 3 sạch']);
  });
});

describe('an unquoted slogan after its cue and a colon', () => {
  it('reads a motto-shaped phrase to the end of its sentence, unquoted', () => {
    const [s] = find('Các xã vùng biển thực hiện phương châm: Bến là pháo đài, ngư dân là chiến sĩ.');
    expect(s).toMatchObject({ canonical: 'Bến là pháo đài, ngư dân là chiến sĩ', kind: 'MOTTO', reviewed: false });
    expect(s.mentions.map((m) => [m.citation.quote, m.quoted, m.citation.rule])).toEqual([['Bến là pháo đài, ngư dân là chiến sĩ', false, 'slogan.colon-cue']]);
    expect(canonicals('Đoàn viên tuyên truyền với khẩu hiệu: Mỗi tổ đò là một chốt chặn dịch!')).toEqual(['Mỗi tổ đò là một chốt chặn dịch']);
  });

  it('takes no prose after a cue that opens a statement, no long clause and no order without a motto\'s shape', () => {
    expect(canonicals('1. Mục tiêu: Kiểm soát dịch bệnh là trên hết, không để lây lan ra cộng đồng.')).toEqual([]);
    expect(canonicals('2. Quán triệt phương châm: chủ động phòng ngừa là chính, tổ chức thực hiện nghiêm các biện pháp theo chỉ đạo của Trung ương và của tỉnh.')).toEqual([]);
    expect(canonicals('3. Phổ biến thông điệp: người dân không ra khỏi nhà khi không thật sự cần thiết.')).toEqual([]);
  });
});

describe('a list of banners under a heading', () => {
  it('ends at the heading\'s next sibling or a marker of another kind', () => {
    const text = '1. Tuyên truyền với các khẩu hiệu:\n- Bản làng chung sức đẩy lùi dịch bệnh;\n- Xuân an toàn, Tết sum vầy.\n2. Quán triệt phương châm chủ động phòng ngừa là chính, tổ chức thực hiện nghiêm các biện pháp.';
    expect(canonicals(text)).toEqual(['Bản làng chung sức đẩy lùi dịch bệnh', 'Xuân an toàn, Tết sum vầy']);
  });
});
