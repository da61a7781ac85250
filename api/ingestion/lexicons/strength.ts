// seeds/lexicons/strength.json
import { foldedAlternation } from '../../text/regexp';
import { readJson } from './reader';

export interface StrengthLexicon {
  forbidden: string[];
  forbiddenOpeners: string[];
  /** Openers with "không" that forbid nothing: "không quá 20 người" caps, "không yêu cầu" waives. */
  notForbidden: string[];
  encouraged: string[];
  required: string[];
  /** Modal verbs that start the order itself ("Người về từ vùng dịch phải cách ly"): what precedes them describes. */
  modals: string[];
  delegation: string[];
  actions: string[];
  /**
   * Background ("Tuy nhiên, ..."), praise ("ghi nhận, biểu dương") and framing openers: a framing opener
   * ("Trước tình hình trên, ...", "Đến ngày 31/10/2021, ...") frames an order that follows it and is background
   * only when the sentence reports ("đã", "đang"). A paragraph opening with a speaker's label ("Trả lời (đồng
   * chí ...):", "Câu hỏi 2:", "Ảnh: ...", "Ảnh minh họa: ...") is an interview's or a caption's: it reports. A news lead's time
   * ("newsTimes" before "nay", "qua", "ngày" or a date: "Tối 10/5, ...", "Sáng nay, ...") frames like "Đến ngày".
   * A sentence that ends by naming who said it ("“...”, ông Hưng nói."; "honorifics" then a name, then one of
   * "speechVerbs") is a quote in an article, not an order. A sentence that names the documents a text carries out
   * ("basis": one of its verbs, perhaps "chỉ đạo của ... tại" through one of "via", then the documents: "Thực hiện
   * Công điện số 1102/CĐ-TTg ... về việc ...; Công văn số 2033/UBND-KGVX ... của UBND tỉnh.") is its basis.
   */
  background: {
    openers: string[];
    words: string[];
    framing: string[];
    speakerLabels: string[];
    newsTimes: string[];
    speechVerbs: string[];
    honorifics: string[];
    basis: { verbs: string[]; via: string[] };
  };
  /** Aspect words that make a verb a report of what was done ("đã truy vết", "đang cách ly"). */
  reportMarkers: string[];
  /** "Đối tượng: ...", "Thời gian: ...": a label that defines the plan's scope, not an order. */
  definitionLabels: string[];
  /** Words of section headings: what follows a report or definition heading orders nothing. */
  headings: { report: string[]; definition: string[]; request: string[] };
  /** The closing formula ("... triển khai thực hiện Chỉ thị này./.") and the duty to report on the text itself. */
  closing: {
    formulas: string[];
    documents: string[];
    reportingDuties: string[];
    /** "Trên đây là Kế hoạch ...": the sentence that sums the text up. */
    summaryOpeners: string[];
    /** "... thông tin để các cơ quan báo chí và Nhân dân được biết": a release's last words, after "để". */
    forInformation: string[];
    /**
     * A body's role in carrying the text out ("chủ trì", "phối hợp", "hướng dẫn chuyên môn", "là cơ quan thường
     * trực"): a part that says no more than who plays it ("Sở Y tế chủ trì, hướng dẫn chuyên môn") orders no measure.
     */
    roles: string[];
    /** "chịu trách nhiệm thi hành": ending a sentence that names the text itself, it lists who executes it, whatever they are called. */
    executions: string[];
  };
  /** Words that start an instruction of their own after a mere comma when the topic changes ("..., không ra ngoài tỉnh ..."). */
  commaSplitters: string[];
  /** Purpose markers ("để", "nhằm"): a comma splitter after one is part of the purpose ("tuyên truyền để ..., không tụ tập"). */
  purposeMarkers: string[];
  /** Phrases in which a cue word is a noun ("kinh phí thực hiện", "thời gian thực hiện"): it makes no instruction. */
  nounPhrases: string[];
  /** Nouns a "không" belongs to ("đường hàng không", "cảng hàng không"): neither a prohibition nor a waiver. */
  negationNouns: string[];
  /** Nouns another cue word hides in ("vận động viên", "sân vận động"): they encourage nothing. */
  cueNouns: string[];
  /** Words opening a document's subject ("về việc tăng cường ..."): the cue words up to the next comma name it, they order nothing. */
  titleMarkers: string[];
  /** Words that make the cue word after them a noun ("sự triển khai", "sự chỉ đạo"): it orders nothing; not inside an exception ("thật sự cần thiết"). */
  nominalizers: { words: string[]; except: string[] };
  /**
   * Words that name whom an order is addressed to ("Thủ trưởng", "các sở, ban, ngành", "đoàn thể tỉnh"): a part
   * that ends on them after "yêu cầu" only addresses the order in the part after the ";".
   */
  addressees: string[];
}

