// seeds/lexicons/abbreviations.json
import { readJson } from './reader';

export interface AbbreviationLexicon {
  acronyms: string[];
  loanwords: string[];
}

export function loadAbbreviations(dir: string): AbbreviationLexicon {
  const r = readJson(dir, 'abbreviations.json');
  return { acronyms: r.strings('acronyms'), loanwords: r.strings('loanwords') };
}

/** Loads and validates every lexicon in `dir` (a fresh read each call). Throws LexiconError. */
