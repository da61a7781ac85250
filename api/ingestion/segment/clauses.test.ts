import fs from 'node:fs';
import path from 'node:path';
import { clean } from '../clean';
import { segmentClauses } from './clauses';

const CORPUS = path.join(__dirname, '../../../seeds/corpus');
function seedText(prefix: string): string {
  const file = fs.readdirSync(CORPUS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return clean(fs.readFileSync(path.join(CORPUS, file), 'utf8')).text;
}

function outline(text: string): string[] {
  return segmentClauses(text).map((c) => `${'  '.repeat(c.depth - 1)}${c.label}`);
}

function clauseText(text: string, label: string, depth = 1): string {
  const c = segmentClauses(text).find((x) => x.label === label && x.depth === depth);
  if (!c) throw new Error(`no clause ${label}`);
  return text.slice(c.start, c.end);
}

const TOP_1_TO_10 = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

describe('segmentClauses on the seed corpus', () => {
  it('000 (OCR) and 001 (portal): clauses 1..10, unnumbered paragraphs belong to the clause before them', () => {
    for (const s of ['000', '001']) {
      const text = seedText(s);
      expect(outline(text)).toEqual(TOP_1_TO_10);
      expect(clauseText(text, '2')).toMatch(/\n\nTừng địa phương, cơ quan, đơn vị, cơ s. sản xuất kinh doanh/);
      expect(clauseText(text, '3')).toMatch(/\n\nHằng ngày, Bí thư cấp ủy.*\n\nNgành [yY] tế khẩn trương rà soát/s);
      expect(clauseText(text, '10').endsWith('nhằm đảm bảo đạt mục tiêu cao nhất.')).toBe(true);
    }
  });

  it('002: 1..5 with (1), (2), (3) inside 1; the inline enumeration of the preamble is not a clause', () => {
    const text = seedText('002');
    expect(outline(text)).toEqual(['1', '  (1)', '  (2)', '  (3)', '2', '3', '4', '5']);
    const clauses = segmentClauses(text);
    expect(clauses[1]).toMatchObject({ ordinal: 1, label: '(1)', depth: 2, parentOrdinal: 0 });
    expect(text.slice(clauses[2].start, clauses[2].end)).toMatch(/^\(2\) Thực hiện nghiêm.*vắc xin,\.\.\. phục vụ phòng, chống dịch/s);
    expect(clauseText(text, '5').endsWith('công khai kết quả xử lý trên các phương tiện thông tin đại chúng.')).toBe(true);
  });

  it('003: 1..4 with "-" items inside 1, and the closing request is left out', () => {
    const text = seedText('003');
    expect(outline(text)).toEqual(['1', '  -', '  -', '2', '3', '4']);
    expect(clauseText(text, '1')).toMatch(/\n\nTăng cường tuyên truyền, nâng cao ý thức/);
    expect(clauseText(text, '4').endsWith('theo đúng các quy trình, quy định.')).toBe(true);
    expect(clauseText(text, '-', 2)).toMatch(/^- Tiếp tục quán triệt.*mất cảnh giác trong công tác phòng, chống dịch\.$/s);
  });

  it('004: 1..6 with four "-" items inside the heading clause 4', () => {
    const text = seedText('004');
    expect(outline(text)).toEqual(['1', '2', '3', '4', '  -', '  -', '  -', '  -', '5', '6']);
    expect(clauseText(text, '4').startsWith('4. Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo:')).toBe(true);
    expect(clauseText(text, '6').endsWith('thiết bị sinh phẩm...')).toBe(true);
  });

  it('gives spans without trailing whitespace that start at the marker', () => {
    for (const s of ['000', '001', '002', '003', '004']) {
      const text = seedText(s);
      for (const c of segmentClauses(text)) {
        const span = text.slice(c.start, c.end);
        expect(span).toBe(span.trim());
        expect(span.startsWith(c.label.replace(/^(\d+)$/, '$1.'))).toBe(true);
      }
    }
  });
});

describe('segmentClauses on made-up texts', () => {
  it('nests by order of appearance: I. > 1. > a) > -, and a new section closes the previous one', () => {
    const text = [
      'KẾ HOẠCH',
      'Triển khai tiêm chủng vắc xin phòng COVID-19 trên địa bàn tỉnh năm 2021, bảo đảm an toàn và hiệu quả cho người dân.',
      'I. MỤC ĐÍCH',
      '1. Bảo đảm an toàn.',
      'II. NHIỆM VỤ',
      '1. Sở Y tế:',
      'a) Lập kế hoạch tiêm;',
      '- Rà soát đối tượng;',
      '- Bố trí điểm tiêm.',
      'b) Báo cáo hằng tuần.',
      '2. Công an tỉnh bảo đảm an ninh.',
      'Nơi nhận:',
      '- Như trên;',
    ].join('\n');
    expect(outline(text)).toEqual(['I', '  1', 'II', '  1', '    a)', '      -', '      -', '    b)', '  2']);
    const clauses = segmentClauses(text);
    expect(clauses.map((c) => c.parentOrdinal)).toEqual([null, 0, null, 2, 3, 4, 4, 3, 2]);
    expect(text.slice(clauses[2].start, clauses[2].end).endsWith('2. Công an tỉnh bảo đảm an ninh.')).toBe(true);
  });

  it('ignores an addressee list and stops before the signature formula', () => {
    const text = [
      'Kính gửi:',
      '- Các sở, ban, ngành;',
      '- UBND các huyện.',
      '',
      'Để chủ động phòng, chống dịch COVID-19, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:',
      '',
      '- Tạm dừng các hoạt động tập trung đông người;',
      '- Đeo khẩu trang nơi công cộng.',
      '',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ].join('\n');
    expect(outline(text)).toEqual(['-', '-']);
    expect(text.slice(segmentClauses(text)[1].start, segmentClauses(text)[1].end)).toBe('- Đeo khẩu trang nơi công cộng.');
  });

  it('does not open the body at a subject line, however long, above a bulleted addressee list', () => {
    const text = [
      'Số: 234/UBND-KGVX',
      'V/v tạm dừng các lễ hội để phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra',
      '',
      'Kính gửi:',
      '- Sở Văn hóa, Thể thao và Du lịch;',
      '- UBND các huyện, thị xã, thành phố.',
      '',
      'Để chủ động phòng, chống dịch bệnh, Chủ tịch UBND tỉnh yêu cầu tạm dừng tổ chức tất cả các lễ hội trên địa bàn tỉnh.',
    ].join('\n');
    expect(outline(text)).toEqual([]);
  });

  it('reads a list of bullets under a short lead-in that ends in a colon, but not the addressee list', () => {
    const text = [
      'Kính gửi:',
      '- Các sở, ban, ngành;',
      '- UBND các huyện.',
      'Ủy ban nhân dân tỉnh yêu cầu:',
      '- Tạm dừng các hoạt động tập trung đông người;',
      '- Đeo khẩu trang nơi công cộng.',
      'Nơi nhận:',
      '- Như trên;',
    ].join('\n');
    expect(outline(text)).toEqual(['-', '-']);
    expect(text.slice(segmentClauses(text)[0].start, segmentClauses(text)[0].end)).toBe('- Tạm dừng các hoạt động tập trung đông người;');
  });

  it('reads sub-items lettered "a/" or "(a)" under their clause, but not letters enumerated inside a line', () => {
    const text = [
      'Ủy ban nhân dân tỉnh yêu cầu:',
      '1. Sở Y tế:',
      'a/ Chuẩn bị 200 giường cách ly tập trung;',
      'b/ Tổ chức xét nghiệm.',
      '2. Công an tỉnh:',
      '(a) Xử lý nghiêm các trường hợp vi phạm;',
      '(b) Kiểm soát chặt chẽ các chốt.',
      '3. Đối tượng: (a) người về từ vùng dịch; (b) người tiếp xúc gần.',
    ].join('\n');
    expect(outline(text)).toEqual(['1', '  a)', '  b)', '2', '  a)', '  b)', '3']);
  });

  it('reads sections numbered "I-" and items numbered "1.1)" as sections and items', () => {
    const text = [
      'Ủy ban nhân dân tỉnh yêu cầu:',
      'I- Tạm dừng các hoạt động tập trung đông người.',
      'II- Các cơ sở kinh doanh:',
      '1.1) Tạm dừng karaoke.',
      '1.2) Nhà hàng phục vụ mang về.',
      'III- Xét nghiệm người về từ vùng dịch.',
    ].join('\n');
    expect(outline(text)).toEqual(['I', 'II', '  1.1', '  1.2', 'III']);
  });

  it('treats a numbered marker that breaks the sequence as text, not a new clause', () => {
    const text = '1. Tăng cường xét nghiệm.\n5. Dòng lạc số do lỗi quét.\n2. Tiêm chủng.';
    expect(outline(text)).toEqual(['1', '2']);
  });

  it('opens the list at the body\'s first item whatever its number: an excerpt or a reprint that lost its first page', () => {
    const text = ['Trước tình hình dịch bệnh, Chủ tịch UBND tỉnh yêu cầu:', '5. Sở Y tế tổ chức xét nghiệm cho người dân.', '- Ưu tiên các khu phong tỏa.', '6. Công an tỉnh kiểm soát người ra vào tỉnh.'].join('\n');
    expect(outline(text)).toEqual(['5', '  -', '6']);
    // Without the next item, a number at a line's start is a wrapped sentence's, not a list's.
    const wrapped = ['Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện nghiêm nội dung tại mục', '3. Công văn số 45/UBND-VX ngày 10/8/2021 của UBND tỉnh.'].join('\n');
    expect(outline(wrapped)).toEqual([]);
  });

  it('reads lettered parts (A., B., C.) as the top level, their lettered items under them, from a short lead', () => {
    const text = [
      'Ủy ban nhân dân tỉnh yêu cầu:',
      'A. Đối với người dân',
      'a) Người về từ vùng dịch khai báo y tế;',
      'b) Hạn chế ra khỏi nhà.',
      'B. Đối với các cơ quan, đơn vị',
      'a) Sở Y tế chuẩn bị 200 giường cách ly.',
      'C. Đối với doanh nghiệp',
      '1. Bố trí khu vực cách ly tạm thời.',
      'Nơi nhận:',
    ].join('\n');
    expect(outline(text)).toEqual(['A', '  a)', '  b)', 'B', '  a)', 'C', '  1']);
  });

  it('ends the items of an article at the next article, whose own items number from 1 again', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      'Điều 1. Mức chi bồi dưỡng',
      '1. Tổ trưởng: 1.000.000 đồng/người/tháng.',
      '2. Thành viên: 700.000 đồng/người/tháng.',
      'Điều 2. Thời gian áp dụng: từ ngày 01/12/2021 đến hết ngày 30/6/2022.',
      'Điều 3. Trách nhiệm thi hành',
      '1. Phòng Tài chính - Kế hoạch bố trí kinh phí.',
      '2. Trạm Y tế xã theo dõi việc chi trả.',
    ].join('\n');
    const clauses = segmentClauses(text);
    expect(clauses.map((c) => text.slice(c.start, c.end))).toEqual([
      '1. Tổ trưởng: 1.000.000 đồng/người/tháng.',
      '2. Thành viên: 700.000 đồng/người/tháng.',
      '1. Phòng Tài chính - Kế hoạch bố trí kinh phí.',
      '2. Trạm Y tế xã theo dõi việc chi trả.',
    ]);
  });

  it('returns no clauses for a text without a list', () => {
    expect(segmentClauses('Một đoạn văn không có điều khoản nào.')).toEqual([]);
  });
});
