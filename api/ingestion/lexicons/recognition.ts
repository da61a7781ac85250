// seeds/lexicons/recognition.json: the words that tell a COVID-19 directive from other text (an upload can be
// a news story, a recipe, a saved web page), and how many of them a text needs.
import { readJson } from './reader';

export interface RecognitionLexicon {
  epidemicTerms: string[];
  instructionTerms: string[];
  minEpidemicTerms: number;
  minInstructionTerms: number;
}

export function loadRecognition(dir: string): RecognitionLexicon {
  const r = readJson(dir, 'recognition.json');
  return {
    epidemicTerms: r.strings('epidemicTerms', { nonEmpty: true }),
    instructionTerms: r.strings('instructionTerms', { nonEmpty: true }),
    minEpidemicTerms: r.num('minEpidemicTerms', { min: 1 }),
    minInstructionTerms: r.num('minInstructionTerms', { min: 1 }),
  };
}
