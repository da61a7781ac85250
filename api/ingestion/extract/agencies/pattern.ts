// Bodies missing from the lexicon, found by a head word ("Sở", "Ban", "Cục", "Phòng", "Trung tâm", "Đồn
// Biên phòng"...) followed by a capitalised name, and an optional unit:
//  - the name walks capitalised words, each followed by at most one lower-case word that is not a verb or a
//    function word (a name that runs on in lower case, "Hội Cựu chiến binh", is no candidate: its end is
//    unknown, unless a place of its own or its unit ends it: "Đồn Biên phòng cửa khẩu quốc tế Lào Cai",
//    "Bệnh viện dã chiến Tiên Sơn", "Trung tâm Dịch vụ nông nghiệp huyện"); a unit word written with its
//    capital ("Phòng Y tế Huyện") is the unit; "và", "-" and a place word ("vùng") join capitalised parts
//    ("Lao động - Thương binh và Xã hội", "Bệnh viện Đa khoa vùng Tây Nguyên"), and so do commas when a "và" closes the series
//    ("Trung tâm Văn hóa, Thông tin và Thể thao"); the walk stops where another body starts;
//  - a name that runs into a known body belongs to it: "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh";
//  - district offices mirror the provincial departments: "Phòng Nông nghiệp và Phát triển nông thôn" takes
//    the department name of "Sở Nông nghiệp và Phát triển nông thôn" whatever its lower-case words; a listed
//    name ("Trung tâm Văn hóa, Thể thao và Truyền thông", "Bệnh viện Phổi") takes the list's letters in the
//    text's punctuation, and, without marks or in capitals, the place after it the gazetteer knows;
//  - a steering committee named by its purpose runs to "COVID-19": "Ban Chỉ đạo chiến dịch tiêm chủng vắc
//    xin phòng COVID-19";
//  - a bare unit after the name is the home district's ("Phòng Giáo dục và Đào tạo huyện" in a letter of
//    huyện Nghĩa Hưng -> "… huyện Nghĩa Hưng"), or in a commune's notice the commune's ("Đài Truyền thanh
//    phường"), a named one is kept ("… huyện Vân Đồn"), otherwise the level.
import { countDiacritics, isDiacriticLess } from '../../../text/diacritics';
import { syllableCounts } from '../../clean/syllable-counts';
import { districtsNamed } from '../../../reference/districts';
import { fold } from '../../../text/fold';
import { foldedAlternation } from '../../../text/regexp';
import { NAME_WORD } from '../../../text/name-word';
import { isProvinceName, isUnitCompound, ownUnit, type Home } from './local';
import type { AgencyLevel } from '../../../domain/facts';
import type { Lexicons } from '../../lexicons';
import { findAll, foldKey, phrasesRegex, startsWithRegex, writtenKey, type StartsWith } from '../../phrases/patterns';

export interface PatternCandidate {
  canonicalName: string;
  level: AgencyLevel;
  start: number;
  end: number;
}

export interface KnownSpan {
  canonicalName: string;
  level: AgencyLevel;
  start: number;
  end: number;
}

interface Compiled {
  heads: { re: RegExp; level: AgencyLevel; words: string[] }[];
  levelSuffixes: { re: StartsWith; level: AgencyLevel; words: string[] }[];
  unitCompounds: StartsWith;
  unitWords: Map<string, AgencyLevel>;
  /** A district's party committee and its unit: "thanh uy" -> "thành phố". */
  committeeUnits: Map<string, string>;
  levelNames: Map<AgencyLevel, string>;
  ambiguous: Set<string>;
  /** A business's or a religious organisation's name opening as a body's would (agencies.json businesses, religiousBodies), folded. */
  notPublic: RegExp;
  /** "Ban Thường vụ", "Ban Thường trực": a body's standing committee, read with the body (local.ts), never walked. */
  standing: StartsWith;
  action: StartsWith;
  /** The instruction verbs as written, lower-cased: to tell "giao" (to assign) from "giáo" in "Ban Tuyên giáo". */
  actionWords: Set<string>;
  bodyStarts: StartsWith;
  joiners: StartsWith;
  joinerWords: readonly string[];
  mirrors: { head: string; names: { re: StartsWith; canonical: string }[]; short: { re: StartsWith; canonical: string }[]; listed: { re: StartsWith; canonical: string }[]; level: AgencyLevel | null }[];
  purpose: { re: RegExp; until: StartsWith; maxWords: number; level: AgencyLevel };
  site: { re: RegExp; head: string; sites: StartsWith; kinds: StartsWith; level: AgencyLevel };
}

// Words that end a capitalised name: a name never continues into a verb, a function word or a date ("Viện
// Pasteur Nha Trang ngày 09/3", "Hội Xuân Núi Bà năm 2022"). Compared as
// written where the word has its marks ("đẳng" in "Cao đẳng" is no "đang"), folded where it has none.
const FUNCTION_WORDS = ['và', 'cùng', 'của', 'theo', 'tại', 'với', 'có', 'là', 'được', 'các', 'cho', 'trong', 'để', 'về', 'đã', 'đang', 'sẽ', 'vừa', 'phải', 'khi', 'như', 'từ', 'đến', 'ở', 'thì', 'kể', 'ngày', 'tháng', 'năm'];
const FOLDED_FUNCTION_WORDS = new Set(FUNCTION_WORDS.map((w) => fold(w)));

