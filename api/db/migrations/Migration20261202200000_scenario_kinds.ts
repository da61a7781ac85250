import { Migration } from '@mikro-orm/migrations';

// Provinces also issued response scenarios (Kịch bản, KB) and operational plans (Phương án, PA).
export class Migration20261202200000_scenario_kinds extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "directive" drop constraint if exists "directive_kind_check";`);
    this.addSql(`alter table "directive" add constraint "directive_kind_check" check ("kind" in ('THONG_BAO', 'CONG_VAN', 'CHI_THI', 'KE_HOACH', 'QUYET_DINH', 'CONG_DIEN', 'NGHI_QUYET', 'KET_LUAN', 'HUONG_DAN', 'THONG_CAO_BAO_CHI', 'KICH_BAN', 'PHUONG_AN'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "directive" drop constraint if exists "directive_kind_check";`);
    this.addSql(`alter table "directive" add constraint "directive_kind_check" check ("kind" in ('THONG_BAO', 'CONG_VAN', 'CHI_THI', 'KE_HOACH', 'QUYET_DINH', 'CONG_DIEN', 'NGHI_QUYET', 'KET_LUAN', 'HUONG_DAN', 'THONG_CAO_BAO_CHI'));`);
  }

}
