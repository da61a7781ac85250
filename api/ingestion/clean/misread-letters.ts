// Old scans of texts typed in a legacy font (.VnTime and its kin) come back from OCR with digits where
// accented letters were: "t1nh", "d1ch", "S6 Y t6", "c4p". The numbers of such a text are repaired elsewhere
// (garbled-numbers.ts); this reads the words back, so that agencies, units and cues match. A digit (or "~",
// or a "j" for "ị") inside a word stands for one vowel with its marks; the word it spells is the syllable
// directive prose uses most with that shape, or the one its neighbour is most often seen with
// (seeds/syllables.json). A word is left as written when the evidence does not single one reading out. The
// repair is one character for one, so offsets hold, and the repaired words are returned: they are damage,
// and the text's quality says so.
// A capital I is a lower-case l to OCR ("cách Iy", "Iực lượng"): such a word inside lower-case prose, read
// with an l, is a syllable, and with an i it is none. A final y loses its tail and reads as a v ("ngàv"):
// no Vietnamese syllable ends in v.
// A faxed or worn scan misreads marks instead ("ngưòi", "đưọc", "trưòng": a horn or a tone lost or swapped):
// a word with marks that no Vietnamese syllable has is read back the same way, among the syllables of its
// letters without marks.
// A legacy font's print whose hook above OCR never reads loses that tone on every word ("tinh", "phai", "Sơ Y
// tế"): such a text, many toned words and next to none with the hook, has each word without a tone that is also
// a syllable with the hook read back when its neighbours or its count single that reading out ("UBND tỉnh",
// but "tinh thần").
import { fold } from '../../text/fold';
import type { Hit } from '../phrases/patterns';
import { syllableCounts, type SyllableCounts } from './syllable-counts';
import { isMarked } from '../../text/syllable-shape';
import { syllableKey, vietnameseSyllables } from '../quality';
import { loadProvinces } from '../../reference/provinces';
import { loadDistricts } from '../../reference/districts';
import { loadCommunes } from '../../reference/communes';

const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const IS_VOWEL = new Set(VOWELS);
/**
 * What OCR writes for a letter of a legacy font it could not read: a digit, "~", or "j" for the "ị" it looks
 * like ("djch", "TJCH"): Vietnamese spells no word with a j. Also two that a scanner's OCR without Vietnamese
 * writes ("S& Y tế", "hQc", "CQNG HÒA"): "&" for "ơ", "ở" and their kin, and a "Q" inside a word for "ọ", "ộ"
 * (Vietnamese writes a q only to open "qu"). An "&" before a capital joins an English abbreviation ("R&D", "Q&A").
 */
const STAND_IN = /[0-9~jJ]|&(?!\p{Lu})|(?<=\p{L})Q(?![uU])/u;
const STAND_INS = new RegExp(STAND_IN.source, 'gu');

/** The word with each stand-in as "?": its shape among the syllables. */
const shapeOf = (token: string): string => token.replace(STAND_INS, '?');
// A test, not a replacement: every word of every text is asked.
const hasStandIn = (token: string): boolean => STAND_IN.test(token);
// A word is a run of letters, digits and stand-ins that begins with a letter. A leading digit is a figure
// glued to its unit ("14ngày"), never a letter. Runs are matched whole and the letter tested after: the
// same words as a pattern with look-arounds, at a fraction of the cost on every word of every text.
const RUN = /[\p{L}\p{N}~&]+/gu;
const FIRST_LETTER = /^\p{L}/u;
/** Letters a garbled figure is made of ("l4", "O5"): such a token is a number, not a word. */
const FIGURE_LETTERS = /^[lIOo]+$/;
const MAX_STAND_INS = 2;
const CODE = /^\p{Lu}+[0-9~]+$/u;
/** A reading this many times likelier than the next, by count alone, is taken without a neighbour's word. */
const DOMINANT = 3;

// Such a scan reads "đ" as "d" as often as not ("d1ch" is "dịch", "Ban Chỉ d1o" is "đạo"): a shape does not
// tell them apart, and the reading brings the stroke back.
const shapeKey = (s: string) => s.replace(/đ/g, 'd');

interface Index {
  counts: SyllableCounts;
  /** Syllable without a tone -> the same syllable with the hook above ("phai" -> "phải"), where directive prose has it. */
  hooked: Map<string, string>;
  /** Syllable with one or two of its vowels replaced by "?" -> the syllables of that shape. */
  shapes: Map<string, string[]>;
  /** Syllable without its marks -> the syllables spelled with those letters. */
  letters: Map<string, string[]>;
}

let cached: Index | null = null;

