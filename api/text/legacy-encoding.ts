// Texts typed in pre-Unicode Vietnamese fonts: TCVN3 ("Th«ng b¸o"), VNI ("Thoâng baùo") and VIQR
// ("Tho^ng ba'o"), either mis-decoded inside a UTF-8 file or as 8-bit bytes; and 8-bit files in Windows-1258,
// the code page Vietnamese Windows saves "ANSI" text in. Detection converts each word
// that shows an encoding's marks and counts how many become Vietnamese syllables: a real legacy text turns
// almost all of them into syllables, while French, German, English or Unicode Vietnamese do not, and a
// few stray "«" or "^" fall short of the minimum count.
import { CP1252_HIGH } from './legacy-encoding-tables';
import { type LegacyEncoding, convertLegacy, convertTcvn3, convertVni, viqrWords } from './legacy-convert';
import { isMarked, isSyllableShaped } from './syllable-shape';

export { convertLegacy, type LegacyEncoding } from './legacy-convert';

export interface LegacyDetection {
  encoding: LegacyEncoding;
  /** Share of the encoding's marked words that convert to syllables, discounted while they are few. */
  confidence: number;
}

/** Marked words that must convert to syllables before an encoding is believed. */
const MIN_WORDS = 8;
/** VIQR's marks are also apostrophes, question marks and full stops: it needs more, and inside words. */
const MIN_VIQR_WORDS = 12;
/** Share of the marked words that convert to syllables. */
const MIN_VALID_SHARE = 0.8;
/** Share of all words that carry the encoding's marks (Vietnamese prose marks over half its syllables). */
const MIN_MARKED_SHARE = 0.15;
/** Confidence is full from this many converted syllables on. */
const FULL_CONFIDENCE_WORDS = 30;
/** Detection reads the beginning of a long text only: a legacy text is legacy throughout. */
const SAMPLE_CHARS = 200_000;

// Letters only Unicode Vietnamese has; a legacy text read as Latin text has none of them.
const UNICODE_VIETNAMESE = /[ăđĩũơưĂĐĨŨƠƯ\u1EA0-\u1EF9]/;
const TCVN3_WORD = /[A-Za-z\u00A1-\u00FF]+/g;

interface Tally {
  marked: number;
  valid: number;
}

/** How many words an encoding would change, and how many of those become marked Vietnamese syllables. */
function tallyLatin(words: Map<string, number>, convert: (w: string) => string): Tally {
  const t: Tally = { marked: 0, valid: 0 };
  for (const [w, n] of words) {
    const u = convert(w);
    if (u === w) continue;
    t.marked += n;
    if (isMarked(u) && isSyllableShaped(u)) t.valid += n;
  }
  return t;
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.match(TCVN3_WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function accepts(t: Tally, words: number, unicodeWords: number, min: number): boolean {
  return (
    t.valid >= min &&
    t.valid >= MIN_VALID_SHARE * t.marked &&
    t.marked >= MIN_MARKED_SHARE * words &&
    unicodeWords * 4 <= t.valid
  );
}

function confidence(t: Tally): number {
  const share = t.marked === 0 ? 0 : t.valid / t.marked;
  return Math.round(share * Math.min(1, 0.5 + t.valid / (2 * FULL_CONFIDENCE_WORDS)) * 1000) / 1000;
}

/** TCVN3 or VNI, whichever converts clearly more words to syllables; null when neither or both fit. */
function detectLatin(text: string, unicodeWords: number): LegacyDetection | null {
  const words = wordCounts(text);
  let total = 0;
  for (const n of words.values()) total += n;
  const tcvn3 = tallyLatin(words, convertTcvn3);
  const vni = tallyLatin(words, convertVni);
  const candidates: [LegacyEncoding, Tally][] = [];
  if (accepts(tcvn3, total, unicodeWords, MIN_WORDS)) candidates.push(['TCVN3', tcvn3]);
  if (accepts(vni, total, unicodeWords, MIN_WORDS)) candidates.push(['VNI', vni]);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b[1].valid - a[1].valid);
  const [best, runnerUp] = candidates;
  if (runnerUp && best[1].valid < 2 * runnerUp[1].valid) return null;
  return { encoding: best[0], confidence: confidence(best[1]) };
}

// A mark between two letters ("ba'o", "e.g"): what VIQR words show and ordinary punctuation rarely does.
const INNER_MARK = /[A-Za-z][\^(+'`?~.][A-Za-z]/;

function detectViqr(text: string, unicodeWords: number): LegacyDetection | null {
  const t: Tally = { marked: 0, valid: 0 };
  const words = viqrWords(text);
  for (const w of words) {
    // Only marks inside words, modifiers and "dd" count; a word whose inner mark made no syllable counts against.
    if (w.strong) {
      t.marked++;
      t.valid++;
    } else if (!w.converted && INNER_MARK.test(text.slice(w.start, w.end))) {
      t.marked++;
    }
  }
  return accepts(t, words.length, unicodeWords, MIN_VIQR_WORDS) ? { encoding: 'VIQR', confidence: confidence(t) } : null;
}

/** The legacy encoding `text` was typed in, when its signature is unambiguous; null for anything else. */
export function detectLegacyEncoding(text: string): LegacyDetection | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return null;
  const unicodeWords = words.filter((w) => UNICODE_VIETNAMESE.test(w)).length;
  // Every encoding needs four converted words per Unicode Vietnamese word: ordinary text stops here.
  if (unicodeWords * 4 > words.length) return null;
  if (/[\u00A1-\u00FF]/.test(sample)) {
    const latin = detectLatin(sample, unicodeWords);
    if (latin) return latin;
  }
  return detectViqr(sample, unicodeWords);
}

/** Bytes of an 8-bit file as the Windows-1252 characters that name TCVN3 and VNI codes; null on unassigned bytes. */
function decodeEightBit(bytes: Buffer): string | null {
  let out = '';
  for (const b of bytes) {
    if (b >= 0x80 && b < 0xa0) {
      const ch = CP1252_HIGH[b];
      if (ch === undefined) return null;
      out += ch;
    } else {
      out += String.fromCharCode(b);
    }
  }
  return out;
}

/** An 8-bit TCVN3, VNI or Windows-1258 file as NFC Unicode text, or null when the bytes are not recognisably one. */
export function decodeLegacyBytes(bytes: Buffer): { text: string; encoding: LegacyEncoding } | null {
  const latin = decodeEightBit(bytes);
  if (latin !== null) {
    const sample = latin.length > SAMPLE_CHARS ? latin.slice(0, SAMPLE_CHARS) : latin;
    const found = detectLatin(sample, 0);
    if (found) return { text: convertLegacy(latin, found.encoding), encoding: found.encoding };
  }
  const windows = decodeWindows1258(bytes);
  return windows === null ? null : { text: windows, encoding: 'WINDOWS_1258' };
}

/**
 * Windows-1258 writes a vowel's own marks in its letter ("ô", "ư") and the tone as a mark of its own after it, so
 * its Vietnamese decodes into marked words that are syllables, as a legacy font's converted words are, while a
 * Latin-1 file of another language does not (its "é", "ñ" make no syllables) and a few words prove nothing.
 */
function decodeWindows1258(bytes: Buffer): string | null {
  const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const t: Tally = { marked: 0, valid: 0 };
  const words = sample.match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    if (!isMarked(w)) continue;
    t.marked++;
    if (isSyllableShaped(w.toLowerCase())) t.valid++;
  }
  return accepts(t, words.length, 0, MIN_WORDS) ? text : null;
}
