import type { Reading } from '../../reading';
import { cite } from '../citation';
import type { Slogan, SloganKind, SloganMention } from '../../../domain/facts';
import type { Lexicons, SloganEntry } from '../../lexicons';
import { endsWithRegex, findAll, foldKey, PhraseMatcher, phrasesRegex, syllableCount, view } from '../../phrases/patterns';
import { renditionQuality } from '../../quality';
import { findQuoted, isQuoted, type QuotedSpan } from '../quotes';
import { cueBefore, opensWithCue, type Cue } from './cues';
import { isNearMiss } from './near-miss';
import { findNumericSlogans, ordinalAt } from './numbers';
import { findSimiles } from './similes';
import { findListedSlogans } from './listed';
import { findColonSlogans } from './after-colon';
import { isBalanced } from './parallels';
import { isAbandoned } from './abandoned';
import { wordsOf, writtenWithoutMarks } from './words';
import { escapeRegExp } from '../../../text/regexp';
import { findTimeExpressions } from '../../../text/dates';
import { findDocumentNumbers } from '../../../text/document-number';

// Rules that find slogans:
//  - slogan.lexicon: a known slogan in any spelling, quoted or not ("tuân thủ nghiêm ngặt 5K");
//  - slogan.quoted-cue: a phrase in quotation marks right after a cue word ("phương châm", "chiến lược",
//    "mục tiêu", "thông điệp"...), or continuing a list of such phrases ('phương châm “3 trước”, “4 tại chỗ”');
//  - slogan.numeric: a number and a short phrase that is not a count ("2 không", "1 vùng 3 chốt"), see
//    numbers.ts;
//  - slogan.simile: "chống dịch như chống giặc" and quoted comparisons, see similes.ts;
//  - slogan.balanced: a quoted phrase of parallel parts without a cue ("vừa chống dịch, vừa phát triển kinh
//    tế"), see parallels.ts;
//  - slogan.listed: an unquoted item of a list under a heading that names banners ("MỘT SỐ KHẨU HIỆU TUYÊN
//    TRUYỀN" / "1. Tết an toàn - Xuân trọn niềm vui!"), see listed.ts.
// Other quoted words without a cue ("xanh", "chiến sỹ", "thời điểm vàng", "pháo đài") are ordinary words in quotes.
// A cued phrase must have at least minSyllables syllables (so 'mô hình “cuốn chiếu”', a manner of working,
// is not a slogan), must read as Vietnamese (phrase quality), must not name a thing ('mô hình “siêu thị 0
// đồng”': notSloganHeads) and must not be one OCR slip away from a known slogan: '"5 trước"' in the OCR of a
// notice whose portal text says "3 trước" is neither corrected to "3 trước" (that would invent a mention) nor
// reported as a new slogan. A slogan the text leaves behind ('từ mục tiêu “không có COVID-19” sang ...') is
// not a mention (abandoned.ts). Found by shape, a slogan is unreviewed: no gloss until a researcher
// adds it to the lexicon.

interface Compiled {
  known: { entry: SloganEntry; re: RegExp; keys: string[] }[];
  notSlogans: Set<string>;
  notSloganHeads: string[];
  /** A title word ending right before a quote ('Kế hoạch “...”'). */
  titleWord: RegExp;
  /** A title word or a document kind's word (document-kinds.json) and a number, on a folded quote: it names a document ("Chỉ thị 16", "Công điện 1102"). */
  titleNumber: RegExp;
  /** Instruction verbs (strength.json "actions"): a quote opening with one orders. */
  action: PhraseMatcher;
}

const compiledCache = new WeakMap<Lexicons, Compiled>();

function compile(lex: Lexicons): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  c = {
    known: lex.slogans.slogans.map((entry) => ({ entry, re: phrasesRegex(entry.variants), keys: entry.variants.map((v) => foldKey(v)) })),
    notSlogans: new Set(lex.slogans.notSlogans.map((n) => foldKey(n.phrase))),
    notSloganHeads: lex.slogans.notSloganHeads.words.map((w) => foldKey(w)),
    titleWord: endsWithRegex(lex.slogans.titleWords),
    titleNumber: new RegExp(`^(?:${[...lex.slogans.titleWords, ...lex.documentKinds.kinds.flatMap((k) => k.words)].map((w) => escapeRegExp(foldKey(w))).join('|')}) \\d`),
    action: new PhraseMatcher(lex.strength.actions),
  };
  compiledCache.set(lex, c);
  return c;
}

