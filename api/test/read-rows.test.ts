import type { EntityManager, EntityProperty } from '@mikro-orm/postgresql';
import { Agency, AgencyMention, Clause, Correction, Directive, Issuer, Measure, Province, Reference, Rendition, SharedPassage, Slogan, SloganMention, Target } from '../db/entities';
import { seedCorpus } from '../ingestion/seed-corpus';
import { populateRows, readRows, ROW_TYPE } from '../read/rows';
import { targetCondition } from '../read/filters';
import { freshDatabase, type TestDatabase } from './harness';

// The read path's rows against the ORM's entities, on the seeded corpus in a real PostgreSQL: every stored
// property of every row has the value the entity has (references by key, embeddables nested, dates as
// dates), large texts only when asked for, and nothing enters the identity map.

let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedCorpus(db.orm.em.fork());
}, 240_000);

afterAll(async () => {
  await db?.drop();
});

const ENTITIES = [Directive, Rendition, Clause, Measure, Target, Slogan, SloganMention, Agency, AgencyMention, Reference, Province, Issuer, SharedPassage, Correction];

/** A value as the entity holds it, made comparable: a reference by its key, an embeddable as plain fields. */
function comparable(em: EntityManager, prop: EntityProperty, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (prop.kind === 'm:1' || prop.kind === '1:1') {
    const pk = em.getMetadata().get(prop.type).primaryKeys[0];
    return (value as Record<string, unknown>)[pk];
  }
  if (value instanceof Date) return value.toISOString();
  if (prop.kind === 'embedded') return JSON.parse(JSON.stringify(value));
  return value;
}

describe('plain rows', () => {
  it.each(ENTITIES.map((e) => [e.name, e] as const))('reads %s as the ORM does, field by field', async (_name, entity) => {
    const em = db.orm.em.fork() as EntityManager;
    const meta = em.getMetadata().get(entity.name);
    const pk = meta.primaryKeys[0];
    const column = meta.properties[pk].fieldNames[0];
    const rows = (await readRows(em, entity as never, 'true', [], `t."${column}"`, { limit: 30 })) as Record<string, unknown>[];
    if (entity !== Correction) expect(rows.length).toBeGreaterThan(0);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
    const entities = (await em.find(entity as never, { [pk]: { $in: rows.map((r) => r[pk]) } } as never)) as Record<string, unknown>[];
    const byKey = new Map(entities.map((e) => [e[pk], e]));
    const stored = meta.props.filter((p) => p.persist !== false && !p.lazy && !p.embedded && ['scalar', 'embedded', 'm:1'].includes(p.kind));
    for (const row of rows) {
      const found = byKey.get(row[pk])!;
      expect((row as { [ROW_TYPE]?: string })[ROW_TYPE]).toBe(entity.name);
      for (const prop of stored) {
        expect([prop.name, comparable(em, prop, row[prop.name])]).toEqual([prop.name, comparable(em, prop, found[prop.name])]);
      }
    }
  });

  it('leaves out what it is told to, and reads a filter and a populate without entities', async () => {
    const em = db.orm.em.fork() as EntityManager;
    const [rendition] = await readRows(em, Rendition, 'true', [], 't.id', { without: ['text'], limit: 1 });
    expect(rendition).not.toHaveProperty('text');
    expect(typeof rendition.quality).toBe('number');
    const inQuangNinh = targetCondition({ provinces: ['vn-13 '] });
    const targets = await readRows(em, Target, inQuangNinh.sql, inQuangNinh.params, 't.id');
    expect(targets.length).toBeGreaterThan(0);
    await populateRows(em, Target, targets, ['directive.province']);
    expect(new Set(targets.map((t) => t.directive.province?.code))).toEqual(new Set(['VN-13']));
    expect(targets[0].directive.province?.name).toBe('Quảng Ninh');
    expect(targets[0].citation.quote.length).toBeGreaterThan(0);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });
});
