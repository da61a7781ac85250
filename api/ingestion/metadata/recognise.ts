// Is this text a public body's COVID-19 directive at all? An upload can be anything: a news story, an HTML page
// saved by mistake, a recipe, an English text. Real directives reach us without letterheads (portal reprints
// that start at "Thực hiện Công điện số…"), as law-library tables, as press releases, damaged by OCR: so only
// what is truly not one is refused, each with its reason: a whole web page, a text that is not Vietnamese, a
// text that never mentions the epidemic or is about another disease, a private body's letterhead or its customers
// as addressees, a court's judgment, a text with neither an issuer nor an instruction nor a number of its own.
import type { DirectiveMetadata } from '../../domain/directive';
import { IngestionError } from '../errors';
import { isKnownToken } from '../quality';
import { isCapsLine } from '../clean/line-shape';
import { PhraseMatcher, view } from '../phrases/patterns';
import type { Lexicons } from '../lexicons';
import { numberSymbols } from '../lexicons/document-kinds';
import { documentNumberAt } from '../../text/document-number';
import type { Reading } from '../reading';

const MIN_HTML_TAGS = 5;
const MIN_CLAUSES = 2;
/** Below this share of Vietnamese syllables (numbers and known acronyms count), a text is in another language. */
const MIN_VIETNAMESE_SHARE = 0.6;
/** Too few words to judge the language of. */
const MIN_WORDS_TO_JUDGE = 20;

const matchers = new WeakMap<
  Lexicons,
  {
    epidemic: PhraseMatcher;
    notEpidemic: PhraseMatcher;
    covid: PhraseMatcher;
    otherDisease: PhraseMatcher;
    instruction: PhraseMatcher;
    privateBody: PhraseMatcher;
    privateAddressee: PhraseMatcher;
    judicial: PhraseMatcher;
    nonDirectiveTitle: PhraseMatcher;
  }
>();

function terms(lex: Lexicons) {
  let m = matchers.get(lex);
  if (!m) {
    const r = lex.recognition;
    m = {
      epidemic: new PhraseMatcher(r.epidemicTerms),
      notEpidemic: new PhraseMatcher(r.epidemicTermsExcept),
      covid: new PhraseMatcher(r.covidTerms),
      otherDisease: new PhraseMatcher(r.otherDiseases),
      instruction: new PhraseMatcher(r.instructionTerms),
      privateBody: new PhraseMatcher(r.privateLetterheads),
      privateAddressee: new PhraseMatcher(r.privateAddressees),
      judicial: new PhraseMatcher(r.judicialHeadings),
      nonDirectiveTitle: new PhraseMatcher(r.nonDirectiveTitles),
    };
    matchers.set(lex, m);
  }
  return m;
}

function vietnameseShare(text: string, lex: Lexicons): { share: number; words: number } {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { share: 0, words: 0 };
  const known = words.filter((w) => isKnownToken(w, lex)).length;
  return { share: known / words.length, words: words.length };
}

/** A letterhead line without the national motto printed beside it. */
const withoutMotto = (line: string) => line.replace(/\s*(?:\|\s*)?CỘNG HÒA XÃ HỘI.*$/iu, '').trim();

