import { Embedded, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Citation } from './Citation';
import { Directive } from './Directive';
import { Rendition } from './Rendition';

/** Another document a directive cites ("Công điện số 1699/CĐ-TTg"), linked when we hold it. */
@Entity({ tableName: 'reference' })
export class Reference {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** The citing directive. */
  @Index()
  @ManyToOne({ entity: () => Directive })
  directive!: Directive;

  @ManyToOne({ entity: () => Rendition })
  rendition!: Rendition;

  /** Normalised number of the cited document. */
  @Index()
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text', nullable: true })
  kind!: string | null;

  @Property({ type: 'text', nullable: true })
  issuer!: string | null;

  @Property({ type: 'date', nullable: true })
  issuedOn!: string | null;

  /** The cited directive when the corpus holds it. */
  @Index()
  @ManyToOne({ entity: () => Directive, nullable: true })
  cited!: Directive | null;

  @Embedded({ entity: () => Citation, prefix: false })
  citation!: Citation;
}
