import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive } from '../db/entities';
import { countStatements } from '../db/statement-counter';
import { createLoaders } from '../graphql/loaders';
import { nestedOf, readRows, type Nest } from '../read/rows';
import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

// Relations nested in their holder's statement (api/read/rows.ts, `nest`) against the loaders that read them
// one statement per relation, on the seeded corpus in a real PostgreSQL: the same rows, in the same order,
// field by field; and through GraphQL, the reads whose shape is known answer in a fixed few statements
// exactly what the loader path (node(id:), which nests nothing) answers.

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => ({ db, server } = await seededServer()), 240_000);
afterAll(() => stopSeededServer({ db, server }));

/** The SQL texts the driver sent while `work` ran (the read path emits each on knex's 'query' event). */
async function statementsSent<T>(work: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
  const sent: string[] = [];
  const knex = db.orm.em.getConnection().getKnex();
  const listen = (q: { sql: string }) => sent.push(q.sql);
  knex.on('query', listen);
  try {
    return { result: await work(), sent };
  } finally {
    knex.removeListener('query', listen);
  }
}

/** Every relation a directive can nest, with a reference and a list below a list. */
const EVERYTHING: Nest = {
  province: {},
  issuer: {},
  renditions: { clauses: {} },
  measures: { directive: {} },
  targets: { directive: {} },
  sloganMentions: { slogan: {} },
  agencyMentions: {},
  references: {},
  citedBy: {},
  sharedPassages: {},
};

