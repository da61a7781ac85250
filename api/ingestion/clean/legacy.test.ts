import { clean } from './index';

// Made-up notices, as they arrive when a legacy-font document is saved or extracted as Latin text.
const UNICODE = [
  'THÔNG BÁO',
  'Về việc tạm dừng chợ đêm',
  '',
  'Ủy ban nhân dân huyện yêu cầu các xã tạm dừng hoạt động chợ đêm từ ngày 5/8/2021.',
  'Người đứng đầu các đơn vị chịu trách nhiệm kiểm tra việc thực hiện.',
].join('\n');

const TCVN3 = [
  'TH¤NG B¸O',
  'VÒ viÖc t¹m dõng chî ®ªm',
  '',
  'ñy ban nh©n d©n huyÖn yªu cÇu c¸c x· t¹m dõng ho¹t ®éng chî ®ªm tõ ngµy 5/8/2021.',
  // "ư" is TCVN3's byte 0xAD, the soft hyphen that whitespace cleaning removes: conversion must come first.
  'Ng\u00ADêi ®øng ®Çu c¸c ®¬n vÞ chÞu tr¸ch nhiÖm kiÓm tra viÖc thùc hiÖn.',
].join('\n');

const VNI = [
  'THOÂNG BAÙO',
  'Veà vieäc taïm döøng chôï ñeâm',
  '',
  'UÛy ban nhaân daân huyeän yeâu caàu caùc xaõ taïm döøng hoaït ñoäng chôï ñeâm töø ngaøy 5/8/2021.',
  'Ngöôøi ñöùng ñaàu caùc ñôn vò chòu traùch nhieäm kieåm tra vieäc thöïc hieän.',
].join('\n');

const VIQR = [
  "THO^NG BA'O",
  'Ve^` vie^.c ta.m du+`ng cho+. dde^m',
  '',
  "U?y ban nha^n da^n huye^.n ye^u ca^`u ca'c xa~ ta.m du+`ng hoa.t ddo^.ng cho+. dde^m tu+` nga`y 5/8/2021.",
  "Ngu+o+`i ddu+'ng dda^`u ca'c ddo+n vi. chi.u tra'ch nhie^.m kie^?m tra vie^.c thu+.c hie^.n.",
].join('\n');

describe('clean() on legacy-encoded text', () => {
  it.each([
    ['TCVN3', TCVN3],
    ['VNI', VNI],
    ['VIQR', VIQR],
  ])('converts %s to the Unicode text and says so', (encoding, source) => {
    expect(clean(source)).toEqual({ ...clean(UNICODE), encoding });
  });

  it('reports no encoding for Unicode text', () => {
    expect(clean(UNICODE).encoding).toBeNull();
  });

  it('is stable: cleaning the converted text again changes nothing', () => {
    const once = clean(VNI).text;
    expect(clean(once)).toEqual({ format: clean(VNI).format, text: once, encoding: null, misreadWords: [] });
  });
});

describe('clean() on misread numbers', () => {
  it('repairs a scanned header and leaves the rest as written', () => {
    const scan = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH BẮC TRUNG',
      'S6 212 IUBND- VX',
      'V/v triển khai Chỉ thị số 15ICT-TTg',
      '',
      'Thực hiện Chỉ thị số 15ICT-TTg ngày 2713/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh',
      'yêu cầu xét nghiệm 15.000 mẫu cho 13/13 địa phương trong năm 2020; đường dây nóng 0912 345 678.',
    ].join('\n');
    const text = clean(scan).text;
    expect(text).toContain('Số 212/UBND-VX');
    expect(text).toContain('V/v triển khai Chỉ thị số 15/CT-TTg');
    expect(text).toContain('Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng');
    expect(text).toContain('15.000 mẫu cho 13/13 địa phương trong năm 2020; đường dây nóng 0912 345 678.');
  });
});
