// OCR near-misses of known slogans: a quoted phrase whose folded form is within `ratio` edits per character
// of a known spelling (OCR "không cỏ COVỈD-Ỉ9" for "không có COVID-19") is neither that slogan (that would
// invent a mention) nor a new one. Whole words added or left out are wording, not OCR: "ai ở đâu thì ở yên
// đó" beside "ai ở đâu ở yên đó" is a phrase of its own. Answers are remembered: quoted phrases repeat across a corpus.
import { editDistance } from '../../../text/edit-distance';

interface Known {
  keys: string[];
}

const MAX_REMEMBERED = 10_000;
const remembered = new WeakMap<readonly Known[], Map<string, boolean>>();

export function isNearMiss(key: string, known: readonly Known[], ratio: number): boolean {
  let memo = remembered.get(known);
  if (!memo) remembered.set(known, (memo = new Map()));
  const id = `${ratio}\u0000${key}`;
  let answer = memo.get(id);
  if (answer === undefined) {
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    answer = nearAny(key, known, ratio);
    memo.set(id, answer);
  }
  return answer;
}

function nearAny(key: string, known: readonly Known[], ratio: number): boolean {
  for (const k of known) {
    for (const v of k.keys) {
      // The distance is at least the difference in length: spellings too long or short cannot qualify.
      const longest = Math.max(key.length, v.length);
      if (Math.abs(key.length - v.length) / longest > ratio) continue;
      const d = editDistance(key, v);
      if (d > 0 && d / longest <= ratio && !rewordedOnly(key, v)) return true;
    }
  }
  return false;
}

/** Does one spelling hold the other's words in order, with whole words more ("thì", "và")? */
function rewordedOnly(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (short.length === long.length) return false;
  let i = 0;
  for (const w of long) if (i < short.length && w === short[i]) i++;
  return i === short.length;
}
