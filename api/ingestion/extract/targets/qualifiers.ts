import type { Deadline } from '../../../domain/facts';
import type { Hit, TextView } from '../../phrases/patterns';
import { NUMBER_WORD_SOURCE, numberWordValue, type NumberToken } from '../../../text/numbers';
import { alternation } from '../../phrases/patterns';
import type { CompiledTargets } from './compile';
import { afterListMarker, digitsEnd } from './text-parts';

// The qualifiers of a target, each as written: where it applies ("tại 13/13 địa phương", "tại các địa
// phương, đơn vị đã được trang bị máy xét nghiệm", "toàn tỉnh"), whom it counts ("100% người dân có chỉ
// định tiêm"), which dose ("mũi 2"), and the condition it depends on ("khi có tình huống xảy ra", "Khi
// phát hiện học sinh là F0, ...").

const doseRegexes = new Map<string, RegExp[]>();

/** "mũi 2", "mũi thứ hai", "liều 1" / "2 mũi", "đủ hai mũi" (folded). */
function doseRes(words: string[]): RegExp[] {
  const key = words.join('|');
  let res = doseRegexes.get(key);
  if (!res) {
    const dose = alternation(words);
    const num = `(\\d{1,2}|${NUMBER_WORD_SOURCE}|nhat)`;
    res = [
      new RegExp(`(?<![\\p{L}\\p{N}])${dose}[\\s\\u00a0]+(?:thu[\\s\\u00a0]+)?${num}(?![\\p{L}\\p{N}])`, 'gu'),
      new RegExp(`(?<![\\p{L}\\p{N}])${num}[\\s\\u00a0]+${dose}(?![\\p{L}\\p{N}])`, 'gu'),
    ];
    doseRegexes.set(key, res);
  }
  return res;
}

/** The dose a target is about: "mũi 2", "2 mũi" nearest before it in its part. */
export function doseIn(v: TextView, part: Hit, at: number, c: CompiledTargets): number | null {
  let best: { value: number; distance: number } | null = null;
  for (const re of doseRes(c.lex.metrics.doseWords)) {
    re.lastIndex = part.start;
    for (let m = re.exec(v.folded); m && m.index < part.end; m = re.exec(v.folded)) {
      if (m.index + m[0].length > part.end) break;
      const value = /\d/.test(m[1]) ? Number(m[1]) : m[1] === 'nhat' ? 1 : numberWordValue(m[1]);
      if (value === null || value < 1 || value > 5) continue;
      const end = m.index + m[0].length;
      const distance = end <= at ? at - end : m.index - at + 100;
      if (!best || distance < best.distance) best = { value, distance };
    }
  }
  return best ? best.value : null;
}

export interface Scope {
  scope: string;
  count: number | null;
  total: number | null;
}

/** A counted scope ("13/13 địa phương"), a described one ("tại các địa phương, đơn vị ..."), or the whole territory. */
export function scopeIn(v: TextView, sentence: Hit, part: Hit, numbers: NumberToken[], at: number, c: CompiledTargets): Scope | null {
  const { text } = v;
  let best: (Scope & { distance: number }) | null = null;
  for (const f of numbers) {
    if (f.kind !== 'fraction' || f.start < sentence.start || f.end > sentence.end) continue;
    const nounEnd = c.scopeNoun.startAt(v, f.end, 40);
    if (nounEnd < 0) continue;
    const distance = Math.abs(at - f.start);
    if (!best || distance < best.distance) best = { scope: text.slice(f.start, nounEnd), count: f.value, total: f.total, distance };
  }
  if (best) return best;
  const described = describedScope(v, part, at, c);
  if (described) return { scope: described, count: null, total: null };
  const whole = c.wholeScope.all(v, sentence.start, sentence.end)[0];
  return whole ? { scope: text.slice(whole.start, whole.end), count: null, total: null } : null;
}

/**
 * "tại các địa phương, đơn vị đã được trang bị máy xét nghiệm, phấn đấu đạt ...": the scope nouns, their
 * list and what describes them, as a whole segment before the target. A place holding a figure of its own
 * ("lưu trú tại các địa phương này trong vòng 21 ngày") is where something else happened.
 */
