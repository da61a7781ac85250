import fc from 'fast-check';
import { analyse } from './analyse';
import { IngestionError } from './errors';
import { findTimeExpressions } from '../text/dates';
import { fold } from '../text/fold';

// No input may make extraction throw: a text is either analysed or refused with an IngestionError and its
// reason. Generated texts put the genre's dates, quarters, numbers and document numbers (with any digits,
// "quý IV/2681" and "ngày 31/2/0000" included) into a directive's frame.

const digits = (max: number) => fc.integer({ min: 0, max }).map(String);
const numberish = fc.oneof(digits(99999), fc.stringMatching(/^\d{1,3}(\.\d{3}){0,3}(,\d{1,2})?$/));
const date = fc.oneof(
  fc.tuple(digits(99), digits(99), digits(99999)).map(([d, m, y]) => `ngày ${d}/${m}/${y}`),
  fc.tuple(digits(99), digits(99), digits(99999)).map(([d, m, y]) => `${d} tháng ${m} năm ${y}`),
  fc.tuple(fc.constantFrom('I', 'II', 'III', 'IV', 'V', '0', '4', '9'), digits(99999)).map(([q, y]) => `quý ${q}/${y}`),
  fc.tuple(digits(99), digits(99999)).map(([m, y]) => `tháng ${m}/${y}`),
  fc.tuple(fc.constantFrom('đầu', 'cuối'), digits(99999)).map(([h, y]) => `6 tháng ${h} năm ${y}`),
  digits(99999).map((y) => `cuối năm ${y}`),
  fc.tuple(digits(99), digits(99)).map(([h, d]) => `từ ${h} giờ ngày ${d}/${d}`),
);
const documentNumber = fc.tuple(digits(99999), fc.constantFrom('CT-TTg', 'TB/TU', 'NQ-CP', 'CĐ-TTg', 'KH-UBND', '2021/QĐ-UBND', '')).map(([n, s]) => `số ${n}/${s}`);
const words = fc.constantFrom('xét nghiệm', 'mẫu đơn/ngày', 'không quá', 'người', '%', 'trong thời gian', 'ngày', 'kể từ', 'đến hết', 'phấn đấu đạt', 'tiêm', 'mũi', ';', ',', '.', '\n', '1.', '-', '“5K”');
const fragment = fc.oneof(date, documentNumber, numberish, words, fc.string({ maxLength: 8 }));
const body = fc.array(fragment, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' '));

const frame = (text: string, dateline: string) =>
  `UBND TỈNH NINH BÌNH\nSố: 12/TB-UBND\n\nNinh Bình, ${dateline}\n\nTHÔNG BÁO\n\nỦy ban nhân dân tỉnh yêu cầu:\n1. ${text}\n2. ${text}\n\nNơi nhận:\n- Lưu: VT.\n`;

function analyses(text: string): boolean {
  try {
    analyse(text);
    return true;
  } catch (error) {
    if (error instanceof IngestionError) return true;
    throw error;
  }
}

describe('extraction on generated texts', () => {
  it('never throws on the time expressions of any year', () => {
    fc.assert(
      fc.property(date, fc.option(fc.integer({ min: 0, max: 99999 }), { nil: null }), (text, year) => {
        for (const t of findTimeExpressions(fold(text), year)) expect(t.first <= t.last).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('analyses or refuses, never throws, whatever the body and dateline hold', () => {
    fc.assert(fc.property(body, date, (text, dateline) => analyses(frame(text, dateline))), { numRuns: 300 });
  });

  it('analyses or refuses bare fragments without a frame', () => {
    fc.assert(fc.property(body, (text) => analyses(text)), { numRuns: 300 });
  });
});
