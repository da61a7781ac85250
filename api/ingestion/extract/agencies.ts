import { fold } from '../../text/fold';
import { cite } from './citation';
import type { AgencyLevel, AgencyMention } from './facts';
import type { AgencyEntry, Lexicons } from './lexicons';
import { findAll, foldKey, phrasesRegex, startsWithRegex } from './patterns';

// Agencies come from three rules, longest match wins where they overlap:
//  - agency.lexicon: a known body in any of its spellings ("UBND tỉnh" = "Ủy ban nhân dân tỉnh");
//  - agency.local-unit: a body of a named district or commune ("UBND huyện Vân Đồn", "Huyện ủy Tiên Yên");
//  - agency.pattern: a head word ("Sở", "Ban", "Cục"...) followed by a capitalised name, so bodies missing
//    from the lexicon are still found ("Sở Du lịch", "Trung tâm Truyền thông tỉnh").

interface Compiled {
  entries: { entry: AgencyEntry; re: RegExp }[];
  provincialSuffix: RegExp;
  heads: { re: RegExp; level: AgencyLevel; words: string[] }[];
  levelSuffixes: { re: RegExp; level: AgencyLevel }[];
  localBodies: { re: RegExp; canonical: string }[];
  localUnits: { re: RegExp; level: AgencyLevel; cityWord: boolean }[];
  localCommittees: { re: RegExp; level: AgencyLevel; word: string }[];
  centralCities: Set<string>;
  ambiguous: Set<string>;
  action: RegExp;
}

const compiledCache = new WeakMap<Lexicons, Compiled>();

// Words that end a capitalised name: a name never continues into a verb or a function word.
const FUNCTION_WORDS = ['va', 'cua', 'theo', 'tai', 'voi', 'co', 'la', 'duoc', 'cac', 'cho', 'trong', 'de', 've', 'da', 'se', 'khi', 'nhu', 'tu', 'den', 'o', 'thi'];

function compile(lex: Lexicons): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  const p = lex.agencies.patterns;
  const wordsAfter = (words: string[]) => startsWithRegex(words);
  c = {
    entries: lex.agencies.agencies.map((entry) => ({ entry, re: phrasesRegex(entry.variants, { optionalVa: true }) })),
    provincialSuffix: wordsAfter(p.provincialSuffixes),
    heads: p.heads.map((h) => ({ re: phrasesRegex(h.words), level: h.level, words: h.words })),
    levelSuffixes: p.levelSuffixes.map((s) => ({ re: wordsAfter(s.words), level: s.level })),
    localBodies: p.localBodies.map((b) => ({ re: phrasesRegex(b.words), canonical: b.canonical })),
    localUnits: p.localUnits.map((u) => ({ re: wordsAfter(u.words), level: u.level, cityWord: u.words.some((w) => foldKey(w) === 'thanh pho') })),
    localCommittees: p.localCommittees.map((u) => ({ re: phrasesRegex(u.words), level: u.level, word: u.words[0] })),
    centralCities: new Set(p.centralCities.map((n) => foldKey(n))),
    ambiguous: new Set(p.ambiguous.map((n) => foldKey(n, { dropVa: true }))),
    action: startsWithRegex([...lex.strength.actions, ...lex.strength.delegation, ...lex.strength.required]),
  };
  compiledCache.set(lex, c);
  return c;
}

interface Candidate extends AgencyMention {
  priority: number;
}

const isUpper = (ch: string | undefined): boolean => !!ch && /[\p{Lu}\p{N}]/u.test(ch);

/**
 * Not a mention of the body itself: part of a document number's symbol ("6741/CD-VPCP", "362-TB/TU"),
 * or a member's title ("Tỉnh ủy viên", "Ủy viên Ban Thường vụ" is handled by the name that follows).
 */