function describedScope(v: TextView, part: Hit, at: number, c: CompiledTargets): string | null {
  const leads = c.scopeLead.all(v, part.start, at);
  for (let i = leads.length - 1; i >= 0; i--) {
    const det = c.scopeDeterminer.startAt(v, leads[i].end, 20);
    const from = skip(v, det >= 0 ? det : leads[i].end);
    let end = c.scopeNoun.startAt(v, from, 40);
    if (end < 0) continue;
    // A list of scope nouns: "địa phương, đơn vị".
    for (let next = c.scopeNoun.startAt(v, skipComma(v, end), 40); next >= 0; next = c.scopeNoun.startAt(v, skipComma(v, end), 40)) end = next;
    const stop = /[,;.:()\n]/.exec(v.folded.slice(end, at));
    if (!stop) return null;
    const start = det >= 0 ? skip(v, leads[i].end) : from;
    const scope = v.text.slice(start, end + stop.index).trim();
    return scope && !/\d/.test(scope) ? scope : null;
  }
  return null;
}

const skip = (v: TextView, pos: number) => pos + (/^[\s\u00a0]*/u.exec(v.folded.slice(pos, pos + 8))?.[0].length ?? 0);
const skipComma = (v: TextView, pos: number) => pos + (/^[\s\u00a0]*,[\s\u00a0]*/u.exec(v.folded.slice(pos, pos + 8))?.[0].length ?? 0);

/** Whom a share counts: "100% người dân có chỉ định tiêm", cut before a deadline, a purpose or a frequency. */
export function populationAfter(v: TextView, pos: number, sentence: Hit, deadlines: Deadline[], c: CompiledTargets): { population: string; end: number } | null {
  const { text, folded } = v;
  const from = skip(v, pos);
  if (c.populationNoun.startAt(v, from, 30) < 0) return null;
  let to = Math.min(sentence.end, from + 100);
  const punct = /[,;.:()\n]/.exec(folded.slice(from, to));
  if (punct) to = from + punct.index;
  const stop = c.populationStop.all(v, from + 1, to)[0];
  if (stop) to = stop.start;
  // A frequency, and the figure it follows, is not whom: "20% người lao động tại các khu công nghiệp 7 ngày/lần".
  const periodic = c.periodic.all(v, from + 1, to)[0];
  if (periodic) to = from + folded.slice(from, periodic.start).replace(/[\d.,]*[\s\u00a0]*$/u, '').length;
  for (const d of deadlines) if (d.citation.start > from && d.citation.start < to) to = d.citation.start;
  const population = text.slice(from, to).trim();
  return population ? { population, end: from + population.length } : null;
}

/**
 * Whom a share counts when they are named before it, after "cho": "tiêm đủ 2 liều vắc xin cho trẻ từ 5 tuổi
 * đến dưới 12 tuổi đạt trên 95%", up to the goal or bound words before the figure.
 */
export function populationBefore(v: TextView, part: Hit, at: number, c: CompiledTargets): string | null {
  const before = v.folded.slice(part.start, at);
  const lead = [...before.matchAll(/(?:^|[^\p{L}])cho[\s\u00a0]+/gu)].pop();
  if (!lead) return null;
  const from = part.start + lead.index + lead[0].length;
  if (c.populationNoun.startAt(v, from, 30) < 0) return null;
  // A bound inside the population is its age ("đến dưới 12 tuổi"); only the one right before the figure ends it.
  const bound = Math.max(...[c.atLeast, c.atMost, c.above, c.below].map((m) => m.endAt(v, at, 16)));
  const cuts = [c.goal.all(v, from, at)[0]?.start ?? at, bound >= from ? bound : at];
  const punct = /[,;.:()\n]/u.exec(v.folded.slice(from, at));
  const to = Math.min(...cuts, punct ? from + punct.index : at);
  const population = v.text.slice(from, to).trim();
  return population || null;
}

/**
 * The condition written right after a target ("80.000 mẫu gộp/ngày khi có tình huống xảy ra"). After a comma
 * it governs the target only when it ends the part: ", nếu có triệu chứng sốt, ho phải báo ngay" is an
 * order of its own.
 */
