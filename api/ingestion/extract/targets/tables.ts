import { repairFigures } from '../../clean/garbled-numbers';
import { listingRowOrdinal, opensOrdinalHeading } from '../../clean/line-shape';
import type { Target } from '../../../domain/facts';
import { OTHER_METRIC } from '../../../domain/facts';
import { COUNT_UNIT } from '../../lexicons/units';
import { view, type Hit } from '../../phrases/patterns';
import type { Reading } from '../../reading';
import { endsWithColon, type TextLine } from '../../segment/lines';
import type { TableRow } from '../../segment/level-tables';
import { findNumbers } from '../../../text/numbers';
import { findTimeExpressions, yearOfIso } from '../../../text/dates';
import { citeTrimmed } from '../citation';
import { boundNamedIn, boundOf } from './bound';
import { NO_QUALIFIERS, targetRule } from './build';
import type { CompiledTargets } from './compile';
import { figuresOf, figureAt, type Figure } from './figures';
import { bestMatch, matchMetric, type MetricMatch } from './metric-match';

// A table that hands out goals, one row per unit ("PHỤ LỤC: CHỈ TIÊU TIÊM ..." with columns "TT | Đơn vị |
// Số trẻ | Chỉ tiêu tiêm tối thiểu (mũi/ngày)"): the column whose heading holds a goal cue and a unit in
// parentheses gives each row a target, scoped to the row's unit. So does an allocation table under the
// sentence that orders it ("Bố trí giường điều trị ... như sau:" over "Cơ sở | Địa điểm | Số giường"). The heading is read as the sentence it
// abbreviates ("Chỉ tiêu tiêm tối thiểu 1.300 mũi/ngày") by the same metric rules as prose; so is the last
// heading of a table laid out with spaces when it counts under a bound ("TT Đơn vị Số chỗ hiện có Số chỗ tối
// thiểu": "Số chỗ tối thiểu 400 chỗ"). Other columns
// (estimates, populations) and the total row are not targets.

/** Cells of a table line whose cells are still marked: split at "|" or tabs. */
function cells(text: string, line: Hit): Hit[] {
  const out: Hit[] = [];
  const re = /[^|\t]+/gu;
  const slice = text.slice(line.start, line.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const lead = m[0].length - m[0].trimStart().length;
    const value = m[0].trim();
    if (value !== '') out.push({ start: line.start + m.index + lead, end: line.start + m.index + lead + value.length });
  }
  return out;
}

const RULE = /^[\s\-=|+:_.]+$/u;
/** A row's ordinal ("1", "10", "II", "a"), opening it. */
const ORDINAL_LEAD = String.raw`^[|\s]*(?:\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]?`;
const ORDINAL = new RegExp(`${ORDINAL_LEAD}(?=[\\s|\\t])`, 'u');
/** The row's unit: its words after the ordinal, up to the first figure or cell mark. */
const ROW_NAME = new RegExp(String.raw`${ORDINAL_LEAD}[\s|\t]+([^\d|\t]*\p{L}[^\d|\t]*?)[\s|\t]*(?=\d|\||\t|$)`, 'u');
/** A heading's unit in parentheses at its end: "(mũi/ngày)", "(%)", "(mẫu)". */
const UNIT_IN_PARENS = /\(([^()]{1,30})\)[\s|]*$/u;
/** A cell of a figure alone: "5.000", "95". */
const FIGURE_ALONE = /^\d[\d.,]*$/u;

/** A line as its figures read (figuresOf): the shapes of cells are judged on it, so a misread cell keeps its row. */
const figuresAt = (reading: Reading, line: Hit) => figuresOf(reading).slice(line.start, line.end).trim();

/** A row's last figure: "... 11.840 1.300". */
const LAST_FIGURE = /(\d[\d.,]*)[\s|]*$/u;
/** How far before its unit a heading's goal words may start: "Chỉ tiêu tiêm tối thiểu (mũi/ngày)". */
const HEADING_WORDS = 60;

interface TargetColumn {
  /** Cells of the heading when they are marked ("|", tabs): the column's index among them; else the last column. */
  index: number | null;
  /** A table cleaned to one cell per line: the heading cell's place in its block of heading lines. */
  stacked: number | null;
  count: number;
  /** The heading written as a sentence's words: "Chỉ tiêu tiêm tối thiểu", and the unit: "mũi/ngày". */
  words: string;
  unit: string;
  heading: Hit;
  /** Rows open with an ordinal; an allocation table's rows open with the name of what they allot to. */
  ordinals: boolean;
}

