// Where a directive's body ends: the distribution list, the "by order of" formula and the signature block.
// Metadata extraction uses the same cues to find the signer and recipients.
import { fold } from '../../text/fold';
import { isCapsLine } from '../clean/line-shape';
import { defaultLexicons } from '../lexicons';
import { kindWordsPattern } from '../lexicons/document-kinds';

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

/** Titles printed above a signature (seeds/lexicons/signatures.json), folded, longest first. */
let signatureTitles: RegExp | null = null;

function titles(): RegExp {
  signatureTitles ??= new RegExp(`^(?:${[...new Set(defaultLexicons().signatures.titles.map((t) => fold(t)))].sort((a, b) => b.length - a.length).join('|')})\\b`);
  return signatureTitles;
}

/** "Nơi nhận:" opening a line (after markdown or a dash), folded; OCR may misread the "ậ" ("nhan", "nhản"). */
const DISTRIBUTION = String.raw`[\s\u00a0*_\-#]*noi[\s\u00a0]+nh[a-z]n[\s\u00a0]*:`;
const DISTRIBUTION_LINE = new RegExp(`^${DISTRIBUTION}`, 'u');
const DISTRIBUTION_IN_TEXT = new RegExp(`(^|\n)${DISTRIBUTION}`, 'u');

/** Does this line open the distribution list? */
export function isDistributionLine(line: string): boolean {
  return DISTRIBUTION_LINE.test(fold(line));
}

/** Where the distribution list starts, from `from` on, in folded text; -1 without one. */
export function distributionListAt(folded: string, from = 0): number {
  const m = DISTRIBUTION_IN_TEXT.exec(folded.slice(from));
  return m ? from + m.index + m[1].length : -1;
}

export function isClosingLine(line: string): boolean {
  const folded = fold(line.trim()).replace(/^[-–•*+]\s*/, '');
  if (CLOSING_OPENERS.some((re) => re.test(folded))) return true;
  // A capitals line that is a signer's title closes the body.
  return isCapsLine(line) && titles().test(folded);
}

// A paragraph after the last clause that speaks about the whole document ("...việc thực hiện Công văn này",
// "Yêu cầu các cơ quan... thực hiện nghiêm túc.") is the closing formula, not part of the last clause.
let selfReference: RegExp | null = null;

/** "... Công văn này", "Chỉ thị này": a document kind word (seeds/lexicons/document-kinds.json) and "này". */
function selfReferencePattern(): RegExp {
  selfReference ??= new RegExp(`\\b(?:${kindWordsPattern(defaultLexicons().documentKinds, false)}) nay\\b`);
  return selfReference;
}
const CLOSING_REQUEST = /^(?:yeu cau|de nghi)\b[^.]{0,160}(?:thuc hien nghiem tuc|nghiem tuc thuc hien|trien khai thuc hien|to chuc thuc hien)[^.]{0,60}\.?(?:\/\.)?$/;

export function isClosingParagraph(paragraph: string): boolean {
  const folded = fold(paragraph.trim());
  return selfReferencePattern().test(folded) || CLOSING_REQUEST.test(folded);
}
