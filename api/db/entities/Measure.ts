import { Collection, Embedded, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { DIRECTION, STRENGTH, type Direction, type Strength } from '../../domain/facts';
import { Agency } from './Agency';
import { Citation } from './Citation';
import { Deadline } from './Deadline';
import { Directive } from './Directive';
import { StatedPeriod } from './StatedPeriod';
import { MeasureAgency } from './MeasureAgency';
import { Rendition } from './Rendition';

/** One thing a directive orders, encourages or forbids. */
@Entity({ tableName: 'measure' })
// Covers the comparison's per-directive fact lookups (see Migration20261123190000_covering_fact_indexes).
@Index({ name: 'measure_directive_fact_index', properties: ['directive', 'category', 'id'] })
export class Measure {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Directive })
  directive!: Directive;

  @ManyToOne({ entity: () => Rendition })
  rendition!: Rendition;

  /** Code of the taxonomy in seeds/lexicons/categories.json. */
  @Index()
  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'json' })
  otherCategories: string[] = [];

  /** Oxford COVID-19 Government Response Tracker indicator ("H2"), when one fits. */
  @Index()
  @Property({ type: 'text', nullable: true })
  oxcgrtCode!: string | null;

  @Enum({ items: [...STRENGTH.codes], type: 'string' })
  strength!: Strength;

  /** Tightens or eases; null when the instruction does neither. */
  @Enum({ items: [...DIRECTION.codes], type: 'string', nullable: true })
  direction!: Direction | null;

  @ManyToMany({ entity: () => Agency, pivotEntity: () => MeasureAgency })
  agencies = new Collection<Agency>(this);

  @Embedded({ entity: () => Deadline, prefix: 'deadline_', nullable: true })
  deadline!: Deadline | null;

  /** When its words say it is in force; the bounds it is served with are worked out on read (api/in-force/). */
  @Embedded({ entity: () => StatedPeriod, prefix: 'period_', nullable: true })
  period!: StatedPeriod | null;

  @Property({ type: 'integer', nullable: true })
  clauseOrdinal!: number | null;

  @Embedded({ entity: () => Citation, prefix: false })
  citation!: Citation;
}
