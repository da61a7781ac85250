import { Embeddable, Embedded, Enum, Property } from '@mikro-orm/postgresql';
import { DEADLINE_KIND, type DeadlineKind } from '../../domain/facts';
import { Citation } from './Citation';

/** When something must be done: a day, a period, or a number of days after an event. */
@Embeddable()
export class Deadline {
  @Enum({ items: [...DEADLINE_KIND.codes], type: 'string' })
  kind!: DeadlineKind;

  @Property({ type: 'date', nullable: true })
  date!: string | null;

  @Property({ type: 'date', nullable: true })
  periodStart!: string | null;

  @Property({ type: 'date', nullable: true })
  periodEnd!: string | null;

  @Property({ type: 'integer', nullable: true })
  days!: number | null;

  @Property({ type: 'double', nullable: true })
  hours!: number | null;

  @Property({ type: 'text', nullable: true })
  event!: string | null;

  @Embedded({ entity: () => Citation, prefix: 'citation_' })
  citation!: Citation;
}
