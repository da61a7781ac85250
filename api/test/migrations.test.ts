import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ormOptions } from '../db/orm';
import { applyMigrations, migrationsApplied, pendingMigrations } from '../db/migrator';
import { migrations } from '../db/migrations';
import { freshDatabase, type TestDatabase } from './harness';

// Data migrations are written by hand (or by `npm run migration:create`) and the schema is never synchronised:
// this checks that the committed migrations build exactly the schema the entities describe.
let db: TestDatabase;
beforeAll(async () => (db = await freshDatabase({ referenceData: false })));
afterAll(() => db.drop());

const schemaDifference = async (orm: MikroORM) => (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true })).trim();

describe('the committed migrations', () => {
  it('leave nothing for the entities to add, drop or alter', async () => {
    expect(await schemaDifference(db.orm)).toBe('');
  });
});

// A start asks the database whether anything is pending, and loads the migrator only when something may be.
describe('pending migrations at start', () => {
  const last = migrations[migrations.length - 1].name;

  it('are none on a migrated database', async () => {
    expect(await migrationsApplied(db.orm)).toBe(true);
    expect(await pendingMigrations(db.orm)).toEqual([]);
  });

  it('are found and applied when one has not run', async () => {
    await db.orm.migrator.down();
    expect(await migrationsApplied(db.orm)).toBe(false);
    expect(await pendingMigrations(db.orm)).toEqual([last]);
    await applyMigrations(db.orm);
    expect(await pendingMigrations(db.orm)).toEqual([]);
    expect(await schemaDifference(db.orm)).toBe('');
  });

  it("split an issuer two provinces' directives shared under one name, when the issuer-per-province migration runs", async () => {
    const split = 'Migration20261205040000_issuer_per_province';
    while (!(await pendingMigrations(db.orm)).includes(split)) await db.orm.migrator.down();
    const sql = (q: string, params: unknown[] = []) => db.orm.em.getConnection().execute(q, params);
    await sql(`insert into province (code, name, ascii_name, kind, region) values ('VN-50', 'Bến Tre', 'Ben Tre', 'PROVINCE', 'Đồng bằng sông Cửu Long'), ('VN-45', 'Đồng Tháp', 'Dong Thap', 'PROVINCE', 'Đồng bằng sông Cửu Long')`);
    const [issuer] = await sql(`insert into issuer (name, kind, level, district, province_code) values ('Ủy ban nhân dân huyện Châu Thành', 'PEOPLES_COMMITTEE', 'DISTRICT', 'Châu Thành', 'VN-50') returning id`);
    for (const [number, province] of [['1520/UBND-VX', 'VN-50'], ['1521/UBND-VX', 'VN-45'], ['1522/UBND-VX', 'VN-45']]) {
      await sql(`insert into directive (number, province_code, issuer_id, recipients, missing) values (?, ?, ?, '[]', '[]')`, [number, province, issuer.id]);
    }
    try {
      await applyMigrations(db.orm);
      const rows = await sql(`select d.number, i.name, i.district, i.province_code from directive d join issuer i on i.id = d.issuer_id order by d.number`);
      expect(rows).toEqual([
        { number: '1520/UBND-VX', name: 'Ủy ban nhân dân huyện Châu Thành', district: 'Châu Thành', province_code: 'VN-50' },
        { number: '1521/UBND-VX', name: 'Ủy ban nhân dân huyện Châu Thành', district: 'Châu Thành', province_code: 'VN-45' },
        { number: '1522/UBND-VX', name: 'Ủy ban nhân dân huyện Châu Thành', district: 'Châu Thành', province_code: 'VN-45' },
      ]);
      expect(await sql(`select count(*)::int as n from issuer`)).toEqual([{ n: 2 }]);
    } finally {
      await sql(`delete from directive; delete from issuer; delete from province`);
    }
  });

  it('reads a time limit stated in hours back from its quote when the deadline-hours migration runs', async () => {
    const hours = 'Migration20261205060000_deadline_hours';
    while (!(await pendingMigrations(db.orm)).includes(hours)) await db.orm.migrator.down();
    const sql = (q: string, params: unknown[] = []) => db.orm.em.getConnection().execute(q, params);
    const [directive] = await sql(`insert into directive (number, recipients, missing) values ('845/UBND-VX', '[]', '[]') returning id`);
    const [rendition] = await sql(
      `insert into rendition (directive_id, checksum, format, source_text, text, quality, metadata) values (?, 'c', 'PLAIN', 't', 't', 1, '{}') returning id`,
      [directive.id],
    );
    // As the ORM wrote them: 12 hours rounded to a day, 2 hours to none; 48 hours and a week keep their days, a
    // time in words stays as it was.
    const written = [
      [1, 'trong vòng 12 giờ kể từ khi về đến địa phương'],
      [0, 'trong vòng 2 tiếng kể từ 0 giờ ngày 5/8'],
      [2, 'trong vòng 48 giờ kể từ khi nhận mẫu'],
      [7, 'trong vòng 07 ngày kể từ 12 giờ ngày 5/8'],
      [1, 'trong vòng hai mươi bốn giờ kể từ khi về'],
    ] as const;
    for (const [days, quote] of written) {
      await sql(
        `insert into target (directive_id, rendition_id, metric, value, unit, start_offset, end_offset, quote, rule, deadline_kind, deadline_days, citation_start_offset, citation_end_offset, citation_quote, citation_rule)
         values (?, ?, 'OTHER', 1, 'COUNT', 0, 1, 't', 'target.other', 'WITHIN_DAYS_OF_EVENT', ?, 0, 1, ?, 'deadline.within-days-of-event')`,
        [directive.id, rendition.id, days, quote],
      );
    }
    try {
      await applyMigrations(db.orm);
      expect(await sql(`select deadline_days as days, deadline_hours as hours from target order by id`)).toEqual([
        { days: null, hours: 12 },
        { days: null, hours: 2 },
        { days: 2, hours: 48 },
        { days: 7, hours: null },
        { days: 1, hours: null },
      ]);
    } finally {
      await sql(`delete from target; delete from rendition; delete from directive`);
    }
  });

  it('are all of them on a new database, which they then build', async () => {
    const name = `test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
    url.pathname = `/${name}`;
    const orm = await MikroORM.init(ormOptions(url.toString()));
    try {
      expect(await migrationsApplied(orm)).toBe(false);
      expect(await pendingMigrations(orm)).toEqual(migrations.map((m) => m.name));
      await applyMigrations(orm);
      expect(await migrationsApplied(orm)).toBe(true);
      expect(await schemaDifference(orm)).toBe('');
    } finally {
      await orm.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
