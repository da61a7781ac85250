import { cite } from './citation';
import { dayAt } from './dates';
import type { AgencyMention, Reference } from './facts';
import type { Lexicons } from './lexicons';
import { foldKey, phraseSource } from './patterns';

// Other documents a directive cites: "Công điện số 1699/CĐ-TTg, ngày 02/12/2020 của Thủ tướng Chính phủ".
// A number is digits, "-" or "/", then symbol segments in capitals ("CĐ-TTg", "TB/TU", "UBND-VX"): state
// documents put the kind symbol after "/" ("1699/CĐ-TTg"), party documents before it ("362-TB/TU"); either
// way it is the first segment. The kind word in front ("Công điện") wins over the symbol when both exist.

const NUMBER_RE = /(?<![\p{L}\p{N}/.\-])\d{1,5}[a-z]?(?=[ \u00a0]*[-/][ \u00a0]*\p{Lu})/gu;
const SEGMENT_RE = /[ \u00a0]*[-/][ \u00a0]*(\p{Lu}[\p{L}&]*)/uy;

/** "11 - TB/BCĐ" -> "11-TB/BCĐ": spaces around the separators go, letters stay as written. */
export function normaliseNumber(raw: string): string {
  return raw.replace(/[ \u00a0]*([-/])[ \u00a0]*/g, '$1').trim();
}

/** Comparison key: no spaces, no diacritics ("CĐ" = "CD"), case-insensitive. */
export function numberKey(raw: string): string {
  return foldKey(normaliseNumber(raw).replace(/[-/]/g, ' '));
}

/** A symbol segment is an abbreviation: mostly capitals ("TTg", "BCĐ"), short, not an ordinary word. */
function isSymbol(segment: string): boolean {
  const upper = (segment.match(/\p{Lu}/gu) ?? []).length;
  const lower = (segment.match(/\p{Ll}/gu) ?? []).length;
  return segment.length <= 12 && upper >= 1 && upper >= lower;
}

interface Compiled {
  kindWords: RegExp;
  symbols: Map<string, string>;
  words: Map<string, string>;
}

const compiledCache = new WeakMap<Lexicons, Compiled>();

