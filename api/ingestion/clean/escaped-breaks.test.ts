import { analyse } from '../analyse';
import { unescapeBreaks } from './escaped-breaks';
import { clean } from './index';

// A made-up provincial letter as a database dump's INSERT carries it: one line, breaks and quotes escaped.
const LETTER = [
  'ỦY BAN NHÂN DÂN TỈNH HẬU GIANG',
  'Số: 2210/UBND-KGVX',
  'V/v tăng cường phòng, chống dịch COVID-19',
  'Hậu Giang, ngày 16 tháng 8 năm 2021',
  'Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.',
  '1. Thực hiện nghiêm thông điệp \\"5K\\", không tập trung quá 10 người.',
  '2. Xét nghiệm 100% người lao động tại các khu công nghiệp, 7 ngày/lần.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Lê Văn Minh',
].join('\\r\\n');
const DUMP = `INSERT INTO van_ban (id, noi_dung) VALUES (1823, "${LETTER}");`;

describe("a program's string with escaped line breaks", () => {
  it('gets its breaks and quotes back', () => {
    const lines = unescapeBreaks(DUMP).split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[1]).toBe('Số: 2210/UBND-KGVX');
    expect(lines[5]).toBe('1. Thực hiện nghiêm thông điệp "5K", không tập trung quá 10 người.');
  });

  it("leaves the statement around the string out, so that the letterhead opens the text", () => {
    expect(unescapeBreaks(DUMP).split('\n')[0]).toBe('ỦY BAN NHÂN DÂN TỈNH HẬU GIANG');
    // Single quotes, and a quoted value before the text's.
    const single = `INSERT INTO \`van_ban\` (\`so\`, \`noi_dung\`) VALUES ('2210/UBND-KGVX', '${LETTER.replace(/\\"/g, "\\'")}');`;
    const lines = unescapeBreaks(single).split('\n');
    expect([lines[0], lines[lines.length - 1]]).toEqual(['ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', 'Lê Văn Minh']);
    // A private company's notice in a dump is refused as such, its letterhead now first.
    const company = LETTER.replace('ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', 'CÔNG TY TNHH MAY MẶC PHÚ THỊNH');
    expect(() => analyse(Buffer.from(`INSERT INTO van_ban (id, noi_dung) VALUES (1824, "${company}");`, 'utf8'))).toThrow(/private body/);
  });

  it("reads a feed a database's string holds as the feed it is", () => {
    const item = (title: string, body: string) => `<item>\\n<title>${title}</title>\\n<description><![CDATA[${body}]]></description>\\n</item>`;
    const feed = [
      '<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>',
      '<rss version=\\"2.0\\"><channel><title>Văn bản chỉ đạo, điều hành</title>',
      item('Công văn 2210/UBND-KGVX', `<p>${LETTER.split('\\r\\n').join('</p><p>')}</p>`),
      item('Lịch tiếp công dân', 'Lịch tiếp công dân định kỳ vào ngày 15 hằng tháng.'),
      '</channel></rss>',
    ].join('\\n');
    const text = clean(`INSERT INTO van_ban (id, noi_dung) VALUES (1825, "${feed}");`).text;
    expect(text).not.toContain('<rss');
    expect(text).toContain('Số: 2210/UBND-KGVX');
    expect(text).not.toContain('Lịch tiếp công dân');
  });

  it('gives the letter its number, date and figures', () => {
    const { metadata, facts } = analyse(Buffer.from(DUMP, 'utf8'));
    expect([metadata.number.value, metadata.issuedOn.value]).toEqual(['2210/UBND-KGVX', '2021-08-16']);
    expect(facts.targets.map((t) => `${t.metric} ${t.value}`)).toEqual(['GATHERING_SIZE 10', 'TESTING_COVERAGE 100', 'TEST_INTERVAL_DAYS 7']);
  });

  it("leaves LaTeX's commands that open with \\n to the LaTeX step", () => {
    const latex = [
      '\\documentclass{article}',
      '\\begin{document}',
      '\\noindent ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH \\newline Số: 4410/UBND-VX \\newline \\noindent Hà Tĩnh, ngày 03 tháng 8 năm 2021',
      '\\noindent 1. Không tụ tập \\newline \\noindent 2. Cách ly \\newline \\noindent 3. Xét nghiệm',
      '\\end{document}',
    ].join('\n');
    const text = clean(latex).text;
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH');
    expect(text).not.toMatch(/oindent|ewline/u);
  });

  it('leaves a text with a path or two in it as it is', () => {
    const text = 'Số: 12/TB-UBND\nTệp đính kèm: D:\\nghiquyet\\ban_chinh.doc và D:\\new\\phu_luc.doc\n1. Các xã thực hiện.';
    expect(unescapeBreaks(text)).toBe(text);
  });
});
