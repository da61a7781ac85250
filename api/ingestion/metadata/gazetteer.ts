// Finds province names, their other spellings and places inside provinces (reference data from
// api/reference/provinces) in a text. Matching is on folded text, so "Quang Ninh" and OCR'd accents still
// match, but capitals are checked on the original: "hòa bình" (peace) is not Hòa Bình province.
import { wordRuns } from '../../text/char-class';
import { fold } from '../../text/fold';
import { ProvinceRecord, loadProvinces } from '../../reference/provinces';
import { escapeRegExp } from '../../text/regexp';
import { AFTER } from '../phrases/patterns';

export type MentionVia = 'NAME' | 'ALIAS' | 'PLACE';

export interface PlaceMention {
  province: ProvinceRecord;
  via: MentionVia;
  /** The words as written in the text. */
  surface: string;
  /** The reference spelling that matched ("Vân Đồn", "Thanh Hoá"). */
  reference: string;
  start: number;
  end: number;
}

interface Entry {
  province: ProvinceRecord;
  via: MentionVia;
  reference: string;
}

interface Candidate {
  entry: Entry;
  /** Sticky pattern for the whole name, tried at a word start. */
  pattern: RegExp;
}

/** Names indexed by their first folded word, longest first, so only a few are tried at each word. */
type Gazetteer = Map<string, Candidate[]>;

let cached: { records: readonly ProvinceRecord[]; gazetteer: Gazetteer } | undefined;

function key(surface: string): string {
  return fold(surface).replace(/\s*[-–]\s*/g, '-').replace(/\s+/g, ' ');
}

function build(records: readonly ProvinceRecord[]): Gazetteer {
  const entries = new Map<string, Entry>();
  for (const province of records) {
    const add = (reference: string, via: MentionVia) => {
      if (!entries.has(key(reference))) entries.set(key(reference), { province, via, reference });
    };
    add(province.name, 'NAME');
    province.aliases.forEach((a) => add(a, 'ALIAS'));
    province.places.forEach((p) => add(p, 'PLACE'));
  }
  const index: Gazetteer = new Map();
  for (const [k, entry] of entries) {
    const first = /^[\p{L}\p{N}]+/u.exec(k)?.[0] ?? k;
    const body = escapeRegExp(k).replace(/-/g, '\\s*[-–]\\s*').replace(/ /g, '\\s+');
    const pattern = new RegExp(`${body}${AFTER}`, 'uy');
    index.set(first, [...(index.get(first) ?? []), { entry, pattern }]);
  }
  for (const list of index.values()) list.sort((x, y) => y.entry.reference.length - x.entry.reference.length);
  return index;
}

function gazetteer(records?: readonly ProvinceRecord[]): Gazetteer {
  const source = records ?? loadProvinces();
  if (!cached || cached.records !== source) cached = { records: source, gazetteer: build(source) };
  return cached.gazetteer;
}

/** Every word of the reference that starts with a capital must start with one in the text too. */
function capitalsAgree(surface: string, reference: string): boolean {
  const ours = surface.split(/[\s-–]+/).filter(Boolean);
  const theirs = reference.split(/[\s-–]+/).filter(Boolean);
  return theirs.every((word, i) => {
    const first = word[0];
    const capital = first !== first.toLowerCase();
    const mine = ours[i]?.[0];
    return !capital || (mine !== undefined && mine !== mine.toLowerCase());
  });
}

/**
 * A name written with marks but a plain "d" where the place has "đ" is another word: "DIÊN BIÊN" (an OCR
 * "diễn biến" in capitals) is no "Điện Biên". A text without any mark may write either.
 */
function dropsStroke(surface: string, reference: string): boolean {
  const ours = surface.normalize('NFC').toLowerCase();
  const theirs = reference.normalize('NFC').toLowerCase();
  if (ours.length !== theirs.length || !/[^\x00-\x7f]/u.test(ours)) return false;
  return [...theirs].some((ch, i) => ch === 'đ' && ours[i] === 'd');
}

export function findPlaceMentions(text: string, folded = fold(text), records?: readonly ProvinceRecord[]): PlaceMention[] {
  const index = gazetteer(records);
  const candidates: PlaceMention[] = [];
  // Every word start is tried, so a name that begins inside another is seen too ("TỈNH GIA LAI" holds the
  // place "Tĩnh Gia" and the province "Gia Lai"; "thành Phố Hồ Chí Minh" fails its capitals but holds
  // "Hồ Chí Minh").
  for (const { word, index: start } of wordRuns(folded)) {
    for (const { entry, pattern } of index.get(word) ?? []) {
      pattern.lastIndex = start;
      const m = pattern.exec(folded);
      if (!m) continue;
      const end = start + m[0].length;
      const surface = text.slice(start, end);
      if (capitalsAgree(surface, entry.reference) && !dropsStroke(surface, entry.reference)) {
        candidates.push({ province: entry.province, via: entry.via, surface, reference: entry.reference, start, end });
      }
    }
  }
  // Overlaps: a province's own name beats a place, then the longer match beats the shorter.
  const rank = (c: PlaceMention) => (c.via === 'PLACE' ? 1 : 0);
  const taken = new Uint8Array(folded.length);
  const chosen: PlaceMention[] = [];
  for (const c of candidates.sort((x, y) => rank(x) - rank(y) || y.end - y.start - (x.end - x.start) || x.start - y.start)) {
    if (taken.subarray(c.start, c.end).some((t) => t === 1)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((x, y) => x.start - y.start);
}
