// Could this token be one Vietnamese syllable? Judged by spelling rules alone (onset, vowel cluster,
// final consonant, one tone, stop finals only with sắc/nặng), without a dictionary, so legacy-encoding
// detection and the diacritic share can tell Vietnamese from other text and from mis-decoded bytes.

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_TONES = /[\u0301\u0323]/; // sắc, nặng: the only tones a syllable ending in c, ch, p, t takes

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
const CODA = '(?:ch|ng|nh|[cmnpt])';
// Clusters that never end a syllable ("tân", "tiến", "xoong"), that may ("ta", "tan") and that end in a
// glide and so take no final consonant ("tai", "người", "khuya").
const NEEDS_CODA = ['uyê', 'oă', 'uâ', 'iê', 'yê', 'uô', 'ươ', 'oo', 'ă', 'â'];
const MAY_END = ['oa', 'oe', 'uê', 'uy', 'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const OPEN = ['iêu', 'yêu', 'uôi', 'ươi', 'ươu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uya', 'uyu', 'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu', 'uơ'];

const alt = (xs: string[]) => `(?:${[...new Set(xs)].sort((a, b) => b.length - a.length).join('|')})`;
const shape = (needsCoda: string[], mayEnd: string[], open: string[]) =>
  new RegExp(`^${ONSET}(?:${alt(needsCoda)}${CODA}|${alt(mayEnd)}${CODA}?|${alt(open)})$`);
const SHAPE = shape(NEEDS_CODA, MAY_END, OPEN);

// A text that lost its marks writes "nguoi", "tien", "quyen": the same clusters without marks, where one
// unmarked cluster stands for several ("ua" for "ua", "ưa" and "uâ") and so takes what any of them takes.
const bare = (xs: string[]) => xs.map((x) => x.normalize('NFD').replace(/[\u0302\u0306\u031B]/g, '').normalize('NFC'));
const UNMARKED_OPEN = new Set([...bare(OPEN), ...bare(MAY_END)]);
const UNMARKED_SHAPE = shape(
  bare([...NEEDS_CODA, ...MAY_END]).filter((x) => !UNMARKED_OPEN.has(x)),
  bare([...NEEDS_CODA, ...MAY_END]).filter((x) => UNMARKED_OPEN.has(x)),
  bare([...OPEN, ...MAY_END]),
);
const STOP_FINAL = /(?:ch|[cpt])$/;

const cache = new Map<string, boolean>();
const MAX_CACHED = 50_000;

/** True when `token` is spelled like a Vietnamese syllable, with or without its marks: "người", "nguoi", "Thủ". */
export function isSyllableShaped(token: string): boolean {
  let answer = cache.get(token);
  if (answer === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    answer = judge(token);
    cache.set(token, answer);
  }
  return answer;
}

function judge(token: string): boolean {
  const decomposed = token.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE) ?? [];
  if (tones.length > 1) return false;
  if (!/[\u0300-\u036f]/.test(decomposed) && UNMARKED_SHAPE.test(decomposed)) return true;
  const letters = decomposed.replace(TONE, '').normalize('NFC');
  if (!SHAPE.test(letters)) return false;
  return tones.length === 0 || !STOP_FINAL.test(letters) || STOP_TONES.test(tones[0] ?? '');
}

const markedCache = new Map<string, boolean>();

/** True when `token` carries a Vietnamese mark (tone, circumflex, breve, horn) or is spelled with đ. */
export function isMarked(token: string): boolean {
  let answer = markedCache.get(token);
  if (answer === undefined) {
    if (markedCache.size >= MAX_CACHED) markedCache.clear();
    answer = /[\u0300-\u036f]/.test(token.normalize('NFD')) || /[đĐ]/.test(token);
    markedCache.set(token, answer);
  }
  return answer;
}
