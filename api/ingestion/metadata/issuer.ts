// The issuing body. Evidence is taken in order of strength: the letterhead, a title "THÔNG BÁO CỦA <body>", the
// issuer code of the number ("TB/TU", "TB/BCĐ", "CT-UBND"), a portal lead ("Tỉnh ủy Quảng Ninh ban hành"),
// the "Thừa lệnh ..., Văn phòng Tỉnh ủy thông báo" formula, the preamble's "Ban Thường vụ Tỉnh ủy yêu cầu:"
// (in any case: a reprint writes "Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh yêu cầu"), and last the
// signature's T/M. Its tier comes from its unit word: a district's body ("UBND huyện Hoằng Hóa", "Huyện ủy
// Tiên Yên") is named after the district, and its province is the one the district belongs to.
import type { IssuerKind, IssuerLevel, IssuerRef, Known } from '../../domain/directive';
import { DISTRICT_KIND_WORDS, namingOf, type DistrictName, type DistrictRecord } from '../../reference/districts';
import { fold } from '../../text/fold';
import { isDiacriticLess } from '../../text/diacritics';
import type { ProvinceRecord } from '../../reference/provinces';
import { foldedAlternation } from '../../text/regexp';
import { documentNumberAt } from '../../text/document-number';
import { isCapsLine, MOTTO_SECOND_LINE, NATIONAL_MOTTO, opensNumberLine, opensSubjectLine } from '../clean/line-shape';
import { NAVIGATION } from '../clean/portal-vocabulary';
import type { Lexicons } from '../lexicons';
import { directiveTitle, numberSymbols } from '../lexicons/document-kinds';
import { issueVerbAfterNameSource, type UnitWord } from '../lexicons/issuers';
import { PhraseMatcher } from '../phrases/patterns';
import { Reading, closingLines, foldedLine, preambleLines, leadLines } from '../reading';
import { AUTHORITY } from '../segment/closing';
import { parseMarker } from '../segment/markers';
import type { TextLine } from '../segment/lines';
import { bodyAt, bodiesIn, provinceNamedAt, type BodyName } from './bodies';
import { findCitedDocuments } from '../cited-documents';
import { canonicalAgencyName, provincialAgenciesIn } from '../extract/agencies/agencies';
import { candidatesFor, resolveDistrict } from './district';
import { known, unknown } from './known';
import { findPlaceMentions } from './gazetteer';
import type { FoundMetadata } from './found';

/** A body found in the text, before it is named: its kind, and its tier and place when the text gives them. */
export interface IssuingBody extends Omit<BodyName, 'body'> {
  kind: IssuerKind;
  /** For a body of kind OTHER, its canonical name without its place ("Sở Y tế"). */
  label?: string;
  /** Where the evidence was found, for the reasons given to users. */
  via: 'LETTERHEAD' | 'TITLE' | 'NUMBER' | 'LEAD' | 'OFFICE' | 'PREAMBLE' | 'SIGNATURE';
  /** For a commune's own body, the commune; `unit` and `place` are then its district's, when the letterhead names it. */
  commune?: Commune;
}

/** A commune-level unit: "xã", "phường" or "thị trấn", and its name ("Tương Mai"). */
export interface Commune {
  unit: string;
  name: string;
}

const NAME_WINDOW = 160;

// Lines of the national motto share the letterhead but name no issuer.
const MOTTO = new RegExp(String.raw`^(?:${NATIONAL_MOTTO}|doc lap\b)`);
const MOTTO_COLUMN = new RegExp(String.raw`\s(?:${NATIONAL_MOTTO}|${MOTTO_SECOND_LINE})`);

/** A reading of `text` alone, with the lexicons of `reading`: to ask whether a string names a body. */
function probeOf(reading: Reading, text: string): Reading {
  return { ...reading, text, folded: fold(text), lower: text.toLowerCase() };
}

function issuing(b: BodyName, via: IssuingBody['via']): IssuingBody {
  const { body, ...rest } = b;
  return { ...rest, kind: body, via };
}

const MASTHEAD = /^\s*(?:cong|trang) thong tin dien tu\b/;

/** How many lines of a law library's, portal's or publishing page's own (a breadcrumb, the page title, a publisher's links) may precede the letterhead. */
const PAGE_LINES = 6;

/** A rule under a letterhead's lines, run onto the last of them: "SỞ Y TẾ -------", "SỞ Y TẾ ___". */
const TRAILING_RULE = /[\s\u00a0]+[-_=─━═*]{3,}[\s\u00a0]*$/u;

