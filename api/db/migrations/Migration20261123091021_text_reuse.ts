import { Migration } from '@mikro-orm/migrations';

export class Migration20261123091021_text_reuse extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "directive_fingerprint" ("directive_id" int not null, "hash" int not null, constraint "directive_fingerprint_pkey" primary key ("directive_id", "hash"));`);
    this.addSql(`create index "directive_fingerprint_hash_index" on "directive_fingerprint" ("hash");`);

    this.addSql(`create table "shared_passage" ("id" serial primary key, "directive_id" int not null, "rendition_id" int not null, "start_offset" int not null, "end_offset" int not null, "quote" text not null, "other_id" int not null, "other_rendition_id" int not null, "other_start" int not null, "other_end" int not null, "other_quote" text not null, "similarity" double precision not null, "words" int not null);`);
    this.addSql(`create index "shared_passage_directive_id_index" on "shared_passage" ("directive_id");`);
    this.addSql(`create index "shared_passage_other_id_index" on "shared_passage" ("other_id");`);

    this.addSql(`alter table "directive_fingerprint" add constraint "directive_fingerprint_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "shared_passage" add constraint "shared_passage_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shared_passage" add constraint "shared_passage_rendition_id_foreign" foreign key ("rendition_id") references "rendition" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shared_passage" add constraint "shared_passage_other_id_foreign" foreign key ("other_id") references "directive" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shared_passage" add constraint "shared_passage_other_rendition_id_foreign" foreign key ("other_rendition_id") references "rendition" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "directive_fingerprint" cascade;`);

    this.addSql(`drop table if exists "shared_passage" cascade;`);
  }

}
