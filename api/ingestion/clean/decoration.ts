// Lines with no letter or digit at all ("*" under a letterhead, "---", OCR specks such as "^") are layout or
// scanner debris, never words of the directive; nor are a post's line of hashtags ("#TraVinh #COVID19 #5K") and
// its "... Xem thêm" link.
import { CELL } from './table-cells';

const HASHTAGS = /^[ \t]*#[\p{L}\p{N}_]+(?:[ \t,]+#[\p{L}\p{N}_]+)*[ \t]*$/u;
const SEE_MORE = /^[ \t.…]*(?:Xem thêm|Xem tiếp|See more)[ \t.…]*$/iu;

/** A table's cell of symbols ("%") is the unit of its row. */
const isTableCell = (line: string) => line.trimStart().startsWith(CELL) && line.trim().length > 1;

export function dropDecorativeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => ((line.trim() !== '' && !/[\p{L}\p{N}]/u.test(line) && !isTableCell(line)) || HASHTAGS.test(line) || SEE_MORE.test(line) ? '' : line))
    .join('\n');
}

// Social-media posts open lines with emoji ("📢 THÔNG CÁO BÁO CHÍ ...", "📌 1. ...") and number clauses with
// keycaps ("1️⃣", "🔟"). The emoji is a bullet, not a word: without it a title reads as a title and a clause
// as numbered. "©" and "®" are pictographs too, but they are words of a footer.
const LEADING_EMOJI = /^([ \t]*)(?:(?![©®™\u{1F51F}])[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D][ \t]*)+/u;
const KEYCAP = /^([ \t]*)(?:(\d)\uFE0F?\u20E3|\u{1F51F})[ \t]*/u;

export function plainBullets(text: string): string {
  const lines = text.split('\n');
  const leading = lines.map((line) => LEADING_EMOJI.exec(line));
  const emojis = leading.map((m) => m?.[0].trim() ?? null);
  // The same emoji opening lines in a row ("✅ Không tập trung ...", "✅ Thành lập ...") marks the items of a
  // list: each keeps a dash, so the items stay apart when lines are joined.
  const listed = (i: number) => emojis[i] !== null && (emojis[i - 1] === emojis[i] || emojis[i + 1] === emojis[i]);
  return lines
    .map((line, i) => {
      const emoji = leading[i];
      const rest = emoji && /\p{L}/u.test(line.slice(emoji[0].length)) ? emoji[1] + (listed(i) ? '- ' : '') + line.slice(emoji[0].length) : line;
      const keycap = KEYCAP.exec(rest);
      return keycap ? `${keycap[1]}${keycap[2] ?? '10'}. ${rest.slice(keycap[0].length)}` : rest;
    })
    .join('\n');
}