function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return countDiacritics(lower).marked === 0 ? FOLDED_FUNCTION_WORDS.has(lower) : FUNCTION_WORDS.includes(lower);
}
const cache = new WeakMap<Lexicons, Compiled>();

function compile(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (c) return c;
  const p = lex.agencies.patterns;
  const mirrors = p.departmentMirrors.map((m) => {
    const of = m.of === null ? null : `${m.of} `;
    const departments = of
      ? lex.agencies.agencies
          .filter((a) => a.canonical.startsWith(of))
          .flatMap((a) => a.variants.filter((v) => v.startsWith(of)).map((v) => ({ re: startsWithRegex([v.slice(of.length)]), canonical: a.canonical.slice(of.length) })))
      : [];
    const listed = m.names.map((n) => ({ re: startsWithRegex([n]), canonical: n }));
    // Short names ("Phòng VH-TT") are read in any text: they spell one office whatever the marks.
    const short = Object.entries(m.abbreviations).map(([a, canonical]) => ({ re: startsWithRegex([a]), canonical }));
    return { head: m.head, names: departments, short, listed, level: m.level };
  });
  const starts = [...p.heads.flatMap((h) => h.words), ...p.localBodies.flatMap((b) => b.words), ...lex.agencies.agencies.flatMap((a) => a.variants)];
  c = {
    heads: p.heads.map((h) => ({ re: phrasesRegex(h.words), level: h.level, words: h.words })),
    levelSuffixes: p.levelSuffixes.map((s) => ({ re: startsWithRegex(s.words), level: s.level, words: s.words })),
    unitCompounds: startsWithRegex(p.unitCompounds),
    unitWords: new Map(p.localUnits.flatMap((u) => u.words.map((w) => [foldKey(w), u.level] as [string, AgencyLevel]))),
    committeeUnits: new Map(p.localCommittees.flatMap((l) => l.words.map((w) => [foldKey(w), l.unit] as [string, string]))),
    levelNames: new Map(p.levelNames.map((l) => [l.level, l.name])),
    ambiguous: new Set(p.ambiguous.map((n) => foldKey(n, { dropVa: true }))),
    notPublic: p.businesses.length + p.religiousBodies.length ? new RegExp(`^(?:${foldedAlternation([...p.businesses, ...p.religiousBodies])})(?![\\p{L}])`, 'u') : /(?!)/u,
    standing: startsWithRegex(p.localPrefixes.filter((x) => x.standing).flatMap((x) => x.words)),
    action: startsWithRegex([...lex.strength.actions, ...lex.strength.delegation, ...lex.strength.required]),
    actionWords: new Set([...lex.strength.actions, ...lex.strength.delegation, ...lex.strength.required].map(writtenKey)),
    bodyStarts: startsWithRegex(starts),
    joiners: startsWithRegex(p.placeJoiners),
    joinerWords: p.placeJoiners,
    mirrors,
    purpose: {
      re: phrasesRegex(p.purposeHeads.words),
      until: startsWithRegex(p.purposeHeads.until),
      maxWords: p.purposeHeads.maxWords,
      level: p.purposeHeads.level,
    },
    site: {
      re: phrasesRegex(p.siteHeads.words),
      head: p.siteHeads.words[0],
      sites: startsWithRegex(p.siteHeads.sites),
      kinds: startsWithRegex(p.siteHeads.kinds),
      level: p.siteHeads.level,
    },
  };
  cache.set(lex, c);
  return c;
}


/**
 * Does an instruction verb start at `at`? Folded, "giáo" in "Ban Tuyên giáo" is "giao" (to assign): a word
 * written with its marks must carry the verb's own; a text without marks is read folded.
 */
function actionAt(text: string, folded: string, at: number, c: Compiled): boolean {
  const m = c.action.exec(folded.slice(at, at + 30));
  if (!m) return false;
  const written = text.slice(at, at + m[0].trimEnd().length);
  return countDiacritics(written).marked === 0 || c.actionWords.has(writtenKey(written));
}

type LevelSuffix = Compiled['levelSuffixes'][number];

/** One word of a name, as written ("Quan", not "QUẬN" nor "quận"). */
const ONE_NAME_WORD = new RegExp(`^${NAME_WORD}$`, 'u');

/**
 * The level suffix ("huyện", "các quận", "tỉnh") that starts at `at` (after spaces), matched folded: unmarked
 * text and a scan that lost a hook write "tinh" for "tỉnh" ("Bệnh viện Phụ sản tinh"). A word written with other
 * marks is another word ("Cục Quân y"), and so is one without marks that directive prose writes after the word
 * before it more often than the suffix ("Cục Hải quan" is customs, not a "quận").
 */
