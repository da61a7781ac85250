import type { Reading } from '../reading';
import type { Lexicons } from '../lexicons';
import { cite } from './citation';
import type { FoundFacts } from './found';
import type { AgencyMention, Reference } from '../../domain/facts';
import { documentNumberKey, findDocumentNumbers } from '../../text/document-number';
import { dateAfterNumber, findCitedDocuments } from '../cited-documents';
import { sidebarSpans } from './agencies/regions';
import { kindByWord, kindWordsPattern, numberSymbols } from '../lexicons/document-kinds';
import { loadNationalDocuments } from '../../reference/national-documents';
import { foldKey } from '../phrases/patterns';
import { foldedAlternation } from '../../text/regexp';

// Other documents a directive cites, with who issued them: "Công điện số 1699/CĐ-TTg, ngày 02/12/2020 của
// Thủ tướng Chính phủ" (the number, kind word and date are read by cited-documents.ts). The kind is the kind
// word's, or the number's first symbol's: "1699/CĐ-TTg" and "362-TB/TU" alike.

const ISSUER_STOP = /[,.;:()\n]|[\s\u00a0](?:va|ve|trong|tai|theo|da|de|nham|ve viec|v\/v)[\s\u00a0]/u;

function issuerAfter(reading: Reading, pos: number, agencies: AgencyMention[]): { issuer: string; end: number } | null {
  const { text, folded, lex } = reading;
  const m = /^[\s\u00a0]*,?[\s\u00a0]*cua[\s\u00a0]+/u.exec(folded.slice(pos, pos + 20));
  if (!m) return null;
  const from = pos + m[0].length;
  const agency = agencies.find((a) => a.citation.start === from);
  if (agency) return { issuer: agency.citation.quote, end: agency.citation.end };
  // "của Giám đốc Sở Giáo dục và Đào tạo": the head's title, then the body, whose name may hold a "và".
  const headed = agencies.find((a) => a.citation.start > from && a.citation.start - from <= TITLE_ROOM && isTitle(lex, folded.slice(from, a.citation.start)));
  if (headed) return { issuer: text.slice(from, headed.citation.end), end: headed.citation.end };
  if (!/\p{Lu}/u.test(text[from] ?? '')) return null;
  const stop = ISSUER_STOP.exec(folded.slice(from, from + 80));
  const to = from + (stop ? stop.index : Math.min(60, text.length - from));
  const issuer = text.slice(from, to).trim();
  return issuer ? { issuer, end: from + text.slice(from, to).trimEnd().length } : null;
}

/** Most characters between "của" and the agency: a title of a few words ("Phó Chủ tịch Thường trực"). */
const TITLE_ROOM = 32;

/** Is this the title of a body's head ("Giám đốc", "Bộ trưởng": signatures.json titles)? */
function isTitle(lex: Lexicons, words: string): boolean {
  const key = foldKey(words);
  return key !== '' && lex.signatures.titles.some((t) => foldKey(t) === key);
}

/**
 * "chỉ đạo của Thủ tướng Chính phủ tại Công điện số ...": the issuer named just before, with the title of its
 * head when the text names the head ("đề nghị của Giám đốc Sở Y tế tại Tờ trình số ...": signatures.json titles).
 */
function issuerBefore(reading: Reading, start: number, agencies: AgencyMention[]): string | null {
  const { text, folded, lex } = reading;
  for (const a of agencies) {
    if (a.citation.end > start || start - a.citation.end > 12) continue;
    if (!/^[\s\u00a0]+(?:tai|theo)[\s\u00a0]+$/u.test(folded.slice(a.citation.end, start))) continue;
    if (/cua[\s\u00a0]+$/u.test(folded.slice(Math.max(0, a.citation.start - 8), a.citation.start))) return a.citation.quote;
    const lead = /cua[\s\u00a0]+([^,.;:()\n]+?)[\s\u00a0]+$/u.exec(folded.slice(Math.max(0, a.citation.start - TITLE_ROOM), a.citation.start));
    if (lead && isTitle(lex, lead[1])) {
      const titleStart = a.citation.start - lead[0].length + lead[0].indexOf(lead[1]);
      return text.slice(titleStart, a.citation.end);
    }
  }
  return null;
}

