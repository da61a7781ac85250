// Bodies that every district or commune has, named by their unit (agencies.json "localBodies",
// "localCommittees", "localPrefixes", "localUnits"):
//  - with a place: "UBND huyện Vân Đồn", "Trung tâm Y tế thị xã Sa Pa", "Huyện ủy Tiên Yên", and lists that
//    share the body: "UBND các huyện Đầm Dơi, Ngọc Hiển và thành phố Cà Mau", "UBND phường Bắc Lý, phường Nam Lý";
//  - all units of a level: "UBND các xã, thị trấn", "Trạm Y tế cấp xã", "Trạm Y tế xã" -> "… cấp xã";
//  - the document's own district (the issuer's, from the metadata), written without its name: "Công an huyện", "Huyện ủy",
//    "Ban cán sự đảng UBND huyện" in a letter of huyện Mường Tè -> "… huyện Mường Tè";
//  - the document's own commune, for a commune's notice: "Công an phường", "Trạm Y tế" in a notice of phường
//    Tương Mai -> "… phường Tương Mai";
//  - with a prefix naming a part of the body: "Thường trực Huyện ủy", "Đảng đoàn HĐND huyện".
// "thành phố X" is a district-level city unless X is a centrally-run city (then the province's body).
// Also here: heads named after their province ("Báo Kon Tum" is "Báo tỉnh").
import { DISTRICT_KIND_WORDS, districtsNamed, namingOf, withModernTones } from '../../../reference/districts';
import { communeSpelling, communesNamed } from '../../../reference/communes';
import { countDiacritics, losesMarksOnly } from '../../../text/diacritics';
import { capitalsShare } from '../../../text/char-class';
import { CAPS_NAME_WORD } from '../../../text/name-word';
import { fold } from '../../../text/fold';
import { loadProvinces } from '../../../reference/provinces';
import { isPersonalName, isSurname } from '../../metadata/personal-name';
import type { AgencyLevel } from '../../../domain/facts';
import type { Lexicons } from '../../lexicons';
import { foldKey, phrasesRegex, findAll, startsWithRegex, type StartsWith, endsWithRegex, writtenKey } from '../../phrases/patterns';

/** The unit words of districts ("huyện", "thị xã"...): a home written with one is a district, not a commune. */
const DISTRICT_UNIT_WORDS = new Set(Object.values(DISTRICT_KIND_WORDS).map((w) => w.unit));

/** The district whose own document is read: its bodies written without their place keep it ("Công an huyện" -> "Công an huyện Lục Ngạn"). */
export interface Home {
  /** The unit word as a canonical name writes it: "huyện", "thị xã", "thành phố", "quận". */
  unit: string;
  /** The gazetteer's spelling: "Lục Ngạn". */
  name: string;
}

/**
 * The letter's own unit a bare unit word names: its district's ("Công an huyện" in a letter of huyện Lục Ngạn)
 * or, in a commune's notice, its commune's ("Công an phường" in a notice of phường Tương Mai).
 */
export function ownUnit(word: string, home: Home | null, commune: Home | null): { place: Home; level: AgencyLevel } | null {
  const key = foldKey(word);
  if (home && foldKey(home.unit) === key) return { place: home, level: 'DISTRICT' };
  if (commune && foldKey(commune.unit) === key) return { place: commune, level: 'COMMUNE' };
  return null;
}

export interface LocalCandidate {
  canonicalName: string;
  level: AgencyLevel;
  start: number;
  end: number;
}

interface Unit {
  re: StartsWith;
  level: AgencyLevel;
  /** "huyện", "thị xã", "thành phố", "xã"... as a canonical name writes it. */
  word: string;
  /** The spelling `re` matches, marks kept ("quận", "Q."). */
  spelling: string;
}

interface Compiled {
  bodies: { re: RegExp; canonical: string; lowerOk: boolean; bareLevel: AgencyLevel | null; organisation: boolean; inCommunes: boolean; unitOnly: boolean }[];
  /** `ownUnit`: the committee's own unit word, which may come before its place ("Huyện ủy huyện Phú Lương"). */
  committees: { re: RegExp; level: AgencyLevel; unit: string; ownUnit: RegExp; word: string; organisation: boolean }[];
  prefixes: { re: RegExp; canonical: string; standing: boolean }[];
  units: Unit[];
  /** "xã hội": a unit word that opens a lower-case compound names no unit. */
  unitCompounds: StartsWith;
  /** "Huyện ủy", "Huyện đoàn": a committee after a comma opens a new body, not another unit of a list. */
  committeeStarts: StartsWith;
  plural: StartsWith;
  levelWord: StartsWith;
  levelNames: Map<AgencyLevel, string>;
  provincial: StartsWith;
  central: Set<string>;
  /** Every body's opening words by their first word, folded ("thanh tra" under "thanh") and as written. */
  bodyOpenings: Map<string, string[]>;
  bodyOpeningsWritten: Map<string, string[]>;
  provinceNamed: { re: RegExp; canonical: string }[];
  provinces: Set<string>;
}