function compile(lex: Lexicons): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  const words = new Map<string, string>();
  const symbols = new Map<string, string>();
  for (const k of lex.documentKinds.kinds) {
    for (const w of k.words) words.set(foldKey(w), k.code);
    for (const s of k.symbols) symbols.set(foldKey(s), k.code);
  }
  const alternatives = lex.documentKinds.kinds.flatMap((k) => k.words).map((w) => phraseSource(w));
  alternatives.sort((a, b) => b.length - a.length);
  // Kind word, optional "số", right before the number.
  const kindWords = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${alternatives.join('|')})[\\s\\u00a0]+)?(?:so[\\s\\u00a0:.]*)?$`, 'u');
  c = { kindWords, symbols, words };
  compiledCache.set(lex, c);
  return c;
}

const ISSUER_STOP = /[,.;:()\n]|[\s\u00a0](?:va|ve|trong|tai|theo|da|de|nham|ve viec|v\/v)[\s\u00a0]/u;

function issuerAfter(text: string, folded: string, pos: number, agencies: AgencyMention[]): { issuer: string; end: number } | null {
  const m = /^[\s\u00a0]*,?[\s\u00a0]*cua[\s\u00a0]+/u.exec(folded.slice(pos, pos + 20));
  if (!m) return null;
  const from = pos + m[0].length;
  const agency = agencies.find((a) => a.citation.start === from);
  if (agency) return { issuer: agency.citation.quote, end: agency.citation.end };
  if (!/\p{Lu}/u.test(text[from] ?? '')) return null;
  const stop = ISSUER_STOP.exec(folded.slice(from, from + 80));
  const to = from + (stop ? stop.index : Math.min(60, text.length - from));
  const issuer = text.slice(from, to).trim();
  return issuer ? { issuer, end: from + text.slice(from, to).trimEnd().length } : null;
}

/** "chỉ đạo của Thủ tướng Chính phủ tại Công điện số ...": the issuer named just before. */
function issuerBefore(folded: string, start: number, agencies: AgencyMention[]): string | null {
  for (const a of agencies) {
    if (a.citation.end > start || start - a.citation.end > 12) continue;
    if (!/^[\s\u00a0]+(?:tai|theo)[\s\u00a0]+$/u.test(folded.slice(a.citation.end, start))) continue;
    if (/cua[\s\u00a0]+$/u.test(folded.slice(Math.max(0, a.citation.start - 8), a.citation.start))) return a.citation.quote;
  }
  return null;
}

export interface ReferenceOptions {
  ownNumber: string | null;
  year: number | null;
  /** Search text[0, end): the distribution list after "Nơi nhận" is not cited documents. */
  end?: number;
  /** Agency mentions of the same text, used to cut issuers at a whole name. */
  agencies?: AgencyMention[];
}

export function findReferences(text: string, folded: string, lex: Lexicons, options: ReferenceOptions): Reference[] {
  const c = compile(lex);
  const end = options.end ?? text.length;
  const agencies = options.agencies ?? [];
  const own = options.ownNumber ? numberKey(options.ownNumber) : null;
  const found: Reference[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m && m.index < end; m = NUMBER_RE.exec(text)) {
    // Symbol segments follow while they look like abbreviations; an ordinary word is the sentence going on.
    const segments: string[] = [];
    let numberEnd = m.index + m[0].length;
    SEGMENT_RE.lastIndex = numberEnd;
    for (let sm = SEGMENT_RE.exec(text); sm && isSymbol(sm[1]); sm = SEGMENT_RE.exec(text)) {
      segments.push(sm[1]);
      numberEnd = sm.index + sm[0].length;
    }
    if (segments.length === 0) continue;
    NUMBER_RE.lastIndex = numberEnd;
    const number = normaliseNumber(text.slice(m.index, numberEnd));
    const key = numberKey(number);
    if (own && key === own) continue;

    const lead = c.kindWords.exec(folded.slice(Math.max(0, m.index - 40), m.index));
    const leadText = lead ? lead[0] : '';
    // Without metadata, "Số 11 - TB/BCĐ" heading the text is the document's own number.
    if (!own && !lead?.[1] && /(^|\n)[\s\u00a0*]*so[\s\u00a0:.]*$/.test(folded.slice(Math.max(0, m.index - 10), m.index)) && m.index < 600) continue;
    const start = m.index - leadText.length;
    const kindFromWord = lead?.[1] ? c.words.get(foldKey(text.slice(start, start + lead[1].length))) ?? null : null;
    const kind = kindFromWord ?? c.symbols.get(foldKey(segments[0])) ?? null;

    let stop = numberEnd;
    let issuedOn: string | null = null;
    const dateLead = /^[\s\u00a0]*,?[\s\u00a0]*(?:ban[\s\u00a0]+hanh[\s\u00a0]+)?/u.exec(folded.slice(stop, stop + 20));
    const day = dayAt(folded.slice(stop + (dateLead?.[0].length ?? 0)), options.year);
    if (day && /^[\s\u00a0]*,?[\s\u00a0]*(?:ban[\s\u00a0]+hanh[\s\u00a0]+)?ngay/u.test(folded.slice(stop, stop + 30))) {
      issuedOn = day.iso;
      stop += (dateLead?.[0].length ?? 0) + day.length;
    }
    let issuer: string | null = null;
    const after = issuerAfter(text, folded, stop, agencies);
    if (after) {
      issuer = after.issuer;
      stop = after.end;
    } else {
      issuer = issuerBefore(folded, start, agencies);
    }
    found.push({ number, kind, issuer, issuedOn, citation: cite(text, start, stop, lead?.[1] ? 'reference.kind-number' : 'reference.number') });
  }
  // One reference per document: the mention that says most about it.
  const best = new Map<string, Reference>();
  const score = (r: Reference) => (r.kind ? 1 : 0) + (r.issuer ? 1 : 0) + (r.issuedOn ? 1 : 0);
  for (const r of found) {
    const k = numberKey(r.number);
    const prev = best.get(k);
    if (!prev || score(r) > score(prev)) best.set(k, r);
  }
  return [...best.values()].sort((a, b) => a.citation.start - b.citation.start);
}