/**
 * The goal column of a table heading: a cell holding a goal cue and a unit in parentheses. Where the cells
 * were laid out with spaces only (and cleaning joined them), the goal column must be the last one.
 */
function targetColumn(reading: Reading, line: Hit, c: CompiledTargets): TargetColumn | null {
  const row = cells(reading.text, line);
  if (row.length >= 3) {
    for (const [index, cell] of row.entries()) {
      const written = reading.text.slice(cell.start, cell.end);
      const unit = UNIT_IN_PARENS.exec(written);
      if (!unit || !c.goal.test(reading, cell.start, cell.end)) continue;
      return { index, stacked: null, count: row.length, words: written.slice(0, unit.index).trim(), unit: unit[1].trim(), heading: cell, ordinals: true };
    }
    return allocationColumn(reading, line, row, c);
  }
  const written = reading.text.slice(line.start, line.end);
  const unit = UNIT_IN_PARENS.exec(written);
  if (!unit) return boundColumn(reading, line, c) ?? allocationColumn(reading, line, [{ start: line.start, end: line.end }], c);
  const stacked = stackedIndex(reading, line);
  if (stacked !== null && c.goal.test(reading, line.start, line.end)) {
    return { index: null, stacked, count: 0, words: written.slice(0, unit.index).trim(), unit: unit[1].trim(), heading: { start: line.start, end: line.start + unit.index + unit[0].trimEnd().length }, ordinals: true };
  }
  const unitAt = line.start + unit.index;
  const goal = c.goal.all(reading, Math.max(line.start, unitAt - HEADING_WORDS), unitAt)[0];
  if (!goal) return null;
  const heading = { start: goal.start, end: line.start + unit.index + unit[0].trimEnd().length };
  return { index: null, stacked: null, count: 0, words: reading.text.slice(goal.start, unitAt).trim(), unit: unit[1].trim(), heading, ordinals: true };
}

/** "Số", "Số lượng": the words a counting heading opens with. */
const COUNT_WORDS = String.raw`s[oố](?:\s+l[uư][oợ]ng)?\s+`;
/** The last cell of a heading row whose cells were joined with spaces, when it counts: "... Số chỗ tối thiểu". */
const LAST_COUNT_HEADING = new RegExp(String.raw`(?:^|\s)(${COUNT_WORDS}\p{L}+(?:\s+\p{L}+){0,5}?)\s*$`, 'iu');
const COUNT_WORDS_LEAD = new RegExp(`^${COUNT_WORDS}`, 'iu');

/**
 * "TT Đơn vị Số chỗ hiện có Số chỗ tối thiểu": the last column counts in a unit word under a bound, so each row's
 * last figure is that bound for the row's unit ("Số chỗ tối thiểu 400 chỗ"); the columns before it (what there
 * is now) are not targets.
 */
function boundColumn(reading: Reading, line: Hit, c: CompiledTargets): TargetColumn | null {
  const written = reading.text.slice(line.start, line.end);
  if (!opensOrdinalHeading(written)) return null;
  const count = LAST_COUNT_HEADING.exec(written);
  if (!count) return null;
  const at = line.start + count.index + count[0].length - count[1].length;
  const v = view(reading.text.slice(at, line.end));
  const bound = [c.atLeast, c.atMost].map((m) => m.endAt(v, v.text.length, 20)).find((s) => s > 0);
  if (bound === undefined) return null;
  const words = count[1].trim();
  // The counted noun's head word is the unit: "Số giường điều trị tối thiểu" counts in "giường".
  const unit = /^\p{L}+/u.exec(v.text.slice(0, bound).replace(COUNT_WORDS_LEAD, ''))?.[0];
  if (!unit) return null;
  return { index: null, stacked: null, count: 0, words, unit, heading: { start: at, end: line.end }, ordinals: true };
}

/** Longest allocation row, in characters. */
const ALLOCATION_ROW = 120;

/** "Số giường", "Số lượng chốt": a heading that counts in a unit word. */
const COUNT_HEADING = new RegExp(String.raw`^${COUNT_WORDS}(\p{L}.{0,30})$`, 'iu');