function levelSuffixAt(text: string, folded: string, at: number, c: Compiled): { s: LevelSuffix; m: RegExpExecArray } | null {
  for (const s of c.levelSuffixes) {
    const m = s.re.exec(folded.slice(at, at + 20));
    if (!m) continue;
    const written = text.slice(at, at + m[0].length).trim();
    if (s.words.some((w) => writtenKey(w) === writtenKey(written))) return { s, m };
    if (countDiacritics(written).marked > 0) continue;
    // Capitalised without the marks the words before it have, it is a name's word: "Đồn Biên phòng Tam Quan",
    // "Trạm Y tế Cửa Xa" name places, not a district and a commune.
    if (ONE_NAME_WORD.test(written) && countDiacritics(text.slice(Math.max(0, at - 30), at)).marked > 0) continue;
    const before = /(\p{L}+)[ \u00a0]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1].toLowerCase();
    const { pairs } = syllableCounts();
    const seen = (word: string) => (before ? pairs[`${before} ${writtenKey(word)}`] ?? 0 : 0);
    const own = s.words.filter((w) => foldKey(w) === foldKey(written));
    if (seen(written) <= Math.max(0, ...own.map(seen))) return { s, m };
  }
  return null;
}

/** Does a unit word ("huyện", "thành phố", "phường") or "tỉnh" end right before `at`? */
function afterUnitWord(folded: string, at: number, c: Compiled): boolean {
  const before = folded.slice(Math.max(0, at - 12), at).replace(/[\s\u00a0]+/g, ' ').trimEnd();
  return [...c.unitWords.keys(), 'tinh'].some((w) => before === w || before.endsWith(` ${w}`));
}

const isUpper = (ch: string | undefined): boolean => !!ch && /[\p{Lu}\p{N}]/u.test(ch);
/** A leader's title whose office follows in lower case: "Trưởng phòng ...", "Phó Trưởng ban ...". */
const LEADER_BEFORE = /(?:^|[\s(])(?:Phó\s+)?Trưởng\s+$/u;
/** Single spaces, and " - " between words joined by a spaced hyphen ("Quy hoạch - Kiến trúc"); "COVID-19" stays. */
const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(/\s+[-–]\s*|\s*[-–]\s+/g, ' - ');

/** End of a place joiner at `at` that a capitalised word follows ("khu vực Cẩm Phả"), or 0. */
function placeJoiner(text: string, folded: string, at: number, c: Compiled): number {
  const j = c.joiners.exec(folded.slice(at, at + 20));
  if (!j) return 0;
  const end = at + j[0].length;
  return /^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3)) ? end : 0;
}

/** A known body that starts after at most two more lower-case words (no verb, no function word) from `at`. */
function tailAfterWords(text: string, folded: string, at: number, known: KnownSpan[], c: Compiled): KnownSpan | null {
  const word = /([\p{L}\p{N}]+)[ \u00a0]+/uy;
  let pos = at;
  for (let n = 0; n < 3; n++) {
    const tail = known.find((k) => k.start === pos);
    if (tail) return tail;
    word.lastIndex = pos;
    const m = word.exec(text);
    if (!m || isUpper(m[1][0]) || isFunctionWord(m[1]) || actionAt(text, folded, pos, c)) return null;
    pos = m.index + m[0].length;
  }
  return null;
}

/**
 * The end of a place after at most four lower-case words (no verb, function or unit word) from `at`, when
 * the name does not run on after it; -1 if none.
 */
function placeAfterWords(text: string, folded: string, at: number, c: Compiled): number {
  const word = /([\p{L}\p{N}]+)[ \u00a0]+/uy;
  let pos = at;
  for (let n = 0; n <= 4; n++) {
    if (isUpper(text[pos] ?? '')) {
      // The space before the place is the one the last word ended on.
      const place = PLACE_WORDS.exec(text.slice(pos - 1, pos + 60));
      if (!place || c.bodyStarts.test(folded.slice(pos, pos + 40))) return -1;
      const end = pos - 1 + place[0].length;
      // The place ends the name: a capitalised word after it (or a dash and one: "Côn Sơn - Kiếp Bạc") makes it
      // none, and so does any word after a place of one word, which may be a name running on ("dự án Hạ tầng").
      const next = /^[ \u00a0]+(?:[-–][ \u00a0]*)?[\p{L}\p{N}]/u.exec(text.slice(end, end + 5));
      const oneWord = !/[ \u00a0]/u.test(place[1]);
      if (next && (isUpper(next[0].slice(-1)) || oneWord)) return -1;
      return end;
    }
    word.lastIndex = pos;
    const m = word.exec(text);
    if (!m || isFunctionWord(m[1]) || actionAt(text, folded, pos, c) || bareUnitAt(text, folded, pos, c)) return -1;
    pos = m.index + m[0].length;
  }
  return -1;
}

/** Words a name may run on with before its unit, at most. */
const MAX_WORDS_TO_UNIT = 8;

/**
 * Where the name ends before a unit word or level reached over words (no verb or function word) and dashes from
 * `at`: "nghề nghiệp - Giáo dục thường xuyên huyện"; -1 if none.
 */
