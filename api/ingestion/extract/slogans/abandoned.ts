// A slogan a text leaves behind is not one it adopts: in 'chuyển trạng thái từ mục tiêu “không có
// COVID-19” sang “thích ứng an toàn, linh hoạt, ...”' the first goal is abandoned, the second adopted.
// Shapes (slogans.json "abandoned"): "từ [≤ fromGap words] X sang|qua Y", "thay vì X", "không còn X", also with
// a cue word between ("thay cho phương châm X").
// Such a mention is dropped: a slogan only ever named as abandoned is not reported for the directive.
import type { Lexicons } from '../../lexicons';
import { split, spellsAt, wordAt, type Word } from './words';

/** Quote marks and markdown around a mention. */
const MARKS = /^[\s\u00a0“”«»"*_]*$/u;

export function isAbandoned(text: string, words: readonly Word[], start: number, end: number, lex: Lexicons, unmarked = false): boolean {
  const a = lex.slogans.abandoned;
  const sp = (w: string) => split(w, unmarked);
  const first = wordAt(words, start);
  const gapBefore = (i: number) => (i >= 0 && i < words.length ? text.slice(words[i].end, i + 1 < words.length ? words[i + 1].start : text.length) : '');
  // "thay vì X": the words right before the mention, or before its cue ("thay cho phương châm “X”").
  if (first > 0 && MARKS.test(text.slice(words[first - 1].end, start))) {
    const cue = lex.slogans.cues.map((c) => sp(c.word)).find((c) => spellsAt(text, words, first - c.length, c));
    const at = [first, ...(cue ? [first - cue.length] : [])];
    for (const b of a.before.map(sp)) if (at.some((i) => spellsAt(text, words, i - b.length, b))) return true;
  }
  // "từ [mục tiêu] X sang Y": "từ" a few words before, "sang" right after.
  const next = wordAt(words, end);
  if (next >= words.length || !MARKS.test(text.slice(end, words[next].start))) return false;
  if (!a.to.map(sp).some((t) => spellsAt(text, words, next, t))) return false;
  for (let i = first - 1; i >= Math.max(0, first - 1 - a.fromGap); i--) {
    if (!MARKS.test(gapBefore(i))) return false;
    if (a.from.map(sp).some((f) => spellsAt(text, words, i - f.length + 1, f))) return true;
  }
  return false;
}
