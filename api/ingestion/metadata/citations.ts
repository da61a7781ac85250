// Other documents a directive cites ("thực hiện Công điện số 1699/CĐ-TTg, ngày 02/12/2020 của Thủ tướng").
// Their numbers and dates are not this directive's; they are kept to explain what is known when this one's
// own number or date is missing ("it cites a document of 2020-12-02, so it is later").
import { DOC_NUMBER, normaliseNumber } from './document-number';
import { KIND_WORD_PATTERN, OTHER_CITED_WORDS } from './data/document-kinds';
import { ANY_DATE, isoFromGroups } from './date-patterns';

export interface Citation {
  /** The kind word as printed ("Công điện"), or null when the text only says "số 10-TB/BCĐ". */
  kindWord: string | null;
  /** Normalised number, "1699/CĐ-TTg". */
  number: string;
  /** ISO date the citation gives, if any. */
  date: string | null;
  start: number;
  end: number;
}

const CITATION = new RegExp(
  String.raw`(?:\b(${KIND_WORD_PATTERN}|${OTHER_CITED_WORDS.join('|')})\s+)?\bso\s*:?\s*${DOC_NUMBER}(?:\s*,?\s*(?:ngay\s+)?${ANY_DATE})?`,
  'g',
);

export function findCitations(text: string, folded: string): Citation[] {
  const out: Citation[] = [];
  for (const m of folded.matchAll(CITATION)) {
    const start = m.index ?? 0;
    const numberAt = folded.indexOf(m[2], start + (m[1]?.length ?? 0));
    const kindWord = m[1] !== undefined ? text.slice(start, start + m[1].length) : null;
    out.push({
      kindWord,
      number: normaliseNumber(text.slice(numberAt, numberAt + m[2].length)),
      date: isoFromGroups([...m], 3),
      start,
      end: start + m[0].length,
    });
  }
  return out;
}

/** "Công điện số 1699/CĐ-TTg of 2020-12-02" */
export function describeCitation(c: Citation): string {
  const what = c.kindWord ? `${c.kindWord} số ${c.number}` : `document ${c.number}`;
  return c.date ? `${what} of ${c.date}` : what;
}
