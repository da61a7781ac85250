import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';
import { ApiKey } from './ApiKey';

/**
 * A key's ingestion allowance, a token bucket kept in PostgreSQL so that every API instance draws on the
 * same one (api/auth/rate-limit.ts takes from it in one statement). Written with SQL only.
 */
@Entity({ tableName: 'ingest_budget' })
export class IngestBudget {
  [PrimaryKeyProp]?: 'apiKey';

  @ManyToOne({ entity: () => ApiKey, primary: true, deleteRule: 'cascade' })
  apiKey!: ApiKey;

  /** Documents the key may still send now; refills continuously up to the per-minute rate. */
  @Property({ type: 'double' })
  tokens!: number;

  /** When `tokens` was last brought up to date (PostgreSQL's clock, the same for every instance). */
  @Property({ type: 'timestamptz' })
  refilledAt!: Date;

  /** Whether the last request took a token: how the one statement tells its caller yes or no. */
  @Property({ type: 'boolean' })
  taken!: boolean;
}
