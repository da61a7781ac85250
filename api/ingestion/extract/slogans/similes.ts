// Similes found by their shape: two parallel sides around "như" that open with the same word,
// "chống dịch như chống giặc", "phòng dịch như phòng cháy", or any quoted phrase comparing with "như"
// (“coi người bệnh như người thân”). "cũng như" (as well as) and "như sau" (as follows) are not
// comparisons; a side is two or three words (slogans.json "simile"), so administrative comparisons
// ("thực hiện các biện pháp như thực hiện đối với ...") are too long to match. Epidemic work compared with
// something else ("xác định chống dịch như chữa cháy, tiêm vắc xin như chạy đua với thời gian") is a simile
// too, unquoted, when a lead word stands before it or it follows another, and its compared side ends its clause.
import type { Lexicons } from '../../lexicons';
import type { QuotedSpan } from '../quotes';
import { plainGap, split, spellsAt, wordsOf, type Word } from './words';

export interface Simile {
  start: number;
  end: number;
  quoted: boolean;
}

const isLetters = (w: Word) => /^\p{L}+$/u.test(w.lower);

function runIsPlain(text: string, words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    if (k < 0 || k >= words.length || !isLetters(words[k])) return false;
    if (k > from && !plainGap(text, words[k - 1].end, words[k].start)) return false;
  }
  return true;
}

/** Is word i a comparing "như" (not "cũng như", not "như sau")? */
function comparing(text: string, words: readonly Word[], i: number, lex: Lexicons, unmarked: boolean): boolean {
  const s = lex.slogans.simile;
  if (words[i].lower !== split(s.word, unmarked)[0]) return false;
  for (const a of s.notAfter.map((w) => split(w, unmarked))) if (spellsAt(text, words, i - a.length, a)) return false;
  for (const b of s.notBefore.map((w) => split(w, unmarked))) if (spellsAt(text, words, i + 1, b)) return false;
  return true;
}

function parallelAt(text: string, words: readonly Word[], i: number, lex: Lexicons, unmarked: boolean): Simile | null {
  const s = lex.slogans.simile;
  const stop = new Set(s.stopWords.flatMap((w) => split(w, unmarked)));
  for (let k = s.minSide; k <= s.maxSide; k++) {
    const left = i - k;
    const right = i + k;
    if (!runIsPlain(text, words, left, right)) return null;
    const l = words.slice(left, i).map((w) => w.lower);
    const r = words.slice(i + 1, right + 1).map((w) => w.lower);
    if (l[0] !== r[0] || stop.has(l[0]) || l.join(' ') === r.join(' ')) continue;
    return { start: words[left].start, end: words[right].end, quoted: false };
  }
  return null;
}

/** Does the gap after word `right` end a clause (punctuation, a line break or the end of the text)? */
function endsClause(text: string, words: readonly Word[], right: number, end: number): boolean {
  const gap = text.slice(words[right].end, right + 1 < words.length ? words[right + 1].start : end);
  return gap.length === 0 || /[^\s\u00a0]|\n/u.test(gap);
}

/** "chống dịch như chữa cháy": a subject of slogans.json simile.subjects before "như", led or chained. */
function comparedAt(text: string, words: readonly Word[], i: number, lex: Lexicons, unmarked: boolean, end: number, previous: Simile | undefined): Simile | null {
  const s = lex.slogans.simile;
  const stop = new Set(s.stopWords.flatMap((w) => split(w, unmarked)));
  if (!plainGap(text, words[i - 1].end, words[i].start) || stop.has(words[i + 1].lower)) return null;
  let right = i;
  while (right + 1 < words.length && right - i < s.maxComparedSide && isLetters(words[right + 1]) && plainGap(text, words[right].end, words[right + 1].start)) right++;
  if (right - i < 2 || !endsClause(text, words, right, end)) return null;
  for (const subject of s.subjects.map((w) => split(w, unmarked))) {
    const left = i - subject.length;
    if (!spellsAt(text, words, left, subject)) continue;
    const chained = previous !== undefined && /^[\s\u00a0]*[,;][\s\u00a0]*$/u.test(text.slice(previous.end, words[left].start));
    // The lead may stand up to two words before the subject ("xác định công tác chống dịch").
    const led = s.subjectLeads.map((w) => split(w, unmarked)).some((lead) => [0, 1, 2].some((k) => spellsAt(text, words, left - k - lead.length, lead)));
    if (chained || led) return { start: words[left].start, end: words[right].end, quoted: false };
  }
  return null;
}

/** Similes of text[0, end): the parallel shape anywhere, and quoted comparisons. */
export function findSimiles(text: string, end: number, quotes: QuotedSpan[], lex: Lexicons, unmarked = false): Simile[] {
  const words = wordsOf(text, end, unmarked);
  const out: Simile[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    if (!comparing(text, words, i, lex, unmarked)) continue;
    const q = quotes.find((x) => x.start <= words[i].start && words[i].end <= x.end);
    if (q) {
      const n = words.filter((w) => w.start >= q.start && w.end <= q.end).length;
      if (n >= 3 && n <= lex.slogans.rules.maxChainPartSyllables) out.push({ start: q.start, end: q.end, quoted: true });
      continue;
    }
    const found = parallelAt(text, words, i, lex, unmarked) ?? comparedAt(text, words, i, lex, unmarked, end, out[out.length - 1]);
    if (found) out.push(found);
  }
  return out;
}