const cache = new WeakMap<Lexicons, Compiled>();
const S = '[\\s\\u00a0]';
/** One to four capitalised words: "Vân Đồn", "Pa Vệ Sủ"; a numbered district "Quận 1" keeps its number. */
const NAME = /^[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]*){0,3}|\d{1,2})(?![\p{L}\p{N}])/u;
/** One to four words in capitals: "NHA TRANG". */
const CAPITALS_NAME = new RegExp(String.raw`^[ \u00a0]+(${CAPS_NAME_WORD}(?:[ \u00a0]+${CAPS_NAME_WORD}){0,3})(?![\p{L}\p{N}])`, 'u');

function compile(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (c) return c;
  const p = lex.agencies.patterns;
  const words = (w: string) => w.split(/\s+/).length;
  const starts = [
    ...p.heads.flatMap((h) => h.words),
    ...p.localBodies.flatMap((b) => b.words),
    ...p.localCommittees.flatMap((b) => b.words),
    ...p.localPrefixes.flatMap((b) => b.words),
    ...lex.agencies.agencies.flatMap((a) => a.variants),
  ];
  const byFirstWord = (keys: string[]) => {
    const map = new Map<string, string[]>();
    for (const key of new Set(keys)) {
      const first = key.split(' ')[0];
      map.set(first, [...(map.get(first) ?? []), key]);
    }
    return map;
  };
  const bodyOpenings = byFirstWord(starts.map((w) => foldKey(w)));
  const bodyOpeningsWritten = byFirstWord(starts.map((w) => writtenWords(w)));
  c = {
    bodies: p.localBodies.flatMap((b) =>
      b.words.map((w) => ({ re: phrasesRegex([w]), canonical: b.canonical, lowerOk: b.caseInsensitive || words(w) >= p.lowerCaseMinWords, bareLevel: b.bareLevel, organisation: b.organisation, inCommunes: b.inCommunes, unitOnly: b.unitOnly })),
    ),
    committees: p.localCommittees.map((m) => ({
      re: phrasesRegex(m.words),
      level: m.level,
      unit: m.unit,
      ownUnit: new RegExp(String.raw`^[ \u00a0]+${foldKey(m.unit)}(?=[ \u00a0])`, 'u'),
      word: m.words[0],
      organisation: m.organisation,
    })),
    prefixes: p.localPrefixes.map((x) => ({ re: new RegExp(endsWithRegex(x.words).source.replace(/\$$/, `${S}+$`), 'u'), canonical: x.canonical, standing: x.standing })),
    units: p.localUnits.flatMap((u) => u.words.map((w) => ({ re: startsWithRegex([w]), level: u.level, word: u.words[0], spelling: w }))),
    unitCompounds: startsWithRegex(p.unitCompounds),
    committeeStarts: startsWithRegex(p.localCommittees.flatMap((m) => m.words)),
    plural: startsWithRegex(p.pluralWords),
    levelWord: startsWithRegex(p.levelWords),
    levelNames: new Map(p.levelNames.map((l) => [l.level, l.name])),
    provincial: startsWithRegex(p.provincialSuffixes),
    central: new Set(p.centralCities.map((n) => foldKey(n))),
    bodyOpenings,
    bodyOpeningsWritten,
    provinceNamed: p.provinceNamed.map((x) => ({ re: phrasesRegex(x.words), canonical: x.canonical })),
    provinces: provinceKeys(),
  };
  cache.set(lex, c);
  return c;
}

const isUpper = (ch: string | undefined): boolean => !!ch && /[\p{Lu}\p{N}]/u.test(ch);

function unitAt(text: string, folded: string, pos: number, c: Compiled): { unit: Unit; end: number } | null {
  const rest = folded.slice(pos, pos + 30);
  if (!/^[\s\u00a0]/u.test(rest) || isUnitCompound(text, folded, pos, c.unitCompounds)) return null;
  let best: { unit: Unit; end: number } | null = null;
  for (const unit of c.units) {
    const m = unit.re.exec(rest);
    if (m && (!best || pos + m[0].length > best.end) && spelledAs(text.slice(pos, pos + m[0].length), unit)) best = { unit, end: pos + m[0].length };
  }
  return best;
}

