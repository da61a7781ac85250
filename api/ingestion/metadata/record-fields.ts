// A document portal's viewer or a law library prints the document's record above its text ("Ký hiệu:
// 196/UBND-VX   Ngày ban hành: 20/01/2022   Loại: Công văn"), and a forwarded e-mail names the document in its
// subject ("Subject: KHẨN - CĐ 09/CĐ-UBND ngày 18/5/2021 về ..."). Where the letterhead is lost (a scanned
// first page the viewer cannot show, a body pasted into a mail) these fields are the only header left, so the
// number, kind and date rules read them after the letterhead's own lines. The labels are data:
// document-kinds.json's recordFields.
import type { DocumentKind } from '../../domain/directive';
import { ANY_DATE, isoDate, isoFromGroups } from '../../text/dates';
import { documentNumberAt, type DocumentNumber } from '../../text/document-number';
import { fold } from '../../text/fold';
import { foldedAlternation } from '../../text/regexp';
import { canonicalNumber, directiveKindByWord, kindWordsPattern, urgencyPattern, type DocumentKindLexicon, type RecordFieldName } from '../lexicons/document-kinds';
import { Reading, foldedLine } from '../reading';
import { runningHeaderNumberAt } from '../clean/line-shape';

interface RecordField {
  /** A label's field, or a signed PDF's running header ("UBND tỉnh Hòa Bình – KH 27/KH-UBND ngày 07/02/2022   2"). */
  name: RecordFieldName | 'runningHeader';
  /** Span of the value: after the label's colon, up to the next label or the line's end. */
  start: number;
  end: number;
}

const spaced = (s: string) => s.trim().replace(/\s+/g, ' ');

const patterns = new WeakMap<DocumentKindLexicon, { label: RegExp; byLabel: Map<string, RecordFieldName>; subjectLead: RegExp }>();

function compiled(lex: DocumentKindLexicon) {
  let p = patterns.get(lex);
  if (!p) {
    const byLabel = new Map<string, RecordFieldName>();
    for (const [name, words] of Object.entries(lex.recordFields) as [RecordFieldName, string[]][]) {
      for (const w of words) byLabel.set(spaced(fold(w)), name);
    }
    // A label opens the line or follows a gap, a bar or a semicolon, and always takes a colon. Written as a key
    // its words join with "-" or "_" (an AsciiDoc attribute ":so-hieu:", a front matter's "ngay_ban_hanh:").
    const alternation = foldedAlternation(Object.values(lex.recordFields).flat(), String.raw`[\s_-]+`) || '(?!)';
    const mailPrefix = foldedAlternation(lex.mailPrefixes) || '(?!)';
    const subjectLead = new RegExp(
      String.raw`^(?:(?:${mailPrefix})\s*:\s*)*(?:(?:${urgencyPattern(lex)})\b[\s\-–:,]*)*(?:(?:${kindWordsPattern(lex, false)}|[a-z]{1,4})\s+)?(?:so\s*[:.]?\s*)?`,
    );
    p = { label: new RegExp(String.raw`(?:^:?|\s|[|¦;])(${alternation})\s*:\s*`, 'g'), byLabel, subjectLead };
    patterns.set(lex, p);
  }
  return p;
}

/** How many lines above the body a record run on into one paragraph may stand. */
const RECORD_LINES = 6;
/** A paragraph holding this many labels is a record whose fields ran on, not prose that names a field. */
const MIN_RUN_ON_LABELS = 3;

/**
 * The lines a record may stand on: the header's, and up to RECORD_LINES paragraphs before the body, each read only
 * when it holds a whole record run on ("Chia sẻ Ký hiệu: 196/UBND-VX Ngày ban hành: 20/01/2022 Cơ quan ban hành:
 * UBND tỉnh Loại: Công văn Trích yếu: ..."): a page whose line breaks were lost makes its record one long line,
 * which reads as prose and ends the header.
 */
function recordLines(reading: Reading): { line: Reading['header'][number]; inHeader: boolean }[] {
  const headerEnd = reading.header[reading.header.length - 1]?.end ?? -1;
  const first = reading.lines.findIndex((line) => line.start > headerEnd);
  const after = first < 0 ? [] : reading.lines.slice(first, first + RECORD_LINES).filter((line) => line.end <= reading.bodyStart);
  return [...reading.header.map((line) => ({ line, inHeader: true })), ...after.map((line) => ({ line, inHeader: false }))];
}

