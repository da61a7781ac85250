import { fold } from '../../text/fold';
import { canonicalAgencyName, findAgencies } from './agencies';
import { loadSeed } from './gold';
import { extractFacts } from './index';
import { defaultLexicons } from './lexicons';

const lex = defaultLexicons();
const agencies = (text: string) => findAgencies(text, fold(text), lex).map((a) => [a.canonicalName, a.level, a.citation.quote, a.citation.rule]);

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
    expect(canonicalAgencyName('Quân sự tỉnh', lex)).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect(canonicalAgencyName('Bộ Chỉ huy Quân sự tỉnh', lex)).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect(canonicalAgencyName('BCĐ cấp tỉnh', lex)).toBe('Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh');
  });

  it('finds bodies missing from the lexicon by their head word and capitalised name', () => {
    expect(agencies('Giao Sở Quy hoạch - Kiến trúc thành phố và Bệnh viện Đa khoa tỉnh chủ trì.')).toEqual([
      ['Sở Quy hoạch - Kiến trúc thành phố', 'PROVINCIAL', 'Sở Quy hoạch - Kiến trúc thành phố', 'agency.pattern'],
      ['Bệnh viện Đa khoa tỉnh', 'PROVINCIAL', 'Bệnh viện Đa khoa tỉnh', 'agency.pattern'],
    ]);
  });

  it('names district and commune bodies with their place', () => {
    expect(agencies('UBND huyện Bát Xát, Trung tâm Y tế thị xã Sa Pa và Huyện ủy Tiên Yên; UBND thành phố Hải Phòng.')).toEqual([
      ['Ủy ban nhân dân huyện Bát Xát', 'DISTRICT', 'UBND huyện Bát Xát', 'agency.local-unit'],
      ['Trung tâm Y tế thị xã Sa Pa', 'DISTRICT', 'Trung tâm Y tế thị xã Sa Pa', 'agency.local-unit'],
      ['Huyện ủy Tiên Yên', 'DISTRICT', 'Huyện ủy Tiên Yên', 'agency.local-unit'],
      ['Ủy ban nhân dân thành phố', 'PROVINCIAL', 'UBND thành phố Hải Phòng', 'agency.local-unit'],
    ]);
  });

  it('does not read a document number, a title or a common noun as a body', () => {
    expect(agencies('Công điện số 6741/CD-VPCP; các đồng chí Tỉnh ủy viên; Số 11 - TB/BCĐ; Bộ quy tắc ứng xử; Hội nghị sơ kết.')).toEqual([]);
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