/** "CV số 123/SYT-NV", "QĐ số 45/...": a kind's symbol written for its word, before "số". */
const ABBREVIATED_KIND = /(?<![\p{L}\p{N}])(\p{Lu}{2,3})[\s\u00a0]+(?:[Ss]ố|[Ss]o)[\s\u00a0]*:?[\s\u00a0]*$/u;

function abbreviatedKind(text: string, numberStart: number): string[] {
  const m = ABBREVIATED_KIND.exec(text.slice(Math.max(0, numberStart - 16), numberStart));
  return m ? [m[1]] : [];
}

const shortPatterns = new WeakMap<Reading['lex'], RegExp>();

/**
 * "Chỉ thị 16", "Nghị quyết số 128": a national document cited by its kind and serial alone, as provinces cite
 * the few everyone knows. The serial is completed from the catalogue (seeds/national-documents.json) when one
 * document of that kind has it; one issued by someone else ("Chỉ thị số 16 của Tỉnh ủy") is not that one.
 */
function shortCitations(reading: Reading, to: number, agencies: AgencyMention[], year: number | null): Reference[] {
  const { text, folded, lex } = reading;
  let re = shortPatterns.get(lex);
  if (!re) {
    re = new RegExp(String.raw`(?<![a-z0-9])(${kindWordsPattern(lex.documentKinds, false)})[\s\u00a0]+(?:so[\s\u00a0]*)?(\d{1,4})(?![\d\p{L}]|[\s\u00a0]*[-–/][\s\u00a0]*[\p{L}\d]|[\s\u00a0]*,[\s\u00a0]*\d|\.\d)`, 'gu');
    shortPatterns.set(lex, re);
  }
  const catalogue = loadNationalDocuments();
  const out: Reference[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m && m.index < to; m = re.exec(folded)) {
    const kind = kindByWord(lex.documentKinds, m[1]);
    const serial = Number(m[2]);
    const matches = catalogue.filter((d) => d.kind === kind?.code && Number(/^\d+/.exec(d.number)?.[0]) === serial);
    if (matches.length !== 1) continue;
    // "Chỉ thị số 16 ngày 31/3/2020 của Thủ tướng Chính phủ": the date it is given, then whose it is.
    const day = dateAfterNumber(folded, m.index + m[0].length, year);
    // Another date names another document of that serial (a province's own "Chỉ thị số 16 ngày 05/8/2021").
    if (day && day.iso !== matches[0].issuedOn) continue;
    const end = day?.end ?? m.index + m[0].length;
    const of = /^[\s\u00a0]*,?[\s\u00a0]*cua[\s\u00a0]+(\S+(?:[\s\u00a0]+\S+)?)/u.exec(folded.slice(end, end + 40));
    if (of && !/^(?:thu tuong|chinh phu|bo\b|ban chi dao quoc gia)/u.test(of[1])) continue;
    // "Chỉ thị 16 của Thủ tướng Chính phủ": the issuer as the text names it.
    const after = of ? issuerAfter(reading, end, agencies) : null;
    out.push({ number: matches[0].number, kind: kind!.code, issuer: after?.issuer ?? null, issuedOn: day?.iso ?? null, citation: cite(text, m.index, after?.end ?? end, 'reference.short') });
  }
  return out;
}

const sharedPatterns = new WeakMap<Reading['lex'], RegExp>();

/**
 * "các Chỉ thị số 15, 16, 19/CT-TTg", "Công văn số 2410, 2411/UBND-KGVX ngày 15/8/2021": serials listed before a
 * number share its symbol, so each is a document of its own, of the kind word that opens the list. Their offsets,
 * to cite each where it is written, and that kind word as written.
 */
function sharedSymbolSerials(reading: Reading, numberStart: number): { kindWord: string | null; serials: { serial: string; start: number; end: number }[] } {
  const { text, folded, lex } = reading;
  let re = sharedPatterns.get(lex);
  if (!re) {
    re = new RegExp(String.raw`(?<![a-z0-9])(${kindWordsPattern(lex.documentKinds, false)})[\s ]+(?:so[\s ]*)?((?:\d{1,5}[\s ]*(?:,|va)[\s ]*)+)$`, 'u');
    sharedPatterns.set(lex, re);
  }
  const from = Math.max(0, numberStart - 80);
  const m = re.exec(folded.slice(from, numberStart));
  if (!m) return { kindWord: null, serials: [] };
  const listStart = numberStart - m[2].length;
  return {
    kindWord: text.slice(from + m.index, from + m.index + m[1].length),
    serials: [...m[2].matchAll(/\d{1,5}/gu)].map((d) => ({ serial: d[0], start: listStart + d.index!, end: listStart + d.index! + d[0].length })),
  };
}

