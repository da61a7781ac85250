import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * How many directives hold a sampled run hash (DirectiveFingerprint). Kept by a database trigger on
 * every insert and delete of fingerprints, cascades included, so the candidate search can skip
 * boilerplate runs with one key lookup instead of counting the holders at every ingestion.
 */
@Entity({ tableName: 'fingerprint_hash' })
export class FingerprintHash {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  hash!: number;

  /** Directives whose best text has this run hash. */
  @Property({ type: 'integer' })
  holders!: number;
}
