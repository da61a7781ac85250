// seeds/lexicons/agencies.json
import { AGENCY_LEVEL, type AgencyLevel } from '../../domain/facts';
import type { CategoryLexicon } from './categories';
import { readJson, type Reader } from './reader';
import { expandVariant } from './variants';

export interface AgencyEntry {
  canonical: string;
  level: AgencyLevel;
  variants: string[];
  /** Match lower-case spellings too ("ngành y tế"); otherwise a mention must start with a capital. */
  caseInsensitive: boolean;
  /** Never in lower case, however long: "trạm y tế lưu động" is a kind of post, "Trạm Y tế lưu động" a body. */
  capitalisedOnly: boolean;
  /**
   * The measure category a body made for one task names ("Tổ COVID-19 cộng đồng" traces contacts): an
   * instruction whose object it is ("Thành lập Tổ COVID cộng đồng") is about that task, though a name is no
   * keyword.
   */
  topic: string | null;
}

/** A body that exists in every district or commune ("Công an", "Trạm Y tế"), named with its unit. */
export interface LocalBody {
  words: string[];
  canonical: string;
  caseInsensitive: boolean;
  /** The level the body has when no unit word follows ("Trạm Y tế" is a commune's): named "… cấp xã". */
  bareLevel: AgencyLevel | null;
  /** A mass organisation (the Front, an association, the unions): its standing committee is the organisation itself. */
  organisation: boolean;
  /** Every commune has one ("Công an", "Hội Nông dân"): named bare in a commune's letter, it is the commune's. */
  inCommunes: boolean;
  /** A body only with a unit word after it: bare, its name is a verb too ("Thanh tra, kiểm tra việc ..."). */
  unitOnly: boolean;
}

export interface AgencyLexicon {
  agencies: AgencyEntry[];
  patterns: {
    heads: { words: string[]; level: AgencyLevel }[];
    levelSuffixes: { words: string[]; level: AgencyLevel }[];
    provincialSuffixes: string[];
    localBodies: LocalBody[];
    localUnits: { words: string[]; level: AgencyLevel }[];
    /** A district's committee: the party's ("Huyện ủy") or the youth union's ("Huyện đoàn", an organisation). */
    localCommittees: { words: string[]; level: AgencyLevel; unit: string; organisation: boolean }[];
    /**
     * Words before a local body that name a part of it ("Thường trực", "Ban cán sự đảng"). A standing committee
     * ("Ban Thường vụ", "Thường trực") is a body of its own for a party committee or a council, not for an organisation.
     */
    localPrefixes: { words: string[]; canonical: string; standing: boolean }[];
    /** "các huyện, thị xã": every unit of a level; "cấp xã": the level itself. */
    pluralWords: string[];
    levelWords: string[];
    /** How a level is written in a canonical name for all its units: DISTRICT "cấp huyện". */
    levelNames: { level: AgencyLevel; name: string }[];
    /** "Cơ quan Thường trực Ban Chỉ đạo ...": the standing office of a body names the body. */
    standingOffice: { before: string[]; prefix: string };
    /** Lower-case words that join a capitalised place into a name ("Bệnh viện Đa khoa vùng Tây Nguyên"). */
    placeJoiners: string[];
    /** Heads whose name is a purpose running to a word such as "COVID-19" ("Ban Chỉ đạo chiến dịch tiêm chủng ..."). */
    purposeHeads: { words: string[]; until: string[]; maxWords: number; level: AgencyLevel };
    /**
     * Boards named after the site they manage: a head, a kind of site in lower case and its proper name ("Ban
     * Quản lý di tích Côn Sơn - Kiếp Bạc", "Ban Quản lý chợ Đông Ba"); `kinds` may open the proper name ("di
     * tích chùa Tiên").
     */
    siteHeads: { words: string[]; sites: string[]; kinds: string[]; level: AgencyLevel };
    /** Heads named after their province ("Báo Kon Tum" is "Báo tỉnh"). */
    provinceNamed: { words: string[]; canonical: string }[];
    /**
     * District heads whose names mirror the provincial departments ("Phòng Giáo dục và Đào tạo"), or come from a
     * list of their own ("Phòng Kinh tế", "Trung tâm Văn hóa - Thông tin và Thể thao"): spelled as listed, also
     * in a text that lost its marks.
     */
    /**
     * District offices named like the province's departments; `abbreviations` are short names of `names` ("VH-TT");
     * `level`: of the bodies the listed names name, when not the head's ("Trung tâm ... Thể thao" is a district's).
     */
    departmentMirrors: { head: string; of: string | null; names: string[]; abbreviations: Record<string, string>; level: AgencyLevel | null }[];
    /** Heads whose plural lists its bodies by their names alone: "các Sở: Y tế, Công Thương". */
    enumeratingHeads: string[];
    /** Lexicon spellings of at least this many words also match in lower case ("ủy ban nhân dân tỉnh"). */
    lowerCaseMinWords: number;
    /** Compounds whose last word starts a body's name: "cơ sở y tế" (a health facility) is not "Sở Y tế". */
    lowerCaseCompounds: string[];
    /** Compounds that open with a unit word and name no unit: "xã hội" (society) is no commune. */
    unitCompounds: string[];
    /**
     * Parts of a text whose names are not mentions: addressees (a line opening with "Kính gửi", or a dispatch's
     * "BAN THƯỜNG VỤ TỈNH ỦY ĐIỆN:" with one of addresseeVerbs before its colon, or that word alone on its line:
     * reading.ts addresseesOpening), a law library's sidebar, a distribution line.
     */
    notMentions: {
      addressees: string[];
      addresseeVerbs: string[];
      sidebar: string[];
      distribution: string[];
      /** A portal's byline labels ("Người đăng: Văn phòng - Thống kê"): who posted the page, to the end of its cell. */
      bylines: string[];
    };
    centralCities: string[];
    ambiguous: string[];
    /**
     * A head word opening a business's name, not a public body's: "Phòng karaoke Sao Mai", "Phòng khám đa khoa
     * Hồng Đức", "Trung tâm tiệc cưới Kim Cương", "Ngân hàng TMCP ..." are places a text closes or names.
     */
    businesses: string[];
    /**
     * The words opening a religious organisation's name, one of its boards' too: "Ban Trị sự Giáo hội Phật giáo
     * Việt Nam tỉnh", "Ban Đại diện Hội thánh Tin lành" are no state bodies.
     */
    religiousBodies: string[];
  };
}

