import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import type { AgencyLevel } from '../../ingestion/extract/facts';

/** A body that directives assign work to, under one canonical name across spellings. */
@Entity({ tableName: 'agency' })
export class Agency {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text' })
  canonicalName!: string;

  @Enum({ items: ['NATIONAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE', 'SECTOR'], type: 'string' })
  level!: AgencyLevel;
}
