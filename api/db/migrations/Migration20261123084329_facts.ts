import { Migration } from '@mikro-orm/migrations';

export class Migration20261123084329_facts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agency" ("id" serial primary key, "canonical_name" text not null, "level" text check ("level" in ('NATIONAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE', 'SECTOR')) not null);`);
    this.addSql(`alter table "agency" add constraint "agency_canonical_name_unique" unique ("canonical_name");`);

    this.addSql(`create table "reference" ("id" serial primary key, "directive_id" int not null, "rendition_id" int not null, "number" text not null, "kind" text null, "issuer" text null, "issued_on" date null, "cited_id" int null, "start_offset" int not null, "end_offset" int not null, "quote" text not null, "rule" text not null);`);
    this.addSql(`create index "reference_directive_id_index" on "reference" ("directive_id");`);
    this.addSql(`create index "reference_number_index" on "reference" ("number");`);
    this.addSql(`create index "reference_cited_id_index" on "reference" ("cited_id");`);

    this.addSql(`create table "measure" ("id" serial primary key, "directive_id" int not null, "rendition_id" int not null, "category" text not null, "other_categories" jsonb not null, "oxcgrt_code" text null, "strength" text check ("strength" in ('REQUIRED', 'ENCOURAGED', 'FORBIDDEN')) not null, "deadline_kind" text check ("deadline_kind" in ('ON_DATE', 'BY_DATE', 'WITHIN_PERIOD', 'WITHIN_DAYS_OF_EVENT')) null, "deadline_date" date null, "deadline_period_start" date null, "deadline_period_end" date null, "deadline_days" int null, "deadline_event" text null, "citation_start_offset" int null, "citation_end_offset" int null, "citation_quote" text null, "citation_rule" text null, "clause_ordinal" int null, "start_offset" int not null, "end_offset" int not null, "quote" text not null, "rule" text not null);`);
    this.addSql(`create index "measure_directive_id_index" on "measure" ("directive_id");`);
    this.addSql(`create index "measure_category_index" on "measure" ("category");`);
    this.addSql(`create index "measure_oxcgrt_code_index" on "measure" ("oxcgrt_code");`);

    this.addSql(`create table "measure_agency" ("measure_id" int not null, "agency_id" int not null, constraint "measure_agency_pkey" primary key ("measure_id", "agency_id"));`);
    this.addSql(`create index "measure_agency_agency_id_index" on "measure_agency" ("agency_id");`);

    this.addSql(`create table "agency_mention" ("id" serial primary key, "agency_id" int not null, "directive_id" int not null, "rendition_id" int not null, "start_offset" int not null, "end_offset" int not null, "quote" text not null, "rule" text not null);`);
    this.addSql(`create index "agency_mention_agency_id_index" on "agency_mention" ("agency_id");`);
    this.addSql(`create index "agency_mention_directive_id_index" on "agency_mention" ("directive_id");`);

    this.addSql(`create table "slogan" ("id" serial primary key, "canonical" text not null, "kind" text check ("kind" in ('MOTTO', 'STRATEGY', 'GOAL', 'CAMPAIGN')) not null, "gloss" text not null, "expansion" jsonb null, "known" boolean not null);`);
    this.addSql(`alter table "slogan" add constraint "slogan_canonical_unique" unique ("canonical");`);

    this.addSql(`create table "slogan_mention" ("id" serial primary key, "slogan_id" int not null, "directive_id" int not null, "rendition_id" int not null, "quoted" boolean not null, "start_offset" int not null, "end_offset" int not null, "quote" text not null, "rule" text not null);`);
    this.addSql(`create index "slogan_mention_slogan_id_index" on "slogan_mention" ("slogan_id");`);
    this.addSql(`create index "slogan_mention_directive_id_index" on "slogan_mention" ("directive_id");`);

    this.addSql(`create table "target" ("id" serial primary key, "directive_id" int not null, "rendition_id" int not null, "metric" text not null, "value" double precision not null, "unit" text not null, "pool_size" int null, "dose" int null, "scope" text null, "scope_count" int null, "scope_total" int null, "population" text null, "condition" text null, "deadline_kind" text check ("deadline_kind" in ('ON_DATE', 'BY_DATE', 'WITHIN_PERIOD', 'WITHIN_DAYS_OF_EVENT')) null, "deadline_date" date null, "deadline_period_start" date null, "deadline_period_end" date null, "deadline_days" int null, "deadline_event" text null, "citation_start_offset" int null, "citation_end_offset" int null, "citation_quote" text null, "citation_rule" text null, "clause_ordinal" int null, "start_offset" int not null, "end_offset" int not null, "quote" text not null, "rule" text not null);`);
    this.addSql(`create index "target_directive_id_index" on "target" ("directive_id");`);
    this.addSql(`create index "target_metric_directive_id_index" on "target" ("metric", "directive_id");`);

    this.addSql(`alter table "reference" add constraint "reference_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade;`);
    this.addSql(`alter table "reference" add constraint "reference_rendition_id_foreign" foreign key ("rendition_id") references "rendition" ("id") on update cascade;`);
    this.addSql(`alter table "reference" add constraint "reference_cited_id_foreign" foreign key ("cited_id") references "directive" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "measure" add constraint "measure_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade;`);
    this.addSql(`alter table "measure" add constraint "measure_rendition_id_foreign" foreign key ("rendition_id") references "rendition" ("id") on update cascade;`);

    this.addSql(`alter table "measure_agency" add constraint "measure_agency_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measure_agency" add constraint "measure_agency_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);

    this.addSql(`alter table "agency_mention" add constraint "agency_mention_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade;`);
    this.addSql(`alter table "agency_mention" add constraint "agency_mention_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade;`);
    this.addSql(`alter table "agency_mention" add constraint "agency_mention_rendition_id_foreign" foreign key ("rendition_id") references "rendition" ("id") on update cascade;`);

    this.addSql(`alter table "slogan_mention" add constraint "slogan_mention_slogan_id_foreign" foreign key ("slogan_id") references "slogan" ("id") on update cascade;`);
    this.addSql(`alter table "slogan_mention" add constraint "slogan_mention_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade;`);
    this.addSql(`alter table "slogan_mention" add constraint "slogan_mention_rendition_id_foreign" foreign key ("rendition_id") references "rendition" ("id") on update cascade;`);

    this.addSql(`alter table "target" add constraint "target_directive_id_foreign" foreign key ("directive_id") references "directive" ("id") on update cascade;`);
    this.addSql(`alter table "target" add constraint "target_rendition_id_foreign" foreign key ("rendition_id") references "rendition" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "measure_agency" drop constraint "measure_agency_agency_id_foreign";`);

    this.addSql(`alter table "agency_mention" drop constraint "agency_mention_agency_id_foreign";`);

    this.addSql(`alter table "measure_agency" drop constraint "measure_agency_measure_id_foreign";`);

    this.addSql(`alter table "slogan_mention" drop constraint "slogan_mention_slogan_id_foreign";`);

    this.addSql(`drop table if exists "agency" cascade;`);

    this.addSql(`drop table if exists "reference" cascade;`);

    this.addSql(`drop table if exists "measure" cascade;`);

    this.addSql(`drop table if exists "measure_agency" cascade;`);

    this.addSql(`drop table if exists "agency_mention" cascade;`);

    this.addSql(`drop table if exists "slogan" cascade;`);

    this.addSql(`drop table if exists "slogan_mention" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);
  }

}
