// Is this text a directive of the genre at all? An upload can be anything: a news story, an HTML page saved by
// mistake, a recipe. A directive identifies itself (kind or number), has an issuer, gives instructions (a
// clause structure or instruction verbs) and, in this corpus, talks about the epidemic.
import type { ClauseSpan, CleanedText, DirectiveMetadata } from '../document';
import { fold } from '../../text/fold';
import { IngestionError } from '../errors';
import { EPIDEMIC_TERMS, INSTRUCTION_TERMS } from './data/vocabulary';

/** Below these counts the vocabulary is incidental, not the subject of the text. */
const MIN_EPIDEMIC_TERMS = 3;
const MIN_INSTRUCTION_TERMS = 3;
const MIN_CLAUSES = 2;
const MIN_HTML_TAGS = 5;

/** One regex per term, built once: the vocabulary is fixed, and this runs for every upload. */
const termRegexes = new Map<string, RegExp>();

function termRegex(term: string): RegExp {
  let re = termRegexes.get(term);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'g');
    termRegexes.set(term, re);
  }
  return re;
}

function count(folded: string, terms: readonly string[]): number {
  let n = 0;
  for (const term of terms) n += folded.match(termRegex(term))?.length ?? 0;
  return n;
}

export function assertDirective(cleaned: CleanedText, clauses: ClauseSpan[], metadata: DirectiveMetadata): void {
  const tags = cleaned.text.match(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi)?.length ?? 0;
  if (tags >= MIN_HTML_TAGS) {
    throw new IngestionError('NOT_A_DIRECTIVE', `no recognisable directive: the file is HTML markup (${tags} tags), not a directive's text`);
  }

  const folded = fold(cleaned.text);
  const epidemic = count(folded, EPIDEMIC_TERMS);
  const instructions = count(folded, INSTRUCTION_TERMS);
  const signals = {
    identity: metadata.kind.value !== null || metadata.number.value !== null,
    issuer: metadata.issuer.value !== null,
    structure: clauses.length >= MIN_CLAUSES || instructions >= MIN_INSTRUCTION_TERMS,
    epidemic: epidemic >= MIN_EPIDEMIC_TERMS,
  };

  const missing: string[] = [];
  if (!signals.identity) missing.push('no document kind or number (THÔNG BÁO, CÔNG VĂN, "Số ...")');
  if (!signals.issuer) missing.push('no issuing body (Tỉnh ủy, UBND, Ban Chỉ đạo...)');
  if (!signals.structure) missing.push(`no instructions (${clauses.length} numbered clauses, ${instructions} instruction verbs)`);
  if (!signals.epidemic) missing.push(`no epidemic vocabulary (${epidemic} COVID-19/phòng, chống dịch terms)`);

  // The epidemic subject is required; of the three marks of a directive, two are enough, since OCR can
  // destroy a letterhead and short letters have no numbered clauses.
  const marks = [signals.identity, signals.issuer, signals.structure].filter(Boolean).length;
  if (!signals.epidemic || marks < 2) {
    throw new IngestionError('NOT_A_DIRECTIVE', `no recognisable directive: ${missing.join('; ')}`);
  }
}
