import { Migration } from '@mikro-orm/migrations';

// An issuer is one per canonical name and province, not per name: a district's body is named after its
// district ("Ủy ban nhân dân huyện Châu Thành"), and ten provinces have a Châu Thành. Directives held under
// another province's body of the same name get their own province's, created as ingestion would have.
export class Migration20261205040000_issuer_per_province extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "issuer" drop constraint if exists "issuer_name_unique";`);
    this.addSql(`create unique index "issuer_name_province_unique" on "issuer" ("name", coalesce("province_code", ''));`);
    this.addSql(`insert into "issuer" ("name", "kind", "level", "district", "province_code")
      select distinct on (i."name", d."province_code") i."name", i."kind", i."level", i."district", d."province_code"
        from "directive" d join "issuer" i on i."id" = d."issuer_id"
       where d."province_code" is distinct from i."province_code"
       order by i."name", d."province_code", i."id"
      on conflict do nothing;`);
    this.addSql(`update "directive" d set "issuer_id" = n."id"
        from "issuer" i, "issuer" n
       where i."id" = d."issuer_id" and d."province_code" is distinct from i."province_code"
         and n."name" = i."name" and n."province_code" is not distinct from d."province_code";`);
  }

  override async down(): Promise<void> {
    // Back to one issuer per name: directives keep the lowest id of each name.
    this.addSql(`update "directive" d set "issuer_id" = k."id"
        from "issuer" i, (select "name", min("id") as "id" from "issuer" group by "name") k
       where i."id" = d."issuer_id" and k."name" = i."name" and k."id" <> i."id";`);
    this.addSql(`delete from "issuer" i using "issuer" k where k."name" = i."name" and k."id" < i."id";`);
    this.addSql(`drop index if exists "issuer_name_province_unique";`);
    this.addSql(`alter table "issuer" add constraint "issuer_name_unique" unique ("name");`);
  }

}