/**
 * Matched folded, a unit word written with marks of its own is another word: "Ban Chỉ đạo quán triệt" holds no
 * "quận". One that only lost marks ("huyên" in a legacy font) is the unit word.
 */
function spelledAs(written: string, unit: Unit): boolean {
  return losesMarksOnly(written.replace(/[\s\u00a0]+/gu, ' ').trim(), unit.spelling);
}

/** Does a lower-case compound that opens with a unit word ("xã hội") start at `pos`? "xã Hội Sơn" is a commune. */
export function isUnitCompound(text: string, folded: string, pos: number, compounds: StartsWith): boolean {
  const m = compounds.exec(folded.slice(pos, pos + 20));
  if (!m) return false;
  const written = text.slice(pos, pos + m[0].length);
  return written === written.toLowerCase();
}

/** Lower-cased words as written, marks kept, punctuation dropped: "công an huyện". */
const writtenWords = (s: string) => writtenKey(s).replace(/[^\p{L}\p{M}\p{N} ]+/gu, ' ').replace(/ +/g, ' ').trim();

/**
 * Does the text open with a body's words ("Thanh tra huyện", "Công an", "Ban ...")? Compared with its marks
 * where it has them: "Vạn Mai" is a commune, though "van" also starts "Văn phòng"; and a name that only shares
 * its first word with a body ("Thanh Thủy", "Trung Thành") is a place. `written` is the name and what follows it.
 */
function startsBody(written: string, c: Compiled): boolean {
  // Written without marks, "Phong" may be "Phòng"; among marked words it is a place's "Phong Quang".
  const unmarked = countDiacritics(written).marked === 0;
  const key = unmarked ? foldKey(written) : writtenWords(written);
  const openings = (unmarked ? c.bodyOpenings : c.bodyOpeningsWritten).get(key.split(' ')[0]);
  return (openings ?? []).some((o) => key === o || key.startsWith(`${o} `));
}

let provinces: Set<string> | null = null;

/** The provinces' names and other spellings, folded. */
function provinceKeys(): Set<string> {
  provinces ??= new Set(loadProvinces().flatMap((r) => [r.name, ...r.aliases]).map((n) => foldKey(n)));
  return provinces;
}

/** Whether a name, in any spelling, is a province's ("Lạng Sơn", "Hà Nội"). */
export function isProvinceName(name: string): boolean {
  return provinceKeys().has(foldKey(name));
}

/** A district or a province the gazetteer knows by this name. */
function isKnownPlace(name: string): boolean {
  return districtsNamed(name).length > 0 || isProvinceName(name);
}

/**
 * The place's name after a unit word. A person's name may follow it ("Bí thư Thị ủy Tân Châu Nguyễn Đắc Tài",
 * "Chủ tịch UBND huyện Krông Pắc Trần Văn Nam"): a run of capitalised words the gazetteer does not know is cut
 * to its longest start it knows, for a district's or a province's body.
 */
function nameAt(text: string, pos: number, level: AgencyLevel | null = null, inCapitals = false): { name: string; end: number } | null {
  const m = NAME.exec(text.slice(pos, pos + 60));
  if (!m) {
    if (!inCapitals) return null;
    if (level === 'DISTRICT' || level === 'PROVINCIAL') return knownNameInCapitals(text, pos, isKnownPlace);
    return level === 'COMMUNE' ? knownNameInCapitals(text, pos, isKnownCommune) : null;
  }
  const start = pos + m[0].length - m[1].length;
  // A commune's name is not in the gazetteer: "xã Tân Phú Trung" is no "Tân Phú".
  if ((level === 'DISTRICT' || level === 'PROVINCIAL') && /[ \u00a0]/u.test(m[1]) && !isKnownPlace(m[1])) {
    const known = longestKnownStart(m[1]);
    if (known) return { name: known, end: start + known.length };
    // No start of it is a place, and it reads as a person's name: the unit word stood alone, the name is who
    // heads the body ("do Phó Chủ tịch UBND huyện Trần Văn Minh ký").
    if (isPersonalName(m[1])) return null;
  }
  // "Chủ tịch UBND xã Tân Phú Trung Nguyễn Văn Nam": the commune the list knows, where a family name follows it.
  if (level === 'COMMUNE' && /[ \u00a0]/u.test(m[1]) && !isKnownCommune(m[1])) {
    const known = longestKnownStart(m[1], isKnownCommune);
    const next = known && m[1].slice(known.length).trim().split(/[ \u00a0]+/u)[0];
    if (known && next && isSurname(next)) return { name: known, end: start + known.length };
  }
  return { name: m[1], end: pos + m[0].length };
}

