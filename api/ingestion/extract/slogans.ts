import { cite } from './citation';
import type { Slogan, SloganKind, SloganMention } from './facts';
import type { Lexicons, SloganEntry } from './lexicons';
import { endsWithRegex, findAll, foldKey, phrasesRegex, syllableCount } from './patterns';
import { renditionQuality } from './quality';
import { findQuoted, isQuoted, type QuotedSpan } from './quotes';

// Two rules find slogans:
//  - slogan.lexicon: a known slogan in any spelling, quoted or not ("tuân thủ nghiêm ngặt 5K");
//  - slogan.quoted-cue: a phrase in quotation marks right after a cue word ("phương châm", "chiến lược",
//    "mục tiêu", "phong trào"...), or continuing a list of such phrases ('phương châm “3 trước”, “4 tại chỗ”').
// Quoted words without a cue ("xanh", "chiến sỹ", "thời điểm vàng", "pháo đài") are ordinary words in quotes.
// A cued phrase must have at least minSyllables syllables or a digit (so 'mô hình “cuốn chiếu”', a manner
// of working, is not a slogan), must read as Vietnamese (phrase quality), and must not be one OCR slip away
// from a known slogan: '"5 trước"' in the OCR of a notice whose portal text says "3 trước" is neither
// corrected to "3 trước" (that would invent a mention) nor reported as a new slogan.

interface Compiled {
  known: { entry: SloganEntry; re: RegExp; keys: string[] }[];
  cue: { re: RegExp; kinds: Map<string, SloganKind> };
  notSlogans: Set<string>;
  /** nearMiss answers by ratio and key: quoted phrases repeat across a corpus. */
  nearMisses: Map<string, boolean>;
}

const compiledCache = new WeakMap<Lexicons, Compiled>();

function compile(lex: Lexicons): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  const kinds = new Map<string, SloganKind>();
  for (const cue of lex.slogans.cues) kinds.set(foldKey(cue.word), cue.kind);
  c = {
    known: lex.slogans.slogans.map((entry) => ({ entry, re: phrasesRegex(entry.variants), keys: entry.variants.map((v) => foldKey(v)) })),
    cue: { re: endsWithRegex(lex.slogans.cues.map((x) => x.word)), kinds },
    notSlogans: new Set(lex.slogans.notSlogans.map((n) => foldKey(n.phrase))),
    nearMisses: new Map(),
  };
  compiledCache.set(lex, c);
  return c;
}

