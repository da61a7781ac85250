// seeds/lexicons/categories.json
import { join } from 'node:path';
import { shownPath } from '../../repo-root';
import { CODE, LexiconError, OXCGRT, OXCGRT_TEXT, readJson, type Reader } from './reader';

export interface CategoryKeyword {
  text: string;
  weight: number;
  oxcgrt: string | null;
  /** Match only as written with its diacritics ("đóng cửa" folds like "động của"). */
  exact: boolean;
}

export interface CategoryEntry {
  code: string;
  label: string;
  oxcgrt: string | null;
  keywords: CategoryKeyword[];
}

/**
 * A sign of an instruction's activity that is no keyword: who it governs (travellers move: "người từ … về",
 * "hành khách"; businesses work) or what they must do ("báo ngay cho … Trạm Y tế" is tracing). It tips an
 * instruction whose keywords weigh less than the sign.
 */
export interface SignEntry {
  category: string;
  /** What the sign adds to its category's score, once per instruction. */
  weight: number;
  /** Variant patterns; one "…" stands for a few words of a place ("người từ … về"). */
  phrases: string[];
  /**
   * The group is asked for certificates ("100% nhân viên tiêm mũi 3", "Người lao động đi làm phải tiêm ít nhất
   * 01 mũi"): the sign counts only before testing or vaccination words, which then describe its work's condition
   * and weigh certificateWeight.
   */
  certifies: boolean;
}

/** Bodies whose work is one task whatever they are told ("Báo", "Đài Phát thanh và Truyền hình" inform). */
export interface SubjectTopic {
  category: string;
  /** What the body as the instruction's subject adds to its category's score. */
  weight: number;
  /** The start of the body's name as the text names it (any case, with or without marks). */
  names: string[];
}

export interface CategoryLexicon {
  fallback: string;
  /** Words after which keywords describe a condition or purpose, not the order itself ("nhất là", "để"). */
  subordinateMarkers: string[];
  /**
   * The subordinate markers that name whom an order governs ("đối với hành khách trên xe khách"): what follows
   * weighs less as a keyword, but in full as a sign of who is governed.
   */
  governedMarkers: string[];
  /**
   * Verbs of punishment or inspection ("xử phạt", "kiểm tra việc"): what follows names the breach or what is
   * checked, not the order ("xử phạt người không đeo khẩu trang", "kiểm tra việc tạm dừng hoạt động các cơ sở
   * kinh doanh" are enforcement); its keywords weigh subordinateWeight up to a modal verb.
   */
  sanctionVerbs: string[];
  /**
   * Words opening a basis, a time anchor or a condition of a few words ("theo Chỉ thị số 16/CT-TTg", "kể từ
   * ngày có kết quả xét nghiệm", "đối với người từ vùng phong tỏa"): its keywords weigh subordinateWeight up to
   * the next comma or verb, where the order resumes.
   */
  basisMarkers: string[];
  /**
   * Phrases of a certificate required to enter or take part ("kết quả xét nghiệm âm tính", "thẻ xanh"):
   * where one stands, the testing and vaccination words of its part describe the certificate and weigh
   * certificateWeight; the activity it conditions decides the category.
   */
  certificates: string[];
  /**
   * Words of a regime repeated over time ("định kỳ", "7 ngày/lần"): a group asked to test so is tested, not
   * asked for a certificate ("Người bán hàng xét nghiệm định kỳ 7 ngày/lần" is testing); whom a share counts
   * ends before them ("20% người lao động 7 ngày/lần").
   */
  periodicMarkers: string[];
  /** Weight factor of testing and vaccination keywords beside a certificate. */
  certificateWeight: number;
  /** What an ordered figure of a category's metric adds to that category's score ("không quá 20 người"). */
  figureWeight: number;
  /** What naming a body made for one task adds to its topic ("Tổ COVID-19 cộng đồng": contact tracing). */
  bodyTopicWeight: number;
  /** What the topic of the section heading an instruction sits under adds ("3. Điều trị"). */
  headingWeight: number;
  /** Categories whose keywords describe a certificate (TESTING, VACCINATION). */
  certificateCategories: string[];
  /** Categories of formalities that go with a certificate and name no activity (a health declaration). */
  certificateFormalities: string[];
  /** Weight factor for keywords after a subordinate marker. */
  subordinateWeight: number;
  /** Words before a list of places or examples ("tại", "như"): a long enough list says where, not what. */
  listMarkers: string[];
  /** Items (split at commas, "và", "hoặc") from which such a list counts for nothing. */
  minListItems: number;
  /** Words opening a relative clause about who ("đã tiêm", "đang áp dụng"): it lasts until a modal or a comma. */
  relativeMarkers: string[];
  /** Words after whom or when an instruction is about ("... thì hạn chế tập trung"): what stands before them weighs less. */
  topicMarkers: string[];
  /**
   * Verbs that spread a message ("tuyên truyền", "treo băng rôn"): the words of a quote after one are the message,
   * not the order's topic ('treo băng rôn với khẩu hiệu “Ở nhà là yêu nước”' informs, it orders no one home).
   */
  messageVerbs: string[];
  /** Phrases whose words name no topic ("kiểm tra sức khỏe" is a health check, not an inspection). */
  neutralPhrases: string[];
  /** Words before a place's name ("xã", "thôn", "khu phố"): the name's words name no topic ("xã Bảo Đài", "huyện Chợ Mới"). */
  placeUnits: string[];
  signs: SignEntry[];
  subjectTopics: SubjectTopic[];
  categories: CategoryEntry[];
}