function wordsToUnit(text: string, folded: string, at: number, c: Compiled): number {
  const word = /([\p{L}\p{N}]+)(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+)/uy;
  let pos = at;
  let end = -1;
  for (let n = 0; n < MAX_WORDS_TO_UNIT; n++) {
    // Any level ends the words: "đô thị cấp huyện" is "đô thị" at a district's level, not "đô thị cấp" in one.
    if (n > 0 && levelSuffixAt(text, folded, pos, c)) return end;
    word.lastIndex = pos;
    const m = word.exec(text);
    if (!m || isFunctionWord(m[1]) || actionAt(text, folded, pos, c) || c.bodyStarts.test(folded.slice(pos, pos + 40))) return -1;
    end = pos + m[1].length;
    pos = m.index + m[0].length;
  }
  return -1;
}

interface Walk {
  end: number;
  /** A known body the name runs into ("Hội đồng nhân dân tỉnh"), which ends the walk. */
  tail: KnownSpan | null;
}

/** Walks a capitalised name from `pos`; see the header. */
function walkName(text: string, folded: string, pos: number, end: number, known: KnownSpan[], c: Compiled): Walk | null {
  const tokenRe = /((?:[ \u00a0]+và[ \u00a0]+|[ \u00a0]*,[ \u00a0]*|[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+))([\p{L}\p{N}]+)/uy;
  let nameEnd = -1;
  let safeEnd = -1;
  let pendingComma = false;
  let lowerRun = 0;
  let capitals = 0;
  /** A place's name is all capitals: after "vùng Tây Nguyên" a lower-case word ends the name. */
  let afterPlace = false;
  for (let n = 0; n < 10; n++) {
    tokenRe.lastIndex = pos;
    const m = tokenRe.exec(text);
    if (!m || pos >= end) break;
    const sep = m[1].trim();
    const word = m[2];
    const wordAt = m.index + m[1].length;
    const tail = capitals > 0 && !sep ? known.find((k) => k.start === wordAt) : undefined;
    // After a comma no "và" closed, the known body is the list's next one ("Phòng Y tế, Chi nhánh Ngân hàng
    // Chính sách xã hội huyện"): the name before the comma stands.
    if (tail && pendingComma) return safeEnd > 0 ? { end: safeEnd, tail: null } : null;
    if (tail) return { end: tail.end, tail };
    if (isUpper(word[0])) {
      if (sep && c.bodyStarts.test(folded.slice(wordAt, wordAt + 40))) break;
      // "Phòng Y tế Huyện", "Công an Tỉnh": a unit word written with its capital, as the south often does, is the
      // name's unit (withUnit), not a word of it.
      if (!sep && capitals > 0 && bareUnitAt(text, folded, wordAt, c)) break;
      if (sep === ',') {
        if (!pendingComma) safeEnd = nameEnd;
        pendingComma = true;
      } else if (sep === 'và') pendingComma = false;
      capitals++;
      lowerRun = 0;
    } else if (!sep && capitals > 0 && placeJoiner(text, folded, wordAt, c) > 0) {
      // "vùng", "khu vực" before a capitalised place: skip the joiner, the place follows.
      pos = placeJoiner(text, folded, wordAt, c);
      afterPlace = true;
      continue;
    } else {
      if (sep || capitals === 0 || afterPlace) {
        // "Đồn Biên phòng cửa khẩu Ma Lù Thàng": a head whose name opens in lower case and ends at a place.
        const placeEnd = !sep && capitals === 0 && !afterPlace ? placeAfterWords(text, folded, wordAt, c) : -1;
        if (placeEnd > 0) return { end: placeEnd, tail: null };
        break;
      }
      if (isFunctionWord(word) || actionAt(text, folded, wordAt, c)) break;
      // "Bảo trợ xã hội", "Chính sách xã hội": a compound opening with a unit word is one word of the name.
      if (isUnitCompound(text, folded, wordAt, c.unitCompounds)) {
        pos = wordAt + (c.unitCompounds.exec(folded.slice(wordAt, wordAt + 20))?.[0].length ?? 0);
        nameEnd = pos;
        continue;
      }
      // "Phòng TC-KH huyện": a unit word after the name is its unit (withUnit), not a word of it.
      const unitWord = levelSuffixAt(text, folded, wordAt, c) !== null;
      if (lowerRun === 0 && unitWord) break;
      if (lowerRun >= 1) {
        // After a comma no "và" has closed, a name that runs on in lower case is the next body's, whatever ends
        // it ("Phòng Kinh tế và Hạ tầng, Đội Quản lý thị trường", "Cảng vụ Hàng hải, Cảng hàng không quốc tế Nội
        // Bài"): the name before the comma stands.
        if (pendingComma) return safeEnd > 0 ? { end: safeEnd, tail: null } : null;
        // "Phòng Cảnh sát giao thông Công an tỉnh": lower-case words may lead to a known body it belongs to.
        const tail = tailAfterWords(text, folded, wordAt, known, c);
        if (tail) return { end: tail.end, tail };
        // "Đồn Biên phòng cửa khẩu quốc tế Lào Cai": lower-case words may lead to the place that ends the name,
        // or to its unit ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện").
        const placeEnd = placeAfterWords(text, folded, wordAt, c);
        if (placeEnd > 0) return { end: placeEnd, tail: null };
        const unitAt = unitWord ? -1 : wordsToUnit(text, folded, wordAt, c);
        if (unitAt > 0) return { end: unitAt, tail: null };
        // "Hội Cựu chiến binh", "Trường Cao đẳng Kỹ thuật công nghiệp": a name that runs on in lower case,
        // past its unit word, has no end a reader could cite; none is better than a truncated one.
        if (!unitWord) return null;
        break;
      }
      lowerRun++;
    }
    pos = m.index + m[0].length;
    nameEnd = pos;
  }
  // A comma series that no "và" closed was a list of names, not one name.
  if (pendingComma) nameEnd = safeEnd;
  return nameEnd < 0 || capitals === 0 ? null : { end: nameEnd, tail: null };
}

/** Does a unit word alone ("huyện", "tỉnh", "thị xã"; not "cấp huyện" or "Tỉnh ủy") start at `at`? */
function bareUnitAt(text: string, folded: string, at: number, c: Compiled): boolean {
  const found = levelSuffixAt(text, folded, at, c);
  return found !== null && (c.unitWords.has(foldKey(found.m[0])) || foldKey(found.m[0]) === 'tinh');
}

/** A mirrored name: where it ends, its spelling, and the level of the bodies it names. */
interface Mirrored {
  end: number;
  name: string;
  level: AgencyLevel | null;
}

/**
 * A listed name in the text's own punctuation and the list's letters: "Van hoa, The thao va Truyen thong" and
 * "Văn hoá - Thể thao và Truyền thông" -> "Văn hóa, Thể thao và Truyền thông", "Văn hóa - Thể thao và Truyền
 * thông". The listed spelling when the words differ.
 */
function spelledAsListed(written: string, listed: string): string {
  const words = listed.match(/[\p{L}\p{N}]+/gu) ?? [];
  let next = 0;
  let same = true;
  const out = written.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const marked = words[next++];
    same &&= marked !== undefined && foldKey(marked) === foldKey(word);
    return marked ?? word;
  });
  return same && next === words.length ? tidy(out) : listed;
}

