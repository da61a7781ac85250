import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive } from './Directive';
import { Rendition } from './Rendition';

/**
 * A passage of one directive that another directive repeats nearly word for word. Stored once from
 * each side, so "what does this directive share" is one index lookup whichever side it is on.
 * Computed at ingestion between the directives' best renditions.
 */
@Entity({ tableName: 'shared_passage' })
// The comparison reads pairs and similarities from the index alone (Migration20261123190000_covering_fact_indexes).
@Index({
  name: 'shared_passage_pair_index',
  expression: 'create index "shared_passage_pair_index" on "shared_passage" ("directive_id", "other_id") include ("similarity", "id")',
})
export class SharedPassage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Directive, deleteRule: 'cascade' })
  directive!: Directive;

  @ManyToOne({ entity: () => Rendition, deleteRule: 'cascade' })
  rendition!: Rendition;

  @Property({ type: 'integer', fieldName: 'start_offset' })
  start!: number;

  @Property({ type: 'integer', fieldName: 'end_offset' })
  end!: number;

  @Property({ type: 'text' })
  quote!: string;

  @Index()
  @ManyToOne({ entity: () => Directive, deleteRule: 'cascade' })
  other!: Directive;

  @ManyToOne({ entity: () => Rendition, deleteRule: 'cascade' })
  otherRendition!: Rendition;

  @Property({ type: 'integer' })
  otherStart!: number;

  @Property({ type: 'integer' })
  otherEnd!: number;

  @Property({ type: 'text' })
  otherQuote!: string;

  /** Word alignment of the two sides, 0 to 1. */
  @Property({ type: 'double' })
  similarity!: number;

  /** Length of the shorter side, in words. */
  @Property({ type: 'integer' })
  words!: number;
}
