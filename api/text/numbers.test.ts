import { endsSpelling, findNumbers, findSpokenNumbers, numberWordValue, parseFraction, parseVietnameseNumber, romanValue, spelledNumberValue } from './numbers';

describe('parseVietnameseNumber', () => {
  it('reads "." as a thousands separator and "," as the decimal mark', () => {
    expect(parseVietnameseNumber('15.000')).toBe(15000);
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
    expect(parseVietnameseNumber('1,5')).toBe(1.5);
    expect(parseVietnameseNumber('1.234,75')).toBe(1234.75);
  });

  it('drops leading zeros', () => {
    expect(parseVietnameseNumber('02')).toBe(2);
    expect(parseVietnameseNumber('07')).toBe(7);
  });

  it('reads a dot before one or two digits as a decimal point, since it cannot group thousands', () => {
    expect(parseVietnameseNumber('2.5')).toBe(2.5);
  });

  it('rejects what is not a number', () => {
    expect(parseVietnameseNumber('15.00.0')).toBeNull();
    expect(parseVietnameseNumber('abc')).toBeNull();
  });
});

describe('fractions, number words and roman numerals', () => {
  it('reads a count out of a total', () => {
    expect(parseFraction('13/13')).toEqual({ count: 13, total: 13 });
    expect(parseFraction('9 / 13')).toEqual({ count: 9, total: 13 });
    expect(parseFraction('14/13')).toBeNull();
  });

  it('reads small numbers written as words, with or without diacritics', () => {
    expect(numberWordValue('hai')).toBe(2);
    expect(numberWordValue('bảy')).toBe(7);
    expect(numberWordValue('bẩy')).toBe(7);
    expect(numberWordValue('mười')).toBe(10);
    expect(numberWordValue('muoi')).toBe(10);
    expect(numberWordValue('trước')).toBeNull();
  });

  it('reads quarter numerals', () => {
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('III')).toBe(3);
    expect(romanValue('XIII')).toBe(13);
  });
});