export function conditionAfter(v: TextView, pos: number, part: Hit, c: CompiledTargets): string | null {
  const { text, folded } = v;
  const gap = /^[\s\u00a0]*(,?)[\s\u00a0]*/u.exec(folded.slice(pos, pos + 4))!;
  const from = pos + gap[0].length;
  if (c.conditionCue.startAt(v, from, 30) < 0) return null;
  if (gap[1] && c.consequent.test(v, from, part.end)) return null;
  const rest = folded.slice(from, part.end);
  const stop = /[,;.:()\n]/.exec(rest);
  return text.slice(from, from + (stop ? stop.index : rest.length)).trim() || null;
}

/** Where a condition cue ("khi", "trường hợp", "nếu") opens the segment starting at `pos`, after spaces and a list mark; -1 if none does. */
export function conditionOpening(v: TextView, pos: number, c: CompiledTargets): number {
  const from = skip(v, pos);
  const lead = /^[\s\u00a0*_\-–•+]*/u.exec(v.folded.slice(from, from + 6));
  const start = from + (lead ? lead[0].length : 0);
  return c.conditionCue.startAt(v, start, 30) >= 0 ? start : -1;
}

const S = '[\\s\\u00a0]';
/** A scenario's or a level's number: "2", "II" (folded). */
const LABEL_NUMBER = `(?:\\d{1,2}|[ivx]{1,4}(?![\\p{L}]))`;
/** A number closing a label: "2:", "3 -", "IV." (folded). */
const CLOSING_NUMBER = `${LABEL_NUMBER}${S}*[:.\\-–)]${S}*`;
const NUMBERED = new RegExp(`^${S}*${CLOSING_NUMBER}`, 'u');
/** A scenario's label before its condition: "Kịch bản 2:", "Tình huống 3 -" (folded). */
const SCENARIO_LABEL = new RegExp(`^(?:\\p{L}+${S}+){1,3}${CLOSING_NUMBER}`, 'u');
/** More levels after a level's number: " và cấp độ 2", ", 3" (folded). */
const MORE_LEVELS = `(?:${S}*(?:,|va|hoac)${S}*(?:(?:cap|muc)${S}+do${S}*)?${LABEL_NUMBER})*`;
/** After a level's name: its numbers ("1 và cấp độ 2"), what it is called in parentheses, then ":" or the line's end (folded). */
const LEVEL_TAIL = new RegExp(`^${S}*(${LABEL_NUMBER})?${MORE_LEVELS}${S}*(?:\\([^()\\n]{0,60}\\))?[\\s\\u00a0*_]*(:|$)`, 'u');
/** A level's number or numbers after its name, in a sentence ("cấp độ 3", "cấp độ 3 và 4", folded). */
const LEVEL_NUMBERS = new RegExp(`^${S}*${LABEL_NUMBER}${MORE_LEVELS}`, 'u');
/** "Cấp độ" and "mức độ" name a level only with its number: "Cấp độ dịch:" names none (folded). */
const NEEDS_NUMBER = /^(?:cap|muc)[\s\u00a0]+do/u;
/** Words that place what follows at a level: "ở", "tại các địa bàn", "thuộc vùng" (folded, right before the level). */
const AT_LEVEL = /(?:^|[^\p{L}])(?:o|tai|thuoc|doi voi)(?:[\s\u00a0]+(?:cac|nhung|dia ban|khu vuc|noi|xa|phuong|huyen|dia phuong))*[\s\u00a0]+$/u;
/** A place people come from or go to, before the level: "Người về từ địa bàn có dịch ở cấp độ 3" (folded). */
const TRAVELLED = /(?:^|[^\p{L}])(?:tu|den|toi|roi)[\s\u00a0][^,;:]*$/u;

/**
 * The level a figure's segment places it at ("Xe khách ở cấp độ 3 chở không quá 50% số ghế", "không quá 200 người
 * ngoài trời tại địa bàn cấp độ 1"), nearest to it, or the segment opening its part when that holds no figure of
 * its own ("Tại các địa bàn cấp độ 4, không tập trung quá 10 người"). "Cấp độ" and "mức độ" need their number; a
 * level not placed by "ở", "tại", "thuộc", "đối với" is what the sentence is about, not where it applies, and the
 * level of a place people come from or go to ("Người về từ địa bàn ở cấp độ 3 ...") is theirs, not the order's.
 */