function index(counts: SyllableCounts = syllableCounts()): Index {
  if (cached && cached.counts === counts) return cached;
  const shapes = new Map<string, string[]>();
  const letters = new Map<string, string[]>();
  const hooked = new Map<string, string>();
  const addTo = (m: Map<string, string[]>, key: string, syllable: string) => {
    const list = m.get(key);
    if (list) list.push(syllable);
    else m.set(key, [syllable]);
  };
  const add = (shape: string, syllable: string) => addTo(shapes, shape, syllable);
  for (const syllable of Object.keys(counts.syllables)) {
    addTo(letters, fold(syllable), syllable);
    const decomposed = syllable.normalize('NFD');
    // The commonest spelling wins ("ủy" over "uỷ"): the counts come commonest first.
    const base = decomposed.replace(HOOK, '').normalize('NFC');
    if (decomposed.includes(HOOK) && !hooked.has(base)) hooked.set(base, syllable);
    const chars = [...syllable];
    const vowelAt = chars.flatMap((c, i) => (IS_VOWEL.has(c) ? [i] : []));
    for (const i of vowelAt) {
      add(shapeKey(chars.map((c, k) => (k === i ? '?' : c)).join('')), syllable);
      for (const j of vowelAt) if (j > i) add(shapeKey(chars.map((c, k) => (k === i || k === j ? '?' : c)).join('')), syllable);
    }
  }
  return (cached = { counts, shapes, letters, hooked });
}

/** The hook above, the tone OCR of some legacy-font prints never reads, decomposed. */
const HOOK = '\u0309';
/** The five tones' combining marks. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** Enough toned words to judge by: a short text may have none with the hook by chance. */
const MIN_TONED = 60;
/** Prose writes the hook on one toned word in six or more; a text that lost it has next to none. */
const MAX_HOOK_SHARE = 0.01;

/** Did the text lose the hook above everywhere (many toned words, next to none with the hook)? */
export function lostHooks(text: string): boolean {
  let toned = 0;
  let hooks = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const decomposed = m[0].normalize('NFD');
    if (!TONE_MARK.test(decomposed)) continue;
    toned++;
    if (decomposed.includes(HOOK)) hooks++;
  }
  return toned >= MIN_TONED && hooks <= toned * MAX_HOOK_SHARE;
}

/**
 * In a text that lost its hooks, the word with the hook above when the evidence chooses it: a neighbour seen with
 * that reading rather than the word as read ("UBND tinh" -> "tỉnh", "tinh thần" stays), or else a count that
 * outnumbers the other reading's (DOMINANT).
 */
function readHookBack(token: string, before: string | null, after: string | null, idx: Index): string | null {
  if (!ONLY_LETTERS.test(token)) return null;
  const word = token.toLowerCase();
  const hooked = idx.hooked.get(word);
  if (!hooked || TONE_MARK.test(word.normalize('NFD'))) return null;
  const { syllables, pairs } = idx.counts;
  const withHook = seenWithNeighbours(hooked, before, after, pairs);
  const asRead = seenWithNeighbours(word, before, after, pairs);
  if (withHook !== asRead) return withHook > asRead ? hooked : null;
  return (syllables[hooked] ?? 0) > DOMINANT * (syllables[word] ?? 0) ? hooked : null;
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}~&]/u;

/** The neighbouring word across spaces only (none across punctuation or a line break), lower-cased. */
function neighbour(text: string, from: number, step: -1 | 1): string | null {
  return writtenNeighbour(text, from, step)?.toLowerCase() ?? null;
}

/** The neighbouring word as written. */
function writtenNeighbour(text: string, from: number, step: -1 | 1): string | null {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i += step;
  if (i === from) return null;
  let j = i;
  while (j >= 0 && j < text.length && LETTER.test(text[j])) j += step;
  // A word that runs on into a digit is itself misread: no evidence.
  if (j === i || (j >= 0 && j < text.length && WORD_CHAR.test(text[j]))) return null;
  return step === 1 ? text.slice(i, j) : text.slice(j + 1, i + 1);
}