interface Found {
  key: string;
  canonical: string;
  kind: SloganKind;
  gloss: string | null;
  expansion: string[] | null;
  reviewed: boolean;
  mention: SloganMention;
}

function knownMentions(text: string, folded: string, end: number, c: Compiled, lex: Lexicons): Found[] {
  const out: Found[] = [];
  for (const { entry, re } of c.known) {
    for (const hit of findAll(re, folded, 0, end)) {
      // "1,2K" lượt thích is a count of reactions, not "2K".
      if (/\d[.,]$/u.test(text.slice(Math.max(0, hit.start - 2), hit.start))) continue;
      if (/^\d/u.test(entry.canonical) && ordinalAt(text, hit.start, lex)) continue;
      const quoted = isQuoted(text, hit.start, hit.end);
      if (entry.requireQuotes && !quoted) continue;
      out.push({
        key: `lexicon:${entry.canonical}`,
        canonical: entry.canonical,
        kind: entry.kind,
        gloss: entry.gloss,
        expansion: entry.expansion,
        reviewed: true,
        mention: { citation: cite(text, hit.start, hit.end, 'slogan.lexicon'), quoted },
      });
    }
  }
  return out;
}

/** Found by shape: unreviewed, no gloss, keyed by its folded form so spellings of one slogan meet. */
function byShape(text: string, start: number, end: number, canonical: string, kind: SloganKind, rule: string, quoted: boolean): Found {
  return {
    key: `shape:${foldKey(canonical)}`,
    canonical,
    kind,
    gloss: null,
    expansion: null,
    reviewed: false,
    mention: { citation: cite(text, start, end, rule), quoted },
  };
}

/**
 * 'phương châm "3 xanh" ("giữ vùng xanh, giữ nhà xanh, giữ người xanh")': a quote in parentheses right after
 * another spells that one out; it is no slogan of its own, listed or balanced.
 */
