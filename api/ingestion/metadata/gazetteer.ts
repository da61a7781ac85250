// Finds province names, their other spellings and places inside provinces (reference data from
// api/reference/provinces) in a text. Matching is on folded text, so "Quang Ninh" and OCR'd accents still
// match, but capitals are checked on the original: "hòa bình" (peace) is not Hòa Bình province.
import { fold } from '../../text/fold';
import { ProvinceRecord, loadProvinces } from '../../reference/provinces';

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

interface Gazetteer {
  pattern: RegExp;
  entries: Map<string, Entry>;
}

let cached: { records: readonly ProvinceRecord[]; gazetteer: Gazetteer } | undefined;

function key(surface: string): string {
  return fold(surface).replace(/\s*[-–]\s*/g, '-').replace(/\s+/g, ' ');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  // Longest first, so "Thừa Thiên Huế" wins over "Huế" at the same position.
  const alternatives = [...entries.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/-/g, '\\s*[-–]\\s*').replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, entries };
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

export function findPlaceMentions(text: string, folded = fold(text), records?: readonly ProvinceRecord[]): PlaceMention[] {
  const { pattern, entries } = gazetteer(records);
  const candidates: PlaceMention[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(folded))) {
    const start = m.index;
    const end = start + m[0].length;
    const entry = entries.get(key(m[0]));
    const surface = text.slice(start, end);
    if (entry && capitalsAgree(surface, entry.reference)) {
      candidates.push({ province: entry.province, via: entry.via, surface, reference: entry.reference, start, end });
    }
    // Try every start: another name may begin inside this one ("TỈNH GIA LAI" holds the place "Tĩnh Gia"
    // and the province "Gia Lai"; "thành Phố Hồ Chí Minh" fails its capitals but holds "Hồ Chí Minh").
    pattern.lastIndex = start + 1;
  }
  // Overlaps: a province's own name beats a place, then the longer match beats the shorter.
  const rank = (c: PlaceMention) => (c.via === 'PLACE' ? 1 : 0);
  const chosen: PlaceMention[] = [];
  for (const c of [...candidates].sort((x, y) => rank(x) - rank(y) || y.end - y.start - (x.end - x.start) || x.start - y.start)) {
    if (!chosen.some((o) => c.start < o.end && o.start < c.end)) chosen.push(c);
  }
  return chosen.sort((x, y) => x.start - y.start);
}
