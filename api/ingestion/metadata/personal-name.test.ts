import { personalNameProblem } from './personal-name';

describe('personalNameProblem', () => {
  it('accepts Vietnamese names, capitalised or in capitals', () => {
    for (const name of ['Lại Thế Nguyên', 'Hoàng Ngân', 'Nguyễn Chí Thành', 'Âu Dương Lân', 'NGUYỄN VĂN A', 'Nguyen Van Binh', 'Lò Văn Muôn']) {
      expect(personalNameProblem(name)).toBeNull();
    }
  });

  it('rejects OCR-damaged names and lines that are not names, saying why', () => {
    expect(personalNameProblem('gô Quang Hưng')).toBe('its words are not capitalised like a name');
    expect(personalNameProblem('Quang Hưng Ngô')).toBe('"Quang" is not a Vietnamese family name');
    expect(personalNameProblem('Ngân')).toBe('it has 1 word');
    expect(personalNameProblem('Lưu VPTU, TH4.')).toBe('it contains digits or punctuation');
    expect(personalNameProblem('HANH iVAN PHONG')).toBe('its words are not capitalised like a name');
  });
});
