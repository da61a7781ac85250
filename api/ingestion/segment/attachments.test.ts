// A decision that attaches its rules after the signature, made up for the shape: the attached regulation's
// clauses are the body, the decision's distribution list and signature stay its closing lines.
import { analyse } from '../analyse';
import { attachmentStart } from './attachments';
import { segmentClauses } from './clauses';

const DECISION = [
  'ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH HÀ NAM                             Độc lập - Tự do - Hạnh phúc',
  'Số: 1220/QĐ-UBND                      Hà Nam, ngày 9 tháng 8 năm 2021',
  '',
  'QUYẾT ĐỊNH',
  'Ban hành Quy định tạm thời về phòng, chống dịch COVID-19 tại các cơ sở sản xuất',
  '',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
  '',
  'Căn cứ Nghị quyết số 86/NQ-CP ngày 06/8/2021 của Chính phủ;',
  'Theo đề nghị của Giám đốc Sở Y tế.',
  '',
  'QUYẾT ĐỊNH:',
  'Điều 1. Ban hành kèm theo Quyết định này Quy định tạm thời về phòng, chống dịch COVID-19 tại các cơ sở sản xuất.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'Điều 3. Giám đốc các sở, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.',
  '',
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Sở Tư pháp;',
  '- Lưu: VT.',
  '',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  '',
  'Lê Văn Khải',
  '',
  'QUY ĐỊNH TẠM THỜI',
  'Về phòng, chống dịch COVID-19 tại các cơ sở sản xuất',
  '(Ban hành kèm theo Quyết định số 1220/QĐ-UBND ngày 09/8/2021 của Chủ tịch UBND tỉnh)',
  '',
  'Điều 1. Xét nghiệm',
  '1. Cơ sở sản xuất tổ chức xét nghiệm ngẫu nhiên tối thiểu 10% người lao động, định kỳ 07 ngày/lần.',
  '2. Cơ sở bố trí không quá 50% người lao động làm việc cùng thời điểm.',
  '',
  'Điều 2. Tổ chức thực hiện',
  'Ban Quản lý các khu công nghiệp tỉnh kiểm tra việc thực hiện Quy định này.',
].join('\n');

describe('a document attached after the signature', () => {
  it('starts at its title, above the "kèm theo" line, and only after the distribution list', () => {
    expect(DECISION.slice(attachmentStart(DECISION)!).split('\n')[0]).toBe('QUY ĐỊNH TẠM THỜI');
    // "kèm theo" inside the body (before "Nơi nhận") attaches nothing that follows the signature.
    expect(attachmentStart(DECISION.split('\nNơi nhận:')[0])).toBeNull();
  });

  it('is segmented as clauses after those of the signed text', () => {
    const attached = attachmentStart(DECISION)!;
    const clauses = segmentClauses(DECISION);
    expect(clauses.map((c) => [c.ordinal, c.label, c.start >= attached])).toEqual([
      [0, '1', true],
      [1, '2', true],
    ]);
  });

  it('gives its targets and measures, while the signer and the closing lines stay the decision\'s', () => {
    const analysis = analyse(DECISION);
    expect(analysis.facts.targets.map((t) => `${t.metric} ${t.value} ${t.unit}`)).toEqual([
      'TESTING_COVERAGE 10 PERCENT',
      'TEST_INTERVAL_DAYS 7 DAYS',
      'WORKPLACE_ATTENDANCE 50 PERCENT',
    ]);
    expect(analysis.facts.measures.map((m) => m.category)).toEqual(expect.arrayContaining(['TESTING', 'WORKPLACES']));
    expect(analysis.metadata.signer.value).toEqual({ name: 'Lê Văn Khải', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'K/T CHỦ TỊCH' });
    const agencies = analysis.facts.agencies.map((a) => a.canonicalName);
    expect(agencies).toContain('Ban Quản lý các khu công nghiệp');
    // "- Sở Tư pháp;" of the decision's distribution list is no mention.
    expect(agencies).not.toContain('Sở Tư pháp');
  });

  it('keeps a title whose subject does not open with "Về", under its capitals, out of the orders', () => {
    const unnumbered = DECISION.replace('Về phòng, chống dịch COVID-19 tại các cơ sở sản xuất\n(', 'Tạm thời các biện pháp phòng, chống dịch COVID-19 tại các cơ sở sản xuất trên địa bàn tỉnh Hà Nam\n(')
      .replace(/\nĐiều 1\. Xét nghiệm\n1\. /u, '\n')
      .replace('\n2. Cơ sở', '\nCơ sở');
    expect(unnumbered.slice(attachmentStart(unnumbered)!).split('\n')[0]).toBe('QUY ĐỊNH TẠM THỜI');
    const quotes = analyse(unnumbered).facts.measures.map((m) => m.citation.quote);
    expect(quotes.filter((q) => q.startsWith('Tạm thời'))).toEqual([]);
    expect(quotes).toContain('Cơ sở bố trí không quá 50% người lao động làm việc cùng thời điểm.');
  });

  it('reads no facts from a blank form attached to be signed, and keeps the letter\'s signer', () => {
    const letter = [
      'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
      'Số: 1398/UBND-KGVX',
      'V/v cách ly y tế tại nhà',
      'Kính gửi: UBND các huyện, thành phố.',
      '1. Người cách ly tại nhà ký bản cam kết theo mẫu gửi kèm.',
      '2. UBND cấp xã giám sát việc cách ly tại nhà.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Văn Khải',
      'Phụ lục',
      'MẪU BẢN CAM KẾT THỰC HIỆN CÁCH LY Y TẾ TẠI NHÀ',
      '(Kèm theo Công văn số 1398/UBND-KGVX ngày 10/8/2021 của UBND tỉnh)',
      'Tôi xin cam kết:',
      '1. Thực hiện cách ly y tế tại nhà 14 ngày, từ ngày ..../..../2021.',
      '2. Không ra khỏi nhà trong thời gian cách ly.',
    ].join('\n');
    const analysis = analyse(letter);
    expect(analysis.facts.measures.map((m) => m.citation.quote)).toEqual(['Người cách ly tại nhà ký bản cam kết theo mẫu gửi kèm.', 'UBND cấp xã giám sát việc cách ly tại nhà.']);
    expect(analysis.facts.targets).toEqual([]);
    expect(analysis.metadata.signer.value).toEqual({ name: 'Lê Văn Khải', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'K/T CHỦ TỊCH' });
  });
});
