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

  it('joins runs that split a word, and spaces runs a space apart', () => {
    const boxes = [box('Th', 70, 300, 13), box('ông báo', 83, 300, 45), box('số 5', 133, 300, 24)];
    expect(layOutPage(boxes, { firstPage: false })).toBe('Thông báo số 5');
  });

  it('leaves a blank line where the space between lines is wider than the usual leading', () => {
    const boxes = [box('Dòng thứ nhất của đoạn văn.', 70, 300), box('Dòng thứ hai của đoạn văn.', 70, 316), box('Dòng cuối.', 70, 332), box('Đoạn sau.', 70, 360)];
    expect(layOutPage(boxes, { firstPage: false })).toBe('Dòng thứ nhất của đoạn văn.\nDòng thứ hai của đoạn văn.\nDòng cuối.\n\nĐoạn sau.');
  });
});