/**
 * A commune the list of communes knows by this name, of any kind: spelt as the list spells it where the name has
 * marks ("CHỦ TRÌ" is no "thị trấn Chũ"), and of two words at least where it has none.
 */
function isKnownCommune(name: string): boolean {
  const found = communesNamed(name);
  if (countDiacritics(name).marked > 0) return found.some((c) => c.name.toLowerCase() === withModernTones(name.normalize('NFC')).toLowerCase());
  return found.length > 0 && /[ \u00a0]/u.test(name);
}

/** The longest run of whole words `run` starts with that `known` (a district or a province by default) knows, as written. */
function longestKnownStart(run: string, known: (name: string) => boolean = isKnownPlace): string | null {
  const words = run.split(/[ \u00a0]+/u);
  for (let n = words.length; n >= 1; n--) {
    const start = new RegExp(`^\\S+(?:[ \\u00a0]+\\S+){${n - 1}}`, 'u').exec(run)![0];
    if (known(start)) return start;
  }
  return null;
}

/**
 * A place's name in capitals after its unit word in capitals ("UBND THÀNH PHỐ NHA TRANG", "UBND XÃ BÌNH NAM CHỦ
 * TRÌ" in a dispatch typed in capitals): its longest start the gazetteer (`known`) knows, written as names are
 * ("Nha Trang"). Capitals alone do not tell a name from the words after it, so a name it does not know is not read.
 */
function knownNameInCapitals(text: string, pos: number, known: (name: string) => boolean): { name: string; end: number } | null {
  const m = CAPITALS_NAME.exec(text.slice(pos, pos + 60));
  const start = m && longestKnownStart(m[1], known);
  if (!m || !start) return null;
  const name = start.split(/[ \u00a0]+/u).map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
  return { name, end: pos + m[0].length - m[1].length + start.length };
}

/** Lower-case words that may qualify a plural before its names: "các huyện biên giới Hà Quảng, Trùng Khánh". */
const QUALIFIER = /^(?:[ \u00a0]+\p{Ll}[\p{Ll}\p{M}]*){1,3}(?=[ \u00a0]+\p{Lu})/u;

/** The first name after a plural's qualifier, when the gazetteer knows it as a district: the list's first place. */
function qualifiedDistricts(text: string, u: { unit: Unit; end: number }): { name: string; end: number } | null {
  if (u.unit.level !== 'DISTRICT') return null;
  const q = QUALIFIER.exec(text.slice(u.end, u.end + 40));
  const name = q && nameAt(text, u.end + q[0].length, 'DISTRICT');
  return name && districtsNamed(name.name).length > 0 ? name : null;
}

/** A plural's qualifier, then the colon or parenthesis that opens its list: "các huyện:", "các huyện, thị xã biên giới (". */
const ENUMERATION_LEAD = /^(?:[ \u00a0]+\p{Ll}[\p{Ll}\p{M}]*){0,3}[ \u00a0]*[:(][ \u00a0]*/u;
const LISTED_NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]*){0,3}(?![\p{L}\p{N}])/u;
const LIST_SEPARATOR = /^[ \u00a0]*(?:,|[ \u00a0]và)\s*/u;

/**
 * "Chủ tịch UBND các huyện: Cao Lộc, Văn Lãng, Tràng Định", "UBND các huyện, thị xã biên giới (Tân Biên, Tân
 * Châu, Trảng Bàng)": the districts a plural enumerates, each with its own body, written with the kind the
 * gazetteer gives it. At least two known districts make a list; the list ends at the first other word.
 */
function enumeratedDistricts(ctx: Context, body: string, from: number, out: LocalCandidate[]): boolean {
  return enumerated(ctx, from, out, (name) => {
    const kinds = new Set(districtsNamed(name).map((d) => d.kind));
    // A name of two kinds ("Tân Châu": a huyện in Tây Ninh, a thị xã in An Giang) is read as the commoner huyện.
    const kind = kinds.size === 1 ? [...kinds][0] : kinds.has('HUYEN') ? 'HUYEN' : null;
    if (!kind) return null;
    const unit = DISTRICT_KIND_WORDS[kind].unit;
    return { canonicalName: `${body} ${unit} ${spelled(unit, 'DISTRICT', name, ctx.home)}`, level: 'DISTRICT' };
  });
}

