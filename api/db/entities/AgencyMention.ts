import { Embedded, Entity, Index, ManyToOne, PrimaryKey } from '@mikro-orm/postgresql';
import { Agency } from './Agency';
import { Citation } from './Citation';
import { Directive } from './Directive';
import { Rendition } from './Rendition';

/** One place where a directive names an agency. */
@Entity({ tableName: 'agency_mention' })
export class AgencyMention {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne({ entity: () => Agency })
  agency!: Agency;

  @Index()
  @ManyToOne({ entity: () => Directive })
  directive!: Directive;

  @ManyToOne({ entity: () => Rendition })
  rendition!: Rendition;

  @Embedded({ entity: () => Citation, prefix: false })
  citation!: Citation;
}
