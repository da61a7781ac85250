// Documents a text names by number: "thực hiện Công điện số 1699/CĐ-TTg, ngày 02/12/2020 của Thủ tướng",
// "ban hành Chỉ thị 12-CT/TU". Metadata reads the directive's own number in a portal lead from them and
// explains a missing date by them ("it cites a document of 2020-12-02, so it is later"); the facts'
// references (extract/references.ts) add who issued each.
import { dayAt } from '../text/dates';
import { findDocumentNumbers } from '../text/document-number';
import { canonicalNumber, kindWordsPattern, qualifierPattern, urgencyPattern } from './lexicons/document-kinds';
import type { Reading } from './reading';
import { issueVerbStemsSource } from './lexicons/issuers';
import { foldedAlternation } from '../text/regexp';

export interface CitedDocument {
  /** The kind word as printed ("Công điện"), or null when the text only says "số 10-TB/BCĐ". */
  kindWord: string | null;
  /** As the platform stores numbers: "1699/CĐ-TTg". */
  number: string;
  /** ISO date the text gives right after the number, if any. */
  date: string | null;
  /** From the kind word (or the number) to the end of the date (or the number). */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  /**
   * Named as just issued: "ban hành Công văn số ...", "vừa có Thông báo số ...", or as where the headline's
   * order was given, "Đó là chỉ đạo của UBND tỉnh ... tại Công văn số ..." (news of it, not a basis).
   */
  justIssued: boolean;
  /**
   * Named as the document a news lead reports, sent to those it addresses: "Theo Công văn số 2345/UBND-KGVX ngày
   * 4/8/2021 của UBND tỉnh Hà Giang gửi các sở, ngành, ..." (issuers.json reportedLeads). The article's own, though
   * the sentence's orders stay orders.
   */
  reported: boolean;
}

const S = '[\\s\\u00a0]';
/** ", ngày 02/12/2020", " ban hành ngày 30 tháng 9 năm 2021": the date a citation gives right after the number. */
const DATE_LEAD = new RegExp(`^${S}*,?${S}*(?:ban${S}+hanh${S}+)?`, 'u');

/** The date a citation gives right after its number ends at `at` (folded text), and where that date ends. */
export function dateAfterNumber(folded: string, at: number, year: number | null): { iso: string; end: number } | null {
  const lead = DATE_LEAD.exec(folded.slice(at, at + 20))!;
  const day = dayAt(folded.slice(at + lead[0].length, at + 60), year);
  return day ? { iso: day.iso, end: at + lead[0].length + day.length } : null;
}

/** Where a sentence opens, and the spaces or opening quote before its first word. */
const SENTENCE_OPENS = `(?:^|[.!?]${S}+|\n)(?:${S}|["“(])*`;

const leads = new WeakMap<Reading['lex'], RegExp>();
const issued = new WeakMap<Reading['lex'], RegExp>();
const pointed = new WeakMap<Reading['lex'], RegExp>();

const reportedLeads = new WeakMap<Reading['lex'], { before: RegExp; after: RegExp }>();

/** How far after the document its sentence may name whom it was sent to. */
const ADDRESSED_REACH = 160;

/** "Theo " opening a sentence before the kind word, and "gửi" later in that sentence, after the document. */
function reportedPatterns(reading: Reading): { before: RegExp; after: RegExp } {
  let re = reportedLeads.get(reading.lex);
  if (!re) {
    const { openers, addressing } = reading.lex.issuers.reportedLeads;
    const open = foldedAlternation(openers);
    const sent = foldedAlternation(addressing);
    re =
      open && sent
        ? { before: new RegExp(`${SENTENCE_OPENS}(?:${open})${S}+$`, 'u'), after: new RegExp(`^[^.;:!?\n]{0,${ADDRESSED_REACH}}?${S}(?:${sent})${S}`, 'u') }
        : { before: /(?!)/u, after: /(?!)/u };
    reportedLeads.set(reading.lex, re);
  }
  return re;
}

/** How far back in its sentence a back-reference may open before "tại" and the kind word. */
const POINTED_REACH = 240;

/**
 * A sentence that opens by pointing back at the headline, then names the document "tại" or "của": "Đó là chỉ
 * đạo của UBND tỉnh đối với các sở, ngành ... tại Công văn số ...", "Đây là nội dung chính của Chỉ thị số ...".
 * Read on the folded text before the kind word.
 */
