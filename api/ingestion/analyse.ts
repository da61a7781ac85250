import { createHash } from 'node:crypto';
import { clean } from './clean';
import type { CleanedText, ClauseSpan } from './document';
import type { DirectiveMetadata } from '../domain/directive';
import { extractFactsFrom } from './extract';
import type { ExtractedFacts } from '../domain/facts';
import { renditionQuality } from './quality';
import { metadataOf, readMetadata } from './metadata';
import { assertDirective } from './metadata/recognise';
import { read } from './reading';
import { segmentClauses } from './segment/clauses';
import { readSourceText } from './source';
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
    const decoded = readSourceText(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, options);
    const cleaned = clean(decoded.text);
    // An 8-bit TCVN3 or VNI file was converted while it was read, before cleaning could see it.
    return { source: decoded.text, cleaned: decoded.encoding ? { ...cleaned, encoding: decoded.encoding } : cleaned };
  });
  const clauses = timeStage('segment', () => segmentClauses(cleaned.text));
  const reading = read(cleaned, clauses);
  const { metadata, home } = timeStage('metadata', () => {
    const found = readMetadata(reading);
    const directive = metadataOf(found);
    assertDirective(reading, directive);
    return { metadata: directive, home: found.district };
  });
  const year = metadata.issuedOn.value ? Number(metadata.issuedOn.value.slice(0, 4)) : metadata.meetingOn.value ? Number(metadata.meetingOn.value.slice(0, 4)) : null;
  const facts = timeStage('facts', () =>
    extractFactsFrom(reading, { ownNumber: metadata.number.value, year, kind: metadata.kind.value, home, issuedOn: metadata.issuedFrom?.value ?? metadata.issuedOn.value }),
  );
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
