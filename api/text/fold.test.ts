import { fold, storable, withoutTones } from './fold';

describe('fold', () => {
  it('removes Vietnamese diacritics and case while keeping every offset', () => {
    const text = 'Xét nghiệm mẫu gộp ở Thanh Hóa, ĐỒNG ỹ ỵ ỷ';
    expect(fold(text)).toBe('xet nghiem mau gop o thanh hoa, dong y y y');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('leaves characters it cannot fold to one character as they are', () => {
    expect(fold('Œ “x” …')).toBe('œ “x” …');
  });

  it("reads a PDF text layer's 'ƣ' as the 'ư' it stands for", () => {
    expect(fold('Ngƣời dân TRƢỜNG')).toBe('nguoi dan truong');
  });
});

describe('withoutTones', () => {
  it('drops the five tone marks and keeps the vowels\' own marks', () => {
    expect(withoutTones('Ngảy')).toBe('ngay');
    expect(withoutTones('ngày')).toBe('ngay');
    expect(withoutTones('người')).toBe('ngươi');
    expect(withoutTones('đóng')).toBe('đong');
    expect(withoutTones('đồng')).toBe('đông');
  });
});

describe('storable', () => {
  it('replaces half a surrogate pair and a NUL with U+FFFD, and keeps whole pairs', () => {
    const megaphone = String.fromCharCode(0xd83d, 0xdce2);
    expect(storable(`5K ${megaphone}`)).toBe('5K 📢');
    expect(storable(`5K ${String.fromCharCode(0xd83d)} x ${String.fromCharCode(0xdce2)}`)).toBe('5K \uFFFD x \uFFFD');
    expect(storable('5K\u0000, không tụ tập')).toBe('5K\uFFFD, không tụ tập');
  });
});
