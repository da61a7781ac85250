// Text reuse between directives: which passages of one reappear nearly word for word in another.
export { passageSpans, type Span, type PassageOptions } from './passages';
export { prepareText, type PreparedText } from './prepare';
export {
  findSharedPassages,
  DEFAULT_MIN_SIMILARITY,
  DEFAULT_MIN_WORDS,
  DEFAULT_EXTEND_SIMILARITY,
  type SharedPassage,
  type SharedPassageOptions,
} from './find-shared-passages';
export { coverage } from './coverage';
export { reuseDirection, type ReuseDirection } from './direction';
