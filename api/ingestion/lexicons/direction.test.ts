import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LexiconError, loadLexicons } from './index';
import { repoRoot } from '../../repo-root';

// direction.json and the measure fields of categories.json and strength.json are checked at load.

const source = join(repoRoot(), 'seeds', 'lexicons');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function broken(file: string, edit: (data: any) => void): () => unknown {
  const dir = mkdtempSync(join(tmpdir(), 'lexicons-'));
  dirs.push(dir);
  cpSync(source, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  edit(data);
  writeFileSync(join(dir, file), JSON.stringify(data));
  return () => loadLexicons(dir);
}

describe('direction.json', () => {
  it('loads easing, tightening and neutral cues', () => {
    const lex = loadLexicons();
    expect(lex.direction.easing).toContain('nới lỏng');
    expect(lex.direction.tightening).toContain('tạm dừng');
    expect(lex.direction.neutral).toContain('tuyên truyền');
  });

  it('refuses a cue in two directions', () => {
    const load = broken('direction.json', (d) => d.easing.push('Tạm dừng'));
    expect(load).toThrow(LexiconError);
    expect(load).toThrow(/direction\.json: tightening\[\d+\] "tạm dừng" is also in easing/);
  });

  it('refuses an exact cue that is in no list', () => {
    expect(broken('direction.json', (d) => d.exact.push('đóng băng'))).toThrow(/direction\.json: exact\[\d+\] "đóng băng" is in none of/);
  });

  it('refuses a missing list', () => {
    expect(broken('direction.json', (d) => delete d.easing)).toThrow(/direction\.json: easing must be a list of strings/);
  });
});

describe('measure fields of categories.json and strength.json', () => {
  it('checks that "exact" is a boolean', () => {
    expect(broken('categories.json', (d) => (d.categories[0].keywords[0] = { text: 'xét nghiệm', exact: 'yes' }))).toThrow(
      /categories\.json entry 0: keywords\[0\]\.exact must be true or false/,
    );
  });

  it('checks the heading and closing words', () => {
    expect(broken('strength.json', (d) => delete d.headings)).toThrow(/strength\.json: headings must be an object/);
    expect(broken('strength.json', (d) => (d.closing.formulas = 'triển khai thực hiện'))).toThrow(/strength\.json closing: formulas must be a list of strings/);
  });
});
