import type { ClauseSpan } from '../../document';
import type { Hit, PhraseMatcher } from '../../phrases/patterns';
import type { Reading } from '../../reading';
import type { CompiledTargets } from './compile';
import { announcesOrder } from '../measures/non-orders';
import { preambleOrders } from '../measures/body-clauses';

// Whether a figure stands in an instruction. A directive's body clauses order, so their figures are
// targets unless reported; its preamble ("Trước diễn biến ..., căn cứ ...") sets targets only in a sentence
// with a goal or an order cue. A press release (THONG_CAO_BAO_CHI) reports: only figures inside an explicit
// order count, the order being in the sentence, in the heading of a section holding it ("III. ĐỀ NGHỊ CỦA
// BAN CHỈ ĐẠO") or in the line that opens its list ("Chủ tịch UBND tỉnh quyết định:"), or an order the
// release announces ("Thực hiện giãn cách xã hội ... trong 14 ngày", measures/non-orders.ts).

/**
 * A decision's articles ("Điều 1. Áp dụng ...", and a regulation's "Điều 3. Hội họp" over "- Cấp độ 1: ...
 * không quá 200 người") are body even where the clause segmenter saw no list, or saw one only further down.
 */
const ARTICLE = /(?:^|\n)[\s\u00a0*_#]*dieu[\s\u00a0]+\d+/u;
const firstArticles = new WeakMap<Reading, number>();

function firstArticle(reading: Reading): number {
  let at = firstArticles.get(reading);
  if (at === undefined) {
    const m = ARTICLE.exec(reading.folded.slice(0, reading.bodyEnd));
    at = m ? m.index : Infinity;
    firstArticles.set(reading, at);
  }
  return at;
}

function lineAt(text: string, at: number): Hit {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Headings of the clauses holding `at` (their first lines), innermost last. */
function headings(reading: Reading, at: number): Hit[] {
  const byOrdinal = new Map(reading.clauses.map((c) => [c.ordinal, c]));
  let inner: ClauseSpan | null = null;
  for (const cl of reading.clauses) if (cl.start <= at && at < cl.end && (!inner || cl.depth > inner.depth)) inner = cl;
  const out: Hit[] = [];
  for (let cl = inner; cl; cl = cl.parentOrdinal === null ? null : byOrdinal.get(cl.parentOrdinal) ?? null) {
    if (cl !== inner) {
      const lead = leadIn(reading, cl);
      if (lead) out.unshift(lead);
    }
    out.unshift(lineAt(reading.text, cl.start));
  }
  // The line that opens the outermost list: the last line before the run of clauses it starts.
  const outer = out.length > 0 ? reading.clauses.find((cl) => cl.start === out[0].start && cl.parentOrdinal === null) : undefined;
  if (outer) {
    let first = outer.start;
    for (;;) {
      const before = reading.clauses.find((cl) => cl.parentOrdinal === null && cl.end <= first && /^[\s\u00a0]*$/.test(reading.text.slice(cl.end, first)));
      if (!before) break;
      first = before.start;
    }
    const text = reading.text.slice(0, first).trimEnd();
    if (text.length > 0) out.unshift(lineAt(reading.text, text.length - 1));
  }
  return out;
}

/**
 * The line that opens a clause's items, under its heading: "3. KẾT LUẬN CỦA BAN CHỈ ĐẠO ..." / "Ban Chỉ đạo tỉnh
 * yêu cầu:" / "- ...". Only a line ending with a colon right before the first item: a paragraph there reports.
 */
function leadIn(reading: Reading, parent: ClauseSpan): Hit | null {
  let first = Infinity;
  for (const cl of reading.clauses) if (cl.parentOrdinal === parent.ordinal && cl.start < first) first = cl.start;
  if (first === Infinity) return null;
  const before = reading.text.slice(0, first).trimEnd();
  if (!before.endsWith(':') || before.length <= parent.start) return null;
  const line = lineAt(reading.text, before.length - 1);
  return line.start > parent.start ? line : null;
}

/**
 * Cue hits in `span` outside agency names and excepted phrases ("Ban Chỉ đạo", "theo yêu cầu" order nothing).
 * In a press release, an order it reports ("Ban Chỉ đạo tỉnh đã yêu cầu các địa phương duy trì 45 chốt ...;
 * thành lập 1.200 Tổ COVID cộng đồng") orders nothing either: a report cue stands right before it.
 */
function cued(reading: Reading, m: PhraseMatcher, span: Hit, masked: Hit[], c: CompiledTargets, reported = false): boolean {
  const hits = m.all(reading, span.start, span.end);
  if (hits.length === 0) return false;
  const skip = [...masked, ...c.orderExcept.all(reading, span.start, span.end)];
  return hits.some((h) => !skip.some((a) => a.start <= h.start && h.end <= a.end) && !(reported && c.report.endAt(reading, h.start, 8) >= 0));
}

export function isOrdered(reading: Reading, isPressRelease: boolean, at: number, sentence: Hit, masked: Hit[], c: CompiledTargets): boolean {
  if (isPressRelease) {
    if (cued(reading, c.order, sentence, masked, c, true) || announcesOrder(reading, sentence, reading.lex, masked)) return true;
    return headings(reading, at).some((h) => cued(reading, c.order, h, masked, c));
  }
  if (reading.clauses.length === 0 || at >= reading.bodyStart) return true;
  if (at >= firstArticle(reading)) return true;
  if (preambleOrders(reading).some((o) => o.start <= at && at < o.end)) return true;
  return goalCued(reading, sentence, masked, c) || cued(reading, c.order, sentence, masked, c);
}

/** A goal cue in the sentence, other than one that also states a result ("tỷ lệ tiêm đủ 2 mũi đạt 63%"). */
function goalCued(reading: Reading, sentence: Hit, masked: Hit[], c: CompiledTargets): boolean {
  const weak = c.weakGoal.all(reading, sentence.start, sentence.end);
  const skip = [...masked, ...weak];
  return c.goal.all(reading, sentence.start, sentence.end).some((h) => !skip.some((a) => a.start <= h.start && h.end <= a.end));
}
