import { loadProvinceStatistics, perThousandPeople, statisticsSource, validateStatistics } from './province-statistics';

describe('province statistics', () => {
  it('holds the 63 units, summing to the national population and area the source states', () => {
    const all = loadProvinceStatistics();
    expect(all).toHaveLength(63);
    const people = all.reduce((n, p) => n + p.population, 0);
    const area = all.reduce((n, p) => n + p.areaKm2, 0);
    expect(Math.abs(people - 98_506_190) / 98_506_190).toBeLessThan(0.001);
    expect(Math.abs(area - 331_344.27) / 331_344.27).toBeLessThan(0.001);
    expect(all.find((p) => p.code === 'VN-13')).toEqual({ code: 'VN-13', population: 1350850, areaKm2: 6207.79 });
    expect(statisticsSource().publisher).toContain('General Statistics Office');
  });

  it('puts a figure per 1,000 people, and refuses a file that misses a province', () => {
    expect(perThousandPeople(15000, 1350850)).toBe(11.104);
    expect(perThousandPeople(15000, null)).toBeNull();
    const source = { title: 't', publisher: 'p', year: 2021, url: 'u', definitions: 'd', checks: 'c' };
    expect(() => validateStatistics({ source, provinces: loadProvinceStatistics().slice(1) })).toThrow('must list the 63 units');
  });
});
