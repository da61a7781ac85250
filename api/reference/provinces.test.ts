import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultProvincesFile, loadProvinces, provinceNamePatterns, validateProvinces } from './provinces';

describe('provinces reference data', () => {
  const provinces = loadProvinces();
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  let tmpDir: string;

  beforeAll(() => {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provinces-'));
  });
  afterAll(() => {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  /** A copy of the seed file with one entry changed, written where loadProvinces can read it. */
  function brokenCopy(name: string, change: (entries: Record<string, unknown>[]) => void): string {
    const entries = JSON.parse(fs.readFileSync(defaultProvincesFile(), 'utf8')) as Record<string, unknown>[];
    change(entries);
    const file = path.join(tmpDir, name);
    fs.writeFileSync(file, JSON.stringify(entries, null, 2));
    return file;
  }

  it('has the 63 province-level units sorted by code', () => {
    expect(provinces).toHaveLength(63);
    const codes = provinces.map((p) => p.code);
    expect(new Set(codes).size).toBe(63);
    expect(codes).toEqual([...codes].sort());
    expect(codes[0]).toBe('VN-01');
    expect(codes[62]).toBe('VN-SG');
  });

  it('describes Quảng Ninh, Thanh Hóa and Hải Phòng', () => {
    expect(byCode.get('VN-13')).toMatchObject({
      code: 'VN-13',
      name: 'Quảng Ninh',
      asciiName: 'Quang Ninh',
      kind: 'PROVINCE',
      region: 'RED_RIVER_DELTA',
    });
    expect(byCode.get('VN-13')?.places).toContain('Hạ Long');
    expect(byCode.get('VN-21')).toMatchObject({ name: 'Thanh Hóa', asciiName: 'Thanh Hoa', kind: 'PROVINCE' });
    expect(byCode.get('VN-21')?.aliases).toContain('Thanh Hoá');
    expect(byCode.get('VN-HP')).toMatchObject({ name: 'Hải Phòng', asciiName: 'Hai Phong', kind: 'CITY' });
  });

  it('has exactly the five centrally-run cities as CITY', () => {
    const cities = provinces.filter((p) => p.kind === 'CITY').map((p) => p.code);
    expect(cities).toEqual(['VN-CT', 'VN-DN', 'VN-HN', 'VN-HP', 'VN-SG']);
  });

  it('splits the provinces over the six regions', () => {
    const counts: Record<string, number> = {};
    for (const p of provinces) counts[p.region] = (counts[p.region] ?? 0) + 1;
    expect(counts).toEqual({
      NORTHERN_MIDLANDS_AND_MOUNTAINS: 14,
      RED_RIVER_DELTA: 11,
      NORTH_CENTRAL_AND_CENTRAL_COAST: 14,
      CENTRAL_HIGHLANDS: 5,
      SOUTHEAST: 6,
      MEKONG_DELTA: 13,
    });
  });

  it('caches the parsed file per path', () => {
    expect(loadProvinces()).toBe(provinces);
    expect(loadProvinces(defaultProvincesFile())).toBe(provinces);
  });

  it('rejects a non-ASCII asciiName, naming the entry and the field', () => {
    const file = brokenCopy('non-ascii.json', (entries) => {
      entries[12].asciiName = 'Thanh Hóa';
    });
    expect(() => loadProvinces(file)).toThrow(new Error(`${file} entry 12 (VN-21): asciiName must be ASCII`));
  });

  it('rejects an asciiName that is not the name without diacritics', () => {
    const file = brokenCopy('wrong-ascii.json', (entries) => {
      entries[8].asciiName = 'Quang Ninhh';
    });
    expect(() => loadProvinces(file)).toThrow(
      new Error(`${file} entry 8 (VN-13): asciiName must be "Quang Ninh" (name without diacritics), found "Quang Ninhh"`),
    );
  });

  it('labels errors in the seed file with its repo-relative path', () => {
    const entries = JSON.parse(fs.readFileSync(defaultProvincesFile(), 'utf8')) as Record<string, unknown>[];
    entries[12].asciiName = 'Thanh Hóa';
    expect(() => validateProvinces(entries)).toThrow(
      new Error('seeds/provinces.json entry 12 (VN-21): asciiName must be ASCII'),
    );
  });

  it('rejects a place claimed by two provinces, even when only the diacritics differ', () => {
    const file = brokenCopy('shared-place.json', (entries) => {
      (entries[9].places as string[]).push('Ha Long');
    });
    expect(() => loadProvinces(file)).toThrow(
      new Error(`${file} entry 9 (VN-14): place "Ha Long" is also claimed by entry 8 (VN-13) as "Hạ Long"`),
    );
  });

  it('rejects a wrong count and a bad code', () => {
    const short = brokenCopy('short.json', (entries) => entries.pop());
    expect(() => loadProvinces(short)).toThrow(new Error(`${short}: must have 63 entries, found 62`));
    const badCode = brokenCopy('bad-code.json', (entries) => {
      entries[0].code = 'VN-1';
    });
    expect(() => loadProvinces(badCode)).toThrow(
      new Error(`${badCode} entry 0 (VN-1): code must match /^VN-(\\d{2}|[A-Z]{2})$/`),
    );
  });

  it('stores every name, alias and place in NFC', () => {
    for (const p of provinces) {
      for (const s of [p.name, ...p.aliases, ...p.places]) expect(s).toBe(s.normalize('NFC'));
    }
  });

  it('lists every spelling of a province name, longest first', () => {
    const patterns = provinceNamePatterns(provinces);
    expect(patterns).toHaveLength(63);
    const hue = patterns.find((p) => p.code === 'VN-26');
    expect(hue?.names[0]).toBe('Thừa Thiên - Huế');
    expect(hue?.names[hue.names.length - 1]).toBe('Huế');
    expect(hue?.names).toContain('Thừa Thiên Huế');
    const hcm = patterns.find((p) => p.code === 'VN-SG');
    expect(hcm?.names).toEqual(expect.arrayContaining(['Hồ Chí Minh', 'TP.HCM', 'Sài Gòn', 'Thành phố Hồ Chí Minh']));
    expect(hcm?.names[0]).toBe('Thành phố Hồ Chí Minh');
    for (const { names } of patterns) {
      for (let i = 1; i < names.length; i++) expect(names[i - 1].length).toBeGreaterThanOrEqual(names[i].length);
    }
  });
});
