// "TP. Hồ Chí Minh", "TP.HCM", "TX. Chí Linh", "ThS. Lê Thị Hoa": the dot of a place's or a title's abbreviation
// ends no sentence and closes no clause between the words around it.

/** The abbreviations written with a dot before a name. */
const ABBREVIATIONS = ['TP', 'Tp', 'TX', 'Tx', 'TT', 'ThS', 'TS', 'BS', 'PGS', 'GS'];

/** Alternation of the abbreviations and their dot, standing alone as words: for a look-behind. */
export const ABBREVIATION_DOT = String.raw`(?<![\p{L}])(?:${ABBREVIATIONS.join('|')})\.`;

const DOTS = new RegExp(ABBREVIATION_DOT, 'gu');

/** `s` with each abbreviation's dot made a space, its length kept: "từ TP.HCM" -> "từ TP HCM". */
export function withoutAbbreviationDots(s: string): string {
  return s.replace(DOTS, (m) => `${m.slice(0, -1)} `);
}