describe('findNumbers', () => {
  const kinds = (text: string) => findNumbers(text).map((n) => [n.raw, n.kind, n.value, n.total]);

  it('separates quantities, fractions and dates', () => {
    expect(kinds('tại 13/13 địa phương, phấn đấu đạt 15.000 mẫu đơn/ngày, 75.000 mẫu gộp 5/ngày')).toEqual([
      ['13/13', 'fraction', 13, 13],
      ['15.000', 'number', 15000, null],
      ['75.000', 'number', 75000, null],
      ['5', 'number', 5, null],
    ]);
    expect(kinds('ngày 27/9/2021 và ngày 30/9')).toEqual([
      ['27/9/2021', 'date', 27, null],
      ['30/9', 'date', 30, null],
    ]);
  });

  it('takes in a figure spelled out beside its digits, either way round, and only when the words say the same value', () => {
    const spans = (text: string) => findNumbers(text).map((n) => [text.slice(n.start, n.end), n.raw, n.value]);
    expect(spans('khai báo trong vòng hai mươi bốn (24) giờ, cách ly mười bốn (14) ngày')).toEqual([
      ['hai mươi bốn (24)', '24', 24],
      ['mười bốn (14)', '14', 14],
    ]);
    expect(spans('tiêm tối thiểu 20.000 (hai mươi nghìn) liều/ngày; có ít nhất 01 (một) cơ sở')).toEqual([
      ['20.000 (hai mươi nghìn)', '20.000', 20000],
      ['01 (một)', '01', 1],
    ]);
    // Other words in brackets, or words of another value, stay outside the figure.
    expect(spans('trong năm (2021) có 15 (mười lăm) xã và ba (5) thôn')).toEqual([
      ['2021', '2021', 2021],
      ['15 (mười lăm)', '15', 15],
      ['5', '5', 5],
    ]);
  });

  it('reads numbers spelled out in words', () => {
    expect(spelledNumberValue('hai mươi bốn')).toBe(24);
    expect(spelledNumberValue('mười lăm')).toBe(15);
    expect(spelledNumberValue('một trăm linh năm')).toBe(105);
    expect(spelledNumberValue('hai mươi nghìn')).toBe(20000);
    expect(spelledNumberValue('một triệu hai trăm nghìn')).toBe(1200000);
    expect(spelledNumberValue('bay muoi')).toBe(70);
    expect(spelledNumberValue('hai mươi người')).toBeNull();
  });

  it('finds figures said in words alone, the longest number a run of words makes', () => {
    const spoken = (t: string) => findSpokenNumbers(t).map((n) => [n.raw, n.value]);
    expect(spoken('cách ly mười bốn ngày, chở không quá năm mươi phần trăm số ghế')).toEqual([
      ['mười bốn', 14],
      ['năm mươi', 50],
    ]);
    expect(spoken('Hai mươi mốt ngày; một trăm linh năm người; ba mươi nghìn liều')).toEqual([
      ['Hai mươi mốt', 21],
      ['một trăm linh năm', 105],
      ['ba mươi nghìn', 30000],
    ]);
  });

  it('does not take an article, a word of its own, a year or a figure in digits for a spoken figure', () => {
    const spoken = (t: string) => findSpokenNumbers(t).map((n) => n.raw);
    expect(spoken('khi một người có triệu chứng; cơ sở tư nhân; năm 2021; hai mươi bốn (24) giờ')).toEqual([]);
    // "năm" alone is the year a school year, "this year" or "every year" name.
    expect(spoken('tổ chức năm học 2021-2022; bảo đảm năm học mới; hằng năm; năm nay; bố trí năm phòng học')).toEqual(['năm']);
    // Two digits never follow each other in a number: "năm một lần" is "once a year".
    expect(spoken('năm một lần')).toEqual(['năm']);
  });

  it('applies a scale word written after the number', () => {
    expect(kinds('tiêm 1,5 nghìn mũi và 2 triệu liều')).toEqual([
      ['1,5 nghìn', 'number', 1500, null],
      ['2 triệu', 'number', 2000000, null],
    ]);
  });

  it('reads billions, and scale words written without marks, but not "tỷ lệ" (a rate)', () => {
    expect(kinds('hỗ trợ 1,2 tỷ đồng, 3 trieu dong')).toEqual([
      ['1,2 tỷ', 'number', 1200000000, null],
      ['3 trieu', 'number', 3000000, null],
    ]);
    expect(kinds('nhóm 3 tỷ lệ')).toEqual([['3', 'number', 3, null]]);
  });

  it('adds the figure of a smaller scale to the scale before it ("2 tỷ 500 triệu"), but not a larger one', () => {
    expect(kinds('cấp 2 tỷ 500 triệu đồng, mức 1 triệu 500 nghìn đồng/người')).toEqual([
      ['2 tỷ 500 triệu', 'number', 2500000000, null],
      ['1 triệu 500 nghìn', 'number', 1500000, null],
    ]);
    expect(kinds('2 triệu 3 tỷ')).toEqual([
      ['2 triệu', 'number', 2000000, null],
      ['3 tỷ', 'number', 3000000000, null],
    ]);
    expect(kinds('hỗ trợ 1 tỷ 500.000 đồng')).toEqual([
      ['1 tỷ', 'number', 1000000000, null],
      ['500.000', 'number', 500000, null],
    ]);
  });

  it('ignores digits glued to letters or hyphenated codes', () => {
    expect(kinds('ca F0 mắc COVID-19')).toEqual([]);
  });

  it('keeps a pool size before "/ ngày" (OCR spacing) as a plain number', () => {
    expect(kinds('mẫu gộp 5/ ngày')).toEqual([['5', 'number', 5, null]]);
  });

  it('reads thousands grouped by single spaces as one figure, and a percentage a scan split after its first digit', () => {
    expect(kinds('tiêm 15 000 liều, dự phòng 1\u202f500\u00a0000 đồng, 1 200 giường và 1 00% hộ dân')).toEqual([
      ['15 000', 'number', 15000, null],
      ['1\u202f500\u00a0000', 'number', 1500000, null],
      ['1 200', 'number', 1200, null],
      ['1 00', 'number', 100, null],
    ]);
  });

  it('keeps apart figures a table sets apart by several spaces, a year before a count, and groups of other lengths', () => {
    expect(kinds('1   200 người; năm 2021 100 người; 12 34 mẫu; 5 05 ngày').map(([raw, , value]) => [raw, value])).toEqual([
      ['1', 1],
      ['200', 200],
      ['2021', 2021],
      ['100', 100],
      ['12', 12],
      ['34', 34],
      ['5', 5],
      ['05', 5],
    ]);
  });
});

describe('endsSpelling', () => {
  it('tells whether a text ends with a value spelled out, whatever words come before it', () => {
    expect(endsSpelling('Khai báo y tế trong vòng hai mươi bốn', 24)).toBe(true);
    expect(endsSpelling('tự theo dõi sức khỏe bảy ', 7)).toBe(true);
    expect(endsSpelling('gồm hai phần:', 1)).toBe(false);
    expect(endsSpelling('trong vòng hai mươi bốn', 14)).toBe(false);
  });
});
