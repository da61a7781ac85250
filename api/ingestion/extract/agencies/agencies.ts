import { fold } from '../../../text/fold';
import { NAME_WORD } from '../../../text/name-word';
import { cite } from '../citation';
import type { AgencyLevel, AgencyMention } from '../../../domain/facts';
import type { AgencyEntry, Lexicons } from '../../lexicons';
import type { Reading } from '../../reading';
import { endsWithRegex, findAll, foldKey, phrasesRegex, startsWithRegex, type StartsWith, syllableCount } from '../../phrases/patterns';
import { namingOf } from '../../../reference/districts';
import type { FoundFacts } from '../found';
import type { Home } from './local';
import { isProvinceName, localCandidates } from './local';
import { patternCandidates } from './pattern';
import { inSpans, notMentionSpans, type Span } from './regions';
import { sharedLevelMentions } from './shared-levels';
import { enumeratedMentions, enumeratingHead, namesBody, type EnumeratingHead } from './enumerated';

// Agencies come from these rules, longest match wins where they overlap:
//  - agency.lexicon: a known body in any of its spellings ("UBND tỉnh" = "Ủy ban nhân dân tỉnh"), in lower
//    case too when the spelling has lowerCaseMinWords words ("ủy ban nhân dân tỉnh");
//  - agency.local-unit: a body of a district or commune, named, plural or the document's own district's
//    ("UBND huyện Vân Đồn", "UBND các xã, thị trấn", "Công an huyện" in a letter of huyện Lục Ngạn), see
//    local.ts (the home district comes from the metadata, see found.ts);
//  - agency.pattern: a head word ("Sở", "Ban", "Phòng", "Trung tâm"...) followed by a capitalised name, so
//    bodies missing from the lexicon are still found ("Sở Du lịch", "Phòng Văn hóa và Thông tin"), see
//    pattern.ts;
//  - agency.shared-level: "Ban Chỉ đạo, Trung tâm Chỉ huy cấp huyện, cấp xã" names four bodies;
//  - agency.enumerated: "các Sở: Y tế, Công Thương" names two departments, see enumerated.ts.
// Names in the addressees, a related-documents sidebar or a distribution line are not mentions
// (regions.ts), nor are document-number symbols ("6741/CD-VPCP") or members' titles ("Tỉnh ủy viên").

interface Compiled {
  entries: { entry: AgencyEntry; re: RegExp }[];
  /** A province's body by its spellings without the level word they end in ("Cục Hải quan" of "Cục Hải quan tỉnh"). */
  bareProvincial: { entry: AgencyEntry; re: RegExp }[];
  provincialSuffix: StartsWith;
  standingOffice: RegExp;
  standingPrefix: string;
  /** Ends with a compound whose last word starts a body's name ("cơ sở", "cán bộ"). */
  compound: RegExp;
  /** A district's party committee word, as a name spells it, and the unit it leads: "Thành ủy" -> "thành phố". */
  committees: { re: RegExp; word: string; unit: string }[];
  /** Heads whose plural lists bodies by name ("các Sở: Y tế, Công Thương"), at their head's level. */
  enumerating: EnumeratingHead[];
  /** A leader's title opening a text ("Giám đốc", "Chủ tịch"): signatures.json titles. */
  title: StartsWith;
  /** A leader's title that "Thường trực" ends ("Phó Trưởng ban Thường trực"), without that word: signatures.json titles. */
  standingTitle: RegExp;
}

const compiledCache = new WeakMap<Lexicons, Compiled>();

/**
 * The spellings of a body that end in a level word ("BHXH tỉnh"), without it, where the body has no such
 * spelling already ("Sở Y tế" of "Sở Y tế {tỉnh|thành phố|}" has).
 */
function withoutLevelWords(variants: readonly string[], levelWords: readonly string[]): string[] {
  const bare = new Set<string>();
  for (const v of variants) {
    const word = levelWords.find((w) => v.endsWith(` ${w}`));
    if (word) bare.add(v.slice(0, -word.length - 1));
  }
  return [...bare].filter((b) => !variants.includes(b));
}