const PLACE_WORDS = /^[ \u00a0]+(\p{Lu}\p{Ll}*(?:[ \u00a0]+\p{Lu}\p{Ll}*){0,2})(?![\p{L}\p{N}])/u;
const PLACE_WORDS_IN_CAPITALS = /^[ \u00a0]+(\p{Lu}[\p{Lu}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{Lu}\p{M}]*){0,2})(?![\p{L}\p{N}])/u;

/**
 * The place a listed name serves, in a text without marks or in capitals: "Benh vien Da khoa Sa Dec" -> "Sa
 * Đéc", "... khu vuc Bac Quang" -> "khu vực Bắc Quang". A district's name takes the gazetteer's spelling; a
 * province's makes the body the province's, as the lexicon names it ("Benh vien Da khoa Ca Mau" -> "Bệnh viện Đa
 * khoa tỉnh"). Without marks another name stays as written; in capitals, where nothing shows where a name ends,
 * only a place the gazetteer knows is read ("BỆNH VIỆN ĐA KHOA ĐỒNG THÁP BỐ TRÍ").
 */
function placeAfter(text: string, folded: string, at: number, c: Compiled, capitals: boolean): { end: number; name: string } | null {
  const joiner = c.joiners.exec(folded.slice(at, at + 20));
  const from = joiner && placeJoiner(text, folded, at, c) > 0 ? at + joiner[0].length : at;
  const m = (capitals ? PLACE_WORDS_IN_CAPITALS : PLACE_WORDS).exec(text.slice(from, from + 40));
  if (!m || c.bodyStarts.test(folded.slice(from + m[0].length - m[1].length, from + m[0].length + 20))) return null;
  const joined = joiner && from > at ? `${c.joinerWords.find((w) => foldKey(w) === foldKey(joiner[0])) ?? joiner[0].trim()} ` : '';
  const nameStart = from + m[0].length - m[1].length;
  const words = m[1].split(/[ \u00a0]+/u);
  // In capitals the longest known start of the run; otherwise the run itself.
  for (let n = words.length; n >= (capitals ? 1 : words.length); n--) {
    const place = new RegExp(`^\\S+(?:[ \\u00a0]+\\S+){${n - 1}}`, 'u').exec(m[1])![0];
    const end = nameStart + place.length;
    if (!joiner && isProvinceName(place)) return { end, name: 'tỉnh' };
    const spellings = new Set(districtsNamed(place).map((d) => d.name));
    if (spellings.size === 1) return { end, name: `${joined}${[...spellings][0]}` };
    if (!capitals) return { end, name: `${joined}${place}` };
  }
  return null;
}

