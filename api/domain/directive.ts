// A directive's metadata: the kinds of documents and issuers, and the shape of what a rendition says about
// the directive it is a text of (number, kind, province, issuer, dates, signer...). Any field may be unknown.
import { vocabulary, type CodeOf } from './vocabulary';

// The kinds a directive can be. The words and number symbols that name each kind (and the kinds of the
// other documents directives cite: decrees, invitations...) are in seeds/lexicons/document-kinds.json.
export const DOCUMENT_KIND = vocabulary('DocumentKind', 'The kind of administrative document, as Vietnamese practice names it.', {
  THONG_BAO: "Thông báo: a notice, often of a meeting's conclusions.",
  CONG_VAN: 'Công văn: an official letter.',
  CHI_THI: 'Chỉ thị: a directive.',
  KE_HOACH: 'Kế hoạch: a plan.',
  QUYET_DINH: 'Quyết định: a decision.',
  CONG_DIEN: 'Công điện: an urgent dispatch.',
  NGHI_QUYET: 'Nghị quyết: a resolution.',
  KET_LUAN: 'Kết luận: conclusions.',
  HUONG_DAN: 'Hướng dẫn: guidance.',
  THONG_CAO_BAO_CHI: 'Thông cáo báo chí: a press release; its figures report what happened, they set no targets.',
  KICH_BAN: 'Kịch bản: a response scenario, what is done at each stage of an outbreak.',
  PHUONG_AN: 'Phương án: an operational plan.',
});
export type DocumentKind = CodeOf<typeof DOCUMENT_KIND>;

/** The platform covers the COVID-19 epidemic: no directive about it was issued or met on before this day. */
export const EPIDEMIC_START = '2019-12-01';

export const ISSUER_KIND = vocabulary('IssuerKind', 'What sort of body issued a directive.', {
  PARTY_COMMITTEE: 'Party committee of a province, city or district (Tỉnh ủy, Thành ủy, Huyện ủy).',
  PARTY_STANDING_COMMITTEE: 'Its standing committee (Ban Thường vụ).',
  STEERING_COMMITTEE: 'COVID-19 prevention steering committee (Ban Chỉ đạo).',
  PEOPLES_COMMITTEE: "People's committee (Ủy ban nhân dân, UBND).",
  PEOPLES_COUNCIL: "People's council (Hội đồng nhân dân, HĐND).",
  OTHER: 'Any other body.',
});
export type IssuerKind = CodeOf<typeof ISSUER_KIND>;

export const ISSUER_LEVEL = vocabulary('IssuerLevel', 'The tier of local government a directive was issued at.', {
  PROVINCE: 'A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương).',
  DISTRICT: 'A district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh); its province is the one it belongs to.',
  COMMUNE: 'A commune-level unit (xã, phường, thị trấn); its district and province are the ones it belongs to.',
});
export type IssuerLevel = CodeOf<typeof ISSUER_LEVEL>;

/** The metadata fields of a directive that can be unknown; each null one has a reason (`missing`). */
export const DIRECTIVE_FIELD = vocabulary('DirectiveField', "A metadata field of Directive that can be unknown; the value is the field's name.", {
  number: 'The document number ("370-TB/TU").',
  kind: 'The kind of document.',
  province: 'The province it belongs to.',
  issuer: 'The body that issued it.',
  issuedOn: 'The day it was issued.',
  meetingOn: 'The day of the meeting it reports.',
  signer: 'Who signed it.',
  subject: 'Its subject line.',
});
export type DirectiveField = CodeOf<typeof DIRECTIVE_FIELD>;

/** A metadata value that may be unknown. Unknown is `value: null` with a reason, never a guess. */
export interface Known<T> {
  value: T | null;
  /** Why value is null; null when value is known. */
  reason: string | null;
  /** Span of CleanedText.text the value was read from, when it was read from one place. */
  start?: number;
  end?: number;
}

export interface IssuerRef {
  /** Canonical name with the place spelled out: "Tỉnh ủy Quảng Ninh", "Ủy ban nhân dân huyện Hoằng Hóa". */
  name: string;
  kind: IssuerKind;
  /** A province's body, a district's or a commune's. */
  level: IssuerLevel;
  /** For a district's body, or a commune's, the district as the 2021 gazetteer spells it ("Hoằng Hóa"), when the text names it. */
  district: string | null;
}

export interface ProvinceRef {
  /** ISO 3166-2 code, "VN-13". */
  code: string;
  /** True when the text does not state the province and it was inferred from what the text mentions. */
  inferred: boolean;
  /** Why we believe it: the words that name the province or places in it. */
  evidence: string;
}

export interface SignerRef {
  /** The name under the signature, as written: "Lại Thế Nguyên". */
  name: string;
  /** Position as printed above the name: "PHÓ BÍ THƯ THƯỜNG TRỰC". */
  title: string | null;
  /**
   * The authority line, when the signer signs for a body: "T/M BAN THƯỜNG VỤ", "T/L TRƯỞNG BAN CHỈ ĐẠO"; several
   * in turn joined by ", ": "T/M ỦY BAN NHÂN DÂN, K/T CHỦ TỊCH".
   */
  onBehalfOf: string | null;
  /** The name as the text prints it, when OCR damage was repaired ("gô Quang Hưng" for "Ngô Quang Hưng"). */
  printedName?: string;
}

export interface DirectiveMetadata {
  /** Normalised number, "370-TB/TU", "11-TB/BCĐ". */
  number: Known<string>;
  kind: Known<DocumentKind>;
  province: Known<ProvinceRef>;
  issuer: Known<IssuerRef>;
  /** ISO dates, "2021-09-28". */
  issuedOn: Known<string>;
  meetingOn: Known<string>;
  /** The earliest day it can have been issued: issuedOn when known, else the meeting it reports or the latest document it cites. */
  issuedFrom?: Known<string>;
  signer: Known<SignerRef>;
  /** The subject line (trích yếu), without a leading "V/v" or "về việc". */
  subject: Known<string>;
  /** Addressees (Kính gửi) and distribution list (Nơi nhận), archive lines left out. */
  recipients: string[];
}