/** The letterhead: the capitals lines at the top, before the number, title, subject or dateline. */
function letterhead(reading: Reading): TextLine[] {
  const title = directiveTitle(reading.lex.documentKinds);
  const out: TextLine[] = [];
  let pageLines = PAGE_LINES;
  for (const [i, line] of reading.header.entries()) {
    const folded = foldedLine(reading, line);
    // Two columns read as one line: "THỊ XÃ NINH HÒA Độc lập - Tự do - Hạnh phúc" is a letterhead line.
    const motto = MOTTO_COLUMN.exec(folded);
    const own = motto && motto.index > 0 ? line.text.slice(0, motto.index) : line.text;
    // "SỞ Y TẾ" folds to "so y te" like "Số: 12": a number line has its digits.
    const ends = title.test(folded) || opensNumberLine(folded) || opensSubjectLine(folded);
    // "Nội dung toàn văn Hướng dẫn 96/HD-SYT", a feed item's or an article's title in sentence case ("Công văn
    // 212/UBND-VX về ...") above the letterhead are the page's, not the text's.
    const pageTitle = !isCapsLine(own) && title.test(folded);
    if (!isCapsLine(own) && (!ends || pageTitle) && out.length === 0 && i < pageLines) continue;
    // A portal's masthead in capitals ("CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ ...", or a site's name over its navigation
    // bar) is the site's, not the letter's: the letterhead comes after the breadcrumb, the page title and the
    // posting line.
    if (!isCapsLine(own) && (!ends || pageTitle) && out.length > 0 && (out.every((l) => MASTHEAD.test(foldedLine(reading, l))) || NAVIGATION.test(line.text))) {
      out.length = 0;
      pageLines = i + 1 + PAGE_LINES;
      continue;
    }
    // The motto's lines are no issuer's; its second line in sentence case may stand between issuer lines ("BAN
    // CHỈ ĐẠO PHÒNG, CHỐNG" / "Độc lập - Tự do - Hạnh phúc" / "DỊCH COVID-19").
    if (MOTTO.test(folded) && (out.length > 0 || (isCapsLine(own) && !ends))) continue;
    if (!isCapsLine(own) || ends) break;
    // The issuer's column alone: a department's name is not read with the motto printed beside it, nor with
    // the rule printed under it when a table's cell runs the lines together ("SỞ Y TẾ -------").
    const text = own.replace(TRAILING_RULE, '').trimEnd();
    out.push(text.length < line.text.length ? { ...line, text, end: line.start + text.length } : line);
  }
  return out;
}

/**
 * The lowest letterhead line naming a body is the issuer; a line above it is its parent ("UBND HUYỆN X" over
 * "BAN CHỈ ĐẠO ..."), which gives the tier and place the issuer's own line leaves out. A name may run over two
 * lines ("ỦY BAN NHÂN DÂN" / "TỈNH SƠN LA"), even with the motto's line printed between them.
 */
function fromLetterhead(reading: Reading): IssuingBody | null {
  const lines = separateBodies(reading, letterhead(reading));
  const named = lines.map((line, i) => {
    const next = lines[i + 1];
    // A steering committee's name may wrap onto the next line ("BAN CHỈ ĐẠO PHÒNG, CHỐNG" / "DỊCH COVID-19").
    const own = bodyAt(reading, line.start, line.end) ?? (next ? wrappedBody(reading, line, next) : null);
    if (own && own.unit === null && next) {
      const continued = continuedOn(reading, own, next);
      if (continued) return continued;
    }
    return own;
  });
  const commune = communeBody(reading, lines, named) ?? underCommune(reading, lines, named);
  if (commune) return commune;
  if (named.every((b) => b === null)) return otherBody(reading, lines);
  // A department printed under its parent body ("UBND TỈNH LẠNG SƠN" / "SỞ CÔNG THƯƠNG", "... / VĂN PHÒNG")
  // issues in its own name.
  const last = named.length - 1;
  if (named[last] === null) {
    const parent = named.slice(0, last).reverse().find((b) => b !== null);
    const department = parent ? departmentName(reading, lines[last], parent) : null;
    if (parent && department) return { ...issuing(parent, 'LETTERHEAD'), kind: 'OTHER', label: department, start: lines[last].start, end: lines[last].end };
    // The department's name wrapped over two lines ("SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"), or a unit of
    // it the lexicon does not know under it ("SỞ NỘI VỤ" / "BAN TÔN GIÁO"): the department issues, not the parent.
    const above = last >= 1 && named[last - 1] === null ? lines[last - 1] : null;
    if (parent && above) {
      const wrapped = { ...above, text: `${above.text.trimEnd()} ${lines[last].text.trim()}`, end: lines[last].end };
      const name = departmentName(reading, wrapped, parent) ?? departmentName(reading, above, parent);
      if (name) return { ...issuing(parent, 'LETTERHEAD'), kind: 'OTHER', label: name, start: above.start, end: lines[last].end };
    }
  }
  for (let i = named.length - 1; i >= 0; i--) {
    const b = named[i];
    if (!b) continue;
    if (b.unit === null) {
      const parent = named.slice(0, i).reverse().find((p) => p?.unit);
      if (parent) return issuing({ ...b, unit: parent.unit, place: parent.place }, 'LETTERHEAD');
    }
    return issuing(b, 'LETTERHEAD');
  }
  return null;
}

interface CommuneUnits {
  /** A commune's unit word, folded, before its name: "phuong " in "PHƯỜNG TƯƠNG MAI". */
  re: RegExp;
  /** Folded unit word -> as a name writes it ("phuong" -> "phường"). */
  words: Map<string, string>;
}

const communeUnitsCache = new WeakMap<Lexicons, CommuneUnits>();

/** The commune-level unit words of agencies.json's "localUnits" ("xã", "phường", "thị trấn"). */
function communeUnits(lex: Lexicons): CommuneUnits {
  let c = communeUnitsCache.get(lex);
  if (!c) {
    const written = lex.agencies.patterns.localUnits.filter((u) => u.level === 'COMMUNE').flatMap((u) => u.words);
    const words = new Map(written.map((w) => [fold(w).trim().replace(/\s+/g, ' '), w]));
    c = { re: new RegExp(`(?:^|\\s)(${foldedAlternation(written)})\\s+(?=\\S)`), words };
    communeUnitsCache.set(lex, c);
  }
  return c;
}

