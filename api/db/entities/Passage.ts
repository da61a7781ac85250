import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive } from './Directive';
import { Rendition } from './Rendition';

/**
 * A paragraph of a directive's best rendition: the unit full-text search finds and cites. Derived at
 * ingestion (search/passages.ts) and replaced whole when a better rendition arrives.
 */
@Entity({ tableName: 'passage' })
@Unique({ properties: ['rendition', 'ordinal'] })
// The GIN index on the stored tsvector is what makes `search @@ query` an index lookup.
@Index({ name: 'passage_search_index', expression: 'create index "passage_search_index" on "passage" using gin ("search")' })
export class Passage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne({ entity: () => Directive, deleteRule: 'cascade' })
  directive!: Directive;

  @ManyToOne({ entity: () => Rendition, deleteRule: 'cascade' })
  rendition!: Rendition;

  /** Position in the rendition, from 0. */
  @Property({ type: 'integer' })
  ordinal!: number;

  /** Offsets into the rendition's text, end exclusive. */
  @Property({ type: 'integer', fieldName: 'start_offset' })
  start!: number;

  @Property({ type: 'integer', fieldName: 'end_offset' })
  end!: number;

  /** Exactly rendition.text.slice(start, end). */
  @Property({ type: 'text' })
  text!: string;

  /**
   * The passage's words without diacritics, computed by PostgreSQL (see the search migration): never
   * written by the application, and lazy so that loading passages does not ship it.
   */
  @Property({
    type: 'string',
    columnType: 'tsvector',
    generated: `(to_tsvector('vietnamese_unaccent', search_text(text))) stored`,
    lazy: true,
    nullable: true,
  })
  search?: string;
}
