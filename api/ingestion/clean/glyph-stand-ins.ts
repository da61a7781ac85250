import { LOOKALIKE_CLASS, latinLookalikes } from '../../text/lookalikes';

// Letters that stand in for others.
//
// PDF text layers made with some fonts give "ƣ" (U+01A3, the Latin letter oi) for "ư" and "Ƣ" for "Ư":
// "ngƣời", "Trƣờng". No Vietnamese word has the letter oi, so each is the horned u it stands in for.
//
// Pages copied by content farms disguise a news text with lookalike letters from other scripts, small
// capitals and Cyrillic or Greek ones, the tones still written as combining marks: "Tһᴏ̂пɡ тɪп тᴜ̛̀ Bɑп Cһɪ̉
// ƌᴀ̣ᴏ" is "Thông tin từ Ban Chỉ đạo". A word is read back when it mixes such letters with a Latin letter,
// a combining mark or a small capital, or Cyrillic with Greek (no language writes words so), and in a text
// with several such words every word of lookalikes is ("тҽѕт" is "test"); a Russian or Greek word in a
// Vietnamese text stays as it is. The table: text/lookalikes.ts.
const STAND_INS: Readonly<Record<string, string>> = { 'ƣ': 'ư', 'Ƣ': 'Ư' };
const STAND_IN = new RegExp(`[${Object.keys(STAND_INS).join('')}]`, 'g');

/** A word that holds a lookalike letter. */
const DISGUISED_WORD = new RegExp(`[^\\s]*[${LOOKALIKE_CLASS}][^\\s]*`, 'gu');
/** What marks a word as disguised Latin: a Latin letter, a combining mark, or a small capital or IPA letter. */
const LATIN_SIGN = /[A-Za-z\u0300-\u036f\u0250-\u02af\u1d00-\u1d2b\ua730-\ua731\u018c]/u;
const CYRILLIC = /[\u0400-\u052f]/u;
const GREEK = /[\u0370-\u03ff]/u;
/** From this many disguised words on, the whole text is disguised: a word of lookalikes from one script ("тҽѕт") too. */
const DISGUISED_TEXT = 5;

/** A word no language writes: lookalikes beside Latin signs, or Cyrillic beside Greek. */
function isDisguised(word: string): boolean {
  const bare = word.normalize('NFD');
  return LATIN_SIGN.test(bare) || (CYRILLIC.test(bare) && GREEK.test(bare));
}

/** `text` with every glyph stand-in replaced by the letter it stands for; a word read back is left decomposed (NFD). */
export function replaceGlyphStandIns(text: string): string {
  const standIns = text.replace(STAND_IN, (ch) => STAND_INS[ch]);
  const words = standIns.match(DISGUISED_WORD) ?? [];
  if (words.length === 0) return standIns;
  const wholeText = words.filter(isDisguised).length >= DISGUISED_TEXT;
  return standIns.replace(DISGUISED_WORD, (word) => (wholeText || isDisguised(word) ? latinLookalikes(word) : word));
}
