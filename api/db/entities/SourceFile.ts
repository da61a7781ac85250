import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * A PDF or a page image as it was ingested, so that a reader can open the page a quote is on. Kept in
 * PostgreSQL (bytea) rather than on disk: it is written in the ingestion's transaction (a failed ingestion
 * keeps no file), travels with the database's backups and replicas, and every API instance can serve it.
 * Files are a few megabytes at most (read-file.ts), well within what bytea handles; large objects would
 * need unlinking by hand when a row goes.
 */
@Entity({ tableName: 'source_file' })
export class SourceFile {
  [OptionalProps]?: 'receivedAt';

  /** SHA-256 of the file's bytes (hex): the same file sent twice is kept once. */
  @PrimaryKey({ type: 'string', length: 64 })
  checksum!: string;

  /** application/pdf, image/png, image/jpeg or image/tiff. */
  @Property({ type: 'text' })
  mediaType!: string;

  @Property({ type: 'integer' })
  byteSize!: number;

  @Property({ type: 'integer' })
  pageCount!: number;

  /** Read only when the file is downloaded. */
  @Property({ type: 'blob', lazy: true })
  bytes!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date = new Date();
}
