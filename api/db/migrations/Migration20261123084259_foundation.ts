import { Migration } from '@mikro-orm/migrations';

export class Migration20261123084259_foundation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "province" ("code" varchar(8) not null, "name" text not null, "ascii_name" text not null, "kind" text check ("kind" in ('PROVINCE', 'CITY')) not null, "region" text not null, constraint "province_pkey" primary key ("code"));`);

    this.addSql(`create table "issuer" ("id" serial primary key, "name" text not null, "kind" text check ("kind" in ('PARTY_COMMITTEE', 'PARTY_STANDING_COMMITTEE', 'STEERING_COMMITTEE', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'OTHER')) not null, "province_code" varchar(8) null);`);
    this.addSql(`alter table "issuer" add constraint "issuer_name_unique" unique ("name");`);
    this.addSql(`create index "issuer_province_code_index" on "issuer" ("province_code");`);

    this.addSql(`create table "directive" ("id" serial primary key, "number" text null, "kind" text check ("kind" in ('THONG_BAO', 'CONG_VAN', 'CHI_THI', 'KE_HOACH', 'QUYET_DINH', 'CONG_DIEN', 'NGHI_QUYET', 'KET_LUAN', 'HUONG_DAN')) null, "province_code" varchar(8) null, "province_inferred" boolean not null default false, "province_evidence" text null, "issuer_id" int null, "issued_on" date null, "meeting_on" date null, "dated_on" date null, "signer_name" text null, "signer_title" text null, "signer_on_behalf_of" text null, "subject" text null, "recipients" jsonb not null, "missing" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "directive_number_index" on "directive" ("number");`);
    this.addSql(`create index "directive_kind_index" on "directive" ("kind");`);
    this.addSql(`create index "directive_issuer_id_index" on "directive" ("issuer_id");`);
    this.addSql(`create index "directive_province_list_order_index" on "directive" ("province_code", "dated_on" desc nulls last, "id" desc);`);
    this.addSql(`create index "directive_list_order_index" on "directive" ("dated_on" desc nulls last, "id" desc);`);

    this.addSql(`create table "rendition" ("id" serial primary key, "directive_id" int not null, "checksum" varchar(64) not null, "origin" text null, "format" text check ("format" in ('OCR', 'PORTAL', 'MARKDOWN', 'PLAIN')) not null, "source_text" text not null, "text" text not null, "quality" double precision not null, "metadata" jsonb not null, "ingested_at" timestamptz not null default now());`);
    this.addSql(`create index "rendition_directive_id_index" on "rendition" ("directive_id");`);
    this.addSql(`alter table "rendition" add constraint "rendition_checksum_unique" unique ("checksum");`);

    this.addSql(`create table "clause" ("id" serial primary key, "rendition_id" int not null, "ordinal" int not null, "label" text not null, "depth" int not null, "parent_id" int null, "start_offset" int not null, "end_offset" int not null, "text" text not null);`);
    this.addSql(`create index "clause_parent_id_index" on "clause" ("parent_id");`);
    this.addSql(`alter table "clause" add constraint "clause_rendition_id_ordinal_unique" unique ("rendition_id", "ordinal");`);

    this.addSql(`alter table "issuer" add constraint "issuer_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "directive" add constraint "directive_province_code_foreign" foreign key ("province_code") references "province" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "directive" add constraint "directive_issuer_id_foreign" foreign key ("issuer_id") references "issuer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rendition" add constraint "rendition_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade;`);

    this.addSql(`alter table "clause" add constraint "clause_rendition_id_foreign" foreign key ("rendition_id") references "rendition" ("id") on update cascade;`);
    this.addSql(`alter table "clause" add constraint "clause_parent_id_foreign" foreign key ("parent_id") references "clause" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "issuer" drop constraint "issuer_province_code_foreign";`);

    this.addSql(`alter table "directive" drop constraint "directive_province_code_foreign";`);

    this.addSql(`alter table "directive" drop constraint "directive_issuer_id_foreign";`);

    this.addSql(`alter table "rendition" drop constraint "rendition_directive_id_foreign";`);

    this.addSql(`alter table "clause" drop constraint "clause_rendition_id_foreign";`);

    this.addSql(`alter table "clause" drop constraint "clause_parent_id_foreign";`);

    this.addSql(`drop table if exists "province" cascade;`);

    this.addSql(`drop table if exists "issuer" cascade;`);

    this.addSql(`drop table if exists "directive" cascade;`);

    this.addSql(`drop table if exists "rendition" cascade;`);

    this.addSql(`drop table if exists "clause" cascade;`);
  }

}
