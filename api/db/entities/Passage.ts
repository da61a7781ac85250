import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive } from './Directive';
import { PassageText } from './PassageText';
import { Rendition } from './Rendition';

/**
 * A paragraph of a directive's best rendition: the unit full-text search finds and cites. Derived at
 * ingestion (search/passages.ts) and replaced whole when a better rendition arrives. Its words are a
 * PassageText, shared with every other passage that reads the same.
 */
@Entity({ tableName: 'passage' })
@Unique({ properties: ['rendition', 'ordinal'] })
// Search lists a ranked text's occurrences in id order, and keeps those of the filtered directives, from this index alone.
@Index({ name: 'passage_text_id_index', expression: 'create index "passage_text_id_index" on "passage" ("text_id", "id") include ("directive_id")' })
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

  /** Its words: exactly rendition.text.slice(start, end). */
  @ManyToOne({ entity: () => PassageText })
  text!: PassageText;
}
