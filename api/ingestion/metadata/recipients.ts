// Who the directive is addressed and sent to: the "Kính gửi:" items (a telegram's "... ĐIỆN:") before the body,
// then the "Nơi nhận:" items after it. Left out: "Như trên"/"Như kính gửi" (a pointer back to the addressees), the archive line
// ("Lưu VT, ..."), purpose notes ("(để báo cáo)") and signature words OCR mixed into a line ("T/L BAN ...").
import { fold } from '../../text/fold';
import type { TextLine } from '../segment/lines';
import { Reading, addresseesOpening, isProse } from '../reading';
import { findDistributionList } from './distribution';

const LEADING_MARKER = /^[-–•*+]\s*/;
/** Purpose notes, closed or cut off by OCR: "(để báo cáo)", "(để b/cáo)", "(b/c)", "(để háo c -". */
const PURPOSE_NOTE = /\s*\((?:de\b|d\/b|b\/c|t\/h|bc\b|th\b)[^)]*(?:\)|$)/g;
/** Authority formula mixed into the line by a two-column OCR: "..., T/L BAN THƯƠNG vụ". */
const AUTHORITY_TAIL = /(?:^|[\s,])(?:t\/m|t\/l|k\/t|tm\.|tl\.|kt\.)\s+.*$/;
const EXCLUDED = /^(?:nhu (?:tren|kinh gui|dieu|muc|khoan)\b|luu\b|$)/;

function cleanItem(raw: string): string | null {
  let item = raw.replace(LEADING_MARKER, '');
  const tail = AUTHORITY_TAIL.exec(fold(item));
  if (tail) item = item.slice(0, tail.index);
  // Found on the folded copy, cut from the original: the offsets agree.
  const notes = [...fold(item).matchAll(PURPOSE_NOTE)].reverse();
  for (const n of notes) item = item.slice(0, n.index) + item.slice((n.index ?? 0) + n[0].length);
  item = item.replace(/[\s,;.:\-–^~*|]+$/u, '').trim();
  return EXCLUDED.test(fold(item)) ? null : item;
}

/**
 * A list kept on one line ("Nơi nhận: - Thủ tướng Chính phủ; - Bộ Y tế; - Lưu: VT."), or a law library's cell that
 * parts its items with backslashes ("\\- Thủ tướng Chính phủ;\\- Như trên;"): where one item ends and the next opens.
 */
const INLINE_ITEMS = /[ \u00a0]*\\+[ \u00a0]*|;[ \u00a0]*(?=[-–•+*][ \u00a0])/u;

function blankBetween(reading: Reading, a: TextLine, b: TextLine): boolean {
  return reading.text.slice(a.end, b.start).includes('\n\n');
}

/** "Kính gửi:", or a telegram's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:" that wires the addressees below or after it. */
function addressees(reading: Reading): string[] {
  const opening = addresseesOpening(reading.lex).line;
  const lines = reading.lines.filter((l) => l.start < reading.bodyStart);
  const at = lines.findIndex((l) => opening.test(fold(l.text)));
  if (at < 0) return [];
  const heading = lines[at];
  const items = [heading.text.slice(opening.exec(fold(heading.text))![0].length)];
  // The header ends with the addressees where the body's first line follows them, however short.
  const headerEnd = reading.header[reading.header.length - 1]?.end ?? 0;
  for (let i = at + 1; i < lines.length; i++) {
    if (blankBetween(reading, lines[i - 1], lines[i]) || isProse(lines[i].text) || (heading.end <= headerEnd && lines[i].start > headerEnd)) break;
    items.push(lines[i].text);
  }
  return items;
}

function distribution(reading: Reading): string[] {
  const list = findDistributionList(reading);
  if (!list) return [];
  const rest = /noi nhan\s*:?\s*/.exec(fold(list.heading.text));
  const inline = list.heading.text.slice((rest?.index ?? 0) + (rest?.[0].length ?? 0));
  return [inline, ...list.items.map((l) => l.text)];
}

export function extractRecipients(reading: Reading): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of [...addressees(reading), ...distribution(reading)].flatMap((line) => line.split(INLINE_ITEMS))) {
    const item = cleanItem(raw);
    if (item === null || seen.has(fold(item))) continue;
    seen.add(fold(item));
    out.push(item);
  }
  return out;
}
