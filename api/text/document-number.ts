// Vietnamese document numbers: a serial, an optional year, then symbol codes joined by "-" or "/". Party
// documents put the kind code before the slash ("370-TB/TU", "11 - TB/BCĐ"), state documents after it
// ("1699/CĐ-TTg", "25/CT-UBND", "15/2021/QĐ-UBND"); an official letter carries only the issuer's codes
// ("1234/UBND-VX"). One grammar serves the directive's own number, the documents it cites and editors'
// corrections.
import { fold } from './fold';
import { latinLookalikes } from './lookalikes';
import { partitionPoint } from './sorted';

export interface DocumentNumber {
  /** Span of the number in the text it was found in. */
  start: number;
  end: number;
  /** Normalised: no spaces around separators, en dashes as hyphens, letters as printed: "11-TB/BCĐ". */
  number: string;
  /** The symbol codes in order, as printed: ["TB", "BCĐ"]. */
  symbols: string[];
}

// The serial must not continue a word, a code or a date ("COVID-19", "F0/F1", "27/9/2021"), except after
// "số" or a kind word glued to it by OCR ("số1699/CĐ-TTg", "Nghị định117/2020/NĐ-CP").
const SERIAL =
  /(?:(?<=[sS][oOốỐôÔồỒ]|định|thị|báo|văn|điện|quyết|hoạch)|(?<![\p{L}\p{N}/.\-–]))\d{1,5}[a-z]?(?=(?:[ \u00a0]*\/[ \u00a0]*\d{4})?[ \u00a0]*[-–/][ \u00a0]*\p{Lu})/gu;
const YEAR = /[ \u00a0]*\/[ \u00a0]*(\d{4})(?=[ \u00a0]*[-–/])/y;
// A code may end in the term's number ("QH15": the 15th National Assembly).
const SEGMENT = /[ \u00a0]*[-–/][ \u00a0]*(\p{Lu}[\p{L}&]*\d{0,2})(?!\d)/uy;
// A dot may join the second code to the first, unspaced: Nghệ An's "12/CĐ.UBND".
const DOTTED_SEGMENT = /\.(\p{Lu}[\p{L}&]*\d{0,2})(?![\d\p{L}])/uy;
/** A code of one letter and a digit or two: a building's block or a room's, not an issuer's. */
const PLACE_CODE = /^\p{Lu}\d{1,2}$/u;
/** A word OCR glued to the last code ("19/CT-TTgngày 24/4/2020"): the code is what comes before it. */
const GLUED_WORD = /(?<=\p{Lu}[\p{L}&]*?)(?:ngày|của|về|năm|và|do|theo|tại)$/u;

/** A symbol code is an abbreviation: mostly capitals ("TTg", "BCĐ", "UBND"), short, not a word going on. */
function isSymbol(segment: string): boolean {
  const upper = (segment.match(/\p{Lu}/gu) ?? []).length;
  const lower = (segment.match(/\p{Ll}/gu) ?? []).length;
  return segment.length <= 12 && upper >= 1 && upper >= lower;
}

/** The number starting at `start` (a serial's first digit), or null when no symbol code follows it. */
function readAt(text: string, start: number, serialEnd: number): DocumentNumber | null {
  let end = serialEnd;
  YEAR.lastIndex = end;
  const year = YEAR.exec(text);
  if (year) end = YEAR.lastIndex;
  const symbols: string[] = [];
  // The next code after `end`, and where it ends.
  const next = (): { code: string; after: number } | null => {
    for (const re of symbols.length === 1 ? [SEGMENT, DOTTED_SEGMENT] : [SEGMENT]) {
      re.lastIndex = end;
      const m = re.exec(text);
      if (m) return { code: m[1], after: re.lastIndex };
    }
    return null;
  };
  for (let m = next(); m; m = next()) {
    const glued = GLUED_WORD.exec(m.code);
    const code = glued ? m.code.slice(0, glued.index) : m.code;
    if (!isSymbol(code)) break;
    symbols.push(code);
    end = m.after - (glued ? glued[0].length : 0);
    if (glued) break;
  }
  // One letter and a digit or two ("phòng 302/A2", "Km 12/B3") name a room, a block or a lot: no issuer writes so.
  if (symbols.length === 0 || (symbols.length === 1 && !year && PLACE_CODE.test(symbols[0]))) return null;
  return { start, end, number: normaliseDocumentNumber(text.slice(start, end)), symbols };
}

/**
 * Every place SERIAL matches in the last text asked, and the match's end there. A directive is searched range
 * by range (each sentence for the documents it names), and a search from a range's start runs on to the next
 * serial wherever it is: found once, the serials of every range are a binary search away.
 */
let serials: { text: string; starts: number[]; ends: number[] } | null = null;

function serialsIn(text: string): { starts: number[]; ends: number[] } {
  if (serials?.text !== text) {
    const starts: number[] = [];
    const ends: number[] = [];
    SERIAL.lastIndex = 0;
    // From the next character, not the match's end: a scan from any place finds the first of these after it.
    for (let m = SERIAL.exec(text); m; m = SERIAL.exec(text)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      SERIAL.lastIndex = m.index + 1;
    }
    serials = { text, starts, ends };
  }
  return serials;
}

/** Every document number in text[from, to), in order. */
export function findDocumentNumbers(text: string, from = 0, to = text.length): DocumentNumber[] {
  const out: DocumentNumber[] = [];
  const { starts, ends } = serialsIn(text);
  let next = from;
  for (let i = partitionPoint(starts, (at) => at < from); i < starts.length && starts[i] < to; i++) {
    if (starts[i] < next) continue;
    const found = readAt(text, starts[i], ends[i]);
    if (!found || found.end > to) {
      next = ends[i];
      continue;
    }
    out.push(found);
    next = found.end;
  }
  return out;
}

/** The document number that starts exactly at `pos`, if any. */
export function documentNumberAt(text: string, pos: number): DocumentNumber | null {
  const { starts, ends } = serialsIn(text);
  const i = partitionPoint(starts, (at) => at < pos);
  return starts[i] === pos ? readAt(text, pos, ends[i]) : null;
}

/** "11 - TB/BCĐ" -> "11-TB/BCĐ"; `spell` may replace a symbol by its canonical spelling ("CD" -> "CĐ"). */
export function normaliseDocumentNumber(raw: string, spell: (symbol: string) => string = (s) => s): string {
  return raw
    .trim()
    .replace(/[ \u00a0]*([-–/])[ \u00a0]*/g, (_, sep: string) => (sep === '–' ? '-' : sep))
    .replace(/\p{L}[\p{L}&]*/gu, (symbol) => spell(symbol));
}

/**
 * Comparison key: "1699/CĐ-TTg", "1699 / CD - TTG", "1699-cd-ttg" and a copy with Cyrillic look-alikes
 * ("370-ТВ/ТU" with Cyrillic Т and В) are one document.
 */
export function documentNumberKey(raw: string): string {
  const latin = latinLookalikes(raw.normalize('NFKC'));
  return fold(normaliseDocumentNumber(latin)).replace(/[-/.\s]+/g, ' ').trim();
}
