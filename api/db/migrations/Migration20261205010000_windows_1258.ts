import { Migration } from '@mikro-orm/migrations';

// A rendition may be converted from a Windows-1258 text file.
export class Migration20261205010000_windows_1258 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "rendition" drop constraint if exists "rendition_encoding_check";`);
    this.addSql(`alter table "rendition" add constraint "rendition_encoding_check" check ("encoding" in ('TCVN3', 'VNI', 'VIQR', 'WINDOWS_1258'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rendition" drop constraint if exists "rendition_encoding_check";`);
    this.addSql(`alter table "rendition" add constraint "rendition_encoding_check" check ("encoding" in ('TCVN3', 'VNI', 'VIQR'));`);
  }

}