function spellsOut(reading: Reading, quotes: QuotedSpan[], i: number): boolean {
  return i > 0 && /^[\s\u00a0]*\($/u.test(reading.folded.slice(quotes[i - 1].close + 1, quotes[i].open));
}

/** How far before a quote its title word may end (spaces and markdown aside). */
const TITLE_WINDOW = 30;

/**
 * 'chiến dịch “Mùa hè xanh” theo Kế hoạch “Tiêm chủng an toàn”': a quote right after a title word names a
 * document, an app or a contest; it is no slogan and continues no list of slogans.
 */
function namesATitle(reading: Reading, q: QuotedSpan, c: Compiled): boolean {
  const before = reading.folded.slice(Math.max(0, q.open - TITLE_WINDOW), q.open).replace(/[\s\u00a0:*_]+$/u, '');
  return c.titleWord.test(before);
}

/** The cue governing each quoted phrase: its own, or the one of the list it continues; none for a title. */
function cuesOf(reading: Reading, quotes: QuotedSpan[], titles: boolean[]): (Cue | null)[] {
  const out: (Cue | null)[] = [];
  quotes.forEach((q, i) => {
    if (titles[i]) {
      out.push(null);
      return;
    }
    const own = cueBefore(reading, q.open, reading.lex);
    if (own) {
      out.push(own);
      return;
    }
    const prev = i > 0 ? quotes[i - 1] : null;
    const prevCue = i > 0 ? out[i - 1] : null;
    if (prev && prevCue) {
      const gap = reading.folded.slice(prev.close + 1, q.open);
      // A list goes on across "," or "và"; across ";" only from quote to quote ('khẩu hiệu: “...”; “...”').
      const listed = (!/[.;:!?\n]/.test(gap) && !breaksChain(reading.lower.slice(prev.close + 1, q.open), reading.lex)) || /^[\s\u00a0]*;[\s\u00a0]*$/u.test(gap);
      if (!spellsOut(reading, quotes, i) && gap.length <= reading.lex.slogans.rules.maxChainGap && listed) {
        out.push(prevCue);
        return;
      }
    }
    out.push(null);
  });
  return out;
}

/** Does a phrase of the lexicon's chainBreakers stand in the gap between two quotes (matched with its marks)? */
function breaksChain(gap: string, lex: Lexicons): boolean {
  const words = ` ${gap.normalize('NFC').split(/[^\p{L}]+/u).filter(Boolean).join(' ')} `;
  return lex.slogans.chainBreakers.some((w) => words.includes(` ${w} `));
}

/** Length rules: a short phrase needs minSyllables; a long one must be a chain of short parts. */
function fitsLength(phrase: string, lex: Lexicons): boolean {
  const rules = lex.slogans.rules;
  const syllables = syllableCount(phrase);
  // A digit makes a short phrase a motto's name ('khẩu hiệu “6K”'); a word alone is not ('“cuốn chiếu”').
  if (syllables < rules.minSyllables && !/\d/.test(phrase)) return false;
  if (syllables <= rules.maxSyllables) return true;
  // "phát hiện sớm, cách ly nhanh, khoanh vùng gọn, ...": a principle of many short parts.
  const parts = phrase.split(/[,;]/);
  return syllables <= rules.maxChainedSyllables && parts.length >= 3 && parts.every((p) => syllableCount(p) <= rules.maxChainPartSyllables);
}

/**
 * A motto's shape: a number ("3 không"), parts ("thần tốc, quyết liệt"), a copula ("Ở nhà là yêu nước"),
 * balance, or words said again ("giãn cách trong giãn cách", "nhà cách ly với nhà").
 */
function mottoShaped(phrase: string, maxPartSyllables: number): boolean {
  // A price names a thing given away ("Siêu thị mini 0 đồng"), no motto's number.
  if (/\p{N}/u.test(phrase.replace(/\d[\d.,]*[\s\u00a0]*(?:đồng|nghìn đồng|triệu đồng)(?![\p{L}])/gu, ''))) return true;
  if (phrase.split(/[,;–—]|\s-\s/u).filter((p) => p.trim() !== '').length >= 2) return true;
  if (/(?:^|\s)(?:là|như)\s/u.test(phrase.toLowerCase()) || isBalanced(phrase, maxPartSyllables)) return true;
  const words = foldKey(phrase).split(' ');
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return new Set(pairs).size < pairs.length || (words.length >= 3 && words[0] === words[words.length - 1]);
}

/**
 * A quote holding a day or a document's number is a title or a dated aim, not a motto: “Kết luận số 12-KL/TU ngày
 * 05/8/2021 của Thường trực Tỉnh ủy”, mục tiêu “đến ngày 15/10/2021 tiêm mũi 1 cho 80% người từ 18 tuổi”.
 */
function namesDayOrDocument(phrase: string): boolean {
  return findDocumentNumbers(phrase).length > 0 || findTimeExpressions(view(phrase).folded, null).some((t) => t.kind === 'DAY');
}

/** "COVID-19", "Covid 19", "SARS-CoV-2": the digits of the disease's and the virus's names. */
const DISEASE_NAME = /(?<![\p{L}])(?:covid|sars-cov)[\s-]*\d+/giu;

/** A quoted name of a thing: "vùng xanh", "siêu thị 0 đồng", "ATM gạo". */
function namesAThing(key: string, lex: Lexicons, c: Compiled): boolean {
  if (c.notSlogans.has(key)) return true;
  const words = key.split(' ');
  if (words.length > lex.slogans.notSloganHeads.maxSyllables) return false;
  return c.notSloganHeads.some((h) => key === h || key.startsWith(`${h} `));
}

function cuedMentions(reading: Reading, quotes: QuotedSpan[], cues: (Cue | null)[], c: Compiled): Found[] {
  const { text, lex } = reading;
  const rules = lex.slogans.rules;
  const out: Found[] = [];
  quotes.forEach((q, i) => {
    const cue = cues[i];
    if (!cue) return;
    const phrase = text.slice(q.start, q.end);
    const key = foldKey(phrase);
    // A phrase opening with a number is the numeric rule's ("3 sẵn sàng" yes, "03 chủ thể" no).
    if (/^\p{N}+(?: |$)/u.test(key)) return;
    if (!fitsLength(phrase, lex) || namesAThing(key, lex, c)) return;
    // "Chỉ thị 16" names a document; "Thông điệp 5K" holds its slogan after the cue word, which its own rule reads.
    if (c.titleNumber.test(key) || opensWithCue(key, lex)) return;
    // "“tăng cường 4 tại chỗ và 5 rõ”": an order to follow numeric mottos names them; their own rule reads them.
    // The disease's name is no number: "Tiêm vắc xin COVID-19 để cùng nhau trở lại cuộc sống bình thường".
    if (/\d/.test(phrase.replace(DISEASE_NAME, '')) && c.action.startAt(view(phrase), 0, 30) >= 0) return;
    if (/\d/.test(phrase) && namesDayOrDocument(phrase)) return;
    if (cue.shapedOnly && !mottoShaped(phrase, rules.maxChainPartSyllables)) return;
    if (renditionQuality(phrase, lex) < rules.minPhraseQuality) return;
    if (isNearMiss(key, c.known, rules.ocrNearMissRatio)) return;
    // A banner's exclamation mark is the quote's, not the slogan's name: “Tiền Giang chung sức - Đẩy lùi COVID-19!”.
    out.push(byShape(text, q.start, q.end, phrase.replace(/\s+/g, ' ').replace(/\s*!+$/u, ''), cue.kind, 'slogan.quoted-cue', true));
  });
  return out;
}

/** The kind the cue of a phrase gives (the cue of its quote, own or of its list); MOTTO without one. */
function kindOf(reading: Reading, start: number, quotes: QuotedSpan[], cues: (Cue | null)[]): SloganKind {
  const i = quotes.findIndex((q) => q.start === start);
  if (i >= 0) return cues[i]?.kind ?? 'MOTTO';
  return cueBefore(reading, start, reading.lex)?.kind ?? 'MOTTO';
}

/** Quoted phrases no cue governs that read as a balanced motto (parallels.ts). */
function balancedMentions(reading: Reading, quotes: QuotedSpan[], cues: (Cue | null)[], titles: boolean[], c: Compiled): Found[] {
  const { text, lex } = reading;
  const rules = lex.slogans.rules;
  const out: Found[] = [];
  quotes.forEach((q, i) => {
    if (cues[i] || titles[i] || spellsOut(reading, quotes, i)) return;
    const phrase = text.slice(q.start, q.end);
    const key = foldKey(phrase);
    if (!isBalanced(phrase, rules.maxChainPartSyllables) || !fitsLength(phrase, lex) || namesAThing(key, lex, c)) return;
    if (renditionQuality(phrase, lex) < rules.minPhraseQuality || isNearMiss(key, c.known, rules.ocrNearMissRatio)) return;
    out.push(byShape(text, q.start, q.end, phrase.replace(/\s+/g, ' '), 'MOTTO', 'slogan.balanced', true));
  });
  return out;
}

/** Unquoted items under a heading naming banners, held to the cued phrases' length and quality rules. */
function listedMentions(reading: Reading, c: Compiled): Found[] {
  const { text, lex } = reading;
  const rules = lex.slogans.rules;
  return findListedSlogans(reading, reading.bodyEnd).flatMap((l) => {
    const phrase = text.slice(l.start, l.end);
    const key = foldKey(phrase);
    if (/^\p{N}+(?: |$)/u.test(key) || !fitsLength(phrase, lex) || namesAThing(key, lex, c)) return [];
    if (renditionQuality(phrase, lex) < rules.minPhraseQuality || isNearMiss(key, c.known, rules.ocrNearMissRatio)) return [];
    return [byShape(text, l.start, l.end, phrase.replace(/\s+/g, ' '), l.kind, 'slogan.listed', false)];
  });
}

/** Unquoted phrases after a cue and a colon (after-colon.ts), kept in a motto's shape and the cued phrases' length and quality. */
function colonMentions(reading: Reading, c: Compiled): Found[] {
  const { text, lex } = reading;
  const rules = lex.slogans.rules;
  return findColonSlogans(reading, reading.bodyEnd).flatMap((l) => {
    const phrase = text.slice(l.start, l.end).replace(/\s*!+$/u, '');
    const key = foldKey(phrase);
    if (/^\p{N}+(?: |$)/u.test(key) || opensWithCue(key, lex) || namesAThing(key, lex, c)) return [];
    if (syllableCount(phrase) > lex.slogans.cueColon.unquotedMaxSyllables || !fitsLength(phrase, lex) || !mottoShaped(phrase, rules.maxChainPartSyllables)) return [];
    if (renditionQuality(phrase, lex) < rules.minPhraseQuality || isNearMiss(key, c.known, rules.ocrNearMissRatio)) return [];
    return [byShape(text, l.start, l.start + phrase.length, phrase.replace(/\s+/g, ' '), l.kind, 'slogan.colon-cue', false)];
  });
}

function numericMentions(reading: Reading, quotes: QuotedSpan[], cues: (Cue | null)[], unmarked: boolean): Found[] {
  const { text, lex } = reading;
  return findNumericSlogans(text, reading.bodyEnd, quotes, lex, unmarked).map((n) =>
    byShape(text, n.start, n.end, n.canonical, kindOf(reading, n.start, quotes, cues), 'slogan.numeric', n.quoted),
  );
}

function simileMentions(reading: Reading, quotes: QuotedSpan[], cues: (Cue | null)[], unmarked: boolean): Found[] {
  const { text, lex } = reading;
  return findSimiles(text, reading.bodyEnd, quotes, lex, unmarked).map((s) =>
    byShape(text, s.start, s.end, text.slice(s.start, s.end).replace(/\s+/g, ' '), kindOf(reading, s.start, quotes, cues), 'slogan.simile', s.quoted),
  );
}

/** Every slogan of the body with all its mentions, in order of first mention. */
export function findSlogans(reading: Reading): Slogan[] {
  const { text, folded, lex } = reading;
  const end = reading.bodyEnd;
  const c = compile(lex);
  const quotes = findQuoted(text).filter((q) => q.close < end);
  const known = knownMentions(text, folded, end, c, lex);
  const span = (f: Found) => f.mention.citation;
  const overlapsKnown = (f: Found) => known.some((k) => span(k).start < span(f).end && span(f).start < span(k).end && !nests(f, k));
  // A cued quote may hold a known slogan as one of its words: 'phong trào “Gia đình 5K, thôn bản an toàn”'; not
  // as the whole of it with a mark after it ('“Chống dịch như chống giặc!”' is the known slogan).
  const wordsBeside = (f: Found, k: Found) => /[\p{L}\p{N}]/u.test(text.slice(span(f).start, span(k).start) + text.slice(span(k).end, span(f).end));
  const nests = (f: Found, k: Found) =>
    f.mention.citation.rule === 'slogan.quoted-cue' && span(f).start <= span(k).start && span(k).end <= span(f).end && wordsBeside(f, k);
  const titles = quotes.map((q) => namesATitle(reading, q, c));
  const cues = cuesOf(reading, quotes, titles);
  // A text that lost its diacritics is read folded ("thuc hien 2 khong").
  const unmarked = writtenWithoutMarks(text.slice(0, end));
  const shaped = [...cuedMentions(reading, quotes, cues, c), ...balancedMentions(reading, quotes, cues, titles, c), ...listedMentions(reading, c), ...colonMentions(reading, c), ...numericMentions(reading, quotes, cues, unmarked), ...simileMentions(reading, quotes, cues, unmarked)].filter(
    (f) => !overlapsKnown(f),
  );
  const words = wordsOf(text, end, unmarked);
  const all = [...known, ...shaped].filter((f) => !isAbandoned(text, words, span(f).start, span(f).end, lex, unmarked));
  // A slogan inside another ("5K" in "Vắc xin + 5K + công nghệ + truyền thông") is part of it, not a mention.
  // A quote two shapes read ('phương châm “ba sẵn sàng”': cued and numeric) is one slogan, its number in digits.
  const sameSpan = (f: Found, g: Found) => span(g).start === span(f).start && span(g).end === span(f).end;
  const outer = all.filter(
    (f) =>
      !all.some((g) => g !== f && span(g).start <= span(f).start && span(f).end <= span(g).end && span(g).end - span(g).start > span(f).end - span(f).start) &&
      !(span(f).rule !== 'slogan.numeric' && all.some((g) => g !== f && span(g).rule === 'slogan.numeric' && sameSpan(f, g))),
  );
  outer.sort((a, b) => span(a).start - span(b).start);
  const bySlogan = new Map<string, Slogan>();
  for (const f of outer) {
    let s = bySlogan.get(f.key);
    if (!s) {
      s = { canonical: f.canonical, kind: f.kind, gloss: f.gloss, expansion: f.expansion, reviewed: f.reviewed, mentions: [] };
      bySlogan.set(f.key, s);
    }
    if (!s.mentions.some((m) => m.citation.start === f.mention.citation.start && m.citation.end === f.mention.citation.end)) s.mentions.push(f.mention);
  }
  return [...bySlogan.values()];
}
