import { partitionPoint } from './sorted';

describe('partitionPoint', () => {
  it('finds where the items before a value end, at either edge too', () => {
    const starts = [2, 5, 5, 9];
    expect(partitionPoint(starts, (at) => at < 5)).toBe(1);
    expect(partitionPoint(starts, (at) => at < 6)).toBe(3);
    expect(partitionPoint(starts, (at) => at < 0)).toBe(0);
    expect(partitionPoint(starts, (at) => at < 100)).toBe(4);
    expect(partitionPoint([], () => true)).toBe(0);
    expect(partitionPoint(['ca', 'cach', 'cho'], (w) => w < 'cac')).toBe(1);
  });
});
