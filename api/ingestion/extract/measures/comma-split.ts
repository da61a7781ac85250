import type { Lexicons } from '../../lexicons';
import { openingEnd, PhraseMatcher, type Hit, type TextView } from '../../phrases/patterns';
import { categorise } from './categorise';
import { settingComma } from './non-orders';

// A prohibition addressed to people can close a sentence about something else after a mere comma: "yêu
// cầu người lao động thực hiện tốt các biện pháp phòng, chống dịch, ..., không ra ngoài tỉnh nếu không thực
// sự cần thiết để giữ vững sức sản xuất"; so can a suspension or a closure ("xét nghiệm tầm soát 100% hộ gia
// đình, tạm dừng hoạt động tập trung ..., đóng cửa các chợ đầu mối"); and OCR turns "; khẩn trương xây dựng
// ..." into ", khẩn trương".
// A careful reader lists such a part apart, so it becomes an instruction of its own when it names another
// topic than the words before it; on the same topic ("không tập trung quá 20 người trong một phòng, không
// tập trung quá 10 người ngoài ...") the sentence stays one instruction, as do items after ":".
// A splitter inside a purpose ("tuyên truyền để người dân đón Tết an toàn, tiết kiệm, không tụ tập đông người")
// belongs to the purpose. The steps of a sequence on one topic ("cách ly tập trung 07 ngày, sau đó cách ly tại
// nhà 07 ngày") are one regime; a step on another topic ("..., sau đó tổ chức sản xuất trở lại") stands apart.
// A condition or a setting that opens the sentence is no instruction of its own: "Trường hợp phát hiện F0 trong
// trường học, tạm dừng học trực tiếp lớp có F0" and "Tại các địa bàn đang giãn cách xã hội, tạm dừng tổ chức hội
// nghị" are one each.
// The words: seeds/lexicons/strength.json commaSplitters, purposeMarkers; metrics.json thresholdLeads.

interface Compiled {
  splitters: PhraseMatcher;
  purpose: PhraseMatcher;
  resume: PhraseMatcher;
  condition: PhraseMatcher;
}

const cache = new WeakMap<Lexicons, Compiled>();

function compiled(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const s = lex.strength;
    c = {
      splitters: new PhraseMatcher(s.commaSplitters),
      purpose: new PhraseMatcher(s.purposeMarkers),
      resume: new PhraseMatcher([...s.modals, ...s.delegation]),
      condition: new PhraseMatcher(lex.metrics.thresholdLeads),
    };
    cache.set(lex, c);
  }
  return c;
}

/** The instruction `span`, cut before each splitter that follows a comma and changes the topic. */
export function splitProhibitions(v: TextView, span: Hit, lex: Lexicons, skip: Hit[]): Hit[] {
  const c = compiled(lex);
  const afterComma = (h: Hit) => h.start > span.start && /,[\s\u00a0]*$/.test(v.text.slice(Math.max(span.start, h.start - 4), h.start));
  // Items listed after ":" are the content of one order ("khuyến cáo: đeo khẩu trang, ..., không tụ tập").
  const beforeColon = (h: Hit) => !v.text.slice(span.start, h.start).includes(':');
  // A purpose lasts until a modal or a delegation resumes the order ("để sản xuất và sản xuất phải an toàn, yêu cầu ...").
  const purposeAt = c.purpose.all(v, span.start, span.end).filter((h) => !skip.some((s) => h.start < s.end && s.start < h.end))[0];
  const purpose = purposeAt && { start: purposeAt.start, end: c.resume.all(v, purposeAt.end, span.end)[0]?.start ?? span.end };
  // The comma that ends an opening condition or setting ("Tại các địa bàn đang giãn cách xã hội, tạm dừng ...").
  const conditionEnd = openingEnd(v, c.condition, span.start) >= 0 ? v.text.indexOf(',', span.start) : settingComma(v, span);
  const endsCondition = (h: Hit) => conditionEnd >= 0 && conditionEnd < h.start && /^,[\s\u00a0]*$/u.test(v.text.slice(conditionEnd, h.start));
  const cuts = c.splitters
    .all(v, span.start, span.end)
    .filter((h) => afterComma(h) && beforeColon(h) && !endsCondition(h) && !(purpose && purpose.start < h.start && h.start < purpose.end));
  const out: Hit[] = [];
  let start = span.start;
  for (const cut of cuts) {
    const next = cuts.find((c) => c.start > cut.start)?.start ?? span.end;
    const before = categorise(v, start, cut.start, lex, skip);
    const after = categorise(v, cut.start, next, lex, skip);
    if (!before.topical || after.score === 0 || before.category === after.category) continue;
    let end = cut.start;
    while (end > start && /[\s\u00a0,]/.test(v.text[end - 1])) end--;
    out.push({ start, end });
    start = cut.start;
  }
  out.push({ start, end: span.end });
  return out;
}
