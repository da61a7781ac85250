// Mottos found by their balance, quoted without a cue word: two or more short parts, split at commas or
// dashes, that open with the same word ("vừa chống dịch, vừa phát triển kinh tế", "không chủ quan, không lơ
// là"), that put each its own word in one frame ("nhà cách ly nhà, thôn cách ly thôn") or that turn the same
// words around ("an toàn để sản xuất, sản xuất phải an toàn"). A list of names in
// quotes ("Xã Tân An, Xã Tân Bình") is written in capitals and does not pass; a part must be a few words,
// as in slogans.json rules.maxChainPartSyllables.
import { foldKey } from '../../phrases/patterns';

/** Parts that open with one of these are listed, not balanced: "các xã, các phường". */
const LISTING = new Set(['cac', 'nhung', 'moi', 'mot', 'va']);

export function isBalanced(phrase: string, maxPartSyllables: number): boolean {
  const parts = phrase
    .split(/[,;–]|\s-\s/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return false;
  const words = parts.map((p) => p.split(/\s+/u));
  if (words.some((w) => w.length < 2 || w.length > maxPartSyllables)) return false;
  // Names: every word of a part capitalised.
  if (words.some((w) => w.every((x) => /^\p{Lu}/u.test(x)))) return false;
  const keys = words.map((w) => w.map((x) => foldKey(x)));
  const first = keys[0][0];
  if (!LISTING.has(first) && /^\p{L}+$/u.test(first) && keys.every((k) => k[0] === first)) return true;
  // Each part the same frame around its own word: "nhà cách ly nhà, thôn cách ly thôn, xã cách ly xã"; three or
  // more parts closing on the same word: "thôn xanh, gia đình xanh, doanh nghiệp xanh".
  const middle = (k: string[]) => k.slice(1, -1).join(' ');
  if (keys.every((k) => k.length >= 3 && k[0] === k[k.length - 1] && middle(k) === middle(keys[0]))) return true;
  const last = keys[0][keys[0].length - 1];
  if (keys.length >= 3 && /^\p{L}+$/u.test(last) && keys.every((k) => k[k.length - 1] === last)) return true;
  // Chiasmus, two parts: "an toàn để sản xuất, sản xuất phải an toàn".
  if (keys.length !== 2) return false;
  const [a, b] = keys;
  const head = (k: string[], n: number) => k.slice(0, n).join(' ');
  const tail = (k: string[], n: number) => k.slice(-n).join(' ');
  for (let n = 1; n <= 2; n++) {
    for (let m = 1; m <= 2; m++) {
      if (head(a, n) === tail(b, n) && tail(a, m) === head(b, m) && head(a, n) !== tail(a, m)) return true;
    }
  }
  return false;
}
