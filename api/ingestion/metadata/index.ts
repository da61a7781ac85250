// extractMetadata(): every metadata field of a directive from its cleaned text and clauses. Each field has its
// own module; this one only orders them, since some depend on others (the issuer's canonical name needs the
// province, the meeting date's missing year comes from the issue date).
import type { ClauseSpan, CleanedText, DirectiveMetadata } from '../document';
import { buildLayout } from './layout';
import { extractNumber } from './number';
import { extractKind } from './kind';
import { extractDates } from './dates';
import { extractProvince } from './province';
import { extractIssuer } from './issuer';
import { extractSigner } from './signer';
import { extractSubject } from './subject';
import { extractRecipients } from './recipients';

export function extractMetadata(cleaned: CleanedText, clauses: ClauseSpan[]): DirectiveMetadata {
  const layout = buildLayout(cleaned, clauses);
  const number = extractNumber(layout);
  const kind = extractKind(layout, number);
  const { issuedOn, meetingOn } = extractDates(layout, number.value);
  const province = extractProvince(layout);
  const issuer = extractIssuer(layout, number, province);
  return {
    number,
    kind,
    province: province.province,
    issuer,
    issuedOn,
    meetingOn,
    signer: extractSigner(layout),
    subject: extractSubject(layout),
    recipients: extractRecipients(layout),
  };
}

export { assertDirective } from './recognise';
