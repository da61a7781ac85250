import { Embeddable, Embedded, Property } from '@mikro-orm/postgresql';
import { Citation } from './Citation';

/** When a fact's own words say it is in force (see domain/facts.ts StatedPeriod). */
@Embeddable()
export class StatedPeriod {
  /** First day stated; null when counted from the issue date ("kể từ ngày ký"). */
  @Property({ type: 'date', nullable: true, fieldName: 'from_date' })
  from!: string | null;

  @Property({ type: 'date', nullable: true, fieldName: 'to_date' })
  to!: string | null;

  @Property({ type: 'integer', nullable: true })
  days!: number | null;

  @Property({ type: 'boolean' })
  untilFurtherNotice!: boolean;

  // Nested prefixes are absolute in MikroORM 6: spelled out, so these columns stay apart from the deadline's.
  @Embedded({ entity: () => Citation, prefix: 'period_citation_' })
  citation!: Citation;
}