function pointedPattern(reading: Reading): RegExp {
  let re = pointed.get(reading.lex);
  if (!re) {
    const words = foldedAlternation(reading.lex.issuers.backReferences);
    re = words ? new RegExp(`${SENTENCE_OPENS}(?:${words})${S}[^.;:!?\n]*${S}(?:tai|cua)${S}+$`, 'u') : /(?!)/u;
    pointed.set(reading.lex, re);
  }
  return re;
}

/**
 * An issue verb right before the kind word: "ban hành Thông báo số 370-TB/TU", "vừa có Công văn số
 * 402-CV/TU", "ký Quyết định số ...". Verbs that carry their kind word ("có công văn") stand here without it.
 */
function issuedPattern(reading: Reading): RegExp {
  let re = issued.get(reading.lex);
  if (!re) {
    const verbs = issueVerbStemsSource(reading.lex.issuers, kindWordsPattern(reading.lex.documentKinds, false));
    // An urgency mark may stand between them: "ban hành hỏa tốc Công văn số 1502/UBND-VP8".
    re = new RegExp(`(?:^|[^a-z])(?:${verbs})${S}+(?:(?:${urgencyPattern(reading.lex.documentKinds)})${S}+)?$`, 'u');
    issued.set(reading.lex, re);
  }
  return re;
}

/**
 * Kind word (any kind's, "Công điện", "Giấy mời"...), a qualifier ("văn bản chỉ đạo"), an urgency mark ("khẩn"),
 * optional "số", right before a number.
 */
function leadPattern(reading: Reading): RegExp {
  let re = leads.get(reading.lex);
  if (!re) {
    const lex = reading.lex.documentKinds;
    re = new RegExp(`(?<![a-z0-9])(?:(${kindWordsPattern(lex, false)})${S}+(?:(?:${qualifierPattern(lex)})${S}+)?(?:(?:${urgencyPattern(lex)})${S}+)?)?(?:so${S}*[:.]?${S}*)?$`, 'u');
    leads.set(reading.lex, re);
  }
  return re;
}

// The metadata rules (number, dates) ask for every document a reading cites several times: read once.
const wholeText = new WeakMap<Reading, readonly CitedDocument[]>();

/** Documents named in text[from, to); a date without its year ("ngày 30/9") takes `year`. */
export function findCitedDocuments(reading: Reading, options: { from?: number; to?: number; year?: number | null } = {}): readonly CitedDocument[] {
  if (options.from === undefined && options.to === undefined && options.year === undefined) {
    let all = wholeText.get(reading);
    if (!all) wholeText.set(reading, (all = Object.freeze(citedIn(reading, options))));
    return all;
  }
  return citedIn(reading, options);
}

function citedIn(reading: Reading, options: { from?: number; to?: number; year?: number | null }): CitedDocument[] {
  const { text, folded } = reading;
  const lex = reading.lex.documentKinds;
  return findDocumentNumbers(text, options.from ?? 0, options.to ?? text.length).map((n) => {
    const lead = leadPattern(reading).exec(folded.slice(Math.max(0, n.start - 40), n.start));
    const start = n.start - (lead?.[0].length ?? 0);
    const kindWord = lead?.[1] !== undefined ? text.slice(start, start + lead[1].length) : null;
    const justIssued =
      kindWord !== null && (issuedPattern(reading).test(folded.slice(Math.max(0, start - 20), start)) || pointedPattern(reading).test(folded.slice(Math.max(0, start - POINTED_REACH), start)));
    const day = dateAfterNumber(folded, n.end, options.year ?? null);
    const report = reportedPatterns(reading);
    const reported = kindWord !== null && report.before.test(folded.slice(Math.max(0, start - 12), start)) && report.after.test(folded.slice(n.end, n.end + ADDRESSED_REACH + 20));
    return {
      kindWord,
      number: canonicalNumber(lex, n.number),
      date: day?.iso ?? null,
      start,
      end: day?.end ?? n.end,
      numberStart: n.start,
      numberEnd: n.end,
      justIssued,
      reported,
    };
  });
}

/** "Công điện số 1699/CĐ-TTg of 2020-12-02" */
export function describeCitedDocument(c: CitedDocument): string {
  const what = c.kindWord ? `${c.kindWord} số ${c.number}` : `document ${c.number}`;
  return c.date ? `${what} of ${c.date}` : what;
}
