import { reuseDirection } from './direction';

describe('reuseDirection', () => {
  it('says the later directive repeats the earlier one', () => {
    // Thanh Hóa 402-CV/TU (30/9/2021) repeats Quảng Ninh 370-TB/TU (28/9/2021).
    expect(reuseDirection('2021-09-30', '2021-09-28')).toBe('A_REPEATS_B');
    expect(reuseDirection('2021-09-28', '2021-09-30')).toBe('B_REPEATS_A');
    expect(reuseDirection('2020-12-31', '2021-01-01')).toBe('B_REPEATS_A');
  });

  it('compares calendar days of full ISO timestamps', () => {
    expect(reuseDirection('2021-09-30T08:00:00Z', '2021-09-28')).toBe('A_REPEATS_B');
    expect(reuseDirection('2021-09-30T08:00:00Z', '2021-09-30T17:00:00Z')).toBe('UNKNOWN');
  });

  it('gives UNKNOWN for equal, missing or invalid dates', () => {
    expect(reuseDirection('2021-09-30', '2021-09-30')).toBe('UNKNOWN');
    expect(reuseDirection(null, '2021-09-30')).toBe('UNKNOWN');
    expect(reuseDirection('2021-09-30', null)).toBe('UNKNOWN');
    expect(reuseDirection(null, null)).toBe('UNKNOWN');
    expect(reuseDirection('30/09/2021', '2021-09-28')).toBe('UNKNOWN');
    expect(reuseDirection('2021-02-30', '2021-09-28')).toBe('UNKNOWN');
    expect(reuseDirection('', '2021-09-28')).toBe('UNKNOWN');
  });
});
