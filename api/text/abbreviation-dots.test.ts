import { withoutAbbreviationDots } from './abbreviation-dots';

describe('withoutAbbreviationDots', () => {
  it('blanks the dot of a place or title abbreviation, keeps a full stop and the length', () => {
    expect(withoutAbbreviationDots('từ TP.HCM đã tiêm')).toBe('từ TP HCM đã tiêm');
    expect(withoutAbbreviationDots('từ TP. Hồ Chí Minh, ThS. Lê Thị Hoa.')).toBe('từ TP  Hồ Chí Minh, ThS  Lê Thị Hoa.');
    // Inside a word it is no abbreviation: "ATP." ends a sentence.
    expect(withoutAbbreviationDots('mã ATP.')).toBe('mã ATP.');
  });
});
