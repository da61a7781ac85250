// seeds/lexicons/slogans.json
import { SLOGAN_KIND, type SloganKind } from '../../domain/facts';
import { readJson, type Reader } from './reader';
import { expandVariant } from './variants';

export interface SloganEntry {
  canonical: string;
  kind: SloganKind;
  gloss: string;
  expansion: string[] | null;
  /** Expanded spellings (mini-syntax resolved). */
  variants: string[];
  /** Only count mentions inside quotation marks (for phrases that are ordinary words otherwise). */
  requireQuotes: boolean;
}

/** "N + phrase" mottos ("2 không", "1 vùng 3 chốt"): what a number must be followed by to be one. */
export interface NumericRules {
  /** Number words one to nine, in order ("một" ... "chín"); digits 1-9 are always numbers. */
  numberWords: string[];
  /** Written-out numbers that are ordinary words too often ("năm" is also "year") to count without quotes. */
  ambiguousNumberWords: string[];
  /** Words a motto's number is followed by ("không", "tại chỗ", "sẵn sàng"): not things one counts. */
  heads: string[];
  /** Nouns a number counts ("ngày", "mũi", "chủ thể"), on top of the unit words of units.json. */
  counted: string[];
  /** Counted nouns a motto's number may follow as its kind ("các biện pháp 5K"): no ordinal comes after them. */
  kindNouns: string[];
  /** Verbs and cue words that introduce an unquoted motto ("thực hiện 2 không"). */
  leadIns: string[];
  maxWordsPerPart: number;
}

/** Parallel similes ("chống dịch như chống giặc"). */
export interface SimileRules {
  word: string;
  /** "cũng như" (as well as) is not a comparison. */
  notAfter: string[];
  /** "như sau", "như trên": a reference, not a comparison. */
  notBefore: string[];
  /** Words that cannot open a simile side (function words). */
  stopWords: string[];
  minSide: number;
  maxSide: number;
  /** Epidemic work compared with something else, unquoted: "chống dịch như chữa cháy", "tiêm vắc xin như chạy đua". */
  subjects: string[];
  /** Words right before such a subject that make the comparison a motto ("xác định chống dịch như chữa cháy"). */
  subjectLeads: string[];
  /** Most words on the compared side of such a simile. */
  maxComparedSide: number;
}

/** Shapes that name what a text leaves behind ("từ X sang Y", "thay vì X"). */
export interface AbandonedRules {
  /** Words right before a phrase that is given up ("thay vì", "không còn"). */
  before: string[];
  /** "từ [mục tiêu] X sang Y": X is given up; at most fromGap syllables between "từ" and X. */
  from: string[];
  to: string[];
  fromGap: number;
}

export interface SloganLexicon {
  /**
   * Words that introduce a quoted slogan and give its kind. After a `shapedOnly` cue, which also introduces
   * quoted orders ('thực hiện nghiêm “giãn cách xã hội”'), a quote is a slogan only in a motto's shape: a
   * number, parts, or a copula ("Ở nhà là yêu nước").
   */
  cues: { word: string; kind: SloganKind; shapedOnly: boolean }[];
  /** Words that may sit between a cue and its quote, the last of them one of `words` ("phương châm hành động là"). */
  cueTail: { words: string[]; maxSyllables: number };
  /**
   * Lower-case words that may stand between a cue of these kinds and its quoted slogan, without "là":
   * 'chiến dịch tiêm chủng “...”', 'phong trào thi đua đặc biệt “...”'.
   */
  cueGap: { kinds: SloganKind[]; maxSyllables: number };
  /**
   * Words, a body's name among them, that may qualify a cue of these kinds right before its quote: 'thông điệp
   * của Sở Y tế “...”', 'phương châm chỉ đạo “...”' (not a goal's: 'mục tiêu tiêm chủng “phủ kín ...”' is a figure).
   */
  cueQualifier: { kinds: SloganKind[]; maxWords: number };
  /**
   * Lower-case words that may stand between a cue and a colon before its quote: 'phương châm xuyên suốt trong
   * công tác phòng, chống dịch: “...”'.
   */
  cueColon: {
    maxSyllables: number;
    /**
     * Cue words whose colon may introduce an unquoted slogan, up to the end of its sentence, when it has a
     * motto's shape: 'phương châm: Nhà là pháo đài, người dân là chiến sĩ.' At most `unquotedMaxSyllables`.
     */
    unquoted: string[];
    unquotedMaxSyllables: number;
  };
  /** Cue words whose heading lists banners one per item, quoted or not ("MỘT SỐ KHẨU HIỆU TUYÊN TRUYỀN"). */
  listHeadingCues: string[];
  /**
   * Words that end a list of quoted slogans when they stand between two quotes: the next quote names where a
   * slogan is spread or what to avoid ('cuộc vận động “...” trên nhóm Zalo “...”', 'tránh tâm lý “...”').
   */
  chainBreakers: string[];
  rules: {
    minSyllables: number;
    maxSyllables: number;
    /** Comma-chained principles may run longer when every part is short. */
    maxChainedSyllables: number;
    maxChainPartSyllables: number;
    maxChainGap: number;
    minPhraseQuality: number;
    ocrNearMissRatio: number;
  };
  notSlogans: { phrase: string; why: string }[];
  /** Words a quote right after names the title of (a document, an app, a contest): 'Kế hoạch "Tiêm chủng an toàn"'. */
  titleWords: string[];
  /** Quoted names of things ("vùng xanh", "siêu thị 0 đồng"): a short phrase opening with one of these words. */
  notSloganHeads: { words: string[]; maxSyllables: number };
  numeric: NumericRules;
  simile: SimileRules;
  abandoned: AbandonedRules;
  slogans: SloganEntry[];
}