describe('nested relations', () => {
  it('read in one statement the rows the loaders read, in their order', async () => {
    const em = db.orm.em.fork() as EntityManager;
    const { result: directives, statements } = await countStatements(() => readRows(em, Directive, 'true', [], 't.id', { nest: EVERYTHING }));
    expect(statements).toBe(1);
    expect(directives.length).toBeGreaterThan(3);
    const loaders = createLoaders(db.orm.em.fork() as EntityManager);
    const lists = {
      renditions: loaders.renditionsByDirective,
      measures: loaders.measuresByDirective,
      targets: loaders.targetsByDirective,
      sloganMentions: loaders.sloganMentionsByDirective,
      agencyMentions: loaders.agencyMentionsByDirective,
      references: loaders.referencesByDirective,
      citedBy: loaders.referencesByCited,
      sharedPassages: loaders.sharedPassagesByDirective,
    };
    let facts = 0;
    for (const directive of directives) {
      expect(nestedOf(directive, 'province')).toEqual(directive.province ? await loaders.provinceByCode.load(directive.province.code) : null);
      expect(nestedOf(directive, 'issuer')).toEqual(directive.issuer ? await loaders.byId.Issuer.load(directive.issuer.id) : null);
      for (const [relation, loader] of Object.entries(lists)) {
        const nested = nestedOf<{ id: number }[]>(directive, relation)!;
        expect([relation, nested]).toEqual([relation, await loader.load(directive.id)]);
        facts += nested.length;
      }
      for (const rendition of nestedOf<{ id: number }[]>(directive, 'renditions')!) {
        expect(rendition).not.toHaveProperty('text');
        expect(nestedOf(rendition, 'clauses')).toEqual(await loaders.clausesByRendition.load(rendition.id));
      }
      for (const mention of nestedOf<{ slogan: { id: number } }[]>(directive, 'sloganMentions')!) {
        expect(nestedOf(mention, 'slogan')).toEqual(await loaders.byId.Slogan.load(mention.slogan.id));
      }
      for (const target of nestedOf<{ directive: { id: number } }[]>(directive, 'targets')!) {
        expect(nestedOf(target, 'directive')).toEqual(await loaders.byId.Directive.load(target.directive.id));
      }
    }
    expect(facts).toBeGreaterThan(50);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  it('refuses a name that is no relation', async () => {
    const em = db.orm.em.fork() as EntityManager;
    await expect(readRows(em, Directive, 'true', [], 't.id', { nest: { number: {} } })).rejects.toThrow('Directive.number is no relation to nest');
  });
});

// The fields of the benchmark's reads (api/bench/scenarios.ts), and more relations, nested and aliased.
const DIRECTIVE_FIELDS = `fragment D on Directive {
  id number kind issuedOn datedOn
  province { code name }
  issuer { name }
  renditions { format quality clauses { label } }
  clauses { label }
  targets { metric value unit citation { quote start end } directive { number } }
  measures { category strength citation { quote } }
  slogans { canonical kind }
  sloganMentions { quoted citation { quote start end } slogan { canonical } }
  references { number citation { quote } }
  ... on Node { also: id }
}`;

describe('reads of a known shape', () => {
  /** The same objects through node(id:): the loader path, a statement per relation. */
  async function byNode(ids: string[], fragment: string, name: string): Promise<unknown[]> {
    const answers = [];
    for (const id of ids) {
      const { data, errors, extensions } = await server.query(`query($id: ID!) { node(id: $id) { ...${name} } } ${fragment}`, { id });
      expect(errors).toBeUndefined();
      expect(extensions.sqlStatements).toBeGreaterThan(2);
      answers.push(data.node);
    }
    return answers;
  }

  // The directives with every relation nested; then by their loaders the targets' directives and the slogans,
  // which lists repeat (look-ahead.ts). Directive.clauses takes the best rendition's, nested with renditions.
  const STATEMENTS = 3;

  it('a directive by number: a fixed few statements, the loader path\'s answer', async () => {
    const { data, errors, extensions } = await server.query(`{ directive(number: "402-CV/TU") { ...D } } ${DIRECTIVE_FIELDS}`);
    expect(errors).toBeUndefined();
    expect(extensions.sqlStatements).toBe(STATEMENTS);
    expect(data.directive.targets.length).toBeGreaterThan(0);
    expect([data.directive]).toEqual(await byNode([data.directive.id], DIRECTIVE_FIELDS, 'D'));
  });

  it('a page of directives: the same few statements, the loader path\'s answers', async () => {
    const { data, errors, extensions } = await server.query(
      `{ directives(first: 50) { pageInfo { hasNextPage } edges { node { ...D } } } } ${DIRECTIVE_FIELDS}`,
    );
    expect(errors).toBeUndefined();
    expect(extensions.sqlStatements).toBe(STATEMENTS);
    const nodes = data.directives.edges.map((e: { node: { id: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes).toEqual(await byNode(nodes.map((n: { id: string }) => n.id), DIRECTIVE_FIELDS, 'D'));
  });

  it('the benchmark\'s page of 50 in two statements (the slogans by their loader), by-number in one', async () => {
    const page = await server.query(`{ directives(first: 50) { pageInfo { hasNextPage endCursor } edges { node {
      id number kind issuedOn datedOn province { code name } targets { metric value unit citation { quote start end } }
      slogans { canonical kind } sloganMentions { quoted citation { quote start end } } } } } }`);
    expect(page.errors).toBeUndefined();
    expect(page.extensions.sqlStatements).toBe(2);
    const one = await server.query(`{ directive(number: "370-TB/TU") { id number province { code } renditions { format quality } targets { metric citation { quote } } } }`);
    expect(one.errors).toBeUndefined();
    expect(one.extensions.sqlStatements).toBe(1);
  });

  it('a list of targets with their directives: a statement per level, the loader path\'s answers', async () => {
    const TARGET = `fragment T on Target { id metric value unit citation { quote } directive { number issuedOn province { code } } }`;
    const { result, sent } = await statementsSent(() => server.query(`{ targets(provinces: ["VN-13", "VN-21"], first: 100) { edges { node { ...T } } } } ${TARGET}`));
    const { data, errors, extensions } = result;
    expect(errors).toBeUndefined();
    expect(extensions.sqlStatements).toBe(3); // the targets, their directives, the directives' provinces
    // The directives are read for the columns their fields need: no subject.
    const directives = sent.find((sql) => /from "directive" t (left join|where)/.test(sql))!;
    expect(directives).toContain('"issued_on"');
    expect(directives).not.toContain('"subject"');
    const nodes = data.targets.edges.map((e: { node: { id: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes).toEqual(await byNode(nodes.map((n: { id: string }) => n.id), TARGET, 'T'));
  });

  const citation = 'citation { quote start end rule page sourceUrl rendition { id } }';
  const EVERY = `fragment T on Target { __typename id metric value unit bound nounPhrase contingent clauseOrdinal
    qualifiers { poolSize dose scope scopeCount scopeTotal population condition }
    ${citation} deadline { kind date periodStart periodEnd days event ${citation} } period { from to days untilFurtherNotice ${citation} }
    directive { number } perThousandPeople pooledTubes corrected corrections { id } effectiveFrom { date reason } effectiveTo { date reason }
    supersededBy { id } }`;
  const FEW = `fragment T on Target { id metric value citation { quote } directive { number province { code } } }`;

  it('a directive\'s nested targets read the columns their fields need, and answer as the loader path does', async () => {
    for (const fragment of [EVERY, FEW]) {
      // Slogans ask for their mentions through another field: those are read whole, and answer the same.
      const fields = `id number targets { ...T } slogans { canonical } sloganMentions { quoted }`;
      const { result, sent } = await statementsSent(() => server.query(`{ directives(first: 20) { edges { node { ${fields} } } } } ${fragment}`));
      const { data, errors, extensions } = result;
      expect(errors).toBeUndefined();
      expect(extensions.sqlStatements).toBeGreaterThan(0);
      const page = sent.find((sql) => /from "directive" t (left join|where)/.test(sql))!;
      // A column no field of FEW reads is read for EVERY only.
      expect(page.includes('"noun_phrase"')).toBe(fragment === EVERY);
      const nodes = data.directives.edges.map((e: { node: { id: string } }) => e.node);
      expect(nodes.flatMap((n: { targets: unknown[] }) => n.targets).length).toBeGreaterThan(5);
      expect(nodes).toEqual(await byNode(nodes.map((n: { id: string }) => n.id), `fragment D on Directive { ${fields} } ${fragment}`, 'D'));
    }
  });

  // Every field of Directive, Province, Rendition and SloganMention (look-ahead.ts READS) but the costly `sources`.
  const EVERY_DIRECTIVE = `fragment D on Directive { __typename id number kind subject provinceInferred provinceEvidence issuedOn meetingOn
    datedOn datedFrom datedTo recipients signer { name title onBehalfOf } missing { field reason } corrected corrections { id }
    province { __typename id code name asciiName kind region population areaKm2 populationSource }
    issuer { name } renditions { __typename id format quality checksum encoding origin originFormat ocrConfidence pageStarts ingestedAt
      missing { field reason } sourceFile { checksum } directive { number } clauses { label } }
    clauses { label } targets { metric } measures { category } references { number } agencies { canonicalName } citedBy { number }
    slogans { canonical } sloganMentions { __typename id quoted citation { quote start end rule rendition { id } } slogan { canonical } directive { number } } }`;
  const FEW_DIRECTIVE = `fragment D on Directive { id number issuedOn province { name } renditions { format quality } slogans { canonical }
    sloganMentions { quoted } }`;

  it('a page of directives and a directive by number read the columns their fields need, and answer as the loader path does', async () => {
    for (const fragment of [EVERY_DIRECTIVE, FEW_DIRECTIVE]) {
      const { result, sent } = await statementsSent(() => server.query(`{ directives(first: 20) { pageInfo { endCursor } edges { node { ...D } } } } ${fragment}`));
      expect(result.errors).toBeUndefined();
      const page = sent.find((sql) => /from "directive" t (left join|where)/.test(sql))!;
      // Columns no field of FEW_DIRECTIVE reads, of the directive, its province, its renditions and its mentions.
      for (const column of ['t."subject"', 't."recipients"', '."ascii_name"', '."metadata"', '."rule"']) {
        expect([column, page.includes(column)]).toEqual([column, fragment === EVERY_DIRECTIVE]);
      }
      const nodes = result.data.directives.edges.map((e: { node: { id: string } }) => e.node);
      expect(nodes.length).toBeGreaterThan(3);
      expect(nodes).toEqual(await byNode(nodes.map((n: { id: string }) => n.id), fragment, 'D'));
      // The cursor is read whatever the fields: a page of two selecting the id alone goes on with the third.
      const two = await server.query(`{ directives(first: 2) { pageInfo { endCursor } edges { node { id } } } }`);
      const next = await server.query(`{ directives(first: 1, after: "${two.data.directives.pageInfo.endCursor}") { edges { node { id } } } }`);
      expect(next.data.directives.edges[0].node.id).toBe(nodes[2].id);
      const one = await statementsSent(() => server.query(`{ directive(number: "402-CV/TU") { ...D } } ${fragment}`));
      expect(one.result.errors).toBeUndefined();
      expect(one.sent[0].includes('t."subject"')).toBe(fragment === EVERY_DIRECTIVE);
      expect([one.result.data.directive]).toEqual(await byNode([one.result.data.directive.id], fragment, 'D'));
    }
  });

  it('a list of targets reads the columns its fields need, and answers every field as the loader path does', async () => {
    for (const fragment of [EVERY, FEW]) {
      const { result, sent } = await statementsSent(() => server.query(`{ targets(provinces: ["VN-13", "VN-21"], first: 100) { edges { node { ...T } } } } ${fragment}`));
      const { data, errors } = result;
      expect(errors).toBeUndefined();
      const list = sent.find((sql) => /from "target" t where/.test(sql))!;
      // A column no field of FEW reads is read for EVERY only.
      expect(list.includes('"noun_phrase"')).toBe(fragment === EVERY);
      expect(list).toContain('"quote"');
      const nodes = data.targets.edges.map((e: { node: { id: string } }) => e.node);
      expect(nodes.length).toBeGreaterThan(5);
      expect(nodes).toEqual(await byNode(nodes.map((n: { id: string }) => n.id), fragment, 'T'));
    }
  });
});
