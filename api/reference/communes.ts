import path from 'node:path';
import { repoRoot } from '../repo-root';
import { loadReferenceFile } from './reference-file';
import { loadDistricts, nameKey, withModernTones, type DistrictKind, type DistrictRecord } from './districts';

/**
 * Commune-level units (xã, phường, thị trấn) as of 1 July 2021, by district: the General Statistics Office's
 * list of administrative units of that day, 10,603 units in the 705 districts of seeds/districts.json. A
 * commune's name is mostly shared with others elsewhere ("xã Bình Minh"), so the list does not place a
 * document; it spells a commune a text wrote without its marks ("xa Binh Nam" is "xã Bình Nam") and tells a
 * commune's name typed in capitals from the words after it ("UBND XÃ BÌNH NAM CHỦ TRÌ").
 */
export const COMMUNE_KINDS = ['XA', 'PHUONG', 'THI_TRAN'] as const;
export type CommuneKind = (typeof COMMUNE_KINDS)[number];

/** How names write each kind: "Ủy ban nhân dân xã X". */
export const COMMUNE_KIND_WORDS: Readonly<Record<CommuneKind, string>> = { XA: 'xã', PHUONG: 'phường', THI_TRAN: 'thị trấn' };

export interface CommuneRecord {
  /** NFC, tone placement of seeds/provinces.json, without the kind word: "Bình Nam", "1" for "phường 1". */
  name: string;
  kind: CommuneKind;
  district: DistrictRecord;
}

/** One entry of the file: a district (as seeds/districts.json names it) and its communes, each with its kind word. */
const FIELDS = ['province', 'district', 'kind', 'communes'] as const;
const KIND_WORD = new RegExp(`^(${Object.values(COMMUNE_KIND_WORDS).join('|')}) (\\S.*)$`, 'u');

const cache = new Map<string, CommuneRecord[]>();
const indexes = new WeakMap<readonly CommuneRecord[], Map<string, CommuneRecord[]>>();
const NONE = Object.freeze([]) as unknown as CommuneRecord[];

export function defaultCommunesFile(): string {
  return path.join(repoRoot(), 'seeds', 'communes.json');
}

/** Reads and validates the commune reference file (default: seeds/communes.json) against seeds/districts.json. */
export function loadCommunes(file?: string): CommuneRecord[] {
  return loadReferenceFile(file ?? defaultCommunesFile(), cache, (data, label) => validateCommunes(data, label));
}

/** Validates parsed JSON; `label` prefixes every error ("seeds/communes.json entry 12 (VN-13 Vân Đồn): ..."). */
export function validateCommunes(data: unknown, label = 'seeds/communes.json', districts: readonly DistrictRecord[] = loadDistricts()): CommuneRecord[] {
  if (!Array.isArray(data)) throw new Error(`${label}: must be a JSON array`);
  // One entry per district, in the districts file's order, so that both files read side by side.
  if (data.length !== districts.length) throw new Error(`${label}: must have one entry per district of seeds/districts.json (${districts.length}), found ${data.length}`);
  const records: CommuneRecord[] = [];
  data.forEach((raw: unknown, index) => {
    const district = districts[index];
    const where = `${label} entry ${index} (${district.province} ${district.name})`;
    const fail = (message: string): never => {
      throw new Error(`${where}: ${message}`);
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('must be an object');
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) if (!(FIELDS as readonly string[]).includes(key)) fail(`unknown field "${key}"`);
    if (entry.province !== district.province || entry.district !== district.name || entry.kind !== district.kind) {
      fail(`must name the district of seeds/districts.json at the same place, found ${JSON.stringify([entry.province, entry.district, entry.kind])}`);
    }
    // Some island districts have no commune (Cồn Cỏ, Hoàng Sa): an empty list.
    if (!Array.isArray(entry.communes)) fail('communes must be an array');
    const seen = new Set<string>();
    for (const written of entry.communes as unknown[]) {
      const m = typeof written === 'string' ? KIND_WORD.exec(written) : null;
      if (!m) fail(`commune ${JSON.stringify(written)} must be a kind word (xã, phường, thị trấn) and a name`);
      const [, word, name] = m!;
      if (name !== name.normalize('NFC') || name !== name.trim() || /\s{2}/u.test(name)) fail(`commune "${written}" must be NFC, single-spaced`);
      if (withModernTones(name) !== name) fail(`commune "${written}" must be spelt "${word} ${withModernTones(name)}" (tone placement of seeds/provinces.json)`);
      const kind = COMMUNE_KINDS.find((k) => COMMUNE_KIND_WORDS[k] === word)!;
      // Exact, not folded: a district may hold both "phường Sa Pa" and "phường Sa Pả".
      const key = `${kind}|${name}`;
      if (seen.has(key)) fail(`commune "${written}" is listed twice`);
      seen.add(key);
      records.push(Object.freeze({ name, kind, district }));
    }
  });
  return Object.freeze(records) as CommuneRecord[];
}

function indexOf(records: readonly CommuneRecord[]): Map<string, CommuneRecord[]> {
  let index = indexes.get(records);
  if (!index) {
    index = new Map();
    for (const record of records) {
      const key = nameKey(record.name);
      const list = index.get(key);
      if (list) list.push(record);
      else index.set(key, [record]);
    }
    indexes.set(records, index);
  }
  return index;
}

/** The communes of that name, matched without diacritics or case ("binh nam"), of that kind word if given ("xã"). */
export function communesNamed(name: string, kindWord?: string): CommuneRecord[] {
  const found = indexOf(loadCommunes()).get(nameKey(name)) ?? NONE;
  if (kindWord === undefined) return found;
  const kind = COMMUNE_KINDS.find((k) => COMMUNE_KIND_WORDS[k] === kindWord.toLowerCase());
  return kind ? found.filter((c) => c.kind === kind) : NONE;
}

/**
 * How the list spells a commune written without its marks or in capitals: the one spelling of the communes of
 * that kind and name, those of `within` (the letter's own district) first; null when they are spelt in two ways
 * ("Binh" may be "Bình" or "Bính") or none is so named.
 */
export function communeSpelling(kindWord: string, name: string, within?: { name: string; kind?: DistrictKind } | null): string | null {
  const found = communesNamed(name, kindWord);
  const local = within ? found.filter((c) => nameKey(c.district.name) === nameKey(within.name) && (!within.kind || c.district.kind === within.kind)) : [];
  const spellings = new Set((local.length > 0 ? local : found).map((c) => c.name));
  return spellings.size === 1 ? [...spellings][0] : null;
}
