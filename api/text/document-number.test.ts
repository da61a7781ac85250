import { documentNumberKey, findDocumentNumbers, normaliseDocumentNumber } from './document-number';

const numbers = (text: string) => findDocumentNumbers(text).map((n) => [n.number, text.slice(n.start, n.end)]);

describe('document numbers', () => {
  it('are read in the party and the state styles, with a year and with spaces', () => {
    expect(numbers('Thông báo số 370-TB/TU, Công điện số 1699/CĐ-TTg và Quyết định 15/2021/QĐ-UBND; Số 11 - TB/BCĐ.')).toEqual([
      ['370-TB/TU', '370-TB/TU'],
      ['1699/CĐ-TTg', '1699/CĐ-TTg'],
      ['15/2021/QĐ-UBND', '15/2021/QĐ-UBND'],
      ['11-TB/BCĐ', '11 - TB/BCĐ'],
    ]);
  });

  it('stop where the sentence goes on and read a number OCR glued to "số"', () => {
    expect(numbers('Số: 4567/UBND-VX Hà Nội, ngày 5 tháng 8 năm 2021')).toEqual([['4567/UBND-VX', '4567/UBND-VX']]);
    expect(numbers('thực hiện Công điện số1699/CĐ-TTg của Thủ tướng')).toEqual([['1699/CĐ-TTg', '1699/CĐ-TTg']]);
  });

  it('read a number OCR glued to its kind word or to the next word, and a code ending in a term number', () => {
    expect(numbers('theo Nghị định117/2020/NĐ-CP và Chỉ thịsố19/CT-TTgngày 24/4/2020')).toEqual([
      ['117/2020/NĐ-CP', '117/2020/NĐ-CP'],
      ['19/CT-TTg', '19/CT-TTg'],
    ]);
    expect(numbers('Nghị quyết 128/NQ-CPvề thích ứng an toàn; Nghị quyết số 30/2021/QH15 ngày 28/7/2021')).toEqual([
      ['128/NQ-CP', '128/NQ-CP'],
      ['30/2021/QH15', '30/2021/QH15'],
    ]);
  });

  it("read a second code joined by a dot, Nghệ An's style, but no sentence glued after a full number", () => {
    expect(numbers('Công điện khẩn số 12/CĐ.UBND ngày 21/7/2021')).toEqual([['12/CĐ.UBND', '12/CĐ.UBND']]);
    expect(documentNumberKey('12/CĐ.UBND')).toBe(documentNumberKey('12/CĐ-UBND'));
    expect(numbers('theo Chỉ thị số 15/CT-TTg.UBND tỉnh yêu cầu')).toEqual([['15/CT-TTg', '15/CT-TTg']]);
  });

  it('are not dates, fractions, counts or codes', () => {
    expect(numbers('Ngày 27/9/2021, 13/13 địa phương, COVID-19/SARS, F0/F1, giai đoạn 2022 - 2025 Tăng trưởng, 5K - Khẩu trang')).toEqual([]);
  });

  it("are not a room's, a block's or a lot's code, one letter and a digit or two", () => {
    expect(numbers('phòng 302/A2, nhà 15/B3 đường Lương Ngọc Quyến; Số: 512/UBND-VP6; Luật số 03/2007/QH12')).toEqual([
      ['512/UBND-VP6', '512/UBND-VP6'],
      ['03/2007/QH12', '03/2007/QH12'],
    ]);
  });

  it('normalise their separators and compare without diacritics', () => {
    expect(normaliseDocumentNumber('402 – CV / TU')).toBe('402-CV/TU');
    expect(normaliseDocumentNumber('6741/CD-VPCP', (s) => (s === 'CD' ? 'CĐ' : s))).toBe('6741/CĐ-VPCP');
    expect(documentNumberKey('1699 / CD - TTG')).toBe(documentNumberKey('1699/CĐ-TTg'));
  });
});