function notABody(text: string, start: number, end: number): boolean {
  if (/[-/]/.test(text[start - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) return true;
  if (/^[-/]\p{L}/u.test(text.slice(end, end + 2))) return true;
  return /^[ \u00a0]+viên(?![\p{L}\p{N}])/u.test(text.slice(end, end + 8));
}

/** A proper name right after `pos`: one to three capitalised syllables ("Quảng Ninh", "Hạ Long"). */
function properNameAfter(text: string, pos: number): { end: number; name: string } | null {
  const m = /^[ \u00a0]+(\p{Lu}\p{Ll}*(?:[ \u00a0]+\p{Lu}\p{Ll}*){0,2})(?![\p{L}\p{N}])/u.exec(text.slice(pos, pos + 60));
  return m ? { end: pos + m[0].length, name: m[1] } : null;
}

function lexiconCandidates(text: string, folded: string, end: number, c: Compiled): Candidate[] {
  const out: Candidate[] = [];
  for (const { entry, re } of c.entries) {
    for (const hit of findAll(re, folded, 0, end)) {
      if (!entry.caseInsensitive && !isUpper(text[hit.start])) continue;
      let stop = hit.end;
      if (entry.level === 'PROVINCIAL') {
        // "Sở Y tế tỉnh Quảng Ninh": the level word and the province's name belong to the mention.
        const endsWithLevel = /(?:tinh|thanh pho|uy)$/.test(foldKey(text.slice(hit.start, hit.end)));
        if (!endsWithLevel) {
          const suffix = c.provincialSuffix.exec(folded.slice(stop, stop + 20));
          if (suffix) stop += suffix[0].length;
        }
        const name = properNameAfter(text, stop);
        if (name && (stop !== hit.end || endsWithLevel)) stop = name.end;
      }
      out.push({ canonicalName: entry.canonical, level: entry.level, citation: cite(text, hit.start, stop, 'agency.lexicon'), priority: 2 });
    }
  }
  return out;
}

function localUnitCandidates(text: string, folded: string, end: number, c: Compiled): Candidate[] {
  const out: Candidate[] = [];
  // "UBND huyện Vân Đồn", "Công an thành phố Móng Cái"
  for (const body of c.localBodies) {
    for (const hit of findAll(body.re, folded, 0, end)) {
      if (!isUpper(text[hit.start])) continue;
      const rest = folded.slice(hit.end, hit.end + 20);
      for (const unit of c.localUnits) {
        const u = /^[ \u00a0]+/.exec(rest) ? unit.re.exec(rest) : null;
        if (!u) continue;
        const name = properNameAfter(text, hit.end + u[0].length);
        if (!name) continue;
        const unitWord = text.slice(hit.end, hit.end + u[0].length).trim().toLowerCase();
        const central = unit.cityWord && c.centralCities.has(foldKey(name.name));
        out.push({
          canonicalName: central ? `${body.canonical} thành phố` : `${body.canonical} ${unitWord} ${name.name}`,
          level: central ? 'PROVINCIAL' : unit.level,
          citation: cite(text, hit.start, name.end, 'agency.local-unit'),
          priority: 3,
        });
        break;
      }
    }
  }
  // "Huyện ủy Tiên Yên", "Thành ủy Hải Phòng"
  for (const com of c.localCommittees) {
    for (const hit of findAll(com.re, folded, 0, end)) {
      if (!isUpper(text[hit.start])) continue;
      const name = properNameAfter(text, hit.end);
      if (!name) continue;
      const central = c.centralCities.has(foldKey(name.name));
      const word = text.slice(hit.start, hit.end);
      out.push({
        canonicalName: central ? word : `${word} ${name.name}`,
        level: central ? 'PROVINCIAL' : com.level,
        citation: cite(text, hit.start, name.end, 'agency.local-unit'),
        priority: 3,
      });
    }
  }
  return out;
}

function patternCandidates(text: string, folded: string, end: number, c: Compiled): Candidate[] {
  const out: Candidate[] = [];
  for (const head of c.heads) {
    for (const hit of findAll(head.re, folded, 0, end)) {
      const written = text.slice(hit.start, hit.end);
      // Folding makes "Số" look like "Sở": a head must match with its diacritics. An all-capitals head is
      // a title line ("BAN CHỈ ĐẠO ..."), where capitals say nothing about where a name ends.
      if (!isUpper(written[0]) || written === written.toUpperCase()) continue;
      if (!head.words.some((w) => w.toLowerCase() === written.replace(/\s+/g, ' ').toLowerCase())) continue;
      // Walk the name: capitalised syllables, each followed by at most one lower-case syllable that does not
      // start a verb or a function word; "và" or "-" may join two capitalised parts.
      const tokenRe = /([ \u00a0]*(?:[-–][ \u00a0]*|[ \u00a0]+và[ \u00a0]+)?)([\p{L}\p{N}]+)/uy;
      let pos = hit.end;
      let nameEnd = -1;
      let lowerRun = 0;
      let capitals = 0;
      for (let n = 0; n < 8; n++) {
        tokenRe.lastIndex = pos;
        const m = tokenRe.exec(text);
        if (!m || m[1].length === 0 || pos >= end) break;
        const word = m[2];
        const wordAt = m.index + m[1].length;
        if (isUpper(word[0])) {
          capitals++;
          lowerRun = 0;
        } else {
          if (m[1].trim() || capitals === 0 || lowerRun >= 1) break;
          if (FUNCTION_WORDS.includes(fold(word)) || c.action.test(folded.slice(wordAt, wordAt + 30))) break;
          lowerRun++;
        }
        pos = m.index + m[0].length;
        nameEnd = pos;
      }
      if (nameEnd < 0 || capitals === 0) continue;
      let level = head.level;
      for (const s of c.levelSuffixes) {
        const m = s.re.exec(folded.slice(nameEnd, nameEnd + 20));
        if (m && /^[ \u00a0]/.test(folded.slice(nameEnd))) {
          nameEnd += m[0].length;
          level = s.level;
          break;
        }
      }
      const name = text.slice(hit.start, nameEnd).replace(/\s+/g, ' ').replace(/\s*[-–]\s*/g, ' - ');
      if (c.ambiguous.has(foldKey(name, { dropVa: true }))) continue;
      out.push({ canonicalName: name, level, citation: cite(text, hit.start, nameEnd, 'agency.pattern'), priority: 1 });
    }
  }
  return out;
}

/** Every agency mention in text[0, end), in document order, without overlaps. */
export function findAgencies(text: string, folded: string, lex: Lexicons, end = text.length): AgencyMention[] {
  const c = compile(lex);
  const known = [...lexiconCandidates(text, folded, end, c), ...localUnitCandidates(text, folded, end, c)];
  // The pattern rule only finds what the lexicon does not: it never overrides a known name.
  const overlapsKnown = (p: Candidate) => known.some((k) => p.citation.start < k.citation.end && k.citation.start < p.citation.end);
  const all = [...known, ...patternCandidates(text, folded, end, c).filter((p) => !overlapsKnown(p))].filter(
    (a) => !notABody(text, a.citation.start, a.citation.end),
  );
  // Longest first; on equal length, the lexicon's canonical name beats a pattern's.
  all.sort((a, b) => b.citation.end - b.citation.start - (a.citation.end - a.citation.start) || b.priority - a.priority || a.citation.start - b.citation.start);
  const kept: Candidate[] = [];
  for (const cand of all) {
    if (kept.some((k) => cand.citation.start < k.citation.end && k.citation.start < cand.citation.end)) continue;
    kept.push(cand);
  }
  return kept
    .sort((a, b) => a.citation.start - b.citation.start)
    .map(({ canonicalName, level, citation }) => ({ canonicalName, level, citation }));
}

/** Canonical name of a body written `name`, when the whole string names one (issuers, tests). */
export function canonicalAgencyName(name: string, lex: Lexicons): string | null {
  const trimmed = name.trim();
  const found = findAgencies(trimmed, fold(trimmed), lex);
  return found.length === 1 && found[0].citation.start === 0 && found[0].citation.end === trimmed.length ? found[0].canonicalName : null;
}