/**
 * "UBND các xã: Vạn Mai, Mai Hạ, Pà Cò": the communes a plural of one unit word enumerates after its colon or
 * parenthesis, each with its own body. No gazetteer lists communes: a name that starts a body ("Công an") ends
 * the list.
 */
function enumeratedCommunes(ctx: Context, body: string, unit: Unit, from: number, out: LocalCandidate[]): boolean {
  return enumerated(ctx, from, out, (name, written) => (startsBody(written, ctx.c) ? null : { canonicalName: `${body} ${unit.word} ${spelled(unit.word, unit.level, name, ctx.home)}`, level: unit.level }));
}

/** The places a plural's list names after its lead, each as `place` reads it; two at least, or none. */
function enumerated(ctx: Context, from: number, out: LocalCandidate[], place: (name: string, written: string) => { canonicalName: string; level: AgencyLevel } | null): boolean {
  const { text } = ctx;
  const lead = ENUMERATION_LEAD.exec(text.slice(from, from + 60));
  if (!lead) return false;
  const listed: LocalCandidate[] = [];
  let pos = from + lead[0].length;
  for (let n = 0; n < 20; n++) {
    const name = LISTED_NAME.exec(text.slice(pos, pos + 60));
    const body = name ? place(name[0], text.slice(pos, pos + 60)) : null;
    if (!name || !body) break;
    listed.push({ ...body, start: pos, end: pos + name[0].length });
    pos += name[0].length;
    const sep = LIST_SEPARATOR.exec(text.slice(pos, pos + 12));
    if (!sep) break;
    pos += sep[0].length;
  }
  if (listed.length < 2) return false;
  out.push(...listed);
  return true;
}

interface Context {
  text: string;
  folded: string;
  home: Home | null;
  /** The commune whose own notice is read ("phường Tương Mai"): "Công an phường", "Trạm Y tế" are its own. */
  commune: Home | null;
  c: Compiled;
  /** The whole text is set in capitals: a telegram. */
  inCapitals: boolean;
}

/** "Ủy ban nhân dân thành phố Hà Nội" is the province's; any other place is a district's or a commune's. */
function named(body: string, unit: Unit, name: string, ctx: Context): { canonicalName: string; level: AgencyLevel } {
  if (unit.word === 'thành phố' && ctx.c.central.has(foldKey(name))) return { canonicalName: `${body} thành phố`, level: 'PROVINCIAL' };
  return { canonicalName: `${body} ${unit.word} ${spelled(unit.word, unit.level, name, ctx.home)}`, level: unit.level };
}

/**
 * A place's name as the gazetteer spells it where the text lost its marks: a district's when the districts
 * of that kind with that name share one spelling ("UBND huyen Ly Son" -> "huyện Lý Sơn", "huyen Chau Thanh"
 * -> "huyện Châu Thành" whichever province's), a commune's when it is the home district's own name (a
 * district's seat is often its namesake town: "thi tran Cau Ke" in huyện Cầu Kè) or when the communes of that
 * kind and name, the home district's first, share one spelling ("xa Binh Nam" -> "xã Bình Nam"). A name with
 * marks stays.
 */
function spelled(unitWord: string, level: AgencyLevel, name: string, home: Home | null): string {
  if (countDiacritics(name).marked > 0) return name;
  if (level === 'COMMUNE') {
    if (home && foldKey(home.name) === foldKey(name)) return home.name;
    return communeSpelling(unitWord, name, home && DISTRICT_UNIT_WORDS.has(home.unit) ? { name: home.name } : null) ?? name;
  }
  if (level !== 'DISTRICT') return name;
  const spellings = new Set(districtsNamed(`${fold(unitWord)} ${name}`).map((d) => namingOf(d).name));
  return spellings.size === 1 ? [...spellings][0] : name;
}

/**
 * The unit words that follow `from` after commas ("(các huyện), thị xã, thành phố"): where they end, and the
 * last of them with where it starts.
 */
