// Propaganda plans list their banners under a heading that names them ("PHỤ LỤC" / "MỘT SỐ KHẨU HIỆU TUYÊN
// TRUYỀN", "Treo băng rôn với các khẩu hiệu sau:"), one per item and often without quotes ("1. Tết an toàn -
// Xuân trọn niềm vui!"). Each item is a slogan of the heading's cue; quoted items are the cue rules' own.
import type { SloganKind } from '../../../domain/facts';
import type { Reading } from '../../reading';
import { isCapsLine } from '../../clean/line-shape';
import { fold } from '../../../text/fold';
import { isBullet, parseMarker } from '../../segment/markers';

export interface ListedSlogan {
  start: number;
  end: number;
  kind: SloganKind;
}

/** Most words of a heading that names a list of slogans. */
const HEADING_WORDS = 14;
/** What may stand before the cue in a title that opens with it, folded: "Một số khẩu hiệu", "Nội dung khẩu hiệu". */
const TITLE_LEAD = /^(?:mot so|cac|nhung|noi dung)[\s\u00a0]+/u;
/** Closing marks a banner ends with: "!", ".", ";". */
const CLOSING = /[\s\u00a0!.;,]+$/u;
const QUOTE = /["“”'‘’]/u;

/**
 * The cue a heading line names ("khẩu hiệu", "thông điệp"), when it is a heading: in capitals or before ":", or
 * a numbered line without a stop that opens with it ("2. Khẩu hiệu tuyên truyền", "b) Một số khẩu hiệu"; "2. Treo
 * khẩu hiệu tại ..." orders). A dispatch typed all in capitals writes its orders so too: a list item ("- KHÁCH
 * THỰC HIỆN THÔNG ĐIỆP 5K.") or a sentence ending in a stop is none.
 */
function headingCue(reading: Reading, text: string): SloganKind | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > HEADING_WORDS) return null;
  const marker = parseMarker(text);
  if (marker && isBullet(marker.type)) return null;
  const folded = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const named = reading.lex.slogans.listHeadingCues.find((w) => folded.includes(` ${fold(w)} `));
  if (!named) return null;
  const colon = /:[\s\u00a0]*$/u.test(text);
  const stopped = /[.;][\s\u00a0]*$/u.test(text);
  const titled = !!marker && !stopped && !/[!?][\s\u00a0]*$/u.test(text) && fold(text.slice(marker.length)).trim().toLowerCase().replace(TITLE_LEAD, '').startsWith(fold(named).toLowerCase());
  if (!colon && !titled && (!isCapsLine(text) || stopped)) return null;
  return reading.lex.slogans.cues.find((c) => fold(c.word) === fold(named))?.kind ?? 'MOTTO';
}

/** The unquoted items of every list under a heading that names slogans, before `end`. */
export function findListedSlogans(reading: Reading, end: number): ListedSlogan[] {
  const out: ListedSlogan[] = [];
  const lines = reading.lines.filter((l) => l.end <= end);
  for (let i = 0; i < lines.length; i++) {
    const kind = headingCue(reading, lines[i].text);
    if (!kind) continue;
    // A subtitle in parentheses ("(Kèm theo Kế hoạch số ...)") may stand between the heading and its items.
    let j = i + 1;
    while (j < lines.length && /^[\s\u00a0]*\(.*\)[\s\u00a0]*$/u.test(lines[j].text)) j++;
    // The items share one kind of marker, other than the heading's own: "2. Quán triệt ..." after "1. ... các
    // khẩu hiệu:" / "- ..." is the heading's next sibling, no banner.
    const headingMarker = parseMarker(lines[i].text)?.type ?? null;
    let itemMarker: string | null = null;
    for (; j < lines.length; j++) {
      // Each item opens with its marker: "1.", "2)", "-", "+", "•".
      const marker = parseMarker(lines[j].text);
      if (!marker || marker.type === headingMarker || (itemMarker !== null && marker.type !== itemMarker)) break;
      itemMarker = marker.type;
      const item = lines[j].text.slice(marker.length).trim().replace(CLOSING, '');
      if (QUOTE.test(item) || item.length === 0) continue;
      const start = lines[j].start + lines[j].text.indexOf(item, marker.length);
      out.push({ start, end: start + item.length, kind });
    }
    i = j - 1;
  }
  return out;
}
