// Document kinds of the genre: the title word printed on the document, and the code its number carries
// ("370-TB/TU": TB = thông báo). Folded (lower case, no diacritics) because rules match on fold(text).
import type { DocumentKind } from '../../document';

export interface KindEntry {
  kind: DocumentKind;
  /** Title word, folded: "thong bao". */
  word: string;
  /** Code in a document number, folded: "tb". */
  code: string;
}

export const DOCUMENT_KINDS: readonly KindEntry[] = [
  { kind: 'THONG_BAO', word: 'thong bao', code: 'tb' },
  { kind: 'CONG_VAN', word: 'cong van', code: 'cv' },
  { kind: 'CHI_THI', word: 'chi thi', code: 'ct' },
  { kind: 'KE_HOACH', word: 'ke hoach', code: 'kh' },
  { kind: 'QUYET_DINH', word: 'quyet dinh', code: 'qd' },
  { kind: 'CONG_DIEN', word: 'cong dien', code: 'cd' },
  { kind: 'NGHI_QUYET', word: 'nghi quyet', code: 'nq' },
  { kind: 'KET_LUAN', word: 'ket luan', code: 'kl' },
  { kind: 'HUONG_DAN', word: 'huong dan', code: 'hd' },
];

/** Other documents a directive cites by number but which are never directives of this genre themselves. */
export const OTHER_CITED_WORDS: readonly string[] = [
  'giay moi',
  'thong tu',
  'nghi dinh',
  'luat',
  'to trinh',
  'bao cao',
  'chuong trinh',
  'quy dinh',
  'quy che',
];

/**
 * Codes of issuing bodies in a number ("TB/TU": Tỉnh ủy). A number whose first code is an issuer, with no kind
 * code ("1234/UBND-VX"), is a công văn: that is how the state numbering rules write official letters.
 */
export const ISSUER_CODES: Readonly<Record<string, 'PARTY' | 'STEERING' | 'PEOPLES_COMMITTEE' | 'PEOPLES_COUNCIL'>> = {
  tu: 'PARTY',
  bcd: 'STEERING',
  ubnd: 'PEOPLES_COMMITTEE',
  hdnd: 'PEOPLES_COUNCIL',
};

export function kindByWord(folded: string): KindEntry | undefined {
  return DOCUMENT_KINDS.find((k) => folded === k.word);
}

export function kindByCode(foldedCode: string): KindEntry | undefined {
  return DOCUMENT_KINDS.find((k) => foldedCode === k.code);
}

/** Alternation of all title words, longest first, for use inside a RegExp on folded text. */
export const KIND_WORD_PATTERN = DOCUMENT_KINDS.map((k) => k.word)
  .sort((a, b) => b.length - a.length)
  .join('|');