/** Levenshtein distance, for OCR near-misses of known slogans. */
export function editDistance(a: string, b: string): number {
  // Two rows reused: this runs for every quoted phrase against every known spelling.
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

interface Found {
  key: string;
  canonical: string;
  kind: SloganKind;
  gloss: string;
  expansion: string[] | null;
  known: boolean;
  mention: SloganMention;
}

function knownMentions(text: string, folded: string, end: number, c: Compiled): Found[] {
  const out: Found[] = [];
  for (const { entry, re } of c.known) {
    for (const hit of findAll(re, folded, 0, end)) {
      const quoted = isQuoted(text, hit.start, hit.end);
      if (entry.requireQuotes && !quoted) continue;
      out.push({
        key: `lexicon:${entry.canonical}`,
        canonical: entry.canonical,
        kind: entry.kind,
        gloss: entry.gloss,
        expansion: entry.expansion,
        known: true,
        mention: { citation: cite(text, hit.start, hit.end, 'slogan.lexicon'), quoted },
      });
    }
  }
  return out;
}

/** The cue governing each quoted phrase: its own, or the one of the list it continues. */
function cuesOf(text: string, folded: string, quotes: QuotedSpan[], lex: Lexicons, c: Compiled): ({ kind: SloganKind; word: string } | null)[] {
  const out: ({ kind: SloganKind; word: string } | null)[] = [];
  quotes.forEach((q, i) => {
    const from = Math.max(0, q.open - 40);
    const before = folded.slice(from, q.open).replace(/[\s\u00a0:*_]+$/u, '');
    const m = c.cue.re.exec(before);
    const kind = m ? c.cue.kinds.get(foldKey(m[0])) : undefined;
    if (m && kind) {
      const at = from + m.index;
      out.push({ kind, word: text.slice(at, at + m[0].trim().length) });
      return;
    }
    const prev = i > 0 ? quotes[i - 1] : null;
    const prevCue = i > 0 ? out[i - 1] : null;
    if (prev && prevCue) {
      const gap = folded.slice(prev.close + 1, q.open);
      if (gap.length <= lex.slogans.rules.maxChainGap && !/[.;:!?\n]/.test(gap)) {
        out.push(prevCue);
        return;
      }
    }
    out.push(null);
  });
  return out;
}

function nearMiss(key: string, c: Compiled, ratio: number): boolean {
  const memo = `${ratio}\u0000${key}`;
  let answer = c.nearMisses.get(memo);
  if (answer === undefined) {
    if (c.nearMisses.size >= MAX_NEAR_MISSES) c.nearMisses.clear();
    answer = isNearMiss(key, c, ratio);
    c.nearMisses.set(memo, answer);
  }
  return answer;
}

const MAX_NEAR_MISSES = 10_000;

function isNearMiss(key: string, c: Compiled, ratio: number): boolean {
  for (const k of c.known) {
    for (const v of k.keys) {
      // The distance is at least the difference in length: spellings too long or short cannot qualify.
      const longest = Math.max(key.length, v.length);
      if (Math.abs(key.length - v.length) / longest > ratio) continue;
      const d = editDistance(key, v);
      if (d > 0 && d / longest <= ratio) return true;
    }
  }
  return false;
}

function cuedMentions(text: string, folded: string, end: number, lex: Lexicons, c: Compiled, known: Found[]): Found[] {
  const rules = lex.slogans.rules;
  const quotes = findQuoted(text).filter((q) => q.close < end);
  const cues = cuesOf(text, folded, quotes, lex, c);
  const out: Found[] = [];
  quotes.forEach((q, i) => {
    const cue = cues[i];
    if (!cue) return;
    if (known.some((k) => k.mention.citation.start < q.end && q.start < k.mention.citation.end)) return;
    const phrase = text.slice(q.start, q.end);
    const key = foldKey(phrase);
    const syllables = syllableCount(phrase);
    if (syllables > rules.maxSyllables) return;
    if (syllables < rules.minSyllables && !/\d/.test(phrase)) return;
    if (c.notSlogans.has(key)) return;
    if (renditionQuality(phrase, lex) < rules.minPhraseQuality) return;
    if (nearMiss(key, c, rules.ocrNearMissRatio)) return;
    out.push({
      key: `quoted:${key}`,
      canonical: phrase.replace(/\s+/g, ' '),
      kind: cue.kind,
      gloss: `not in the lexicon: a ${cue.kind.toLowerCase()} quoted after "${cue.word}" (add it to seeds/lexicons/slogans.json for a gloss)`,
      expansion: null,
      known: false,
      mention: { citation: cite(text, q.start, q.end, 'slogan.quoted-cue'), quoted: true },
    });
  });
  return out;
}

/** Every slogan of text[0, end) with all its mentions, in order of first mention. */
export function findSlogans(text: string, folded: string, lex: Lexicons, end = text.length): Slogan[] {
  const c = compile(lex);
  const known = knownMentions(text, folded, end, c);
  const all = [...known, ...cuedMentions(text, folded, end, lex, c, known)];
  // A slogan inside another ("5K" in "Vắc xin + 5K + công nghệ + truyền thông") is part of it, not a mention.
  const span = (f: Found) => f.mention.citation;
  const outer = all.filter((f) => !all.some((g) => g !== f && span(g).start <= span(f).start && span(f).end <= span(g).end && span(g).end - span(g).start > span(f).end - span(f).start));
  outer.sort((a, b) => span(a).start - span(b).start);
  const bySlogan = new Map<string, Slogan>();
  for (const f of outer) {
    let s = bySlogan.get(f.key);
    if (!s) {
      s = { canonical: f.canonical, kind: f.kind, gloss: f.gloss, expansion: f.expansion, known: f.known, mentions: [] };
      bySlogan.set(f.key, s);
    }
    if (!s.mentions.some((m) => m.citation.start === f.mention.citation.start && m.citation.end === f.mention.citation.end)) s.mentions.push(f.mention);
  }
  return [...bySlogan.values()];
}
