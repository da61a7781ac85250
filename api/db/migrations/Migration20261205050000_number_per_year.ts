import { Migration } from '@mikro-orm/migrations';

// A document number is unique in a province and a year, not for ever: numbering starts again each year, and
// 4421/UBND-VXNV of 2020 and of 2021 are two directives.
export class Migration20261205050000_number_per_year extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "directive_number_key_unique";`);
    this.addSql(`create unique index "directive_number_key_unique" on "directive" ("number_key", coalesce("province_code", ''), coalesce("kind", ''), coalesce(extract(year from "dated_on")::int, 0)) where "number_key" is not null;`);
  }

  override async down(): Promise<void> {
    // Fails, as it should, while two years' directives share a number.
    this.addSql(`drop index if exists "directive_number_key_unique";`);
    this.addSql(`create unique index "directive_number_key_unique" on "directive" ("number_key", coalesce("province_code", ''), coalesce("kind", '')) where "number_key" is not null;`);
  }

}
