// seeds/lexicons/unmarked.json
import { readJson } from './reader';

export interface UnmarkedLexicon {
  /**
   * One-syllable words that, without their marks, spell a common other word ("chợ" is "cho", "cần" is "cán",
   * "phạt" is "phát"). In a text that lost its marks every other one-syllable keyword or cue ("tiêm", "phải",
   * "giường") is also matched without them; these never are. Nor is a word that names no quantity after
   * it ("mục 2", a section) when it spells one that does ("mức 15 kg", a level).
   */
  collisions: string[];
}

export function loadUnmarked(dir: string): UnmarkedLexicon {
  const r = readJson(dir, 'unmarked.json');
  return { collisions: r.strings('collisions', { nonEmpty: true }) };
}
