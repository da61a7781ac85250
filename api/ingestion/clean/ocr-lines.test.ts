import { joinLines } from './ocr-lines';
import { measureWrap } from './hard-wrap';

const loose = { hardWrapped: false, width: 0 };

describe('joinLines', () => {
  it('rejoins a word cut at its hyphen without a space and keeps a spaced dash', () => {
    expect(joinLines('phòng, chống dịch COVID-\n19, trong đó', loose)).toBe('phòng, chống dịch COVID-19, trong đó');
    expect(joinLines('phát triển kinh tế -\nxã hội', loose)).toBe('phát triển kinh tế - xã hội');
  });

  it('joins across a blank line when the next line continues the sentence in lower case', () => {
    expect(joinLines('cấp ủy, chính quyền cơ sở là trọng\n\ntâm trong chiến lược', loose)).toBe(
      'cấp ủy, chính quyền cơ sở là trọng tâm trong chiến lược',
    );
    expect(joinLines('vật tư, thuốc, vắc xin,...\n\nphục vụ phòng, chống dịch', loose)).toBe(
      'vật tư, thuốc, vắc xin,... phục vụ phòng, chống dịch',
    );
  });

  it('joins a short line ending in a word that asks for its figure to the figure on the next line', () => {
    expect(joinLines('1. Không tụ tập quá\n10 người tại nơi công cộng.\n2. Cách ly tối thiểu\n14 ngày.', loose)).toBe(
      '1. Không tụ tập quá 10 người tại nơi công cộng.\n2. Cách ly tối thiểu 14 ngày.',
    );
    // A finished short line before a number stays its own.
    expect(joinLines('1. Tạm dừng karaoke.\n10 người được cử trực chốt.', loose)).toBe('1. Tạm dừng karaoke.\n10 người được cử trực chốt.');
  });

  it('joins a figure spelled out to its digits in brackets on the next line, which open no list item', () => {
    expect(joinLines('a) Khai báo y tế trong vòng hai mươi bốn\n(24) giờ kể từ khi về đến địa phương.', loose)).toBe(
      'a) Khai báo y tế trong vòng hai mươi bốn (24) giờ kể từ khi về đến địa phương.',
    );
    expect(joinLines('Các nội dung gồm hai phần:\n(1) Phòng dịch;\n(2) Chống dịch.', loose)).toBe('Các nội dung gồm hai phần:\n(1) Phòng dịch;\n(2) Chống dịch.');
  });

  it('keeps a paragraph break after a finished sentence even before lower case', () => {
    expect(joinLines('Thực hiện nghiêm.\n\nvà các nội dung khác', loose)).toBe('Thực hiện nghiêm.\n\nvà các nội dung khác');
  });

  it('keeps the rows of a table laid out with spaces apart, and still joins a sentence cut before a number', () => {
    const table = 'TT Địa phương Số người dự kiến Điểm đón\n1 Thành phố Cần Thơ 1.200 Bến xe Trung tâm\n2 Tỉnh Hậu Giang 400 Bến xe Vị Thanh';
    expect(joinLines(table, loose)).toBe(table);
    expect(joinLines('Thực hiện Công văn của Ủy ban nhân dân tỉnh số\n1068 Huyện đã triển khai', loose)).toBe(
      'Thực hiện Công văn của Ủy ban nhân dân tỉnh số 1068 Huyện đã triển khai',
    );
  });

  it('joins a sentence cut before a document number whose codes look like capitals, but not the motto line', () => {
    expect(joinLines('Các xã, phường còn lại thực hiện theo Chỉ thị số\n15/CT-TTg.', loose)).toBe(
      'Các xã, phường còn lại thực hiện theo Chỉ thị số 15/CT-TTg.',
    );
    const header = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc\n412/TB-UBND';
    expect(joinLines(header, loose)).toBe(header);
  });

  it('keeps list markers on their own lines', () => {
    expect(joinLines('chỉ đạo:\n- Sở Y tế,\n+ Bệnh viện,\na) Trạm y tế\n(2) Công an', loose)).toBe(
      'chỉ đạo:\n- Sở Y tế,\n+ Bệnh viện,\na) Trạm y tế\n(2) Công an',
    );
  });

  it('does not glue a lower-case line onto a letterhead or title line', () => {
    expect(joinLines('CHÁNH VĂN PHÒNG\n\nkiêm\n\nỦY VIÊN', loose)).toBe('CHÁNH VĂN PHÒNG\n\nkiêm\n\nỦY VIÊN');
    expect(joinLines('BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH\nvề việc tăng cường', loose)).toBe(
      'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH\nvề việc tăng cường',
    );
  });

  it('joins full-width lines of a hard-wrapped scan, but not items of the distribution list', () => {
    const wrapped = [
      'Sở Y tế chủ trì, phối hợp với các địa phương tổ chức xét nghiệm cho toàn',
      'bộ người dân tại khu vực phong tỏa. Công an tỉnh kiểm soát chặt chẽ các',
      'chốt ra vào tỉnh.',
      'Nơi nhận:',
      'Thường trực Tỉnh ủy (để báo cáo), Đảng đoàn HĐND tỉnh, BCS đảng UBND tỉnh,',
      'Các huyện, thị, thành ủy và đảng ủy trực thuộc tỉnh, MTTQ và các sở, ngành,',
    ].join('\n');
    expect(joinLines(wrapped, { hardWrapped: true, width: 74 })).toBe(
      [
        'Sở Y tế chủ trì, phối hợp với các địa phương tổ chức xét nghiệm cho toàn bộ người dân tại khu vực phong tỏa. Công an tỉnh kiểm soát chặt chẽ các chốt ra vào tỉnh.',
        'Nơi nhận:',
        'Thường trực Tỉnh ủy (để báo cáo), Đảng đoàn HĐND tỉnh, BCS đảng UBND tỉnh,',
        'Các huyện, thị, thành ủy và đảng ủy trực thuộc tỉnh, MTTQ và các sở, ngành,',
      ].join('\n'),
    );
  });

  it('joins the full lines of a telegram set all in capitals, and keeps its short heading and numbered items apart', () => {
    const telegram = [
      'CÔNG ĐIỆN',
      '1. NGƯỜI DÂN CHỈ RA KHỎI NHÀ KHI THẬT SỰ CẦN THIẾT; KHÔNG TẬP TRUNG QUÁ',
      '02 NGƯỜI NGOÀI PHẠM VI CÔNG SỞ, TRƯỜNG HỌC, BỆNH VIỆN; GIỮ KHOẢNG CÁCH',
      'TỐI THIỂU 2 MÉT.',
      '2. TẠM DỪNG HOẠT ĐỘNG KINH DOANH DỊCH VỤ KHÔNG THIẾT YẾU.',
    ].join('\n');
    expect(joinLines(telegram, { hardWrapped: true, width: 72 }).split('\n')).toEqual([
      'CÔNG ĐIỆN',
      '1. NGƯỜI DÂN CHỈ RA KHỎI NHÀ KHI THẬT SỰ CẦN THIẾT; KHÔNG TẬP TRUNG QUÁ 02 NGƯỜI NGOÀI PHẠM VI CÔNG SỞ, TRƯỜNG HỌC, BỆNH VIỆN; GIỮ KHOẢNG CÁCH TỐI THIỂU 2 MÉT.',
      '2. TẠM DỪNG HOẠT ĐỘNG KINH DOANH DỊCH VỤ KHÔNG THIẾT YẾU.',
    ]);
    // In a text not set in capitals, a line of capitals under one that carries no number is a heading's.
    expect(joinLines(`${telegram}\nNgười dân thực hiện nghiêm các biện pháp phòng, chống dịch.`, { hardWrapped: true, width: 72 }).split('\n')[2]).toBe('TỐI THIỂU 2 MÉT.');
  });
});

