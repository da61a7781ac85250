import { leadingMarkerLength, parseMarker } from './markers';
import { romanValue } from '../../text/numbers';

describe('parseMarker', () => {
  it('reads the marker kinds of the genre with normalised labels', () => {
    expect(parseMarker('1. Tập trung')).toEqual({ type: 'ARABIC', label: '1', value: 1, length: 3 });
    expect(parseMarker('10. Coi trọng')).toEqual({ type: 'ARABIC', label: '10', value: 10, length: 4 });
    expect(parseMarker('II. NHIỆM VỤ')).toEqual({ type: 'ROMAN', label: 'II', value: 2, length: 4 });
    expect(parseMarker('V. TỔ CHỨC THỰC HIỆN')).toEqual({ type: 'ROMAN', label: 'V', value: 5, length: 3 });
    expect(parseMarker('II- MỤC ĐÍCH')).toEqual({ type: 'ROMAN', label: 'II', value: 2, length: 4 });
    expect(parseMarker('III/ Tổ chức thực hiện')).toEqual({ type: 'ROMAN', label: 'III', value: 3, length: 5 });
    expect(parseMarker('1.2) Nhà hàng')).toEqual({ type: 'DOTTED', label: '1.2', value: 2, length: 5 });
    // Parts run from "A." to "H.": "C." and "D." are the third and fourth, not Roman hundreds; "Đ." follows "D.".
    expect(parseMarker('B. ĐỐI VỚI CƠ QUAN')).toEqual({ type: 'PART', label: 'B', value: 2, length: 3 });
    expect(parseMarker('C. Đối với doanh nghiệp')).toEqual({ type: 'PART', label: 'C', value: 3, length: 3 });
    expect(parseMarker('Đ. Kinh phí')).toEqual({ type: 'PART', label: 'Đ', value: 5, length: 3 });
    expect(parseMarker('Q. CHỦ TỊCH')).toBeNull();
    expect(parseMarker('2.3. Sở Y tế')).toEqual({ type: 'DOTTED', label: '2.3', value: 3, length: 5 });
    expect(parseMarker('(3) Về lâu dài')).toEqual({ type: 'PAREN', label: '(3)', value: 3, length: 4 });
    expect(parseMarker('b) Tổ chức')).toEqual({ type: 'ALPHA', label: 'b)', value: 2, length: 3 });
    expect(parseMarker('đ) Các xã')).toEqual({ type: 'ALPHA', label: 'đ)', value: 5, length: 3 });
    expect(parseMarker('(c) Các xã')).toEqual({ type: 'ALPHA', label: 'c)', value: 3, length: 4 });
    expect(parseMarker('b/ Tổ chức')).toEqual({ type: 'ALPHA', label: 'b)', value: 2, length: 3 });
    expect(parseMarker('– Sở Y tế')).toEqual({ type: 'DASH', label: '-', value: null, length: 2 });
    expect(parseMarker('-Sở Y tế')).toEqual({ type: 'DASH', label: '-', value: null, length: 1 });
    expect(parseMarker('+ Bệnh viện')).toEqual({ type: 'PLUS', label: '+', value: null, length: 2 });
    expect(parseMarker('• Trạm y tế')).toEqual({ type: 'BULLET', label: '•', value: null, length: 2 });
    // Less formal letters number "1/" and "1-"; Word's symbol-font bullets reach us as private-use characters.
    expect(parseMarker('2/ Sở Y tế')).toEqual({ type: 'ARABIC', label: '2', value: 2, length: 3 });
    expect(parseMarker('3- Công an tỉnh')).toEqual({ type: 'ARABIC', label: '3', value: 3, length: 3 });
    expect(parseMarker('\uf0a7 Người về')).toEqual({ type: 'BULLET', label: '•', value: null, length: 2 });
    expect(parseMarker('❖ Người về')).toEqual({ type: 'BULLET', label: '•', value: null, length: 2 });
    // The length counts the indent too: the item's words start there.
    expect(parseMarker('   - Sở Y tế')?.length).toBe(5);
  });

  it('reads a numbered item that opens with its figure after a space ("1. 100% cơ sở ...")', () => {
    expect(parseMarker('1. 100% cơ sở kinh doanh phải có mã QR')).toEqual({ type: 'ARABIC', label: '1', value: 1, length: 3 });
    expect(parseMarker('2. 05 đội phản ứng nhanh')).toEqual({ type: 'ARABIC', label: '2', value: 2, length: 3 });
    // Without the space it is a figure with a decimal point; after "/" or "-" a range or a date.
    expect(parseMarker('1.100% cơ sở')).toBeNull();
    expect(parseMarker('1- 2 ngày')).toBeNull();
  });

  it('does not take numbers and hyphenated words that a wrap put at a line start for markers', () => {
    expect(parseMarker('15.000 mẫu đơn/ngày')).toBeNull();
    expect(parseMarker('2 mũi vắc xin')).toBeNull();
    expect(parseMarker('2021. Tăng cường')).toBeNull();
    expect(parseMarker('-19, trong đó')).toBeNull();
    expect(parseMarker('1. và các nội dung')).toBeNull();
    expect(parseMarker('1/8/2021 Sở Y tế')).toBeNull();
    expect(parseMarker('1-2 ngày')).toBeNull();
    expect(parseMarker('1/ tuần')).toBeNull();
    expect(parseMarker('v/v tăng cường')).toBeNull();
    expect(parseMarker('X-quang phổi')).toBeNull();
  });

  it("says where a line's words start after its marker and the marks around it, 0 without one", () => {
    expect(leadingMarkerLength('## 1. Tăng cường')).toBe(6);
    expect(leadingMarkerLength('  2/ Sở Y tế')).toBe(5);
    expect(leadingMarkerLength('Sở Y tế')).toBe(0);
    expect(leadingMarkerLength('15.000 mẫu')).toBe(0);
  });

  it('rejects malformed Roman numerals', () => {
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('IIV')).toBeNull();
  });
});
