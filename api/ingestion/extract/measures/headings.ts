import type { Lexicons } from '../../lexicons';
import { PhraseMatcher, type Hit, type TextView } from '../../phrases/patterns';
import { ARTICLE } from '../../segment/markers';
import { people } from './strength';

// Section headings inside a body ("I. TÌNH HÌNH DỊCH BỆNH", "2. Yêu cầu", "Điều 2. Nội dung và mức hỗ trợ")
// order nothing themselves, and they say what the lines under them are: reports ("CÁC BIỆN PHÁP ĐÃ TRIỂN
// KHAI", "Đánh giá chung"), definitions of the plan's scope ("ĐỐI TƯỢNG, THỜI GIAN, ĐỊA ĐIỂM", "Phạm vi điều
// chỉnh và đối tượng áp dụng") or requests ("ĐỀ NGHỊ CỦA BAN CHỈ ĐẠO"). Words: seeds/lexicons/strength.json.

export type SectionKind = 'REPORT' | 'DEFINITION' | 'REQUEST' | 'OTHER';

interface Compiled {
  report: PhraseMatcher;
  reportMarkers: PhraseMatcher;
  definition: PhraseMatcher;
  request: PhraseMatcher;
}

const cache = new WeakMap<Lexicons, Compiled>();

function compiled(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const h = lex.strength.headings;
    c = {
      report: new PhraseMatcher(h.report),
      reportMarkers: new PhraseMatcher(lex.strength.reportMarkers),
      definition: new PhraseMatcher(h.definition),
      request: new PhraseMatcher(h.request),
    };
    cache.set(lex, c);
  }
  return c;
}

/** The line's words after an article number and markdown marks: "Điều 2. Nội dung" -> "Nội dung". */
export function headingText(text: string, line: Hit): Hit {
  let start = line.start;
  const article = ARTICLE.exec(text.slice(start, line.end));
  if (article) start += article[0].length;
  while (start < line.end && /[\s\u00a0*_#]/.test(text[start])) start++;
  let end = line.end;
  while (end > start && /[\s\u00a0*_]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Headings that end in a stop are short: "II. TỔ CHỨC THỰC HIỆN." */
const MAX_STOPPED_HEADING_WORDS = 8;

/**
 * Is this line a heading? An article title, a line in capitals, or a short line without final punctuation
 * that more text follows ("1. Đánh giá chung" above its paragraph). A short last line is not: a bullet may
 * lack its full stop.
 */
export function isHeading(text: string, line: Hit, followedByContent: boolean): boolean {
  const words = headingText(text, line);
  const body = text.slice(words.start, words.end);
  const count = (body.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (count === 0) return false;
  if (ARTICLE.test(text.slice(line.start, line.end)) && count <= 12 && !/[.;]$/.test(body)) return true;
  const letters = body.replace(/[^\p{L}]/gu, '');
  // A dispatch typed all in capitals writes its orders so too: a sentence of capitals ending in a stop is no heading.
  const sentence = /[.;]$/.test(body) && count > MAX_STOPPED_HEADING_WORDS;
  if (letters.length >= 4 && letters === letters.toUpperCase() && count <= 20 && !sentence) return true;
  return followedByContent && count <= 10 && !/[.;:!?,]$/.test(body);
}

export function sectionKind(v: TextView, line: Hit, lex: Lexicons): SectionKind {
  const c = compiled(lex);
  const words = headingText(v.text, line);
  if (c.definition.startAt(v, words.start, 40) >= 0) return 'DEFINITION';
  // "I. ĐỐI VỚI NGƯỜI ĐÃ TIÊM ĐỦ LIỀU VẮC XIN": a marker right after a person says whom the section binds.
  const reports = c.reportMarkers.all(v, words.start, words.end).some((h) => people(lex).endAt(v, h.start, 24) < 0);
  if (c.report.startAt(v, words.start, 40) >= 0 || reports) return 'REPORT';
  if (c.request.test(v, words.start, words.end)) return 'REQUEST';
  return 'OTHER';
}
