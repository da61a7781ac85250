import { loadSeed } from './gold';
import { isKnownToken, renditionQuality, syllableKey } from './quality';

describe('renditionQuality', () => {
  it('scores the OCR of notice 370-TB/TU clearly below its portal text', () => {
    const ocr = renditionQuality(loadSeed('000_a3b2abe26640b73b').cleaned.text);
    const portal = renditionQuality(loadSeed('001_c0365480307932db').cleaned.text);
    expect(portal).toBeGreaterThan(0.99);
    expect(ocr).toBeLessThan(0.99);
    // The OCR has over ten times as many unknown tokens per token as the portal text.
    expect((1 - ocr) / (1 - portal)).toBeGreaterThan(10);
  });

  it('stays within [0, 1] and counts numbers, acronyms and loanwords as known', () => {
    expect(renditionQuality('')).toBe(1);
    expect(renditionQuality('xét nghiệm RT-PCR 15.000 mẫu, quét mã QR code, COVID-19, UBND')).toBe(1);
    expect(renditionQuality('COYID Tửứi bừih kinli địnli')).toBe(0);
    expect(renditionQuality('quy địnli')).toBe(0.5);
  });

  it('ignores where the tone mark sits and the i/y spelling of final vowels', () => {
    expect(syllableKey('hòa')).toBe(syllableKey('hoà'));
    expect(isKnownToken('hòa')).toBe(true);
    expect(isKnownToken('thủy')).toBe(true);
    expect(isKnownToken('sỹ')).toBe(true);
    expect(isKnownToken('Quảng')).toBe(true);
    expect(isKnownToken('TửứI')).toBe(false);
  });
});
