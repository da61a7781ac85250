import type { Hit, TextView } from '../phrases/patterns';

// Lexicon phrases of two or more syllables match without diacritics, which forgives OCR losses but lets
// some pairs collide: "đóng cửa" (close) folds like "động của" ("hoạt động của mô hình"). A phrase marked
// exact keeps only the hits written with its own diacritics, or written without any (a text typed without
// diacritics still matches).

const SEP = /[\s\u00a0\-–—,]+/gu;
const MARKS = /[\u0300-\u036f]|[đĐ]/u;

function letters(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(SEP, ' ').trim();
}

export function exactHits(v: TextView, hits: Hit[], phrase: string): Hit[] {
  const want = letters(phrase);
  return hits.filter((h) => {
    const got = letters(v.lower.slice(h.start, h.end));
    return got === want || !MARKS.test(v.text.slice(h.start, h.end).normalize('NFD'));
  });
}
