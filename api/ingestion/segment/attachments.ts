// A decision often only says "Ban hành kèm theo Quyết định này Quy định ..." and is signed; the rules themselves
// follow the signature, as a document of their own: a title ("QUY ĐỊNH TẠM THỜI", "KẾ HOẠCH"), the line
// "(Ban hành kèm theo Quyết định số 1502/QĐ-UBND ngày 20/7/2021 ...)" and its articles or clauses. That attached
// document is the directive's body as much as the decision's articles are: its clauses are segmented and its
// facts read, while the decision's own distribution list and signature, between the two, stay closing lines.
import { fold } from '../../text/fold';
import { kindWordsPattern } from '../lexicons/document-kinds';
import { defaultLexicons } from '../lexicons';
import { isCapsLine } from '../clean/line-shape';
import { nonBlankLines } from './lines';
import { AUTHORITY, distributionListAt, isClosingLine } from './closing';

/** How many title lines may stand above the "kèm theo" line ("QUY ĐỊNH" / "Về phòng, chống ..."). */
const TITLE_LINES = 4;

let attachedLine: RegExp | null = null;

/** "(Ban hành kèm theo Quyết định số ...)", "(Kèm theo Kế hoạch số ... của UBND tỉnh)", folded. */
function attachedPattern(): RegExp {
  attachedLine ??= new RegExp(String.raw`^[\s(\[*_]*(?:ban hanh\s+)?kem theo\s+(?:${kindWordsPattern(defaultLexicons().documentKinds, false)})\b`);
  return attachedLine;
}

/**
 * The start of a document attached after the text's distribution list: the first line of its title, or the
 * "kèm theo" line itself when no title stands above it. Null when nothing is attached.
 */
export function attachmentStart(text: string): number | null {
  return attachedDocument(text)?.start ?? null;
}

/** Longest a "kèm theo" line runs ("(Ban hành kèm theo Quyết định số ... của Chủ tịch UBND tỉnh)"). */
const MAX_ATTACHED_LINE = 300;

/**
 * Where the "kèm theo" line ends: at its closing bracket, or at the line's end when it is no longer than such a
 * line (a text run onto one line holds the whole document after it).
 */
function keptTitleEnd(text: string, line: { start: number; end: number }): number {
  const close = text.indexOf(')', line.start);
  if (close >= 0 && close < line.end && close - line.start <= MAX_ATTACHED_LINE) return close + 1;
  return line.end - line.start <= MAX_ATTACHED_LINE ? line.end : line.start;
}

/**
 * A document attached after the text: where its title starts, where its "kèm theo" line ends, and whether it is a
 * blank form (its lines are no facts of the text).
 */
export function attachedDocument(text: string): { start: number; titleEnd: number; form: boolean } | null {
  // Most texts attach nothing: spare them folding the whole text.
  if (!/k[eè]m[\s\u00a0]+theo/iu.test(text)) return null;
  const folded = fold(text);
  // A copy without its distribution list ends the decision at its signature ("KT. CHỦ TỊCH"); the attached
  // document's line then opens with its bracket ("(Kèm theo Quyết định số 77/QĐ-UBND ...)"), which no article does.
  const distribution = distributionListAt(folded);
  const all = nonBlankLines(text);
  const signed = distribution >= 0 ? -1 : all.find((l) => AUTHORITY.test(folded.slice(l.start, l.end).trim().toLowerCase()))?.start ?? -1;
  if (distribution < 0 && signed < 0) return null;
  const lines = all.filter((l) => l.start > Math.max(distribution, signed));
  const at = lines.findIndex((l) => attachedPattern().test(folded.slice(l.start, l.end)) && (distribution >= 0 || /^[\s\u00a0]*[([]/u.test(l.text)));
  if (at < 0) return null;
  let first = at;
  // The title above: capitals ("QUY ĐỊNH TẠM THỜI") and the subject under them ("Về phòng, chống ...", "Tạm thời
  // các biện pháp ..."), which counts only below such capitals, or as one line opening with "Về".
  for (let k = at - 1; k >= Math.max(0, at - TITLE_LINES); k--) {
    const line = lines[k].text;
    if (isClosingLine(line)) break;
    if (isCapsLine(line)) first = k;
    else if (first !== at) break;
    else if (k === at - 1 && /^v[eề](?=\s)/iu.test(line.trim())) first = k;
  }
  // A blank form to fill in ("MẪU BẢN CAM KẾT ...", "Tôi xin cam kết: ..."): what a person is to sign, not orders.
  const form = lines.slice(first, at).some((l) => FORM_TITLE.test(folded.slice(l.start, l.end).trim()));
  return { start: lines[first].start, titleEnd: keptTitleEnd(text, lines[at]), form };
}

/** The title of a form attached to be filled in and signed, folded: "MẪU ...", "BẢN CAM KẾT", "TỜ KHAI", "GIẤY ĐI ĐƯỜNG", "PHIẾU ...". */
const FORM_TITLE = /^(?:mau|ban cam ket|to khai|giay di duong|giay xac nhan|giay de nghi|phieu)(?![\p{L}])/u;
