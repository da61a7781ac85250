// What may stand between the words of a lexicon phrase: as regex sources (patterns.ts writes them into every
// phrase) and as a test over a text, which the phrase index runs before any regex (a phrase's lead, see
// patterns.ts). The two read the same two character sets, defined here once.

export const SPACE = '[\\s\\u00a0]';
const DASH = '[-–—,]';
/** Between two words: spaces, or a hyphen, dash or comma with optional spaces around it. */
export const WORD_SEP = `(?:${SPACE}*${DASH}${SPACE}*|${SPACE}+)`;
/** Between a letter and a digit ("COVID-19", "COVID 19", "COVID19") the separator may be absent. */
export const LOOSE_SEP = `(?:${SPACE}*${DASH}?${SPACE}*)`;

/** Which separator a phrase puts between two tokens: WORD_SEP, LOOSE_SEP, or spaces alone (`${SPACE}*`, beside a symbol). */
export type Separator = 'word' | 'loose' | 'space';

const IS_SPACE = 1;
const IS_DASH = 2;
const KNOWN = 4;
/** Each code unit's class, worked out from the two sets above when first met. */
const units = new Uint8Array(0x10000);
const SPACE_CHAR = new RegExp(`^${SPACE}$`);
const DASH_CHAR = new RegExp(`^${DASH}$`);

function classOf(unit: number): number {
  let c = units[unit];
  if (c === 0) {
    const ch = String.fromCharCode(unit);
    c = units[unit] = KNOWN | (SPACE_CHAR.test(ch) ? IS_SPACE : DASH_CHAR.test(ch) ? IS_DASH : 0);
  }
  return c;
}

/** Is `ch` a space, hyphen, dash or comma: what separates a phrase's words, never its content? */
export function isSeparatorChar(ch: string): boolean {
  return (classOf(ch.charCodeAt(0)) & (IS_SPACE | IS_DASH)) !== 0;
}

/**
 * Where a `kind` separator starting at `at` ends when the token after it starts with neither a space nor a
 * dash (every token does: those are separators, never content), or -1 when the run of spaces and dashes
 * there is no such separator. The separator has to take the whole run: the next token cannot start inside it.
 */
export function separatorEnd(text: string, at: number, kind: Separator): number {
  let dashes = 0;
  let i = at;
  for (; i < text.length; i++) {
    const c = classOf(text.charCodeAt(i));
    if (c === KNOWN) break;
    if (c & IS_DASH) dashes++;
  }
  if (kind === 'space') return dashes === 0 ? i : -1;
  if (dashes > 1 || (kind === 'word' && i === at)) return -1;
  return i;
}

/** Where a run of one or more spaces starting at `at` ends, or -1 (the `${SPACE}+` after an optional "và"). */
export function spacesEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && classOf(text.charCodeAt(i)) & IS_SPACE) i++;
  return i > at ? i : -1;
}