// A commune's unit word and its name in capitals, at the end of the letterhead's lowest line: "PHƯỜNG TƯƠNG
// MAI" under "ỦY BAN NHÂN DÂN", or "UBND XÃ TÂN LẬP" on one line.
const CAPS_NAME = /^\p{Lu}[\p{Lu}'’-]*(?:[ \u00a0]+(?:\p{Lu}[\p{Lu}'’-]*|\d{1,2})){0,3}$|^\d{1,2}$/u;

const titleCase = (name: string) => name.toLowerCase().replace(/(^|[ \u00a0'’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

/**
 * A commune's People's Committee, council or steering committee on the letterhead's lowest lines, the district
 * above it ("UBND QUẬN HOÀNG MAI" / "ỦY BAN NHÂN DÂN" / "PHƯỜNG TƯƠNG MAI"): the commune issues, not the district.
 */
function communeBody(reading: Reading, lines: TextLine[], named: (BodyName | null)[]): IssuingBody | null {
  const last = lines.length - 1;
  if (last < 0) return null;
  const line = lines[last];
  const units = communeUnits(reading.lex);
  const unit = units.re.exec(foldedLine(reading, line));
  if (!unit) return null;
  const nameAt = unit.index + unit[0].length;
  // The rule printed under the name may have been read into its line ("PHƯỜNG TƯƠNG MAI -------").
  const name = line.text.slice(nameAt).replace(/[\s\u00a0\-–—_*=.]+$/u, '').trim();
  if (!CAPS_NAME.test(name)) return null;
  // The body's own words: before the unit word on that line, or the whole line above ("ỦY BAN NHÂN DÂN").
  const head = line.text.slice(0, unit.index).trim();
  const bodyLine = head === '' ? lines[last - 1] : null;
  const words = head === '' ? bodyLine?.text.trim() : head;
  if (!words) return null;
  const probe = probeOf(reading, words);
  const body = bodyAt(probe, 0);
  if (!body || body.unit !== null || body.end < words.length) return null;
  const above = named.slice(0, head === '' ? last - 1 : last).reverse().find((b) => b?.unit?.district);
  return {
    kind: body.body,
    start: bodyLine?.start ?? line.start,
    end: line.end,
    unit: above?.unit ?? null,
    place: above?.place ?? null,
    via: 'LETTERHEAD',
    commune: { unit: units.words.get(unit[1].replace(/\s+/g, ' '))!, name: titleCase(name) },
  };
}

/**
 * A body whose name holds no place, printed under a commune's ("UBND XÃ HÒA THẮNG" / "BAN CHỈ ĐẠO PHÒNG, CHỐNG
 * DỊCH COVID-19"): the commune's own.
 */
function underCommune(reading: Reading, lines: TextLine[], named: (BodyName | null)[]): IssuingBody | null {
  const last = lines.length - 1;
  const own = named[last];
  if (last < 1 || !own || own.unit !== null) return null;
  const commune = communeBody(reading, lines.slice(0, last), named.slice(0, last));
  return commune ? { ...commune, kind: own.body, start: lines[last].start, end: lines[last].end } : null;
}

/**
 * A law library prints the letterhead's lines in one cell: "UBND HUYỆN THĂNG BÌNH BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH
 * COVID-19", "UBND TỈNH LẠNG SƠN SỞ Y TẾ". Where a second body or a department follows the first one's name,
 * each is read as its own line.
 */
function separateBodies(reading: Reading, lines: TextLine[]): TextLine[] {
  return lines.flatMap((line) => {
    const first = bodyAt(reading, line.start, line.end);
    if (!first || first.end >= line.end) return [line];
    const at = first.end + (/^[\s\u00a0]*/.exec(reading.text.slice(first.end, line.end))?.[0].length ?? 0);
    if (at === first.end || !(bodyAt(reading, at, line.end) || canonicalAgencyName(reading.text.slice(at, line.end), reading.lex))) return [line];
    return [
      { ...line, end: first.end, text: reading.text.slice(line.start, first.end) },
      { ...line, start: at, text: reading.text.slice(at, line.end) },
    ];
  });
}

/**
 * "SỞ CÔNG THƯƠNG" is "Sở Công Thương"; a bare "VĂN PHÒNG" is the parent body's office ("Văn phòng Ủy ban nhân
 * dân"); a district office in capitals is read in sentence case, which the agency patterns know ("PHÒNG GIÁO DỤC
 * VÀ ĐÀO TẠO" is "Phòng Giáo dục và Đào tạo").
 */
function departmentName(reading: Reading, line: TextLine, parent: BodyName): string | null {
  // A party committee's office and departments issue in its name ("TỈNH ỦY QUẢNG NAM" / "VĂN PHÒNG", as issuers.json
  // "bodies" reads "Văn phòng Tỉnh ủy").
  if (parent.body === 'PARTY_COMMITTEE') return null;
  if (/^van phong$/.test(foldedLine(reading, line).trim())) return `Văn phòng ${PARENT_NAMES[parent.body] ?? ''}`.trim();
  const agency = letterheadAgency(reading, line.text.trim()) ?? agencyBeforeProvince(reading, line.text);
  return agency ? atUnit(reading, agency, parent.unit) : localBodyNamed(reading, line, parent);
}

/**
 * "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP BẮC NINH", "SỞ Y TẾ TỈNH BẮC NINH" under "UBND TỈNH BẮC NINH": a body whose
 * name repeats its province's, with or without the unit word; the parent gives the place.
 */
function agencyBeforeProvince(reading: Reading, text: string): string | null {
  const province = provinceEnding(text);
  if (!province) return null;
  const name = text.slice(0, province.at).trim();
  const unit = unitWords(reading.lex).ending.exec(fold(name));
  return letterheadAgency(reading, unit ? name.slice(0, unit.index).trim() : name);
}

const unitWordsCache = new WeakMap<Lexicons, { ending: RegExp; before: RegExp }>();

/** The administrative unit words ("tỉnh", "huyện"...), folded: ending a name, or before a place and what follows it. */
function unitWords(lex: Lexicons): { ending: RegExp; before: RegExp } {
  let c = unitWordsCache.get(lex);
  if (!c) {
    const words = lex.issuers.administrativeUnits.map((u) => fold(u.word)).join('|');
    c = { ending: new RegExp(`[\\s\u00a0]+(?:${words})$`), before: new RegExp(`\\s+(${words})\\s+.*$`) };
    unitWordsCache.set(lex, c);
  }
  return c;
}

/**
 * The lexicon names a body by its usual level ("Công an tỉnh"); the letterhead's unit says which it is: under
 * "UBND HUYỆN X", "CÔNG AN" is the district's police, named "Công an" before "huyện X".
 */
function atUnit(reading: Reading, agency: string, unit: UnitWord | null): string {
  const levelWord = reading.lex.issuers.administrativeUnits.find((u) => fold(agency).endsWith(` ${fold(u.word)}`));
  return unit && levelWord && levelWord.word !== unit.word ? agency.slice(0, -levelWord.word.length).trimEnd() : agency;
}

/**
 * A local body named alone under its district's or commune's committee, which gives its place: "TRUNG TÂM Y TẾ"
 * under "UBND HUYỆN KIM ĐỘNG" is "Trung tâm Y tế huyện Kim Động" (agencies.json's "localBodies").
 */
function localBodyNamed(reading: Reading, line: TextLine, parent: BodyName): string | null {
  if (!parent.unit || !parent.place) return null;
  return localBodyCalled(reading, line.text);
}

/** The local body (agencies.json's "localBodies") a name written without its place is: "TRUNG TÂM Y TẾ" is "Trung tâm Y tế". */
function localBodyCalled(reading: Reading, name: string): string | null {
  const written = fold(name).trim().replace(/\s+/g, ' ');
  return reading.lex.agencies.patterns.localBodies.find((b) => b.words.some((w) => fold(w) === written))?.canonical ?? null;
}

/** A word of consonants only is an acronym ("LHPN", "MTTQ"): no Vietnamese syllable lacks a vowel. */
const ACRONYM = /^[BCDĐGHKLMNPQRSTVX]{2,}$/u;

/** The agency a letterhead's name in capitals is ("SỞ Y TẾ", "HỘI LHPN"), read as it is written in running text. */
function letterheadAgency(reading: Reading, text: string): string | null {
  const direct = canonicalAgencyName(text, reading.lex);
  if (direct || !isCapsLine(text)) return direct ?? underExecutive(reading, text);
  const written = text.split(/(\s+)/u).map((w, i) => (ACRONYM.test(w) ? w : i === 0 ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase())).join('');
  return canonicalAgencyName(written, reading.lex) ?? underExecutive(reading, text);
}

/** The organisation an executive committee's letterhead names: "BCH HỘI LHPN TỈNH" is the provincial Women's Union. */
function underExecutive(reading: Reading, text: string): string | null {
  const folded = fold(text).toLowerCase();
  const word = reading.lex.issuers.executiveCommittees.find((w) => folded.startsWith(`${fold(w).toLowerCase()} `));
  return word ? letterheadAgency(reading, text.slice(word.length).trim()) : null;
}

const PARENT_NAMES: Partial<Record<IssuerKind, string>> = {
  PEOPLES_COMMITTEE: 'Ủy ban nhân dân',
  PEOPLES_COUNCIL: 'Hội đồng nhân dân',
  STEERING_COMMITTEE: 'Ban Chỉ đạo',
};

/**
 * A letterhead that names a body other than the ones that issue directives, a department or an office: "SỞ Y
 * TẾ TỈNH LONG AN" is the agency "Sở Y tế" (seeds/lexicons/agencies.json) of the province. Under its parent
 * ("CÔNG AN TỈNH THÁI BÌNH" / "CÔNG AN HUYỆN THÁI THỤY"), the lowest body issues.
 */
function otherBody(reading: Reading, lines: TextLine[]): IssuingBody | null {
  const units = unitWords(reading.lex).before;
  for (const line of [...lines].reverse()) {
    const folded = foldedLine(reading, line);
    const found = units.exec(folded);
    // Folded, "quản" is "quận": a unit word must be written so, unless the text lost its marks.
    const unit = found && (isDiacriticLess(line.text) || writtenAs(reading, line.text, found)) ? found : null;
    // "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP BÌNH DƯƠNG": a province's name right after the body's, without its unit word.
    const province = unit ? null : provinceEnding(line.text);
    if (province) {
      const agency = letterheadAgency(reading, line.text.slice(0, province.at).trim());
      const word = reading.lex.issuers.administrativeUnits.find((u) => u.level === (province.record.kind === 'CITY' ? 'CITY' : 'PROVINCE')) ?? null;
      if (agency) return { kind: 'OTHER', label: agency, start: line.start, end: line.end, unit: word, place: { name: line.text.slice(province.at).trim(), start: line.start + province.at, end: line.end }, via: 'LETTERHEAD' };
    }
    const name = unit ? line.text.slice(0, unit.index) : line.text;
    // Where the unit word ends: the place follows it ("TỈNH" | "BÌNH DƯƠNG").
    const unitEnd = unit ? unit.index + unit[0].indexOf(unit[1]) + unit[1].length : -1;
    const word = unit ? reading.lex.issuers.administrativeUnits.find((u) => fold(u.word) === unit[1]) ?? null : null;
    // A district's body with its unit ("TRUNG TÂM Y TẾ HUYỆN THÁI THỤY") is named as the district's bodies are.
    // A mass organisation names its tier after it ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG", "BCH HỘI LHPN TỈNH LONG AN"),
    // or the tier is a word of its name ("BAN CHẤP HÀNH TỈNH ĐOÀN BẮC GIANG").
    const agency =
      letterheadAgency(reading, name.trim()) ??
      (word?.district ? localBodyCalled(reading, name) : null) ??
      (unit ? letterheadAgency(reading, line.text.slice(0, unitEnd).trim()) : null) ??
      (unit ? agencyBeforeProvince(reading, line.text) : null);
    if (!agency) continue;
    const label = atUnit(reading, agency, word);
    const placeName = unit ? line.text.slice(unitEnd).trim() : '';
    const place = unit ? { name: placeName, start: line.end - placeName.length, end: line.end } : null;
    return { kind: 'OTHER', label, start: line.start, end: line.end, unit: word, place, via: 'LETTERHEAD' };
  }
  return null;
}

/** Whether the unit word `m` found on the folded line is written as that word, marks and all ("quận", not "quản"). */
function writtenAs(reading: Reading, text: string, m: RegExpExecArray): boolean {
  const at = m.index + m[0].indexOf(m[1]);
  const written = text.slice(at, at + m[1].length).toLowerCase();
  return reading.lex.issuers.administrativeUnits.some((u) => fold(u.word) === m[1] && u.word.toLowerCase() === written);
}

/** Where a line ends with a province's name (not the whole line), and that province, as the gazetteer reads it. */
function provinceEnding(text: string): { at: number; record: ProvinceRecord } | null {
  const end = text.trimEnd().length;
  const m = findPlaceMentions(text).find((x) => x.via !== 'PLACE' && x.end === end && x.start > 0);
  return m ? { at: m.start, record: m.province } : null;
}

/**
 * A name wrapped onto the next issuer line. A letterhead whose two columns ran on puts the motto's line between
 * them ("BAN CHỈ ĐẠO PHÒNG, CHỐNG" / "Độc lập - Tự do - Hạnh phúc" / "DỊCH COVID-19"): the name is read from the
 * two lines joined, and spans the three.
 */
function wrappedBody(reading: Reading, line: TextLine, next: TextLine): BodyName | null {
  if (reading.text.slice(line.end, next.start).trim() === '') return bodyAt(reading, line.start, next.end);
  const b = bodyAt(probeOf(reading, `${line.text} ${next.text}`), 0);
  if (!b) return null;
  const at = (offset: number) => (offset <= line.text.length ? line.start + offset : next.start + offset - line.text.length - 1);
  const place = b.place ? { name: b.place.name, start: at(b.place.start), end: at(b.place.end) } : null;
  return { ...b, start: line.start, end: at(b.end), place };
}

/** "ỦY BAN NHÂN DÂN" with its unit on the next letterhead line: "TỈNH SƠN LA", "HUYỆN HOẰNG HÓA". */
function continuedOn(reading: Reading, own: BodyName, next: TextLine): BodyName | null {
  const joined = `${reading.text.slice(own.start, own.end)} ${next.text}`;
  const probe = probeOf(reading, joined);
  const b = bodyAt(probe, 0);
  if (!b || !b.unit) return null;
  const shift = next.start - (own.end - own.start + 1);
  const place = b.place ? { name: b.place.name, start: b.place.start + shift, end: b.place.end + shift } : null;
  return { ...b, start: own.start, end: place ? place.end : next.end, place };
}

/**
 * "THÔNG BÁO CỦA BAN CHỈ ĐẠO ...", or a title whose next line says whose it is: "THÔNG BÁO" / "KẾT LUẬN CỦA BAN
 * THƯỜNG VỤ TỈNH ỦY", "CHỈ THỊ" / "của Ban Thường vụ Tỉnh ủy về ...", "THÔNG BÁO KHẨN" / "của Ban Chỉ đạo ...".
 */
function fromTitle(reading: Reading): IssuingBody | null {
  const title = directiveTitle(reading.lex.documentKinds);
  const header = reading.header;
  for (let i = 0; i < header.length; i++) {
    if (!isCapsLine(header[i].text) || !title.test(foldedLine(reading, header[i]))) continue;
    for (const line of header.slice(i, i + 2)) {
      // "của" opens the body's name within the first words of the line.
      const of = /^(?:[^\s]+\s+){0,4}?cua\s+/.exec(foldedLine(reading, line));
      const b = of && bodyAt(reading, line.start + of[0].length, line.end);
      if (b) return issuing(b, 'TITLE');
    }
  }
  return null;
}

function fromNumber(reading: Reading, number: Known<string>): IssuingBody | null {
  if (number.value === null || number.start === undefined || number.end === undefined) return null;
  const issuer = numberSymbols(reading.lex.documentKinds, documentNumberAt(reading.text, number.start)?.symbols ?? []).issuer;
  if (!issuer || issuer === 'OTHER') return null;
  return { kind: issuer, start: number.start, end: number.end, unit: null, place: null, via: 'NUMBER' };
}

const verbs = new WeakMap<Lexicons, { issue: RegExp; instruct: RegExp }>();

function verbPatterns(lex: Lexicons) {
  let v = verbs.get(lex);
  if (!v) {
    const alt = (words: string[]) => words.map((w) => fold(w).replace(/\s+/g, '\\s+')).join('|');
    v = {
      issue: new RegExp(String.raw`^[\s,]*` + issueVerbAfterNameSource(lex.issuers)),
      instruct: new RegExp(String.raw`^[\s,]*(?:da\s+|tiep tuc\s+)?(?:${alt(lex.issuers.instructionVerbs)})\b`),
    };
    verbs.set(lex, v);
  }
  return v;
}

/** Offset after a place name that may follow a body's name when the unit word was left out. */
function afterName(reading: Reading, offset: number, limit: number): number {
  const rest = reading.text.slice(offset, Math.min(limit, offset + NAME_WINDOW));
  // Its capitalised words run on ("... tỉnh Quảng Nam"), and a short name it goes by may follow: "(Ban Chỉ đạo)".
  const m = /^(?:\s+\p{Lu}[\p{L}-]*){0,4}(?:\s*\([^()]{2,40}\))?/u.exec(rest);
  return offset + (m ? m[0].length : 0);
}

// "Ban cán sự đảng UBND tỉnh chỉ đạo" is an addressee being told to act, not the issuer.
const NOT_ISSUER_BEFORE = /(?:ban can su dang|dang doan|cua|voi|va|cho|giao|de nghi|yeu cau|lanh dao|chi dao)\s+$/;

function followedBy(reading: Reading, b: BodyName, line: TextLine, verb: RegExp): boolean {
  const from = afterName(reading, b.end, line.end);
  return verb.test(reading.folded.slice(from, Math.min(line.end, from + NAME_WINDOW)));
}

function fromLead(reading: Reading): IssuingBody | null {
  const { issue } = verbPatterns(reading.lex);
  for (const line of leadLines(reading)) {
    for (const b of bodiesIn(reading, line.start, line.end)) if (followedBy(reading, b, line, issue)) return issuing(b, 'LEAD');
  }
  return null;
}

/** How far before its own document's kind word a lead may name the body "của" ... "tại". */
const POINTED_BODY_REACH = 120;

/**
 * A lead that names its own document as news and its body by "của": after it ("Đây là nội dung chính của Chỉ thị
 * số 09-CT/TU ngày 5/8/2021 của Ban Thường vụ Tỉnh ủy Nam Định"), or before it, where the sentence points at the
 * headline ("Đó là yêu cầu của UBND huyện Hải Hậu tại Công văn số 802/UBND-VP").
 */
function fromOwnCitation(reading: Reading, number: Known<string>): IssuingBody | null {
  if (number.value === null) return null;
  const own = findCitedDocuments(reading).find((c) => c.number === number.value && (c.justIssued || c.reported));
  if (!own) return null;
  const after = /^[\s\u00a0]*,?[\s\u00a0]*cua[\s\u00a0]+/.exec(reading.folded.slice(own.end, own.end + 12));
  const following = after && bodyAt(reading, own.end + after[0].length, Math.min(reading.text.length, own.end + NAME_WINDOW));
  if (following) return issuing(following, 'LEAD');
  const from = Math.max(0, own.start - POINTED_BODY_REACH);
  const before = /\bcua[\s\u00a0]+(?=[^.;:!?\n]*[\s\u00a0]tai[\s\u00a0]+$)/.exec(reading.folded.slice(from, own.start));
  const preceding = before && bodyAt(reading, from + before.index + before[0].length, own.start);
  return preceding ? issuing(preceding, 'LEAD') : null;
}

/**
 * "Ngày 01/5/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Công văn số ...": a reprint's lead that names a
 * provincial department or office as the body issuing the text.
 */
function agencyFromLead(reading: Reading): IssuingBody | null {
  const { issue } = verbPatterns(reading.lex);
  for (const line of leadLines(reading)) {
    for (const a of provincialAgenciesIn(line.text, reading.lex)) {
      // "Sở Y tế Hà Tĩnh vừa ra thông báo": the province may follow the name without its unit word (in a text
      // set in capitals, every word after the name looks like one).
      const end = line.start + a.end;
      if (!issue.test(reading.folded.slice(end, line.end)) && !issue.test(reading.folded.slice(afterName(reading, end, line.end), line.end))) continue;
      // Written in lower case, "ban chỉ đạo tỉnh ra thông báo kết luận" is still the steering committee.
      const name = a.canonicalName;
      const own = bodyAt(probeOf(reading, name), 0);
      const span = { start: line.start + a.start, end: line.start + a.end, unit: null, place: null, via: 'LEAD' as const, ...provinceNamedAt(reading, line.start + a.end, line.end) };
      return own && own.end === name.length ? { ...span, kind: own.body } : { ...span, kind: 'OTHER', label: name };
    }
  }
  return null;
}

/** "Thừa lệnh Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy thông báo ...": the office writes for its committee. */
function fromOfficeFormula(reading: Reading): IssuingBody | null {
  for (const line of closingLines(reading)) {
    const m = /^thua lenh\b[^.]*?,\s*(van phong\s+)/.exec(foldedLine(reading, line));
    if (!m) continue;
    const b = bodyAt(reading, line.start + m[0].length - m[1].length);
    if (b) return issuing(b, 'OFFICE');
  }
  return null;
}

/** The body that gives the instructions in the preamble: the first one, as a reprint may name others after. */
function fromPreamble(reading: Reading): IssuingBody | null {
  const { instruct } = verbPatterns(reading.lex);
  const lines = preambleLines(reading);
  // A text without numbered clauses or a header is all preamble: its opening paragraphs say who orders.
  for (const line of lines.length > 0 || reading.clauses.length > 0 ? lines : reading.lines.slice(0, 3)) {
    for (const b of bodiesIn(reading, line.start, line.end)) {
      const before = reading.folded.slice(Math.max(line.start, b.start - 24), b.start);
      if (!NOT_ISSUER_BEFORE.test(before) && followedBy(reading, b, line, instruct)) return issuing(b, 'PREAMBLE');
    }
  }
  return null;
}

/**
 * Last resort for a text cut before its preamble and after its body: the closing request that names who asks
 * ("Ban thường vụ tỉnh ủy yêu cầu các cấp ủy ... triển khai thực hiện nghiêm túc"), the last such sentence.
 */
function fromClosingRequest(reading: Reading): IssuingBody | null {
  const { instruct } = verbPatterns(reading.lex);
  let last: IssuingBody | null = null;
  for (const line of reading.lines) {
    if (parseMarker(line.text)) continue;
    for (const b of bodiesIn(reading, line.start, Math.min(line.end, line.start + NAME_WINDOW))) {
      const before = reading.folded.slice(Math.max(line.start, b.start - 24), b.start);
      if (b.start - line.start < 40 && !NOT_ISSUER_BEFORE.test(before) && followedBy(reading, b, line, instruct)) last = issuing(b, 'PREAMBLE');
    }
  }
  return last;
}

const authorityMatchers = new WeakMap<Lexicons, { kind: IssuerKind; m: PhraseMatcher }[]>();

function fromSignature(reading: Reading): IssuingBody | null {
  let matchers = authorityMatchers.get(reading.lex);
  if (!matchers) {
    matchers = reading.lex.issuers.authorities.map((a) => ({ kind: a.body, m: new PhraseMatcher(a.words) }));
    authorityMatchers.set(reading.lex, matchers);
  }
  for (const line of closingLines(reading)) {
    const m = AUTHORITY.exec(foldedLine(reading, line));
    if (!m) continue;
    const at = line.start + m[0].length - 1;
    const a = matchers.find((x) => x.m.startAt(reading, at, 40) >= 0);
    if (a) return { kind: a.kind, start: line.start, end: line.end, unit: null, place: null, via: 'SIGNATURE' };
  }
  return null;
}

export function findIssuingBody(reading: Reading, found: FoundMetadata): IssuingBody | null {
  const { number } = found;
  const letterhead = fromLetterhead(reading);
  const title = fromTitle(reading);
  // A party letterhead names the committee; the title may say its standing committee issued the text
  // ("CHỈ THỊ của Ban Thường vụ Tỉnh ủy"): the more precise body, at the letterhead's tier and place.
  if (letterhead && title && letterhead.kind === 'PARTY_COMMITTEE' && title.kind === 'PARTY_STANDING_COMMITTEE') {
    return { ...title, unit: title.unit ?? letterhead.unit, place: title.place ?? letterhead.place };
  }
  // So may the preamble, where the standing committee gives the orders ("Ban Thường vụ Huyện ủy yêu cầu ..."), in
  // a letter signed for it ("T/M BAN THƯỜNG VỤ" under "HUYỆN ỦY KIM SƠN"); the signature alone does not say it.
  if (
    letterhead?.kind === 'PARTY_COMMITTEE' &&
    !title &&
    fromSignature(reading)?.kind === 'PARTY_STANDING_COMMITTEE' &&
    fromPreamble(reading)?.kind === 'PARTY_STANDING_COMMITTEE'
  ) {
    return { ...letterhead, kind: 'PARTY_STANDING_COMMITTEE' };
  }
  // The number's symbols give the body's kind only ("TB-UBND"); a reprint's lead naming a body of that kind
  // gives its tier and place too ("UBND huyện Krông Pắc vừa ban hành Thông báo số 215/TB-UBND"), and the
  // standing committee of the committee the symbol names is the more precise body ("Ban Thường vụ Tỉnh ủy Yên
  // Bái ban hành Thông báo số 1245-TB/TU").
  const numbered = letterhead || title ? null : fromNumber(reading, number);
  const lead = letterhead || title ? null : fromLead(reading) ?? fromOwnCitation(reading, number);
  const refines = (b: IssuingBody | null): b is IssuingBody =>
    !!numbered && !!b && (b.kind === numbered.kind || (numbered.kind === 'PARTY_COMMITTEE' && b.kind === 'PARTY_STANDING_COMMITTEE'));
  // Failing a lead, the body of that kind that gives the orders names its place ("Theo đó, UBND tỉnh Nghệ An
  // yêu cầu ..."), when the lead named it without one ("Đó là chỉ đạo của UBND tỉnh ... tại Công văn số ...").
  const preamble = numbered && !(refines(lead) && lead.place) ? fromPreamble(reading) : null;
  const placed = refines(preamble) && preamble.place ? preamble : null;
  const refined = refines(lead) && (lead.place || !placed) ? lead : placed ?? numbered;
  return (
    letterhead ??
    title ??
    refined ??
    lead ??
    (letterhead || title ? null : agencyFromLead(reading)) ??
    fromOfficeFormula(reading) ??
    fromPreamble(reading) ??
    fromSignature(reading) ??
    fromClosingRequest(reading)
  );
}

/**
 * Every district a body's unit word and place may name: the longest run of the place's words the gazetteer
 * knows ("MƯỜNG TÈ" in "MƯỜNG TÈ ĐẢNG CỘNG", where OCR read the letterhead's two columns as one line).
 */
function placeCandidates(body: IssuingBody | null): DistrictRecord[] {
  if (!body?.unit?.district || !body.place) return [];
  const words = body.place.name.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const candidates = candidatesFor(words.slice(0, n).join(' '), body.unit.district);
    if (candidates.length > 0) return candidates;
  }
  return [];
}

/** The district a body belongs to, from its unit word and place; a name several provinces share needs the text to tell one. */
export function districtOf(reading: Reading, body: IssuingBody | null, provinceCodes: ReadonlySet<string>): DistrictRecord | null {
  const candidates = placeCandidates(body);
  return candidates.length > 0 ? resolveDistrict(candidates, provinceCodes, reading) : null;
}

/** The district a body's unit and place name when its province is undecided: the one name every candidate shares. */
export function districtNameOf(body: IssuingBody | null): DistrictName | null {
  const candidates = placeCandidates(body);
  const [first] = candidates;
  return first && candidates.every((d) => d.name === first.name && d.kind === first.kind) ? { name: first.name, kind: first.kind } : null;
}

function bodyName(kind: IssuerKind, unit: string, party: string, where: string, label = ''): string {
  const suffix = where ? ` ${where}` : '';
  switch (kind) {
    case 'PARTY_COMMITTEE':
      return `${party}${suffix}`;
    case 'PARTY_STANDING_COMMITTEE':
      return `Ban Thường vụ ${party}${suffix}`;
    case 'STEERING_COMMITTEE':
      return `Ban Chỉ đạo phòng, chống dịch COVID-19 ${unit}${suffix}`;
    case 'PEOPLES_COMMITTEE':
      return `Ủy ban nhân dân ${unit}${suffix}`;
    case 'PEOPLES_COUNCIL':
      return `Hội đồng nhân dân ${unit}${suffix}`;
    case 'OTHER':
      // "Tỉnh đoàn" names its level already: "Tỉnh đoàn Hà Tĩnh", not "Tỉnh đoàn tỉnh Hà Tĩnh".
      if (!where) return label;
      return fold(label).split(' ').includes(fold(unit).split(' ')[0]) ? `${label}${suffix}` : `${label} ${unit}${suffix}`;
  }
}

/**
 * The issuer with a canonical name that spells out its place: "Tỉnh ủy Quảng Ninh", "Ủy ban nhân dân thành
 * phố Hà Nội", "Ủy ban nhân dân huyện Hoằng Hóa", "Thành ủy Hạ Long".
 */
export function nameIssuer(reading: Reading, found: FoundMetadata): Known<IssuerRef> {
  const { body, province, home } = found;
  if (!body) return unknown('no letterhead, title, number code or sentence of the text names the issuing body');
  const span = { start: body.start, end: body.end };
  const record = province.record;
  if (body.commune) {
    const name = bodyName(body.kind, body.commune.unit, 'Đảng ủy', body.commune.name, body.label);
    return known({ name, kind: body.kind, level: 'COMMUNE' as IssuerLevel, district: home?.name ?? null }, span);
  }
  // "UBND thành phố" where the province is no city: a city of the province, a district-level unit left unnamed.
  const provincialCity = body.unit?.level === 'CITY' && record !== null && record.kind !== 'CITY';
  if (home || body.unit?.level === 'DISTRICT' || provincialCity) {
    const words = home ? namingOf(home) : { ...DISTRICT_KIND_WORDS[provincialCity ? 'THANH_PHO' : (body.unit?.district ?? 'HUYEN')], name: '' };
    const name = bodyName(body.kind, words.unit, words.party, words.name, body.label);
    return known({ name, kind: body.kind, level: 'DISTRICT' as IssuerLevel, district: home?.name ?? null }, span);
  }
  const city = record?.kind === 'CITY' || (body.unit?.level === 'CITY' && record === null);
  const name = bodyName(body.kind, city ? 'thành phố' : 'tỉnh', city ? 'Thành ủy' : 'Tỉnh ủy', record?.name ?? '', body.label);
  return known({ name, kind: body.kind, level: 'PROVINCE' as IssuerLevel, district: null }, span);
}