function leveled(p: Reader, field: string) {
  return p.entries(field).map((e) => ({ words: e.strings('words', { nonEmpty: true }), level: e.oneOf('level', AGENCY_LEVEL.codes) }));
}

function loadPatterns(p: Reader): AgencyLexicon['patterns'] {
  const purpose = p.nested('purposeHeads');
  const site = p.nested('siteHeads');
  const standing = p.nested('standingOffice');
  const notMentions = p.nested('notMentions');
  return {
    heads: leveled(p, 'heads'),
    levelSuffixes: leveled(p, 'levelSuffixes'),
    provincialSuffixes: p.strings('provincialSuffixes'),
    localBodies: p.entries('localBodies').map((e) => ({
      words: e.strings('words', { nonEmpty: true }),
      canonical: e.str('canonical'),
      caseInsensitive: e.bool('caseInsensitive', false),
      bareLevel: e.has('bareLevel') ? e.oneOf('bareLevel', AGENCY_LEVEL.codes) : null,
      organisation: e.bool('organisation', false),
      inCommunes: e.bool('inCommunes', false),
      unitOnly: e.bool('unitOnly', false),
    })),
    localUnits: leveled(p, 'localUnits'),
    localCommittees: p.entries('localCommittees').map((e) => ({
      words: e.strings('words', { nonEmpty: true }),
      level: e.oneOf('level', AGENCY_LEVEL.codes),
      unit: e.str('unit'),
      organisation: e.bool('organisation', false),
    })),
    localPrefixes: p.entries('localPrefixes').map((e) => ({ words: e.strings('words', { nonEmpty: true }), canonical: e.str('canonical'), standing: e.bool('standing', false) })),
    pluralWords: p.strings('pluralWords', { nonEmpty: true }),
    levelWords: p.strings('levelWords', { nonEmpty: true }),
    levelNames: p.entries('levelNames').map((e) => ({ level: e.oneOf('level', AGENCY_LEVEL.codes), name: e.str('name') })),
    standingOffice: { before: standing.strings('before', { nonEmpty: true }), prefix: standing.str('prefix') },
    placeJoiners: p.strings('placeJoiners'),
    purposeHeads: {
      words: purpose.strings('words', { nonEmpty: true }),
      until: purpose.strings('until', { nonEmpty: true }),
      maxWords: purpose.num('maxWords', { min: 1, max: 20 }),
      level: purpose.oneOf('level', AGENCY_LEVEL.codes),
    },
    siteHeads: {
      words: site.strings('words', { nonEmpty: true }),
      sites: site.strings('sites', { nonEmpty: true }),
      kinds: site.strings('kinds'),
      level: site.oneOf('level', AGENCY_LEVEL.codes),
    },
    provinceNamed: p.entries('provinceNamed').map((e) => ({ words: e.strings('words', { nonEmpty: true }), canonical: e.str('canonical') })),
    departmentMirrors: p.entries('departmentMirrors').map((e) => ({ head: e.str('head'), of: e.nullableStr('of'), names: e.strings('names', { optional: true }), abbreviations: e.stringMap('abbreviations'), level: e.has('level') ? e.oneOf('level', AGENCY_LEVEL.codes) : null })),
    enumeratingHeads: p.strings('enumeratingHeads', { nonEmpty: true }),
    lowerCaseMinWords: p.num('lowerCaseMinWords', { min: 2 }),
    lowerCaseCompounds: p.strings('lowerCaseCompounds'),
    unitCompounds: p.strings('unitCompounds', { optional: true }),
    notMentions: {
      addressees: notMentions.strings('addressees'),
      addresseeVerbs: notMentions.strings('addresseeVerbs', { optional: true }),
      sidebar: notMentions.strings('sidebar'),
      distribution: notMentions.strings('distribution'),
      bylines: notMentions.strings('bylines', { optional: true }),
    },
    centralCities: p.strings('centralCities'),
    ambiguous: p.strings('ambiguous'),
    businesses: p.strings('businesses', { optional: true }),
    religiousBodies: p.strings('religiousBodies', { optional: true }),
  };
}

export function loadAgencies(dir: string, categories: CategoryLexicon): AgencyLexicon {
  const categoryCodes = categories.categories.map((c) => c.code);
  const r = readJson(dir, 'agencies.json');
  const agencies = r.entries('agencies').map((e) => ({
    canonical: e.str('canonical'),
    level: e.oneOf('level', AGENCY_LEVEL.codes),
    variants: e.strings('variants', { nonEmpty: true, variants: true }).flatMap(expandVariant),
    caseInsensitive: e.bool('caseInsensitive', false),
    capitalisedOnly: e.bool('capitalisedOnly', false),
    topic: e.has('topic') ? e.oneOf('topic', categoryCodes) : null,
  }));
  return { agencies, patterns: loadPatterns(r.nested('patterns')) };
}
