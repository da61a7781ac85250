import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import type { DirectiveMetadata } from '../../domain/directive';
import { LEGACY_ENCODING, RENDITION_FORMAT, type LegacyEncoding, type RenditionFormat } from '../../domain/rendition';
import { Directive } from './Directive';

/** One text of a directive (OCR of a scan, portal article, transcript) as it was ingested. */
@Entity({ tableName: 'rendition' })
export class Rendition {
  [OptionalProps]?: 'ingestedAt' | 'encoding';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne({ entity: () => Directive })
  directive!: Directive;

  /** SHA-256 of the source text (UTF-8, NFC, LF line ends): the same file ingested twice is one rendition. */
  @Property({ type: 'string', length: 64, unique: true })
  checksum!: string;

  /** Where the text came from: a file name or an address, as given at ingestion. */
  @Property({ type: 'text', nullable: true })
  origin!: string | null;

  @Enum({ items: [...RENDITION_FORMAT.codes], type: 'string' })
  format!: RenditionFormat;

  /** The pre-Unicode encoding the text was converted from (TCVN3, VNI, VIQR), or null for Unicode. */
  @Enum({ items: [...LEGACY_ENCODING.codes], type: 'string', nullable: true })
  encoding: LegacyEncoding | null = null;

  /** The source text as received (NFC). */
  @Property({ type: 'text', lazy: true })
  sourceText!: string;

  /** The cleaned text every citation's offsets point into. */
  @Property({ type: 'text' })
  text!: string;

  /** Share of the text's syllables that are Vietnamese words, from 0 to 1: OCR damage lowers it. */
  @Property({ type: 'double' })
  quality!: number;

  /** What this rendition alone says about its directive; the directive's fields are merged from these. */
  @Property({ type: 'json' })
  metadata!: DirectiveMetadata;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  ingestedAt: Date = new Date();
}
