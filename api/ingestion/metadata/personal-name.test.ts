import { personalNameProblem, repairedName } from './personal-name';

describe('personalNameProblem', () => {
  it('accepts Vietnamese names, capitalised or in capitals', () => {
    for (const name of ['Lại Thế Nguyên', 'Hoàng Ngân', 'Nguyễn Chí Thành', 'Âu Dương Lân', 'NGUYỄN VĂN A', 'Nguyen Van Binh', 'Lò Văn Muôn']) {
      expect(personalNameProblem(name)).toBeNull();
    }
  });

  it('accepts names of the Central Highlands, opened by a marker or a clan ("Y", "H\'", "K\'", "Rơ", "Ksor")', () => {
    for (const name of ['Y Thuận Byă', "H'Yim Kđoh", "K'Brăng Ha Thuyết", 'Rơ Châm Y Khuê', 'Ksor Phước']) {
      expect([name, personalNameProblem(name)]).toEqual([name, null]);
    }
    expect(personalNameProblem('Y tế Huyện')).toBe('its words are not capitalised like a name');
  });

  it('accepts the family names of the northern mountains\' peoples (Dao, Thái, Mông, Hà Nhì)', () => {
    for (const name of ['Bàn Văn Tuấn', 'Quàng Văn Hương', 'Mè Thị Hoa', 'Hạng A Chớ', 'Chảo Láo Sử', 'Tẩn Lở Mẩy', 'Pờ Văn Chừ', 'Sần Thị Mai']) {
      expect([name, personalNameProblem(name)]).toEqual([name, null]);
    }
    // With their marks only: folded they are words ("BAN CHỈ ĐẠO") or another name ("Quang").
    expect(personalNameProblem('BAN CHỈ ĐẠO')).toBe('"BAN" is not a Vietnamese family name');
  });

  it('rejects OCR-damaged names and lines that are not names, saying why', () => {
    expect(personalNameProblem('gô Quang Hưng')).toBe('its words are not capitalised like a name');
    expect(personalNameProblem('Quang Hưng Ngô')).toBe('"Quang" is not a Vietnamese family name');
    expect(personalNameProblem('Ngân')).toBe('it has 1 word');
    expect(personalNameProblem('Lưu VPTU, TH4.')).toBe('it contains digits or punctuation');
    expect(personalNameProblem('HANH iVAN PHONG')).toBe('its words are not capitalised like a name');
  });
});

describe('repairedName', () => {
  it('restores the first letters OCR lost when one family name alone ends with what is left', () => {
    expect(repairedName('gô Quang Hưng')).toBe('Ngô Quang Hưng');
    expect(repairedName('ỗ Minh Tuấn')).toBeNull(); // Đỗ, and others: one letter left is too little
  });

  it('guesses nothing when several family names fit, or when the rest is not a name', () => {
    // "ương" ends Dương, Lương, Trương, Vương...: no single name.
    expect(repairedName('ương Văn Hòa')).toBeNull();
    expect(repairedName('gô quang hưng')).toBeNull();
    expect(repairedName('HANH iVAN PHONG')).toBeNull();
    expect(repairedName('Ngô Quang Hưng')).toBeNull();
  });
});