function loadNumeric(n: Reader): NumericRules {
  const numberWords = n.strings('numberWords', { nonEmpty: true });
  if (numberWords.length > 9) n.fail('numberWords', 'must list at most nine words (one to nine)');
  return {
    numberWords,
    ambiguousNumberWords: n.strings('ambiguousNumberWords', { optional: true }),
    heads: n.strings('heads', { nonEmpty: true }),
    counted: n.strings('counted', { nonEmpty: true }),
    kindNouns: n.strings('kindNouns', { optional: true }),
    leadIns: n.strings('leadIns', { nonEmpty: true }),
    maxWordsPerPart: n.num('maxWordsPerPart', { min: 1, max: 4 }),
  };
}

function loadSimile(s: Reader): SimileRules {
  const minSide = s.num('minSide', { min: 2 });
  const maxSide = s.num('maxSide', { min: minSide, max: 6 });
  return {
    word: s.str('word'),
    notAfter: s.strings('notAfter'),
    notBefore: s.strings('notBefore'),
    stopWords: s.strings('stopWords'),
    minSide,
    maxSide,
    subjects: s.strings('subjects', { nonEmpty: true }),
    subjectLeads: s.strings('subjectLeads', { nonEmpty: true }),
    maxComparedSide: s.num('maxComparedSide', { min: 2, max: 8 }),
  };
}

function loadAbandoned(a: Reader): AbandonedRules {
  return {
    before: a.strings('before', { nonEmpty: true }),
    from: a.strings('from', { nonEmpty: true }),
    to: a.strings('to', { nonEmpty: true }),
    fromGap: a.num('fromGap', { min: 0, max: 6 }),
  };
}

export function loadSlogans(dir: string): SloganLexicon {
  const r = readJson(dir, 'slogans.json');
  const cues = r.entries('cues').map((e) => ({ word: e.str('word'), kind: e.oneOf('kind', SLOGAN_KIND.codes), shapedOnly: e.bool('shapedOnly', false) }));
  const tail = r.nested('cueTail');
  const gap = r.nested('cueGap');
  const colon = r.nested('cueColon');
  const kindCodes: readonly string[] = SLOGAN_KIND.codes;
  const kindsOf = (n: typeof gap) =>
    n.strings('kinds', { optional: true }).map((k, i) => (kindCodes.includes(k) ? (k as SloganKind) : n.fail(`kinds[${i}]`, `must be one of ${kindCodes.join(', ')}`)));
  const gapKinds = kindsOf(gap);
  const qualifier = r.has('cueQualifier') ? r.nested('cueQualifier') : null;
  const rules = r.nested('rules');
  const heads = r.nested('notSloganHeads');
  const slogans = r.entries('slogans').map((e) => {
    const expansion = e.has('expansion') ? e.strings('expansion', { nonEmpty: true }) : null;
    return {
      canonical: e.str('canonical'),
      kind: e.oneOf('kind', SLOGAN_KIND.codes),
      gloss: e.str('gloss'),
      expansion,
      variants: e.strings('variants', { nonEmpty: true, variants: true }).flatMap(expandVariant),
      requireQuotes: e.bool('requireQuotes', false),
    };
  });
  const notSlogans = r.entries('notSlogans').map((e) => ({ phrase: e.str('phrase'), why: e.str('why') }));
  const maxSyllables = rules.num('maxSyllables', { min: 1 });
  return {
    cues,
    cueTail: { words: tail.strings('words', { nonEmpty: true }), maxSyllables: tail.num('maxSyllables', { min: 0, max: 6 }) },
    cueGap: { kinds: gapKinds, maxSyllables: gap.num('maxSyllables', { min: 0, max: 4, fallback: 0 }) },
    cueQualifier: qualifier ? { kinds: kindsOf(qualifier), maxWords: qualifier.num('maxWords', { min: 0, max: 8 }) } : { kinds: [], maxWords: 0 },
    cueColon: {
      maxSyllables: colon.num('maxSyllables', { min: 0, max: 12 }),
      unquoted: colon.strings('unquoted', { optional: true }),
      unquotedMaxSyllables: colon.num('unquotedMaxSyllables', { min: 1, max: 40, fallback: 20 }),
    },
    listHeadingCues: r.strings('listHeadingCues', { optional: true }),
    chainBreakers: r.strings('chainBreakers', { optional: true }),
    rules: {
      minSyllables: rules.num('minSyllables', { min: 1 }),
      maxSyllables,
      maxChainedSyllables: rules.num('maxChainedSyllables', { min: maxSyllables }),
      maxChainPartSyllables: rules.num('maxChainPartSyllables', { min: 1 }),
      maxChainGap: rules.num('maxChainGap', { min: 0 }),
      minPhraseQuality: rules.num('minPhraseQuality', { min: 0, max: 1 }),
      ocrNearMissRatio: rules.num('ocrNearMissRatio', { min: 0, max: 1 }),
    },
    notSlogans,
    titleWords: r.strings('titleWords', { optional: true }),
    notSloganHeads: { words: heads.strings('words', { nonEmpty: true }), maxSyllables: heads.num('maxSyllables', { min: 1 }) },
    numeric: loadNumeric(r.nested('numeric')),
    simile: loadSimile(r.nested('simile')),
    abandoned: loadAbandoned(r.nested('abandoned')),
    slogans,
  };
}
