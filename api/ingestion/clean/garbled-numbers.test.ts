import { repairDates, repairDocumentNumbers, repairFigures, repairGarbledNumbers, repairLetterO, repairSo } from './garbled-numbers';

describe('repairDocumentNumbers', () => {
  it('reads a misread "/" between the digits and a known symbol followed by more segments', () => {
    expect(repairDocumentNumbers('thực hiện Chỉ thị số 15ICT-TTg của Thủ tướng')).toBe('thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng');
    expect(repairDocumentNumbers('Chi thi so 15ICT-TTg')).toBe('Chi thi so 15/CT-TTg');
    // Digits misread too, when a real digit is among them.
    expect(repairDocumentNumbers('Sô: l186IUBND-KGVX')).toBe('Sô: 1186/UBND-KGVX');
    // Or only the digits, the slash read right; "Điều l /QĐ" has no real digit and stays.
    expect(repairDocumentNumbers('S6: 2l5 /UBND-VX Phu Rieng')).toBe('S6: 215/UBND-VX Phu Rieng');
    expect(repairGarbledNumbers('S6: 2l5 /UBND-VX Phu Rieng')).toBe('Số: 215/UBND-VX Phu Rieng');
    expect(repairDocumentNumbers('Điều l /QĐ-UBND')).toBe('Điều l /QĐ-UBND');
    // A number with its year, both slashes misread, digits too.
    expect(repairDocumentNumbers('theo Nghị định số 100I2019INĐ-CP của Chính phủ')).toBe('theo Nghị định số 100/2019/NĐ-CP của Chính phủ');
    expect(repairDocumentNumbers('Nghị định số l5I2O2OINĐ-CP.')).toBe('Nghị định số 15/2020/NĐ-CP.');
    // Not a year: left as written.
    expect(repairDocumentNumbers('mã 176I3013INĐ-CP')).toBe('mã 176I3013INĐ-CP');
    expect(repairDocumentNumbers('Công văn 212 IUBND- VX gửi các sở')).toBe('Công văn 212/UBND-VX gửi các sở');
    expect(repairDocumentNumbers('theo Công điện 48lCĐ-UBND')).toBe('theo Công điện 48/CĐ-UBND');
    expect(repairDocumentNumbers('Thông báo 76|TB-VPCP ngày')).toBe('Thông báo 76/TB-VPCP ngày');
    // A "1" is a slash only after a space: glued to the digits it could be part of the number.
    expect(repairDocumentNumbers('Quyết định 305 1QĐ-UBND')).toBe('Quyết định 305/QĐ-UBND');
    // Only the digits misread, O for 0 too, the separator read right: a party document keeps its hyphen.
    expect(repairDocumentNumbers('Công văn số 1O92-CV/TU, Công điện số 57O/CĐ-TTg, Quyết định số 48OO/QĐ-BYT')).toBe('Công văn số 1092-CV/TU, Công điện số 570/CĐ-TTg, Quyết định số 4800/QĐ-BYT');
    expect(repairDocumentNumbers('Nghị định số l17/2020/NĐ-CP và Nghị định số 1O1/2010/NĐ-CP')).toBe('Nghị định số 117/2020/NĐ-CP và Nghị định số 101/2010/NĐ-CP');
    expect(repairDocumentNumbers('Kết luận số O7-KL/TW')).toBe('Kết luận số 07-KL/TW');
  });

  it('leaves numbers that are not misread, or could be read two ways', () => {
    for (const line of [
      'Công điện số 1699/CĐ-TTg, ngày 02/12/2020',
      'Thông báo số 370-TB/TU',
      'Quyết định 3051QĐ-UBND', // 305/QĐ or 3051/QĐ?
      'Chỉ thị 15ICT của tỉnh', // no further segment: not recognisably a number
      'mục 2 I CT', // a lone symbol
      'khu 5lAB-CD', // unknown symbol
      'OO/QĐ-UBND', // no real digit
      'khu 5O-AB/CD', // unknown symbol
    ]) {
      expect(repairDocumentNumbers(line)).toBe(line);
    }
  });
});