// The number, date and kind rules each ask for the fields of one reading: they are read once.
const fieldsByReading = new WeakMap<Reading, RecordField[]>();

function fieldsOf(reading: Reading): RecordField[] {
  const known = fieldsByReading.get(reading);
  if (known) return known;
  const { label, byLabel } = compiled(reading.lex.documentKinds);
  const out: RecordField[] = [];
  for (const { line, inHeader } of recordLines(reading)) {
    const folded = foldedLine(reading, line);
    const found = [...folded.matchAll(label)];
    if (!inHeader && found.length < MIN_RUN_ON_LABELS) continue;
    found.forEach((m, i) => {
      const name = byLabel.get(spaced(m[1].replace(/[_-]/g, ' ')));
      if (!name) return;
      const from = (m.index ?? 0) + m[0].length;
      const to = i + 1 < found.length ? found[i + 1].index ?? folded.length : folded.length;
      const value = line.text.slice(from, to).replace(/[\s|¦;]+$/, '');
      if (value.length > 0) out.push({ name, start: line.start + from, end: line.start + from + value.length });
    });
    if (found.length === 0) {
      const at = runningHeaderNumberAt(line.text);
      if (at >= 0) out.push({ name: 'runningHeader', start: line.start + at, end: line.end });
    }
  }
  fieldsByReading.set(reading, out);
  return out;
}

/** Where a mail's subject names a document: after "Fwd:", urgency marks and a kind word or code ("KHẨN - CĐ 09/CĐ-UBND"). */
function subjectNumberStart(reading: Reading, field: RecordField): number {
  const m = compiled(reading.lex.documentKinds).subjectLead.exec(reading.folded.slice(field.start, field.end));
  return field.start + (m?.[0].length ?? 0);
}

/** The document the record or the mail's subject names, with its span. */
function recordNumber(reading: Reading): DocumentNumber | null {
  for (const field of fieldsOf(reading)) {
    if (field.name !== 'number' && field.name !== 'mailSubject' && field.name !== 'runningHeader') continue;
    const at = field.name === 'number' ? field.start : subjectNumberStart(reading, field);
    const found = documentNumberAt(reading.text, at);
    if (found && found.end <= field.end) return found;
  }
  return null;
}

export function numberFromRecord(reading: Reading): { number: string; start: number; end: number } | null {
  const found = recordNumber(reading);
  return found ? { number: canonicalNumber(reading.lex.documentKinds, found.number), start: found.start, end: found.end } : null;
}

const DATE_AT_START = new RegExp(String.raw`^\s*${ANY_DATE}`);
/** A record kept as data writes its date the ISO way: "2022-01-12". */
const ISO_AT_START = /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DATE_AFTER_NUMBER = new RegExp(String.raw`^\s*,?\s*ngay\s+${ANY_DATE}`);

/** "Ngày ban hành: 20/01/2022", or the date after the number a mail's subject names ("09/CĐ-UBND ngày 18/5/2021"). */
export function dateFromRecord(reading: Reading): { iso: string; start: number; end: number } | null {
  for (const field of fieldsOf(reading)) {
    if (field.name !== 'issuedOn') continue;
    const value = reading.folded.slice(field.start, field.end);
    const m = DATE_AT_START.exec(value);
    const iso = m && isoFromGroups([...m], 1);
    if (m && iso) return { iso, start: field.start, end: field.start + m[0].length };
    const written = ISO_AT_START.exec(value);
    const day = written && isoDate(Number(written[1]), Number(written[2]), Number(written[3]));
    if (written && day) return { iso: day, start: field.start, end: field.start + written[0].length };
  }
  const named = recordNumber(reading);
  if (!named) return null;
  const m = DATE_AFTER_NUMBER.exec(reading.folded.slice(named.end, named.end + 40));
  const iso = m && isoFromGroups([...m], 1);
  return m && iso ? { iso, start: named.end, end: named.end + m[0].length } : null;
}

/** "Loại văn bản: Công văn", "Loại: Chỉ thị". */
export function kindFromRecord(reading: Reading): { kind: DocumentKind; start: number; end: number } | null {
  for (const field of fieldsOf(reading)) {
    if (field.name !== 'kind') continue;
    const kind = directiveKindByWord(reading.lex.documentKinds, reading.text.slice(field.start, field.end));
    if (kind) return { kind, start: field.start, end: field.end };
  }
  return null;
}
