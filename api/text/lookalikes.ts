// Letters of other scripts that print like Latin ones: Cyrillic and Greek capitals and small letters, small
// capitals and IPA letters. A copy typed on another keyboard or read by an OCR engine with several scripts
// writes "370-ТВ/ТU" with Cyrillic Т and В; a content farm disguises a whole news text with them ("Tһᴏ̂пɡ тɪп").
// One table for both: each Latin letter and the lookalikes that stand for it.
const SOURCES: Readonly<Record<string, string>> = {
  a: 'ɑᴀаα',
  b: 'Ььʙ',
  c: 'ᴄсϲ',
  d: 'Ԁԁ',
  đ: 'ƌ',
  e: 'ᴇҽе',
  f: 'ꜰ',
  g: 'ɡɢ',
  h: 'һʜн',
  i: 'ɪі',
  j: 'јᴊ',
  k: 'ᴋк',
  l: 'ʟ',
  m: 'ᴍм',
  n: 'пɴ',
  o: 'ᴏоο',
  p: 'ρрᴘ',
  q: 'զ',
  r: 'гʀ',
  s: 'ѕꜱ',
  t: 'тᴛ',
  u: 'ᴜυ',
  v: 'ᴠν',
  w: 'ᴡ',
  x: 'хχ',
  y: 'ʏу',
  z: 'ᴢ',
  A: 'АΑ',
  B: 'ВΒ',
  C: 'С',
  E: 'ЕΕ',
  H: 'НΗ',
  I: 'ІΙ',
  J: 'Ј',
  K: 'КΚ',
  M: 'МΜ',
  N: 'Ν',
  O: 'ОΟ',
  P: 'РΡ',
  S: 'Ѕ',
  T: 'ТΤ',
  X: 'ХΧ',
  Y: 'УΥ',
  Z: 'Ζ',
};

const LATIN: ReadonlyMap<string, string> = new Map(Object.entries(SOURCES).flatMap(([letter, alikes]) => [...alikes].map((a) => [a, letter] as const)));

/** The lookalike letters, as the inside of a character class. */
export const LOOKALIKE_CLASS = [...LATIN.keys()].join('');
const LOOKALIKE = new RegExp(`[${LOOKALIKE_CLASS}]`, 'gu');

/** `text` with each lookalike letter as the Latin one it stands for; a Greek letter's tone ("ά") is kept apart. */
export function latinLookalikes(text: string): string {
  return text.normalize('NFD').replace(LOOKALIKE, (ch) => LATIN.get(ch)!);
}
