// The directive's own number. It is printed in the letterhead ("Số 11 - TB/BCĐ", "Số: 25/CT-UBND") or, in a
// portal article, named in the lead ("Tỉnh ủy Quảng Ninh ban hành Thông báo số 370-TB/TU"). Numbers anywhere
// else belong to documents the text cites (Công điện số 1699/CĐ-TTg, Giấy mời số 291-GM/TU) and are not taken.
import type { Known } from '../../domain/directive';
import { fold } from '../../text/fold';
import { documentNumberAt } from '../../text/document-number';
import { isCapsLine, opensSubjectLine } from '../clean/line-shape';
import { canonicalNumber, directiveKindByWord, kindWordsPattern, titleLeadPattern, urgencyPattern } from '../lexicons/document-kinds';
import { Reading, foldedLine, leadLines } from '../reading';
import { known, unknown } from './known';
import { findCitedDocuments } from '../cited-documents';
import { numberFromRecord } from './record-fields';

// "Số 11 - TB/BCĐ", "Số: 25/CT-UBND", "SỐ 402-CV/TU", OCR'd "Sô 370 -TB/TU"; "(số 48/TB-BCĐ ngày ...)" under a
// title; a title that numbers itself ("THÔNG CÁO BÁO CHÍ SỐ 57"), also when it presents the document ("QUÁN
// TRIỆT CHỈ THỊ SỐ 12-CT/TU", a briefing's title slide); also a bare number line, and one the letterhead's rule ran
// onto ("------- Số: 1186/UBND-KGVX"); a law library's title line, its kind word right before the number.
const HEADER_LEAD = String.raw`^(?:[-–—_=•|(]\s*)*(?:(?:TITLE_LEADS)\s+(?=(?:KINDS)\s+so\b))?(?:(?:KINDS)(?:\s+(?:URGENCIES))?\s+(?=so\b|\d))?(?:so\s*[:.]?\s*)?`;
/** A press release or notice numbered by a serial alone: "THÔNG CÁO BÁO CHÍ SỐ 57", "THÔNG BÁO KHẨN SỐ 12". */
const SERIAL_ONLY = /^\d{1,5}(?![\d/-])/;

export function extractNumber(reading: Reading): Known<string> {
  const lex = reading.lex.documentKinds;
  const kinds = kindWordsPattern(lex, true);
  const headerLead = new RegExp(HEADER_LEAD.replace('TITLE_LEADS', titleLeadPattern(lex)).replace('URGENCIES', urgencyPattern(lex)).replace(/KINDS/g, kinds));
  // A law library titles the text by its kind and number, "số" or not ("Kế hoạch 350/KH-UBND ngày 25/9/2021 ..."):
  // such a title gives the number when no "Số" line does.
  let titled: Known<string> | null = null;
  for (const line of reading.header) {
    const folded = foldedLine(reading, line);
    const lead = headerLead.exec(folded)![0];
    const at = line.start + lead.length;
    const found = documentNumberAt(reading.text, at);
    const bySo = /so\s*[:.]?\s*$/.test(lead);
    const byTitle = !bySo && /\p{L}\s+$/u.test(lead);
    const numbered = bySo || byTitle;
    if (!found) {
      const serial = numbered && !byTitle && lead.length > 8 ? SERIAL_ONLY.exec(reading.text.slice(at, line.end)) : null;
      if (serial) return known(serial[0], { start: at, end: at + serial[0].length });
      continue;
    }
    // A bare "370-TB/TU" line counts, a line that merely starts with a number ("27/9/2021 ...") does not.
    if (!numbered && found.end < line.end - 1) continue;
    if (byTitle) {
      titled ??= known(canonicalNumber(lex, found.number), { start: found.start, end: found.end });
      continue;
    }
    return known(canonicalNumber(lex, found.number), { start: found.start, end: found.end });
  }
  if (titled) return titled;

  const recorded = numberFromRecord(reading);
  if (recorded) return known(recorded.number, { start: recorded.start, end: recorded.end });

  // A news article's headline stands where a letter's header does ("Nghệ An ban hành Công văn 4102/UBND-KT về
  // ..."), above its lead: both name the document the article reports.
  const headlines = reading.header.filter((line) => /\p{Ll}{2}/u.test(line.text) && !isCapsLine(line.text));
  for (const line of [...headlines, ...leadLines(reading)]) {
    for (const cited of findCitedDocuments(reading, { from: line.start, to: line.end })) {
      // "ban hành Thông báo số 370-TB/TU", "Theo Công văn số ... gửi các sở, ngành": the lead's own document, of
      // a kind a directive can be.
      if (!(cited.justIssued || cited.reported) || !cited.kindWord || !directiveKindByWord(lex, cited.kindWord)) continue;
      return known(cited.number, { start: cited.numberStart, end: cited.numberEnd });
    }
  }

  return unknown(missingNumberReason(reading));
}

function missingNumberReason(reading: Reading): string {
  const first = reading.lines[0]?.text ?? '';
  const foldedFirst = fold(first);
  const source = reading.format === 'OCR' ? 'the scan' : 'the text';
  let reason: string;
  if (isCapsLine(first) && new RegExp(`^(?:${kindWordsPattern(reading.lex.documentKinds, true)})\\b`).test(foldedFirst)) {
    reason = `the text gives no document number: ${source} starts at the title`;
  } else if (opensSubjectLine(foldedFirst)) {
    reason = `the text gives no document number: ${source} starts at the subject line (V/v)`;
  } else {
    reason = 'the text gives no document number: there is no "Số ..." line in its header';
  }
  const cited = [...new Set(findCitedDocuments(reading).map((c) => c.number))];
  if (cited.length > 0) reason += `; the numbers it contains (${cited.join(', ')}) belong to documents it cites`;
  return reason;
}