/** Does a capitalised word that is no unit, verb or function word follow `at`: a name that runs on? */
function runsOn(text: string, folded: string, at: number, c: Compiled): boolean {
  const next = /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(at, at + 30));
  if (!next || !isUpper(next[1][0])) return false;
  const wordAt = at + next[0].length - next[1].length;
  if (levelSuffixAt(text, folded, wordAt, c)) return false;
  return !isFunctionWord(next[1]) && !actionAt(text, folded, wordAt, c) && !c.bodyStarts.test(folded.slice(wordAt, wordAt + 40));
}

/**
 * "Phòng" + the name of a provincial department ("Nông nghiệp và Phát triển nông thôn"), or a body's listed
 * name ("Trung tâm Văn hóa, Thông tin và Thể thao", "Đài Truyền thanh"), spelled with its marks in a text that
 * lost them ("Phong Kinh te" is "Phòng Kinh tế"). It ends a name whose walk runs on in lower case ("... Thể
 * thao phát thông tin") or stops at a comma no "và" closes ("Văn hóa, Truyền thanh - Truyền hình").
 */
function mirrored(head: string, text: string, folded: string, pos: number, c: Compiled): Mirrored | null {
  const m = c.mirrors.find((x) => x.head.toLowerCase() === head.toLowerCase());
  if (!m) return null;
  let best: (Mirrored & { listed: boolean }) | null = null;
  const consider = (re: StartsWith, name: string, level: AgencyLevel | null, listed: boolean) => {
    const hit = re.exec(folded.slice(pos, pos + 80));
    if (hit && (!best || pos + hit[0].length > best.end)) best = { end: pos + hit[0].length, name, level, listed };
  };
  for (const n of m.names) consider(n.re, n.canonical, null, false);
  // A short name stands for a listed one, at its level ("Trung tâm VHTT-TT" is a district's).
  for (const n of m.short) consider(n.re, n.canonical, m.level, false);
  for (const n of m.listed) consider(n.re, n.canonical, m.level, true);
  const found = best as (Mirrored & { listed: boolean }) | null;
  if (!found) return null;
  return { end: found.end, level: found.level, name: found.listed ? spelledAsListed(text.slice(pos, found.end).trim(), found.name) : found.name };
}

/**
 * The unit after a name: a level suffix, a place, or the home district. `everyUnit`: a body every district has
 * (a mirrored office, a listed centre); without a unit, in a text of no district or commune, it is every
 * district's ("Phòng Giáo dục và Đào tạo" in a province's release).
 */
function withUnit(text: string, folded: string, name: string, nameEnd: number, level: AgencyLevel, home: Home | null, c: Compiled, commune: Home | null = null, everyUnit = false): { name: string; end: number; level: AgencyLevel } {
  const found = isUnitCompound(text, folded, nameEnd, c.unitCompounds) ? null : levelSuffixAt(text, folded, nameEnd, c);
  if (found && /^[ \u00a0]/.test(folded.slice(nameEnd))) {
    const { s, m } = found;
    const stop = nameEnd + m[0].length;
    // As the lexicon spells it: OCR and unmarked text write "tinh" for "tỉnh", a title in capitals "TỈNH".
    const written = text.slice(nameEnd, stop).trim();
    const respell = countDiacritics(written).marked === 0 || written === written.toUpperCase();
    const unit = (respell && s.words.find((w) => foldKey(w) === foldKey(written))) || written;
    // "Phòng Giáo dục và Đào tạo các huyện": every body of that level.
    const plural = /^cac\s+/u.exec(foldKey(unit));
    const unitLevel = c.unitWords.get(plural ? foldKey(unit).slice(plural[0].length) : foldKey(unit));
    const pluralLevel = plural && unitLevel ? c.levelNames.get(unitLevel) : undefined;
    if (pluralLevel && unitLevel) return { name: `${name} ${pluralLevel}`, end: stop, level: unitLevel };
    // "Ban Tuyên giáo Thành ủy" in a city's own letter is the city's (a centrally-run city writes "Thành ủy" for
    // its provincial committee, and its letters have no district home).
    if (home && c.committeeUnits.get(foldKey(unit)) === home.unit) return { name: `${name} ${unit} ${home.name}`, end: stop, level: 'DISTRICT' };
    if (!unitLevel) {
      // "Trung tâm Bảo tồn Di tích quốc gia Côn Đảo", "Bệnh viện Trung ương Huế": the place after a national
      // word is the name's own.
      const own = s.level === 'NATIONAL' ? PLACE_WORDS.exec(text.slice(stop, stop + 60)) : null;
      if (own && !c.bodyStarts.test(folded.slice(stop + own[0].length - own[1].length, stop + 60))) return { name: `${name} ${unit} ${own[1]}`, end: stop + own[0].length, level: s.level };
      return { name: `${name} ${unit}`, end: stop, level: s.level };
    }
    const place = /^[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]*){0,3})(?![\p{L}\p{N}])/u.exec(text.slice(stop, stop + 60));
    if (place) return { name: `${name} ${unit.toLowerCase()} ${place[1]}`, end: stop + place[0].length, level: unitLevel };
    // "Đài Truyền thanh phường" in a notice of phường An Tịnh is the ward's own.
    const own = ownUnit(unit, home, commune);
    if (own) return { name: `${name} ${own.place.unit} ${own.place.name}`, end: stop, level: own.level };
    const levelName = c.levelNames.get(unitLevel);
    // "thành phố" alone is the province's city in a provincial text: kept as written.
    if (!levelName || foldKey(unit) === 'thanh pho') return { name: `${name} ${unit}`, end: stop, level: s.level };
    return { name: `${name} ${levelName}`, end: stop, level: unitLevel };
  }
  if (level === 'DISTRICT' && home) return { name: `${name} ${home.unit} ${home.name}`, end: nameEnd, level };
  const levelName = c.levelNames.get(level);
  if (everyUnit && !home && !commune && levelName) return { name: `${name} ${levelName}`, end: nameEnd, level };
  return { name, end: nameEnd, level };
}

