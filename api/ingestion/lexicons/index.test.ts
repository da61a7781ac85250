import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LexiconError, loadLexicons } from './index';
import { repoRoot } from '../../repo-root';
import { expandVariant, variantSyntaxError } from './variants';

const source = join(repoRoot(), 'seeds', 'lexicons');

/** A copy of the lexicons with one file edited, so a broken lexicon never touches the real ones. */
function brokenCopy(file: string, edit: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexicons-'));
  cpSync(source, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(data);
  writeFileSync(join(dir, file), JSON.stringify(data));
  return dir;
}

describe('loadLexicons', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const broken = (file: string, edit: (data: any) => void) => {
    const dir = brokenCopy(file, edit);
    dirs.push(dir);
    return () => loadLexicons(dir);
  };

  it('finds seeds/ from the repository root and loads every lexicon', () => {
    const lex = loadLexicons();
    expect(lex.dir).toBe(source);
    expect(lex.slogans.slogans.map((s) => s.canonical)).toContain('5K');
    expect(lex.categories.categories.map((c) => c.code)).toContain('GENERAL_PREPAREDNESS');
    // Variant patterns are expanded at load: "Sở Giao thông vận tải" has one spelling, BCĐ many.
    const bcd = lex.agencies.agencies.find((a) => a.canonical === 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh');
    expect(bcd?.variants).toContain('Ban Chỉ đạo cấp tỉnh');
    expect(bcd?.variants).toContain('BCĐ phòng, chống dịch bệnh COVID-19 tỉnh');
  });

  it('names file, entry and field when a slogan kind is wrong', () => {
    const load = broken('slogans.json', (d) => {
      d.slogans[3].kind = 'SLOGAN';
    });
    expect(load).toThrow(LexiconError);
    expect(load).toThrow(/slogans\.json entry 3: kind must be one of MOTTO, STRATEGY, GOAL, CAMPAIGN$/);
  });

  it('checks that a metric names a unit of units.json', () => {
    const load = broken('metrics.json', (d) => {
      d.metrics[1].unit = 'SAMPLES_PER_WEEK';
    });
    expect(load).toThrow(/metrics\.json entry 1: unit must be one of SAMPLES_PER_DAY, /);
  });

  it('reports a malformed variant pattern', () => {
    const load = broken('agencies.json', (d) => {
      d.agencies[0].variants = ['Chính [phủ'];
    });
    expect(load).toThrow(/agencies\.json entry 0: variants\[0\] has a malformed variant pattern: unclosed "\["/);
  });

  it('reports a keyword without text and an OxCGRT code of the wrong shape', () => {
    expect(broken('categories.json', (d) => (d.categories[0].keywords[0] = { weight: 2 }))).toThrow(
      /categories\.json entry 0: keywords\[0\]\.text must be a non-empty string/,
    );
    expect(broken('categories.json', (d) => (d.categories[2].oxcgrt = 'H22'))).toThrow(/categories\.json entry 2: oxcgrt must be an OxCGRT indicator code/);
  });

  it('reports a sign of an unknown category or with two gaps, naming the group', () => {
    expect(broken('categories.json', (d) => (d.signs[0].category = 'TRAVEL'))).toThrow(/categories\.json signs\[0\]: category must be one of the category codes/);
    expect(broken('categories.json', (d) => (d.signs[0].phrases = ['người … từ … về']))).toThrow(/categories\.json signs\[0\]: phrases\[0\] may hold one "…", between words/);
    expect(broken('categories.json', (d) => (d.subjectTopics[0].names = []))).toThrow(/categories\.json subjectTopics\[0\]: names must not be empty/);
    expect(broken('categories.json', (d) => (d.signs[0].certifies = 'yes'))).toThrow(/categories\.json signs\[0\]: certifies must be true or false/);
  });

  it('reports a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicons-'));
    dirs.push(dir);
    cpSync(source, dir, { recursive: true });
    writeFileSync(join(dir, 'strength.json'), '{ "forbidden": [');
    expect(() => loadLexicons(dir)).toThrow(/strength\.json: is not valid JSON/);
  });
});

describe('variant mini-syntax', () => {
  it('expands optional groups and choices', () => {
    expect(expandVariant('{Ban Chỉ đạo|BCĐ} [phòng, chống dịch] tỉnh').sort()).toEqual(
      ['BCĐ phòng, chống dịch tỉnh', 'BCĐ tỉnh', 'Ban Chỉ đạo phòng, chống dịch tỉnh', 'Ban Chỉ đạo tỉnh'].sort(),
    );
    expect(expandVariant('Ban Dân tộc {tỉnh|}')).toEqual(['Ban Dân tộc tỉnh', 'Ban Dân tộc']);
  });

  it('rejects nesting and stray brackets', () => {
    expect(variantSyntaxError('a [b {c|d}]')).toMatch(/nested/);
    expect(variantSyntaxError('a b]')).toMatch(/without a matching/);
    expect(variantSyntaxError('a | b')).toMatch(/outside/);
    expect(variantSyntaxError('a [b] {c|d}')).toBeNull();
  });
});
