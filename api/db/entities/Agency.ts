import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { AGENCY_LEVEL, type AgencyLevel } from '../../domain/facts';

/** A body that directives assign work to, under one canonical name across spellings. */
@Entity({ tableName: 'agency' })
export class Agency {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text' })
  canonicalName!: string;

  @Enum({ items: [...AGENCY_LEVEL.codes], type: 'string' })
  level!: AgencyLevel;
}