function withCaseOf(token: string, word: string): string {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return word.toUpperCase();
  return /^\p{Lu}/u.test(token) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

const ONLY_LETTERS = /^\p{L}+$/u;

const misMarked = new Map<string, boolean>();
const MAX_JUDGED = 50_000;

/** A word with marks that no Vietnamese syllable has: "ngưòi", "đưọc". Texts repeat their words: each is judged once. */
function isMisMarked(token: string): boolean {
  let answer = misMarked.get(token);
  if (answer === undefined) {
    if (misMarked.size >= MAX_JUDGED) misMarked.clear();
    answer = ONLY_LETTERS.test(token) && isMarked(token) && !vietnameseSyllables().has(syllableKey(token));
    misMarked.set(token, answer);
  }
  return answer;
}

/** The syllables `token` may stand for: of its shape around its stand-ins, or of its letters when its marks are misread. */
function candidatesOf(token: string, idx: Index): string[] | null {
  const shape = shapeOf(token);
  const standIns = [...shape].filter((c) => c === '?').length;
  if (standIns === 0) {
    // One letter for one, so offsets hold: "người" for "ngưòi", not a longer spelling of the same letters.
    return isMisMarked(token) ? idx.letters.get(fold(token.toLowerCase()))?.filter((w) => w.length === token.length) ?? null : null;
  }
  if (standIns > MAX_STAND_INS) return null;
  if (FIGURE_LETTERS.test(shape.replace(/\?/g, ''))) return null;
  return idx.shapes.get(shapeKey(shape.toLowerCase())) ?? null;
}

/** How often directive prose writes `word` beside the neighbours it has here. */
function seenWithNeighbours(word: string, before: string | null, after: string | null, pairs: SyllableCounts['pairs']): number {
  return (before ? pairs[`${before} ${word}`] ?? 0 : 0) + (after ? pairs[`${word} ${after}`] ?? 0 : 0);
}

/** The one syllable `token` stands for, or null when there is none or the evidence does not choose. */
function readBack(token: string, before: string | null, after: string | null, idx: Index): string | null {
  // A capitalised word of a place's name the dictionary lacks ("Đồng Hới") is written as the gazetteer writes it.
  if (/^\p{Lu}/u.test(token) && placeSyllables().has(syllableKey(token))) return null;
  const candidates = candidatesOf(token, idx);
  if (!candidates || candidates.length === 0) return null;
  const letters = shapeOf(token).replace(/\?/g, '');
  const { syllables, pairs } = idx.counts;
  const seenWith = (word: string) => seenWithNeighbours(word, before, after, pairs);
  const ranked = [...candidates].sort((a, b) => seenWith(b) - seenWith(a) || syllables[b] - syllables[a]);
  const best = ranked[0];
  if (seenWith(best) > 0) return best;
  // Without a neighbour's word, one letter and a digit could be anything ("B2" is a block, not "bà"), and
  // capitals ending in a digit are a code ("Lưu VPTU, TH4": a filing mark, not "THỊ").
  if (letters.length < 2 || CODE.test(token)) return null;
  // A capitalised word with marks no syllable has may be a name in a minority's language ("Pa Vệ Sủ"): only a
  // neighbour's word reads it back.
  const misMarked = letters === token;
  if (misMarked && /^\p{Lu}/u.test(token)) return null;
  // Readings that differ only in their marks match alike, since facts are matched without marks; the commoner is
  // shown. A word whose marks were misread has only such readings: the commonest must outnumber the next.
  const rivals = ranked.filter((w) => w !== best && syllables[w] * DOMINANT > syllables[best] && (misMarked || fold(w) !== fold(best)));
  return rivals.length === 0 ? best : null;
}

let places: Set<string> | null = null;

/** The syllables of every province's, district's and commune's name, keyed as the dictionary's are. */
function placeSyllables(): Set<string> {
  if (!places) {
    const names = [...loadProvinces(), ...loadDistricts(), ...loadCommunes()].map((p) => p.name);
    places = new Set(names.flatMap((n) => n.split(/[\s-]+/u)).filter((w) => w.length > 0).map(syllableKey));
  }
  return places;
}

/** "I" then lower-case letters: a word OCR may have begun with an I for an l. */
const CAPITAL_I = /^I\p{Ll}+$/u;
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * "Iy" for "ly", "Iực" for "lực": the word read with an l, when only that reading is a syllable, a lower-case word
 * comes before it and none in capitals after it. A name goes on in capitals ("huyện Ia Grai"), and a sentence
 * opens with one.
 */
function lForCapitalI(token: string, before: string | null, after: string | null): string | null {
  if (!before || !LOWER_WORD.test(before) || (after !== null && !LOWER_WORD.test(after))) return null;
  const rest = token.slice(1);
  const syllables = vietnameseSyllables();
  if (syllables.has(syllableKey(`i${rest}`)) || !syllables.has(syllableKey(`l${rest}`))) return null;
  return `l${rest}`;
}

/** Lower-case letters ending in a v: a word OCR may have ended with a v for a y. */
const FINAL_V = /^\p{Ll}+v$/u;

/** "ngàv" for "ngày", "nàv" for "này": the word with its final y, when that is a syllable. */
function yForFinalV(token: string): string | null {
  const word = `${token.slice(0, -1)}y`;
  return vietnameseSyllables().has(syllableKey(word)) ? word : null;
}

/** One pass over `text`: each misread word whose reading the evidence singles out, read back. */
function readBackOnce(text: string, idx: Index, repaired: Hit[], hooksLost: boolean, damaged: boolean): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    const token = m[0];
    const start = m.index!;
    const end = start + token.length;
    // A letter OCR confuses with another: the word's reading with the other, or null; undefined when it has none.
    const confused = FINAL_V.test(token)
      ? yForFinalV(token)
      : CAPITAL_I.test(token)
        ? lForCapitalI(token, writtenNeighbour(out + text.slice(last, start), start - 1, -1), writtenNeighbour(text, end, 1))
        : undefined;
    if (confused !== undefined) {
      if (confused) {
        out += text.slice(last, start) + confused;
        last = end;
        repaired.push({ start, end });
      }
      continue;
    }
    const standIn = hasStandIn(token);
    const lostHook = hooksLost && !standIn && !isMisMarked(token);
    if (!FIRST_LETTER.test(token) || (!standIn && !isMisMarked(token) && !lostHook) || (!damaged && CODE.test(token))) continue;
    // A document number's symbol after its slash ("42/NQ", "15/QĐ") is capitals, not a word: its "Q" is a letter;
    // so is a unit's code after a dash in it ("1256/BCA-C07", "104/CAT-PV01"), its digits no vowels.
    if ((text[start - 1] === '/' || (text[start - 1] === '-' && inDocumentNumber(text, start))) && token === token.toUpperCase()) continue;
    // "TUQ. GIÁM ĐỐC", "KT. CHỦ TỊCH": a short capitals abbreviation closed by a full stop is no word.
    if (ABBREVIATION.test(text.slice(start, end + 3))) continue;
    // The word before is taken as already read back, so "h6i d6ng" can lean on its repaired neighbour.
    const before = neighbour(out + text.slice(last, start), start - 1, -1);
    const word = lostHook ? readHookBack(token, before, neighbour(text, end, 1), idx) : readBack(token, before, neighbour(text, end, 1), idx);
    if (!word) continue;
    out += text.slice(last, start) + withCaseOf(token, word);
    last = end;
    repaired.push({ start, end });
  }
  return out + text.slice(last);
}