function moreUnits(ctx: Context, from: number): { end: number; last: { unit: Unit; start: number; end: number } | null } {
  const { text, folded, c } = ctx;
  let end = from;
  let last: { unit: Unit; start: number; end: number } | null = null;
  for (let next = /^[ \u00a0]*,/.exec(text.slice(end, end + 4)); next; next = /^[ \u00a0]*,/.exec(text.slice(end, end + 4))) {
    if (c.committeeStarts.test(folded.slice(end + next[0].length, end + next[0].length + 20))) break;
    const more = unitAt(text, folded, end + next[0].length, c);
    if (!more) break;
    last = { unit: more.unit, start: end + next[0].length + (/^[ \u00a0]*/.exec(text.slice(end + next[0].length))?.[0].length ?? 0), end: more.end };
    end = more.end;
  }
  return { end, last };
}

/** ", Ngọc Hiển", " và thành phố Cà Mau", ", phường Nam Lý": more places sharing the body. */
function continuation(ctx: Context, body: string, unit: Unit, from: number, out: LocalCandidate[]): void {
  const { text, folded, c } = ctx;
  let pos = from;
  let current = unit;
  for (let n = 0; n < 12; n++) {
    const sep = /^[ \u00a0]*(?:,|[ \u00a0]và)[ \u00a0]*/u.exec(text.slice(pos, pos + 8));
    if (!sep) return;
    let at = pos + sep[0].length - 1;
    const plural = c.plural.exec(folded.slice(at, at + 10));
    if (plural) at += plural[0].length;
    // "Quan Sơn", "Quan Hóa": a district whose name folds to a unit word plus a name is that district.
    const whole = nameAt(text, at);
    const u = whole && districtsNamed(whole.name).length > 0 ? null : unitAt(text, folded, at, c);
    const start = at + 1;
    if (u) {
      current = u.unit;
      at = u.end;
    }
    const name = nameAt(text, at, current.level);
    if (!name) {
      // "UBND thành phố Thủ Đức và các quận, huyện": the body of every unit of that level too.
      const levelName = u && plural ? c.levelNames.get(u.unit.level) : undefined;
      if (u && levelName) out.push({ canonicalName: `${body} ${levelName}`, level: u.unit.level, start: pos + sep[0].length, end: moreUnits(ctx, u.end).end });
      return;
    }
    // Without its own unit word a name must be a known district, or a commune's name of two words or more
    // that does not start a body ("Đông Ngũ", not "Công an" nor "Nhân dân").
    const words = foldKey(name.name).split(' ');
    const known = current.level === 'DISTRICT' ? districtsNamed(name.name).length > 0 : words.length >= 2 && !startsBody(name.name, c);
    if (!u && !known) return;
    out.push({ ...named(body, current, name.name, ctx), start: text[start] === ' ' ? start + 1 : start, end: name.end });
    pos = name.end;
  }
}

/**
 * The district a name written without its unit word names, as names write it: the home district, or the one
 * kind of district the gazetteer gives that name. A province's name ("Công an Nam Định") is the province's, not
 * its namesake city's; a name of districts of several kinds is left unread.
 */
function bareDistrict(name: string, home: Home | null): Home | null {
  if (isProvinceName(name)) return null;
  if (home && foldKey(home.name) === foldKey(name)) return home;
  const namings = new Map(districtsNamed(name).map((d) => namingOf(d)).map((n) => [`${n.unit} ${n.name}`, n]));
  return namings.size === 1 ? [...namings.values()][0] : null;
}

/**
 * What follows a local body ([start, end) is the body's words, `body` its canonical with any prefix):
 * a unit and a place, a plural or a level of units, the home district's unit, or nothing.
 */
/** "khu vực" and the capitalised names of a region, joined by dashes: "khu vực Mai Châu - Tân Lạc", "khu vực I". */
const REGION = /^[ \u00a0]+khu vực(?:(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+)\p{Lu}\p{L}*)+/u;

