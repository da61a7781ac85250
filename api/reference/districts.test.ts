import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  compareDistricts,
  defaultDistrictsFile,
  DISTRICT_KINDS,
  districtByNameAndProvince,
  districtsNamed,
  loadDistricts,
  validateDistricts,
} from './districts';
import { loadProvinces } from './provinces';

describe('districts reference data', () => {
  const districts = loadDistricts();
  let tmpDir: string;

  beforeAll(() => {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'districts-'));
  });
  afterAll(() => {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  function seedEntries(): Record<string, unknown>[] {
    return JSON.parse(fs.readFileSync(defaultDistrictsFile(), 'utf8')) as Record<string, unknown>[];
  }

  /** A copy of the seed file with entries changed, written where loadDistricts can read it. */
  function brokenCopy(name: string, change: (entries: Record<string, unknown>[]) => void): string {
    const entries = seedEntries();
    change(entries);
    const file = path.join(tmpDir, name);
    fs.writeFileSync(file, JSON.stringify(entries, null, 2));
    return file;
  }

  function indexOfEntry(entries: Record<string, unknown>[], province: string, name: string): number {
    const i = entries.findIndex((e) => e.province === province && e.name === name);
    if (i < 0) throw new Error(`no ${name} in ${province}`);
    return i;
  }

  it('has the 705 district-level units of late 2021, by kind', () => {
    const counts: Record<string, number> = {};
    for (const d of districts) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
    // GSO list of 1 Nov 2021: Từ Sơn is already a city; Phổ Yên became one only in 2022.
    expect(counts).toEqual({ HUYEN: 528, QUAN: 46, THI_XA: 50, THANH_PHO: 81 });
    expect(districts).toHaveLength(705);
    expect(Object.keys(counts).sort()).toEqual([...DISTRICT_KINDS].sort());
  });

  it('gives every province at least one district, and the centrally-run cities their full lists', () => {
    const perProvince = new Map<string, number>();
    for (const d of districts) perProvince.set(d.province, (perProvince.get(d.province) ?? 0) + 1);
    for (const p of loadProvinces()) expect(perProvince.get(p.code) ?? 0).toBeGreaterThan(0);
    expect(perProvince.size).toBe(63);
    expect(perProvince.get('VN-HN')).toBe(30);
    expect(perProvince.get('VN-SG')).toBe(22);
    expect(perProvince.get('VN-DN')).toBe(8);
  });

  it('is sorted by province, then name', () => {
    for (let i = 1; i < districts.length; i++) expect(compareDistricts(districts[i - 1], districts[i])).toBeLessThan(0);
    expect(districts[0].province).toBe('VN-01');
    expect(districts[districts.length - 1].province).toBe('VN-SG');
  });

  it('stores names in NFC with the tone placement of provinces.json', () => {
    for (const d of districts) expect(d.name).toBe(d.name.normalize('NFC'));
    expect(districtByNameAndProvince('Thủy Nguyên', 'VN-HP')?.name).toBe('Thủy Nguyên');
    expect(districtByNameAndProvince('Hoà Vang', 'VN-DN')?.name).toBe('Hòa Vang');
    expect(districts.some((d) => /(?:Hoà|Thuỷ|Thuỵ)(?!\p{L})/u.test(d.name))).toBe(false);
  });

  it('finds units by name without diacritics or case', () => {
    expect(districtsNamed('Vân Đồn')).toEqual([{ name: 'Vân Đồn', kind: 'HUYEN', province: 'VN-13' }]);
    expect(districtsNamed('van don')).toEqual(districtsNamed('Vân Đồn'));
    expect(districtsNamed('Hoằng Hóa')).toEqual([{ name: 'Hoằng Hóa', kind: 'HUYEN', province: 'VN-21' }]);
    expect(districtsNamed('HOẰNG HOÁ')).toEqual(districtsNamed('Hoằng Hóa'));
    const nfd = 'Hoàng Mai'.normalize('NFD');
    expect(districtsNamed(nfd).map((d) => d.province)).toEqual(['VN-22', 'VN-HN']);
    expect(districtsNamed('Nowhere')).toEqual([]);
  });

  it('has Thủ Đức as a city of Hồ Chí Minh, and no Quận 2 or Quận 9 after their merger', () => {
    expect(districtsNamed('Thủ Đức')).toEqual([{ name: 'Thủ Đức', kind: 'THANH_PHO', province: 'VN-SG' }]);
    expect(districtsNamed('TP. Thủ Đức')).toEqual(districtsNamed('Thủ Đức'));
    expect(districtsNamed('Quận 2')).toEqual([]);
    expect(districtsNamed('Quận 9')).toEqual([]);
    expect(districtByNameAndProvince('quận 1', 'VN-SG')).toEqual({
      name: 'Quận 1',
      kind: 'QUAN',
      province: 'VN-SG',
    });
  });

  it('keeps the 2021 kinds of units that changed in or after 2021', () => {
    expect(districtByNameAndProvince('Từ Sơn', 'VN-56')?.kind).toBe('THANH_PHO');
    expect(districtByNameAndProvince('Phổ Yên', 'VN-69')?.kind).toBe('THI_XA');
    expect(districtByNameAndProvince('Chơn Thành', 'VN-58')?.kind).toBe('HUYEN');
    expect(districtByNameAndProvince('Đông Triều', 'VN-13')?.kind).toBe('THI_XA');
    expect(districtByNameAndProvince('Mỹ Lộc', 'VN-67')?.kind).toBe('HUYEN');
    expect(districtByNameAndProvince('Huế', 'VN-26')?.kind).toBe('THANH_PHO');
  });

  it('returns every Châu Thành, one per province that has one', () => {
    const provinces = districtsNamed('Chau Thanh').map((d) => d.province);
    // Tây Ninh, Long An, An Giang, Đồng Tháp, Tiền Giang, Kiên Giang, Bến Tre, Trà Vinh, Sóc Trăng, Hậu Giang.
    expect(provinces).toEqual([
      'VN-37',
      'VN-41',
      'VN-44',
      'VN-45',
      'VN-46',
      'VN-47',
      'VN-50',
      'VN-51',
      'VN-52',
      'VN-73',
    ]);
    expect(districtsNamed('Châu Thành A')).toEqual([{ name: 'Châu Thành A', kind: 'HUYEN', province: 'VN-73' }]);
    expect(districtByNameAndProvince('Châu Thành', 'VN-44')).toEqual({
      name: 'Châu Thành',
      kind: 'HUYEN',
      province: 'VN-44',
    });
    expect(districtByNameAndProvince('Châu Thành', 'VN-13')).toBeUndefined();
  });

  it('tells a city from the district of the same name only when told the kind', () => {
    expect(districtsNamed('Cao Lãnh').map((d) => d.kind)).toEqual(['HUYEN', 'THANH_PHO']);
    expect(districtByNameAndProvince('Cao Lãnh', 'VN-45')).toBeUndefined();
    expect(districtByNameAndProvince('Cao Lãnh', 'VN-45', 'THANH_PHO')?.kind).toBe('THANH_PHO');
    expect(districtByNameAndProvince('Huyện Cao Lãnh', 'VN-45')?.kind).toBe('HUYEN');
    expect(districtByNameAndProvince('TP Cao Lãnh', 'VN-45')?.kind).toBe('THANH_PHO');
    expect(districtsNamed('Thị xã Kỳ Anh')).toEqual([{ name: 'Kỳ Anh', kind: 'THI_XA', province: 'VN-23' }]);
    // "Quan" is also a word of names: Quan Hóa is a huyện, not a quận.
    expect(districtsNamed('Quan Hóa')).toEqual([{ name: 'Quan Hóa', kind: 'HUYEN', province: 'VN-21' }]);
    expect(districtsNamed('Huyện Quan Hóa')).toEqual(districtsNamed('Quan Hóa'));
  });

  it('caches the parsed file per path and freezes it', () => {
    expect(loadDistricts()).toBe(districts);
    expect(loadDistricts(defaultDistrictsFile())).toBe(districts);
    expect(Object.isFrozen(districts)).toBe(true);
    expect(Object.isFrozen(districts[0])).toBe(true);
    expect(Object.isFrozen(districtsNamed('Châu Thành'))).toBe(true);
  });

  it('rejects an unknown kind, naming the file, the entry and the field', () => {
    let i = 0;
    const file = brokenCopy('bad-kind.json', (entries) => {
      i = indexOfEntry(entries, 'VN-13', 'Vân Đồn');
      entries[i].kind = 'DISTRICT';
    });
    expect(() => loadDistricts(file)).toThrow(
      new Error(`${file} entry ${i} (VN-13 Vân Đồn): kind must be one of HUYEN, QUAN, THI_XA, THANH_PHO`),
    );
  });

  it('rejects a province code that provinces.json lacks', () => {
    const file = brokenCopy('bad-province.json', (entries) => {
      entries[0].province = 'VN-99';
    });
    expect(() => loadDistricts(file)).toThrow(
      new Error(`${file} entry 0 (VN-99 Lai Châu): province must be a code of seeds/provinces.json, found "VN-99"`),
    );
  });

  it('rejects a duplicate name within a province and kind, even when only the diacritics differ', () => {
    let i = 0;
    const file = brokenCopy('duplicate.json', (entries) => {
      i = indexOfEntry(entries, 'VN-13', 'Vân Đồn');
      entries.splice(i + 1, 0, { name: 'Van Don', kind: 'HUYEN', province: 'VN-13' });
    });
    expect(() => loadDistricts(file)).toThrow(
      new Error(`${file} entry ${i + 1} (VN-13 Van Don): name duplicates entry ${i} (same province and kind)`),
    );
  });

  it('rejects the other tone placement, a kind word in the name, unknown fields and bad order', () => {
    const tone = brokenCopy('tone.json', (entries) => {
      entries[indexOfEntry(entries, 'VN-DN', 'Hòa Vang')].name = 'Hoà Vang';
    });
    expect(() => loadDistricts(tone)).toThrow(
      /entry \d+ \(VN-DN Hoà Vang\): name "Hoà Vang" must be spelt "Hòa Vang"/,
    );

    const prefixed = brokenCopy('prefixed.json', (entries) => {
      entries[indexOfEntry(entries, 'VN-13', 'Vân Đồn')].name = 'Huyện Vân Đồn';
    });
    expect(() => loadDistricts(prefixed)).toThrow(
      /\(VN-13 Huyện Vân Đồn\): name "Huyện Vân Đồn" must not start with its kind/,
    );

    const extra = brokenCopy('extra.json', (entries) => {
      entries[1].asciiName = 'Muong Te';
    });
    expect(() => loadDistricts(extra)).toThrow(
      new Error(`${extra} entry 1 (VN-01 Mường Tè): unknown field "asciiName"`),
    );

    const unsorted = brokenCopy('unsorted.json', (entries) => {
      [entries[0], entries[1]] = [entries[1], entries[0]];
    });
    expect(() => loadDistricts(unsorted)).toThrow(
      new Error(
        `${unsorted} entry 1 (VN-01 Lai Châu): entries must be sorted by province, then name (follows VN-01 Mường Tè)`,
      ),
    );
  });

  it('rejects a province without districts, and a file that is not JSON', () => {
    const missing = brokenCopy('missing.json', (entries) => {
      for (let i = entries.length - 1; i >= 0; i--) if (entries[i].province === 'VN-13') entries.splice(i, 1);
    });
    expect(() => loadDistricts(missing)).toThrow(
      new Error(`${missing}: province VN-13 (Quảng Ninh) has no district`),
    );

    const garbage = path.join(tmpDir, 'garbage.json');
    fs.writeFileSync(garbage, '[{"name": ');
    expect(() => loadDistricts(garbage)).toThrow(`${garbage}: cannot read: `);
  });

  it('labels errors in the seed file with its repo-relative path', () => {
    const entries = seedEntries();
    entries[0].kind = 'CITY';
    expect(() => validateDistricts(entries)).toThrow(
      new Error('seeds/districts.json entry 0 (VN-01 Lai Châu): kind must be one of HUYEN, QUAN, THI_XA, THANH_PHO'),
    );
  });
});