function compile(lex: Lexicons): Compiled {
  let c = compiledCache.get(lex);
  if (c) return c;
  const p = lex.agencies.patterns;
  const standing = `${p.standingOffice.prefix} `;
  const standingTitles = lex.signatures.titles.filter((t) => t.endsWith(` ${p.standingOffice.prefix}`)).map((t) => t.slice(0, -standing.length));
  c = {
    entries: lex.agencies.agencies.map((entry) => ({ entry, re: phrasesRegex(entry.variants, { optionalVa: true }) })),
    bareProvincial: lex.agencies.agencies.flatMap((entry) => {
      const bare = entry.level === 'PROVINCIAL' ? withoutLevelWords(entry.variants, p.provincialSuffixes) : [];
      return bare.length > 0 ? [{ entry, re: phrasesRegex(bare, { optionalVa: true }) }] : [];
    }),
    provincialSuffix: startsWithRegex(p.provincialSuffixes),
    standingOffice: endsWithRegex(p.standingOffice.before),
    standingPrefix: `${p.standingOffice.prefix} `,
    compound: endsWithRegex(p.lowerCaseCompounds),
    committees: p.localCommittees.map((l) => ({ re: endsWithRegex(l.words), word: l.words[0], unit: l.unit })),
    enumerating: p.enumeratingHeads.map((word) => enumeratingHead(word, p.heads.find((h) => h.words.includes(word))?.level ?? 'PROVINCIAL')),
    standingTitle: endsWithRegex(standingTitles),
    title: startsWithRegex(lex.signatures.titles),
  };
  compiledCache.set(lex, c);
  return c;
}

interface Candidate extends AgencyMention {
  priority: number;
}

const isUpper = (ch: string | undefined): boolean => !!ch && /[\p{Lu}\p{N}]/u.test(ch);

/**
 * Not a mention of the body itself: part of a document number's symbol ("6741/CD-VPCP", "362-TB/TU"), of a
 * law's title ("Luật Tổ chức Chính phủ"), or a member's title ("Tỉnh ủy viên", "Ủy viên Ban Thường vụ" is handled by the name that follows).
 */
function notABody(text: string, start: number, end: number): boolean {
  if (/[-/]/.test(text[start - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) return true;
  if (/^[-/]\p{L}/u.test(text.slice(end, end + 2))) return true;
  // "Luật Tổ chức Chính phủ": a word of a law's title.
  if (/(?<![\p{L}\p{N}])Luật(?:[ \u00a0]+\p{L}+){1,5}[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 50), start))) return true;
  return /^[ \u00a0]+viên(?![\p{L}\p{N}])/u.test(text.slice(end, end + 8));
}

/**
 * "Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh": "Thường trực" ends the leader's title, so a standing body
 * ("Thường trực Ban Chỉ đạo ...") starting there is none; the committee after it is read on its own.
 */
function inLeaderTitle(folded: string, start: number, c: Compiled): boolean {
  if (!folded.startsWith(foldKey(c.standingPrefix), start)) return false;
  return c.standingTitle.test(folded.slice(Math.max(0, start - 30), start));
}

/** One to three capitalised syllables: a proper name ("Quảng Ninh", "Hạ Long", "Cư M'gar"). */
const NAME_RUN = String.raw`${NAME_WORD}(?:[ \u00a0]+${NAME_WORD}){0,2}`;
const PROPER_NAME = new RegExp(String.raw`^[ \u00a0]+(${NAME_RUN})(?![\p{L}\p{N}])`, 'u');

/** A proper name (NAME_RUN) right after `pos`. */
function properNameAfter(text: string, pos: number): { end: number; name: string } | null {
  const m = PROPER_NAME.exec(text.slice(pos, pos + 60));
  return m ? { end: pos + m[0].length, name: m[1] } : null;
}

function lexiconCandidates(text: string, folded: string, end: number, lex: Lexicons, c: Compiled): Candidate[] {
  const out: Candidate[] = [];
  const minWords = lex.agencies.patterns.lowerCaseMinWords;
  for (const { entry, re } of c.entries) {
    for (const hit of findAll(re, folded, 0, end)) {
      // Lower case only for long spellings: "ủy ban nhân dân tỉnh" is a body, "công an" a profession, and
      // "sở y tế" in "cơ sở y tế" (a health facility) the tail of a compound.
      if (entry.capitalisedOnly && !isUpper(text[hit.start])) continue;
      if (!entry.caseInsensitive && !isUpper(text[hit.start])) {
        const firstEnd = hit.start + (/^[\p{L}\p{N}]+/u.exec(folded.slice(hit.start, hit.start + 20))?.[0].length ?? 0);
        if (syllableCount(text.slice(hit.start, hit.end)) < minWords || c.compound.test(folded.slice(Math.max(0, hit.start - 12), firstEnd))) continue;
      }
      let stop = hit.end;
      if (entry.level === 'PROVINCIAL') {
        // "Sở Y tế tỉnh Quảng Ninh": the level word and the province's name belong to the mention.
        const endsWithLevel = /(?:tinh|thanh pho|uy)$/.test(foldKey(text.slice(hit.start, hit.end)));
        if (!endsWithLevel) {
          const suffix = c.provincialSuffix.exec(folded.slice(stop, stop + 20));
          if (suffix) stop += suffix[0].length;
        }
        const name = properNameAfter(text, stop);
        if (name && (stop !== hit.end || endsWithLevel || isProvinceName(name.name))) stop = name.end;
      }
      out.push({ canonicalName: entry.canonical, level: entry.level, citation: cite(text, hit.start, stop, 'agency.lexicon'), priority: 2 });
    }
  }
  // News write a province's body with the province's name for its level word ("BHXH Lạng Sơn", "Cục Hải quan
  // Lạng Sơn"); the name must be a province's, so "Bảo hiểm xã hội Việt Nam" stays out.
  for (const { entry, re } of c.bareProvincial) {
    for (const hit of findAll(re, folded, 0, end)) {
      if (!isUpper(text[hit.start])) continue;
      const name = properNameAfter(text, hit.end);
      if (!name || !isProvinceName(name.name)) continue;
      out.push({ canonicalName: entry.canonical, level: entry.level, citation: cite(text, hit.start, name.end, 'agency.lexicon'), priority: 2 });
    }
  }
  return out;
}

