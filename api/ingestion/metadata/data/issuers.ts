// Issuing bodies of the genre: how their names begin (folded) and which IssuerKind they are. A researcher can
// add a body here (e.g. a district committee) without touching the rules that use the list.
import type { IssuerKind } from '../../../domain/directive';

export type Body =
  | 'PARTY_COMMITTEE' // Tỉnh ủy / Thành ủy (and its Thường trực, which signs in its name)
  | 'PARTY_STANDING_COMMITTEE' // Ban Thường vụ Tỉnh ủy / Thành ủy
  | 'STEERING_COMMITTEE' // Ban Chỉ đạo phòng, chống dịch COVID-19
  | 'PEOPLES_COMMITTEE' // Ủy ban nhân dân (and its Chủ tịch)
  | 'PEOPLES_COUNCIL'; // Hội đồng nhân dân

export interface BodyPattern {
  body: Body;
  kind: IssuerKind;
  /** Matches at the start of a folded phrase. Group 1, when present, is "tinh"/"thanh" (province or city level). */
  pattern: RegExp;
}

// Order matters: the longer name first ("ban thuong vu tinh uy" before "tinh uy").
export const BODY_PATTERNS: readonly BodyPattern[] = [
  { body: 'PARTY_STANDING_COMMITTEE', kind: 'PARTY_STANDING_COMMITTEE', pattern: /^ban thuong vu\s+(tinh|thanh) uy\b/ },
  { body: 'PARTY_COMMITTEE', kind: 'PARTY_COMMITTEE', pattern: /^(?:thuong truc|van phong)\s+(tinh|thanh) uy\b/ },
  { body: 'PARTY_COMMITTEE', kind: 'PARTY_COMMITTEE', pattern: /^(tinh|thanh) uy\b/ },
  {
    body: 'STEERING_COMMITTEE',
    kind: 'STEERING_COMMITTEE',
    pattern: /^(?:thuong truc\s+)?ban chi dao\b[^.;:]{0,40}?\b(?:phong,?\s*chong dich|pcd|covid)/,
  },
  {
    body: 'PEOPLES_COMMITTEE',
    kind: 'PEOPLES_COMMITTEE',
    pattern: /^(?:chu tich\s+|van phong\s+)?(?:uy ban nhan dan|ubnd)\s+(tinh|thanh pho|tp)\b/,
  },
  { body: 'PEOPLES_COUNCIL', kind: 'PEOPLES_COUNCIL', pattern: /^(?:hoi dong nhan dan|hdnd)\s+(tinh|thanh pho|tp)\b/ },
];

/** The bodies as a signature's authority line names them: "T/M BAN THƯỜNG VỤ", "T/M ỦY BAN NHÂN DÂN". */
export const AUTHORITY_BODIES: readonly { body: Body; kind: IssuerKind; pattern: RegExp }[] = [
  { body: 'PARTY_STANDING_COMMITTEE', kind: 'PARTY_STANDING_COMMITTEE', pattern: /^ban thuong vu\b/ },
  { body: 'PARTY_COMMITTEE', kind: 'PARTY_COMMITTEE', pattern: /^(?:tinh|thanh) uy\b/ },
  { body: 'STEERING_COMMITTEE', kind: 'STEERING_COMMITTEE', pattern: /^(?:truong\s+)?ban chi dao\b/ },
  { body: 'PEOPLES_COMMITTEE', kind: 'PEOPLES_COMMITTEE', pattern: /^(?:uy ban nhan dan|ubnd)\b/ },
  { body: 'PEOPLES_COUNCIL', kind: 'PEOPLES_COUNCIL', pattern: /^(?:hoi dong nhan dan|hdnd)\b/ },
];

/** Verbs with which a body gives its instructions in the preamble: "Ban Thường vụ Tỉnh ủy yêu cầu:". */
export const INSTRUCTION_VERBS = /^(?:yeu cau|chi thi|de nghi|quyet dinh|thong bao|giao|chi dao|ket luan)\b/;