export function levelInPart(v: TextView, part: Hit, segments: Hit[], segment: number, at: number, c: CompiledTargets): string | null {
  const own = segments[segment];
  const levels = placedLevels(v, own, part.end, c).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  // "không quá 100 người tại các địa bàn cấp độ 1 và không quá 50 người tại các địa bàn cấp độ 2": a level after the
  // figure with no other figure between is the figure's own, however near the one before it stands.
  const figureEnd = digitsEnd(v, at);
  const trailing = levels.find((l) => l.start >= figureEnd && !/\d/u.test(v.folded.slice(figureEnd, l.start)));
  if (trailing) return trailing.text;
  if (levels.length > 0) return levels[0].text;
  const opener = segments.find((s) => s.start >= part.start);
  if (!opener || opener === own || opener.start > at) return null;
  const [level] = placedLevels(v, opener, part.end, c);
  const rest = level ? v.folded.slice(opener.start, level.start) + v.folded.slice(level.end, opener.end) : '';
  return level && !/\d/.test(rest) ? level.text : null;
}

/** The levels a span places something at, with their numbers up to `limit`: "ở cấp độ 3", "tại các địa bàn cấp độ 1, cấp độ 2". */
function placedLevels(v: TextView, span: Hit, limit: number, c: CompiledTargets): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const h of c.levelName.all(v, span.start, span.end)) {
    const lead = v.folded.slice(Math.max(span.start, h.start - 40), h.start);
    // "...: cấp độ 1 không quá 50% sức chứa; cấp độ 2 không quá 30% sức chứa": a level right after ":" or ";" places what follows.
    const opens = /[:;][\s\u00a0]*$/u.test(v.text.slice(Math.max(span.start - 4, h.start - 4), h.start));
    if ((!AT_LEVEL.test(lead) && !opens) || TRAVELLED.test(lead)) continue;
    const numbers = LEVEL_NUMBERS.exec(v.folded.slice(h.end, limit));
    if (!numbers && NEEDS_NUMBER.test(v.folded.slice(h.start, h.end))) continue;
    const end = h.end + (numbers ? numbers[0].length : 0);
    out.push({ start: h.start, end, text: v.text.slice(h.start, end).trim() });
  }
  return out;
}

/** Where a heading's condition stops: a stop, but not the dot or comma inside a figure ("Khi có 1.000 ca mắc"). */
const CONDITION_STOP = /[;:()]|(?<!\d)[,.]|[,.](?!\d)/u;

/** Where the words of the line from `start` to `end` begin, past its list marker. */
const wordsFrom = (v: TextView, start: number, end: number) => start + afterListMarker(v.text.slice(start, end));

/**
 * A condition heading the list a target is an item of ("2. Kịch bản 2: Khi có từ 100 đến 500 ca mắc" / "- Thành
 * lập 02 bệnh viện dã chiến"; "a) Trường hợp phát hiện F0 tại trường học:"): the scenario the target is
 * planned for, from the heading's first words to its first stop; or the epidemic level it heads ("3. Vùng cam:").
 * A lead that ends a sentence is prose, not a heading.
 */
export function leadCondition(v: TextView, lead: Hit | null, c: CompiledTargets): string | null {
  if (!lead || /\.[\s\u00a0*_]*$/u.test(v.text.slice(lead.start, lead.end))) return null;
  const from = wordsFrom(v, lead.start, lead.end);
  const label = SCENARIO_LABEL.exec(v.folded.slice(from, lead.end));
  const cue = from + (label ? label[0].length : 0);
  if (c.conditionCue.startAt(v, cue, 30) < 0) return scenario(v, { start: lead.start, end: lead.end }, c) ?? levelLabel(v, lead, c);
  const stop = CONDITION_STOP.exec(v.folded.slice(cue, lead.end));
  return v.text.slice(from, stop ? cue + stop.index : lead.end).trim() || null;
}

/**
 * "1. Tình huống 1: chưa ghi nhận ca bệnh." opening `line`: a scenario named by its label (metrics.json
 * scenarioLabels) and what it says up to its first stop, even without "khi".
 */
