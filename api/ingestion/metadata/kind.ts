// The document kind, from the strongest evidence available: the printed title word (THÔNG BÁO, CÔNG VĂN...),
// the record a document portal prints above the text ("Loại: Công văn"), the kind code in the number (TB, CV,
// CT...), the portal lead ("ban hành Thông báo số..."), and finally the layout of an official letter: a "V/v"
// subject line with "Kính gửi" addressees is a công văn.
import type { DocumentKind, Known } from '../../domain/directive';
import { isCapsLine, opensAddressees, opensSubjectLine } from '../clean/line-shape';
import { Reading, foldedLine, leadLines } from '../reading';
import { known, unknown } from './known';
import type { FoundMetadata } from './found';
import { directiveKind, directiveKindByWord, kindWordsPattern, numberSymbols, urgencyPattern } from '../lexicons/document-kinds';
import { documentNumberAt } from '../../text/document-number';
import { issueVerbStemsSource } from '../lexicons/issuers';
import { subjectAfterTitle } from './subject';
import { kindFromRecord } from './record-fields';
import { PhraseMatcher } from '../phrases/patterns';
import { foldedAlternation } from '../../text/regexp';


const eventMatchers = new WeakMap<Reading['lex'], { kind: DocumentKind; m: PhraseMatcher }[]>();

/** A headline or a lead reporting an event whose summary is a document of some kind: a press conference's, a press release. */
function reportedEvent(reading: Reading): Known<DocumentKind> | null {
  let matchers = eventMatchers.get(reading.lex);
  if (!matchers) {
    matchers = reading.lex.documentKinds.kinds.flatMap((k) => {
      const kind = directiveKind(k);
      return kind && k.events.length > 0 ? [{ kind, m: new PhraseMatcher(k.events) }] : [];
    });
    eventMatchers.set(reading.lex, matchers);
  }
  const lines = [...reading.header.filter((l) => !isCapsLine(l.text)), ...leadLines(reading).slice(0, 1)];
  for (const line of lines) {
    for (const { kind, m } of matchers) {
      const hit = m.all(reading, line.start, line.end)[0];
      if (hit) return known(kind, hit);
    }
  }
  return null;
}

interface KindPatterns {
  TITLE_WORD: RegExp;
  LEAD_KIND: RegExp;
  /** "... Công văn này": the text naming itself. */
  SELF: RegExp;
}

const kindPatterns = new WeakMap<Reading['lex'], KindPatterns>();

/** The kind's patterns, compiled once per lexicon rather than for every document. */
function patternsOf(lex: Reading['lex']): KindPatterns {
  let p = kindPatterns.get(lex);
  if (!p) {
    const kinds = kindWordsPattern(lex.documentKinds, true);
    // "ban hành Thông báo số 370-TB/TU", "đã ký công điện khẩn về việc ...", "vừa ban hành Chỉ thị về ...": the
    // lead's own document.
    const verbs = issueVerbStemsSource(lex.issuers, kindWordsPattern(lex.documentKinds, false));
    // Or what the document does, in a news lead that gives no number: "có công văn chỉ đạo các địa phương ...".
    const does = `${foldedAlternation(lex.issuers.instructionVerbs)}|gui`;
    p = {
      TITLE_WORD: new RegExp(`^(${kinds})\\b`),
      LEAD_KIND: new RegExp(String.raw`\b(?:${verbs})\s+(?:(?:${urgencyPattern(lex.documentKinds)})\s+)?(${kinds})\s+(?:so\b|\d|(?:${urgencyPattern(lex.documentKinds)})\b|ve\b|(?:${does})\b)`),
      SELF: new RegExp(`\\b(${kinds})\\s+nay\\b`),
    };
    kindPatterns.set(lex, p);
  }
  return p;
}

export function extractKind(reading: Reading, found: FoundMetadata): Known<DocumentKind> {
  const { number } = found;
  const { TITLE_WORD, LEAD_KIND, SELF } = patternsOf(reading.lex);
  for (const line of reading.header) {
    const m = TITLE_WORD.exec(foldedLine(reading, line));
    const kind = m && directiveKindByWord(reading.lex.documentKinds, m[1]);
    // The title is printed in capitals; "Thông báo" opening a sentence is not a title. Its subject may follow on
    // its line ("CHỈ THỊ Về tăng cường ...").
    if (kind && (isCapsLine(line.text) || subjectAfterTitle(reading, line) >= 0)) return known(kind, { start: line.start, end: line.start + m[1].length });
  }

  const recorded = kindFromRecord(reading);
  if (recorded) return known(recorded.kind, { start: recorded.start, end: recorded.end });

  if (number.value !== null && number.start !== undefined && number.end !== undefined) {
    const parts = numberSymbols(reading.lex.documentKinds, documentNumberAt(reading.text, number.start)?.symbols ?? []);
    const kind = directiveKind(parts.kind);
    if (kind) return known(kind, { start: number.start, end: number.end });
    if (parts.letterWithoutKindCode) return known('CONG_VAN', { start: number.start, end: number.end });
  }

  for (const line of leadLines(reading)) {
    const m = LEAD_KIND.exec(foldedLine(reading, line));
    const kind = m && directiveKindByWord(reading.lex.documentKinds, m[1]);
    if (m && kind) {
      const at = line.start + (m.index ?? 0) + m[0].indexOf(m[1]);
      return known(kind, { start: at, end: at + m[1].length });
    }
  }

  // "Họp báo thông tin về ..." over "Chiều 13/9, Ban Chỉ đạo tỉnh tổ chức họp báo ...": the event the text summarises.
  const event = reportedEvent(reading);
  if (event) return event;

  const subject = reading.header.find((l) => opensSubjectLine(foldedLine(reading, l)));
  const addressed = reading.lines.some((l) => l.start < reading.bodyStart && opensAddressees(foldedLine(reading, l)));
  if (subject && addressed) return known('CONG_VAN', { start: subject.start, end: subject.start + 3 });

  // A text without its header still names itself: "... báo cáo tình hình thực hiện Kế hoạch này".
  const self = SELF.exec(reading.folded.slice(reading.header.at(-1)?.end ?? 0, reading.bodyEnd));
  const selfKind = self && directiveKindByWord(reading.lex.documentKinds, self[1]);
  if (self && selfKind) {
    const at = (reading.header.at(-1)?.end ?? 0) + self.index;
    return known(selfKind, { start: at, end: at + self[1].length });
  }

  return unknown('no title word (THÔNG BÁO, CÔNG VĂN, CHỈ THỊ...), no kind code in a number, no "V/v" letter layout, and the text never names itself ("Công văn này")');
}