/**
 * An allocation table under the sentence that orders it: "Bố trí giường điều trị tại các bệnh viện dã chiến như
 * sau:" over "| Cơ sở | Địa điểm | Số giường |", then a row per place. The counting column's heading names the
 * unit; each row's cell is read as the sentence would say it ("Bố trí giường điều trị ... 500 giường").
 */
function allocationColumn(reading: Reading, line: Hit, row: Hit[], c: CompiledTargets): TargetColumn | null {
  // Marked cells ("|") sit on one line; cleaned to one cell per line, the counting heading is the block's last.
  const marked = row.length >= 3;
  const lead = leadAbove(reading, line, marked);
  if (!lead || !endsWithColon(reading.text.slice(lead.start, lead.end))) return null;
  if (!c.countVerb.test(reading, lead.start, lead.end) && !c.goal.test(reading, lead.start, lead.end)) return null;
  for (const [index, cell] of row.entries()) {
    const heading = COUNT_HEADING.exec(reading.text.slice(cell.start, cell.end).trim());
    if (!heading) continue;
    const words = reading.text.slice(lead.start, lead.end).replace(/(?:\s+nh[uư]\s+sau)?[\s:*_]*$/u, '');
    // Cleaned to one cell per line, a row is as many lines as the heading's block, the count at the heading's place.
    const block = marked ? null : headingBlock(reading, line);
    const column = { index: marked ? index : null, stacked: block?.at ?? null, count: marked ? row.length : block?.width ?? 0, words, unit: heading[1].trim(), heading: cell, ordinals: false };
    if (readCell('1', column, c)?.fig.unit) return column;
  }
  return null;
}

/**
 * The sentence right above a table: above its heading line, or above the block of short heading lines a
 * cleaned table stacks ("Cơ sở điều trị" / "Địa điểm" / "Số giường"), which a blank line opens.
 */
function leadAbove(reading: Reading, line: Hit, marked: boolean): Hit | null {
  let i = reading.lines.findIndex((l) => l.start === line.start);
  if (!marked) {
    const top = i;
    while (i > 0 && !blankBefore(reading.text, reading.lines[i]) && top - i < 8 && reading.lines[i - 1].text.length <= CELL_LINE) i--;
    if (i === top || !blankBefore(reading.text, reading.lines[i])) return null;
  }
  return i > 0 ? reading.lines[i - 1] : null;
}

/** The block of heading lines a line is in (a blank line before and after it): its width and the line's place in it. */
function headingBlock(reading: Reading, line: Hit): { at: number; width: number } | null {
  const i = reading.lines.findIndex((l) => l.start === line.start);
  let top = i;
  while (top > 0 && !blankBefore(reading.text, reading.lines[top]) && i - top < 8) top--;
  let end = i + 1;
  while (end < reading.lines.length && !blankBefore(reading.text, reading.lines[end]) && end - top < 8) end++;
  return end < reading.lines.length && blankBefore(reading.text, reading.lines[end]) ? { at: i - top, width: end - top } : null;
}

/** Cell lines are short and blank lines bound a block of them ("STT" / "Đơn vị" / "Chỉ tiêu ... (mũi/ngày)"). */
const CELL_LINE = 80;
const blankBefore = (text: string, line: Hit) => /\n[ \t]*\n[ \t]*$/u.test(text.slice(Math.max(0, line.start - 4), line.start)) || line.start === 0;

/** The place of a heading cell among the cell lines above it, back to a blank line; null when it is no cell line. */
function stackedIndex(reading: Reading, line: Hit): number | null {
  const i = reading.lines.findIndex((l) => l.start === line.start);
  let k = i;
  while (k > 0 && !blankBefore(reading.text, reading.lines[k]) && i - k < 8) k--;
  const block = reading.lines.slice(k, i + 1);
  if (i - k < 1 || !blankBefore(reading.text, reading.lines[k]) || !block.every((l) => l.text.length <= CELL_LINE)) return null;
  // The rows below must be stacked too: the first line after the heading's block is an ordinal alone.
  let j = i + 1;
  while (j < reading.lines.length && !blankBefore(reading.text, reading.lines[j])) j++;
  return j < reading.lines.length && /^1[.)]?$/u.test(reading.lines[j].text.trim()) ? i - k : null;
}

