import { read } from '../reading';
import { findDeadlines } from './deadlines';
import { nothingFound } from './found';

const deadlines = (text: string, year: number | null = 2021, issuedOn: string | null = null) =>
  findDeadlines(read({ format: 'PLAIN', text }, []), nothingFound({ ownNumber: null, year, issuedOn })).map(({ kind, date, periodStart, periodEnd, days, hours, event, citation }) => ({
    kind,
    date,
    periodStart,
    periodEnd,
    days,
    hours,
    event,
    quote: citation.quote,
  }));

const none = { date: null, periodStart: null, periodEnd: null, days: null, hours: null, event: null };

describe('findDeadlines', () => {
  it('reads "trong tháng 10 năm 2021" as the month', () => {
    expect(deadlines('cơ bản hoàn thành trong tháng 10 năm 2021.')).toEqual([
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2021-10-01', periodEnd: '2021-10-31', quote: 'trong tháng 10 năm 2021' },
    ]);
  });

  it('reads "quý IV/2021" as October to December', () => {
    expect(deadlines('cho 100% người dân trong quý IV/2021 với tốc độ cao')).toEqual([
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2021-10-01', periodEnd: '2021-12-31', quote: 'trong quý IV/2021' },
    ]);
  });

  it('reads "chậm nhất đến ngày 30/9/2021" as a date to meet', () => {
    expect(deadlines('chậm nhất đến ngày 30/9/2021 phải hoàn thành')).toEqual([
      { ...none, kind: 'BY_DATE', date: '2021-09-30', quote: 'chậm nhất đến ngày 30/9/2021' },
    ]);
  });

  it('reads a day and month without "ngày" or a year after a word of time as a date of the directive\'s year', () => {
    expect(deadlines('phấn đấu đến 30/9 tiêm mũi 1 cho 70% người dân')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-09-30', quote: 'đến 30/9' }]);
    expect(deadlines('hoàn thành xét nghiệm trước 15/10.')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-10-15', quote: 'trước 15/10' }]);
    // Without such a word, "1/2" may be a fraction.
    expect(deadlines('giảm 1/2 số chuyến xe khách')).toEqual([]);
  });

  it('reads days counted from an event', () => {
    expect(deadlines('hoàn thành trong vòng 07 ngày kể từ khi được phân bổ vắc xin.')).toEqual([
      { ...none, kind: 'WITHIN_DAYS_OF_EVENT', days: 7, event: 'được phân bổ vắc xin', quote: 'trong vòng 07 ngày kể từ khi được phân bổ vắc xin' },
    ]);
    expect(deadlines('trả kết quả trong vòng 24 giờ')).toEqual([{ ...none, kind: 'WITHIN_DAYS_OF_EVENT', days: 1, hours: 24, quote: 'trong vòng 24 giờ' }]);
    // "sau đó" (then) names no event.
    expect(deadlines('Người mới tiếp nhận ở buồng riêng trong thời gian 14 ngày, sau đó mới chuyển về buồng chung.')).toEqual([]);
    expect(deadlines('Phong tỏa thôn 2 trong thời gian 14 ngày, sau đó đánh giá lại.')).toEqual([]);
  });

  it('leaves how long a regime lasts from the day it starts to its period, and keeps a task\'s time limit from a day', () => {
    expect(deadlines('Thiết lập vùng cách ly y tế tại thôn Tân Lập trong thời gian 07 ngày kể từ 00h00\' ngày 02/10/2021.')).toEqual([]);
    expect(deadlines('Áp dụng giãn cách xã hội trong thời hạn 14 ngày, kể từ 0 giờ ngày 19 tháng 7 năm 2021.')).toEqual([]);
    expect(deadlines('Quyết định này áp dụng trong 30 ngày kể từ ngày ký.')).toEqual([]);
    expect(deadlines('Bảo đảm 100% công nhân được tiêm mũi 1, xong trong 10 ngày, kể từ ngày 12/8/2021.')).toEqual([
      { ...none, kind: 'WITHIN_DAYS_OF_EVENT', days: 10, event: '12/8/2021', quote: 'trong 10 ngày, kể từ ngày 12/8/2021' },
    ]);
  });

  it('keeps a time in hours in hours, and gives days only when they are whole, never rounded', () => {
    expect(deadlines('phải khai báo y tế trong vòng 12 giờ kể từ khi về đến địa phương.')).toEqual([
      { ...none, kind: 'WITHIN_DAYS_OF_EVENT', hours: 12, event: 'về đến địa phương', quote: 'trong vòng 12 giờ kể từ khi về đến địa phương' },
    ]);
    expect(deadlines('hoàn thành trong vòng 2 tiếng.')).toEqual([{ ...none, kind: 'WITHIN_DAYS_OF_EVENT', hours: 2, quote: 'trong vòng 2 tiếng' }]);
    expect(deadlines('hoàn thành trong vòng 1,5 ngày.')).toEqual([{ ...none, kind: 'WITHIN_DAYS_OF_EVENT', hours: 36, quote: 'trong vòng 1,5 ngày' }]);
    expect(deadlines('hoàn thành trong 2 tuần.')).toEqual([{ ...none, kind: 'WITHIN_DAYS_OF_EVENT', days: 14, quote: 'trong 2 tuần' }]);
  });

  it('reads "từ nay đến cuối năm 2021" as the last day of the year', () => {
    expect(deadlines('tiêm vắc xin với số lượng lớn từ nay đến cuối năm 2021;')).toEqual([
      { ...none, kind: 'BY_DATE', date: '2021-12-31', quote: 'từ nay đến cuối năm 2021' },
    ]);
  });

  it("gives a date without a year the directive's year", () => {
    expect(deadlines('hoàn thành trước ngày 15/11', 2022)).toEqual([{ ...none, kind: 'BY_DATE', date: '2022-11-15', quote: 'trước ngày 15/11' }]);
    expect(deadlines('hoàn thành trước ngày 15/11', null)).toEqual([]);
    // A numbered item's full stop ends the date: the next item's number is no year.
    expect(deadlines('1. Hoàn thành tiêm mũi 1 trước ngày 20/9.\n2. Báo cáo kết quả.', 2022)).toEqual([{ ...none, kind: 'BY_DATE', date: '2022-09-20', quote: 'trước ngày 20/9' }]);
  });

  it('reads "tới" as "đến", but not the evening "tối" that dates a lead, and "vào cuối tháng" as by the month\'s end', () => {
    expect(deadlines('Phấn đấu tới ngày 30/9/2021 tiêm mũi 1 cho 90% người dân.')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-09-30', quote: 'tới ngày 30/9/2021' }]);
    expect(deadlines('Từ nay tới cuối năm 2021 tiêm mũi 2 cho 95% người dân.')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-12-31', quote: 'Từ nay tới cuối năm 2021' }]);
    expect(deadlines('Tối 20/9/2021, tiêm mũi 1 cho 90% người dân.')).toEqual([]);
    expect(deadlines('Tỷ lệ tiêm mũi 2 đạt tối thiểu 70% vào cuối tháng 10/2021.')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-10-31', quote: 'vào cuối tháng 10/2021' }]);
  });

  it("gives a day without a year the next year when the directive's would put it half a year before the directive", () => {
    expect(deadlines('hoàn thành tiêm mũi 3 trước ngày 15/01, báo cáo trong tháng 02.', 2021, '2021-12-28')).toEqual([
      { ...none, kind: 'BY_DATE', date: '2022-01-15', quote: 'trước ngày 15/01' },
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2022-02-01', periodEnd: '2022-02-28', quote: 'trong tháng 02' },
    ]);
    expect(deadlines('hoàn thành trước ngày 15/11.', 2021, '2021-12-28')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-11-15', quote: 'trước ngày 15/11' }]);
  });

  it('reads a day set at an hour ("trước 17 giờ ngày 15/10/2021"), and a sentence opening "Đến hết ngày ..." as a deadline', () => {
    expect(deadlines('báo cáo về Sở Y tế trước 16 giờ 30 ngày 20/10/2021')).toEqual([
      { ...none, kind: 'BY_DATE', date: '2021-10-20', quote: 'trước 16 giờ 30 ngày 20/10/2021' },
    ]);
    expect(deadlines('Đến hết ngày 10/11/2021, đạt 95% người dân được tiêm đủ 2 mũi.')).toEqual([
      { ...none, kind: 'BY_DATE', date: '2021-11-10', quote: 'Đến hết ngày 10/11/2021' },
    ]);
  });

  it('reads "trước" a period as the day before it starts', () => {
    expect(deadlines('hoàn thành trước tháng 10/2021')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-09-30', quote: 'trước tháng 10/2021' }]);
  });

  it('reads a period with both ends', () => {
    expect(deadlines('thực hiện từ ngày 01/10/2021 đến ngày 15/10/2021')).toEqual([
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2021-10-01', periodEnd: '2021-10-15', quote: 'từ ngày 01/10/2021 đến ngày 15/10/2021' },
    ]);
    expect(deadlines('áp dụng từ 0 giờ ngày 15/9/2021 đến 24 giờ ngày 30/9/2021')).toEqual([
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2021-09-15', periodEnd: '2021-09-30', quote: 'từ 0 giờ ngày 15/9/2021 đến 24 giờ ngày 30/9/2021' },
    ]);
    expect(deadlines('áp dụng giãn cách xã hội kể từ 0 giờ ngày 13/8/2021 đến hết ngày 26/8/2021.')).toEqual([
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2021-08-13', periodEnd: '2021-08-26', quote: 'kể từ 0 giờ ngày 13/8/2021 đến hết ngày 26/8/2021' },
    ]);
    // "tỉnh từ" is the province's, "tính từ" counts from.
    expect(deadlines('hoàn thành trên địa bàn tỉnh từ ngày 13/8/2021 đến hết ngày 26/8/2021.').map((d) => d.quote)).toEqual(['từ ngày 13/8/2021 đến hết ngày 26/8/2021']);
    expect(deadlines('hoàn thành việc rà soát, tính từ ngày 13/8/2021 đến hết ngày 26/8/2021.').map((d) => d.quote)).toEqual(['tính từ ngày 13/8/2021 đến hết ngày 26/8/2021']);
    // The first day written short, not a deadline of the last day alone.
    expect(deadlines('hoàn thành tiêm mũi 1 từ ngày 13 đến hết ngày 26/8/2021.')).toEqual([
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2021-08-13', periodEnd: '2021-08-26', quote: 'từ ngày 13 đến hết ngày 26/8/2021' },
    ]);
  });

  it('does not take event dates, reports "as of" a date, or durations for deadlines', () => {
    expect(deadlines('tổ chức hội nghị ngày 27/9/2021')).toEqual([]);
    expect(deadlines('Đến ngày 22/9/2021, Quảng Ninh đã cơ bản hoàn thành tiêm chủng mũi 01')).toEqual([]);
    expect(deadlines('cách ly tập trung trong 14 ngày')).toEqual([]);
  });

  it('reads "Đến ngày D," opening a sentence as a deadline when D is after the directive\'s day, as "as of" otherwise', () => {
    const goal = '1. Đến ngày 30/9/2021, hoàn thành tiêm mũi 1 cho 100% người từ 18 tuổi trở lên.';
    expect(deadlines(goal, 2021, '2021-08-12')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-09-30', quote: 'Đến ngày 30/9/2021' }]);
    expect(deadlines(goal, 2021, '2021-10-02')).toEqual([]);
    expect(deadlines('Đến ngày 30/9/2021, hoàn thành tiêm mũi 1 cho 100% người từ 18 tuổi trở lên.', 2021, '2021-08-12')).toHaveLength(1);
    // Without the directive's day nothing says the day is still to come.
    expect(deadlines(goal)).toEqual([]);
  });

  it('does not take a period naming which goal for a deadline', () => {
    expect(deadlines('góp phần thực hiện thắng lợi mục tiêu phát triển kinh tế - xã hội của huyện trong quý III và cả năm 2022.')).toEqual([]);
    expect(deadlines('bảo đảm chỉ tiêu tăng trưởng của tỉnh trong năm 2022')).toEqual([]);
  });

  it('keeps the deadline of a goal to reach or of a figure', () => {
    expect(deadlines('phấn đấu đạt mục tiêu tiêm chủng trong tháng 11/2021.')).toEqual([
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2021-11-01', periodEnd: '2021-11-30', quote: 'trong tháng 11/2021' },
    ]);
    expect(deadlines('thực hiện mục tiêu tiêm cho 100% người dân trong quý IV/2021')).toEqual([
      { ...none, kind: 'WITHIN_PERIOD', periodStart: '2021-10-01', periodEnd: '2021-12-31', quote: 'trong quý IV/2021' },
    ]);
  });

  it('matches unaccented spellings', () => {
    expect(deadlines('cham nhat den ngay 30/9/2021')).toEqual([{ ...none, kind: 'BY_DATE', date: '2021-09-30', quote: 'cham nhat den ngay 30/9/2021' }]);
  });
});
