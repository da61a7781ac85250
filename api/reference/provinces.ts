import path from 'node:path';
import { remove as removeDiacritics } from 'diacritics';
import { repoRoot } from '../repo-root';
import { loadReferenceFile } from './reference-file';
import { fold } from '../text/fold';

export { REGION, PROVINCE_KIND, type Region, type ProvinceKind } from '../domain/places';
import { PROVINCE_KIND, REGION, type ProvinceKind, type Region } from '../domain/places';

export interface ProvinceRecord {
  /** ISO 3166-2:VN, e.g. VN-13, VN-HN. */
  code: string;
  /** Official 2021 spelling, NFC, modern tone placement ("Thanh Hóa"). */
  name: string;
  asciiName: string;
  kind: ProvinceKind;
  region: Region;
  /** Other spellings of the province itself. */
  aliases: string[];
  /** Places inside the province that a document may name instead of the province. */
  places: string[];
}

export const PROVINCE_COUNT = 63;

const CODE_PATTERN = /^VN-(\d{2}|[A-Z]{2})$/;
const FIELDS = ['code', 'name', 'asciiName', 'kind', 'region', 'aliases', 'places'] as const;
const MIN_PLACES = 5;
const MAX_PLACES = 15;

const cache = new Map<string, ProvinceRecord[]>();

export function defaultProvincesFile(): string {
  return path.join(repoRoot(), 'seeds', 'provinces.json');
}

/**
 * Reads and validates the province reference file (default: seeds/provinces.json).
 * The result is cached per path and frozen, since every caller shares the same array.
 */
export function loadProvinces(file?: string): ProvinceRecord[] {
  return loadReferenceFile(file ?? defaultProvincesFile(), cache, validateProvinces);
}

/** Validates parsed JSON; `label` prefixes every error ("seeds/provinces.json entry 12 (VN-21): ..."). */
export function validateProvinces(data: unknown, label = 'seeds/provinces.json'): ProvinceRecord[] {
  if (!Array.isArray(data)) throw new Error(`${label}: must be a JSON array`);
  if (data.length !== PROVINCE_COUNT) {
    throw new Error(`${label}: must have ${PROVINCE_COUNT} entries, found ${data.length}`);
  }

  const records: ProvinceRecord[] = [];
  const codes = new Map<string, number>();
  // Keys are folded because the text matcher works on folded text: "Phù Mỹ" and "Phú Mỹ" would be one match.
  const claims = new Map<string, { index: number; code: string; text: string }>();

  data.forEach((raw: unknown, index) => {
    const at = (code?: unknown) =>
      `${label} entry ${index}` + (typeof code === 'string' && code ? ` (${code})` : '');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${at()}: must be an object`);
    const entry = raw as Record<string, unknown>;
    const where = at(entry.code);
    const fail = (message: string): never => {
      throw new Error(`${where}: ${message}`);
    };

    for (const key of Object.keys(entry)) {
      if (!(FIELDS as readonly string[]).includes(key)) fail(`unknown field "${key}"`);
    }

    const code = entry.code;
    if (typeof code !== 'string' || !CODE_PATTERN.test(code)) fail(`code must match ${CODE_PATTERN}`);
    const c = code as string;
    const previous = codes.get(c);
    if (previous !== undefined) fail(`code duplicates entry ${previous}`);
    codes.set(c, index);
    // Sorted order keeps diffs of the seed file reviewable.
    if (index > 0 && records[index - 1].code > c) fail(`entries must be sorted by code (follows ${records[index - 1].code})`);

    const name = text(entry.name, 'name', fail);
    const asciiName = entry.asciiName;
    if (typeof asciiName !== 'string') fail('asciiName must be a string');
    const a = asciiName as string;
    if (!/^[\x20-\x7e]+$/.test(a)) fail('asciiName must be ASCII');
    const expected = removeDiacritics(name);
    if (a !== expected) fail(`asciiName must be "${expected}" (name without diacritics), found "${a}"`);

    const kind = entry.kind;
    if (!(PROVINCE_KIND.codes as readonly unknown[]).includes(kind)) fail(`kind must be one of ${PROVINCE_KIND.codes.join(', ')}`);
    const region = entry.region;
    if (!(REGION.codes as readonly unknown[]).includes(region)) fail(`region must be one of ${REGION.codes.join(', ')}`);

    const aliases = textList(entry.aliases, 'aliases', fail);
    const places = textList(entry.places, 'places', fail);
    if (places.length < MIN_PLACES || places.length > MAX_PLACES) {
      fail(`places must have ${MIN_PLACES} to ${MAX_PLACES} entries, found ${places.length}`);
    }

    // A name that two provinces can claim cannot attribute a document, so it must be in neither.
    const claim = (field: string, value: string) => {
      const key = claimKey(value);
      const other = claims.get(key);
      if (other && other.code !== c) {
        fail(`${field} "${value}" is also claimed by entry ${other.index} (${other.code}) as "${other.text}"`);
      }
      if (!other) claims.set(key, { index, code: c, text: value });
    };
    claim('name', name);
    aliases.forEach((alias) => claim('alias', alias));
    places.forEach((place) => claim('place', place));

    records.push(
      Object.freeze({
        code: c,
        name,
        asciiName: a,
        kind: kind as ProvinceKind,
        region: region as Region,
        aliases: Object.freeze(aliases) as string[],
        places: Object.freeze(places) as string[],
      }),
    );
  });

  return Object.freeze(records) as ProvinceRecord[];
}

function claimKey(value: string): string {
  return fold(value).replace(/\s+/g, ' ');
}

function text(value: unknown, field: string, fail: (message: string) => never): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${field} must be a non-empty string`);
  const s = value as string;
  if (s !== s.trim()) fail(`${field} "${s}" has leading or trailing spaces`);
  // Stored text and quotes are NFC; an NFD name would never equal the text it was found in.
  if (s !== s.normalize('NFC')) fail(`${field} "${s}" must be Unicode NFC`);
  return s;
}

function textList(value: unknown, field: string, fail: (message: string) => never): string[] {
  if (!Array.isArray(value)) fail(`${field} must be an array of strings`);
  const list = (value as unknown[]).map((item, i) => text(item, `${field}[${i}]`, fail));
  const seen = new Set<string>();
  for (const item of list) {
    if (seen.has(item)) fail(`${field} lists "${item}" twice`);
    seen.add(item);
  }
  return list;
}

export interface ProvinceNamePattern {
  code: string;
  /** NFC, longest first, so a matcher trying them in order prefers "Thừa Thiên - Huế" over "Huế". */
  names: string[];
}

/** Every way each province's own name can be written (name and aliases; places are not the province's name). */
export function provinceNamePatterns(records: readonly ProvinceRecord[]): ProvinceNamePattern[] {
  return records.map((record) => {
    const names = [...new Set([record.name, ...record.aliases].map((n) => n.normalize('NFC')))];
    names.sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
    return { code: record.code, names };
  });
}
