// seeds/lexicons/recognition.json: the words that tell a COVID-19 directive from other text (an upload can be
// a news story, a recipe, a saved web page, a company's notice to its staff), and how many of them a text needs.
import { readJson } from './reader';

export interface RecognitionLexicon {
  epidemicTerms: string[];
  /** Words that hold an epidemic term's syllable yet speak of no epidemic: "dịch vụ", "giao dịch", "chuyển dịch". */
  epidemicTermsExcept: string[];
  /** Terms only COVID-19 has ("SARS-CoV-2", "F0", "giãn cách", "nCoV"): a text naming another disease needs one. */
  covidTerms: string[];
  /** Other epidemics a province orders against ("sốt xuất huyết", "dịch tả lợn châu Phi"): their texts are not COVID-19's. */
  otherDiseases: string[];
  instructionTerms: string[];
  /** How a private body's letterhead starts ("CÔNG TY TNHH ..."): its notices to staff are not public directives. */
  privateLetterheads: string[];
  /** Whom a business writes to ("Quý khách hàng", "đối tác"): a public body's text never opens its addressees so. */
  privateAddressees: string[];
  /**
   * Lines that head a court's or a prosecutor's text ("TÒA ÁN NHÂN DÂN", "BẢN ÁN", "NHÂN DANH NƯỚC ..."): a
   * judgment applies the law to one case and orders nobody to act against the epidemic.
   */
  judicialHeadings: string[];
  /** Titles of texts that order nobody, however public their issuer: "BẢN TIN" (a bulletin), "THÔNG BÁO MỜI THẦU". */
  nonDirectiveTitles: string[];
  minEpidemicTerms: number;
  minInstructionTerms: number;
}

export function loadRecognition(dir: string): RecognitionLexicon {
  const r = readJson(dir, 'recognition.json');
  return {
    epidemicTerms: r.strings('epidemicTerms', { nonEmpty: true }),
    epidemicTermsExcept: r.strings('epidemicTermsExcept', { optional: true }),
    covidTerms: r.strings('covidTerms', { optional: true }),
    otherDiseases: r.strings('otherDiseases', { optional: true }),
    instructionTerms: r.strings('instructionTerms', { nonEmpty: true }),
    privateLetterheads: r.strings('privateLetterheads', { optional: true }),
    privateAddressees: r.strings('privateAddressees', { optional: true }),
    judicialHeadings: r.strings('judicialHeadings', { optional: true }),
    nonDirectiveTitles: r.strings('nonDirectiveTitles', { optional: true }),
    minEpidemicTerms: r.num('minEpidemicTerms', { min: 1 }),
    minInstructionTerms: r.num('minInstructionTerms', { min: 1 }),
  };
}
