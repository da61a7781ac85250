import { Embedded, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Citation } from './Citation';
import { Directive } from './Directive';
import { Rendition } from './Rendition';
import { Slogan } from './Slogan';

/** One place where a directive uses a slogan. */
@Entity({ tableName: 'slogan_mention' })
// Covers the comparison's per-directive fact lookups (see Migration20261123190000_covering_fact_indexes).
@Index({ name: 'slogan_mention_directive_fact_index', properties: ['directive', 'slogan', 'id'] })
export class SloganMention {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne({ entity: () => Slogan })
  slogan!: Slogan;

  @ManyToOne({ entity: () => Directive })
  directive!: Directive;

  @ManyToOne({ entity: () => Rendition })
  rendition!: Rendition;

  /** True when the text puts the phrase in quotation marks. */
  @Property({ type: 'boolean' })
  quoted!: boolean;

  @Embedded({ entity: () => Citation, prefix: false })
  citation!: Citation;
}