/** Nothing but a comma or "và" between two citations of a list. */
const LIST_JOIN = /^[\s\u00a0]*(?:,|;)?[\s\u00a0]*(?:va[\s\u00a0]+)?$/u;

/**
 * "Chỉ thị số 15/CT-TTg, Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ": one "của" phrase after a list of
 * documents of one kind names the issuer of each. The citations before the last one, written without an
 * issuer and joined to it by commas or "và", take it. So do documents of other kinds whose symbols name the same
 * issuer ("Kế hoạch số 120/KH-UBND ..., Thông báo số 41/TB-UBND ... của UBND tỉnh"), not those of another
 * ("Quyết định số 2686/QĐ-BCĐQG và Công văn số 5599/BYT-MT của Bộ Y tế").
 */
function namedTogether(folded: string, out: Reference[], issuer: string, lex: Reading['lex']): void {
  const last = out[out.length - 1];
  const issuerSymbol = (number: string) => numberSymbols(lex.documentKinds, findDocumentNumbers(number, 0, number.length)[0]?.symbols ?? []).issuerSymbol;
  const lastIssuer = issuerSymbol(last.number);
  for (let i = out.length - 2; i >= 0; i--) {
    const r = out[i];
    const next = out[i + 1];
    const alike = r.kind === last.kind || (lastIssuer !== undefined && issuerSymbol(r.number) === lastIssuer);
    if (r.issuer !== null || r.kind === null || !alike || !LIST_JOIN.test(folded.slice(r.citation.end, next.citation.start))) return;
    r.issuer = issuer;
  }
}

/** How far before "số" the noun a number is given to may stand ("Tổ COVID cộng đồng số 3/KP5"). */
const NOT_DOCUMENT_REACH = 40;
const notDocuments = new WeakMap<Reading['lex'], RegExp>();

/** A notDocumentNouns noun, then up to three words, ending where "số" starts (folded). */
function notDocument(reading: Reading): RegExp {
  let re = notDocuments.get(reading.lex);
  if (!re) {
    const nouns = reading.lex.documentKinds.notDocumentNouns;
    re = nouns.length ? new RegExp(`(?:^|[^\\p{L}])(?:${foldedAlternation(nouns)})(?:[\\s\\u00a0]+[\\p{L}\\d-]+){0,3}[\\s\\u00a0]+$`, 'u') : /(?!)/u;
    notDocuments.set(reading.lex, re);
  }
  return re;
}

/** A citation read, as the next one in its list may need it: where it ends, the kind its word names, whether it is dated. */
interface PreviousCitation {
  end: number;
  namedKind: Reference['kind'];
  dated: boolean;
  refs: Reference[];
}

