import { MikroORM, ReferenceKind } from '@mikro-orm/postgresql';
import { ormOptions } from '../db/orm';
import { AGENCY_MENTION_COLUMNS, MEASURE_COLUMNS, REFERENCE_COLUMNS, SLOGAN_MENTION_COLUMNS, TARGET_COLUMNS } from './fact-rows';

// Facts are written as rows, not entities: the columns each row names must be the ones the entity maps, or a
// column added to an entity would silently stay null. The entities' metadata is read without a database.

describe('fact rows', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await MikroORM.init({ ...ormOptions('postgresql://nobody@127.0.0.1:1/none'), connect: false });
  });

  afterAll(async () => {
    await orm.close();
  });

  const stored = (entity: string) =>
    Object.values(orm.getMetadata().get(entity).properties)
      .filter((p) => !p.primary && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE) && p.persist !== false)
      .flatMap((p) => p.fieldNames ?? [])
      .sort();

  it.each([
    ['Measure', MEASURE_COLUMNS],
    ['Target', TARGET_COLUMNS],
    ['SloganMention', SLOGAN_MENTION_COLUMNS],
    ['AgencyMention', AGENCY_MENTION_COLUMNS],
    ['Reference', REFERENCE_COLUMNS],
  ])('names every column the %s entity stores, and no other', (entity, columns) => {
    expect([...columns].sort()).toEqual(stored(entity));
  });
});
