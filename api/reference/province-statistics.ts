import path from 'node:path';
import { repoRoot } from '../repo-root';
import { defaultLexicons } from '../ingestion/lexicons';
import { loadProvinces, PROVINCE_COUNT } from './provinces';
import { loadReferenceFile } from './reference-file';

// Population and area of the 63 units in 2021, from the General Statistics Office's table (its title, address
// and the checks run on it are in the file's "source"). Figures per head are put per 1,000 of this population.

export interface ProvinceStatistics {
  code: string;
  /** Average population of 2021, persons. */
  population: number;
  areaKm2: number;
}

export interface StatisticsSource {
  title: string;
  publisher: string;
  year: number;
  url: string;
  definitions: string;
  checks: string;
}

const cache = new Map<string, ProvinceStatistics[]>();
let source: StatisticsSource | null = null;

export function defaultStatisticsFile(): string {
  return path.join(repoRoot(), 'seeds', 'province-statistics.json');
}

/** The 63 units' population and area (default: seeds/province-statistics.json), validated once. */
export function loadProvinceStatistics(file?: string): ProvinceStatistics[] {
  return loadReferenceFile(file ?? defaultStatisticsFile(), cache, validateStatistics);
}

/** Where the figures come from. */
export function statisticsSource(file?: string): StatisticsSource {
  loadProvinceStatistics(file);
  return source!;
}

export function validateStatistics(data: unknown, label = 'seeds/province-statistics.json'): ProvinceStatistics[] {
  const fail = (message: string): never => {
    throw new Error(`${label}: ${message}`);
  };
  if (typeof data !== 'object' || data === null) fail('must be an object with "source" and "provinces"');
  const { source: src, provinces } = data as { source?: Record<string, unknown>; provinces?: unknown };
  for (const key of ['title', 'publisher', 'url', 'definitions', 'checks']) {
    if (typeof src?.[key] !== 'string' || !(src[key] as string).trim()) fail(`source.${key} must be a non-empty string`);
  }
  if (!Number.isInteger(src!.year)) fail('source.year must be a year');
  if (!Array.isArray(provinces) || provinces.length !== PROVINCE_COUNT) fail(`"provinces" must list the ${PROVINCE_COUNT} units`);
  const known = new Set(loadProvinces().map((p) => p.code));
  const seen = new Set<string>();
  const records = (provinces as Record<string, unknown>[]).map((p, i) => {
    const at = `provinces[${i}]${typeof p?.code === 'string' ? ` (${p.code})` : ''}`;
    if (typeof p?.code !== 'string' || !known.has(p.code)) fail(`${at}: unknown province code`);
    if (seen.has(p.code as string)) fail(`${at}: listed twice`);
    seen.add(p.code as string);
    if (!Number.isInteger(p.population) || (p.population as number) <= 0) fail(`${at}: population must be a positive whole number of people`);
    if (typeof p.areaKm2 !== 'number' || !(p.areaKm2 > 0)) fail(`${at}: areaKm2 must be a positive number`);
    return Object.freeze({ code: p.code as string, population: p.population as number, areaKm2: p.areaKm2 as number });
  });
  source = Object.freeze({ ...(src as unknown as StatisticsSource) });
  return Object.freeze(records) as ProvinceStatistics[];
}

/** A figure per 1,000 people of a population, to 3 significant decimals; null without a population. */
export function perThousandPeople(value: number, population: number | null): number | null {
  if (!population) return null;
  return Math.round((value / population) * 1000 * 1000) / 1000;
}

/**
 * A target's figure per 1,000 people, for units that grow with the population (`perHead` in
 * seeds/lexicons/units.json: samples, doses, beds); null for other units or without a population. GraphQL,
 * the targets export and the panel export all put figures per head through this.
 */
export function targetPerThousandPeople(value: number, unit: string, population: number | null): number | null {
  return isPerHeadUnit(unit) ? perThousandPeople(value, population) : null;
}

export function isPerHeadUnit(unit: string): boolean {
  return defaultLexicons().units.units.some((u) => u.code === unit && u.perHead);
}
