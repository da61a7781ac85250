import { RENDERINGS, renderingNamed } from './renderings';
import { runEval } from './run';
import { clean } from '../ingestion/clean';

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

  it('wraps a text in the containers it arrives in, which cleaning unwraps back to its lines', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
      'Số: 4410/UBND-VX',
      'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và địa phương thực hiện nghiêm các biện pháp sau đây:',
      '- Cách ly 14 ngày;',
      '- Không tụ tập "quá" 10 người.',
      'KT. CHỦ TỊCH',
    ].join('\n');
    expect(RENDERINGS.rtf(text).split('\n')[1]).toBe('\\u7910?Y BAN NH\\u194?N D\\u194?N T\\u7880?NH H\\u192? T\\u296?NH\\par');
    expect(RENDERINGS.diff(text).split('\n').slice(5)).toEqual(['@@ -0,0 +1,6 @@', ...text.split('\n').map((l) => `+${l}`)]);
    expect(RENDERINGS['sql-insert'](text)).not.toContain('\n');
    expect(RENDERINGS.forum(text)).toContain('[quote][b]ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH[/b]\nSố: 4410/UBND-VX\n');
    expect(RENDERINGS.forum(text)).toContain('\n[*]Cách ly 14 ngày;\n');
    expect(RENDERINGS['mail-source'](text)).toMatch(/^Content-Transfer-Encoding: quoted-printable\n\n=E1=BB=A6Y BAN/mu);
    expect(RENDERINGS['html-page'](text)).toMatch(/^<!DOCTYPE html>\n<html lang="vi">[\s\S]*<p>Số: 4410\/UBND-VX<\/p>[\s\S]*<footer>/u);
    for (const name of ['forum', 'mail-source', 'rtf', 'diff', 'html-page']) {
      expect([name, clean(RENDERINGS[name](text)).text]).toEqual([name, clean(text).text]);
    }
    // The dump's own words stay around the text, before its first line and after its last.
    expect(clean(RENDERINGS['sql-insert'](text)).text.split('\n').slice(1, -1)).toEqual(clean(text).text.split('\n').slice(1, -1));
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
