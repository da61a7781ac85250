import { layOutPage, type TextBox } from './layout';

// Boxes as a PDF's text runs give them on an A4 page (points, origin top left, 12 pt type).
const box = (text: string, x0: number, y: number, width = text.length * 6.5): TextBox => ({ text, x0, x1: x0 + width, y0: y - 12, y1: y + 2.4 });

describe('layOutPage', () => {
  it("reads a two-column header column by column: issuer and number, then motto and dateline", () => {
    const boxes = [
      box('UBND TỈNH HÀ NAM', 80, 70),
      box('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 290, 70),
      box('Độc lập - Tự do - Hạnh phúc', 320, 85),
      box('Số: 12/CV-UBND', 95, 110),
      box('Hà Nam, ngày 2 tháng 8 năm 2021', 300, 110),
      box('V/v tăng cường phòng, chống dịch', 70, 126),
      box('Thực hiện Công điện số 1068/CĐ-TTg ngày 8/8/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh', 70, 170, 450),
      box('yêu cầu các sở, ngành thực hiện ngay các nội dung sau:', 70, 185, 300),
    ];
    expect(layOutPage(boxes, { firstPage: true }).split('\n')).toEqual([
      'UBND TỈNH HÀ NAM',
      'Số: 12/CV-UBND',
      'V/v tăng cường phòng, chống dịch',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nam, ngày 2 tháng 8 năm 2021',
      '',
      'Thực hiện Công điện số 1068/CĐ-TTg ngày 8/8/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh',
      'yêu cầu các sở, ngành thực hiện ngay các nội dung sau:',
    ]);
  });

  it('finds the header under a tag printed across the top', () => {
    const boxes = [box('HỎA TỐC', 210, 40), box('UBND TỈNH HÀ NAM', 80, 70), box('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 290, 70), box('Số: 12/CĐ-UBND', 95, 90), box('Độc lập - Tự do - Hạnh phúc', 320, 90)];
    expect(layOutPage(boxes, { firstPage: true }).split('\n')).toEqual(['HỎA TỐC', 'UBND TỈNH HÀ NAM', 'Số: 12/CĐ-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });

  it('keeps each column whole when the columns are set a few points apart', () => {
    // The subject wraps in the left cell while the dateline sits between its two lines.
    const boxes = [
      box('UBND TỈNH HÀ TĨNH', 90, 60),
      box('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 64),
      box('Số: 4821/UBND-VX', 95, 80),
      box('Hà Tĩnh, ngày 06 tháng 8 năm 2021', 300, 101),
      box('V/v tăng cường các biện pháp', 76, 95),
      box('phòng, chống dịch COVID-19', 77, 108),
      box('Thực hiện Công điện số 1068/CĐ-TTg ngày 08/8/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu:', 60, 150, 500),
    ];
    expect(layOutPage(boxes, { firstPage: true }).split('\n')).toEqual([
      'UBND TỈNH HÀ TĨNH',
      'Số: 4821/UBND-VX',
      'V/v tăng cường các biện pháp',
      'phòng, chống dịch COVID-19',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Hà Tĩnh, ngày 06 tháng 8 năm 2021',
      '',
      'Thực hiện Công điện số 1068/CĐ-TTg ngày 08/8/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu:',
    ]);
  });

  it('ends the header at a title set in the gap between its columns', () => {
    const boxes = [
      box('UBND HUYỆN THĂNG BÌNH', 60, 60),
      box('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 330, 60),
      box('Số: 27/KH-BCĐ', 60, 90),
      box('Thăng Bình, ngày 06 tháng 8 năm 2020', 330, 90),
      box('KẾ HOẠCH', 240, 120),
      box('Xét nghiệm SARS-CoV-2 và kiểm soát người về địa bàn huyện', 150, 135),
    ];
    expect(layOutPage(boxes, { firstPage: true }).split('\n')).toEqual([
      'UBND HUYỆN THĂNG BÌNH',
      'Số: 27/KH-BCĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Thăng Bình, ngày 06 tháng 8 năm 2020',
      '',
      'KẾ HOẠCH',
      'Xét nghiệm SARS-CoV-2 và kiểm soát người về địa bàn huyện',
    ]);
  });

  it('ends the header at a title centred under both columns, below the dateline', () => {
    const boxes = [
      box('UBND TỈNH HÀ NAM', 80, 60),
      box('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 60),
      box('Số: 12/TB-UBND', 95, 90),
      box('Hà Nam, ngày 2 tháng 8 năm 2021', 310, 90),
      box('THÔNG BÁO', 280, 120),
      box('Kết luận của Chủ tịch UBND tỉnh', 230, 135),
    ];
    expect(layOutPage(boxes, { firstPage: true }).split('\n')).toEqual([
      'UBND TỈNH HÀ NAM',
      'Số: 12/TB-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Hà Nam, ngày 2 tháng 8 năm 2021',
      '',
      'THÔNG BÁO',
      'Kết luận của Chủ tịch UBND tỉnh',
    ]);
  });

  it('keeps a wider line of the left column on the left even when it passes the middle of the first gap', () => {
    const boxes = [box('TỈNH ỦY', 120, 70), box('ĐẢNG CỘNG SẢN VIỆT NAM', 330, 70), box('BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH', 70, 85, 250)];
    expect(layOutPage(boxes, { firstPage: true }).split('\n')).toEqual(['TỈNH ỦY', 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  });

  it('reads a table row in the body across, so that a figure stays beside its label', () => {
    const boxes = [box('Nội dung chỉ đạo của Ban Chỉ đạo tỉnh như sau, áp dụng trên toàn địa bàn:', 70, 300, 450), box('Thành phố Phủ Lý', 90, 330), box('3.000 mẫu/ngày', 400, 330)];
    expect(layOutPage(boxes, { firstPage: true }).split('\n')).toEqual(['Nội dung chỉ đạo của Ban Chỉ đạo tỉnh như sau, áp dụng trên toàn địa bàn:', 'Thành phố Phủ Lý 3.000 mẫu/ngày']);
  });

  it('reads the signature block column by column: recipients, then the signer', () => {
    const boxes = [
      box('Nơi nhận:', 70, 600),
      box('TM. ỦY BAN NHÂN DÂN', 360, 600),
      box('- Như trên;', 70, 615),
      box('CHỦ TỊCH', 390, 615),
      box('- Lưu: VT.', 70, 630),
      box('Nguyễn Văn An', 380, 680),
    ];
    expect(layOutPage(boxes, { firstPage: false }).split('\n')).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An']);
  });

  it('starts the signature block at the signer\'s title when it stands a little above "Nơi nhận:"', () => {
    const boxes = [
      box('các cơ quan, đơn vị, địa phương biết, thực hiện nghiêm túc nội dung trên./.', 70, 560, 460),
      box('KT. CHỦ TỊCH', 390, 590),
      box('Nơi nhận:', 70, 597),
      box('PHÓ CHỦ TỊCH', 385, 605),
      box('- Như trên;', 70, 612),
      box('Lê Văn Bình', 385, 660),
    ];
    expect(layOutPage(boxes, { firstPage: false }).split('\n')).toEqual([
      'các cơ quan, đơn vị, địa phương biết, thực hiện nghiêm túc nội dung trên./.',
      '',
      'Nơi nhận:',
      '- Như trên;',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Văn Bình',
    ]);
  });

  it('joins runs that split a word, and spaces runs a space apart', () => {
    const boxes = [box('Th', 70, 300, 13), box('ông báo', 83, 300, 45), box('số 5', 133, 300, 24)];
    expect(layOutPage(boxes, { firstPage: false })).toBe('Thông báo số 5');
  });

  it("sets OCR's words apart however close they are read", () => {
    const words = [box('ngày', 70, 300, 26), box('06', 97, 300, 12)].map((b) => ({ ...b, word: true }));
    expect(layOutPage(words, { firstPage: false })).toBe('ngày 06');
  });

  it('leaves a blank line where the space between lines is wider than the usual leading', () => {
    const boxes = [box('Dòng thứ nhất của đoạn văn.', 70, 300), box('Dòng thứ hai của đoạn văn.', 70, 316), box('Dòng cuối.', 70, 332), box('Đoạn sau.', 70, 360)];
    expect(layOutPage(boxes, { firstPage: false })).toBe('Dòng thứ nhất của đoạn văn.\nDòng thứ hai của đoạn văn.\nDòng cuối.\n\nĐoạn sau.');
  });
});
