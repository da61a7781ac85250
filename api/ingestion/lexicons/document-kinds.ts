// seeds/lexicons/document-kinds.json: the words and number symbols of every kind of document, the kinds a
// directive can be (DOCUMENT_KIND) and the kinds only cited (decrees, invitations...), and the issuer codes a
// number carries ("TB/TU": TU is a party committee).
import { DOCUMENT_KIND, ISSUER_KIND, type DocumentKind, type IssuerKind } from '../../domain/directive';
import { isCode } from '../../domain/vocabulary';
import { fold } from '../../text/fold';
import { foldedAlternation } from '../../text/regexp';
import { normaliseDocumentNumber } from '../../text/document-number';
import { CODE, readJson } from './reader';

export interface DocumentKindEntry {
  code: string;
  label: string;
  /** True for the kinds a directive can be; their codes are DOCUMENT_KIND's. */
  directive: boolean;
  words: string[];
  /**
   * Events a reprint reports whose summary is a text of this kind: a press conference ("họp báo") is the
   * committee's press release ("Chiều 13/9, Ban Chỉ đạo tỉnh tổ chức họp báo ...").
   */
  events: string[];
  /** Symbols as the lexicon spells them: the canonical spelling ("CĐ", also read when printed "CD"). */
  symbols: string[];
}

export interface IssuerSymbol {
  symbol: string;
  body: IssuerKind;
}

export interface DocumentKindLexicon {
  kinds: DocumentKindEntry[];
  issuerSymbols: IssuerSymbol[];
  /** Urgency marks between a kind word and its number: "Công văn khẩn số 1052/UBND-VX", "Công điện hỏa tốc". */
  urgencies: string[];
  /** Words that say what a document does, between its kind word and number: "văn bản chỉ đạo số 1892/UBND-VP". */
  qualifiers: string[];
  /**
   * Labels of a document's record printed above its text by a document portal or a law library ("Ký hiệu:",
   * "Ngày ban hành:", "Loại văn bản:"), and of a forwarding e-mail's subject ("Subject:"), which names it.
   */
  recordFields: Record<RecordFieldName, string[]>;
  /** What a mail client puts before a forwarded or answered subject ("Fwd:", "Re:", "TL:"). */
  mailPrefixes: string[];
  /**
   * Words before a document's kind in a title that presents it, a briefing's slide or a retelling's headline
   * ("QUÁN TRIỆT CHỈ THỊ SỐ 12-CT/TU ...", "Triển khai Kế hoạch số ..."): the title still numbers the text.
   */
  titleLeads: string[];
  /** Kind words any document may be called by ("văn bản số 3702/QĐ-BYT"): its number's kind code wins over them. */
  genericWords: string[];
  /**
   * What else a number "số 02/GĐĐ-CA" may be given to without a kind word: a form, a checkpoint, a team, a
   * certificate ("Mẫu số 02/GĐĐ-CA", "chốt kiểm dịch số 4/QL37", "Tổ COVID cộng đồng số 3/KP5"). No document.
   */
  notDocumentNouns: string[];
}

/** Fields of a record; the issuing body and summary are read only to end the field before them on a run-on line. */
export const RECORD_FIELD_NAMES = ['number', 'kind', 'issuedOn', 'mailSubject', 'issuingBody', 'summary'] as const;
export type RecordFieldName = (typeof RECORD_FIELD_NAMES)[number];

