import { findSharedPassages, type SharedPassage } from './find-shared-passages';
import { prepareText } from './prepare';

// Made-up directives: one paragraph copied, everything else unrelated.
const COPIED =
  'Các địa phương khẩn trương rà soát, lập danh sách người lao động từ vùng có dịch trở về; tổ chức xét ' +
  'nghiệm sàng lọc bằng test nhanh kháng nguyên trong vòng 24 giờ, theo dõi sức khỏe tại nhà 7 ngày và ' +
  'báo cáo kết quả về Sở Y tế trước 17 giờ hằng ngày.';
const UNRELATED_A =
  'Sở Tài chính bố trí kinh phí mua sắm trang thiết bị cho các trường học trước năm học mới, ưu tiên ' +
  'các huyện miền núi và hải đảo.';
const UNRELATED_B =
  'Ban Tuyên giáo hướng dẫn các cơ quan báo chí đưa tin kịp thời, chính xác về tình hình thời tiết, ' +
  'mưa lũ tại các huyện phía Tây.';
const THIRD =
  'Công an tỉnh tăng cường tuần tra, kiểm soát trật tự an toàn giao thông trên các tuyến quốc lộ, xử lý ' +
  'nghiêm các trường hợp vi phạm nồng độ cồn trong dịp lễ.';

const COPIED_WORDS = COPIED.match(/[\p{L}\p{N}]+/gu)?.length ?? 0; // 56

function spanOf(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error('part not in text');
  return { start, end: start + part.length };
}

const slices = (a: string, b: string, ps: SharedPassage[]) => ps.map((p) => [a.slice(p.a.start, p.a.end), b.slice(p.b.start, p.b.end)]);

describe('findSharedPassages', () => {
  it('finds exactly the copied paragraph, with its span on each side', () => {
    const a = `CÔNG VĂN A\n\n${COPIED}\n\n${UNRELATED_A}`;
    const b = `${UNRELATED_B}\n\n${COPIED}\n`;
    const passages = findSharedPassages(a, b);
    expect(passages).toEqual([{ a: spanOf(a, COPIED), b: spanOf(b, COPIED), similarity: 1, words: COPIED_WORDS }]);
  });

  it('ignores case and diacritics, and tolerates an edited word', () => {
    const plain = COPIED.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase();
    expect(findSharedPassages(COPIED, plain)).toEqual([{ a: spanOf(COPIED, COPIED), b: spanOf(plain, plain), similarity: 1, words: COPIED_WORDS }]);

    const edited = COPIED.replace('24 giờ', '48 giờ').replace('khẩn trương', 'tiếp tục');
    const [p] = findSharedPassages(COPIED, edited);
    expect(p.similarity).toBeGreaterThan(0.9);
    expect(p.similarity).toBeLessThan(1);
  });

  it('matches a partly copied paragraph sentence by sentence', () => {
    const s1 = 'Tiếp tục củng cố, nâng cao năng lực y tế, trong đó đề cao vai trò của y tế cơ sở, y tế cấp huyện.';
    const s2 = 'Ngành Y tế phải theo dõi sát sao diễn biến dịch bệnh, đặc biệt là các biến thể mới, thường xuyên cập nhật phương pháp phòng ngừa.';
    const a = `${s1} ${s2} ${UNRELATED_A}`;
    const b = `${s1.replace('Tiếp tục', 'Tăng cường')} ${s2} ${THIRD}`;
    const passages = findSharedPassages(a, b);
    expect(slices(a, b, passages)).toEqual([[`${s1} ${s2}`, `${s1.replace('Tiếp tục', 'Tăng cường')} ${s2}`]]);
  });

  it('merges copied paragraphs that follow each other in both texts, and only then', () => {
    const together = findSharedPassages(`${COPIED}\n\n${THIRD}`, `${UNRELATED_B}\n\n${COPIED}\n\n${THIRD}`);
    expect(together).toHaveLength(1);
    const apart = findSharedPassages(`${COPIED}\n\n${THIRD}`, `${COPIED}\n\n${UNRELATED_B}\n\n${THIRD}`);
    expect(apart).toHaveLength(2);
  });

  it('pairs a unit with one unit of the other text only', () => {
    const b = `${COPIED}\n\n${UNRELATED_B}\n\n${COPIED}`;
    expect(findSharedPassages(COPIED, b)).toEqual([{ a: spanOf(COPIED, COPIED), b: spanOf(b, COPIED), similarity: 1, words: COPIED_WORDS }]);
  });

  it('finds nothing between unrelated texts of the same genre', () => {
    expect(findSharedPassages(`${UNRELATED_A}\n\n${THIRD}`, UNRELATED_B)).toEqual([]);
    expect(findSharedPassages('', COPIED)).toEqual([]);
  });

  it('drops passages below minWords or minSimilarity', () => {
    const edited = COPIED.replace('24 giờ', '48 giờ');
    expect(findSharedPassages(COPIED, edited, { minWords: COPIED_WORDS + 1 })).toEqual([]);
    expect(findSharedPassages(COPIED, edited, { minWords: COPIED_WORDS, minSimilarity: 0.95 })).toHaveLength(1);
    // Only the clause before the edit is identical.
    const exact = findSharedPassages(COPIED, edited, { minSimilarity: 1 });
    expect(slices(COPIED, edited, exact)).toEqual([[COPIED.slice(0, COPIED.indexOf('trở về;') + 7), edited.slice(0, edited.indexOf('trở về;') + 7)]]);
  });

  it('accepts prepared texts and gives the same answer as with strings', () => {
    const a = `CÔNG VĂN A\n\n${COPIED}\n\n${UNRELATED_A}`;
    const b = `${UNRELATED_B}\n\n${COPIED}`;
    const pb = prepareText(b);
    expect(findSharedPassages(prepareText(a), pb)).toEqual(findSharedPassages(a, b));
    expect(findSharedPassages(a, pb)).toEqual(findSharedPassages(a, b));
  });
});
