// seeds/lexicons/issuers.json: how the bodies that issue directives are named ("Ban Thường vụ Tỉnh ủy",
// "UBND huyện Vân Đồn", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"), the unit words that give their tier,
// the authority lines of signatures, and the verbs with which a body issues or instructs.
import { ISSUER_KIND, type IssuerKind } from '../../domain/directive';
import { DISTRICT_KINDS, type DistrictKind } from '../../reference/districts';
import { readJson } from './reader';
import { fold } from '../../text/fold';
import { foldedAlternation } from '../../text/regexp';

export const UNIT_LEVELS = ['PROVINCE', 'CITY', 'DISTRICT'] as const;
/** CITY is "thành phố": a province-level city or a district-level one, told apart by its name. */
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface BodyEntry {
  body: IssuerKind;
  /** The words before the unit ("Ủy ban nhân dân"); "" for a party committee named by its unit alone ("Tỉnh ủy"). */
  names: string[];
  /** party: followed by "Tỉnh ủy", "Huyện ủy"...; administrative: by "tỉnh", "huyện", "thành phố"... */
  unit: 'party' | 'administrative';
  /** Words of which one must appear in the name (a steering committee's subject: "phòng, chống dịch"). */
  qualifiers: string[];
}

export interface UnitWord {
  word: string;
  level: UnitLevel;
  /** The kind of district-level unit the word names ("huyện": HUYEN), for the district gazetteer. */
  district: DistrictKind | null;
}

export interface IssuerLexicon {
  bodies: BodyEntry[];
  partyUnits: UnitWord[];
  administrativeUnits: UnitWord[];
  authorities: { body: IssuerKind; words: string[] }[];
  /** "Ban Chấp hành", "BCH": an organisation's executive committee heading its letterhead issues as the organisation ("BCH HỘI LHPN TỈNH LONG AN"). */
  executiveCommittees: string[];
  instructionVerbs: string[];
  issueVerbs: string[];
  /**
   * Words with which a news lead points back at its headline ("Đó là chỉ đạo của UBND tỉnh ... tại Công văn số
   * 4102/UBND-KT ..."): the document it then names "tại" is the one the article reports, as if issued.
   */
  backReferences: string[];
  /**
   * A news lead that opens on the document it reports and says whom it was sent to ("Theo Công văn số ... của UBND
   * tỉnh gửi các sở, ngành, ..."): the words that open it and the verb of sending.
   */
  reportedLeads: { openers: string[]; addressing: string[] };
  /**
   * Words after a comma that turn a news lead from its document's subject to what it says ("... về việc tăng
   * cường phòng, chống dịch COVID-19, yêu cầu ...", "..., theo đó ..."), beside its verb of sending and the
   * purpose markers (strength.json).
   */
  leadSubjectEnds: string[];
}

export function loadIssuers(dir: string): IssuerLexicon {
  const r = readJson(dir, 'issuers.json');
  const units = (field: string) =>
    r.entries(field).map((e) => ({
      word: e.str('word'),
      level: e.oneOf('level', UNIT_LEVELS),
      district: e.has('district') ? e.oneOf('district', DISTRICT_KINDS) : null,
    }));
  return {
    bodies: r.entries('bodies').map((e) => {
      const names = e.list('names');
      names.forEach((n, i) => {
        if (typeof n !== 'string') e.fail(`names[${i}]`, 'must be a string ("" for a party committee named by its unit)');
      });
      return {
        body: e.oneOf('body', ISSUER_KIND.codes),
        names: names as string[],
        unit: e.oneOf('unit', ['party', 'administrative'] as const),
        qualifiers: e.strings('qualifiers', { optional: true }),
      };
    }),
    partyUnits: units('partyUnits'),
    administrativeUnits: units('administrativeUnits'),
    authorities: r.entries('authorities').map((e) => ({ body: e.oneOf('body', ISSUER_KIND.codes), words: e.strings('words', { nonEmpty: true }) })),
    executiveCommittees: r.strings('executiveCommittees', { optional: true }),
    instructionVerbs: r.strings('instructionVerbs', { nonEmpty: true }),
    issueVerbs: r.strings('issueVerbs', { nonEmpty: true }),
    backReferences: r.strings('backReferences', { optional: true }),
    reportedLeads: r.has('reportedLeads')
      ? { openers: r.nested('reportedLeads').strings('openers'), addressing: r.nested('reportedLeads').strings('addressing') }
      : { openers: [], addressing: [] },
    leadSubjectEnds: r.strings('leadSubjectEnds', { optional: true }),
  };
}

const sources = new WeakMap<IssuerLexicon, Map<string, string>>();

/** One alternation per lexicon and key, worked out once: every document's metadata asks for it. */
function remembered(lex: IssuerLexicon, key: string, make: () => string): string {
  let byKey = sources.get(lex);
  if (!byKey) sources.set(lex, (byKey = new Map()));
  let source = byKey.get(key);
  if (source === undefined) byKey.set(key, (source = make()));
  return source;
}

/**
 * The issue verbs as a regular expression alternation on folded text ("ban\\s+hanh|co\\s+cong\\s+van|..."),
 * longest first: the one home of the words that say a body issued a text, for every rule that reads news of
 * an issue (the issuer, a portal lead's date, a cited document named as just issued). A one-syllable verb
 * ("ký") is also a syllable of names ("đồng chí Nguyễn Xuân Kỳ"): `nameSafe` takes it only after "đã" or
 * "vừa", for rules that look for the verb anywhere in a sentence.
 */
export function issueVerbsSource(lex: IssuerLexicon, options: { nameSafe?: boolean } = {}): string {
  return remembered(lex, options.nameSafe ? 'name-safe' : 'all', () => {
    if (!options.nameSafe) return foldedAlternation(lex.issueVerbs);
    const single = lex.issueVerbs.filter((w) => !/\s/.test(w.trim()));
    const several = foldedAlternation(lex.issueVerbs.filter((w) => /\s/.test(w.trim())));
    return single.length ? `${several}|(?:da|vua)\\s+(?:${foldedAlternation(single)})` : several;
  });
}

/**
 * An issue verb as the news of a body names it right after the body's name, maybe after "vừa", "đã" or
 * "chính thức", or after the body it worked with: "UBND tỉnh Nghệ An vừa có ...", "Tỉnh ủy Quảng Ninh ban hành
 * ...", "Ban Chỉ đạo tỉnh phối hợp với Sở ... tổ chức họp báo" (folded; not anchored).
 */
export function issueVerbAfterNameSource(lex: IssuerLexicon, options: { nameSafe?: boolean } = {}): string {
  // "Ban Chỉ đạo tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức họp báo": the body named first issues.
  return remembered(lex, options.nameSafe ? 'after a name, name-safe' : 'after a name', () => String.raw`(?:phoi hop voi\s[^.;:]{1,80}?\s)?(?:(?:vua|da|chinh thuc)\s+)?(?:${issueVerbsSource(lex, options)})\b`);
}

/**
 * The same verbs as they stand right before a kind word ("ban hành Thông báo số ...", "vừa có Công văn số
 * ...", "ký Quyết định ..."): a verb that carries its kind word ("có công văn") without it. `kinds` is an
 * alternation of kind words on folded text (document-kinds.ts kindWordsPattern).
 */
export function issueVerbStemsSource(lex: IssuerLexicon, kinds: string): string {
  return remembered(lex, `stems of ${kinds}`, () => {
    const kindWord = new RegExp(`\\s+(?:${kinds}|van\\s+ban)$`, 'u');
    return foldedAlternation(lex.issueVerbs.map((w) => fold(w).trim().replace(kindWord, '')));
  });
}
