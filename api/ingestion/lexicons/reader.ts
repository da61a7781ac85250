// Reads one lexicon file and checks every field once, at load: a researcher who mistypes a kind gets
// "seeds/lexicons/slogans.json entry 3: kind must be one of ..." instead of silently missing facts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from '../../repo-root';
import { variantSyntaxError } from './variants';

export class LexiconError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

/** Reads one value of a lexicon file, naming the file, entry and field in every complaint. */
export class Reader {
  constructor(
    private readonly file: string,
    private readonly where: string,
    private readonly obj: Record<string, unknown>,
  ) {}

  fail(field: string, problem: string): never {
    throw new LexiconError(`${this.file}${this.where}: ${field} ${problem}`);
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined && this.obj[field] !== null;
  }

  str(field: string, options: { optional?: boolean } = {}): string {
    const v = this.obj[field];
    if ((v === undefined || v === null) && options.optional) return '';
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string');
    return v;
  }

  nullableStr(field: string, pattern?: RegExp, patternText?: string): string | null {
    const v = this.obj[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be a non-empty string or null');
    if (pattern && !pattern.test(v)) this.fail(field, `must be ${patternText}`);
    return v;
  }

  num(field: string, options: { min?: number; max?: number; fallback?: number } = {}): number {
    const v = this.obj[field];
    if ((v === undefined || v === null) && options.fallback !== undefined) return options.fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, 'must be a number');
    if (options.min !== undefined && v < options.min) this.fail(field, `must be at least ${options.min}`);
    if (options.max !== undefined && v > options.max) this.fail(field, `must be at most ${options.max}`);
    return v;
  }

  bool(field: string, fallback: boolean): boolean {
    const v = this.obj[field];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') this.fail(field, 'must be true or false');
    return v;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.obj[field];
    if (typeof v !== 'string' || !allowed.includes(v as T)) this.fail(field, `must be one of ${allowed.join(', ')}`);
    return v as T;
  }

  strings(field: string, options: { optional?: boolean; nonEmpty?: boolean; variants?: boolean } = {}): string[] {
    const v = this.obj[field];
    if ((v === undefined || v === null) && options.optional) return [];
    if (!Array.isArray(v)) this.fail(field, 'must be a list of strings');
    v.forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') this.fail(`${field}[${i}]`, 'must be a non-empty string');
      if (options.variants) {
        const problem = variantSyntaxError(s);
        if (problem) this.fail(`${field}[${i}]`, `has a malformed variant pattern: ${problem}`);
      }
    });
    if (options.nonEmpty && v.length === 0) this.fail(field, 'must not be empty');
    return v as string[];
  }

  /** An object of non-empty strings ({"VH-TT": "Văn hóa và Thông tin"}); {} when the field is absent. */
  stringMap(field: string): Record<string, string> {
    const v = this.obj[field];
    if (v === undefined || v === null) return {};
    if (typeof v !== 'object' || Array.isArray(v)) this.fail(field, 'must be an object of strings');
    for (const [k, s] of Object.entries(v)) {
      if (k.trim() === '' || typeof s !== 'string' || s.trim() === '') this.fail(`${field}.${k}`, 'must be a non-empty string');
    }
    return v as Record<string, string>;
  }

  list(field: string): unknown[] {
    const v = this.obj[field];
    if (!Array.isArray(v)) this.fail(field, 'must be a list');
    return v;
  }

  object(field: string): Record<string, unknown> {
    const v = this.obj[field];
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(field, 'must be an object');
    return v as Record<string, unknown>;
  }

  /**
   * A reader for entry i of a list field: errors say "entry i" for the file's main list, "field[i]" for a
   * secondary one (`named`), so "signs[0]" is not mistaken for the first category.
   */
  entries(field: string, options: { named?: boolean } = {}): Reader[] {
    return this.list(field).map((item, i) => {
      const where = options.named ? ` ${field}[${i}]` : ` entry ${i}`;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new LexiconError(`${this.file}${where}: must be an object`);
      }
      return new Reader(this.file, where, item as Record<string, unknown>);
    });
  }

  /** A reader for a nested object whose own errors name the path. */
  nested(field: string): Reader {
    return new Reader(this.file, `${this.where} ${field}`, this.object(field));
  }
}

export function readJson(dir: string, name: string): Reader {
  const path = join(dir, name);
  const shown = shownPath(path);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new LexiconError(`${shown}: cannot be read`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new LexiconError(`${shown}: is not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LexiconError(`${shown}: must hold a JSON object`);
  }
  return new Reader(shown, '', data as Record<string, unknown>);
}

export const OXCGRT = /^[CEHV]\d$/;
export const OXCGRT_TEXT = 'an OxCGRT indicator code such as C8, H2 or E1';
/** Upper-case codes such as TESTING, RT_PCR_SINGLE_SAMPLES. */
export const CODE = /^[A-Z][A-Z0-9_]*$/;
