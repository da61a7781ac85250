import { passageSpans, type Span } from './passages';

const texts = (t: string, spans: Span[]) => spans.map((s) => t.slice(s.start, s.end));
const words = (n: number, w = 'chữ') => Array.from({ length: n }, () => w).join(' ');

describe('passageSpans', () => {
  it('returns paragraphs separated by blank lines, trimmed of whitespace', () => {
    const t = '  Đoạn thứ nhất.  \n\n\n  Đoạn thứ hai\n   \n\tĐoạn ba \n';
    expect(texts(t, passageSpans(t))).toEqual(['Đoạn thứ nhất.', 'Đoạn thứ hai', 'Đoạn ba']);
  });

  it('keeps a short paragraph whole even when it has several sentences', () => {
    const t = 'Câu một ngắn. Câu hai cũng ngắn; vế ba.';
    expect(texts(t, passageSpans(t))).toEqual([t]);
  });

  it('cuts a long paragraph at sentence ends and semicolons into parts of at least 12 words', () => {
    const s1 = `Một ${words(14)}.`;
    const s2 = `Hai ${words(13)};`;
    const s3 = `ba ${words(12)}.`;
    const t = `${s1} ${s2} ${s3}`;
    expect(texts(t, passageSpans(t))).toEqual([s1, s2, s3]);
  });

  it('joins a short clause to the next one, and a short tail to the one before', () => {
    const t = `1. Mở đầu ngắn; ${words(15)}. Câu ${words(20)}; đuôi ngắn.`;
    expect(texts(t, passageSpans(t))).toEqual([`1. Mở đầu ngắn; ${words(15)}.`, `Câu ${words(20)}; đuôi ngắn.`]);
  });

  it('does not end a sentence inside "8.000" or at "…" followed by a lower-case word', () => {
    const t = `Phấn đấu đạt 8.000 mẫu đơn/ngày ${words(12)} lĩnh vực… để ${words(12)}. Câu sau ${words(12)}.`;
    const spans = texts(t, passageSpans(t));
    expect(spans).toHaveLength(2);
    expect(spans[0]).toMatch(/^Phấn đấu đạt 8\.000 .* lĩnh vực… để .*\.$/);
  });

  it('cuts list lines of a long paragraph apart', () => {
    const t = `- Sở Y tế ${words(12)},\n- Sở Công Thương ${words(12)},\n- Sở Tài chính ${words(12)}.`;
    expect(passageSpans(t)).toHaveLength(3);
  });

  it('cuts an unpunctuated run of words into windows rather than one huge unit', () => {
    const t = words(250);
    const spans = texts(t, passageSpans(t));
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) expect(s.split(' ').length).toBeLessThanOrEqual(100);
    expect(spans.join(' ')).toBe(t);
  });

  it('returns nothing for an empty or blank text', () => {
    expect(passageSpans('')).toEqual([]);
    expect(passageSpans(' \n\n \n')).toEqual([]);
  });
});
