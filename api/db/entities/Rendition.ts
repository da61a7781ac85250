import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import type { DirectiveMetadata } from '../../domain/directive';
import { LEGACY_ENCODING, ORIGIN_FORMAT, RENDITION_FORMAT, type LegacyEncoding, type OriginFormat, type RenditionFormat } from '../../domain/rendition';
import { Directive } from './Directive';
import { SourceFile } from './SourceFile';

/** One text of a directive (OCR of a scan, portal article, transcript) as it was ingested. */
@Entity({ tableName: 'rendition' })
export class Rendition {
  [OptionalProps]?: 'ingestedAt' | 'encoding' | 'originFormat' | 'pageStarts' | 'ocrConfidence' | 'sourceFile' | 'textChecksum';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne({ entity: () => Directive })
  directive!: Directive;

  /** SHA-256 of the source text (UTF-8, NFC, LF line ends): the same file ingested twice is one rendition. */
  @Property({ type: 'string', length: 64, unique: true })
  checksum!: string;

  /**
   * SHA-256 of the cleaned text: what decides that a text is one we hold. Trailing spaces or an extra blank
   * line change the source's checksum, not this; null on rows ingested before it existed.
   */
  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  textChecksum: string | null = null;

  /** Where the text came from: a file name or an address, as given at ingestion. */
  @Property({ type: 'text', nullable: true })
  origin!: string | null;

  @Enum({ items: [...RENDITION_FORMAT.codes], type: 'string' })
  format!: RenditionFormat;

  /** The pre-Unicode or 8-bit encoding the text was converted from (TCVN3, VNI, VIQR, Windows-1258), or null for Unicode. */
  @Enum({ items: [...LEGACY_ENCODING.codes], type: 'string', nullable: true })
  encoding: LegacyEncoding | null = null;

  /** The kind of file the text was read from: a text file, a PDF's text layer, OCR of a PDF's pages or of an image. */
  @Enum({ items: [...ORIGIN_FORMAT.codes], type: 'string', default: 'TEXT' })
  originFormat: OriginFormat = 'TEXT';

  /** For a PDF or an image: offsets in `text` where each page begins (null where a page was not located). */
  @Property({ type: 'json', nullable: true })
  pageStarts: (number | null)[] | null = null;

  /** Mean confidence of OCR's words, 0 to 1, weighted by their letters; null when no OCR was run. */
  @Property({ type: 'double', nullable: true })
  ocrConfidence: number | null = null;

  /** The PDF or image the text was read from; null for a text file. */
  @ManyToOne({ entity: () => SourceFile, nullable: true })
  sourceFile: SourceFile | null = null;

  /** The source text as received (NFC). */
  @Property({ type: 'text', lazy: true })
  sourceText!: string;

  /** The cleaned text every citation's offsets point into. */
  @Property({ type: 'text' })
  text!: string;

  /** Share of the text's syllables that are Vietnamese words, from 0 to 1, times ocrConfidence after OCR: OCR damage lowers it. */
  @Property({ type: 'double' })
  quality!: number;

  /** What this rendition alone says about its directive; the directive's fields are merged from these. */
  @Property({ type: 'json' })
  metadata!: DirectiveMetadata;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  ingestedAt: Date = new Date();
}
