// The document kind, from the strongest evidence available: the printed title word (THÔNG BÁO, CÔNG VĂN...),
// the kind code in the number (TB, CV, CT...), the portal lead ("ban hành Thông báo số..."), and finally the
// layout of an official letter: a "V/v" subject line with "Kính gửi" addressees is a công văn.
import type { DocumentKind, Known } from '../document';
import { isCapsLine } from '../clean/line-shape';
import { Layout, foldedLine, preambleLines } from './layout';
import { known, unknown } from './known';
import { KIND_WORD_PATTERN, kindByWord } from './data/document-kinds';
import { numberParts } from './document-number';

const TITLE_WORD = new RegExp(`^(${KIND_WORD_PATTERN})\\b`);
const LEAD_KIND = new RegExp(String.raw`\b(?:ban hanh|vua co|da co|ky)\s+(${KIND_WORD_PATTERN})\s+so\b`);

export function extractKind(layout: Layout, number: Known<string>): Known<DocumentKind> {
  for (const line of layout.header) {
    const m = TITLE_WORD.exec(foldedLine(layout, line));
    const entry = m && kindByWord(m[1]);
    // The title is printed in capitals; "Thông báo" opening a sentence is not a title.
    if (entry && isCapsLine(line.text)) return known(entry.kind, { start: line.start, end: line.start + m[1].length });
  }

  if (number.value !== null && number.start !== undefined && number.end !== undefined) {
    const parts = numberParts(layout.folded.slice(number.start, number.end));
    if (parts.kind) return known(parts.kind.kind, { start: number.start, end: number.end });
    if (parts.letterWithoutKindCode) return known('CONG_VAN', { start: number.start, end: number.end });
  }

  for (const line of preambleLines(layout).slice(0, 2)) {
    const m = LEAD_KIND.exec(foldedLine(layout, line));
    const entry = m && kindByWord(m[1]);
    if (m && entry) {
      const at = line.start + (m.index ?? 0) + m[0].indexOf(m[1]);
      return known(entry.kind, { start: at, end: at + m[1].length });
    }
  }

  const subject = layout.header.find((l) => /^v\s*\/\s*v\b/.test(foldedLine(layout, l)));
  const addressed = layout.lines.some((l) => l.start < layout.bodyStart && /^(?:[-•]\s*)?kinh gui\b/.test(foldedLine(layout, l)));
  if (subject && addressed) return known('CONG_VAN', { start: subject.start, end: subject.start + 3 });

  return unknown('no title word (THÔNG BÁO, CÔNG VĂN, CHỈ THỊ...), no kind code in a number and no "V/v" letter layout');
}