function purposeCandidates(text: string, folded: string, end: number, home: Home | null, c: Compiled, out: PatternCandidate[], commune: Home | null): void {
  for (const hit of findAll(c.purpose.re, folded, 0, end)) {
    if (!isUpper(text[hit.start])) continue;
    const words = /(?:[ \u00a0]+|,[ \u00a0]*)(\p{Ll}+)/uy;
    let pos = hit.end;
    // "Ban Chỉ đạo quán triệt nghiêm các biện pháp phòng, chống dịch COVID-19": a verb right after the head is
    // what the committee does; a purpose opens with a noun ("chiến dịch", "phòng, chống").
    if (actionAt(text, folded, pos + (/^[ \u00a0]*/u.exec(folded.slice(pos))?.[0].length ?? 0), c)) continue;
    // "kết luận của Trưởng Ban Chỉ đạo về việc hỏa táng ... COVID-19": "về" opens the subject of what it said.
    if (/^[ \u00a0]+ve(?![\p{L}])/u.test(folded.slice(pos, pos + 6))) continue;
    for (let n = 0; n < c.purpose.maxWords; n++) {
      const u = c.purpose.until.exec(folded.slice(pos, pos + 20));
      if (u && n > 0) {
        const stop = pos + u[0].length;
        const unit = withUnit(text, folded, tidy(text.slice(hit.start, stop)), stop, c.purpose.level, home, c, commune);
        out.push({ canonicalName: unit.name, level: unit.level, start: hit.start, end: unit.end });
        break;
      }
      words.lastIndex = pos;
      const m = words.exec(text);
      if (!m) break;
      pos = m.index + m[0].length;
    }
  }
}

/** A proper name's next word: capitalised, after a space or a dash ("Côn Sơn - Kiếp Bạc", "Núi Bà Đen"). */
const PROPER_WORD = /(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+)\p{Lu}[\p{L}\p{N}]*/uy;

/**
 * "Ban Quản lý di tích Côn Sơn - Kiếp Bạc", "Ban Quản lý chợ Đông Ba", "Ban Quản lý Khu du lịch quốc gia Núi
 * Bà Đen": a board named after the site it manages, its head written as a name, the kind of site and the
 * site's proper name, which ends at the first word in lower case. Without a proper name ("Ban Quản lý các
 * chợ") it names no one board; "ban quản lý chợ Xanh" in lower case is a common noun.
 */
function siteCandidates(text: string, folded: string, end: number, home: Home | null, c: Compiled, out: PatternCandidate[], commune: Home | null): void {
  for (const hit of findAll(c.site.re, folded, 0, end)) {
    // Written as a name ("Ban Quản lý"), with its marks: in capitals or unmarked the site's name has no end
    // or no spelling.
    const head = text.slice(hit.start, hit.end);
    if (head !== c.site.head || isDiacriticLess(text.slice(hit.end, hit.end + 60))) continue;
    const site = c.site.sites.exec(folded.slice(hit.end, hit.end + 40));
    if (!site) continue;
    let pos = hit.end + site[0].length;
    pos += c.site.kinds.exec(folded.slice(pos, pos + 12))?.[0].length ?? 0;
    const nameStart = pos;
    for (let n = 0; n < 8; n++) {
      PROPER_WORD.lastIndex = pos;
      const m = PROPER_WORD.exec(text);
      if (!m || m.index !== pos || m.index + m[0].length > end) break;
      // The next body's name is not the site's: "Ban Quản lý chợ Ủy ban nhân dân xã ...". A one-word head
      // before a word in lower case names none: "cảng cá Cửa Hội hướng dẫn".
      const body = c.bodyStarts.exec(folded.slice(pos, pos + 40));
      if (body && (/\s/u.test(body[0].trim()) || /^[ \u00a0]+\p{Lu}/u.test(text.slice(pos + body[0].length, pos + body[0].length + 4)))) break;
      pos += m[0].length;
    }
    if (pos === nameStart) continue;
    const name = tidy(`${c.site.head}${text.slice(hit.end, pos)}`);
    const unit = withUnit(text, folded, name, pos, c.site.level, home, c, commune);
    out.push({ canonicalName: unit.name, level: unit.level, start: hit.start, end: unit.end });
  }
}

/** Below this length a text is a name read alone, not a document. */
const SHORT_NAME = 120;