export const isTotal = (reading: Reading, line: Hit, c: CompiledTargets) => c.tableTotal.startAt(reading, line.start + (/^[|\s]*/u.exec(reading.text.slice(line.start, line.end))?.[0].length ?? 0), 12) >= 0;

/** The cell of the goal column in a row, or null when the row is not one of the table's. */
function goalCell(reading: Reading, line: Hit, column: TargetColumn): Hit | null {
  if (column.index !== null) {
    const row = cells(reading.text, line);
    return row.length === column.count ? row[column.index] : null;
  }
  const m = LAST_FIGURE.exec(figuresOf(reading).slice(line.start, line.end));
  return m ? { start: line.start + m.index, end: line.start + m.index + m[1].length } : null;
}

/** What an allocation row allots to: its first marked cell ("Bệnh viện dã chiến số 1"), or all before its figure. */
function allotted(reading: Reading, line: Hit, cell: Hit): string | null {
  const row = cells(reading.text, line);
  const name = row.length > 1 ? reading.text.slice(row[0].start, row[0].end) : reading.text.slice(line.start, cell.start).trim();
  return name === '' ? null : name;
}

/** The row's unit: its words after the ordinal, up to the first figure. */
function rowName(reading: Reading, line: Hit): string | null {
  const m = ROW_NAME.exec(figuresOf(reading).slice(line.start, line.end));
  return m ? m[1].trim() : null;
}

/** The figure the heading and one row's cell make: "Chỉ tiêu tiêm tối thiểu 1.300 mũi/ngày". */
function readCell(value: string, column: TargetColumn, c: CompiledTargets): { fig: Figure; best: MetricMatch | null; v: ReturnType<typeof view> } | null {
  // A cell that writes its own unit ("65 trạm") is read as it is; the column's unit follows a bare figure.
  const sentence = column.unit === '' ? `${column.words} ${value}` : `${column.words} ${value} ${column.unit}`;
  const v = view(sentence);
  const tok = findNumbers(repairFigures(sentence)).find((t) => t.start === column.words.length + 1);
  if (!tok || tok.kind !== 'number' || (column.unit !== '' && tok.end !== column.words.length + 1 + value.length)) return null;
  const fig = figureAt(v, tok, sentence.length - tok.end, 0, c);
  const whole = { start: 0, end: sentence.length };
  const best = bestMatch(c.metrics.map((cm) => matchMetric(v, fig, whole, cm, c, [])).filter((m): m is MetricMatch => m !== null));
  return { fig, best, v };
}

function rowTarget(reading: Reading, row: Hit, cell: Hit, name: string | null, column: TargetColumn, c: CompiledTargets): Target | null {
  const read = readCell(reading.text.slice(cell.start, cell.end), column, c);
  if (!read) return null;
  const { fig, best, v } = read;
  const whole = { start: 0, end: v.text.length };
  const code = best ? best.cm.metric.code : OTHER_METRIC;
  return {
    metric: code,
    value: fig.tok.value,
    unit: best ? best.cm.metric.unit : fig.unit ?? COUNT_UNIT,
    bound: boundOf(v, fig, whole, whole, best ? best.cm.withinIsLimit : true, c) ?? boundNamedIn(reading, column.heading, c),
    nounPhrase: reading.text.slice(column.heading.start, column.heading.end),
    contingent: false,
    qualifiers: { ...NO_QUALIFIERS, scope: name },
    deadline: null,
    period: null,
    clauseOrdinal: null,
    citation: citeTrimmed(reading.text, row.start, row.end, targetRule(code, 'table')),
  };
}

/**
 * Rows of a table cleaned to one cell per line: each opens with its ordinal alone on a line; its cells follow
 * in column order (an empty cell leaves no line, so only cells before the goal column must all be there).
 */