describe('repairSo', () => {
  it('reads "S6", "S0", "Sô", "Sè" before a document number as "Số"', () => {
    expect(repairSo('S6 212/UBND-VX')).toBe('Số 212/UBND-VX');
    expect(repairSo('S0: 15/CT-TTg')).toBe('Số: 15/CT-TTg');
    expect(repairSo('Sô 07-KH/TU')).toBe('Số 07-KH/TU');
    expect(repairSo('Công văn sè 88/SYT-NV')).toBe('Công văn số 88/SYT-NV');
  });

  it('leaves the same letters elsewhere', () => {
    for (const line of ['S6 ca mắc mới', 'Sổ theo dõi 12 hộ', 'Sở Y tế', 'So 15/CT-TTg', 'S6 12', 'S0 2021']) {
      expect(repairSo(line)).toBe(line);
    }
  });
});

describe('repairDates', () => {
  it('reads a "1" or a letter standing for "/" when only one date is possible', () => {
    expect(repairDates('từ 0 giờ ngày 2713/2020')).toBe('từ 0 giờ ngày 27/3/2020');
    expect(repairDates('kể từ 2713/2020')).toBe('kể từ 27/3/2020');
    expect(repairDates('ngay 05l8/2021')).toBe('ngay 05/8/2021');
    expect(repairDates('họp ngày 14/9I2021')).toBe('họp ngày 14/9/2021');
    expect(repairDates('Ngày 9I10I2021 Ban Chỉ đạo')).toBe('Ngày 9/10/2021 Ban Chỉ đạo');
    expect(repairDates('ngày 30-4l2021')).toBe('ngày 30-4-2021');
  });

  it('needs "ngày" before reading two misread separators', () => {
    expect(repairDates('đợt 9I10I2021')).toBe('đợt 9I10I2021');
  });

  it('leaves tokens that read as two dates, as no date, or as a number and a year', () => {
    for (const line of [
      'ngày 1112/2021', // 1/12 or 11/2
      'ngày 27/9/2021', // already a date
      'ngày 3913/2021', // no valid month or day
      'ngày 3142/2021', // 3/42 or 31 ? 2
      'ngày 3012l2021', // 30 February
      'Nghị quyết số 2713/2020', // a number and a year after "số"
      'Nghị quyết 2713/2021/NQ-HĐND', // a document number continues
      'ngày 11112021', // both separators would be "1"
    ]) {
      expect(repairDates(line)).toBe(line);
    }
  });
});

