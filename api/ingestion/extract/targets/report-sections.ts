import type { Hit } from '../../phrases/patterns';
import type { Reading } from '../../reading';
import { isCapsLine } from '../../clean/line-shape';
import type { CompiledTargets } from './compile';
import { endsWithColon } from '../../segment/lines';

// A section whose heading describes the situation ("I. TÌNH HÌNH", "1. Kết quả đạt được", "II. CÁC VĂN
// BẢN ĐÃ BAN HÀNH", "1. Tình hình dịch bệnh: ...") reports: its figures are achievements or documents
// already issued, not targets, even without "đã" ("tỷ lệ ... đạt 96,2%", "hiện đạt 2.400 mẫu đơn/ngày").
// The heading is the first line of a clause holding the figure (on a line of its own above it, or a label
// before ":" on the figure's line), or the nearest heading in capitals above the figure. A heading that
// also names a goal or a task ("Tình hình và nhiệm vụ", "Kết quả cần đạt") does not report, and a line
// that opens a list of orders ("Chủ tịch UBND tỉnh yêu cầu:") ends the report.

/** A heading line is short: a title, not a paragraph that happens to open a clause. */
const MAX_HEADING = 120;
/** A label before ":" ("Tình hình dịch bệnh:") has a few words. */
const MAX_LABEL = 60;
/** The list marker and a leading "Về" of a heading: "II.", "1.", "a)", "A.", "Về". */
const MARKER = /^[\s\u00a0*_#]*(?:(?:[IVX]{1,4}|\d{1,2}|[a-z])[.)][\s\u00a0]*)?(?:ve[\s\u00a0]+)?/iu;

function firstLine(text: string, start: number): Hit {
  const nl = text.indexOf('\n', start);
  return { start, end: nl < 0 ? text.length : nl };
}

export function inReportSection(reading: Reading, at: number, c: CompiledTargets): boolean {
  for (const cl of reading.clauses) {
    if (cl.start > at || at >= cl.end) continue;
    const line = firstLine(reading.text, cl.start);
    if (line.end <= at) {
      if (line.end - line.start <= MAX_HEADING && isReportHeading(reading, line, c) && !ordersBetween(reading, line.end, at, c)) return true;
      continue;
    }
    const colon = reportLabelEnd(reading, line.start, c);
    if (colon !== null && colon < at) return true;
  }
  const caps = capsHeadingAbove(reading, at);
  return caps !== null && isReportHeading(reading, caps, c) && !ordersBetween(reading, caps.end, at, c);
}

/**
 * Where the label that opens a clause's first line at `start` and says it reports ends, at its ":", or null: "1.
 * Tình hình dịch bệnh: Trong tuần ..., tỷ lệ tiêm đủ 2 mũi đạt 71%.", "1. Đánh giá chung: Hiện có 1.245 doanh
 * nghiệp ...".
 */
export function reportLabelEnd(reading: Reading, start: number, c: CompiledTargets): number | null {
  const line = firstLine(reading.text, start);
  const colon = reading.text.indexOf(':', start);
  return colon >= 0 && colon < line.end && colon - start <= MAX_LABEL && isReportHeading(reading, { start, end: colon }, c) ? colon : null;
}

/** "Chủ tịch UBND tỉnh yêu cầu:", "..., kết luận:": a line that opens a list of orders ends the report. */
function ordersBetween(reading: Reading, from: number, to: number, c: CompiledTargets): boolean {
  for (const line of reading.lines) {
    if (line.start < from) continue;
    if (line.end > to) break;
    if (endsWithColon(line.text) && c.reportHeadingUntil.test(reading, line.start, line.end)) return true;
  }
  return false;
}

/** A list marker opening a heading: "I.", "A.", "1.", "a)". */
const HEADING_MARKER = /^[\s\u00a0*_#]*(?:[IVX]{1,4}|[A-Z]|\d{1,2})[.)][\s\u00a0]/u;

/**
 * The nearest line in capitals above the figure's line ("TÌNH HÌNH DỊCH BỆNH", "A. KẾT QUẢ ĐẠT ĐƯỢC"). In
 * the header only one with a list marker: a title ("THÔNG CÁO BÁO CHÍ / TÌNH HÌNH DỊCH BỆNH VÀ ...") names
 * the document, not a section.
 */
function capsHeadingAbove(reading: Reading, at: number): Hit | null {
  let found: Hit | null = null;
  for (const line of capsHeadings(reading)) {
    if (line.end >= at) break;
    found = line;
  }
  return found;
}

const capsCache = new WeakMap<Reading, Hit[]>();

/** The lines in capitals that may head a section, in order (computed once per reading). */
function capsHeadings(reading: Reading): Hit[] {
  let out = capsCache.get(reading);
  if (!out) {
    const headerEnd = reading.header.length > 0 ? reading.header[reading.header.length - 1].end : 0;
    out = reading.lines.filter(
      (line) => line.end - line.start <= MAX_HEADING && isCapsLine(line.text) && (line.start >= headerEnd || HEADING_MARKER.test(line.text)),
    );
    capsCache.set(reading, out);
  }
  return out;
}

function isReportHeading(reading: Reading, line: Hit, c: CompiledTargets): boolean {
  const marker = MARKER.exec(reading.folded.slice(line.start, line.end));
  const from = line.start + (marker ? marker[0].length : 0);
  if (c.reportHeading.startAt(reading, from, line.end - from) < 0) return false;
  return !c.reportHeadingExcept.test(reading, line.start, line.end);
}
