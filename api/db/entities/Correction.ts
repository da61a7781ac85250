import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { ApiKey } from './ApiKey';
import { Directive } from './Directive';

/** What a correction is about: a fact extracted from a directive, or the directive's own metadata. */
export type CorrectedKind = 'TARGET' | 'MEASURE' | 'DIRECTIVE';

/**
 * One editor's change to one field, with the reason: the audit trail. Rows are never updated except
 * `factId`, which follows the fact when re-extraction replaces its row (see corrections/reapply.ts).
 */
@Entity({ tableName: 'correction' })
@Index({ properties: ['kind', 'factId'] })
export class Correction {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne({ entity: () => Directive })
  directive!: Directive;

  @Enum({ items: ['TARGET', 'MEASURE', 'DIRECTIVE'], type: 'string' })
  kind!: CorrectedKind;

  /**
   * Identity of the corrected fact that survives re-extraction (metric and folded citation quote, see
   * corrections/fact-key.ts); empty for directive metadata, which the directive row itself identifies.
   */
  @Property({ type: 'text' })
  factKey!: string;

  /** The corrected fact's citation quote at the time: recognises the fact in a differently worded text. */
  @Property({ type: 'text', nullable: true })
  factQuote!: string | null;

  /** The row the correction applies to now; null when re-extraction no longer finds the fact. */
  @Property({ type: 'integer', nullable: true })
  factId!: number | null;

  /** The corrected field's GraphQL name ("value", "category", "issuedOn"...). */
  @Property({ type: 'text' })
  field!: string;

  /** The value served before this correction, as text; null when the field was unknown. */
  @Property({ type: 'text', nullable: true })
  previousValue!: string | null;

  /** The value after it, as text; null only for a field a correction leaves unknown (oxcgrtCode). */
  @Property({ type: 'text', nullable: true })
  newValue!: string | null;

  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne({ entity: () => ApiKey })
  author!: ApiKey;

  /** The key's name when the correction was made. */
  @Property({ type: 'text' })
  authorName!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
