import { isMarked, isSyllableShaped } from './syllable-shape';

describe('isSyllableShaped', () => {
  it('accepts Vietnamese syllables with or without their marks', () => {
    for (const w of ['người', 'nguoi', 'Thủ', 'tướng', 'khuya', 'quyết', 'giữ', 'gìn', 'nghiêng', 'xoong', 'oái', 'ĐƯỜNG', 'thuở']) {
      expect(isSyllableShaped(w)).toBe(true);
    }
  });

  it('rejects what Vietnamese spelling does not allow', () => {
    for (const w of [
      'COVID', // no final d
      'fix', // no f, no final x
      'tấǹ', // two tones
      'tầ', // â needs a final consonant
      'taim', // a glide then a consonant
      'hợp̀',
      'hỏc', // a final c takes only sắc or nặng
      'baựo', // VNI read as TCVN3
      'Thoâng', // VNI as written
      'Th', // no vowel
    ]) {
      expect(isSyllableShaped(w)).toBe(false);
    }
  });
});

describe('isMarked', () => {
  it('sees tones, vowel marks and đ', () => {
    expect(isMarked('thì')).toBe(true);
    expect(isMarked('ân')).toBe(true);
    expect(isMarked('đi')).toBe(true);
    expect(isMarked('thi')).toBe(false);
  });
});
