import type { DirectiveMetadata, DocumentKind, IssuerRef, Known } from '../../domain/directive';
import type { DistrictName, DistrictRecord } from '../../reference/districts';
import type { DirectiveDates } from './dates';
import type { IssuingBody } from './issuer';
import type { ProvinceResult } from './province';
import { unknown } from './known';

// Every metadata extractor has one signature, (reading, found) => its field: it reads the rendition and what
// the extractors before it found, in the order metadata/index.ts runs them (the kind reads the number's
// codes, the meeting date's missing year comes from the issue date, the issuer is named after its province).

export interface FoundMetadata {
  number: Known<string>;
  kind: Known<DocumentKind>;
  dates: DirectiveDates;
  body: IssuingBody | null;
  province: ProvinceResult;
  district: DistrictRecord | null;
  /**
   * The district whose own document this is, by name and kind: the district, or the name its issuer gives
   * when several provinces have a district so named and the text tells none of them ("huyện Châu Thành").
   */
  home: DistrictName | null;
  issuer: Known<IssuerRef>;
  signer: DirectiveMetadata['signer'];
  subject: Known<string>;
  recipients: string[];
}

const NOT_YET = 'not read yet';

/** Nothing found yet: the start of a run. */
export function nothingFound(): FoundMetadata {
  return {
    number: unknown(NOT_YET),
    kind: unknown(NOT_YET),
    dates: { issuedOn: unknown(NOT_YET), meetingOn: unknown(NOT_YET), issuedFrom: unknown(NOT_YET) },
    body: null,
    province: { province: unknown(NOT_YET), record: null, place: null },
    district: null,
    home: null,
    issuer: unknown(NOT_YET),
    signer: unknown(NOT_YET),
    subject: unknown(NOT_YET),
    recipients: [],
  };
}