export function loadDocumentKinds(dir: string): DocumentKindLexicon {
  const r = readJson(dir, 'document-kinds.json');
  const kinds = r.entries('kinds').map((e) => {
    const code = e.str('code');
    if (!CODE.test(code)) e.fail('code', 'must be an upper-case code such as CONG_DIEN');
    const directive = e.bool('directive', false);
    if (directive && !isCode(DOCUMENT_KIND, code)) e.fail('code', `of a directive kind must be one of ${DOCUMENT_KIND.codes.join(', ')}`);
    return { code, label: e.str('label'), directive, words: e.strings('words', { nonEmpty: true }), events: e.strings('events', { optional: true }), symbols: e.strings('symbols') };
  });
  const missing = DOCUMENT_KIND.codes.filter((c) => !kinds.some((k) => k.directive && k.code === c));
  if (missing.length > 0) r.fail('kinds', `must list every directive kind with "directive": true; missing ${missing.join(', ')}`);
  const issuerSymbols = r.entries('issuerSymbols').map((e) => ({ symbol: e.str('symbol'), body: e.oneOf('body', ISSUER_KIND.codes) }));
  const fields = r.has('recordFields') ? r.nested('recordFields') : null;
  const recordFields = Object.fromEntries(RECORD_FIELD_NAMES.map((name) => [name, fields?.strings(name, { optional: true }) ?? []])) as Record<RecordFieldName, string[]>;
  return {
    kinds,
    issuerSymbols,
    urgencies: r.strings('urgencies', { optional: true }),
    qualifiers: r.strings('qualifiers', { optional: true }),
    recordFields,
    mailPrefixes: r.strings('mailPrefixes', { optional: true }),
    titleLeads: r.strings('titleLeads', { optional: true }),
    genericWords: r.strings('genericWords', { optional: true }),
    notDocumentNouns: r.strings('notDocumentNouns', { optional: true }),
  };
}

/** What a number's symbols say: "370-TB/TU" is a notice of a party committee; "1234/UBND-VX" a letter. */
export interface NumberSymbols {
  kind: DocumentKindEntry | undefined;
  issuer: IssuerKind | undefined;
  /** The symbol that names the issuer, folded ("ubnd" of "120/KH-UBND"): two numbers with one come from one kind of body. */
  issuerSymbol: string | undefined;
  /** An issuer code where the kind code would be ("1234/UBND-VX"): how official letters are numbered. */
  letterWithoutKindCode: boolean;
}

interface Index {
  kindBySymbol: Map<string, DocumentKindEntry>;
  kindByWord: Map<string, DocumentKindEntry>;
  issuerBySymbol: Map<string, IssuerKind>;
  spelling: Map<string, string>;
}

const indexes = new WeakMap<DocumentKindLexicon, Index>();

function index(lex: DocumentKindLexicon): Index {
  let i = indexes.get(lex);
  if (!i) {
    i = { kindBySymbol: new Map(), kindByWord: new Map(), issuerBySymbol: new Map(), spelling: new Map() };
    for (const k of lex.kinds) {
      for (const s of k.symbols) i.kindBySymbol.set(fold(s), k);
      for (const w of k.words) i.kindByWord.set(fold(w), k);
    }
    for (const s of lex.issuerSymbols) i.issuerBySymbol.set(fold(s.symbol), s.body);
    for (const s of [...lex.kinds.flatMap((k) => k.symbols), ...lex.issuerSymbols.map((x) => x.symbol)]) i.spelling.set(fold(s), s);
    indexes.set(lex, i);
  }
  return i;
}

export function numberSymbols(lex: DocumentKindLexicon, symbols: readonly string[]): NumberSymbols {
  const i = index(lex);
  const kind = symbols.map((s) => i.kindBySymbol.get(fold(s))).find((k) => k !== undefined);
  const issuerSymbol = symbols.map((s) => fold(s)).find((s) => i.issuerBySymbol.has(s));
  const issuer = issuerSymbol === undefined ? undefined : i.issuerBySymbol.get(issuerSymbol);
  return { kind, issuer, issuerSymbol, letterWithoutKindCode: !kind && symbols.length > 0 && i.issuerBySymbol.has(fold(symbols[0])) };
}

/** The lexicon's spelling of a symbol printed without its diacritic ("CD" -> "CĐ"); others as printed. */
export function symbolSpeller(lex: DocumentKindLexicon): (symbol: string) => string {
  const i = index(lex);
  // VIQR writes Đ as "DD" ("BCDD"): read so when that gives a symbol the lexicon knows.
  return (symbol) =>
    symbol === symbol.toUpperCase() ? (i.spelling.get(fold(symbol)) ?? i.spelling.get(fold(symbol.replace(/DD/g, 'Đ'))) ?? symbol) : symbol;
}