function stackedRows(reading: Reading, lines: TextLine[], headingAt: number, column: TargetColumn, c: CompiledTargets): { targets: Target[]; rows: Hit[]; next: number } {
  const targets: Target[] = [];
  const rows: Hit[] = [];
  let j = headingAt + 1;
  while (j < lines.length && !blankBefore(reading.text, lines[j])) j++;
  // Ordinals count up from 1: a cell holding "700" is no row's start.
  let ordinal = 1;
  const opensRow = (line: TextLine) => figuresAt(reading, line).replace(/[.)]$/, '') === String(ordinal);
  while (j < lines.length) {
    const total = isTotal(reading, lines[j], c);
    if (!opensRow(lines[j]) && !total) break;
    if (!total) ordinal++;
    // The next row opens with its ordinal and then its name: a last cell holding the same number ("4" over "4" /
    // "Huyện Hàm Yên") is this row's.
    const nextRow = (k: number) => opensRow(lines[k]) && !(k + 1 < lines.length && opensRow(lines[k + 1]));
    let end = j + 1;
    while (end < lines.length && end - j <= 12 && !nextRow(end) && !isTotal(reading, lines[end], c) && !blankBefore(reading.text, lines[end])) end++;
    const row = { start: lines[j].start, end: lines[end - 1].end };
    rows.push(row);
    const cellLine = lines[j + column.stacked!];
    if (!total && j + column.stacked! < end && FIGURE_ALONE.test(figuresAt(reading, cellLine))) {
      const target = rowTarget(reading, row, { start: cellLine.start, end: cellLine.end }, lines[j + 1]?.text.trim() ?? null, column, c);
      if (target) targets.push(target);
    }
    j = end;
  }
  return { targets, rows, next: j };
}


/**
 * Rows of an allocation table its cells were cleaned out of: each row a short line ending in its figure, or a
 * line naming what it allots to over a line holding the figure alone. The rows end at a blank line or prose.
 */
function allocationRows(reading: Reading, lines: TextLine[], headingAt: number, column: TargetColumn, c: CompiledTargets): { targets: Target[]; rows: Hit[]; next: number } {
  if (column.stacked !== null) return stackedAllocationRows(reading, lines, headingAt, column, c);
  const targets: Target[] = [];
  const rows: Hit[] = [];
  let j = headingAt + 1;
  while (j < lines.length && lines[j].end - lines[j].start <= ALLOCATION_ROW) {
    const line = lines[j];
    if (j > headingAt + 1 && blankBefore(reading.text, line)) break;
    const next = lines[j + 1];
    const alone = next && !blankBefore(reading.text, next) && FIGURE_ALONE.test(figuresAt(reading, next)) && !FIGURE_ALONE.test(figuresAt(reading, line));
    const row = alone ? { start: line.start, end: next.end } : line;
    const cell = alone ? { start: next.start, end: next.end } : goalCell(reading, line, column);
    if (!cell) break;
    rows.push(row);
    if (!isTotal(reading, line, c)) {
      const name = reading.text.slice(line.start, alone ? line.end : cell.start).trim();
      const target = rowTarget(reading, row, cell, name === '' ? null : name, column, c);
      if (target) targets.push(target);
    }
    j += alone ? 2 : 1;
  }
  return { targets, rows, next: j };
}

/** Longest cell of a unit column: "%", "mẫu/ngày", "liều/ngày". */
const UNIT_CELL = 16;
/** A unit in parentheses anywhere in a label or heading: "Tỷ lệ tiêm mũi 1 (%)", "Mục tiêu (mẫu/ngày) đến 30/9". */
const UNIT_IN_LABEL = /\(([^()\d]{1,20})\)/u;

/** A label that counts a noun: "Số giường điều trị", "Tổng số chốt kiểm soát", "Số lượng tổ COVID cộng đồng". */
const COUNTED_LABEL = /^(?:Tổng số|Số)\s+(?:lượng\s+)?(\p{L}+)/iu;

/** The unit of a row's bare figures: its unit column's cell, the parentheses of its label or of the cell's heading, or the noun its label counts. */
function gridUnit(reading: Reading, row: TableRow, at: number, c: CompiledTargets): string | null {
  const column = row.headings.findIndex((h) => c.unitColumn.startAt(reading, h.start, 20) === h.end);
  if (column >= 0 && column !== at) {
    const cell = reading.text.slice(row.cells[column].start, row.cells[column].end).trim();
    if (cell.length <= UNIT_CELL && !/\d/u.test(cell)) return cell;
  }
  for (const h of [row.label, row.headings[at]]) {
    const m = UNIT_IN_LABEL.exec(reading.text.slice(h.start, h.end));
    if (m) return m[1].trim();
  }
  // "Số giường điều trị" counts beds: the noun counted is the unit of its figure.
  return COUNTED_LABEL.exec(reading.text.slice(row.label.start, row.label.end))?.[1] ?? null;
}

