// The shapes that flow through the ingestion pipeline, in the order they are produced:
// source text -> CleanedText -> ClauseSpan[] -> DirectiveMetadata (+ facts, see extract/) -> persisted.
// Everything here is plain data: no database, no GraphQL, so every stage can be tested on its own.

/** How a rendition reached us; decides which cleaning steps apply. */
export type RenditionFormat = 'OCR' | 'PORTAL' | 'MARKDOWN' | 'PLAIN';

/** Text after cleaning. Every offset stored anywhere in the platform points into `text`. */
export interface CleanedText {
  format: RenditionFormat;
  /** NFC, markdown marks and portal boilerplate removed, OCR line breaks joined; words as written. */
  text: string;
}

/** One numbered or bulleted unit of the directive's structure, as a span of CleanedText.text. */
export interface ClauseSpan {
  /** Position in document order, from 0. */
  ordinal: number;
  /** The marker as written, normalised: "1", "(2)", "-", "•". */
  label: string;
  /** 1 for top-level items ("1."), 2 for items nested in them ("(1)", "-"), and so on. */
  depth: number;
  /** Ordinal of the enclosing clause, or null at top level. */
  parentOrdinal: number | null;
  /** Span in CleanedText.text, end exclusive; covers the marker and the clause's own text. */
  start: number;
  end: number;
}

/** A metadata value that may be unknown. Unknown is `value: null` with a reason, never a guess. */
export interface Known<T> {
  value: T | null;
  /** Why value is null; null when value is known. */
  reason: string | null;
  /** Span of CleanedText.text the value was read from, when it was read from one place. */
  start?: number;
  end?: number;
}

export type DocumentKind =
  | 'THONG_BAO' // Thông báo (notice)
  | 'CONG_VAN' // Công văn (official letter)
  | 'CHI_THI' // Chỉ thị (directive)
  | 'KE_HOACH' // Kế hoạch (plan)
  | 'QUYET_DINH' // Quyết định (decision)
  | 'CONG_DIEN' // Công điện (urgent dispatch)
  | 'NGHI_QUYET' // Nghị quyết (resolution)
  | 'KET_LUAN' // Kết luận (conclusion)
  | 'HUONG_DAN'; // Hướng dẫn (guidance)

export type IssuerKind =
  | 'PARTY_COMMITTEE' // Tỉnh ủy / Thành ủy
  | 'PARTY_STANDING_COMMITTEE' // Ban Thường vụ Tỉnh ủy
  | 'STEERING_COMMITTEE' // Ban Chỉ đạo phòng, chống dịch
  | 'PEOPLES_COMMITTEE' // UBND
  | 'PEOPLES_COUNCIL' // HĐND
  | 'OTHER';

export interface IssuerRef {
  /** Canonical name with the province spelled out: "Tỉnh ủy Quảng Ninh". */
  name: string;
  kind: IssuerKind;
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
  /** The authority line, when the signer signs for a body: "T/M BAN THƯỜNG VỤ", "T/L TRƯỞNG BAN CHỈ ĐẠO". */
  onBehalfOf: string | null;
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
  signer: Known<SignerRef>;
  /** The subject line (trích yếu), without a leading "V/v" or "về việc". */
  subject: Known<string>;
  /** Addressees (Kính gửi) and distribution list (Nơi nhận), archive lines left out. */
  recipients: string[];
}