describe('repairLetterO', () => {
  it('reads the letter O as a zero between digits and as the day before "tháng"', () => {
    expect(repairLetterO('Hà Giang, ngày O7 tháng 5 năm 2O21')).toBe('Hà Giang, ngày 07 tháng 5 năm 2021');
    expect(repairLetterO('Điện Biên, ngày 2O tháng 1O năm 2021; họp ngày O8/1O/2021')).toBe('Điện Biên, ngày 20 tháng 10 năm 2021; họp ngày 08/10/2021');
    // A scan that read the final y of "ngày" as v too: the word is read back later (misread-letters.ts).
    expect(repairLetterO('Gia Lai, ngàv O2 tháng O4 năm 2O20')).toBe('Gia Lai, ngàv 02 tháng 04 năm 2020');
  });

  it("reads an l, I or O in the year of a day written with separators as its digit, and only in a year", () => {
    expect(repairLetterO('hoàn thành trước ngày 20/9/202l; họp ngày 30/1O/2O2I.')).toBe('hoàn thành trước ngày 20/9/2021; họp ngày 30/10/2021.');
    expect(repairLetterO('Công văn số 12/2021/l và 5/6/2lOO')).toBe('Công văn số 12/2021/l và 5/6/2lOO');
  });

  it('leaves words with an O alone', () => {
    expect(repairLetterO('COVID-19, Omicron, ngày Oanh đến, O2 ngày')).toBe('COVID-19, Omicron, ngày Oanh đến, O2 ngày');
  });

  it('reads an O for a zero in a month before "năm", in a date whose separators were misread, and at the start of a document number', () => {
    expect(repairLetterO('Sơn La, ngày 1O tháng O4 năm 2020')).toBe('Sơn La, ngày 10 tháng 04 năm 2020');
    expect(repairGarbledNumbers('Chỉ thị số O5ICT-TTg ngày 28IO1I2021 của Thủ tướng')).toBe('Chỉ thị số 05/CT-TTg ngày 28/01/2021 của Thủ tướng');
    expect(repairGarbledNumbers('Số: O7ICT-UBND')).toBe('Số: 07/CT-UBND');
    // Words and names keep their O.
    expect(repairLetterO('tháng Oanh năm, Số: Odeon I CT')).toBe('tháng Oanh năm, Số: Odeon I CT');
  });

  it('reads l and I as 1 in a written-out day, month or year beside a real digit', () => {
    expect(repairLetterO('Nghệ An, ngày l3 tháng l2 năm 2O2l')).toBe('Nghệ An, ngày 13 tháng 12 năm 2021');
    expect(repairLetterO('ngày 2l tháng 9 năm 202I')).toBe('ngày 21 tháng 9 năm 2021');
    // No real digit, or no day or month it could be.
    expect(repairLetterO('ngày lO tháng 9, ngày 4l tháng 9, tháng l5 năm 2021, năm lOlO')).toBe('ngày lO tháng 9, ngày 4l tháng 9, tháng l5 năm 2021, năm lOlO');
  });

  it('reads a day whose 1 was misread in a whole date, and an hour before "giờ"', () => {
    expect(repairLetterO('Thông báo số 48/TB-BCĐ ngày l2/7/2021')).toBe('Thông báo số 48/TB-BCĐ ngày 12/7/2021');
    expect(repairLetterO('Chỉ thị số 16/CT-TTg ngày 3l/3/2020; từ 0 giờ ngày 2l/7/2021')).toBe('Chỉ thị số 16/CT-TTg ngày 31/3/2020; từ 0 giờ ngày 21/7/2021');
    expect(repairLetterO('Kỳ Anh, l5 giờ 30 ngày O4 tháng 8 năm 2021')).toBe('Kỳ Anh, 15 giờ 30 ngày 04 tháng 8 năm 2021');
    expect(repairLetterO('từ 2O giờ đến O6 gio sáng')).toBe('từ 20 giờ đến 06 gio sáng');
    // No real digit, or no whole date: as written.
    for (const line of ['lO giờ', 'Điều l2/2021', 'mã Il/5/2021']) expect(repairLetterO(line)).toBe(line);
  });
});

describe('repairGarbledNumbers', () => {
  it('repairs a whole header line', () => {
    expect(repairGarbledNumbers('S6 212 IUBND- VX ngay 2713/2020')).toBe('Số 212/UBND-VX ngay 27/3/2020');
  });

  it('leaves ordinary numbers alone', () => {
    for (const line of [
      'Liên hệ đường dây nóng 0912 345 678 hoặc 0203.3826.115',
      'cách ly F1, F2 theo quy định',
      'phòng, chống dịch COVID-19 trên địa bàn',
      'xét nghiệm 15.000 mẫu trong ngày',
      '13/13 địa phương đã tiêm mũi 2',
      'trong năm 2021 và năm 2022',
      'giai đoạn 2020-2021',
      'Điều 1. Tỉnh ủy yêu cầu',
    ]) {
      expect(repairGarbledNumbers(line)).toBe(line);
    }
  });
});

