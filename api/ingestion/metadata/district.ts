// District-level units named in a text: a unit word and a capitalised name ("huyện Hoằng Hóa", "UBND THỊ XÃ
// QUẢNG YÊN", "Huyện ủy Tiên Yên", "TP. Hạ Long"), resolved through the 2021 gazetteer (seeds/districts.json)
// to the province they belong to. A name several provinces share ("Châu Thành") is resolved by the province
// the text names elsewhere, or left unresolved.
import { communesNamed, COMMUNE_KIND_WORDS, type CommuneRecord } from '../../reference/communes';
import { districtsNamed, nameKey, type DistrictKind, type DistrictRecord } from '../../reference/districts';
import { countDiacritics } from '../../text/diacritics';
import { fold } from '../../text/fold';
import { foldedAlternation } from '../../text/regexp';
import type { UnitWord } from '../lexicons/issuers';
import type { Lexicons } from '../lexicons';
import type { Reading } from '../reading';
import { opensNumberLine } from '../clean/line-shape';

export interface DistrictMention {
  /** The unit the name resolves to, or null when it is ambiguous or unknown. */
  district: DistrictRecord | null;
  /** Every unit of that name and kind (several for "Châu Thành"). */
  candidates: DistrictRecord[];
  /** From the unit word to the end of the name. */
  start: number;
  end: number;
  /** The name as written. */
  name: string;
}

/** A capitalised name of one to four words (or a numbered district: "Quận 1"), right after the unit word. */
const NAME = /^[ \u00a0]*\.?[ \u00a0]*(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,3}|\d{1,2})/u;

interface Compiled {
  unit: RegExp;
  words: Map<string, UnitWord>;
}

const cache = new WeakMap<Lexicons, Compiled>();

function compile(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const units = [...lex.issuers.partyUnits, ...lex.issuers.administrativeUnits].filter((u) => u.district !== null);
    const words = new Map(units.map((u) => [foldWord(u.word), u]));
    c = { unit: new RegExp(`(?<![a-z0-9])(${foldedAlternation(units.map((u) => u.word))})(?![a-z0-9])`, 'g'), words };
    cache.set(lex, c);
  }
  return c;
}

function foldWord(w: string): string {
  return fold(w).trim().replace(/\s+/g, ' ');
}

/**
 * The candidates spelled with the marks a name is written with, when it has marks and some are: folded, Hà Nội's
 * "Thanh Trì" is Sóc Trăng's "Thạnh Trị", and "Tam Dương" Lai Châu's "Tam Đường".
 */
function writtenAlike(name: string, candidates: DistrictRecord[]): DistrictRecord[] {
  if (candidates.length < 2 || countDiacritics(name).marked === 0) return candidates;
  const written = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const alike = candidates.filter((d) => d.name.normalize('NFC').toLowerCase() === written);
  return alike.length > 0 ? alike : candidates;
}

/** Candidates of a name for a unit kind; a "thành phố" may also be written for a thị xã that became one. */
export function candidatesFor(name: string, kind: DistrictKind): DistrictRecord[] {
  // A numbered urban district keeps its kind word in the gazetteer: "QUẬN 3" is "Quận 3".
  const all = /^\d+$/.test(name) ? districtsNamed(`Quận ${name}`) : writtenAlike(name, districtsNamed(name));
  const ofKind = all.filter((d) => d.kind === kind);
  return ofKind.length > 0 ? ofKind : all.filter((d) => d.kind === 'THANH_PHO' || d.kind === 'THI_XA');
}

/**
 * Picks the candidate whose province the text names; the only one when there is one. Otherwise the communes
 * the text names tell the candidates apart: a district's letters name its own communes ("xã Tân Thạch",
 * "thị trấn Cái Tàu Hạ") where they never name its province, and ten provinces have a "huyện Châu Thành".
 */
export function resolveDistrict(candidates: DistrictRecord[], namedProvinces: ReadonlySet<string>, reading?: Reading): DistrictRecord | null {
  if (candidates.length === 1) return candidates[0];
  const named = candidates.filter((d) => namedProvinces.has(d.province));
  if (named.length === 1) return named[0];
  return reading ? byOwnCommunes(named.length > 1 ? named : candidates, reading) : null;
}

/** A commune's unit word as a sentence, a title or capitals write it, and its capitalised name or a ward's number ("phường 3"). */
const COMMUNE_WORDS = Object.values(COMMUNE_KIND_WORDS).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
const COMMUNE = new RegExp(
  `(?<![\\p{L}])(${COMMUNE_WORDS.join('|')})[ \u00a0]+(\\p{Lu}[\\p{L}'’-]*(?:[ \u00a0]+\\p{Lu}[\\p{L}'’-]*){0,3}|\\d{1,2}(?![\\d/]))`,
  'gu',
);

