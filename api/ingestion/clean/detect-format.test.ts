import { detectFormat } from './detect-format';

describe('detectFormat', () => {
  it('sees markdown by emphasis, headings or escapes', () => {
    expect(detectFormat('**CHỈ THỊ**\nVề việc')).toBe('MARKDOWN');
    expect(detectFormat('## 1. Nội dung')).toBe('MARKDOWN');
    expect(detectFormat('1\\. Tăng cường')).toBe('MARKDOWN');
  });

  it('sees a portal article by its dateline or by its footer', () => {
    expect(detectFormat('Hà Tĩnh siết chặt phòng dịch\n\nThứ Hai, 02/08/2021 | 10:15\n\nNgày 1/8, ...')).toBe('PORTAL');
    const footer = ['Nội dung.', 'x'.repeat(300), 'Tin liên quan', 'Thống kê truy cập', '© Sở Thông tin và Truyền thông'];
    expect(detectFormat(footer.join('\n'))).toBe('PORTAL');
  });

  it('sees a hard-wrapped scan as OCR and anything else as plain text', () => {
    const scan = Array.from({ length: 12 }, (_, i) => `dòng ${String(i).padStart(2, '0')} của văn bản quét, cắt ngang tại lề phải của trang giấy`).join('\n');
    expect(detectFormat(scan)).toBe('OCR');
    expect(detectFormat('Một dòng.\n\nMột đoạn khác.')).toBe('PLAIN');
  });
});
