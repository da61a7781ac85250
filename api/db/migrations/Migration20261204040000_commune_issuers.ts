import { Migration } from '@mikro-orm/migrations';

// A commune's (xã, phường, thị trấn) own notices are issued at the commune's tier.
export class Migration20261204040000_commune_issuers extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "issuer" drop constraint if exists "issuer_level_check";`);
    this.addSql(`alter table "issuer" add constraint "issuer_level_check" check ("level" in ('PROVINCE', 'DISTRICT', 'COMMUNE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "issuer" drop constraint if exists "issuer_level_check";`);
    this.addSql(`alter table "issuer" add constraint "issuer_level_check" check ("level" in ('PROVINCE', 'DISTRICT'));`);
  }

}
