import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/**
 * The words of a passage, stored once however many directives hold them (provinces copy national text):
 * search matches and ranks texts, then lists their occurrences (Passage). Derived at ingestion
 * (search/passages.ts); a text no passage uses any more is deleted with the last of them.
 */
@Entity({ tableName: 'passage_text' })
// Unique by digest: a long paragraph does not fit a b-tree entry. Lookups compare the text as well.
@Index({ name: 'passage_text_digest_unique', expression: 'create unique index "passage_text_digest_unique" on "passage_text" (md5("text"))' })
// The GIN index on the stored tsvector is what makes `search @@ query` an index lookup.
@Index({ name: 'passage_text_search_index', expression: 'create index "passage_text_search_index" on "passage_text" using gin ("search")' })
export class PassageText {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text' })
  text!: string;

  /**
   * The words without diacritics, computed by PostgreSQL (see the search migration): never written by
   * the application, and lazy so that loading texts does not ship it.
   */
  @Property({
    type: 'string',
    columnType: 'tsvector',
    generated: `(to_tsvector('vietnamese_unaccent', search_text(text))) stored`,
    lazy: true,
    nullable: true,
  })
  search?: string;

}
