// Where a directive's body ends: the distribution list, the "by order of" formula and the signature block.
// Metadata extraction uses the same cues to find the signer and recipients.
import { fold } from '../../text/fold';
import { isCapsLine } from '../clean/line-shape';

/** Authority formulas above a signature, folded: T/M (on behalf of), T/L (by order of), K/T (for), TUQ, Q. */
export const AUTHORITY = /^(?:t\s*\/\s*m|t\s*\/\s*l|k\s*\/\s*t|tm\.|tl\.|kt\.|tuq\.?|q\.|t\s+[il1|]\s+m)\s+\S/;

// Folded line openings that end the body.
const CLOSING_OPENERS: readonly RegExp[] = [
  /^noi nhan\b/,
  /^thua lenh\b/,
  /^thua uy quyen\b/,
  /^thay mat\b/,
  AUTHORITY,
];

// Titles printed above a signature, folded. A caps line made of one of these closes the body.
const SIGNATURE_TITLES = /^(?:pho\s+)?(?:bi thu|chu tich|truong ban|chanh van phong|giam doc|thu truong|truong phong|uy vien)\b/;

export function isClosingLine(line: string): boolean {
  const folded = fold(line.trim()).replace(/^[-–•*+]\s*/, '');
  if (CLOSING_OPENERS.some((re) => re.test(folded))) return true;
  return isCapsLine(line) && SIGNATURE_TITLES.test(folded);
}

// A paragraph after the last clause that speaks about the whole document ("...việc thực hiện Công văn này",
// "Yêu cầu các cơ quan... thực hiện nghiêm túc.") is the closing formula, not part of the last clause.
const SELF_REFERENCE = /\b(?:cong van|thong bao|chi thi|ke hoach|quyet dinh|cong dien|nghi quyet|ket luan|huong dan|van ban) nay\b/;
const CLOSING_REQUEST = /^(?:yeu cau|de nghi)\b[^.]{0,160}(?:thuc hien nghiem tuc|nghiem tuc thuc hien|trien khai thuc hien|to chuc thuc hien)[^.]{0,60}\.?(?:\/\.)?$/;

export function isClosingParagraph(paragraph: string): boolean {
  const folded = fold(paragraph.trim());
  return SELF_REFERENCE.test(folded) || CLOSING_REQUEST.test(folded);
}
