import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { BOUND, type Bound } from '../../domain/facts';
import { Citation } from './Citation';
import { Deadline } from './Deadline';
import { Directive } from './Directive';
import { StatedPeriod } from './StatedPeriod';
import { Rendition } from './Rendition';

/** A quantitative goal a directive sets: metric, number, unit, and what qualifies it. */
@Entity({ tableName: 'target' })
@Index({ properties: ['metric', 'directive'] })
// Covers the comparison's per-directive fact lookups (see Migration20261123190000_covering_fact_indexes).
@Index({ name: 'target_directive_fact_index', properties: ['directive', 'metric', 'id'] })
export class Target {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Directive })
  directive!: Directive;

  @ManyToOne({ entity: () => Rendition })
  rendition!: Rendition;

  /** Code of seeds/lexicons/metrics.json ("RT_PCR_SINGLE_SAMPLES"). */
  @Property({ type: 'text' })
  metric!: string;

  @Property({ type: 'double' })
  value!: number;

  /** Code of seeds/lexicons/units.json ("SAMPLES_PER_DAY"). */
  @Property({ type: 'text' })
  unit!: string;

  /** A ceiling ("không quá 10 người") or a floor ("tối thiểu 1,5m"); null for a value to reach. */
  @Enum({ items: [...BOUND.codes], type: 'string', nullable: true })
  bound!: Bound | null;

  /** What the figure counts, as written ("người", "chốt kiểm soát"). */
  @Property({ type: 'text', nullable: true })
  nounPhrase!: string | null;

  /** Applies only if its condition happens ("khi có tình huống xảy ra"). */
  @Property({ type: 'boolean', default: false })
  contingent: boolean = false;

  @Property({ type: 'integer', nullable: true })
  poolSize!: number | null;

  @Property({ type: 'integer', nullable: true })
  dose!: number | null;

  @Property({ type: 'text', nullable: true })
  scope!: string | null;

  @Property({ type: 'integer', nullable: true })
  scopeCount!: number | null;

  @Property({ type: 'integer', nullable: true })
  scopeTotal!: number | null;

  @Property({ type: 'text', nullable: true })
  population!: string | null;

  @Property({ type: 'text', nullable: true })
  condition!: string | null;

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
