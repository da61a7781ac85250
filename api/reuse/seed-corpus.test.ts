// The seed corpus, cleaned the way ingestion cleans it: Thanh Hóa 402-CV/TU (004) repeats much of
// Quảng Ninh 370-TB/TU (001 portal text, 000 OCR scan of the same notice); Quảng Ninh 11-TB/BCĐ (002)
// and the December 2020 letter (003) are other directives of the same genre.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../repo-root';
import { clean } from '../ingestion/clean';
import { fold } from '../text/fold';
import { coverage } from './coverage';
import { findSharedPassages, type SharedPassage } from './find-shared-passages';
import { passageSpans, type Span } from './passages';
import { prepareText } from './prepare';

const FILES = {
  ocr370: '000_a3b2abe26640b73b.txt',
  portal370: '001_c0365480307932db.txt',
  bcd11: '002_d1e89d2762b589d6.txt',
  letter2020: '003_f66ca6d4ce58e4a8.txt',
  thanhHoa402: '004_218e12ecb44d83c2.txt',
} as const;

// clean() belongs to ingestion; if it is missing or throws, a minimal normalisation keeps these tests
// about reuse rather than about cleaning.
function cleaned(file: string): string {
  const source = fs.readFileSync(path.join(repoRoot(), 'seeds', 'corpus', file), 'utf8');
  try {
    const text = clean(source).text;
    if (text.trim().length > 0) return text;
  } catch {
    // fall through
  }
  return source.normalize('NFC').replace(/\*\*/g, '').replace(/#/g, '');
}

const text = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, cleaned(f)])) as Record<keyof typeof FILES, string>;

function slice(t: string, s: Span): string {
  return t.slice(s.start, s.end);
}

/** The passage whose spans both contain `phrase` (compared folded: case and diacritics aside). */
function passageWith(passages: SharedPassage[], a: string, b: string, phrase: string): SharedPassage | undefined {
  const p = fold(phrase);
  return passages.find((x) => fold(slice(a, x.a)).includes(p) && fold(slice(b, x.b)).includes(p));
}

function expectRealSpans(passages: SharedPassage[], a: string, b: string): void {
  for (const side of ['a', 'b'] as const) {
    const t = side === 'a' ? a : b;
    const spans = passages.map((p) => p[side]).sort((x, y) => x.start - y.start);
    spans.forEach((s, k) => {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(t.length);
      expect(s.end).toBeGreaterThan(s.start);
      expect(slice(t, s).trim()).toBe(slice(t, s));
      if (k > 0) expect(s.start).toBeGreaterThanOrEqual(spans[k - 1].end); // no unit used twice
    });
  }
  for (const p of passages) {
    expect(p.similarity).toBeGreaterThanOrEqual(0.7);
    expect(p.similarity).toBeLessThanOrEqual(1);
    expect(p.words).toBeGreaterThanOrEqual(8);
  }
}

describe('passageSpans on the seed corpus', () => {
  it.each(Object.keys(FILES))('cuts %s into trimmed, ordered units that cover every word', (key) => {
    const t = text[key as keyof typeof FILES];
    const spans = passageSpans(t);
    expect(spans.length).toBeGreaterThan(10);
    let covered = '';
    spans.forEach((s, k) => {
      expect(slice(t, s).trim()).toBe(slice(t, s));
      if (k > 0) expect(s.start).toBeGreaterThan(spans[k - 1].end);
      covered += slice(t, s) + ' ';
    });
    const words = (x: string) => x.match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(words(covered)).toEqual(words(t));
  });
});