describe('measureWrap', () => {
  it('recognises page-width lines and ignores long-paragraph text', () => {
    const scan = Array.from({ length: 12 }, (_, i) => `dòng số ${String(i).padStart(2, '0')} của bản quét được cắt tại lề phải của trang giấy A4`).join('\n');
    expect(measureWrap(scan)).toEqual({ hardWrapped: true, width: 62 });
    const paragraphs = Array.from({ length: 12 }, () => 'Một đoạn văn dài. '.repeat(30)).join('\n\n');
    expect(measureWrap(paragraphs).hardWrapped).toBe(false);
  });

  it('measures the body only: the foot\'s short lines say nothing of the page\'s width', () => {
    const body = Array.from({ length: 8 }, (_, i) => `dòng số ${String(i).padStart(2, '0')} của bản quét được cắt tại lề phải của trang giấy A4`);
    const foot = ['Nơi nhận:', '- Như trên;', '- Bộ Y tế (b/c);', '- TT Tỉnh ủy;', '- TT HĐND tỉnh;', '- Các sở, ngành;', '- UBND các huyện;', '- Lưu: VT.', '', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(đã ký)', 'Đào Thị Mến'];
    expect(measureWrap([...body, '', ...foot].join('\n'))).toEqual({ hardWrapped: true, width: 62 });
  });
});
