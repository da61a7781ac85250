import { Migration } from '@mikro-orm/migrations';

// Identical passages stored once. Provinces copy national text, so most paragraphs recur across
// directives (4 occurrences per distinct text in the 3,000-directive benchmark corpus): search ranks each
// distinct text once (ts_rank_cd is the cost that grows), and `passage` keeps one row per occurrence
// (directive, rendition, offsets) pointing at its text. Written by hand: the diff cannot move the data.
export class Migration20261202030000_passage_texts extends Migration {

  override async up(): Promise<void> {
    // Moving every passage outlasts the pool's statement timeout on a large corpus; `local` ends with the
    // migration's transaction.
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`create table "passage_text" ("id" serial primary key, "text" text not null, "search" tsvector generated always as (to_tsvector('vietnamese_unaccent', search_text(text))) stored);`);
    // Ranking reads each candidate's tsvector: it stays in the row, uncompressed (main). The text, read only
    // for the snippets of a page, is what leaves a row that outgrows 2 kB (external: moved out, not compressed).
    this.addSql(`alter table "passage_text" alter column "text" set storage external, alter column "search" set storage main;`);
    // Numbered in order of first occurrence.
    this.addSql(`insert into "passage_text" ("text") select "text" from "passage" group by "text" order by min("id");`);
    // A paragraph can outgrow a b-tree entry: texts are unique by digest (lookups compare the text too).
    this.addSql(`create unique index "passage_text_digest_unique" on "passage_text" (md5("text"));`);
    this.addSql(`create index "passage_text_search_index" on "passage_text" using gin ("search");`);

    // Dropped first, so that the update below does not compute each row's tsvector again.
    this.addSql(`alter table "passage" drop column "search";`);
    this.addSql(`alter table "passage" add column "text_id" int;`);
    this.addSql(`update "passage" p set "text_id" = t."id" from "passage_text" t where md5(t."text") = md5(p."text") and t."text" = p."text";`);
    this.addSql(`alter table "passage" alter column "text_id" set not null;`);
    this.addSql(`alter table "passage" drop column "text";`);
    this.addSql(`alter table "passage" add constraint "passage_text_id_foreign" foreign key ("text_id") references "passage_text" ("id") on update cascade;`);
    // Listing a ranked text's occurrences, and keeping those of the filtered directives, reads this index alone.
    this.addSql(`create index "passage_text_id_index" on "passage" ("text_id", "id") include ("directive_id");`);
    // Rewritten so the dropped columns' bytes go, and ordered by text: a ranked text's occurrences are adjacent.
    this.addSql(`cluster "passage" using "passage_text_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`set local statement_timeout = 0;`);
    this.addSql(`alter table "passage" add column "text" text;`);
    this.addSql(`update "passage" p set "text" = t."text" from "passage_text" t where t."id" = p."text_id";`);
    this.addSql(`alter table "passage" alter column "text" set not null;`);
    this.addSql(`alter table "passage" drop column "text_id";`);
    this.addSql(`alter table "passage" add column "search" tsvector generated always as (to_tsvector('vietnamese_unaccent', search_text(text))) stored;`);
    this.addSql(`create index "passage_search_index" on "passage" using gin ("search");`);
    this.addSql(`drop table if exists "passage_text" cascade;`);
  }

}
