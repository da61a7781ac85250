import { snippetSegments } from './snippet';

const S = '\u0002';
const E = '\u0003';
const GAP = '\u0004';

describe('snippetSegments', () => {
  it('slices the original text, slashes included, and joins side-by-side matches', () => {
    // ts_headline ran on searchText(text), where "gộp/ngày" reads "gộp ngày".
    const text = 'Phấn đấu đạt 80.000 mẫu gộp/ngày khi có tình huống.';
    const headline = `đạt 80.000 ${S}mẫu${E} ${S}gộp${E} ngày khi có`;
    expect(snippetSegments(headline, text)).toEqual([
      { text: '… đạt 80.000 ', highlighted: false },
      { text: 'mẫu gộp', highlighted: true },
      { text: '/ngày khi có …', highlighted: false },
    ]);
  });

  it('puts an ellipsis where words are left out between fragments, none where nothing is', () => {
    const text = 'Một hai ba. Bốn năm sáu. Bảy tám chín.';
    expect(snippetSegments(`${S}Một${E} hai${GAP}Bảy ${S}tám${E} chín.`, text)).toEqual([
      { text: 'Một', highlighted: true },
      { text: ' hai … Bảy ', highlighted: false },
      { text: 'tám', highlighted: true },
      { text: ' chín.', highlighted: false },
    ]);
    expect(snippetSegments(`${S}Một${E} hai ba.${GAP}Bốn năm sáu. Bảy tám chín.`, text).map((s) => s.text).join('')).toBe(text);
  });
});
