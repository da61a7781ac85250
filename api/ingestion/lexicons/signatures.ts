// seeds/lexicons/signatures.json: what a signature block holds. Family names (họ) decide whether a line is a
// person's name, compared without diacritics because OCR damages them; a name that folds to a common word or
// another name (Bàn/ban, Quàng/Quang) is compared as written, marks and all; titles let an OCR-damaged title
// ("HANH iVAN PHONG") be read.
import { readJson } from './reader';

export interface SignatureLexicon {
  surnames: string[];
  /** Family names of the mountain peoples that fold to a common word or another name ("Bàn", "Hạng", "Tẩn"): matched with their marks only. */
  markedSurnames: string[];
  /**
   * The first word of a name of the Central Highlands' peoples, which opens with a man's or woman's marker
   * ("Y Thuận Byă", "H'Yim Kđoh", "K'Brăng Ha Thuyết") or a clan ("Rơ Châm Y Khuê", "Ksor Phước"): a name may
   * open with one as with a family name. Kept apart from the family names, which also end place names' bodies.
   */
  nameOpeners: string[];
  titles: string[];
  /** A police or army officer's rank printed before the name ("Thượng tá Bùi Đức Thắng"): no part of it. */
  ranks: string[];
}

export function loadSignatures(dir: string): SignatureLexicon {
  const r = readJson(dir, 'signatures.json');
  return {
    surnames: r.strings('surnames', { nonEmpty: true }),
    markedSurnames: r.strings('markedSurnames', { optional: true }),
    nameOpeners: r.strings('nameOpeners', { optional: true }),
    titles: r.strings('titles', { nonEmpty: true }),
    ranks: r.strings('ranks', { optional: true }),
  };
}
