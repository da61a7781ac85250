import { countDiacritics, diacriticShare, isDiacriticLess, losesMarksOnly } from './diacritics';

const PROSE =
  'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành và địa phương tiếp tục thực hiện nghiêm việc đeo khẩu trang nơi công cộng, ' +
  'hạn chế tụ tập đông người và giữ khoảng cách khi giao tiếp. ';
const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('diacriticShare', () => {
  it('is high for marked prose and zero once the marks are gone', () => {
    expect(diacriticShare(PROSE)).toBeGreaterThan(0.6);
    expect(diacriticShare(strip(PROSE))).toBe(0);
    expect(diacriticShare('Chi thi so 15/CT-TTg ngay 31/3/2020 cua Thu tuong')).toBe(0);
  });

  it('counts only Vietnamese-shaped syllables', () => {
    expect(countDiacritics('COVID-19 RT-PCR tại Hà Nội')).toEqual({ words: 6, syllables: 3, marked: 3 });
    expect(diacriticShare('')).toBe(0);
  });
});

describe('isDiacriticLess', () => {
  it('is true for a long Vietnamese text without marks', () => {
    expect(isDiacriticLess(strip(PROSE.repeat(4)))).toBe(true);
  });

  it('is false for marked text, a short unmarked heading and English', () => {
    expect(isDiacriticLess(PROSE.repeat(4))).toBe(false);
    expect(isDiacriticLess(strip(PROSE))).toBe(false); // under 100 syllables: could be chance
    const english = 'The province asked all districts to keep schools closed until the end of the month and to test every worker. ';
    expect(isDiacriticLess(english.repeat(10))).toBe(false);
  });

  it('tolerates a few marked words in an unmarked text', () => {
    expect(isDiacriticLess(strip(PROSE.repeat(4)) + ' Hà Nội, Đà Nẵng')).toBe(true);
  });
});

describe('losesMarksOnly', () => {
  it('accepts a word that lost marks and refuses one written with marks of its own', () => {
    expect(losesMarksOnly('huyên', 'huyện')).toBe(true);
    expect(losesMarksOnly('HUYEN', 'huyện')).toBe(true);
    expect(losesMarksOnly('dông', 'đông')).toBe(true);
    expect(losesMarksOnly('quận', 'quận')).toBe(true);
    expect(losesMarksOnly('quán', 'quận')).toBe(false);
    expect(losesMarksOnly('đông', 'dông')).toBe(false);
    expect(losesMarksOnly('quan', 'quận huyện')).toBe(false);
  });
});