/**
 * Whether a column's heading dates it before the directive or from it on ("Đến 31/8/2021", "Năm 2022"): a plan's
 * table sets the figures of the days to come against the figures of the days it was written.
 */
function headingTime(reading: Reading, heading: Hit, issuedOn: string | null): 'BEFORE' | 'AFTER' | null {
  if (!issuedOn) return null;
  const [time] = findTimeExpressions(reading.folded.slice(heading.start, heading.end), yearOfIso(issuedOn));
  if (!time) return null;
  return time.last < issuedOn ? 'BEFORE' : 'AFTER';
}

/**
 * A column of the present state: its heading says so ("Hiện trạng", "Số liệu hiện tại"), or dates it before the
 * directive. A heading's first words name what it holds: "Kế hoạch thực hiện đến 31/12" is a goal's column.
 */
function reportsPresent(reading: Reading, heading: Hit, c: CompiledTargets, issuedOn: string | null): boolean {
  if (c.reportedColumn.startAt(reading, heading.start, 20) >= 0) return true;
  if (c.goal.startAt(reading, heading.start, 20) >= 0 || c.namedColumn.startAt(reading, heading.start, 20) >= 0) return false;
  return c.reportedColumn.test(reading, heading.start, heading.end) || headingTime(reading, heading, issuedOn) === 'BEFORE';
}

/** Where a cell's figure starts, after a bound that opens the cell ("≥ 70%", "tối thiểu 5.000 mẫu/ngày"). */
function afterBound(reading: Reading, cell: Hit, c: CompiledTargets): number {
  const skipSpaces = (from: number) => from + (/^\s*/u.exec(reading.text.slice(from, cell.end))?.[0].length ?? 0);
  const at = skipSpaces(cell.start);
  const end = Math.max(...[c.atMost, c.atLeast, c.above, c.below].map((m) => m.startAt(reading, at, 25)));
  return end > at && end <= cell.end ? skipSpaces(end) : cell.start;
}

/** A cell that opens with its figure: "95", "5.000", "65 trạm", "100%". */
const FIGURE_FIRST = /^\d[\d.,]*(?:\s*%|\s+\p{L}[^\d]{0,20})?$/u;

/**
 * The goal columns of a table cleaned to one cell per line ("STT | Chỉ tiêu | Đơn vị tính | Kết quả đến 31/8 |
 * Mục tiêu" over "1 | Tỷ lệ người tiêm mũi 1 | % | 45 | 95"): a column whose heading holds a goal cue, or any
 * column beside one that reports the present state, except units. Each figure there is read as the sentence
 * its row abbreviates ("Tỷ lệ người tiêm mũi 1 95 %", "Số trạm y tế lưu động 65 trạm"), in the unit its cell
 * writes or its row or column gives.
 */
