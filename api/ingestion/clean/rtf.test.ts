import { toTcvn3 } from '../../text/legacy-encode';
import { analyse } from '../analyse';
import { clean } from './index';
import { unwrapRtf } from './rtf';

/** "\uN?" for every character outside ASCII, as Word writes Unicode with a one-character fallback. */
const escaped = (text: string): string => [...text].map((ch) => (ch.charCodeAt(0) > 127 ? `\\u${ch.charCodeAt(0)}?` : ch)).join('');
const cell = (lines: string[]): string => `\\pard\\intbl\\qc ${lines.map(escaped).join('\\par ')}\\cell `;

// A made-up town letter as Word saves it in Rich Text Format: tables for the letterhead, a field, a picture.
const RTF = [
  '{\\rtf1\\ansi\\ansicpg1258\\deff0\\uc1',
  '{\\fonttbl{\\f0\\froman\\fcharset163 Times New Roman;}{\\f1\\fswiss\\fcharset163 Arial;}}',
  '{\\colortbl;\\red0\\green0\\blue0;}',
  '{\\stylesheet{\\s0 Normal;}}',
  '{\\info{\\author Van thu}{\\creatim\\yr2021\\mo8\\dy20}}',
  '{\\*\\generator Microsoft Word 16.0;}',
  '\\trowd\\cellx4500\\cellx9500',
  cell(['ỦY BAN NHÂN DÂN', 'THỊ XÃ KỲ ANH', 'Số: 1502/UBND-VP']),
  cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Kỳ Anh, ngày 20 tháng 8 năm 2021']),
  '\\row',
  `\\pard\\qc\\b ${escaped('THÔNG BÁO')}\\b0\\par`,
  `\\pard\\qj ${escaped('1. Không tập trung quá 10 người ngoài phạm vi công sở, trường học, bệnh viện.')}\\par`,
  // A paragraph written in the code page, tones as combining marks: "Ha\'cc" is "Hà" (a, then a grave), "\'ec"
  // an acute, "\'f2" a dot below, "\'fd\'f5" is "ươ".
  "\\pard 2. Ha\\'cc Ti\\'ea\\'ecn: x\\'e9t nghi\\'ea\\'f2m 100% ng\\'fd\\'f5\\'cci ba\\'ecn ha\\'ccng, 7 nga\\'ccy/l\\'e2\\'ccn.\\par",
  `{\\field{\\*\\fldinst HYPERLINK "https://kyanh.example"}{\\fldrslt ${escaped('Cổng thông tin thị xã')}}}\\par`,
  '{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a}',
  `\\pard\\qr\\b ${escaped('CHỦ TỊCH')}\\line ${escaped('Nguyễn Văn Hải')}\\b0\\par`,
  '}',
].join('\n');

describe('Rich Text Format', () => {
  it('is its text: table cells and paragraphs as lines, escapes read, tables of fonts, colours and styles, pictures and field codes left out', () => {
    expect(unwrapRtf(RTF).split('\n').filter((line) => line !== '')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THỊ XÃ KỲ ANH',
      'Số: 1502/UBND-VP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Kỳ Anh, ngày 20 tháng 8 năm 2021',
      'THÔNG BÁO',
      '1. Không tập trung quá 10 người ngoài phạm vi công sở, trường học, bệnh viện.',
      '2. Hà Tiến: xét nghiệm 100% người bán hàng, 7 ngày/lần.',
      'Cổng thông tin thị xã',
      'CHỦ TỊCH',
      'Nguyễn Văn Hải',
    ]);
  });

  it("gives the letter its number, date and figures", () => {
    const { metadata, facts } = analyse(Buffer.from(RTF, 'utf8'));
    expect([metadata.number.value, metadata.issuedOn.value, metadata.kind.value]).toEqual(['1502/UBND-VP', '2021-08-20', 'THONG_BAO']);
    expect(facts.targets.map((t) => `${t.metric} ${t.value}`)).toEqual(['GATHERING_SIZE 10', 'TESTING_COVERAGE 100', 'TEST_INTERVAL_DAYS 7']);
  });

  it("converts a legacy font's text its escapes hid (a letter typed in TCVN3's .VnTime, saved as RTF)", () => {
    const lines = ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'Số: 4410/UBND-VX', 'Hà Tĩnh, ngày 03 tháng 8 năm 2021', '1. Tạm dừng các hoạt động tập trung trên 20 người ngoài phạm vi công sở.'];
    const rtf = `{\\rtf1\\ansi\\uc1{\\fonttbl{\\f0 .VnTime;}}\n${lines.map((line) => `\\pard ${escaped(toTcvn3(line))}\\par`).join('\n')}\n}`;
    const cleaned = clean(rtf);
    expect([cleaned.encoding, cleaned.text.split('\n')]).toEqual(['TCVN3', lines]);
  });

  it('reads a character outside the BMP from its two halves, and half a pair as U+FFFD, never a lone surrogate', () => {
    const rtf = (body: string) => `{\\rtf1\\ansi\\uc1 ${escaped('Thông điệp')} \\u-10179?\\u-8990? ${body}\\par}`;
    const whole = clean(rtf('5K')).text;
    expect(whole).toBe('Thông điệp 📢 5K');
    // The low half lost (a converter that wrote one code unit per character): the text stays well-formed.
    const half = clean(rtf('\\u-10179? 5K')).text;
    expect(half).toBe('Thông điệp 📢 \uFFFD 5K');
    expect(/[\uD800-\uDFFF]/.test(half.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))).toBe(false);
  });

  it('leaves a text that mentions RTF as it is', () => {
    const text = 'Số: 12/TB-UBND\nTệp {\\rtf1} đính kèm không đọc được.';
    expect(unwrapRtf(text)).toBe(text);
  });
});