function unitSpec(ctx: Context, body: string, start: number, end: number, bareLevel: AgencyLevel | null, out: LocalCandidate[], inCommunes = false): void {
  const capital = isUpper(ctx.text[start]);
  const { text, folded, home, commune, c } = ctx;
  const levelName = (level: AgencyLevel) => c.levelNames.get(level);
  const push = (canonicalName: string, level: AgencyLevel, stop: number) => out.push({ canonicalName, level, start, end: stop });
  // "cấp xã", "cấp huyện"
  const lv = c.levelWord.exec(folded.slice(end, end + 10));
  if (lv) {
    const u = unitAt(text, folded, end + lv[0].length, c);
    const name = u && levelName(u.unit.level);
    if (u && name) push(`${body} ${name}`, u.unit.level, u.end);
    return;
  }
  // "các huyện, thị xã, thành phố", "các huyện Đầm Dơi, Ngọc Hiển"
  const plural = c.plural.exec(folded.slice(end, end + 10));
  const at = plural ? end + plural[0].length : end;
  const u = unitAt(text, folded, at, c);
  if (!u) {
    // "Chi cục Thuế khu vực Mai Châu - Tân Lạc": a regional office, named by the districts it serves.
    const region = capital && !plural ? REGION.exec(text.slice(end, end + 80)) : null;
    if (region) {
      push(`${body} ${region[0].trim()}`, 'DISTRICT', end + region[0].length);
      return;
    }
    if (!capital || plural || c.provincial.test(folded.slice(end, end + 20))) return;
    const name = nameAt(text, end, 'DISTRICT');
    if (name) {
      // "Trung tâm Y tế Vụ Bản", "Công an Cẩm Phả": a district's name without its unit word is the district's body.
      const district = bareDistrict(name.name, home);
      if (district) push(`${body} ${district.unit} ${district.name}`, 'DISTRICT', name.end);
      return;
    }
    // A bare body, written as a name: in a commune's letter the commune's, if every commune has one; else the
    // home district's, or a body that only exists at one level ("Trạm Y tế"); in lower case it is a common
    // noun ("mô hình trạm y tế lưu động").
    if (commune && (inCommunes || bareLevel === 'COMMUNE')) push(`${body} ${commune.unit} ${commune.name}`, 'COMMUNE', end);
    else if (home && bareLevel === null) push(`${body} ${home.unit} ${home.name}`, 'DISTRICT', end);
    else if (bareLevel && levelName(bareLevel)) push(`${body} ${levelName(bareLevel)}`, bareLevel, end);
    return;
  }
  // A unit word in capitals ("UBND THÀNH PHỐ NHA TRANG") is followed by a name in capitals.
  const unitWritten = text.slice(at, u.end);
  const inCapitals = /\p{Lu}/u.test(unitWritten) && unitWritten === unitWritten.toUpperCase();
  const name = nameAt(text, u.end, u.unit.level, inCapitals) ?? (plural ? qualifiedDistricts(text, u) : null);
  if (name) {
    const n = named(body, u.unit, name.name, ctx);
    push(n.canonicalName, n.level, name.end);
    continuation(ctx, body, u.unit, name.end, out);
    return;
  }
  // Several unit words ("huyện, thị xã, thành phố") or "các": every unit of the level.
  const more = moreUnits(ctx, u.end);
  const lastName = more.last && nameAt(text, more.last.end, more.last.unit.level);
  if (more.last && lastName && levelName(u.unit.level)) {
    // "UBND các huyện, thành phố Đà Lạt, Bảo Lộc": every district, and the cities named.
    push(`${body} ${levelName(u.unit.level)}`, u.unit.level, u.end);
    const n = named(body, more.last.unit, lastName.name, ctx);
    out.push({ ...n, start: more.last.start, end: lastName.end });
    continuation(ctx, body, more.last.unit, lastName.end, out);
    return;
  }
  const stop = more.end;
  if (plural && u.unit.level === 'DISTRICT' && enumeratedDistricts(ctx, body, stop, out)) return;
  if (plural && u.unit.level === 'COMMUNE' && stop === u.end && enumeratedCommunes(ctx, body, u.unit, stop, out)) return;
  const several = plural || stop > u.end;
  const own = several ? null : ownUnit(u.unit.word, home, commune);
  if (own) push(`${body} ${own.place.unit} ${own.place.name}`, own.level, u.end);
  else if (u.unit.word === 'thành phố' && !several) return; // "UBND thành phố": the city's, when the letter is the city's
  else if (levelName(u.unit.level)) push(`${body} ${levelName(u.unit.level)}`, u.unit.level, stop);
}

/**
 * The prefix right before a body ("Thường trực ", "Ban cán sự đảng "), if written with a capital. Before an
 * organisation a standing committee is none: "Ban Thường trực Ủy ban MTTQ huyện" acts for the Front, so it is the Front.
 */
function prefixBefore(ctx: Context, start: number, organisation: boolean): { canonical: string; start: number } | null {
  const from = Math.max(0, start - 30);
  for (const p of ctx.c.prefixes) {
    const m = p.re.exec(ctx.folded.slice(from, start));
    if (m && isUpper(ctx.text[from + m.index])) return p.standing && organisation ? null : { canonical: p.canonical, start: from + m.index };
  }
  return null;
}