describe('repairFigures', () => {
  it('reads O, l and I as 0 and 1 in a figure before a unit word, where the figure holds a digit', () => {
    expect(repairFigures('người về từ vùng dịch tự cách ly tại nhà l4 ngày')).toBe('người về từ vùng dịch tự cách ly tại nhà 14 ngày');
    expect(repairFigures('học sinh nghỉ học O7 ngày, từ ngày 03/02/2020')).toBe('học sinh nghỉ học 07 ngày, từ ngày 03/02/2020');
    expect(repairFigures('cách ly tập trung 1o ngày, không quá 2o người')).toBe('cách ly tập trung 10 ngày, không quá 20 người');
    expect(repairFigures('không tụ tập quá 2O người')).toBe('không tụ tập quá 20 người');
    expect(repairFigures('tiêm đạt 9O% dân số')).toBe('tiêm đạt 90% dân số');
    expect(repairFigures('khu cách ly quy mô 1I0 giường')).toBe('khu cách ly quy mô 110 giường');
  });

  it('reads thousands grouped with letters, and letters alone right after a bound that only a number follows', () => {
    expect(repairFigures('tiêm tối thiểu 25.OOO liều/ngày')).toBe('tiêm tối thiểu 25.000 liều/ngày');
    expect(repairFigures('không tập trung quá lO người')).toBe('không tập trung quá 10 người');
    expect(repairFigures('bố trí tối đa lI giường')).toBe('bố trí tối đa 11 giường');
    expect(repairFigures('giữ khoảng cách tối thiểu l mét')).toBe('giữ khoảng cách tối thiểu 1 mét');
    expect(repairFigures('giám sát ít nhất Ol lần/ngày')).toBe('giám sát ít nhất 01 lần/ngày');
    // A scan that lost the hook writes "thiêu" for "thiểu".
    expect(repairFigures('xét nghiệm ngẫu nhiên tối thiêu lO% người lao động')).toBe('xét nghiệm ngẫu nhiên tối thiêu 10% người lao động');
  });

  it('reads a figure before any word it counts, thousands grouped with a misread first group, and no oxygen', () => {
    expect(repairFigures('Trung tâm Y tế duy trì O5 tổ lấy mẫu; mỗi tổ phụ trách không quá 3O hộ')).toBe('Trung tâm Y tế duy trì 05 tổ lấy mẫu; mỗi tổ phụ trách không quá 30 hộ');
    expect(repairFigures('hỗ trợ 3OO.000 đồng/hộ, bố trí 5OO triệu đồng, tiêm l2.000 liều, quy mô 1.5OO chỗ')).toBe('hỗ trợ 300.000 đồng/hộ, bố trí 500 triệu đồng, tiêm 12.000 liều, quy mô 1.500 chỗ');
    expect(repairFigures('cach ly tai nha l4 ngay')).toBe('cach ly tai nha 14 ngay');
    for (const line of ['cấp bình O2 cho người bệnh', 'thở oxy O2 liên tục']) expect(repairFigures(line)).toBe(line);
  });

  it('reads a figure ending its table cell and digits in brackets after a figure spelled out', () => {
    expect(repairFigures('| 2 | Huyện Hồng Ngự | 8OO |\n| 3 | Huyện Tam Nông | 1.2OO |')).toBe('| 2 | Huyện Hồng Ngự | 800 |\n| 3 | Huyện Tam Nông | 1.200 |');
    expect(repairFigures('tự theo dõi sức khỏe bảy (O7) ngày, lưu danh sách mười bốn (l4) ngày')).toBe('tự theo dõi sức khỏe bảy (07) ngày, lưu danh sách mười bốn (14) ngày');
    for (const line of ['| Mã | IO |', '(xem Phụ lục O1)', '(IO)']) expect(repairFigures(line)).toBe(line);
  });


  it('leaves letters with no digit, words, clock hours and figures already right', () => {
    for (const line of ['IO ngày', 'Điều l khoản 2', 'đến 1Oh sáng', 'cách ly 14 ngày', 'COVID ngày', 'mục IIl người', 'quá Iran người', 'mục I người', 'trên OO người']) {
      expect(repairFigures(line)).toBe(line);
    }
  });
});