export function assertDirective(reading: Reading, metadata: DirectiveMetadata): void {
  const refuse = (why: string): never => {
    throw new IngestionError('NOT_A_DIRECTIVE', `no recognisable directive: ${why}`);
  };
  const tags = reading.text.match(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi)?.length ?? 0;
  if (tags >= MIN_HTML_TAGS) refuse(`the file is HTML markup (${tags} tags), not a directive's text`);

  const language = vietnameseShare(reading.text, reading.lex);
  if (language.words >= MIN_WORDS_TO_JUDGE && language.share < MIN_VIETNAMESE_SHARE) {
    refuse(`the text is not Vietnamese (${Math.round(language.share * 100)}% of its ${language.words} words are Vietnamese syllables)`);
  }

  // "CÔNG TY TNHH MAY MẶC PHÚ THỊNH" heading the page: an employer's notice, however official its layout. Under
  // a newsletter's own title ("BẢN TIN KHÁCH HÀNG") the company comes second: with no public issuer found,
  // a later line of the header in capitals that opens with one names who speaks (a news title in sentence
  // case, "Công ty may ... phải tạm dừng hoạt động", reports on it, even as the first line when the lead names a
  // public issuer).
  const t = terms(reading.lex);
  const heads = reading.header.filter((l) => l.text.trim() !== '');
  const letterhead = heads.find(
    (l, i) => t.privateBody.startAt(reading, l.start, 40) >= 0 && (i === 0 ? isCapsLine(l.text) || metadata.issuer.value === null : metadata.issuer.value === null && isCapsLine(l.text)),
  );
  if (letterhead) {
    refuse(`the letterhead names a private body (${withoutMotto(letterhead.text)}), not a public body`);
  }
  // "TÒA ÁN NHÂN DÂN HUYỆN ..." over "BẢN ÁN SỐ ...": a court's judgment, however much it says of the epidemic.
  // Only a heading in capitals counts: a directive names courts among its addressees.
  const judicial = heads.find((l) => isCapsLine(l.text) && t.judicial.startAt(reading, l.start, 60) >= 0);
  if (judicial) refuse(`the text is a court's or a prosecutor's (${withoutMotto(judicial.text)}), not a directive`);
  // "BẢN TIN TÌNH HÌNH DỊCH COVID-19", "THÔNG BÁO MỜI THẦU": a title in capitals that says the text orders nobody,
  // unless another line titles it a directive ("BẢN TIN SỐ 07" over a mailed "KẾ HOẠCH").
  const kindAt = metadata.kind.value === null ? null : metadata.kind.start ?? null;
  const title = heads.find(
    (l) => isCapsLine(l.text) && t.nonDirectiveTitle.startAt(reading, l.start, 60) >= 0 && (metadata.kind.value === null || (kindAt !== null && l.start <= kindAt && kindAt < l.end)),
  );
  if (title) refuse(`its title (${withoutMotto(title.text)}) is a bulletin's, a tender's or a recruitment's, not a directive's`);
  // "Kính gửi: Quý khách hàng và đối tác": a business writing to its customers, when no public body is named.
  const customers = metadata.issuer.value === null ? metadata.recipients.find((r) => t.privateAddressee.startAt(view(r), 0, 40) >= 0) : undefined;
  if (customers) refuse(`no public issuer, and the text is addressed to customers or residents (${customers}), as a business or a building's board writes`);

  // "Số: 245/BC-UBND" under "BÁO CÁO": a report, an invitation or a submission numbered as such, and titled as no
  // directive, orders nobody (document-kinds.json "directive": false).
  const own = metadata.number.value !== null && metadata.kind.value === null && metadata.number.start !== undefined ? documentNumberAt(reading.text, metadata.number.start) : null;
  const ownKind = own ? numberSymbols(reading.lex.documentKinds, own.symbols).kind : undefined;
  if (ownKind && !ownKind.directive) refuse(`its own number (${metadata.number.value}) marks a document that is no directive (${ownKind.label}), and no title makes it one`);

  const { recognition } = reading.lex;
  // "dịch vụ công", "các giao dịch": the syllable of "dịch" in words of services and trade is no epidemic.
  const notEpidemic = t.notEpidemic.all(reading);
  const epidemic = t.epidemic.all(reading).filter((h) => !notEpidemic.some((n) => n.start <= h.start && h.end <= n.end)).length;
  if (epidemic < recognition.minEpidemicTerms) refuse('the text never mentions the epidemic (COVID-19, phòng, chống dịch, xét nghiệm, cách ly...)');
  // A letter against dengue or swine fever orders tests, isolation and "phòng, chống dịch" too, but never names
  // what only COVID-19 has.
  const other = t.otherDisease.all(reading)[0];
  if (other && !t.covid.test(reading, 0, reading.text.length)) {
    refuse(`the text is about another disease (${reading.text.slice(other.start, other.end)}) and names nothing only COVID-19 has`);
  }

  const instructions = t.instruction.all(reading).length;
  // Numbered steps alone are not orders (a recipe has them): a directive words at least one of them as one.
  const instructs = instructions >= recognition.minInstructionTerms || (reading.clauses.length >= MIN_CLAUSES && instructions >= 1);
  const identified = metadata.kind.value !== null || metadata.number.value !== null;
  if (!instructs && metadata.issuer.value === null && !identified) {
    refuse(
      `no issuing body (Tỉnh ủy, UBND, Ban Chỉ đạo...), no document kind or number, and no instructions ` +
        `(${reading.clauses.length} numbered clauses, ${instructions} instruction verbs)`,
    );
  }
}
