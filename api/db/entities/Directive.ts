import { BeforeCreate, BeforeUpdate, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { documentNumberKey } from '../../text/document-number';
import { DOCUMENT_KIND, type DirectiveField, type DocumentKind } from '../../domain/directive';
import { Issuer } from './Issuer';
import { Province } from './Province';

/**
 * One directive, however many texts of it we hold. Its metadata is derived from its renditions (see
 * ingestion/merge-metadata.ts) so that the result does not depend on which rendition arrived first.
 */
@Entity({ tableName: 'directive' })
// One directive per number (directive(number:) and ingestion look numbers up by this key) in a province and a
// year, since numbering starts again each year: "402-cv/tu", "402 - CV/TU" and a copy with Cyrillic look-alikes share a key.
@Index({
  name: 'directive_number_key_unique',
  expression:
    'create unique index "directive_number_key_unique" on "directive" ("number_key", coalesce("province_code", \'\'), coalesce("kind", \'\'), coalesce(extract(year from "dated_on")::int, 0)) where "number_key" is not null',
})
// Lists run newest first (dated_on desc nulls last, id desc), across the corpus or within a province.
@Index({ name: 'directive_list_order_index', expression: 'create index "directive_list_order_index" on "directive" ("dated_on" desc nulls last, "id" desc)' })
@Index({
  name: 'directive_province_list_order_index',
  expression: 'create index "directive_province_list_order_index" on "directive" ("province_code", "dated_on" desc nulls last, "id" desc)',
})
export class Directive {
  [OptionalProps]?: 'provinceInferred' | 'recipients' | 'missing' | 'createdAt' | 'datedFrom' | 'datedTo' | 'numberKey';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text', nullable: true })
  number!: string | null;

  /** What numbers are matched by (text/document-number.ts documentNumberKey); kept in step with `number`. */
  @Property({ type: 'text', nullable: true })
  numberKey: string | null = null;

  @BeforeCreate()
  @BeforeUpdate()
  keyNumber(): void {
    this.numberKey = this.number ? documentNumberKey(this.number) : null;
  }

  @Index()
  @Enum({
    items: [...DOCUMENT_KIND.codes],
    type: 'string',
    nullable: true,
  })
  kind!: DocumentKind | null;

  @ManyToOne({ entity: () => Province, nullable: true, fieldName: 'province_code' })
  province!: Province | null;

  @Property({ type: 'boolean', default: false })
  provinceInferred: boolean = false;

  @Property({ type: 'text', nullable: true })
  provinceEvidence!: string | null;

  @Index()
  @ManyToOne({ entity: () => Issuer, nullable: true })
  issuer!: Issuer | null;

  @Property({ type: 'date', nullable: true })
  issuedOn!: string | null;

  @Property({ type: 'date', nullable: true })
  meetingOn!: string | null;

  /** issuedOn, or meetingOn when the issue date is unknown: what lists are ordered by. */
  @Property({ type: 'date', nullable: true })
  datedOn!: string | null;

  /**
   * The earliest day the directive can be dated: datedOn when known, else the latest date the text shows it
   * follows (a document it cites, a meeting it reports). Date filters use it, so an undated directive is still
   * found near its time.
   */
  @Index()
  @Property({ type: 'date', nullable: true })
  datedFrom: string | null = null;

  /** The latest day it can be dated: datedOn when known, null when the text sets no upper bound. */
  @Property({ type: 'date', nullable: true })
  datedTo: string | null = null;

  @Property({ type: 'text', nullable: true })
  signerName!: string | null;

  @Property({ type: 'text', nullable: true })
  signerTitle!: string | null;

  @Property({ type: 'text', nullable: true })
  signerOnBehalfOf!: string | null;

  @Property({ type: 'text', nullable: true })
  subject!: string | null;

  @Property({ type: 'json' })
  recipients: string[] = [];

  /** Why each null metadata field is null. */
  @Property({ type: 'json' })
  missing: Partial<Record<DirectiveField, string>> = {};

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
