import { Migration } from '@mikro-orm/migrations';

export class Migration20261123092124_access_and_corrections extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_key" ("id" serial primary key, "name" text not null, "role" text check ("role" in ('editor', 'reader')) not null, "hash" varchar(64) not null, "created_at" timestamptz not null default now(), "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_hash_unique" unique ("hash");`);

    this.addSql(`create table "correction" ("id" serial primary key, "directive_id" int not null, "kind" text check ("kind" in ('TARGET', 'MEASURE', 'DIRECTIVE')) not null, "fact_key" text not null, "fact_quote" text null, "fact_id" int null, "field" text not null, "previous_value" text null, "new_value" text null, "reason" text not null, "author_id" int not null, "author_name" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "correction_directive_id_index" on "correction" ("directive_id");`);
    this.addSql(`create index "correction_kind_fact_id_index" on "correction" ("kind", "fact_id");`);

    this.addSql(`alter table "correction" add constraint "correction_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade;`);
    this.addSql(`alter table "correction" add constraint "correction_author_id_foreign" foreign key ("author_id") references "api_key" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "correction" drop constraint "correction_author_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "correction" cascade;`);
  }

}