/** "Cơ quan Thường trực Ban Chỉ đạo ... tỉnh" names the committee whose standing office it is. */
function standingOffice(text: string, folded: string, cand: Candidate, c: Compiled): Candidate {
  if (!cand.canonicalName.startsWith(c.standingPrefix)) return cand;
  const start = cand.citation.start;
  if (!c.standingOffice.test(folded.slice(Math.max(0, start - 20), start))) return cand;
  return { ...cand, canonicalName: cand.canonicalName.slice(c.standingPrefix.length) };
}

/**
 * "Ban Tuyên giáo Thành ủy" in a letter of a provincial city is the city's own (a centrally-run city writes
 * "Thành ủy" for its provincial committee, and its letters have no district home): "… Thành ủy Bắc Kạn".
 */
function homeCommittee(text: string, cand: Candidate, home: Home | null, c: Compiled): Candidate {
  if (!home || cand.level !== 'PROVINCIAL') return cand;
  const written = text.slice(cand.citation.start, cand.citation.end);
  const committee = c.committees.find((k) => k.unit === home.unit && k.re.test(foldKey(written)));
  if (!committee) return cand;
  const own = cand.canonicalName.replace(/\S+[ \u00a0]+\S+$/u, committee.word);
  return { ...cand, canonicalName: `${own} ${home.name}`, level: 'DISTRICT' };
}

/** Every agency mention of the body, in document order, without overlaps (shared levels aside). */
export function findAgencies(reading: Reading, found: Pick<FoundFacts, 'context'>): AgencyMention[] {
  const home = found.context.home ? namingOf(found.context.home) : null;
  const commune = found.context.commune ?? null;
  return agencyMentions(reading.text, reading.folded, reading.lex, { end: reading.bodyEnd, home, commune, skip: notMentionSpans(reading) });
}

interface Options {
  end?: number;
  home?: Home | null;
  commune?: Home | null;
  skip?: Span[];
  sharedLevels?: boolean;
  /**
   * A district office named without a unit in a text of no district is every district's ("Phòng Giáo dục và Đào
   * tạo cấp huyện"); not in a name read alone, such as a letterhead's, whose district the issuer adds.
   */
  everyDistrict?: boolean;
}

