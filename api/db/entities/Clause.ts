import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Rendition } from './Rendition';

/** A numbered or bulleted unit of a rendition's text ("1.", "(2)", "-"), as a span of that text. */
@Entity({ tableName: 'clause' })
@Unique({ properties: ['rendition', 'ordinal'] })
export class Clause {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Rendition })
  rendition!: Rendition;

  @Property({ type: 'integer' })
  ordinal!: number;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'integer' })
  depth!: number;

  @Index()
  @ManyToOne({ entity: () => Clause, nullable: true })
  parent!: Clause | null;

  /** Offsets into the rendition's text, end exclusive. */
  @Property({ type: 'integer', fieldName: 'start_offset' })
  start!: number;

  @Property({ type: 'integer', fieldName: 'end_offset' })
  end!: number;

  @Property({ type: 'text' })
  text!: string;
}
