import { Migration } from '@mikro-orm/migrations';

// Full-text search over passages, diacritic-insensitive. Written by hand: MikroORM's diff knows the
// table, not the extension, text search configuration and function the generated column needs.
export class Migration20261123100000_search extends Migration {

  override async up(): Promise<void> {
    // unaccent is a trusted extension: the database owner may create it without superuser rights.
    this.addSql(`create extension if not exists unaccent;`);

    // "simple" (lower-case, no stemming, no stop words: Vietnamese syllables are not English words)
    // with unaccent in front of it for every token type that can hold a non-ASCII letter. unaccent's
    // rules map đ/Đ to d/D, so "Đồng" and "dong" are one lexeme.
    this.addSql(`create text search configuration vietnamese_unaccent (copy = simple);`);
    this.addSql(`alter text search configuration vietnamese_unaccent alter mapping for word, numword, hword, numhword, hword_part, hword_numpart with unaccent, simple;`);

    // The default parser reads "đơn/ngày" as the file name "/ng" plus "ày"; a slash before anything
    // but a digit becomes a space so both words are found ("27/9/2021" stays one token). Length is
    // preserved, so offsets into this text are offsets into the original (search/normalise.ts mirrors it).
    this.addSql(`create function search_text(text) returns text language sql immutable strict parallel safe as $$ select regexp_replace($1, '/(?![0-9])', ' ', 'g') $$;`);

    this.addSql(`create table "passage" ("id" serial primary key, "directive_id" int not null, "rendition_id" int not null, "ordinal" int not null, "start_offset" int not null, "end_offset" int not null, "text" text not null, "search" tsvector generated always as (to_tsvector('vietnamese_unaccent', search_text(text))) stored);`);
    this.addSql(`create index "passage_directive_id_index" on "passage" ("directive_id");`);
    this.addSql(`alter table "passage" add constraint "passage_rendition_id_ordinal_unique" unique ("rendition_id", "ordinal");`);
    this.addSql(`create index "passage_search_index" on "passage" using gin ("search");`);

    this.addSql(`alter table "passage" add constraint "passage_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "passage" add constraint "passage_rendition_id_foreign" foreign key ("rendition_id") references "rendition" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "passage" cascade;`);
    this.addSql(`drop function if exists search_text(text);`);
    this.addSql(`drop text search configuration if exists vietnamese_unaccent;`);
    // The unaccent extension stays: other objects may have come to use it since.
  }

}
