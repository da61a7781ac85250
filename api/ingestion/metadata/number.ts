// The directive's own number. It is printed in the letterhead ("Số 11 - TB/BCĐ", "Số: 25/CT-UBND") or, in a
// portal article, named in the lead ("Tỉnh ủy Quảng Ninh ban hành Thông báo số 370-TB/TU"). Numbers anywhere
// else belong to documents the text cites (Công điện số 1699/CĐ-TTg, Giấy mời số 291-GM/TU) and are not taken.
import type { Known } from '../document';
import { fold } from '../../text/fold';
import { isCapsLine } from '../clean/line-shape';
import { Layout, foldedLine, preambleLines } from './layout';
import { known, unknown } from './known';
import { DOC_NUMBER, normaliseNumber } from './document-number';
import { KIND_WORD_PATTERN } from './data/document-kinds';
import { findCitations } from './citations';

// "Số 11 - TB/BCĐ", "Số: 25/CT-UBND", "SỐ 402-CV/TU", OCR'd "Sô 370 -TB/TU"; also a bare number line.
const HEADER_NUMBER = new RegExp(String.raw`^(?:[-•]\s*)?(?:so\s*[:.]?\s*)?${DOC_NUMBER}`);
// "ban hành Thông báo số 370-TB/TU", "vừa có Công văn số 402-CV/TU".
const LEAD_NUMBER = new RegExp(
  String.raw`\b(?:ban hanh|vua co|da co|ky)\s+(?:${KIND_WORD_PATTERN})\s+(?:so\s*:?\s*)?${DOC_NUMBER}`,
);

/** How many prose paragraphs of a portal article form its lead. */
const LEAD_PARAGRAPHS = 2;

export function extractNumber(layout: Layout): Known<string> {
  for (const line of layout.header) {
    const folded = foldedLine(layout, line);
    const m = HEADER_NUMBER.exec(folded);
    // A bare "370-TB/TU" line counts, a line that merely starts with digits ("27/9/2021 ...") does not.
    if (!m || (!/^(?:[-•]\s*)?so\b/.test(folded) && m[0].length < folded.length - 1)) continue;
    const at = line.start + m.index + m[0].length - m[1].length;
    return known(normaliseNumber(layout.text.slice(at, at + m[1].length)), { start: at, end: at + m[1].length });
  }

  for (const line of preambleLines(layout).slice(0, LEAD_PARAGRAPHS)) {
    const m = LEAD_NUMBER.exec(foldedLine(layout, line));
    if (!m) continue;
    const at = line.start + (m.index ?? 0) + m[0].length - m[1].length;
    return known(normaliseNumber(layout.text.slice(at, at + m[1].length)), { start: at, end: at + m[1].length });
  }

  return unknown(missingNumberReason(layout));
}

function missingNumberReason(layout: Layout): string {
  const first = layout.lines[0]?.text ?? '';
  const foldedFirst = fold(first);
  const source = layout.format === 'OCR' ? 'the scan' : 'the text';
  let reason: string;
  if (isCapsLine(first) && new RegExp(`^(?:${KIND_WORD_PATTERN})\\b`).test(foldedFirst)) {
    reason = `the text gives no document number: ${source} starts at the title`;
  } else if (/^v\s*\/\s*v\b/.test(foldedFirst)) {
    reason = `the text gives no document number: ${source} starts at the subject line (V/v)`;
  } else {
    reason = 'the text gives no document number: there is no "Số ..." line in its header';
  }
  const cited = [...new Set(findCitations(layout.text, layout.folded).map((c) => c.number))];
  if (cited.length > 0) reason += `; the numbers it contains (${cited.join(', ')}) belong to documents it cites`;
  return reason;
}
