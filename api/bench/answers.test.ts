import { answerShapes, assertSameAnswers, bag, differences, line } from './answers';

// The three systems answer one read in three shapes; normalised, equal data must compare equal, and any
// difference must be named before a single request is timed.

const province = { code: 'VN-21', name: 'Thanh Hóa' };
const targets = [
  { metric: 'RT_PCR_SINGLE_SAMPLES', value: 8000, unit: 'SAMPLES_PER_DAY', quote: '8.000 mẫu đơn/ngày' },
  { metric: 'RT_PCR_POOLED_SAMPLES', value: 80000, unit: 'SAMPLES_PER_DAY', quote: '80.000 mẫu gộp/ngày' },
];
const directive = { number: '402-CV/TU', kind: 'CONG_VAN', issuedOn: '2021-09-30' };

const platformByNumber = {
  directive: {
    id: 'RGlyZWN0aXZlOjg=', ...directive, province, renditions: [{ format: 'MARKDOWN', quality: 1 }],
    targets: targets.map(({ quote, ...t }) => ({ ...t, citation: { quote } })),
  },
};
const peerByNumber = {
  allDirectives: {
    nodes: [{
      id: 'WyJEaXJlY3RpdmUiLDhd', ...directive, provinceByProvinceCode: province,
      renditionsByDirectiveId: { nodes: [{ format: 'MARKDOWN', quality: 1.0 }] },
      // Another order: the order of a directive's facts is no part of the answer.
      targetsByDirectiveId: { nodes: [...targets].reverse() },
    }],
  },
};
const floorByNumber = { id: 8, ...directive, province, renditions: [{ format: 'MARKDOWN', quality: 1 }], targets };

describe('answer normalisation', () => {
  const shapes = answerShapes.byNumberRenditions;

  it('reads the same directive out of the platform, PostGraphile and the floor as one value', () => {
    const values = [shapes.platform(platformByNumber), shapes.peer(peerByNumber), shapes.floor(floorByNumber)];
    expect(values[1]).toEqual(values[0]);
    expect(values[2]).toEqual(values[0]);
    expect(() => assertSameAnswers('by-number-renditions', values.map((value, i) => ({ system: `s${i}`, value })))).not.toThrow();
  });

  it('keeps the order of a page and of the first 100 targets', () => {
    const edge = (number: string) => ({ node: { metric: 'M', value: 1, unit: 'U', citation: { quote: 'q' }, directive: { number, issuedOn: null } } });
    const a = answerShapes.testingTargets.platform({ targets: { edges: [edge('1'), edge('2')] } });
    const b = answerShapes.testingTargets.platform({ targets: { edges: [edge('2'), edge('1')] } });
    expect(differences(a, b)).toHaveLength(2);
  });

  it('reads a page of the floor (edges of plain objects) as the platform page (edges of nodes)', () => {
    const mention = { quoted: true, citation: { quote: '5K', start: 3, end: 5 } };
    const node = {
      ...directive, datedOn: '2021-09-30', province,
      targets: [{ metric: 'M', value: 2, unit: 'U', citation: { quote: 'q', start: 0, end: 1 } }],
      slogans: [{ canonical: '5K', kind: 'MOTTO' }],
      sloganMentions: [mention, mention],
    };
    const platform = answerShapes.page.platform({ directives: { pageInfo: { hasNextPage: true }, edges: [{ node }] } });
    const floor = answerShapes.page.floor({ hasNextPage: true, edges: [node] });
    const peer = answerShapes.page.peer({
      allDirectives: {
        pageInfo: { hasNextPage: true },
        nodes: [{
          ...directive, datedOn: '2021-09-30', provinceByProvinceCode: province,
          targetsByDirectiveId: { nodes: [{ metric: 'M', value: 2, unit: 'U', quote: 'q', startOffset: 0, endOffset: 1 }] },
          // Each mention names its slogan: twice the same slogan is one slogan.
          sloganMentionsByDirectiveId: { nodes: [1, 2].map(() => ({ quoted: true, quote: '5K', startOffset: 3, endOffset: 5, sloganBySloganId: { canonical: '5K', kind: 'MOTTO' } })) },
        }],
      },
    });
    expect(floor).toEqual(platform);
    expect(peer).toEqual(platform);
  });
});

describe('assertSameAnswers', () => {
  const value = answerShapes.byNumberRenditions.platform(platformByNumber);

  it('names the read, both systems and the field that differs', () => {
    const changed = { ...floorByNumber, renditions: [{ format: 'MARKDOWN', quality: 0.5 }] };
    expect(() =>
      assertSameAnswers('by-number-renditions', [
        { system: 'the platform', value },
        { system: 'the floor', value: answerShapes.byNumberRenditions.floor(changed) },
      ]),
    ).toThrow(/by-number-renditions: the platform and the floor answer different values:\n {2}renditions\[0\]: "format=\\"MARKDOWN\\" quality=1" against "format=\\"MARKDOWN\\" quality=0.5"/);
  });

  it('names a fact one answer lacks', () => {
    const fewer = { ...floorByNumber, targets: targets.slice(0, 1) };
    expect(() =>
      assertSameAnswers('by-number-renditions', [
        { system: 'the platform', value },
        { system: 'PostGraphile', value: answerShapes.byNumberRenditions.floor(fewer) },
      ]),
    ).toThrow(/targets: 2 items against 1[\s\S]*targets: only in the first: .*80\.000 mẫu gộp/);
  });

  it('refuses an empty answer: equal nothing proves nothing', () => {
    expect(() => assertSameAnswers('targets-2-testing', [{ system: 'the platform', value: [] }, { system: 'the floor', value: [] }])).toThrow(/answered nothing/);
  });
});

describe('line and bag', () => {
  it('writes numbers by value and keeps duplicates', () => {
    expect(line({ value: 8000.0, unit: 'U', note: null })).toBe('value=8000 unit="U" note=null');
    expect(bag([{ a: 2 }, { a: 1 }, { a: 2 }], (x) => x)).toEqual(['a=1', 'a=2', 'a=2']);
  });
});
