import { registerEnumType } from 'type-graphql';

// The domain's closed vocabularies. The enum objects mirror the string unions of ingestion/document.ts
// and db/entities, so values stored in the database are served as they are.

export enum DocumentKindEnum {
  THONG_BAO = 'THONG_BAO',
  CONG_VAN = 'CONG_VAN',
  CHI_THI = 'CHI_THI',
  KE_HOACH = 'KE_HOACH',
  QUYET_DINH = 'QUYET_DINH',
  CONG_DIEN = 'CONG_DIEN',
  NGHI_QUYET = 'NGHI_QUYET',
  KET_LUAN = 'KET_LUAN',
  HUONG_DAN = 'HUONG_DAN',
}
registerEnumType(DocumentKindEnum, {
  name: 'DocumentKind',
  description: 'The kind of administrative document, as Vietnamese practice names it.',
  valuesConfig: {
    THONG_BAO: { description: 'Thông báo: a notice, often of a meeting\'s conclusions.' },
    CONG_VAN: { description: 'Công văn: an official letter.' },
    CHI_THI: { description: 'Chỉ thị: a directive.' },
    KE_HOACH: { description: 'Kế hoạch: a plan.' },
    QUYET_DINH: { description: 'Quyết định: a decision.' },
    CONG_DIEN: { description: 'Công điện: an urgent dispatch.' },
    NGHI_QUYET: { description: 'Nghị quyết: a resolution.' },
    KET_LUAN: { description: 'Kết luận: conclusions.' },
    HUONG_DAN: { description: 'Hướng dẫn: guidance.' },
  },
});

export enum IssuerKindEnum {
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  PARTY_STANDING_COMMITTEE = 'PARTY_STANDING_COMMITTEE',
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  PEOPLES_COUNCIL = 'PEOPLES_COUNCIL',
  OTHER = 'OTHER',
}
registerEnumType(IssuerKindEnum, {
  name: 'IssuerKind',
  description: 'What sort of body issued a directive.',
  valuesConfig: {
    PARTY_COMMITTEE: { description: 'Provincial or city party committee (Tỉnh ủy, Thành ủy).' },
    PARTY_STANDING_COMMITTEE: { description: 'Its standing committee (Ban Thường vụ).' },
    STEERING_COMMITTEE: { description: 'COVID-19 prevention steering committee (Ban Chỉ đạo).' },
    PEOPLES_COMMITTEE: { description: "People's committee (Ủy ban nhân dân, UBND)." },
    PEOPLES_COUNCIL: { description: "People's council (Hội đồng nhân dân, HĐND)." },
    OTHER: { description: 'Any other body.' },
  },
});

export enum ProvinceKindEnum {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
}
registerEnumType(ProvinceKindEnum, {
  name: 'ProvinceKind',
  description: 'Province-level units are provinces (tỉnh) or centrally-run cities (thành phố trực thuộc trung ương).',
  valuesConfig: {
    PROVINCE: { description: 'A province (tỉnh).' },
    CITY: { description: 'A centrally-run city: Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ.' },
  },
});

export enum RegionEnum {
  NORTHERN_MIDLANDS_AND_MOUNTAINS = 'NORTHERN_MIDLANDS_AND_MOUNTAINS',
  RED_RIVER_DELTA = 'RED_RIVER_DELTA',
  NORTH_CENTRAL_AND_CENTRAL_COAST = 'NORTH_CENTRAL_AND_CENTRAL_COAST',
  CENTRAL_HIGHLANDS = 'CENTRAL_HIGHLANDS',
  SOUTHEAST = 'SOUTHEAST',
  MEKONG_DELTA = 'MEKONG_DELTA',
}
registerEnumType(RegionEnum, {
  name: 'Region',
  description: "Vietnam's six socio-economic regions.",
  valuesConfig: {
    NORTHERN_MIDLANDS_AND_MOUNTAINS: { description: 'Trung du và miền núi phía Bắc.' },
    RED_RIVER_DELTA: { description: 'Đồng bằng sông Hồng.' },
    NORTH_CENTRAL_AND_CENTRAL_COAST: { description: 'Bắc Trung Bộ và duyên hải miền Trung.' },
    CENTRAL_HIGHLANDS: { description: 'Tây Nguyên.' },
    SOUTHEAST: { description: 'Đông Nam Bộ.' },
    MEKONG_DELTA: { description: 'Đồng bằng sông Cửu Long.' },
  },
});

export enum RenditionFormatEnum {
  OCR = 'OCR',
  PORTAL = 'PORTAL',
  MARKDOWN = 'MARKDOWN',
  PLAIN = 'PLAIN',
}
registerEnumType(RenditionFormatEnum, {
  name: 'RenditionFormat',
  description: 'How a text of a directive reached us; it decides how the text was cleaned.',
  valuesConfig: {
    OCR: { description: 'Optical character recognition of a scan: hard line breaks, misread characters.' },
    PORTAL: { description: 'An article on a government web portal, with site boilerplate removed.' },
    MARKDOWN: { description: 'A markdown transcript, with emphasis marks removed.' },
    PLAIN: { description: 'Plain text.' },
  },
});

export enum DirectiveFieldEnum {
  number = 'number',
  kind = 'kind',
  province = 'province',
  issuer = 'issuer',
  issuedOn = 'issuedOn',
  meetingOn = 'meetingOn',
  signer = 'signer',
  subject = 'subject',
}
registerEnumType(DirectiveFieldEnum, {
  name: 'DirectiveField',
  description: 'A metadata field of Directive that can be unknown; the value is the field\'s name.',
});
