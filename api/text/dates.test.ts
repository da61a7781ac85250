import { isoDate } from './dates';

describe('isoDate', () => {
  it('rejects impossible dates', () => {
    expect(isoDate(2021, 2, 29)).toBeNull();
    expect(isoDate(2020, 2, 29)).toBe('2020-02-29');
    expect(isoDate(2021, 13, 1)).toBeNull();
  });
});
