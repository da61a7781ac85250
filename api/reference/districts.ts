import path from 'node:path';
import { repoRoot } from '../repo-root';
import { loadReferenceFile } from './reference-file';
import { fold } from '../text/fold';
import { loadProvinces, type ProvinceRecord } from './provinces';

/**
 * District-level units as of 2021. THANH_PHO covers the cities under a province and Thủ Đức,
 * the one city under a centrally-run city. The order is the seed file's tie-break order.
 */
export const DISTRICT_KINDS = ['HUYEN', 'QUAN', 'THI_XA', 'THANH_PHO'] as const;
export type DistrictKind = (typeof DISTRICT_KINDS)[number];

/** How names write each kind: "Ủy ban nhân dân huyện X", "Công an thị xã X"; its party committee: "Thị ủy X". */
export const DISTRICT_KIND_WORDS: Readonly<Record<DistrictKind, { unit: string; party: string }>> = {
  HUYEN: { unit: 'huyện', party: 'Huyện ủy' },
  QUAN: { unit: 'quận', party: 'Quận ủy' },
  THI_XA: { unit: 'thị xã', party: 'Thị ủy' },
  THANH_PHO: { unit: 'thành phố', party: 'Thành ủy' },
};

/** A numbered urban district's name in the gazetteer: "Quận 3". */
const NUMBERED = /^Quận (\d+)$/u;

/**
 * How names write a unit: its unit word, its party committee's words and its name. A numbered urban district
 * ("Quận 3") is its number after the unit word: "Công an quận 3", "Quận ủy quận 3".
 */
export function namingOf(record: DistrictName): { unit: string; party: string; name: string } {
  const words = DISTRICT_KIND_WORDS[record.kind];
  const numbered = NUMBERED.exec(record.name);
  return numbered ? { unit: words.unit, party: `${words.party} ${words.unit}`, name: numbered[1] } : { ...words, name: record.name };
}

export interface DistrictRecord {
  /**
   * NFC, tone placement of seeds/provinces.json ("Hòa"), without the kind word ("Vân Đồn"),
   * except numbered urban districts, which keep it ("Quận 1"): a bare number names nothing.
   */
  name: string;
  kind: DistrictKind;
  /** ISO 3166-2:VN code of the province, as in seeds/provinces.json. */
  province: string;
}

/** A district as its own documents name it, whichever province's it is. */
export type DistrictName = Pick<DistrictRecord, 'name' | 'kind'>;

const FIELDS = ['name', 'kind', 'province'] as const;

/** Kind words as documents write them before a name, matched on folded text ("TP. Thủ Đức" -> "tp. thu duc"). */
const KIND_PREFIXES: ReadonlyArray<[RegExp, DistrictKind]> = [
  [/^huyen\s+/, 'HUYEN'],
  [/^quan\s+/, 'QUAN'],
  [/^(?:thi xa\s+|tx(?:\.\s*|\s+))/, 'THI_XA'],
  [/^(?:thanh pho\s+|tp(?:\.\s*|\s+))/, 'THANH_PHO'],
];
/** Matched with diacritics: folded, "Quan Hóa" (a huyện of Thanh Hóa) would look like "Quận ...". */
const KIND_WORD = /^(?:Quận|Huyện|Thị xã|Thành phố)\s/iu;

// The older placement puts the tone on the last vowel of an open "oa/oe/uy" ("Hoà", "Thuỷ"); "Quý" is not one.
const OLD_TONE = /(?<![qQ])[uU][ỳýỷỹỵ](?!\p{L})|[oO][àáảãạèéẻẽẹ](?!\p{L})/gu;

const cache = new Map<string, DistrictRecord[]>();
const indexes = new WeakMap<readonly DistrictRecord[], Map<string, DistrictRecord[]>>();
const NONE = Object.freeze([]) as unknown as DistrictRecord[];

export function defaultDistrictsFile(): string {
  return path.join(repoRoot(), 'seeds', 'districts.json');
}

/**
 * Reads and validates the district reference file (default: seeds/districts.json) against the provinces
 * of seeds/provinces.json. The result is cached per path and frozen, since every caller shares the same array.
 */
export function loadDistricts(file?: string): DistrictRecord[] {
  return loadReferenceFile(file ?? defaultDistrictsFile(), cache, (data, label) => validateDistricts(data, label));
}

