import { fold } from '../../../text/fold';
import type { Slogan } from '../../../domain/facts';
import { loadSeed } from '../../../evaluation/gold';
import { extractFacts } from '../index';
import { defaultLexicons } from '../../lexicons';
import { findSlogans } from './slogans';
import { read } from '../../reading';

const SEEDS = {
  ocr370: { name: '000_a3b2abe26640b73b', own: '370-TB/TU' },
  portal370: { name: '001_c0365480307932db', own: '370-TB/TU' },
  notice11: { name: '002_d1e89d2762b589d6', own: '11-TB/BCĐ' },
  letter2020: { name: '003_f66ca6d4ce58e4a8', own: null },
  thanhHoa402: { name: '004_218e12ecb44d83c2', own: '402-CV/TU' },
};

const slogansOf = Object.fromEntries(
  Object.entries(SEEDS).map(([key, s]) => {
    const seed = loadSeed(s.name);
    return [key, extractFacts(seed.cleaned, seed.clauses, { ownNumber: s.own, year: 2021 }).slogans];
  }),
) as Record<keyof typeof SEEDS, Slogan[]>;

const canonicals = (key: keyof typeof SEEDS) => slogansOf[key].map((s) => s.canonical);
const has = (key: keyof typeof SEEDS, canonical: string) => canonicals(key).includes(canonical);

describe('slogans of the seed directives', () => {
  it('finds "hai chống, ba xây" only in the Thanh Hóa letter', () => {
    expect(Object.keys(SEEDS).filter((k) => has(k as keyof typeof SEEDS, 'hai chống, ba xây'))).toEqual(['thanhHoa402']);
  });

  it('finds "3 trước" and "4 tại chỗ" only in Quảng Ninh texts, and no "3 trước" in the OCR that reads "5 trước"', () => {
    expect(Object.keys(SEEDS).filter((k) => has(k as keyof typeof SEEDS, '3 trước'))).toEqual(['portal370', 'notice11', 'letter2020']);
    expect(Object.keys(SEEDS).filter((k) => has(k as keyof typeof SEEDS, '4 tại chỗ'))).toEqual(['ocr370', 'portal370', 'notice11', 'letter2020']);
    expect(canonicals('ocr370').filter((c) => fold(c).includes('truoc'))).toEqual([]);
  });

  it('finds the shared national slogans in both provinces, case variants included', () => {
    for (const key of ['portal370', 'thanhHoa402'] as const) {
      expect(canonicals(key)).toEqual(expect.arrayContaining(['Vắc xin + 5K + công nghệ + truyền thông', 'mục tiêu kép']));
    }
    const kep = slogansOf.thanhHoa402.find((s) => s.canonical === 'mục tiêu kép');
    expect(kep?.mentions.map((m) => m.citation.quote)).toEqual(['Mục tiêu kép', 'mục tiêu kép', 'mục tiêu kép']);
    expect(kep?.kind).toBe('GOAL');
  });

  it('does not report the zero-COVID goal both provinces say they leave behind ("từ X sang Y")', () => {
    for (const key of ['portal370', 'thanhHoa402'] as const) {
      expect(canonicals(key)).not.toContain('không có COVID-19');
      expect(canonicals(key)).toContain('thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19');
    }
  });

  it('gives kind, English gloss and expansion of 5K, and counts its unquoted mention', () => {
    const k5 = slogansOf.portal370.find((s) => s.canonical === '5K');
    expect(k5).toMatchObject({ kind: 'MOTTO', reviewed: true, expansion: ['khẩu trang', 'khử khuẩn', 'khoảng cách', 'không tập trung', 'khai báo y tế'] });
    expect(k5?.gloss).toMatch(/masks/);
    // "tuân thủ nghiêm ngặt 5K": unquoted; the 5K inside the quoted strategy belongs to the strategy.
    expect(k5?.mentions.map((m) => [m.citation.quote, m.quoted])).toEqual([['5K', false]]);
    expect(has('letter2020', '5K')).toBe(true); // "yêu câu 5K (Khâu trang - ...)"
  });

  it('finds quoted phrases after cue words in notice 11-TB/BCĐ, not ordinary quoted words', () => {
    const found = slogansOf.notice11.filter((s) => !s.reviewed).map((s) => [s.canonical, s.kind]);
    expect(found).toEqual([
      ['bảo vệ sức khỏe của Nhân dân là quan trọng nhất, là trên hết, trước hết', 'GOAL'],
      ['phòng, tránh là chính, tự cứu lấy mình là chính', 'MOTTO'],
      ['lấy phòng dịch làm ưu tiên', 'MOTTO'],
      ['khóa chặt nguy cơ lây bệnh từ bên ngoài', 'MOTTO'],
      ['Toàn dân đoàn kết phòng, chống dịch COVID-19, phát hiện và tố giác người nhập cảnh trái phép, người trốn và người không chấp hành nghiêm cách ly', 'CAMPAIGN'],
    ]);
    const all = Object.values(slogansOf).flat().map((s) => fold(s.canonical));
    for (const ordinary of ['xanh', 'chien sy', 'chien si', 'thoi diem vang', 'cuon chieu', 'binh thuong moi', 'phao dai', 'bo quy tac ung xu']) {
      expect(all).not.toContain(ordinary);
    }
  });

  it('does not report OCR-garbled versions of known slogans', () => {
    expect(canonicals('ocr370').sort()).toEqual(['4 tại chỗ', '5K', 'Vắc xin + 5K + công nghệ + truyền thông', 'mục tiêu kép'].sort());
  });
});

