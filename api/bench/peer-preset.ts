import { peerRequire } from './peer-install';

// The peer as PostGraphile v5 users run it: the amber preset over the public schema, nothing hand-tuned.
// Two additions only, both so it can be asked what the platform is asked: amber's `condition` argument
// tests columns for equality, so the testing targets of two provinces need a list of metrics and a list
// of the directive's provinces (graphile-utils' documented way of adding a condition); and nulls sort
// last in descending orders, as the platform lists undated directives after dated ones.
// PostGraphile lives in its own install (api/bench/peer/): its types are not the project's, hence the
// narrow shapes below.

interface Sql {
  (strings: TemplateStringsArray, ...values: unknown[]): unknown;
  value(v: unknown): unknown;
}
interface ConditionHelpers {
  sql: Sql;
  sqlTableAlias: unknown;
}
interface GraphqlBuild {
  graphql: { GraphQLList: new (t: unknown) => unknown; GraphQLNonNull: new (t: unknown) => unknown; GraphQLString: unknown };
}
type AddCondition = (
  table: { schemaName: string; tableName: string },
  name: string,
  type: (build: GraphqlBuild) => { type: unknown },
  where: (value: unknown, helpers: ConditionHelpers) => unknown,
) => unknown;

const textList = (build: GraphqlBuild) => ({
  type: new build.graphql.GraphQLList(new build.graphql.GraphQLNonNull(build.graphql.GraphQLString)),
});

export function peerPreset(connectionString: string): unknown {
  const { makePgService } = peerRequire('postgraphile/adaptors/pg') as { makePgService(options: object): unknown };
  const { PostGraphileAmberPreset } = peerRequire('postgraphile/presets/amber') as { PostGraphileAmberPreset: unknown };
  const { addPgTableCondition } = peerRequire('postgraphile/utils') as { addPgTableCondition: AddCondition };
  const targetMetricIn = addPgTableCondition({ schemaName: 'public', tableName: 'target' }, 'metricIn', textList, (value, { sql, sqlTableAlias }) =>
    value == null ? null : sql`${sqlTableAlias}.metric = any(${sql.value(value as string[])}::text[])`,
  );
  const targetProvinceIn = addPgTableCondition({ schemaName: 'public', tableName: 'target' }, 'provinceIn', textList, (value, { sql, sqlTableAlias }) =>
    value == null
      ? null
      : sql`exists (select 1 from public.directive d where d.id = ${sqlTableAlias}.directive_id and d.province_code = any(${sql.value(value as string[])}::text[]))`,
  );
  return {
    extends: [PostGraphileAmberPreset],
    plugins: [targetMetricIn, targetProvinceIn],
    pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
    schema: { pgOrderByNullsLast: true },
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  };
}