/** Validates parsed JSON; `label` prefixes every error ("seeds/districts.json entry 40 (VN-13 Vân Đồn): ..."). */
export function validateDistricts(
  data: unknown,
  label = 'seeds/districts.json',
  provinces: readonly ProvinceRecord[] = loadProvinces(),
): DistrictRecord[] {
  if (!Array.isArray(data)) throw new Error(`${label}: must be a JSON array`);
  if (data.length === 0) throw new Error(`${label}: must not be empty`);

  const provinceCodes = new Set(provinces.map((p) => p.code));
  const records: DistrictRecord[] = [];
  const keys = new Map<string, number>();
  const perProvince = new Map<string, number>();

  data.forEach((raw: unknown, index) => {
    const at = (entry?: Record<string, unknown>) => {
      const parts = [entry?.province, entry?.name].filter((v): v is string => typeof v === 'string' && v !== '');
      return `${label} entry ${index}` + (parts.length ? ` (${parts.join(' ')})` : '');
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${at()}: must be an object`);
    const entry = raw as Record<string, unknown>;
    const where = at(entry);
    const fail = (message: string): never => {
      throw new Error(`${where}: ${message}`);
    };

    for (const key of Object.keys(entry)) {
      if (!(FIELDS as readonly string[]).includes(key)) fail(`unknown field "${key}"`);
    }

    const name = entry.name;
    if (typeof name !== 'string' || name.trim() === '') fail('name must be a non-empty string');
    const n = name as string;
    if (n !== n.trim() || /\s{2}/.test(n)) fail(`name "${n}" has leading, trailing or repeated spaces`);
    // Stored text is NFC; an NFD name would never equal the text it was found in.
    if (n !== n.normalize('NFC')) fail(`name "${n}" must be Unicode NFC`);
    const retoned = withModernTones(n);
    if (retoned !== n) fail(`name "${n}" must be spelt "${retoned}" (tone placement of seeds/provinces.json)`);

    const kind = entry.kind;
    if (!(DISTRICT_KINDS as readonly unknown[]).includes(kind)) {
      fail(`kind must be one of ${DISTRICT_KINDS.join(', ')}`);
    }
    const k = kind as DistrictKind;
    if (KIND_WORD.test(n) && !(k === 'QUAN' && NUMBERED.test(n))) {
      fail(`name "${n}" must not start with its kind (only numbered urban districts, "Quận 1", keep it)`);
    }

    const province = entry.province;
    if (typeof province !== 'string' || !provinceCodes.has(province)) {
      fail(`province must be a code of seeds/provinces.json, found ${JSON.stringify(province)}`);
    }
    const p = province as string;

    // Folded, because lookups are: "Phù Mỹ" and "Phú Mỹ" of one kind in one province could not be told apart.
    const key = `${p}|${k}|${nameKey(n)}`;
    const previous = keys.get(key);
    if (previous !== undefined) fail(`name duplicates entry ${previous} (same province and kind)`);
    keys.set(key, index);

    // Sorted order keeps diffs of the seed file reviewable.
    const before = records[index - 1];
    if (before && compareDistricts(before, { name: n, kind: k, province: p }) > 0) {
      fail(`entries must be sorted by province, then name (follows ${before.province} ${before.name})`);
    }

    perProvince.set(p, (perProvince.get(p) ?? 0) + 1);
    records.push(Object.freeze({ name: n, kind: k, province: p }));
  });

  for (const p of provinces) {
    if (!perProvince.has(p.code)) throw new Error(`${label}: province ${p.code} (${p.name}) has no district`);
  }

  return Object.freeze(records) as DistrictRecord[];
}

/** Seed order: province code, then name without diacritics, then name, then kind. */
export function compareDistricts(a: DistrictRecord, b: DistrictRecord): number {
  return (
    cmp(a.province, b.province) ||
    cmp(fold(a.name), fold(b.name)) ||
    cmp(a.name, b.name) ||
    DISTRICT_KINDS.indexOf(a.kind) - DISTRICT_KINDS.indexOf(b.kind)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "oà" -> "òa", "uỷ" -> "ủy": the tone mark moves to the first vowel. */
function moveTone(pair: string): string {
  const d = pair.normalize('NFD');
  return (d[0] + d.slice(2) + d[1]).normalize('NFC');
}

/** A place's name in the tone placement of seeds/provinces.json ("Hoà Bình" is spelt "Hòa Bình"). */
export function withModernTones(name: string): string {
  return name.replace(OLD_TONE, moveTone);
}

/**
 * Lookup key of a place's name: folded, one kind of apostrophe, no spaces around hyphens ("Phan Rang-Tháp Chàm"),
 * single spaces.
 */
export function nameKey(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s*[-\u2013\u2014]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function indexOf(records: readonly DistrictRecord[]): Map<string, DistrictRecord[]> {
  let index = indexes.get(records);
  if (index) return index;
  const lists = new Map<string, DistrictRecord[]>();
  for (const record of records) {
    const key = nameKey(record.name);
    const list = lists.get(key);
    if (list) list.push(record);
    else lists.set(key, [record]);
  }
  // Frozen like the records: callers share these arrays.
  index = new Map([...lists].map(([key, list]) => [key, Object.freeze(list) as DistrictRecord[]] as const));
  indexes.set(records, index);
  return index;
}

/**
 * Every unit of seeds/districts.json with that name, matched without diacritics or case ("chau thanh" finds
 * each province's Châu Thành). A leading kind word ("Huyện Cao Lãnh", "TP Cao Lãnh") narrows to that kind.
 */
export function districtsNamed(name: string): DistrictRecord[] {
  const index = indexOf(loadDistricts());
  const key = nameKey(name);
  const exact = index.get(key);
  if (exact) return exact;
  for (const [pattern, kind] of KIND_PREFIXES) {
    if (!pattern.test(key)) continue;
    const found = (index.get(key.replace(pattern, '')) ?? NONE).filter((d) => d.kind === kind);
    return found.length ? (Object.freeze(found) as DistrictRecord[]) : NONE;
  }
  return NONE;
}

/**
 * The one unit of that name in that province, or undefined. A city and a district may share a name
 * (Đồng Tháp's Cao Lãnh): then pass the kind, or a name with its kind word, else the answer is undefined.
 */
export function districtByNameAndProvince(
  name: string,
  provinceCode: string,
  kind?: DistrictKind,
): DistrictRecord | undefined {
  const found = districtsNamed(name).filter((d) => d.province === provinceCode && (!kind || d.kind === kind));
  return found.length === 1 ? found[0] : undefined;
}
