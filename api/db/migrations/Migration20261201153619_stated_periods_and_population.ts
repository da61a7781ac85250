import { Migration } from '@mikro-orm/migrations';

export class Migration20261201153619_stated_periods_and_population extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "province" add column "population" int null, add column "area_km2" double precision null;`);

    this.addSql(`alter table "measure" add column "period_from_date" date null, add column "period_to_date" date null, add column "period_days" int null, add column "period_until_further_notice" boolean null, add column "period_citation_start_offset" int null, add column "period_citation_end_offset" int null, add column "period_citation_quote" text null, add column "period_citation_rule" text null;`);

    this.addSql(`alter table "target" add column "period_from_date" date null, add column "period_to_date" date null, add column "period_days" int null, add column "period_until_further_notice" boolean null, add column "period_citation_start_offset" int null, add column "period_citation_end_offset" int null, add column "period_citation_quote" text null, add column "period_citation_rule" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "measure" drop column "period_from_date", drop column "period_to_date", drop column "period_days", drop column "period_until_further_notice", drop column "period_citation_start_offset", drop column "period_citation_end_offset", drop column "period_citation_quote", drop column "period_citation_rule";`);

    this.addSql(`alter table "province" drop column "population", drop column "area_km2";`);

    this.addSql(`alter table "target" drop column "period_from_date", drop column "period_to_date", drop column "period_days", drop column "period_until_further_notice", drop column "period_citation_start_offset", drop column "period_citation_end_offset", drop column "period_citation_quote", drop column "period_citation_rule";`);
  }

}
