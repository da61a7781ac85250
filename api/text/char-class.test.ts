import { countWordRuns, letterCase, wordRuns } from './char-class';

// The tables must answer exactly what the Unicode regexes they replace answer.
const SAMPLES = [
  'Số 402 - CV/TU ngày 30/9/2021: TỈNH ỦY THANH HÓA',
  'COVID-19, “5K + vắc xin”, mũi 2… Œ ß İ ǅ ǈ',
  'x\u0301 combining, 𝐀𝐁𝐂 astral letters, 😀 emoji, ① ² ٣ digits',
  '\ud800 lone high, lone low \udc00 end\ud83d',
  '',
];

describe('char-class', () => {
  it.each(SAMPLES)('finds the same word runs as /[\\p{L}\\p{N}]+/gu in %j', (text) => {
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], index: m.index }));
    expect(wordRuns(text)).toEqual(expected);
  });

  it.each(SAMPLES)('counts letters and capitals as /\\p{L}/gu does in %j', (text) => {
    const letters = text.match(/\p{L}/gu) ?? [];
    const upper = letters.filter((ch) => ch !== ch.toLowerCase() && ch === ch.toUpperCase()).length;
    expect(letterCase(text)).toEqual({ letters: letters.length, upper });
  });
});

describe('countWordRuns', () => {
  it.each(SAMPLES)('counts the runs /[\\p{L}\\p{N}]+/gu finds in %j', (text) => {
    expect(countWordRuns(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
  });
});