export function gridTargets(reading: Reading, c: CompiledTargets, from: number, read: Hit[], issuedOn: string | null): { targets: Target[]; rows: Hit[] } {
  const targets: Target[] = [];
  const rows: Hit[] = [];
  const reports = (h: Hit) => reportsPresent(reading, h, c, issuedOn);
  const goalLed = new Map<number, boolean>();
  for (const row of reading.tableRows) {
    if (row.byLevel || row.label.start < from) continue;
    const beside = row.headings.some(reports);
    const headingsAt = row.headings[0]?.start ?? row.label.start;
    if (!goalLed.has(headingsAt)) goalLed.set(headingsAt, ledByGoal(reading, headingsAt, c));
    row.cells.forEach((cell, i) => {
      const heading = row.headings[i];
      const figureAt = afterBound(reading, cell, c);
      const value = figuresOf(reading).slice(figureAt, cell.end).trim();
      if (!FIGURE_FIRST.test(value) || reports(heading) || c.unitColumn.startAt(reading, heading.start, 20) === heading.end) return;
      if (!beside && !goalLed.get(headingsAt) && !c.goal.test(reading, heading.start, heading.end) && headingTime(reading, heading, issuedOn) !== 'AFTER') return;
      // A goal table's reader above may have read the row already.
      if (read.some((r) => r.start <= cell.start && cell.end <= r.end)) return;
      const alone = FIGURE_ALONE.test(value);
      const unit = alone ? gridUnit(reading, row, i, c) : '';
      if (unit === null) return;
      // The bound a cell opens with ("≥ 70%") is read before its figure, as in a sentence.
      const label = `${reading.text.slice(row.label.start, row.label.end).replace(UNIT_IN_LABEL, '').trim()} ${reading.text.slice(cell.start, figureAt).trim()}`.trim();
      const column: TargetColumn = { index: null, stacked: null, count: 0, words: label, unit, heading: row.label, ordinals: true };
      const span = { start: row.label.start, end: cell.end };
      const figure = { start: figureAt, end: cell.end };
      let target = rowTarget(reading, span, figure, null, column, c);
      // Rows of places under a column that names what is counted ("Đơn vị | Tỷ lệ tiêm mũi 1 phấn đấu đạt (%)"
      // over "Huyện Phú Bình | 90"): the heading reads the figure, the row's label says where it holds.
      if (target?.metric === OTHER_METRIC) {
        const words = `${reading.text.slice(heading.start, heading.end).replace(UNIT_IN_LABEL, '').trim()} ${reading.text.slice(cell.start, figureAt).trim()}`.trim();
        const place = reading.text.slice(row.label.start, row.label.end).replace(/\s+/gu, ' ').trim();
        const byHeading = rowTarget(reading, span, figure, place, { ...column, words, heading }, c);
        if (byHeading && byHeading.metric !== OTHER_METRIC) target = byHeading;
      }
      rows.push(cell);
      if (target) targets.push(target);
    });
  }
  return { targets, rows };
}

/** Most heading lines a table cleaned to one cell per line stacks above its first row. */
const HEADING_LINES = 8;

/**
 * Whether the sentence that opens a table sets goals ("Chỉ tiêu tiêm vắc xin của các huyện như sau:" over "Đơn
 * vị | Tỷ lệ tiêm mũi 1 (%)"): the line ending with a colon right above the table's heading cells, with a goal
 * cue and no word of a report ("Kết quả thực hiện chỉ tiêu như sau:" reports).
 */
function ledByGoal(reading: Reading, headingsAt: number, c: CompiledTargets): boolean {
  let i = reading.lines.findIndex((l) => l.start <= headingsAt && headingsAt <= l.end);
  for (let k = 0; i > 0 && k < HEADING_LINES && reading.lines[i].text.length <= CELL_LINE; k++, i--) {
    const above = reading.lines[i - 1];
    if (!endsWithColon(above.text)) continue;
    const reports = c.report.test(reading, above.start, above.end) || c.reportedColumn.test(reading, above.start, above.end);
    return c.goal.test(reading, above.start, above.end) && !reports;
  }
  return false;
}

/**
 * Cells of the columns that report the present state ("Chỉ tiêu | Hiện trạng (đến 15/10/2021) | Thời hạn"):
 * under a heading row of marked cells, each row with as many cells gives that column's cell, up to the
 * first line that is no such row; in a table cleaned to one cell per line, each row's cell under such a heading.
 */
export function reportedCells(reading: Reading, c: CompiledTargets, from: number, issuedOn: string | null): Hit[] {
  const out: Hit[] = [];
  for (const row of reading.tableRows) {
    if (row.byLevel || row.label.start < from) continue;
    row.headings.forEach((heading, i) => {
      if (reportsPresent(reading, heading, c, issuedOn)) out.push(row.cells[i]);
    });
  }
  const lines = reading.lines.filter((l) => l.start >= from);
  for (let i = 0; i < lines.length; i++) {
    const heading = cells(reading.text, lines[i]);
    if (heading.length < 3) continue;
    const reported = heading.flatMap((cell, index) => (reportsPresent(reading, cell, c, issuedOn) ? [index] : []));
    if (reported.length === 0 || reported.length === heading.length) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (RULE.test(lines[j].text)) continue;
      const row = cells(reading.text, lines[j]);
      if (row.length !== heading.length) break;
      for (const index of reported) out.push(row[index]);
    }
    i = j - 1;
  }
  return out;
}

/**
 * Rows of an allocation table cleaned to one cell per line, under a block of heading lines: each row as many
 * lines as the heading has cells, its figure at the counting heading's place, what it allots to in the cells
 * before ("Bệnh viện dã chiến số 1" / "thị xã Ninh Hòa" / "400").
 */