export function loadStrength(dir: string): StrengthLexicon {
  const r = readJson(dir, 'strength.json');
  const bg = r.nested('background');
  const basis = bg.nested('basis');
  const headings = r.nested('headings');
  const closing = r.nested('closing');
  const nominalizers = r.nested('nominalizers');
  const openers = bg.strings('openers');
  const framing = bg.strings('framing', { optional: true });
  const key = (w: string) => w.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  framing.forEach((w, i) => {
    if (!openers.some((o) => key(o) === key(w))) bg.fail(`framing[${i}]`, `"${w}" is not one of the openers`);
  });
  return {
    forbidden: r.strings('forbidden', { nonEmpty: true }),
    forbiddenOpeners: r.strings('forbiddenOpeners'),
    notForbidden: r.strings('notForbidden', { optional: true }),
    encouraged: r.strings('encouraged', { nonEmpty: true }),
    required: r.strings('required', { nonEmpty: true }),
    modals: r.strings('modals', { nonEmpty: true }),
    delegation: r.strings('delegation', { nonEmpty: true }),
    actions: r.strings('actions', { nonEmpty: true }),
    background: {
      openers,
      words: bg.strings('words'),
      framing,
      speakerLabels: bg.strings('speakerLabels', { optional: true }),
      newsTimes: bg.strings('newsTimes', { optional: true }),
      speechVerbs: bg.strings('speechVerbs', { optional: true }),
      honorifics: bg.strings('honorifics', { optional: true }),
      basis: { verbs: basis.strings('verbs'), via: basis.strings('via', { optional: true }) },
    },
    reportMarkers: r.strings('reportMarkers'),
    definitionLabels: r.strings('definitionLabels'),
    headings: { report: headings.strings('report'), definition: headings.strings('definition'), request: headings.strings('request') },
    closing: {
      formulas: closing.strings('formulas'),
      documents: closing.strings('documents'),
      reportingDuties: closing.strings('reportingDuties'),
      summaryOpeners: closing.strings('summaryOpeners', { optional: true }),
      forInformation: closing.strings('forInformation', { optional: true }),
      roles: closing.strings('roles', { optional: true }),
      executions: closing.strings('executions', { optional: true }),
    },
    commaSplitters: r.strings('commaSplitters'),
    purposeMarkers: r.strings('purposeMarkers', { optional: true }),
    nounPhrases: r.strings('nounPhrases', { optional: true }),
    negationNouns: r.strings('negationNouns', { optional: true }),
    cueNouns: r.strings('cueNouns', { optional: true }),
    titleMarkers: r.strings('titleMarkers', { optional: true }),
    nominalizers: { words: nominalizers.strings('words', { nonEmpty: true }), except: nominalizers.strings('except') },
    addressees: r.strings('addressees', { optional: true }),
  };
}

/** The times of day that open a news lead ("sang|trua|chieu|toi|dem"), folded: the lead-date and background rules' one list. */
export function newsTimesSource(lex: StrengthLexicon): string {
  return foldedAlternation(lex.background.newsTimes) || '(?!)';
}
