import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { communeSpelling, communesNamed, defaultCommunesFile, loadCommunes } from './communes';
import { loadDistricts } from './districts';

describe('communes reference data', () => {
  let tmpDir: string;
  beforeAll(() => (tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'communes-'))));
  afterAll(() => fs.rmSync(tmpDir, { recursive: true, force: true }));

  /** A copy of the seed file with entries changed, written where loadCommunes can read it. */
  function brokenCopy(name: string, change: (entries: { province: string; district: string; kind: string; communes: string[] }[]) => void): string {
    const entries = JSON.parse(fs.readFileSync(defaultCommunesFile(), 'utf8'));
    change(entries);
    const file = path.join(tmpDir, name);
    fs.writeFileSync(file, JSON.stringify(entries));
    return file;
  }

  it('lists the 10,603 communes of 1 July 2021 under the 705 districts, island districts without any', () => {
    const communes = loadCommunes();
    expect(communes).toHaveLength(10603);
    expect(new Set(communes.map((c) => c.district)).size).toBe(loadDistricts().length - 5);
    const kinds = communes.reduce<Record<string, number>>((n, c) => ({ ...n, [c.kind]: (n[c.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ XA: 8267, PHUONG: 1723, THI_TRAN: 613 });
  });

  it('finds communes by their name without marks or case, of one kind word if given', () => {
    expect(communesNamed('KY LONG').map((c) => [c.kind, c.name, c.district.name, c.district.province])).toEqual([['PHUONG', 'Kỳ Long', 'Kỳ Anh', 'VN-23']]);
    expect(communesNamed('Ky Long', 'xã')).toEqual([]);
    expect(communesNamed('Ky Long', 'thôn')).toEqual([]);
  });

  it("spells a commune the one way the list does, its district's first, or not at all", () => {
    expect(communeSpelling('xã', 'Binh Nam')).toBe('Bình Nam');
    expect(communeSpelling('xã', 'My Thanh')).toBeNull();
    expect(communeSpelling('xã', 'My Thanh', { name: 'Giồng Trôm' })).toBe('Mỹ Thạnh');
    expect(communeSpelling('xã', 'Cam Van', { name: 'Giồng Trôm' })).toBeNull();
  });

  it.each([
    ['an entry out of the districts\' order', (e: any[]) => e.reverse(), /entry 0 \(VN-01 Lai Châu\): must name the district of seeds\/districts.json at the same place/],
    ['a commune without its kind word', (e: any[]) => (e[0].communes[0] = 'Quyết Thắng'), /commune "Quyết Thắng" must be a kind word \(xã, phường, thị trấn\) and a name/],
    ['the older tone placement', (e: any[]) => e[0].communes.push('xã Hoà Thuận'), /commune "xã Hoà Thuận" must be spelt "xã Hòa Thuận"/],
    ['a commune listed twice', (e: any[]) => e[0].communes.push(e[0].communes[0]), /commune "phường Quyết Thắng" is listed twice/],
    ['a missing district', (e: any[]) => e.pop(), /must have one entry per district of seeds\/districts.json \(705\), found 704/],
  ])('refuses %s, naming the entry', (_what, change, message) => {
    expect(() => loadCommunes(brokenCopy(`${_what.replace(/\W+/g, '-')}.json`, change))).toThrow(message);
  });
});