describe('findSharedPassages on the seed corpus', () => {
  const thanhHoa = text.thanhHoa402;
  const quangNinh = text.portal370;
  const shared = findSharedPassages(thanhHoa, quangNinh);

  it('finds at least 8 passages Thanh Hóa 402-CV/TU repeats from Quảng Ninh 370-TB/TU', () => {
    expect(shared.length).toBeGreaterThanOrEqual(8);
    expectRealSpans(shared, thanhHoa, quangNinh);
  });

  it.each([
    ['point 1', 'Tập trung chuẩn bị kỹ lưỡng các điều kiện bảo đảm chuyển trạng thái'],
    ['point 2', 'mục tiêu xuyên suốt là bảo vệ sức khỏe, tính mạng Nhân dân'],
    ['point 2, second sentence', 'củng cố toàn diện về năng lực lãnh đạo, chỉ đạo, điều hành'],
    ['point 3', 'củng cố, nâng cao năng lực y tế, trong đó đề cao vai trò của y tế cơ sở'],
    ['point 3, testing capacity (rewritten targets)', 'năng lực xét nghiệm RT-PCR tại'],
    ['daily risk assessment', 'Hằng ngày, Bí thư cấp ủy, Chủ tịch UBND cấp huyện phải đánh giá'],
    ['review of testing', 'Ngành Y tế khẩn trương rà soát lại việc xét nghiệm'],
    ['entry of experts', 'Sở Ngoại vụ chủ động phối hợp chặt chẽ với các cơ quan liên quan'],
    ['entry of experts', 'giải quyết thuận lợi việc nhập cảnh đối với các chuyên gia'],
    ['QR codes', 'Đẩy mạnh việc thiết lập các điểm kiểm soát dịch bằng mã QR'],
    ['transport', 'Thực hiện tốt công tác vận tải, đảm bảo lưu thông hàng hóa thông suốt'],
    ['businesses', 'tiếp tục đồng hành cùng doanh nghiệp'],
    ['social security', 'hiệu quả công tác an sinh xã hội'],
  ])('finds the %s passage in both texts ("%s")', (_, phrase) => {
    expect(passageWith(shared, thanhHoa, quangNinh, phrase)).toBeDefined();
  });

  it('scores the near-identical "Hằng ngày, Bí thư cấp ủy..." paragraph above 0.8', () => {
    const p = passageWith(shared, thanhHoa, quangNinh, 'Hằng ngày, Bí thư cấp ủy, Chủ tịch UBND cấp huyện');
    expect(p?.similarity).toBeGreaterThan(0.8);
    // Thanh Hóa adds "tuyệt đối không để dịch lây lan ra địa bàn", so not 1.
    expect(p?.similarity).toBeLessThan(1);
  });

  it('keeps a copied paragraph whole when one of its sentences was rewritten', () => {
    // Point 3 ends with new targets: "13/13 địa phương ... 15.000 mẫu đơn" vs "các địa phương, đơn vị đã
    // được trang bị máy xét nghiệm ... 8.000 mẫu đơn": below the seed threshold alone, kept beside the rest.
    const p = passageWith(shared, thanhHoa, quangNinh, 'nâng cao năng lực y tế');
    expect(slice(thanhHoa, p!.a)).toMatch(/80\.000 mẫu gộp\/ngày khi có tình huống xảy ra\.$/);
    expect(slice(quangNinh, p!.b)).toMatch(/75\.000 mẫu gộp 5\/ngày\.$/);
  });

  it('gives the same passages, sides swapped, when the texts are swapped', () => {
    const swapped = findSharedPassages(quangNinh, thanhHoa)
      .map((p) => ({ a: p.b, b: p.a, similarity: p.similarity, words: p.words }))
      .sort((x, y) => x.a.start - y.a.start);
    expect(swapped).toEqual(shared);
  });

  it('finds the same reuse in the OCR scan of 370-TB/TU', () => {
    const ocr = text.ocr370;
    const fromScan = findSharedPassages(thanhHoa, ocr);
    expect(fromScan.length).toBeGreaterThanOrEqual(8);
    expectRealSpans(fromScan, thanhHoa, ocr);
    expect(passageWith(fromScan, thanhHoa, ocr, 'Hằng ngày, Bí thư cấp ủy')?.similarity).toBeGreaterThan(0.8);
  });

  it('sees the OCR scan and the portal article as one text', () => {
    const same = findSharedPassages(text.ocr370, quangNinh);
    expect(coverage(same, text.ocr370.length, 'a')).toBeGreaterThan(0.9);
    expect(coverage(same, quangNinh.length, 'b')).toBeGreaterThan(0.9);
  });

  it('finds a single short passage between 11-TB/BCĐ and 402-CV/TU', () => {
    const p = findSharedPassages(text.bcd11, thanhHoa);
    expectRealSpans(p, text.bcd11, thanhHoa);
    expect(p).toHaveLength(1);
    expect(p[0].words).toBeLessThan(40);
    expect(fold(slice(text.bcd11, p[0].a))).toContain(fold('biểu hiện lơ là, chủ quan, mất cảnh giác'));
    expect(fold(slice(thanhHoa, p[0].b))).toContain(fold('biểu hiện lơ là, chủ quan, mất cảnh giác'));
  });

  it('finds nothing shared between the December 2020 letter and 402-CV/TU', () => {
    expect(findSharedPassages(text.letter2020, thanhHoa)).toEqual([]);
  });

  it('compares a prepared directive with others in a few milliseconds', () => {
    const a = prepareText(thanhHoa);
    const b = prepareText(quangNinh);
    expect(findSharedPassages(a, b)).toEqual(shared);
    for (let k = 0; k < 100; k++) findSharedPassages(a, b); // warm up
    const rounds = 100;
    const started = process.hrtime.bigint();
    for (let k = 0; k < rounds; k++) findSharedPassages(a, b);
    const ms = Number(process.hrtime.bigint() - started) / 1e6 / rounds;
    console.log(`findSharedPassages(004, 001), prepared: ${ms.toFixed(2)} ms per comparison`);
    // Generous bound: the machine is shared; the measured figure is printed above.
    expect(ms).toBeLessThan(25);
  });
});
