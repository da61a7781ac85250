import { toTcvn3, toViqr, toVni, toWindows1258 } from './legacy-encode';
import { convertLegacy, decodeLegacyBytes, detectLegacyEncoding } from './legacy-encoding';

// Made-up notice text, with no capital toned letter inside a sentence (TCVN3 cannot write one).
const NOTICE = [
  'Căn cứ tình hình thực tế, Ban Chỉ đạo huyện yêu cầu các xã tạm dừng hoạt động chợ đêm và các điểm vui chơi từ ngày 5/8/2021.',
  'Người đứng đầu các đơn vị chịu trách nhiệm kiểm tra việc đeo khẩu trang, khai báo y tế và giữ khoảng cách tại nơi làm việc.',
  'Trường hợp vi phạm sẽ bị xử lý theo quy định; Trạm Y tế xã báo cáo kết quả trước 17 giờ hằng ngày.',
].join('\n');

describe('convertLegacy', () => {
  it('converts TCVN3 read as Latin text, restoring capitals the font supplied', () => {
    expect(convertLegacy('Th«ng b¸o ý kiÕn chØ ®¹o cña Th­êng trùc', 'TCVN3')).toBe('Thông báo ý kiến chỉ đạo của Thường trực');
    expect(convertLegacy('ñy ban nh©n d©n tØnh', 'TCVN3')).toBe('Ủy ban nhân dân tỉnh');
    expect(convertLegacy('TH¤NG B¸O KÕT LUËN', 'TCVN3')).toBe('THÔNG BÁO KẾT LUẬN');
    expect(convertLegacy('§iÒu 2. ¸p dông tõ ngµy ký.', 'TCVN3')).toBe('Điều 2. Áp dụng từ ngày ký.');
    // A capital only at the start is a capitalised word, not a word in capitals.
    expect(convertLegacy('Sè: 45/TB-UBND. §éc lËp - Tù do', 'TCVN3')).toBe('Số: 45/TB-UBND. Độc lập - Tự do');
    // Unless a word of capitals stands beside it on its line: a letterhead's.
    expect(convertLegacy('§¶NG Bé TØNH B¾C K¹N\nSë GI¸O DôC Vµ §µO T¹O\nBé Y tÕ h­íng dÉn', 'TCVN3')).toBe('ĐẢNG BỘ TỈNH BẮC KẠN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nBộ Y tế hướng dẫn');
  });

  it('converts VNI, two bytes per marked vowel', () => {
    expect(convertLegacy('Thoâng baùo', 'VNI')).toBe('Thông báo');
    expect(convertLegacy('UÛy ban nhaân daân', 'VNI')).toBe('Ủy ban nhân dân');
    expect(convertLegacy('Thöôøng tröïc, ngöôøi daân, môû cöûa, lôùp hoïc', 'VNI')).toBe('Thường trực, người dân, mở cửa, lớp học');
    expect(convertLegacy('ÑIEÀU 3. THÖÏC HIEÄN', 'VNI')).toBe('ĐIỀU 3. THỰC HIỆN');
    // A mark byte after a consonant is not a mark.
    expect(convertLegacy('Caø pheâ 3ù', 'VNI')).toBe('Cà phê 3ù');
  });

  it('converts Windows-1258 text that was read as Windows-1252', () => {
    const misread = toWindows1258('Thông báo của Tỉnh ủy – Sở Y tế').toString('latin1').replace('\u0096', '–');
    // The tones read as Windows-1252 letters: "Tỉnh" as "TiÒnh".
    expect(misread).toContain('Ti\u00d2nh');
    expect(convertLegacy(misread, 'WINDOWS_1258')).toBe('Thông báo của Tỉnh ủy – Sở Y tế');
  });

  it('converts VIQR and tells a tone from punctuation at the end of a word', () => {
    expect(convertLegacy("Tho^ng ba'o cu?a Ti?nh u?y.", 'VIQR')).toBe('Thông báo của Tỉnh ủy.');
    expect(convertLegacy('Ho. ddi ho.c, ca\'c ho., dde^\'n tru+o+`ng. Xong', 'VIQR')).toBe('Họ đi học, các họ, đến trường. Xong');
    expect(convertLegacy('Ta^.p trung? Co\'. Ha\\. Long', 'VIQR')).toBe('Tập trung? Có. Ha. Long');
    expect(convertLegacy('BAN CHI? DDA.O TI?NH. Ca\'c', 'VIQR')).toBe('BAN CHỈ ĐẠO TỈNH. Các');
    // A word in capitals ends no sentence at a line's end: a signature's title.
    expect(convertLegacy('T/M BAN THU+O+`NG VU.\nBI\' THU+', 'VIQR')).toBe('T/M BAN THƯỜNG VỤ\nBÍ THƯ');
    // A word that would not be a syllable stays as written ("e.g", "address"), unless a vowel modifier inside it
    // says VIQR: a highland name ("Kro^ng").
    expect(convertLegacy('e.g. address', 'VIQR')).toBe('e.g. address');
    expect(convertLegacy('UBND huye^.n Kro^ng No^', 'VIQR')).toBe('UBND huyện Krông Nô');
    // A "?" after a vowel that took a modifier is the hook, before a capital too; a question stays one.
    expect(convertLegacy("So+? Y te^' va` To^? COVID-19. Co' pha?i kho^ng? DDu+o+.c.", 'VIQR')).toBe('Sở Y tế và Tổ COVID-19. Có phải không? Được.');
  });

  it('reads "DD" inside a VIQR symbol in capitals as Đ, the last two of three D\'s', () => {
    expect(convertLegacy('So^\': 214/PGDDDT-TH; 48/TB-BCDD; HDDND ti?nh', 'VIQR')).toBe('Số: 214/PGDĐT-TH; 48/TB-BCĐ; HĐND tỉnh');
  });

  it('round-trips a made-up notice through each encoding', () => {
    expect(convertLegacy(toTcvn3(NOTICE), 'TCVN3')).toBe(NOTICE);
    expect(convertLegacy(toVni(NOTICE), 'VNI')).toBe(NOTICE);
    expect(convertLegacy(toViqr(NOTICE), 'VIQR')).toBe(NOTICE);
  });

  it('cannot recover a capital toned letter that TCVN3 wrote in lower case inside a sentence', () => {
    expect(convertLegacy(toTcvn3('theo chỉ đạo của Ủy ban'), 'TCVN3')).toBe('theo chỉ đạo của ủy ban');
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises each encoding of the notice', () => {
    expect(detectLegacyEncoding(toTcvn3(NOTICE))).toEqual({ encoding: 'TCVN3', confidence: 1 });
    expect(detectLegacyEncoding(toVni(NOTICE))).toEqual({ encoding: 'VNI', confidence: 1 });
    expect(detectLegacyEncoding(toViqr(NOTICE))).toEqual({ encoding: 'VIQR', confidence: 1 });
  });

  it('gives a lower confidence while the marked words are few', () => {
    const short = toTcvn3('Các xã tạm dừng hoạt động chợ đêm và điểm vui chơi.');
    const found = detectLegacyEncoding(short);
    expect(found?.encoding).toBe('TCVN3');
    expect(found!.confidence).toBeLessThan(1);
    expect(found!.confidence).toBeGreaterThan(0.5);
  });

  it('is null for Unicode Vietnamese, other languages and a few stray marks', () => {
    for (const text of [
      NOTICE,
      NOTICE.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'),
      'The committee asked: what happens next? Schools reopen on 5 May. Don\'t panic; e.g. wear masks. I\'m sure it\'s fine, isn\'t it? Let\'s see.',
      'Le comité a décidé que les écoles resteront fermées. Où est la réunion ? Il faut être prudent, déjà la région est touchée. À bientôt, très cher élève ; la fête du père et de la mère, la forêt, l\'hôtel, la côte, le goût.',
      'Die Maßnahmen für Schüler und Ärzte wurden verlängert. Größere Veranstaltungen sind untersagt, öffentliche Plätze bleiben geöffnet. Übermäßige Vorsicht schadet nicht; Bürger müssen Masken tragen.',
      'Thông báo « số 12 » của tỉnh ^ về việc phòng, chống dịch; ghi chú ^ và « trích dẫn » trong văn bản tiếng Việt bình thường.',
      'Th«ng b¸o',
      '',
      '12/8/2021 - 15.000',
    ]) {
      expect(detectLegacyEncoding(text)).toBeNull();
    }
  });

  it('is null for a Unicode text that quotes a little legacy text', () => {
    expect(detectLegacyEncoding(`${NOTICE}\n${NOTICE}\n${toTcvn3('các xã tạm dừng')}`)).toBeNull();
  });
});

describe('decodeLegacyBytes', () => {
  it('reads an 8-bit TCVN3 file, Windows-1252 quotes included', () => {
    const bytes = Buffer.concat([Buffer.from(toTcvn3(NOTICE), 'latin1'), Buffer.from([0x20, 0x93, 0x61, 0x94])]);
    expect(decodeLegacyBytes(bytes)).toEqual({ text: `${NOTICE} “a”`, encoding: 'TCVN3' });
  });

  it('reads an 8-bit VNI file', () => {
    expect(decodeLegacyBytes(Buffer.from(toVni(NOTICE), 'latin1'))).toEqual({ text: NOTICE, encoding: 'VNI' });
  });

  it('is null for a Latin-1 French file and for bytes Windows-1252 leaves unassigned', () => {
    expect(decodeLegacyBytes(Buffer.from('Le comité a décidé que les écoles resteront fermées; où est la réunion, déjà?', 'latin1'))).toBeNull();
    expect(decodeLegacyBytes(Buffer.concat([Buffer.from(toTcvn3(NOTICE), 'latin1'), Buffer.from([0x81])]))).toBeNull();
  });
});
