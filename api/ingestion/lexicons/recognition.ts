// seeds/lexicons/recognition.json: the words that tell a COVID-19 directive from other text (an upload can be
// a news story, a recipe, a saved web page, a company's notice to its staff), and how many of them a text needs.
import { readJson } from './reader';

export interface RecognitionLexicon {
  epidemicTerms: string[];
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
  minEpidemicTerms: number;
  minInstructionTerms: number;
}

export function loadRecognition(dir: string): RecognitionLexicon {
  const r = readJson(dir, 'recognition.json');
  return {
    epidemicTerms: r.strings('epidemicTerms', { nonEmpty: true }),
    instructionTerms: r.strings('instructionTerms', { nonEmpty: true }),
    privateLetterheads: r.strings('privateLetterheads', { optional: true }),
    privateAddressees: r.strings('privateAddressees', { optional: true }),
    judicialHeadings: r.strings('judicialHeadings', { optional: true }),
    minEpidemicTerms: r.num('minEpidemicTerms', { min: 1 }),
    minInstructionTerms: r.num('minInstructionTerms', { min: 1 }),
  };
}
