import { RENDERINGS, renderingNamed } from './renderings';
import { runEval } from './run';

describe('renderings of the gold texts', () => {
  it('wraps prose at 60 columns and leaves table rows and aligned columns whole', () => {
    const text = `${'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương thực hiện nghiêm các biện pháp phòng, chống dịch.'}\nTT | Đơn vị | Chỉ tiêu tiêm (mũi/ngày)\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`;
    const lines = RENDERINGS['wrap-60'](text).split('\n');
    expect(lines.every((l) => l.length <= 60 || l.includes('|') || /\s{3,}/u.test(l))).toBe(true);
    expect(lines).toContain('TT | Đơn vị | Chỉ tiêu tiêm (mũi/ngày)');
    expect(lines.slice(0, 2).join(' ')).toBe(text.split('\n')[0]);
  });

  it('puts a text on one line, in capitals, behind quote marks, without its marks or through a scan', () => {
    expect(RENDERINGS['one-line']('Số: 12/UBND\n\n1. Cách ly 14 ngày.\n2. Xét nghiệm.')).toBe('Số: 12/UBND 1. Cách ly 14 ngày. 2. Xét nghiệm.');
    expect(RENDERINGS.capitals('Cách ly 14 ngày')).toBe('CÁCH LY 14 NGÀY');
    expect(RENDERINGS['mail-quote']('a\nb')).toBe('> a\n> b');
    expect(RENDERINGS.lookalikes('Thông tin')).toBe('Tһᴏ̂пɡ тɪп');
    expect(RENDERINGS['no-marks']('Đồn Biên phòng Mù Cả đảm bảo')).toBe('Don Bien phong Mu Ca dam bao');
    expect([RENDERINGS.tcvn3('Ủy ban tỉnh'), RENDERINGS.vni('Ủy ban tỉnh'), RENDERINGS.viqr('Ủy ban tỉnh')]).toEqual(['ñy ban tØnh', 'UÛy ban tænh', 'U?y ban ti?nh']);
    expect(RENDERINGS.scan('Sở Y tế tỉnh: 100% người dân, cách ly 14 ngày, không quá 10 người, 2 lần')).toBe('Sơ Y tế tinh: 1OO% người dân, cách ly l4 ngày, không quá 10 người, 2 lần');
  });

  it("numbers a PDF layer's pages every 30 lines, wherever the sentence stands", () => {
    const text = Array.from({ length: 31 }, (_, i) => `Dòng ${i + 1} của văn bản`).join('\n');
    const lines = RENDERINGS.paged(text).split('\n');
    expect(lines.slice(29)).toEqual(['Dòng 30 của văn bản', '', `${' '.repeat(36)}1`, '', '\fDòng 31 của văn bản']);
  });

  it('names the renderings it knows when asked for another', () => {
    expect(() => renderingNamed('sideways')).toThrow(/unknown rendering "sideways"; known: wrap-60, capitals, one-line/);
  });

  it('scores a seed rendered with other line ends exactly as the seed itself', () => {
    const plain = runEval({ dev: false, heldOut: false });
    const crlf = runEval({ dev: false, heldOut: false, render: RENDERINGS.crlf });
    expect(crlf.rows).toEqual(plain.rows);
    expect(plain.rows.find((r) => r.factType === 'overall')!.recall).toBe(1);
  });
});