/** Each commune the text names, once, as the communes of that kind and name the list holds. */
const communesCache = new WeakMap<Reading, CommuneRecord[][]>();

function communesIn(reading: Reading): CommuneRecord[][] {
  let out = communesCache.get(reading);
  if (out) return out;
  out = [];
  const seen = new Set<string>();
  for (const m of reading.text.matchAll(COMMUNE)) {
    const words = m[2].split(/[ \u00a0]+/u);
    // The longest run of the name's words the list knows ("Tân Thạch" in "xã Tân Thạch tổ chức").
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      const found = communesNamed(name, m[1].toLowerCase());
      if (found.length === 0) continue;
      const key = `${found[0].kind}|${nameKey(name)}`;
      if (!seen.has(key)) out.push(found);
      seen.add(key);
      break;
    }
  }
  communesCache.set(reading, out);
  return out;
}

const sameDistrict = (a: DistrictRecord, b: DistrictRecord) => a.province === b.province && a.kind === b.kind && a.name === b.name;

/** The candidate more of the text's communes belong to than to any other; null on a tie or none. */
function byOwnCommunes(candidates: DistrictRecord[], reading: Reading): DistrictRecord | null {
  const votes = new Map<DistrictRecord, number>();
  for (const communes of communesIn(reading)) {
    const holders = candidates.filter((d) => communes.some((c) => sameDistrict(c.district, d)));
    // A commune several candidates hold tells nothing.
    if (holders.length === 1) votes.set(holders[0], (votes.get(holders[0]) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** District units named in text[from, to). `namedProvinces` breaks ties between units of one name. */
export function findDistrictMentions(reading: Reading, namedProvinces: ReadonlySet<string>, from = 0, to = reading.text.length): DistrictMention[] {
  const c = compile(reading.lex);
  const out: DistrictMention[] = [];
  c.unit.lastIndex = from;
  for (let m = c.unit.exec(reading.folded); m && m.index < to; m = c.unit.exec(reading.folded)) {
    const unit = c.words.get(m[1].replace(/\s+/g, ' '))!;
    // "quan" is also "cơ quan", "quân": the word must carry its own marks, unless the text lost all of them.
    const written = reading.text.slice(m.index, m.index + m[1].length);
    if (written.toLowerCase().replace(/\s+/g, ' ') !== unit.word.toLowerCase() && /[^\x00-\x7f]/.test(written)) continue;
    const after = m.index + m[0].length;
    const name = NAME.exec(reading.text.slice(after, Math.min(to, after + 60)));
    if (!name) continue;
    const nameStart = after + name[0].length - name[1].length;
    // The longest run of the name's words that the gazetteer knows ("Hoằng Hóa" in "Hoằng Hóa yêu cầu").
    const wordEnds = [...name[1].matchAll(/[^ \u00a0]+/g)].map((w) => w.index + w[0].length);
    for (let n = wordEnds.length; n >= 1; n--) {
      const candidates = candidatesFor(name[1].slice(0, wordEnds[n - 1]), unit.district!);
      if (candidates.length === 0) continue;
      const end = nameStart + wordEnds[n - 1];
      out.push({ district: resolveDistrict(candidates, namedProvinces, reading), candidates, start: m.index, end, name: reading.text.slice(nameStart, end) });
      c.unit.lastIndex = end;
      break;
    }
  }
  return out;
}

/** The district a bare name denotes (a dateline "Hoằng Hóa, ngày ..."), when the gazetteer knows it. */
export function districtNamed(name: string, namedProvinces: ReadonlySet<string>, reading?: Reading): { district: DistrictRecord | null; candidates: DistrictRecord[] } | null {
  const candidates = writtenAlike(name, districtsNamed(name));
  return candidates.length > 0 ? { district: resolveDistrict(candidates, namedProvinces, reading), candidates } : null;
}

/**
 * The district a letterhead names in capitals above the number line ("SỞ Y TẾ TỈNH TUYÊN QUANG" over
 * "TRUNG TÂM Y TẾ HUYỆN CHIÊM HÓA", "CÔNG AN HUYỆN THÁI THỤY"): the home of a district office's letter whose
 * issuer is no People's Committee or party body, when it names one district only.
 */
export function letterheadDistrict(reading: Reading, namedProvinces: ReadonlySet<string>): DistrictRecord | null {
  const numberLine = reading.header.find((l) => opensNumberLine(reading.folded.slice(l.start, l.end).trimStart()));
  if (!numberLine) return null;
  const from = reading.header[0]?.start ?? 0;
  const inCapitals = findDistrictMentions(reading, namedProvinces, from, numberLine.start).filter((m) => {
    const written = reading.text.slice(m.start, m.end);
    return written === written.toUpperCase();
  });
  const districts = new Set(inCapitals.map((m) => m.district));
  const [only] = districts;
  return districts.size === 1 ? only : null;
}
