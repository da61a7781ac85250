// extractMetadata(): every metadata field of a directive from its reading. Each field has its own module; this
// one only runs them in order, each reading what the ones before it found (see found.ts).
import type { DirectiveMetadata } from '../../domain/directive';
import type { Reading } from '../reading';
import { extractDates } from './dates';
import { nothingFound, type FoundMetadata } from './found';
import { districtNameOf, districtOf, findIssuingBody, nameIssuer } from './issuer';
import { letterheadDistrict } from './district';
import { extractKind } from './kind';
import { extractNumber } from './number';
import { extractProvince } from './province';
import { extractRecipients } from './recipients';
import { extractSigner } from './signer';
import { extractSubject } from './subject';

export function readMetadata(reading: Reading): FoundMetadata {
  const found = nothingFound();
  found.number = extractNumber(reading);
  found.kind = extractKind(reading, found);
  found.dates = extractDates(reading, found);
  found.body = findIssuingBody(reading, found);
  found.province = extractProvince(reading, found);
  const provinces = new Set(found.province.record ? [found.province.record.code] : []);
  found.district = districtOf(reading, found.body, provinces) ?? letterheadDistrict(reading, provinces);
  found.home = found.district ?? districtNameOf(found.body);
  found.issuer = nameIssuer(reading, found);
  found.signer = extractSigner(reading);
  found.subject = extractSubject(reading, found);
  found.recipients = extractRecipients(reading);
  return found;
}

export function extractMetadata(reading: Reading): DirectiveMetadata {
  return metadataOf(readMetadata(reading));
}

/** What a rendition says about its directive, as stored on the rendition and merged into the directive. */
export function metadataOf(found: FoundMetadata): DirectiveMetadata {
  return {
    number: found.number,
    kind: found.kind,
    province: found.province.province,
    issuer: found.issuer,
    issuedOn: found.dates.issuedOn,
    meetingOn: found.dates.meetingOn,
    issuedFrom: found.dates.issuedFrom,
    signer: found.signer,
    subject: found.subject,
    recipients: found.recipients,
  };
}

export { assertDirective } from './recognise';