function stackedAllocationRows(reading: Reading, lines: TextLine[], headingAt: number, column: TargetColumn, c: CompiledTargets): { targets: Target[]; rows: Hit[]; next: number } {
  const targets: Target[] = [];
  const rows: Hit[] = [];
  const width = column.count;
  const at = column.stacked!;
  let j = headingAt + width - at;
  while (j + width <= lines.length) {
    const cells = lines.slice(j, j + width);
    if (cells.some((l, k) => (k > 0 && blankBefore(reading.text, l)) || l.text.length > ALLOCATION_ROW) || !FIGURE_ALONE.test(figuresAt(reading, cells[at]))) break;
    const row = { start: cells[0].start, end: cells[width - 1].end };
    rows.push(row);
    if (!isTotal(reading, cells[0], c)) {
      const name = at > 0 ? reading.text.slice(cells[0].start, cells[at - 1].end).replace(/\s+/gu, ' ') : null;
      const target = rowTarget(reading, row, { start: cells[at].start, end: cells[at].end }, name, column, c);
      if (target) targets.push(target);
    }
    j += width;
  }
  return { targets, rows, next: j };
}

/** Targets of every goal table in the text, and the spans of the rows they came from. */
export function tableTargets(reading: Reading, c: CompiledTargets, from: number): { targets: Target[]; rows: Hit[] } {
  const targets: Target[] = [];
  const rows: Hit[] = [];
  const lines = reading.lines.filter((l) => l.start >= from);
  for (let i = 0; i < lines.length; i++) {
    const column = targetColumn(reading, lines[i], c);
    if (!column) continue;
    if (!column.ordinals && column.index === null) {
      const read = allocationRows(reading, lines, i, column, c);
      rows.push(...read.rows);
      targets.push(...read.targets);
      i = read.next - 1;
      continue;
    }
    if (column.stacked !== null) {
      const read = stackedRows(reading, lines, i, column, c);
      rows.push(...read.rows);
      targets.push(...read.targets);
      i = read.next - 1;
      continue;
    }
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (RULE.test(line.text)) continue;
      const total = isTotal(reading, line, c);
      const cell = goalCell(reading, line, column);
      if (!cell || (!total && column.ordinals && !ORDINAL.test(figuresAt(reading, line)))) break;
      // An allocation row is a short line; prose after the table may end with a figure too.
      if (!column.ordinals && line.end - line.start > ALLOCATION_ROW) break;
      rows.push(line);
      if (total) continue;
      const target = rowTarget(reading, line, cell, column.ordinals ? rowName(reading, line) : allotted(reading, line, cell), column, c);
      if (target) targets.push(target);
    }
    i = j - 1;
  }
  return { targets, rows };
}

/** Rows a listing has at least; how long a row may be; a row does not end a sentence. */
const MIN_LISTING_ROWS = 3;
const MAX_LISTING_ROW = 160;

/**
 * The rows of a listing that hands out no goals ("STT  Vị trí chốt  Thôn  Lực lượng  Trưởng chốt  Điện thoại" over
 * "1  Cầu Suối Đá  Thôn 7  05 người  Trần Hữu Nghĩa  0336.201.558", then "Cộng: 04 chốt  20 người"): rows numbered
 * 1, 2, 3 ... without a period, short, none ending a sentence, with no cell marks ("|", tabs: a marked table is
 * read as goals or present state above), and the total row after them. Their cells are the
 * listing's data (a post's staff, a phone), not orders; what the listing sets is said in the order above it.
 */
export function listingRows(reading: Reading, c: CompiledTargets, from: number): Hit[] {
  const lines = reading.lines.filter((l) => l.start >= from && l.text.trim() !== '');
  const out: Hit[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length) {
      const text = lines[j].text.trim();
      if (listingRowOrdinal(lines[j].text) !== j - i + 1 || text.length > MAX_LISTING_ROW || /[.;:]$/u.test(text)) break;
      j++;
    }
    if (j - i >= MIN_LISTING_ROWS) {
      out.push(...lines.slice(i, j));
      if (j < lines.length && isTotal(reading, lines[j], c)) out.push(lines[j++]);
      i = j - 1;
    }
  }
  return out;
}