/** Does a unit word, or a plural of one, follow `end` ("xã", "các huyện")? */
function unitFollows(ctx: Context, end: number): boolean {
  const plural = ctx.c.plural.exec(ctx.folded.slice(end, end + 10));
  return unitAt(ctx.text, ctx.folded, plural ? end + plural[0].length : end, ctx.c) !== null;
}

function bodies(ctx: Context, end: number, out: LocalCandidate[]): void {
  const { text, folded, c } = ctx;
  for (const b of c.bodies) {
    for (const hit of findAll(b.re, folded, 0, end)) {
      // "công an" in lower case is a profession, unless a unit names whose force it is ("công an các huyện").
      if (!isUpper(text[hit.start]) && !b.lowerOk && !unitFollows(ctx, hit.end)) continue;
      if (b.unitOnly && !unitFollows(ctx, hit.end)) continue;
      const prefix = prefixBefore(ctx, hit.start, b.organisation);
      const body = prefix ? `${prefix.canonical} ${b.canonical}` : b.canonical;
      unitSpec(ctx, body, prefix?.start ?? hit.start, hit.end, prefix ? null : b.bareLevel, out, !prefix && b.inCommunes);
    }
  }
}

function committees(ctx: Context, end: number, out: LocalCandidate[]): void {
  const { text, folded, home, c } = ctx;
  for (const m of c.committees) {
    for (const hit of findAll(m.re, folded, 0, end)) {
      if (!isUpper(text[hit.start])) continue;
      const prefix = prefixBefore(ctx, hit.start, m.organisation);
      const start = prefix?.start ?? hit.start;
      const word = prefix ? `${prefix.canonical} ${m.word}` : m.word;
      const unit = m.ownUnit.exec(folded.slice(hit.end, hit.end + 20));
      const name = (unit && nameAt(text, hit.end + unit[0].length, m.level)) || nameAt(text, hit.end, m.level);
      if (name) {
        const central = c.central.has(foldKey(name.name));
        out.push({ canonicalName: central ? word : `${word} ${spelled(m.unit, m.level, name.name, home)}`, level: central ? 'PROVINCIAL' : m.level, start, end: name.end });
      } else if (home && home.unit === m.unit) {
        out.push({ canonicalName: `${word} ${home.name}`, level: m.level, start, end: hit.end });
      }
    }
  }
}

/**
 * "Báo Kon Tum": a head followed by its province's name. In a text set all in capitals (a telegram: "BÁO QUẢNG
 * NAM, ĐÀI PT-TH TỈNH ...") the province's name is read in capitals too; a masthead in capitals over a page in
 * sentence case is the page's, not a body the text names.
 */
function provinceNamed(ctx: Context, end: number, out: LocalCandidate[]): void {
  const { text, folded, c } = ctx;
  for (const p of c.provinceNamed) {
    for (const hit of findAll(p.re, folded, 0, end)) {
      if (!isUpper(text[hit.start])) continue;
      const name = nameAt(text, hit.end, 'PROVINCIAL', ctx.inCapitals);
      if (!name) continue;
      // The longest run of the name's words that is a province ("Kon Tum" in "Kon Tum tăng cường"): the whole name
      // ends where nameAt says (in capitals it is respelled), a shorter run where its last word stands.
      const words = name.name.split(/[ \u00a0]+/);
      for (let n = words.length; n >= 1; n--) {
        if (!c.provinces.has(foldKey(words.slice(0, n).join(' ')))) continue;
        const stop = n === words.length ? name.end : hit.end + text.slice(hit.end).indexOf(words[n - 1]) + words[n - 1].length;
        out.push({ canonicalName: p.canonical, level: 'PROVINCIAL', start: hit.start, end: stop });
        break;
      }
    }
  }
}

/** Share of a text's letters in capitals from which it is a telegram typed all in capitals. */
const TELEGRAM_CAPITALS = 0.9;

/** Local bodies of text[0, end). */
export function localCandidates(text: string, folded: string, end: number, home: Home | null, lex: Lexicons, commune: Home | null = null): LocalCandidate[] {
  const ctx: Context = { text, folded, home, commune, c: compile(lex), inCapitals: capitalsShare(text.slice(0, end)) >= TELEGRAM_CAPITALS };
  const out: LocalCandidate[] = [];
  bodies(ctx, end, out);
  committees(ctx, end, out);
  provinceNamed(ctx, end, out);
  return out;
}
