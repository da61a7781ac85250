import { createHash } from 'node:crypto';
import { clean } from './clean';
import type { CleanedText, ClauseSpan } from './document';
import type { DirectiveMetadata } from '../domain/directive';
import { extractFactsFrom } from './extract';
import type { ExtractedFacts } from '../domain/facts';
import { cleanedTextQuality } from './quality';
import { metadataOf, readMetadata } from './metadata';
import { assertDirective } from './metadata/recognise';
import { read } from './reading';
import { segmentClauses } from './segment/clauses';
import { yearOfIso } from '../text/dates';
import { readSourceText } from './source';
import { fileKind } from './files/file-kind';
import { locatePages } from './files/pages';
import { readFileText, type FileText, type ReadFileOptions, type SourceFileData } from './files/read-file';
import type { OriginFormat } from '../domain/rendition';
import { timeStage } from './stage-timer';

/** Everything the pipeline learns from one text, before anything touches the database. */
export interface Analysis {
  /** The source text as received: NFC, LF line ends. */
  source: string;
  /** SHA-256 of `source`: one rendition per distinct text. */
  checksum: string;
  /** SHA-256 of the cleaned text: two sources that clean to one text are one rendition. */
  textChecksum: string;
  cleaned: CleanedText;
  clauses: ClauseSpan[];
  metadata: DirectiveMetadata;
  quality: number;
  facts: ExtractedFacts;
  /** The kind of file the text was read from, and for a PDF or an image, what reading it gave. */
  origin: {
    format: OriginFormat;
    /** Offsets in the cleaned text where each page begins (null: not located); null for a text file or a Word document. */
    pageStarts: (number | null)[] | null;
    ocrConfidence: number | null;
    /** The PDF, image or Word document itself, kept so that a reader can open the page a quote is on. */
    file: SourceFileData | null;
  };
}

export interface AnalyseFileOptions extends Omit<ReadFileOptions, 'maxBytes'> {
  /** Limit for a text file. */
  maxBytes?: number;
  /** Limit for a PDF or an image. */
  maxFileBytes?: number;
  /** The bytes were sent as a text (the `ingestDocument` mutation): never read as a PDF or an image. */
  textOnly?: boolean;
}

/**
 * Any file a researcher holds: a text file goes straight to analyse(); a PDF, a page image or a Word
 * document is read to text first (files/read-file.ts), which is why this one is asynchronous.
 */
export async function analyseFile(bytes: Buffer, options: AnalyseFileOptions = {}): Promise<Analysis> {
  const kind = options.textOnly ? 'TEXT' : fileKind(bytes);
  if (kind === 'TEXT') return analyse(bytes, { maxBytes: options.maxBytes });
  const read = await readFileText(bytes, kind, { ...options, maxBytes: options.maxFileBytes });
  return analyse(read.text, { file: read });
}

/**
 * text -> clean -> segment -> extract. Pure and deterministic: the command line, the start-up seeding
 * and the GraphQL mutation all call this, then persist the result. Throws IngestionError for input that
 * is not a directive text.
 */
export function analyse(input: Buffer | string, options: { maxBytes?: number; file?: FileText } = {}): Analysis {
  const { source, cleaned } = timeStage('clean', () => {
    const decoded = readSourceText(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, options);
    const cleaned = clean(decoded.text);
    // An 8-bit TCVN3 or VNI file was converted while it was read, before cleaning could see it.
    return { source: decoded.text, cleaned: decoded.encoding ? { ...cleaned, encoding: decoded.encoding } : cleaned };
  });
  const clauses = timeStage('segment', () => segmentClauses(cleaned.text));
  const reading = read(cleaned, clauses);
  const { metadata, home, commune } = timeStage('metadata', () => {
    const found = readMetadata(reading);
    const directive = metadataOf(found);
    assertDirective(reading, directive);
    return { metadata: directive, home: found.home, commune: found.body?.commune ?? null };
  });
  const year = yearOfIso(metadata.issuedOn.value ?? metadata.meetingOn.value);
  const facts = timeStage('facts', () =>
    extractFactsFrom(reading, { ownNumber: metadata.number.value, year, kind: metadata.kind.value, home, commune, issuedOn: metadata.issuedFrom?.value ?? metadata.issuedOn.value }),
  );
  const file = options.file;
  // What OCR was unsure of counts against the text even where its guesses happen to be words.
  const quality = timeStage('quality', () => cleanedTextQuality(cleaned)) * (file?.ocrConfidence ?? 1);
  return {
    source,
    checksum: createHash('sha256').update(source, 'utf8').digest('hex'),
    textChecksum: createHash('sha256').update(cleaned.text, 'utf8').digest('hex'),
    cleaned,
    clauses,
    metadata,
    quality,
    facts,
    origin: {
      format: file?.originFormat ?? 'TEXT',
      pageStarts: file && file.pageTexts.length > 0 ? locatePages(cleaned.text, file.pageTexts) : null,
      ocrConfidence: file?.ocrConfidence ?? null,
      file: file?.file ?? null,
    },
  };
}
