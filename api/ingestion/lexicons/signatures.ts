// seeds/lexicons/signatures.json: what a signature block holds. Family names (họ) decide whether a line is a
// person's name, compared without diacritics because OCR damages them (a name that folds to a common word,
// Bàn/ban, Đàng/đảng, is left out); titles let an OCR-damaged title ("HANH iVAN PHONG") be read.
import { readJson } from './reader';

export interface SignatureLexicon {
  surnames: string[];
  titles: string[];
}

export function loadSignatures(dir: string): SignatureLexicon {
  const r = readJson(dir, 'signatures.json');
  return { surnames: r.strings('surnames', { nonEmpty: true }), titles: r.strings('titles', { nonEmpty: true }) };
}
