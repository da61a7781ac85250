// The signer: the name at the foot of the signature block, the title printed above it and the authority line
// ("T/M BAN THƯỜNG VỤ", "T/L TRƯỞNG BAN CHỈ ĐẠO"). In a two-column layout the block comes out after the
// distribution list. OCR damage is common here, so a name is accepted only if it looks like a personal name.
import type { Known, SignerRef } from '../document';
import { fold } from '../../text/fold';
import { isCapsLine, startsLowercase } from '../clean/line-shape';
import { AUTHORITY } from '../segment/closing';
import type { TextLine } from '../segment/lines';
import { Layout, closingLines } from './layout';
import { known, unknown } from './known';
import { findDistributionList } from './distribution';
import { personalNameProblem } from './personal-name';

/** Signature lines are short; anything longer is the closing formula or a list item. */
const MAX_SIGNATURE_LINE = 80;
/** Titles rarely take more than three printed lines ("CHÁNH VĂN PHÒNG / kiêm / ỦY VIÊN"). */
const MAX_TITLE_LINES = 3;

const AUTHORITY_FORMS: readonly [RegExp, string][] = [
  [/^(?:t\s*\/\s*m|tm\.|t\s+[il1|]\s+m)\s*/, 'T/M'],
  [/^(?:t\s*\/\s*l|tl\.)\s*/, 'T/L'],
  [/^(?:k\s*\/\s*t|kt\.)\s*/, 'K/T'],
  [/^tuq\.?\s*/, 'TUQ.'],
  [/^q\.\s*/, 'Q.'],
];

/** "T Í M  BAN THƯỜNG vụ" (OCR) -> "T/M BAN THƯỜNG vụ": the formula normalised, the body as printed. */
export function normaliseAuthority(line: string): string {
  const folded = fold(line);
  for (const [re, canonical] of AUTHORITY_FORMS) {
    const m = re.exec(folded);
    if (m) return `${canonical} ${line.slice(m[0].length).trim()}`.trim();
  }
  return line.trim();
}

function isAuthority(line: TextLine): boolean {
  return AUTHORITY.test(fold(line.text));
}

/** The formula OCR mixed into a distribution line: "VPTW Đảng, ... (để báo cáo), T/L BAN THƯỜNG vụ". */
function authorityInside(lines: TextLine[]): string | null {
  for (const line of lines) {
    const m = /(?:^|[\s,])((?:t\/m|t\/l|k\/t)\s+\S.*)$/.exec(fold(line.text));
    if (m) return normaliseAuthority(line.text.slice(line.text.length - m[1].length));
  }
  return null;
}

function isTitleLine(line: TextLine): boolean {
  return isCapsLine(line.text) || (startsLowercase(line.text) && line.text.split(/\s+/).length <= 2);
}

export function extractSigner(layout: Layout): Known<SignerRef> {
  const lines = closingLines(layout);
  const list = findDistributionList(layout);
  const listed = new Set(list ? [list.heading, ...list.items] : []);
  const block = lines.filter(
    (l) => !listed.has(l) && l.text.length <= MAX_SIGNATURE_LINE && !/[.;,]$/.test(l.text) && !/^(?:thua lenh|noi nhan)\b/.test(fold(l.text)),
  );
  // A signature printed before the distribution list: only the lines before the list are the block.
  const signature = list && block.some((l) => l.start > list.heading.start)
    ? block.filter((l) => l.start > list.heading.start)
    : block.filter((l) => !list || l.start < list.heading.start);

  if (signature.length === 0) {
    return unknown(layout.format === 'PORTAL' ? 'portal article: no signature block' : 'no signature block after the body');
  }

  const nameLine = signature[signature.length - 1];
  if (isAuthority(nameLine) || (isCapsLine(nameLine.text) && personalNameProblem(nameLine.text) !== null)) {
    return unknown(`the signature block ends with "${nameLine.text}" and has no name under it`);
  }
  const problem = personalNameProblem(nameLine.text);
  if (problem) {
    return unknown(
      `the signature block is damaged: the line where the signer's name should be reads "${nameLine.text}" (${problem})`,
    );
  }

  const authorityIndex = signature.findIndex(isAuthority);
  const nameIndex = signature.length - 1;
  let titleLines: TextLine[];
  if (authorityIndex >= 0 && authorityIndex < nameIndex) {
    titleLines = signature.slice(authorityIndex + 1, nameIndex);
  } else {
    titleLines = [];
    for (let i = nameIndex - 1; i >= 0 && titleLines.length < MAX_TITLE_LINES && isTitleLine(signature[i]); i--) {
      titleLines.unshift(signature[i]);
    }
  }
  const onBehalfOf =
    authorityIndex >= 0 && authorityIndex < nameIndex
      ? normaliseAuthority(signature[authorityIndex].text)
      : authorityInside(list?.items ?? []);

  const title = titleLines.map((l) => l.text).join(' ') || null;
  return known({ name: nameLine.text, title, onBehalfOf }, { start: nameLine.start, end: nameLine.end });
}
