// The shapes that flow through the ingestion pipeline, in the order they are produced:
// source text -> CleanedText -> ClauseSpan[] -> DirectiveMetadata (+ facts, see extract/) -> persisted.
// Everything here is plain data: no database, no GraphQL, so every stage can be tested on its own.
import type { LegacyEncoding, RenditionFormat } from '../domain/rendition';

/** Text after cleaning. Every offset stored anywhere in the platform points into `text`. */
export interface CleanedText {
  format: RenditionFormat;
  /** NFC, markdown marks and portal boilerplate removed, OCR line breaks joined; words as written. */
  text: string;
  /** The pre-Unicode encoding the source was typed in and converted from; null when it was Unicode. */
  encoding?: LegacyEncoding | null;
  /** Words a scan misread ("t1nh") that cleaning read back ("tỉnh"): damage, which the text's quality counts. */
  misreadWords?: { start: number; end: number }[];
}

/** One numbered or bulleted unit of the directive's structure, as a span of CleanedText.text. */
export interface ClauseSpan {
  /** Position in document order, from 0. */
  ordinal: number;
  /** The marker as written, normalised: "1", "(2)", "-", "•". */
  label: string;
  /** 1 for top-level items ("1."), 2 for items nested in them ("(1)", "-"), and so on. */
  depth: number;
  /** Ordinal of the enclosing clause, or null at top level. */
  parentOrdinal: number | null;
  /** Span in CleanedText.text, end exclusive; covers the marker and the clause's own text. */
  start: number;
  end: number;
}
