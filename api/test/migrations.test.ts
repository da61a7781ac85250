import { freshDatabase, type TestDatabase } from './harness';

// Data migrations are written by hand (or by `npm run migration:create`) and the schema is never synchronised:
// this checks that the committed migrations build exactly the schema the entities describe.
let db: TestDatabase;
beforeAll(async () => (db = await freshDatabase({ referenceData: false })));
afterAll(() => db.drop());

describe('the committed migrations', () => {
  it('leave nothing for the entities to add, drop or alter', async () => {
    const pending = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(pending.trim()).toBe('');
  });
});
