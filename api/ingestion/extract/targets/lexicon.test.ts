import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicons } from '../../lexicons';
import { repoRoot } from '../../../repo-root';

// The target lexicons (metrics.json, units.json) are data: checked at load, with the file, entry and field named.

const source = join(repoRoot(), 'seeds', 'lexicons');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function loadEdited(file: string, edit: (data: any) => void): () => unknown {
  const dir = mkdtempSync(join(tmpdir(), 'lexicons-'));
  dirs.push(dir);
  cpSync(source, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(data);
  writeFileSync(join(dir, file), JSON.stringify(data));
  return () => loadLexicons(dir);
}

const metricIndex = (data: any, code: string) => data.metrics.findIndex((m: any) => m.code === code);

describe('metrics.json and units.json', () => {
  const lex = loadLexicons();

  it('covers the OxCGRT quantities the development gold uses, each with its indicator where one fits', () => {
    const byCode = new Map(lex.metrics.metrics.map((m) => [m.code, m]));
    const expected: [string, string, string | null][] = [
      ['GATHERING_SIZE', 'PEOPLE', 'C4'],
      ['PHYSICAL_DISTANCE', 'METRES', null],
      ['QUARANTINE_DAYS', 'DAYS', 'C8'],
      ['HEALTH_MONITORING_DAYS', 'DAYS', 'H3'],
      ['RESTRICTION_PERIOD_DAYS', 'DAYS', 'C6'],
      ['EXPOSURE_WINDOW_DAYS', 'DAYS', 'C7'],
      ['TEST_INTERVAL_DAYS', 'DAYS', 'H2'],
      ['WORKPLACE_ATTENDANCE', 'PERCENT', 'C2'],
      ['VENUE_CAPACITY', 'PERCENT', 'C2'],
      ['TRANSPORT_CAPACITY', 'PERCENT', 'C5'],
      ['INFORMATION_COVERAGE', 'PERCENT', 'H1'],
      ['CHECKPOINTS', 'CHECKPOINTS', 'C7'],
      ['VACCINATION_COVERAGE', 'PERCENT', 'H7'],
      ['RT_PCR_SINGLE_SAMPLES', 'SAMPLES_PER_DAY', 'H2'],
    ];
    for (const [code, unit, oxcgrt] of expected) expect([code, byCode.get(code)?.unit, byCode.get(code)?.oxcgrt]).toEqual([code, unit, oxcgrt]);
    expect(lex.units.units.map((u) => u.code)).toEqual(expect.arrayContaining(['METRES', 'CHECKPOINTS', 'COUNT', 'VND']));
  });

  it('rejects an OxCGRT code that is not one', () => {
    const load = loadEdited('metrics.json', (d) => {
      d.metrics[metricIndex(d, 'GATHERING_SIZE')].oxcgrt = 'C12';
    });
    expect(load).toThrow(/metrics\.json entry \d+: oxcgrt must be an OxCGRT indicator code such as C8, H2 or E1$/);
  });

  it('keeps OTHER for figures no metric names', () => {
    const load = loadEdited('metrics.json', (d) => {
      d.metrics[0].code = 'OTHER';
    });
    expect(load).toThrow(/metrics\.json entry 0: code OTHER is reserved/);
  });

  it('rejects a code used twice', () => {
    const load = loadEdited('metrics.json', (d) => {
      d.metrics[1].code = d.metrics[0].code;
    });
    expect(load).toThrow(/metrics\.json entry 1: code RT_PCR_SINGLE_SAMPLES is used by an earlier entry/);
  });

  it('checks context groups and bound cues', () => {
    const groups = loadEdited('metrics.json', (d) => {
      d.metrics[metricIndex(d, 'VACCINATION_COMPLETION_DAYS')].contextAll = [[]];
    });
    expect(groups).toThrow(/contextAll\[0\] must be a phrase or a non-empty list of phrases/);
    const bounds = loadEdited('metrics.json', (d) => {
      d.bounds.atMost = [];
    });
    expect(bounds).toThrow(/metrics\.json bounds: atMost must not be empty/);
  });

  it('expands variant patterns in metric phrases and reads other ways of writing a metric', () => {
    const byCode = new Map(lex.metrics.metrics.map((m) => [m.code, m]));
    expect(byCode.get('QUARANTINE_DAYS')?.contextExcept).toEqual(expect.arrayContaining(['cách ly y tế toàn bộ thôn', 'cách ly y tế đối với vùng', 'cách ly vùng']));
    expect(byCode.get('TEST_INTERVAL_DAYS')?.alternatives[0].lead).toContain('cách nhau');
    expect(lex.metrics.exact).toContain('truyền thông');
  });

  it('names the entry and the alternative of a malformed phrase', () => {
    const malformed = loadEdited('metrics.json', (d) => {
      d.metrics[metricIndex(d, 'QUARANTINE_DAYS')].context = ['cách ly {y tế'];
    });
    expect(malformed).toThrow(/metrics\.json entry \d+: context\[0\] has a malformed variant pattern: unclosed "\{"/);
    const empty = loadEdited('metrics.json', (d) => {
      d.metrics[metricIndex(d, 'TEST_INTERVAL_DAYS')].alternatives = [{ withinIsLimit: true }];
    });
    expect(empty).toThrow(/metrics\.json entry \d+: alternatives\[0\] must give the words that name the metric/);
    const wrong = loadEdited('metrics.json', (d) => {
      d.metrics[metricIndex(d, 'TEST_INTERVAL_DAYS')].alternatives = [{ lead: 'cách nhau' }];
    });
    expect(wrong).toThrow(/metrics\.json entry \d+ alternatives\[0\]: lead must be a list of strings/);
  });

  it('requires COUNT, the unit of figures counted without a unit word', () => {
    const load = loadEdited('units.json', (d) => {
      d.units = d.units.filter((u: any) => u.code !== 'COUNT');
    });
    expect(load).toThrow(/units\.json: units must define COUNT/);
  });

  it('checks that a ratio names a unit', () => {
    const load = loadEdited('units.json', (d) => {
      d.units.find((u: any) => u.code === 'SAMPLES').ratio = 'TUBES';
    });
    expect(load).toThrow(/units\.json entry \d+: ratio must be one of SAMPLES_PER_DAY, /);
  });
});
