// The distribution list ("Nơi nhận:") after the body. Signer and recipient rules both need to know where it
// ends: the signature block printed beside it comes out of OCR/markdown right after it.
import { fold } from '../../text/fold';
import { isCapsLine } from '../clean/line-shape';
import { AUTHORITY } from '../segment/closing';
import type { TextLine } from '../segment/lines';
import { Reading, closingLines } from '../reading';
import { isPersonalName } from './personal-name';

export interface DistributionList {
  /** The "Nơi nhận:" line. */
  heading: TextLine;
  /** The item lines after the heading (the heading's own remainder is not included). */
  items: TextLine[];
}

function folded(line: TextLine): string {
  return fold(line.text).replace(/^[-–•*+]\s*/, '');
}

export function findDistributionList(reading: Reading): DistributionList | null {
  const lines = closingLines(reading);
  const at = lines.findIndex((l) => /^noi nhan\b/.test(folded(l)));
  if (at < 0) return null;
  const items: TextLine[] = [];
  for (const line of lines.slice(at + 1)) {
    // The signature block starts with capitals ("T/L TRƯỞNG BAN...", "BÍ THƯ") or is a bare name.
    if (isCapsLine(line.text) || AUTHORITY.test(folded(line)) || isPersonalName(line.text)) break;
    items.push(line);
    // The archive line ("Lưu VT", "Lưu: VPTU, TH4.") is the last item by convention.
    if (/^luu\b/.test(folded(line))) break;
  }
  return { heading: lines[at], items };
}