export function patternCandidates(text: string, folded: string, end: number, known: KnownSpan[], home: Home | null, lex: Lexicons, commune: Home | null = null, everyDistrict = true): PatternCandidate[] {
  const c = compile(lex);
  const out: PatternCandidate[] = [];
  // A name read alone ("PHONG GIAO DUC VA DAO TAO" of a letterhead) is too short to judge by share: without a
  // single mark, it lost them.
  const unmarked = isDiacriticLess(text.slice(0, end)) || (end < SHORT_NAME && countDiacritics(text.slice(0, end)).marked === 0);
  for (const head of c.heads) {
    for (const hit of findAll(head.re, folded, 0, end)) {
      const written = text.slice(hit.start, hit.end);
      // Folding makes "Số" look like "Sở": a head must match with its diacritics. An all-capitals head is
      // a title line ("BAN CHỈ ĐẠO ..."), where capitals say nothing about where a name ends, unless a
      // department's name follows, which gives both ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" over that office's tasks).
      // The head of an office is written in lower case inside its leader's title ("Trưởng phòng Y tế huyện"):
      // then only a listed department's name is read after it, never a walk.
      const inTitle = !isUpper(written[0]);
      if (inTitle && !LEADER_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start))) continue;
      const capitals = written === written.toUpperCase();
      // A text that lost its marks writes "Phong Giao duc va Dao tao" for "Phòng Giáo dục và Đào tạo": its head
      // matches folded when a listed name follows, which gives the spelling (a walked name would keep none).
      const exact = head.words.find((w) => w.toLowerCase() === written.replace(/\s+/g, ' ').toLowerCase());
      const headWord = exact ?? (unmarked ? head.words.find((w) => foldKey(w) === foldKey(written)) : undefined);
      if (!headWord || (!exact && !mirrored(headWord, text, folded, hit.end, c))) continue;
      // "thành phố Hội An", "phường Trường Thịnh": a place whose name starts like a body's head.
      if (afterUnitWord(folded, hit.start, c)) continue;
      // "Ban Thường vụ Tỉnh đoàn" is the union's standing committee: the union, found on its own.
      if (c.standing.exec(folded.slice(hit.start, hit.start + 20))) continue;
      // The department's name when the walk stops short of it ("Phòng Nông nghiệp và Phát triển nông thôn"),
      // the walk when it runs further ("Phòng Tài chính - Kế hoạch").
      const walked = exact && !capitals && !inTitle ? walkName(text, folded, hit.end, end, known, c) : null;
      const found = mirrored(headWord, text, folded, hit.end, c);
      if (capitals) {
        const heading = found && text.slice(hit.start, found.end);
        if (!heading || heading !== heading.toUpperCase()) continue;
      }
      const mirror = found && (!walked || (!walked.tail && walked.end <= found.end)) ? found : null;
      const walk = mirror ? { end: mirror.end, tail: null } : walked;
      if (!walk) continue;
      if (walk.tail) {
        const before = tidy(text.slice(hit.start, walk.tail.start).trim());
        out.push({ canonicalName: `${before} ${walk.tail.canonicalName}`, level: walk.tail.level, start: hit.start, end: walk.end });
        continue;
      }
      // Unmarked or in capitals, a listed name is followed by the place it serves (placeAfter).
      const place = mirror && (unmarked || capitals) ? placeAfter(text, folded, mirror.end, c, capitals) : null;
      // In capitals a listed body's own name the gazetteer does not know ("BỆNH VIỆN ĐA KHOA HOÀN MỸ") has no end.
      if (capitals && mirror && !place && !mirror.level && runsOn(text, folded, mirror.end, c)) continue;
      const nameEnd = place?.end ?? walk.end;
      const name = mirror ? `${headWord} ${mirror.name}${place ? ` ${place.name}` : ''}` : tidy(text.slice(hit.start, walk.end));
      // "Hội An" is a city whose name opens with a head word; "Hội Xuân năm 2022" an event of a year.
      if (c.ambiguous.has(foldKey(name, { dropVa: true })) || (!mirror && districtsNamed(name).length > 0)) continue;
      // "Phòng karaoke Sao Mai", "Trung tâm tiệc cưới Kim Cương": a business the text closes or names; "Ban Trị sự
      // Giáo hội Phật giáo tỉnh": a church's board.
      if (c.notPublic.test(folded.slice(hit.start, nameEnd))) continue;
      if (/^[\s\u00a0]+nam[\s\u00a0]+\d{4}/u.test(folded.slice(nameEnd, nameEnd + 12))) continue;
      // A listed district body ("Trung tâm Văn hóa - Thông tin và Thể thao") is the home district's when no unit follows.
      const listed = !!found && found.end === nameEnd;
      const level = listed ? found.level ?? head.level : head.level;
      const unit = withUnit(text, folded, name, nameEnd, level, home, c, commune, listed && everyDistrict);
      out.push({ canonicalName: unit.name, level: unit.level, start: hit.start, end: unit.end });
    }
  }
  purposeCandidates(text, folded, end, home, c, out, commune);
  siteCandidates(text, folded, end, home, c, out, commune);
  return out;
}
