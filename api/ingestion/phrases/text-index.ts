import { wordRuns } from '../../text/char-class';
import { partitionPoint } from '../../text/sorted';
import type { Literal } from './phrase-regex';

// Where literals start in a text, for the phrase search (phrase-regex.ts). A lexicon holds thousands of
// first words and a document only a thousand distinct ones, so the text is indexed once by word (start
// positions per distinct word, words sorted) and each literal is answered from that index instead of
// being searched for with indexOf across the whole text; so is each literal with a lead (what must follow
// it, see phrase-regex.ts), once for all the phrases that share them.

const ALL_WORD = /^[\p{L}\p{N}]+$/u;

class TextIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly sorted: string[];
  private readonly answers = new Map<string, number[]>();
  private readonly leadAnswers = new Map<string, number[]>();

  constructor(private readonly text: string) {
    for (const { word, index } of wordRuns(text)) {
      const list = this.byWord.get(word);
      if (list) list.push(index);
      else this.byWord.set(word, [index]);
    }
    this.sorted = [...this.byWord.keys()].sort();
  }

  /**
   * Ascending positions where `literal` starts and could start a match: for a literal made of letters and
   * digits, word starts whose word begins with it (a match needs no letter or digit before it, and
   * "covid" also starts "covid19"); for any other literal, every occurrence.
   */
  positionsOf(literal: string): number[] {
    let positions = this.answers.get(literal);
    if (!positions) {
      positions = ALL_WORD.test(literal) ? this.wordStarts(literal) : this.occurrences(literal);
      this.answers.set(literal, positions);
    }
    return positions;
  }

  /**
   * Where `literal` starts (as positionsOf) and `lead` fits after it. A lead that ends the literal's word
   * needs a word equal to it: "y" of "y te" is looked up as the word "y", not in every word starting with "y".
   */
  leadPositions({ text: literal, lead, key }: Literal): number[] {
    let positions = this.leadAnswers.get(key);
    if (!positions) {
      const candidates = lead.endsWord && ALL_WORD.test(literal) ? (this.byWord.get(literal) ?? []) : this.positionsOf(literal);
      positions = candidates.filter((at) => lead.fits(this.text, at + literal.length));
      this.leadAnswers.set(key, positions);
    }
    return positions;
  }

  private wordStarts(prefix: string): number[] {
    const lists: number[][] = [];
    for (let i = partitionPoint(this.sorted, (word) => word < prefix); i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) {
      lists.push(this.byWord.get(this.sorted[i])!);
    }
    if (lists.length <= 1) return lists[0] ?? [];
    return lists.flat().sort((a, b) => a - b);
  }

  private occurrences(literal: string): number[] {
    const out: number[] = [];
    for (let at = this.text.indexOf(literal); at >= 0; at = this.text.indexOf(literal, at + 1)) out.push(at);
    return out;
  }
}

/** The last few texts indexed: one document is searched as folded and as lower-cased text. */
const indexes = new Map<string, TextIndex>();
const KEPT = 4;
/** The text asked last, compared by identity before its hash: the same document is asked thousands of times in a row. */
let last: { text: string; index: TextIndex } | null = null;

function indexOf(text: string): TextIndex {
  if (text === last?.text) return last.index;
  let index = indexes.get(text);
  if (!index) {
    if (indexes.size >= KEPT) indexes.delete(indexes.keys().next().value!);
    index = new TextIndex(text);
    indexes.set(text, index);
  }
  last = { text, index };
  return index;
}

/** Ascending positions in `text` where `literal` starts and its lead fits after it: where a branch can match. */
export function leadPositions(text: string, literal: Literal): number[] {
  return indexOf(text).leadPositions(literal);
}
