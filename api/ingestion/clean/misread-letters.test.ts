import { analyse } from '../analyse';
import { renditionQuality } from '../quality';
import { clean } from '.';
import { repairMisreadLetters } from './misread-letters';
import { countSyllables, syllableCounts } from './syllable-counts';
import { countedTexts } from '../../cli/syllables';

const read = (text: string) => repairMisreadLetters(text).text;

describe('repairMisreadLetters', () => {
  it('reads a digit inside a word back as the vowel directive prose has there', () => {
    expect(read('UBND t1nh B4c Kạn')).toBe('UBND tỉnh Bắc Kạn');
    expect(read('ph1ng, ch6ng d1ch b7nh trên d8a b4n')).toBe('phòng, chống dịch bệnh trên địa bàn');
    expect(read('Tr5m Y t6 x2')).toBe('Trạm Y tế xã');
    // Written in capitals, read back in capitals; "~" stands for a letter as a digit does.
    expect(read('ỦY BAN NHÂN DÂN T1NH')).toBe('ỦY BAN NHÂN DÂN TỈNH');
    expect(read('c~ch ly')).toBe('cách ly');
    // A "j" is the "ị" it looks like: Vietnamese spells no word with one.
    expect(read('phòng, chống djch trên dja bàn; PHÓ CHỦ TJCH')).toBe('phòng, chống dịch trên địa bàn; PHÓ CHỦ TỊCH');
    for (const line of ['Jrai, Jica, javascript, json', 'APR MAY JUN']) expect(read(line)).toBe(line);
  });

  it('reads back the "&" and the inner "Q" a scanner\'s OCR without Vietnamese writes for "ơ" and "ọ", and leaves English abbreviations', () => {
    expect(read('S& Y tế chủ trì; cơ s& kinh doanh, trường hQc')).toBe('Sở Y tế chủ trì; cơ sở kinh doanh, trường học');
    expect(read('CQNG HÒA XÃ HQI CHỦ NGHĨA VIỆT NAM; DQc lập')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM; Độc lập');
    for (const line of ['Quyết định số 12/QĐ-BCĐQG', 'R&D, AT&T, Q&A, Sở KH&CN', 'Quảng Ninh, QUẢNG NAM']) expect(read(line)).toBe(line);
    // A short symbol after its slash is no word, whatever word it looks like.
    expect(read('Chi hỗ trợ theo Nghị quyết 42/NQ của Chính phủ.')).toBe('Chi hỗ trợ theo Nghị quyết 42/NQ của Chính phủ.');
    // A police unit's code after a dash in a number: its digits are no vowels.
    expect(read('Thực hiện Công văn số 1256/BCA-C07 ngày 02/4/2020 và Điện số 88/BCA-V01 của Bộ Công an.')).toBe(
      'Thực hiện Công văn số 1256/BCA-C07 ngày 02/4/2020 và Điện số 88/BCA-V01 của Bộ Công an.',
    );
  });

  it('reads back the hook above in a text that lost it everywhere, where a neighbour or the counts choose it', () => {
    const body =
      'Uy ban nhân dân tinh yêu cầu Sơ Y tế chu trì, phối hợp với các đơn vị tô chức xét nghiệm cho người về từ vùng dịch; người dân phai thực hiện nghiêm thông điệp 5K, đeo khâu trang nơi công cộng, không lơ là, chu quan, với tinh thần chống dịch như chống giặc.';
    const text = Array(4).fill(body).join('\n');
    const [first] = read(text).split('\n');
    expect(first).toBe(
      'Ủy ban nhân dân tỉnh yêu cầu Sở Y tế chủ trì, phối hợp với các đơn vị tổ chức xét nghiệm cho người về từ vùng dịch; người dân phải thực hiện nghiêm thông điệp 5K, đeo khẩu trang nơi công cộng, không lơ là, chủ quan, với tinh thần chống dịch như chống giặc.',
    );
    // A text that keeps its hooks, or too short to tell, is left as written.
    expect(read(body)).toBe(body);
    const marked = `${text}\nSở Y tế chủ trì.`.replace('tô chức', 'tổ chức').replace('khâu trang', 'khẩu trang');
    expect(read(marked)).toBe(marked);
  });

  it('lets a neighbour choose between readings that differ in more than their marks', () => {
    // "S6" alone is "số" as often as "sở"; before "Y tế" it is the department.
    expect(read('S6 Y t6')).toBe('Sở Y tế');
    expect(read('S6 Gi1o d5c v4 Đào tạo')).toBe('Sở Giáo dục và Đào tạo');
    // A "d" that lost its stroke in the scan gets it back with the word.
    expect(read('Ban Ch1 d1o')).toBe('Ban Chỉ đạo');
  });

  it('reads a capital I inside lower-case prose back as the l it stands for, and leaves names and English words', () => {
    expect(read('phải cách Iy tập trung 14 ngày; huy động Iực lượng y tế')).toBe('phải cách ly tập trung 14 ngày; huy động lực lượng y tế');
    // At the end of a sentence or a line the word after is missing, not in capitals.
    expect(read('thực hiện cách Iy.')).toBe('thực hiện cách ly.');
    // A name goes on in capitals, a sentence opens with a capital, and "in" is a syllable.
    for (const line of ['huyện Ia Grai, xã Ia Pa', 'Iy tập trung', 'kết nối Internet để in ấn', 'nhấn In để in']) expect(read(line)).toBe(line);
  });

  it('reads a final v back as the y whose tail the scan lost, where only that is a syllable', () => {
    expect(read('tự theo dõi sức khỏe tại nhà 7 ngàv; Công văn nàv')).toBe('tự theo dõi sức khỏe tại nhà 7 ngày; Công văn này');
    for (const line of ['Kiev, Tv, cổng vov.vn', 'dev']) expect(read(line)).toBe(line);
  });

  it('leaves codes, figures and words the evidence does not single out', () => {
    for (const line of ['khu B2, lô A1', 'Lưu VPTU, TH2, TH4.', 'F0, F1, 5K', 'H5N1, COVID-19, SARS-CoV-2', 'cách ly l4 ngày, O5 chốt', '14ngày', 'Covid19']) {
      expect(read(line)).toBe(line);
    }
    // Towers, blocks and basements in a clean text, whatever words beside them they resemble ("Bộ và", "Tế trong").
    expect(read('Phong tỏa tòa nhà B2 và tòa T1 trong ngày; cư dân tầng B1 và lô C2; diện tích 40 m2 và Covid19')).toBe('Phong tỏa tòa nhà B2 và tòa T1 trong ngày; cư dân tầng B1 và lô C2; diện tích 40 m2 và Covid19');
    // "t6 d4n ph6": each needs the other, and "d4n" alone could be "dân" or "đến".
    expect(read('t6 d4n ph6')).toBe('t6 d4n ph6');
  });

  it('reads back a word whose marks a worn scan misread, and leaves names and real words alone', () => {
    expect(read('Ngưòi về từ vùng dịch; trưòng học tạm dừng; đưọc hỗ trợ')).toBe('Người về từ vùng dịch; trường học tạm dừng; được hỗ trợ');
    // A capitalised word of a minority's place name is read back only on a neighbour's word.
    expect(read('Đồn Biên phòng Pa Vệ Sủ; thị trấn Phát Diệm; khổng lồ')).toBe('Đồn Biên phòng Pa Vệ Sủ; thị trấn Phát Diệm; khổng lồ');
    // A place's name the dictionary lacks is written as the gazetteer writes it.
    const text = '1. Giao UBND thành phố Đồng Hới thành lập Ban điều hành khu cách ly có thu phí.';
    expect(read(text)).toBe(text);
    // A final y where the dictionary writes an i is the older spelling, not a misread mark.
    expect(read('việc hiếu, việc hỷ; báo hỷ; chiến sỹ; kĩ thuật')).toBe('việc hiếu, việc hỷ; báo hỷ; chiến sỹ; kĩ thuật');
  });

  it('keeps every offset: one letter for one, and says where it read', () => {
    const text = 'Giao C6ng an t1nh chủ trì.';
    const { text: out, repaired } = repairMisreadLetters(text);
    expect(out).toBe('Giao Công an tỉnh chủ trì.');
    expect(out).toHaveLength(text.length);
    expect(repaired.map((s) => out.slice(s.start, s.end))).toEqual(['Công', 'tỉnh']);
  });
});

describe('a scan of a legacy-font letter, through cleaning and analysis', () => {
  const SCAN = [
    'UBND T1NH H4 GIANG',
    'S6: 87 IUBND-VX',
    'V/v t3ng c5ờng ph1ng, ch6ng d1ch COVID-19',
    'Kính gửi: S6 Y t6; C6ng an t1nh; UBND các huyện, thành phố.',
    'Thực hiện Chỉ thị số 16ICT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, UBND t1nh yêu cầu:',
    '1. S6 Y t6 chủ trì, phối hợp với C6ng an t1nh tổ chức cách ly tập trung 14 ngày đối với người về từ vùng dịch.',
    '2. UBND các huyện, thành phố không tổ chức các hoạt động tập trung trên 20 người.',
  ].join('\n');

  it('cleans the words back and counts them as damage all the same', () => {
    const cleaned = clean(SCAN);
    expect(cleaned.text).toContain('Sở Y tế chủ trì, phối hợp với Công an tỉnh');
    expect(cleaned.misreadWords!.length).toBeGreaterThanOrEqual(10);
    // Read back, the words are known; as damage, they keep the quality of a damaged text.
    expect(renditionQuality(cleaned.text, undefined, cleaned.misreadWords)).toBeLessThan(renditionQuality(cleaned.text) - 0.2);
  });

  it('finds the agencies the misread words named', () => {
    const { facts } = analyse(SCAN);
    const names = facts.agencies.map((a) => a.canonicalName);
    expect(names).toEqual(expect.arrayContaining(['Sở Y tế', 'Công an tỉnh']));
  });
});

describe('seeds/syllables.json', () => {
  it('is the count of the texts it is made from (npm run syllables rebuilds it)', () => {
    expect(countSyllables(countedTexts())).toEqual(syllableCounts());
  });

  it('counts only texts that keep their marks, and only dictionary syllables', () => {
    const counts = countSyllables(['Sở Y tế tỉnh chỉ đạo. Sở Y tế tỉnh giao t1nh xyz.', 'So Y te tinh chi dao, So Y te tinh']);
    expect(counts.syllables).toEqual({ sở: 2, tế: 2, tỉnh: 2, y: 2 });
    expect(counts.pairs).toEqual({ 'sở y': 2, 'tế tỉnh': 2, 'y tế': 2 });
  });
});
