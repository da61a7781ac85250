import { Migration } from '@mikro-orm/migrations';

// What extraction learns from texts it was not tuned for: press releases as a document kind, a district's
// bodies (tier and district), date bounds for undated directives, the legacy encoding a text came in,
// targets' bounds, noun phrases and conditions, measures' direction, and slogans found by shape (no gloss
// until reviewed).
export class Migration20261201090000_general_extraction extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "directive" drop constraint if exists "directive_kind_check";`);
    this.addSql(`alter table "directive" add constraint "directive_kind_check" check ("kind" in ('THONG_BAO', 'CONG_VAN', 'CHI_THI', 'KE_HOACH', 'QUYET_DINH', 'CONG_DIEN', 'NGHI_QUYET', 'KET_LUAN', 'HUONG_DAN', 'THONG_CAO_BAO_CHI'));`);
    this.addSql(`alter table "directive" add column "dated_from" date null, add column "dated_to" date null;`);
    this.addSql(`update "directive" set "dated_from" = "dated_on", "dated_to" = "dated_on";`);
    this.addSql(`create index "directive_dated_from_index" on "directive" ("dated_from");`);

    this.addSql(`alter table "issuer" add column "level" text check ("level" in ('PROVINCE', 'DISTRICT')) not null default 'PROVINCE', add column "district" text null;`);
    this.addSql(`alter table "rendition" add column "encoding" text check ("encoding" in ('TCVN3', 'VNI', 'VIQR')) null;`);

    this.addSql(`alter table "target" add column "bound" text check ("bound" in ('AT_MOST', 'AT_LEAST')) null, add column "noun_phrase" text null, add column "contingent" boolean not null default false;`);
    this.addSql(`update "target" set "contingent" = true where "condition" is not null;`);
    this.addSql(`alter table "measure" add column "direction" text check ("direction" in ('TIGHTENING', 'EASING')) null;`);

    this.addSql(`alter table "slogan" alter column "gloss" drop not null;`);
    this.addSql(`alter table "slogan" rename column "known" to "reviewed";`);
    // Glosses that only said "not in the lexicon" were placeholders, never a reader's gloss.
    this.addSql(`update "slogan" set "gloss" = null where not "reviewed";`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "slogan" set "gloss" = 'not reviewed' where "gloss" is null;`);
    this.addSql(`alter table "slogan" rename column "reviewed" to "known";`);
    this.addSql(`alter table "slogan" alter column "gloss" set not null;`);
    this.addSql(`alter table "measure" drop column "direction";`);
    this.addSql(`alter table "target" drop column "bound", drop column "noun_phrase", drop column "contingent";`);
    this.addSql(`alter table "rendition" drop column "encoding";`);
    this.addSql(`alter table "issuer" drop column "level", drop column "district";`);
    this.addSql(`drop index if exists "directive_dated_from_index";`);
    this.addSql(`alter table "directive" drop column "dated_from", drop column "dated_to";`);
    this.addSql(`delete from "directive" where "kind" = 'THONG_CAO_BAO_CHI';`);
    this.addSql(`alter table "directive" drop constraint if exists "directive_kind_check";`);
    this.addSql(`alter table "directive" add constraint "directive_kind_check" check ("kind" in ('THONG_BAO', 'CONG_VAN', 'CHI_THI', 'KE_HOACH', 'QUYET_DINH', 'CONG_DIEN', 'NGHI_QUYET', 'KET_LUAN', 'HUONG_DAN'));`);
  }

}
