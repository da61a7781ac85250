import { findTimeExpressions, isoDate, writesTime } from './dates';

describe('isoDate', () => {
  it('rejects impossible dates', () => {
    expect(isoDate(2021, 2, 29)).toBeNull();
    expect(isoDate(2020, 2, 29)).toBe('2020-02-29');
    expect(isoDate(2021, 13, 1)).toBeNull();
  });
});

describe('findTimeExpressions', () => {
  it('reads a bare day and month after a word of time in the given year, and no other bare fraction', () => {
    expect(findTimeExpressions('den 30/9', 2021).map((t) => [t.first, t.start, t.end])).toEqual([['2021-09-30', 4, 8]]);
    expect(findTimeExpressions('tu 01/8 den 15/8', 2022).map((t) => t.first)).toEqual(['2022-08-01', '2022-08-15']);
    expect(findTimeExpressions('hien 30/9', 2021)).toEqual([]);
    expect(findTimeExpressions('den 30/9', null)).toEqual([]);
  });

  it('reads a year in two digits only after "ngày" or a word of time, as this century\'s', () => {
    expect(findTimeExpressions('truoc ngay 20/9/21.', null).map((t) => [t.first, t.start, t.end])).toEqual([['2021-09-20', 6, 18]]);
    expect(findTimeExpressions('tu 05.9.21 den het ngay 19-9-21', null).map((t) => t.first)).toEqual(['2021-09-05', '2021-09-19']);
    expect(findTimeExpressions('ty le 20/9/21 ca', null)).toEqual([]);
    expect(findTimeExpressions('ngay 20/9/2021', null).map((t) => t.first)).toEqual(['2021-09-20']);
  });

  it('reads a day and month joined by a dash or a dot only after "ngày", and not a range or a whole date as one', () => {
    expect(findTimeExpressions('cong van ngay 11-5 cua bo y te', 2021).map((t) => [t.first, t.start, t.end])).toEqual([['2021-05-11', 9, 18]]);
    expect(findTimeExpressions('ngay 11.5.', 2021).map((t) => t.first)).toEqual(['2021-05-11']);
    expect(findTimeExpressions('ngay 11-5-2021', null).map((t) => t.first)).toEqual(['2021-05-11']);
    expect(findTimeExpressions('ngay 11-15/5', 2021).map((t) => t.first)).not.toContain('2021-05-11');
    expect(findTimeExpressions('tu 11-5 nguoi', 2021)).toEqual([]);
  });

  it('reads a range\'s first day written short with its last day\'s month and year, only after "từ" and before a joiner', () => {
    const days = (s: string) => findTimeExpressions(s, 2021).map((t) => [t.first, s.slice(t.start, t.end)]);
    expect(days('tu ngay 15 den het ngay 31/8/2021')).toEqual([['2021-08-15', 'ngay 15'], ['2021-08-31', 'ngay 31/8/2021']]);
    expect(days('tu 15/8 - 31/8/2021')).toEqual([['2021-08-15', '15/8'], ['2021-08-31', '31/8/2021']]);
    // A first day after the last is no range's.
    expect(days('tu ngay 28 den ngay 05/01/2022').map(([first]) => first)).toEqual(['2022-01-05']);
    expect(days('tu 15 - 20 nguoi ngay 31/8/2021').map(([first]) => first)).toEqual(['2021-08-31']);
    expect(days('so 15 den het ngay 31/8/2021').map(([first]) => first)).toEqual(['2021-08-31']);
  });

  it('reads no day or month of the lunar calendar as the solar one\'s', () => {
    expect(findTimeExpressions('dung le hoi den het thang 2 am lich nam tan suu', 2021)).toEqual([]);
    expect(findTimeExpressions('tu ngay 16 thang 5 nam tan suu den ngay 16 thang 8 nam tan suu', 2021)).toEqual([]);
    expect(findTimeExpressions('vao ngay 15/7 (am lich); han chot ngay 20/8/2021', 2021).map((t) => t.first)).toEqual(['2021-08-20']);
    // Written short: "ÂL", or the year's name without "năm".
    expect(findTimeExpressions('tu ngay 27/12 al den het ngay 06/01 al; truoc ngay 23/12 tan suu; den 31/12/2021', 2021).map((t) => t.first)).toEqual(['2021-12-31']);
  });

  it('reads a day written with "mồng" or "mùng" before its figure', () => {
    expect(findTimeExpressions('truoc ngay mong 5 thang 10 nam 2021', null).map((t) => t.first)).toEqual(['2021-10-05']);
    expect(findTimeExpressions('den ngay mung 2/9', 2021).map((t) => t.first)).toEqual(['2021-09-02']);
  });

  it('tells whether a heading writes a time, whatever its year', () => {
    expect(writesTime('den 30/9')).toBe(true);
    expect(writesTime('muc tieu nam 2022')).toBe(true);
    expect(writesTime('chi tieu')).toBe(false);
  });
});
