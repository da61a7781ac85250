import { leadingMarkerLength } from '../../segment/markers';
import type { Hit } from '../../phrases/patterns';

// Vietnamese writes verbs in lower case inside a sentence; a capitalised word there starts a name: "Giám
// đốc các Sở: Y tế, Thông tin và Truyền thông; Chỉ huy trưởng ..." lists bodies ("Thông tin" is not the verb
// "thông tin"), "Tổ COVID cộng đồng" is a team, not "tổ chức". Cue words written so are not instruction cues.
// The first word of a part (after a list marker or an article number: "a) Tăng cường ...", "Điều 1. Phong
// tỏa ...") and words in all capitals are left alone. A list of bodies after a colon stays a list of names
// ("các Sở: Thông tin và Truyền thông, Y tế": after a head that enumerates, agencies.json "enumeratingHeads"); after
// a label that names one body or a level ("1. Sở Y tế: Huy động ...", "Công an tỉnh: Cấp giấy đi đường ...") the
// capital opens the task, the part's first word.

/** Opening punctuation, then an article's number ("Điều 1."), before a part's first word or its list marker. */
const LEAD = /^[\s\u00a0*_#"“‘'(]*(?:Điều[\s\u00a0]+\d{1,2}[\s\u00a0]*[.:][\s\u00a0]*)?/u;

/** A capitalised word, not in all capitals: "Thông", "Ủy", but not "UBND" or "COVID". */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}[\p{L}\p{N}]*/gu;

/** Spans of the capitalised words of text[span) after its first word, and after a label's colon that lists no names. */
export function capitalisedWords(text: string, span: Hit, enumeratingHeads: readonly string[] = []): Hit[] {
  const chunk = text.slice(span.start, span.end);
  const opening = LEAD.exec(chunk)?.[0].length ?? 0;
  const lead = opening + leadingMarkerLength(chunk.slice(opening));
  const task = taskAfterLabel(chunk, lead, enumeratingHeads);
  const out: Hit[] = [];
  for (const m of chunk.matchAll(CAPITALISED)) {
    if (m.index <= lead || m.index === task) continue;
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return out;
}

/** Most characters of a label before its colon: "Ban Chỉ huy Quân sự tỉnh:", "Địa bàn cấp độ 3:". */
const LABEL_REACH = 80;

/** Where the task after the part's label starts ("Sở Y tế: Huy động ..."), or -1: not after a head that enumerates ("các Sở: Y tế"). */
function taskAfterLabel(chunk: string, lead: number, enumeratingHeads: readonly string[]): number {
  const colon = chunk.indexOf(':', lead);
  if (colon < 0 || colon - lead > LABEL_REACH) return -1;
  const label = chunk.slice(lead, colon).match(/\p{L}+/gu) ?? [];
  // One word names no body: "[Ảnh: Cử tri phường ...]" is a caption.
  if (label.length < 2 || enumeratingHeads.includes(label[label.length - 1])) return -1;
  const gap = /^[\s\u00a0]*/u.exec(chunk.slice(colon + 1))![0].length;
  return colon + 1 + gap;
}
