import { analyse } from '../ingestion/analyse';
import { loadProvinces } from '../reference/provinces';
import { corpusDocuments, generateDocument, laneOf, seedDocuments } from './generate';

// The synthetic corpus is only worth benchmarking if the real pipeline reads it as it reads the seeds:
// every province gets directives, each document is recognised as written for its province, numbered, and
// yields facts; and a size always means the same documents.

describe('generateDocument', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDocument(7)).toEqual(generateDocument(7));
    expect(generateDocument(7, 1).text).not.toBe(generateDocument(7, 2).text);
    expect(generateDocument(7).text).not.toBe(generateDocument(8).text);
  });

  it('gives every one of the 63 provinces a directive within the first 63 documents, read back by the pipeline', () => {
    const docs = Array.from({ length: 63 }, (_, i) => generateDocument(i));
    expect(new Set(docs.map((d) => d.province)).size).toBe(63);
    expect(new Set(docs.map((d) => d.province))).toEqual(new Set(loadProvinces().map((p) => p.code)));
    const analysed = docs.map((d) => analyse(d.text));
    expect(analysed.map((a) => a.metadata.province.value?.code)).toEqual(docs.map((d) => d.province));
    // Numbered from 1000 on by position; a few are left without a number, as some real notices are.
    const numbered = analysed.filter((a, i) => a.metadata.number.value?.startsWith(`${1000 + i}-`));
    expect(numbered.length).toBeGreaterThan(50);
    expect(analysed.every((a) => a.facts.measures.length > 0)).toBe(true);
    expect(analysed.filter((a) => a.facts.targets.length > 0).length).toBeGreaterThan(20);
  });

  it('moves the seed text to the new province: the seeds\' provinces are no longer named', () => {
    const doc = generateDocument(0); // Lai Châu's turn (VN-01)
    expect(doc.province).toBe('VN-01');
    expect(doc.text).toMatch(/TỈNH ỦY LAI CHÂU/u);
    expect(doc.text).not.toMatch(/Quảng Ninh|Thanh Hóa/u);
  });
});

describe('corpusDocuments', () => {
  it('is the seeds, then generated documents, `size` in all', () => {
    const docs = [...corpusDocuments(12)];
    expect(docs).toHaveLength(12);
    expect(docs.slice(0, seedDocuments().length)).toEqual(seedDocuments());
    expect(docs[seedDocuments().length]).toEqual(generateDocument(0));
  });
});

describe('laneOf', () => {
  it('puts all documents of a province in one lane, and the seeds with their provinces in lane 0', () => {
    const docs = [...corpusDocuments(200)];
    for (const doc of docs) {
      if (doc.province === null || doc.province === 'VN-13' || doc.province === 'VN-21') expect(laneOf(doc, 3)).toBe(0);
    }
    const laneByProvince = new Map<string, number>();
    for (const doc of docs.filter((d) => d.province)) {
      const lane = laneOf(doc, 3);
      expect(laneByProvince.get(doc.province!) ?? lane).toBe(lane);
      laneByProvince.set(doc.province!, lane);
    }
    expect(new Set(laneByProvince.values())).toEqual(new Set([0, 1, 2]));
  });
});
