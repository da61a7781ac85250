import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../repo-root';

// The seed texts cut into what the generator recombines: the head (letterhead, number, title, preamble),
// the numbered top-level clauses, and the tail (closing line, distribution list, signature, portal footer).

/** OCR scans are hard-wrapped at the page width; portal and markdown copies hold a paragraph per line. */
export type Layout = 'WRAPPED' | 'PARAGRAPHS';

export interface SeedParts {
  file: string;
  text: string;
  layout: Layout;
  head: string[];
  /** Each clause's lines; the first starts with its number ("3. ", "**3.", "#### **3."). */
  clauses: string[][];
  tail: string[];
}

/** A top-level clause number at the start of a line, with the markdown around it. */
export const CLAUSE_START = /^(\s*(?:#{1,6}\s*)?(?:\*\*)?)(\d{1,2})(\.)/u;
/** Lines that close the body: the delegation sentence, "Nơi nhận", a portal byline. */
const TAIL_START = /^(?:Thừa lệnh|Giao Sở|Yêu cầu các cơ quan|PV$|Nơi nh)/u;

export function seedFiles(): string[] {
  const dir = path.join(repoRoot(), 'seeds', 'corpus');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function splitSeed(file: string): SeedParts {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const starts: number[] = [];
  lines.forEach((line, i) => {
    const m = CLAUSE_START.exec(line);
    if (m && Number(m[2]) === starts.length + 1) starts.push(i);
  });
  const last = starts.at(-1) ?? lines.length;
  let tailStart = lines.findIndex((line, i) => i > last && TAIL_START.test(line.trim()));
  if (tailStart < 0) tailStart = lines.length;
  const clauses = starts.map((start, k) => lines.slice(start, k + 1 < starts.length ? starts[k + 1] : tailStart));
  const longest = Math.max(...lines.map((l) => l.length));
  return {
    file: path.basename(file),
    text,
    layout: longest > 300 ? 'PARAGRAPHS' : 'WRAPPED',
    head: lines.slice(0, starts[0] ?? tailStart),
    clauses,
    tail: lines.slice(tailStart),
  };
}

let cached: SeedParts[] | undefined;

export function seedParts(): SeedParts[] {
  return (cached ??= seedFiles().map(splitSeed));
}