const ABBREVIATION = /^\p{Lu}{2,4}\.[ \u00a0]+\p{Lu}/u;

/** Does the run of text without spaces that holds `at` write a document number ("1256/BCA-C07")? */
function inDocumentNumber(text: string, at: number): boolean {
  const before = /[^\s]*$/u.exec(text.slice(Math.max(0, at - 40), at))![0];
  return /\d\/[\p{Lu}\p{N}-]*$/u.test(before);
}

/**
 * A word a legacy font's scan left its mark on: a stand-in after a lower-case letter, inside the word ("d1ch",
 * "c4p") or closing a short one ("t6"); not a unit ("m2") nor a name with a number ("Covid19").
 */
const DAMAGED_WORD = /(?<![\p{L}\p{N}])(?:\p{L}{0,3}\p{Ll}[0-9~]+\p{L}[\p{L}0-9~]*|\p{L}?\p{Ll}[0-9~](?![\p{L}\p{N}]))/gu;
const UNITS = new Set(['m2', 'm3']);

/**
 * Does the text show a scan's damage outside codes? Only then is a code read back ("S6 Y t6": "Sở Y tế"); in
 * a clean text "tòa B2 và tòa T1" names towers, whatever words beside them it resembles.
 */
function showsDamage(text: string): boolean {
  for (const m of text.matchAll(DAMAGED_WORD)) if (!UNITS.has(m[0].toLowerCase())) return true;
  return false;
}

/** Passes: a word read back in one pass is the neighbour that decides the word before it in the next. */
const PASSES = 3;

/** `text` with each word a legacy font's scan misread read back, and where those words are. */
export function repairMisreadLetters(text: string, counts?: SyllableCounts): { text: string; repaired: Hit[] } {
  const idx = index(counts);
  const repaired: Hit[] = [];
  const hooksLost = lostHooks(text);
  const damaged = showsDamage(text);
  let current = text;
  for (let pass = 0; pass < PASSES; pass++) {
    const before = repaired.length;
    current = readBackOnce(current, idx, repaired, hooksLost, damaged);
    if (repaired.length === before) break;
  }
  return { text: current, repaired: repaired.sort((a, b) => a.start - b.start) };
}
