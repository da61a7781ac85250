// A directive passed along a chat group and copied from its export: each line opens with the message's stamp
// and sender ("[08:15, 09/08/2021] Anh Tuấn VP: Số: 3021/UBND-KGVX" in Zalo's and WhatsApp's desktop copy,
// "09/08/2021, 08:15 - Anh Tuấn VP: ..." in WhatsApp's exported file). When most lines carry one, the stamps
// and senders are the chat's, not the text's: they are removed so the letterhead and the orders open their lines.
import { mostLinesOpenWith } from './line-shape';

const STAMPS: readonly RegExp[] = [
  /^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?,[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4}\][ \t]*[^:\n]{1,40}:[ \t]?/iu,
  /^[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[ \t]+-[ \t]+[^:\n]{1,40}:[ \t]?/iu,
];
/** Share of non-blank lines that must carry a stamp, and how many at least. */
const MIN_SHARE = 0.6;
const MIN_LINES = 4;

export function unwrapChatExport(text: string): string {
  const stamp = STAMPS.find((re) => mostLinesOpenWith(text, re, MIN_SHARE, MIN_LINES));
  return stamp ? text.split('\n').map((l) => l.replace(stamp, '')).join('\n') : text;
}