export function loadCategories(dir: string): CategoryLexicon {
  const r = readJson(dir, 'categories.json');
  const categories = r.entries('categories').map((e) => {
    const code = e.str('code');
    if (!CODE.test(code)) e.fail('code', 'must be an upper-case code such as TESTING');
    const keywords = e.list('keywords').map((k, i): CategoryKeyword => {
      if (typeof k === 'string' && k.trim() !== '') return { text: k, weight: 1, oxcgrt: null, exact: false };
      if (typeof k !== 'object' || k === null || Array.isArray(k)) e.fail(`keywords[${i}]`, 'must be a string or {"text", "weight", "oxcgrt", "exact"}');
      const obj = k as Record<string, unknown>;
      if (typeof obj.text !== 'string' || obj.text.trim() === '') e.fail(`keywords[${i}].text`, 'must be a non-empty string');
      if (obj.weight !== undefined && (typeof obj.weight !== 'number' || !(obj.weight > 0))) e.fail(`keywords[${i}].weight`, 'must be a positive number');
      if (obj.oxcgrt !== undefined && obj.oxcgrt !== null && (typeof obj.oxcgrt !== 'string' || !OXCGRT.test(obj.oxcgrt))) {
        e.fail(`keywords[${i}].oxcgrt`, `must be ${OXCGRT_TEXT}`);
      }
      if (obj.exact !== undefined && typeof obj.exact !== 'boolean') e.fail(`keywords[${i}].exact`, 'must be true or false');
      return { text: obj.text as string, weight: (obj.weight as number | undefined) ?? 1, oxcgrt: (obj.oxcgrt as string | undefined) ?? null, exact: obj.exact === true };
    });
    return { code, label: e.str('label'), oxcgrt: e.nullableStr('oxcgrt', OXCGRT, OXCGRT_TEXT), keywords };
  });
  const codes = categories.map((c) => c.code);
  categories.forEach((c, i) => {
    if (codes.indexOf(c.code) !== i) throw new LexiconError(`${shownPath(join(dir, 'categories.json'))} entry ${i}: code ${c.code} is used twice`);
  });
  const notACode = `must be one of the category codes (${codes.join(', ')})`;
  const codeList = (field: string) => {
    const list = r.strings(field, { optional: true });
    list.forEach((c, i) => {
      if (!codes.includes(c)) r.fail(`${field}[${i}]`, notACode);
    });
    return list;
  };
  const codeOf = (entry: Reader, field: string) => {
    const code = entry.str(field);
    if (!codes.includes(code)) entry.fail(field, notACode);
    return code;
  };
  const fallback = codeOf(r, 'fallback');
  const signs = r.has('signs')
    ? r.entries('signs', { named: true }).map((g): SignEntry => {
        const category = codeOf(g, 'category');
        const phrases = g.strings('phrases', { nonEmpty: true, variants: true });
        phrases.forEach((p, i) => {
          const gaps = p.split('…').length - 1;
          if (gaps > 1 || (gaps === 1 && (p.startsWith('…') || p.endsWith('…')))) g.fail(`phrases[${i}]`, 'may hold one "…", between words');
        });
        return { category, weight: g.num('weight', { min: 0, max: 10, fallback: 1 }), phrases, certifies: g.bool('certifies', false) };
      })
    : [];
  const subjectTopics = r.has('subjectTopics')
    ? r.entries('subjectTopics', { named: true }).map((t): SubjectTopic => {
        return { category: codeOf(t, 'category'), weight: t.num('weight', { min: 0, max: 10, fallback: 1 }), names: t.strings('names', { nonEmpty: true }) };
      })
    : [];
  const certificateCategories = codeList('certificateCategories');
  const certificateFormalities = codeList('certificateFormalities');
  return {
    fallback,
    subordinateMarkers: r.strings('subordinateMarkers', { optional: true }),
    governedMarkers: r.strings('governedMarkers', { optional: true }),
    sanctionVerbs: r.strings('sanctionVerbs', { optional: true }),
    subordinateWeight: r.num('subordinateWeight', { min: 0, max: 1, fallback: 1 }),
    basisMarkers: r.strings('basisMarkers', { optional: true }),
    certificates: r.strings('certificates', { optional: true }),
    certificateWeight: r.num('certificateWeight', { min: 0, max: 1, fallback: 1 }),
    periodicMarkers: r.strings('periodicMarkers', { optional: true }),
    figureWeight: r.num('figureWeight', { min: 0, max: 10, fallback: 0 }),
    bodyTopicWeight: r.num('bodyTopicWeight', { min: 0, max: 10, fallback: 0 }),
    headingWeight: r.num('headingWeight', { min: 0, max: 10, fallback: 0 }),
    certificateCategories,
    certificateFormalities,
    listMarkers: r.strings('listMarkers', { optional: true }),
    minListItems: r.num('minListItems', { min: 2, max: 20, fallback: 3 }),
    relativeMarkers: r.strings('relativeMarkers', { optional: true }),
    topicMarkers: r.strings('topicMarkers', { optional: true }),
    messageVerbs: r.strings('messageVerbs', { optional: true }),
    neutralPhrases: r.strings('neutralPhrases', { optional: true }),
    placeUnits: r.strings('placeUnits', { optional: true }),
    signs,
    subjectTopics,
    categories,
  };
}
