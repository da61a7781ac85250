import { createHash } from 'node:crypto';
import { clean } from './clean';
import type { CleanedText, ClauseSpan, DirectiveMetadata } from './document';
import { extractFacts } from './extract';
import type { ExtractedFacts } from './extract/facts';
import { renditionQuality } from './extract/quality';
import { extractMetadata } from './metadata';
import { assertDirective } from './metadata/recognise';
import { segmentClauses } from './segment/clauses';
import { readSource } from './source';
import { timeStage } from './stage-timer';

/** Everything the pipeline learns from one text, before anything touches the database. */
export interface Analysis {
  /** The source text as received: NFC, LF line ends. */
  source: string;
  /** SHA-256 of `source`: one rendition per distinct text. */
  checksum: string;
  cleaned: CleanedText;
  clauses: ClauseSpan[];
  metadata: DirectiveMetadata;
  quality: number;
  facts: ExtractedFacts;
}

/**
 * text -> clean -> segment -> extract. Pure and deterministic: the command line, the start-up seeding
 * and the GraphQL mutation all call this, then persist the result. Throws IngestionError for input that
 * is not a directive text.
 */
export function analyse(input: Buffer | string, options: { maxBytes?: number } = {}): Analysis {
  const { source, cleaned } = timeStage('clean', () => {
    const read = readSource(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, options);
    return { source: read, cleaned: clean(read) };
  });
  const clauses = timeStage('segment', () => segmentClauses(cleaned.text));
  const metadata = timeStage('metadata', () => {
    const found = extractMetadata(cleaned, clauses);
    assertDirective(cleaned, clauses, found);
    return found;
  });
  const year = metadata.issuedOn.value ? Number(metadata.issuedOn.value.slice(0, 4)) : metadata.meetingOn.value ? Number(metadata.meetingOn.value.slice(0, 4)) : null;
  const facts = timeStage('facts', () => extractFacts(cleaned, clauses, { ownNumber: metadata.number.value, year }));
  const quality = timeStage('quality', () => renditionQuality(cleaned.text));
  return {
    source,
    checksum: createHash('sha256').update(source, 'utf8').digest('hex'),
    cleaned,
    clauses,
    metadata,
    quality,
    facts,
  };
}