function scenario(v: TextView, line: Hit, c: CompiledTargets): string | null {
  const from = wordsFrom(v, line.start, line.end);
  const words = c.scenarioLabel.startAt(v, from, 20);
  if (words < 0) return null;
  const label = NUMBERED.exec(v.folded.slice(words, line.end));
  if (!label) return null;
  const stop = CONDITION_STOP.exec(v.folded.slice(words + label[0].length, line.end));
  return v.text.slice(from, stop ? words + label[0].length + stop.index : line.end).replace(/[\s\u00a0:.\-–)]+$/u, '') || null;
}

/**
 * The scenario or epidemic level labelling the figure's own line, before a ":" ahead of it ("a) Cấp độ 1 (nguy cơ
 * thấp): không quá 100 người", "1. Tình huống 1: chưa ghi nhận ca bệnh. Các huyện chuẩn bị 300 giường").
 */
export function lineCondition(v: TextView, at: number, c: CompiledTargets): string | null {
  // A later sentence of the line with a label of its own has its own: "Địa bàn cấp độ 1: .... Địa bàn cấp độ 3: ... 10
  // người". One without keeps the line's ("Tình huống 1: chưa ghi nhận ca bệnh. Các huyện chuẩn bị 300 giường").
  const lineStart = v.text.lastIndexOf('\n', at - 1) + 1;
  const labelled = [...v.text.slice(lineStart, at).matchAll(/[.!?][\s\u00a0]+(?=\p{Lu}[^.!?:]*:)/gu)].pop();
  const start = labelled ? lineStart + labelled.index! + labelled[0].length : lineStart;
  const colon = v.text.indexOf(':', start);
  if (colon < 0 || colon >= at) return null;
  return scenario(v, { start, end: at }, c) ?? levelLabel(v, { start, end: colon + 1 }, c);
}

/**
 * An epidemic level labelling what follows on its line ("a) Cấp độ 2 (nguy cơ trung bình): không quá 50 người",
 * "b) Địa bàn cấp độ 3: ...") or under it ("Vùng cam:"): the level the targets there apply at. "Cấp độ" and "mức độ" need their number: "Cấp độ
 * dịch:" names no level.
 */
function levelLabel(v: TextView, line: Hit, c: CompiledTargets): string | null {
  let from = wordsFrom(v, line.start, line.end);
  // The places at the level may come first: "Địa bàn cấp độ 2:", "Các xã, phường cấp độ 3:".
  const placed = c.levelName.all(v, from, Math.min(line.end, from + LEVEL_LABEL_REACH)).find((h) => /^[\p{L}\s\u00a0,]*$/u.test(v.folded.slice(from, h.start)));
  if (placed) from = placed.start;
  const end = c.levelName.startAt(v, from, 20);
  if (end < 0) return null;
  const tail = LEVEL_TAIL.exec(v.folded.slice(end, line.end));
  if (!tail || (!tail[1] && NEEDS_NUMBER.test(v.folded.slice(from, end)))) return null;
  return v.text.slice(from, end + tail[0].length - tail[2].length).trim();
}

/** How far into a label its level may stand: "Đối với các tuyến đi, đến địa phương cấp độ 3:". */
const LEVEL_LABEL_REACH = 64;

/**
 * A condition opening the part before the target: "Khi phát hiện học sinh là F0, cho lớp học ... 07 ngày"; or
 * opening the target's own segment up to its consequent: "Khi phát hiện F0 thì chuyển lớp ... trong 07 ngày".
 */
export function conditionBefore(v: TextView, part: Hit, segments: Hit[], at: number, c: CompiledTargets): string | null {
  for (const seg of segments) {
    if (seg.start < part.start) continue;
    const start = conditionOpening(v, seg.start, c);
    if (seg.end > at) {
      // Up to the last consequent before the figure ("trường hợp bắt buộc phải lên bờ thì cách ly 14 ngày"), and
      // only when the cue names something: "trường hợp cần thiết tổ chức không quá 10 người" sets no condition.
      const then = start >= 0 && start < at ? c.consequent.all(v, start, at).pop() : undefined;
      const named = then !== undefined && /\p{L}/u.test(v.text.slice(c.conditionCue.startAt(v, start, 30), then.start));
      return named ? v.text.slice(start, then.start).trim() : null;
    }
    if (start >= 0) return v.text.slice(start, seg.end).trim() || null;
  }
  return null;
}