function agencyMentions(text: string, folded: string, lex: Lexicons, options: Options = {}): AgencyMention[] {
  const { end = text.length, home = null, commune = null, skip = [], sharedLevels = true, everyDistrict = true } = options;
  const c = compile(lex);
  const local: Candidate[] = localCandidates(text, folded, end, home, lex, commune).map((l) => ({
    canonicalName: l.canonicalName,
    level: l.level,
    citation: cite(text, l.start, l.end, 'agency.local-unit'),
    priority: 3,
  }));
  const known = [...lexiconCandidates(text, folded, end, lex, c), ...local];
  const spans = known.map((k) => ({ canonicalName: k.canonicalName, level: k.level, start: k.citation.start, end: k.citation.end }));
  // The pattern rule only finds what the lexicon does not: a known name inside it must be its tail ("Trường
  // Quân sự tỉnh", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh"), never its start.
  const patterns: Candidate[] = patternCandidates(text, folded, end, spans, home, lex, commune, everyDistrict)
    .filter((p) => spans.every((k) => k.end <= p.start || p.end <= k.start || (k.start > p.start && k.end <= p.end)))
    .map((p) => ({ canonicalName: p.canonicalName, level: p.level, citation: cite(text, p.start, p.end, 'agency.pattern'), priority: 1 }));
  const all = [...known, ...patterns].filter(
    (a) => !notABody(text, a.citation.start, a.citation.end) && !inLeaderTitle(folded, a.citation.start, c) && !inSpans(skip, a.citation.start, a.citation.end),
  );
  // Longest first; on equal length, a local unit beats the lexicon, the lexicon beats a pattern.
  all.sort((a, b) => b.citation.end - b.citation.start - (a.citation.end - a.citation.start) || b.priority - a.priority || a.citation.start - b.citation.start);
  const kept: Candidate[] = [];
  for (const cand of all) {
    if (kept.some((k) => cand.citation.start < k.citation.end && k.citation.start < cand.citation.end)) continue;
    kept.push(homeCommittee(text, standingOffice(text, folded, cand, c), home, c));
  }
  const mentions: AgencyMention[] = kept.map(({ canonicalName, level, citation }) => ({ canonicalName, level, citation }));
  if (sharedLevels) {
    const resolve = (name: string) => resolveWhole(name, lex);
    // An item that opens with a leader's title or names a body of its own is the sentence's next addressee.
    const endsList = (item: string) => c.title.test(fold(item)) || namesBody(item, resolve);
    for (const e of enumeratedMentions(text, end, c.enumerating, resolve, endsList)) {
      if (inSpans(skip, e.start, e.end)) continue;
      if (mentions.some((m) => m.canonicalName === e.canonicalName && m.citation.start < e.end && e.start < m.citation.end)) continue;
      mentions.push({ canonicalName: e.canonicalName, level: e.level, citation: cite(text, e.start, e.end, 'agency.enumerated') });
    }
    for (const s of sharedLevelMentions(text, folded, end, resolve)) {
      if (inSpans(skip, s.start, s.end)) continue;
      if (mentions.some((m) => m.canonicalName === s.canonicalName && m.citation.start < s.end && s.start < m.citation.end)) continue;
      // A body already read whole from there to the level is one body, its "và" its own ("Phòng Văn hóa và Thông
      // tin cấp huyện" is no "Phòng Văn hóa cấp huyện").
      if (mentions.some((m) => m.citation.start === s.start && m.citation.end >= s.end)) continue;
      mentions.push({ canonicalName: s.canonicalName, level: s.level, citation: cite(text, s.start, s.end, 'agency.shared-level') });
    }
  }
  return mentions.sort((a, b) => a.citation.start - b.citation.start || a.citation.end - b.citation.end);
}

type Resolved = { canonicalName: string; level: AgencyLevel } | null;

/**
 * Names already resolved, by lexicon: a list of levels asks of every capitalised tail before it, and every
 * question searches the whole lexicon in a string of its own. Emptied when full: the names come from texts.
 */
const resolvedCache = new WeakMap<Lexicons, Map<string, Resolved>>();
const MAX_RESOLVED = 10_000;

function resolveWhole(name: string, lex: Lexicons): Resolved {
  const trimmed = name.trim();
  let resolved = resolvedCache.get(lex);
  if (!resolved) resolvedCache.set(lex, (resolved = new Map()));
  const known = resolved.get(trimmed);
  if (known !== undefined) return known;
  const found = agencyMentions(trimmed, fold(trimmed), lex, { sharedLevels: false, everyDistrict: false });
  const answer = found.length === 1 && found[0].citation.start === 0 && found[0].citation.end === trimmed.length ? { canonicalName: found[0].canonicalName, level: found[0].level } : null;
  if (resolved.size >= MAX_RESOLVED) resolved.clear();
  resolved.set(trimmed, answer);
  return answer;
}

/** A proper name ending a citation. */
const TRAILING_NAME = new RegExp(String.raw`[ \u00a0]+(${NAME_RUN})$`, 'u');

/**
 * The provincial bodies named in a line of text ("Sở Văn hóa, Thể thao và Du lịch"), for an issuer named in a
 * lead; each ends with the body's own words, before a province's name its citation holds ("Sở Y tế Hà Tĩnh").
 */
export function provincialAgenciesIn(text: string, lex: Lexicons): { canonicalName: string; start: number; end: number }[] {
  return agencyMentions(text, fold(text), lex, { sharedLevels: false, everyDistrict: false })
    .filter((a) => a.level === 'PROVINCIAL')
    .map((a) => {
      const province = TRAILING_NAME.exec(a.citation.quote);
      const end = province && isProvinceName(province[1]) ? a.citation.end - province[0].length : a.citation.end;
      return { canonicalName: a.canonicalName, start: a.citation.start, end };
    });
}

/** Canonical name of a body written `name`, when the whole string names one (issuers, tests). */
export function canonicalAgencyName(name: string, lex: Lexicons): string | null {
  return resolveWhole(name, lex)?.canonicalName ?? null;
}