/** Every document the body cites, once each, with the mention that says most about it. */
export function findReferences(reading: Reading, found: FoundFacts): Reference[] {
  const { text, folded, lex } = reading;
  const { ownNumber, year } = found.context;
  const own = ownNumber ? documentNumberKey(ownNumber) : null;
  const out: Reference[] = [];
  // A list of related documents around the text cites nothing (agencies/regions.ts).
  const sidebars = sidebarSpans(reading);
  // The citation read before, while the next may still share its kind word or lend it its date.
  const read: { previous: PreviousCitation | null } = { previous: null };
  for (const c of findCitedDocuments(reading, { to: reading.bodyEnd, year })) {
    if (own && documentNumberKey(c.number) === own) continue;
    if (sidebars.some((s) => s.start <= c.start && c.start < s.end)) continue;
    // "Mẫu số 02/GĐĐ-CA", "chốt kiểm dịch số 4/QL37": without a kind word, a number given to something else.
    if (!c.kindWord && notDocument(reading).test(folded.slice(Math.max(0, c.start - NOT_DOCUMENT_REACH), c.start))) continue;
    // Without metadata, "Số 11 - TB/BCĐ" heading the text is the document's own number.
    if (!own && !c.kindWord && c.start < 600 && /(^|\n)[\s\u00a0*|]*$/.test(folded.slice(Math.max(0, c.start - 10), c.start)) && /^so/.test(folded.slice(c.start, c.numberStart))) continue;
    const symbols = findDocumentNumbers(text, c.numberStart, c.numberEnd)[0]?.symbols ?? [];
    const suffix = c.number.replace(/^\d+/u, '');
    const listed = suffix.startsWith('/') ? sharedSymbolSerials(reading, c.numberStart) : { kindWord: null, serials: [] };
    // The kind word in front ("Công điện"), or the one that opens its list of serials, wins over the symbol,
    // unless any document is called so ("văn bản số 3702/QĐ-BYT" is a decision).
    const kindWord = c.kindWord ?? listed.kindWord;
    const generic = kindWord !== null && lex.documentKinds.genericWords.some((w) => foldKey(w) === foldKey(kindWord));
    const bySymbol = numberSymbols(lex.documentKinds, symbols.slice(0, 1)).kind;
    // "Công văn số 5599/BYT-MT ngày 14/7/2021 và số 6288/BYT-MT ...": a number listed after another without a
    // kind word is of the kind that one's word names, unless its symbol says otherwise; "các văn bản số 4117/HD-SYT
    // và số 4182/SYT-NVY" names none.
    const { previous } = read;
    const listedAfter = previous !== null && kindWord === null && LIST_JOIN.test(folded.slice(previous.end, c.start)) ? previous : null;
    const kindCode: Reference['kind'] =
      (
        (generic ? bySymbol : undefined) ??
        (kindWord ? kindByWord(lex.documentKinds, kindWord) : undefined) ??
        bySymbol ??
        numberSymbols(lex.documentKinds, abbreviatedKind(text, c.numberStart)).kind
      )?.code ??
      listedAfter?.namedKind ??
      null;
    // "Công văn số 1450/UBND-VX và 1451/UBND-VX ngày 20/10/2021": the date after the last number dates the pair.
    if (listedAfter && !listedAfter.dated && c.date) for (const r of listedAfter.refs) r.issuedOn = c.date;
    let stop = c.end;
    let issuer: string | null = null;
    const after = issuerAfter(reading, stop, found.agencies);
    if (after) {
      issuer = after.issuer;
      stop = after.end;
    } else {
      issuer = issuerBefore(reading, c.start, found.agencies);
    }
    const rule = c.kindWord ? 'reference.kind-number' : 'reference.number';
    // A date after the last number dates the list ("Công văn số 2410, 2411/UBND-KGVX ngày 15/8/2021").
    const before = out.length;
    for (const s of listed.serials) {
      out.push({ number: `${s.serial}${suffix}`, kind: kindCode, issuer, issuedOn: c.date, citation: cite(text, s.start, s.end, 'reference.shared-symbol') });
    }
    out.push({ number: c.number, kind: kindCode, issuer, issuedOn: c.date, citation: cite(text, c.start, stop, rule) });
    if (after) namedTogether(folded, out, issuer!, lex);
    const namedKind = kindWord && !generic ? (kindByWord(lex.documentKinds, kindWord)?.code ?? null) : (listedAfter?.namedKind ?? null);
    read.previous = { end: c.end, namedKind, dated: c.date !== null, refs: out.slice(before) };
  }
  out.push(...shortCitations(reading, reading.bodyEnd, found.agencies, year ?? null).filter((r) => !sidebars.some((s) => s.start <= r.citation.start && r.citation.start < s.end)));
  // One reference per document: the mention that says most about it.
  const best = new Map<string, Reference>();
  const score = (r: Reference) => (r.kind ? 1 : 0) + (r.issuer ? 1 : 0) + (r.issuedOn ? 1 : 0);
  for (const r of out) {
    const k = documentNumberKey(r.number);
    const prev = best.get(k);
    if (!prev || score(r) > score(prev)) best.set(k, r);
  }
  return [...best.values()].sort((a, b) => a.citation.start - b.citation.start);
}