/** The directive kind of an entry, or null for the kinds only cited (decrees, invitations...). */
export function directiveKind(entry: DocumentKindEntry | undefined): DocumentKind | null {
  return entry && entry.directive && isCode(DOCUMENT_KIND, entry.code) ? entry.code : null;
}

/** The kind a title or lead word names ("thông báo" -> THONG_BAO), among the directive kinds only. */
export function directiveKindByWord(lex: DocumentKindLexicon, word: string): DocumentKind | null {
  return directiveKind(kindByWord(lex, word));
}

/** The kind of any document a word names (directives and cited documents alike). */
export function kindByWord(lex: DocumentKindLexicon, word: string): DocumentKindEntry | undefined {
  return index(lex).kindByWord.get(fold(word).replace(/\s+/g, ' ').trim());
}

const patterns = new WeakMap<DocumentKindLexicon, { directive: string; all: string; urgency: string; qualifier: string; titleLead: string }>();

/**
 * Alternation of the kinds' words for patterns on folded text ("thong bao ket luan|thong bao|..."), longest
 * first; with `directiveOnly`, only the kinds a directive can be.
 */
export function kindWordsPattern(lex: DocumentKindLexicon, directiveOnly: boolean): string {
  let p = patterns.get(lex);
  if (!p) {
    const source = (kinds: DocumentKindEntry[]) => foldedAlternation(kinds.flatMap((k) => k.words));
    p = {
      directive: source(lex.kinds.filter((k) => k.directive)),
      all: source(lex.kinds),
      urgency: foldedAlternation(lex.urgencies),
      qualifier: foldedAlternation(lex.qualifiers),
      titleLead: foldedAlternation(lex.titleLeads, String.raw`[\s,]+`),
    };
    patterns.set(lex, p);
  }
  return directiveOnly ? p.directive : p.all;
}

/** Alternation of the urgency marks on folded text ("thuong khan|khan|hoa toc"); matches nothing if there are none. */
export function urgencyPattern(lex: DocumentKindLexicon): string {
  kindWordsPattern(lex, false);
  return patterns.get(lex)!.urgency || '(?!)';
}

/** Alternation of the qualifiers on folded text ("chi dao|huong dan|..."); matches nothing if there are none. */
export function qualifierPattern(lex: DocumentKindLexicon): string {
  kindWordsPattern(lex, false);
  return patterns.get(lex)!.qualifier || '(?!)';
}

const titles = new WeakMap<DocumentKindLexicon, RegExp>();

/**
 * A folded line that opens with a directive kind's word, as a title does ("CHỈ THỊ", "Công văn 212/UBND-VX
 * về ..."), also after the words of a title that presents the document ("QUÁN TRIỆT CHỈ THỊ SỐ 12-CT/TU").
 */
export function directiveTitle(lex: DocumentKindLexicon): RegExp {
  let t = titles.get(lex);
  if (!t) {
    t = new RegExp(`^(?:(?:${titleLeadPattern(lex)})[\\s,]+)?(?:${kindWordsPattern(lex, true)})\\b`);
    titles.set(lex, t);
  }
  return t;
}

/** Alternation of the title leads on folded text ("quan triet|trien khai"); matches nothing if there are none. */
export function titleLeadPattern(lex: DocumentKindLexicon): string {
  kindWordsPattern(lex, false);
  return patterns.get(lex)!.titleLead || '(?!)';
}

/** A document number as the platform stores it: "11 - TB/BCD" -> "11-TB/BCĐ" (see text/document-number). */
export function canonicalNumber(lex: DocumentKindLexicon, raw: string): string {
  return normaliseDocumentNumber(raw, symbolSpeller(lex));
}
