import type { FactTiming, InForce } from '../in-force/periods';
import { loadCodebook } from './codebook';
import { levelOf, isGeneral, indicatorsOf } from './levels';
import { buildPanel, periodsOf } from './panel';

const book = loadCodebook();

function measure(quote: string, fields: Partial<FactTiming> = {}): FactTiming {
  return {
    kind: 'MEASURE', id: 1, key: 'indicator:C4', directiveId: 1, provinceCode: 'VN-13', district: null, datedOn: '2021-09-28',
    periodFrom: null, periodTo: null, periodDays: null, untilFurtherNotice: false, periodCitation: null, deadlineEnd: null, deadlineCitation: null,
    citation: { renditionId: 1, start: 0, end: quote.length, quote, rule: 'test' },
    directiveNumber: '1/TB', metric: null, value: null, unit: null, oxcgrtCode: 'C4', strength: 'REQUIRED', direction: 'TIGHTENING', ...fields,
  };
}

const indicator = (code: string) => book.indicators.find((i) => i.code === code)!;

describe('codebook rules', () => {
  it('reads a gathering ceiling into the C4 band it falls in', () => {
    const target = (value: number) => measure('không tụ tập quá N người', { kind: 'TARGET', metric: 'GATHERING_SIZE', value, unit: 'PEOPLE', oxcgrtCode: null });
    expect([10, 30, 500, 2000].map((v) => levelOf(target(v), indicator('C4')))).toEqual([4, 3, 2, 1]);
    expect(indicatorsOf(target(10), book).map((i) => i.code)).toEqual(['C4']);
  });

  it('reads strength and words: a required school closure is 2, all levels 3, reopening 1', () => {
    const c1 = indicator('C1');
    expect(levelOf(measure('Cho học sinh nghỉ học, chuyển sang học trực tuyến', { oxcgrtCode: 'C1' }), c1)).toBe(2);
    expect(levelOf(measure('Tạm dừng đến trường đối với tất cả các cấp học', { oxcgrtCode: 'C1' }), c1)).toBe(3);
    expect(levelOf(measure('Tổ chức dạy học trực tiếp trở lại', { oxcgrtCode: 'C1', direction: 'EASING' }), c1)).toBe(1);
  });

  it('brings a measure of another indicator in by the indicator\'s own phrases', () => {
    const visits = measure('Các cơ sở bảo trợ xã hội không tiếp khách đến thăm', { oxcgrtCode: 'C4' });
    expect(indicatorsOf(visits, book).map((i) => i.code)).toEqual(['C4', 'H8']);
    expect(levelOf(visits, indicator('H8'))).toBe(3);
  });

  it('flags a district\'s fact or one that names only some places as targeted', () => {
    expect(isGeneral(measure('Tạm dừng hoạt động karaoke trên địa bàn tỉnh'), book)).toBe(true);
    expect(isGeneral(measure('Phong tỏa tạm thời các thôn có ca bệnh'), book)).toBe(false);
    expect(isGeneral(measure('Tạm dừng hoạt động karaoke', { district: 'Đồng Hới' }), book)).toBe(false);
  });
});

describe('buildPanel', () => {
  it('counts ISO weeks from Monday, clipped to the window', () => {
    expect(periodsOf('2021-09-30', '2021-10-12', 'WEEK')).toEqual([
      { start: '2021-09-30', end: '2021-10-03' },
      { start: '2021-10-04', end: '2021-10-10' },
      { start: '2021-10-11', end: '2021-10-12' },
    ]);
  });

  it('takes the highest level in force, says null before any document, 0 where none sets the indicator', () => {
    const low = measure('hạn chế đi lại khi không cần thiết', { id: 1, oxcgrtCode: 'C7', strength: 'ENCOURAGED' });
    const high = measure('lập chốt kiểm soát ra vào tỉnh', { id: 2, oxcgrtCode: 'C7' });
    const inForce = (from: string, to: string | null): InForce => ({
      from: { date: from, reason: 'ISSUE_DATE', citation: null },
      to: { date: to, reason: to ? 'STATED_END' : 'OPEN_ENDED', citation: null, supersededBy: null },
    });
    const cells = buildPanel(
      { provinces: ['VN-13'], from: '2021-09-27', to: '2021-10-02', indicators: ['C7', 'C1'], granularity: 'DAY' },
      { timings: [low, high], periods: new Map([['MEASURE:1', inForce('2021-09-28', null)], ['MEASURE:2', inForce('2021-09-30', '2021-10-01')]]), firstDocument: new Map([['VN-13', '2021-09-28']]) },
      book,
    );
    const c7 = cells.filter((c) => c.indicator === 'C7').map((c) => [c.periodStart, c.value, c.status, c.evidence.map((e) => e.fact.id)]);
    expect(c7).toEqual([
      ['2021-09-27', null, 'NO_DOCUMENTS', []],
      ['2021-09-28', 1, 'FACTS', [1]],
      ['2021-09-29', 1, 'FACTS', [1]],
      ['2021-09-30', 2, 'FACTS', [2]],
      ['2021-10-01', 2, 'FACTS', [2]],
      ['2021-10-02', 1, 'FACTS', [1]],
    ]);
    expect(cells.find((c) => c.indicator === 'C1' && c.periodStart === '2021-09-28')).toMatchObject({ value: 0, flag: null, status: 'NONE_IN_DOCUMENTS' });
  });
});