describe('slogans in texts from other provinces', () => {
  const find = (text: string) => findSlogans(read({ format: 'PLAIN', text }, [], defaultLexicons()));

  it('finds known slogans in straight quotes, without quotes and unaccented', () => {
    const s = find('Thực hiện khẩu hiệu "Chống dịch như chống giặc", tuân thủ 5K và thuc hien muc tieu kep.');
    expect(s.map((x) => [x.canonical, x.mentions[0].quoted])).toEqual([
      ['chống dịch như chống giặc', true],
      ['5K', false],
      ['mục tiêu kép', false],
    ]);
  });

  it('finds known slogans reworded as officials reword them: "và", "tốt", the disease named, a citizen for a person', () => {
    const s = find(
      'Các ngành tiếp tục thích ứng an toàn, linh hoạt và kiểm soát tốt dịch bệnh COVID-19; quán triệt tinh thần chống dịch COVID-19 như chống giặc; mỗi công dân là một chiến sĩ phòng, chống dịch, mỗi thôn là một pháo đài.',
    );
    expect(s.map((x) => [x.canonical, x.mentions[0].citation.quote])).toEqual([
      ['thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19', 'thích ứng an toàn, linh hoạt và kiểm soát tốt dịch bệnh COVID-19'],
      ['chống dịch như chống giặc', 'chống dịch COVID-19 như chống giặc'],
      ['mỗi người dân là một chiến sĩ, mỗi xã, phường là một pháo đài', 'mỗi công dân là một chiến sĩ phòng, chống dịch, mỗi thôn là một pháo đài'],
    ]);
  });

  it('reads a known number motto after the kind of measure it is ("các biện pháp 5K"), not as that measure\'s ordinal', () => {
    expect(find('Người dân thực hiện tốt các biện pháp 5K khi ra khỏi nhà; doanh nghiệp áp dụng giải pháp 3 tại chỗ.').map((x) => x.canonical)).toEqual(['5K', '3 tại chỗ']);
  });

  it('finds a new campaign after a cue and a list of mottos after one cue', () => {
    const s = find('Triển khai phong trào “Mỗi gia đình là một tổ an toàn” theo phương châm “bốn tại chỗ”, “phòng bệnh hơn chữa bệnh”.');
    expect(s.map((x) => [x.canonical, x.kind, x.reviewed])).toEqual([
      ['Mỗi gia đình là một tổ an toàn', 'CAMPAIGN', false],
      ['4 tại chỗ', 'MOTTO', true],
      ['phòng bệnh hơn chữa bệnh', 'MOTTO', false],
    ]);
  });

  it("reads a banner's quoted slogan with its exclamation mark as the slogan, known or new, quoting it as written", () => {
    const s = find('Quán triệt tinh thần chống dịch như chống giặc. Treo băng rôn với các khẩu hiệu:\n- "Chống dịch như chống giặc!"\n- "Bến Tre chung sức - Đẩy lùi COVID-19!"');
    expect(s.map((x) => [x.canonical, x.mentions.map((m) => m.citation.quote)])).toEqual([
      ['chống dịch như chống giặc', ['chống dịch như chống giặc', 'Chống dịch như chống giặc']],
      ['Bến Tre chung sức - Đẩy lùi COVID-19', ['Bến Tre chung sức - Đẩy lùi COVID-19!']],
    ]);
  });

  it('ends a list of cued quotes at the name of a fund or an honour', () => {
    const s = find('Tiếp tục phong trào “Người dân xã Đông Hòa đoàn kết chống dịch” gắn với Quỹ “Vì người nghèo”; cuộc vận động “Toàn dân rèn luyện thân thể”, danh hiệu “Khu dân cư văn hóa” năm 2021.');
    expect(s.map((x) => [x.canonical, x.kind])).toEqual([
      ['Người dân xã Đông Hòa đoàn kết chống dịch', 'CAMPAIGN'],
      ['Toàn dân rèn luyện thân thể', 'CAMPAIGN'],
    ]);
  });

  it('ends a list of cued quotes at a word that names where a slogan is spread or what to avoid', () => {
    const s = find('Phát động cuộc vận động "Mỗi hội viên là một tuyên truyền viên" trên nhóm Zalo "Hội viên phụ nữ xã Đông Hòa"; tuyên truyền thông điệp "5K + vắc xin", tránh tâm lý "lơ là, chủ quan, mất cảnh giác" sau Tết; các chiến dịch "Mùa hè xanh", "Hoa phượng đỏ" và chương trình "Tiếp sức mùa thi".');
    expect(s.map((x) => x.canonical)).toEqual(['Mỗi hội viên là một tuyên truyền viên', '5K + vắc xin', 'Mùa hè xanh', 'Hoa phượng đỏ', 'Tiếp sức mùa thi']);
  });

  it('reads a cued quote that opens with an action and names the disease, whose digits are no numeric motto', () => {
    const s = find('Lan tỏa thông điệp “Tiêm vắc xin COVID-19 để cùng nhau trở lại cuộc sống bình thường”; phát động phong trào “Ủng hộ người dân vùng phong tỏa vượt qua COVID-19”.');
    expect(s.map((x) => [x.canonical, x.kind])).toEqual([
      ['Tiêm vắc xin COVID-19 để cùng nhau trở lại cuộc sống bình thường', 'MOTTO'],
      ['Ủng hộ người dân vùng phong tỏa vượt qua COVID-19', 'CAMPAIGN'],
    ]);
  });

  it('ends a list of cued quotes where an event another verb organises is named', () => {
    const s = find('Tỉnh đoàn phát động phong trào “Thanh niên tình nguyện phòng dịch”, tổ chức Giải bóng đá “Cúp Tuổi trẻ Đại Từ” và Hội diễn “Ánh sáng tuổi trẻ”.');
    expect(s.map((x) => x.canonical)).toEqual(['Thanh niên tình nguyện phòng dịch']);
  });

  it("reads a model's quoted name as a slogan only in a motto's shape", () => {
    const s = find('Nhân rộng mô hình "Bếp ăn yêu thương", "bếp ăn 0 đồng" tại các khu cách ly; triển khai mô hình "1 vùng 3 chốt" tại các khu công nghiệp.');
    expect(s.map((x) => [x.canonical, x.kind])).toEqual([['1 vùng 3 chốt', 'CAMPAIGN']]);
  });

  it('leaves out a balanced quote that names what the text forbids or avoids', () => {
    const s = find('Các địa phương không để “nơi siết, nơi buông” trong kiểm soát dịch; tránh tình trạng “vừa thừa, vừa thiếu”; thực hiện “vừa chống dịch, vừa phát triển kinh tế”.');
    expect(s.map((x) => x.canonical)).toEqual(['vừa chống dịch, vừa phát triển kinh tế']);
  });

  it('leaves out a slogan the text replaces, its cue word between ("thay cho phương châm ...")', () => {
    const s = find('Quán triệt quan điểm thích ứng an toàn, thay cho phương châm "ai ở đâu ở yên đó" áp dụng trong thời gian giãn cách; thay vì "zero COVID", thực hiện 5K.');
    expect(s.map((x) => x.canonical)).toEqual(['5K']);
  });

  it("reads Directive 16's quoted rule of isolation with the local units the text names as the one known motto", () => {
    const s = find('Thực hiện giãn cách theo tinh thần "gia đình cách ly với gia đình, thôn bản cách ly với thôn bản" và "nhà cách ly nhà, ấp cách ly ấp".');
    expect(s.map((x) => [x.canonical, x.mentions.map((m) => m.citation.quote)])).toEqual([
      ['nhà cách ly nhà, xóm cách ly xóm, ấp cách ly ấp', ['gia đình cách ly với gia đình, thôn bản cách ly với thôn bản', 'nhà cách ly nhà, ấp cách ly ấp']],
    ]);
  });

  it('reads the rule with the hamlet words of the delta, Nghệ An and the Highlands ("khóm", "khối", "buôn")', () => {
    const s = find('Thực hiện nghiêm "nhà cách ly nhà, khóm cách ly khóm" và "gia đình cách ly gia đình, buôn cách ly buôn".');
    expect(s.map((x) => [x.canonical, x.mentions.length])).toEqual([['nhà cách ly nhà, xóm cách ly xóm, ấp cách ly ấp', 2]]);
  });

  it('reads a known motto opening with a number as the ordinal of a counted noun before it ("mũi 3 trước ngày")', () => {
    expect(find('Bảo đảm 100% nhân viên được tiêm mũi 3 trước ngày 25/01/2022; các xã ở cấp độ 3 trước đó phải báo cáo.')).toEqual([]);
    expect(find('Quán triệt phương châm 3 trước, 4 tại chỗ trong phòng, chống dịch.').map((x) => x.canonical)).toEqual(['3 trước', '4 tại chỗ']);
  });

  it('leaves quoted words without a cue, and short cued words, alone', () => {
    expect(find('giữ vững vùng “xanh”, tranh thủ “thời điểm vàng”, tiêm theo mô hình “cuốn chiếu”.')).toEqual([]);
  });
});
