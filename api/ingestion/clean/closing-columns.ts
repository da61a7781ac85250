// A letter's foot is printed in two columns: the distribution list on the left, the signature on the right.
// Typed as plain text, or copied from a PDF, the columns share lines and only a run of spaces or a tab keeps
// them apart ("Nơi nhận:          TM. ỦY BAN NHÂN DÂN" / "- Sở Y tế (b/c);     KT. CHỦ TỊCH" / "- Lưu: VT.
// Lê Thị Kim Oanh"). Whitespace normalisation would glue each signature line to a list item, so before it
// this step writes the left column first and the right one after it, each line as printed. Only the
// distribution list's lines are read so, from its heading on, and only when its lines carry a second column.
import { isDistributionLine } from '../segment/closing';
import { parseMarker } from '../segment/markers';

/** A column gap: three spaces or more, or a tab, between two printed parts of a line. */
const GAP = /^(.*?\S)(?:[ \u00a0]{3,}|\t+[ \u00a0]*)(\S.*)$/u;
/** Indented this far without a left part, a line stands in the right column ("                 Lò Văn Khoa"). */
const RIGHT_INDENT = 12;
/** A foot runs this many lines at most: a long list's items, the signature's blank lines. */
const MAX_FOOT_LINES = 30;
/** Lines of the signature that may stand above the heading. */
const ABOVE = 2;
/** "Lê Thị Kim Oanh": two to five words, each opening with a capital and not all in capitals, ends a signature. */
const NAME = /^(?:\p{Lu}\p{Ll}+[ \u00a0]+){1,4}\p{Lu}\p{Ll}+$/u;

function leadingSpaces(line: string): number {
  return line.replace(/\t/g, '    ').search(/\S/u);
}

/** Split the distribution list and the signature printed beside it into two runs of lines. */
export function splitClosingColumns(text: string): string {
  const lines = text.split('\n');
  const heading = lines.findIndex((l) => isDistributionLine(l));
  if (heading < 0) return text;
  // The signature may start a line or two above the heading, alone in its column ("          KT. GIÁM ĐỐC").
  let top = heading;
  while (top > 0 && heading - top < ABOVE && lines[top - 1].trim() !== '' && leadingSpaces(lines[top - 1]) >= RIGHT_INDENT) top--;
  const left: string[] = [];
  const right: string[] = lines.slice(top, heading).map((l) => l.trim());
  let gaps = 0;
  let blank = false;
  let end = heading;
  for (; end < Math.min(lines.length, heading + MAX_FOOT_LINES); end++) {
    const line = lines[end];
    if (line.trim() === '') {
      // The signature ends with its name; what follows a blank line after it is no longer the foot.
      if (right.length > 0 && NAME.test(right[right.length - 1])) break;
      blank = true;
      continue;
    }
    const m = GAP.exec(line.trimStart());
    if (m && !/^[-–•+*]?\s*$/u.test(m[1])) {
      left.push(m[1]);
      right.push(m[2].trimEnd());
      gaps++;
    } else if (leadingSpaces(line) >= RIGHT_INDENT) {
      right.push(line.trim());
    } else if (end === heading || !blank || parseMarker(line.trim()) !== null) {
      left.push(line.trimEnd());
    } else {
      // A line of prose after a blank line: the foot has ended (an attached regulation, a portal's footer).
      break;
    }
  }
  // Two lines carrying a second column at least, since one gap may be a list item's own spacing, unless the
  // column goes on to a name standing alone ("Nơi nhận:          CHỦ TỊCH" ... "          Lò Văn Khoa"); and
  // right-column lines a few words long: a list item that is a sentence was no column.
  const signed = right.length >= 2 && NAME.test(right[right.length - 1]);
  if (gaps === 0 || (gaps < 2 && !signed) || right.some((r) => r.split(/\s+/u).length > 12)) return text;
  return [...lines.slice(0, top), ...left, '', ...right, '', ...lines.slice(end)].join('\n');
}
