import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

export type ApiKeyRole = 'editor' | 'reader';
export const API_KEY_ROLES: readonly ApiKeyRole[] = ['editor', 'reader'];

/**
 * A key that lets a person or a program write (ingest, correct). Only the SHA-256 of the key is stored:
 * the key itself is shown once, when it is created (api/cli/keys.ts), and cannot be recovered.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'lastWriteLsn';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Who holds it, as given at creation: corrections are signed with this name. */
  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: ['editor', 'reader'], type: 'string' })
  role!: ApiKeyRole;

  /** SHA-256 (hex) of the key. Keys are 32 random bytes, so an unsalted fast hash is enough. */
  @Property({ type: 'string', length: 64, unique: true })
  hash!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Set when the key is revoked; a revoked key authenticates nothing. Rows stay: corrections name them. */
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  /**
   * The primary's WAL position after this key's last mutation: its holder's reads go to a replica that has
   * replayed that far, else to the primary (read-your-writes, api/db/replicas.ts). Set only with replicas.
   */
  @Property({ columnType: 'pg_lsn', type: 'string', nullable: true })
  lastWriteLsn: string | null = null;
}
