// PDF text layers made with some fonts give "ƣ" (U+01A3, the Latin letter oi) for "ư" and "Ƣ" for "Ư":
// "ngƣời", "Trƣờng". No Vietnamese word has the letter oi, so each is the horned u it stands in for.
const STAND_INS: Readonly<Record<string, string>> = { 'ƣ': 'ư', 'Ƣ': 'Ư' };
const STAND_IN = new RegExp(`[${Object.keys(STAND_INS).join('')}]`, 'g');

/** `text` with every glyph stand-in replaced by the letter it stands for (one character for one). */
export function replaceGlyphStandIns(text: string): string {
  return text.replace(STAND_IN, (ch) => STAND_INS[ch]);
}
