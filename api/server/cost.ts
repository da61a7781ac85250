import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { checkedOnce } from './checked-once';
import { rejection } from './errors';

/** What the cost model assumes where the query itself does not say how many items come back. */
export const COST_MODEL = {
  /** `first` when a paged field is asked without it (PageArgs' default). */
  defaultPageSize: 20,
  /** Known list lengths: every province-level unit. */
  listSizes: { 'Query.provinces': 63 } as Record<string, number>,
  /** Any other list of objects (renditions, clauses, cells...): a typical length, not a bound. */
  defaultListSize: 10,
  /** graphql-query-complexity's own guard: fields visited with fragments expanded. */
  maxNodes: 10_000,
};

/**
 * A page (a field with a `first` argument: connections, timeline) costs its children once per item
 * it may return; so does a list field, by the lengths above. `edges` of a connection count once, the
 * page already multiplied them. Introspection is priced flat, so that GraphiQL can load the schema.
 */
const pagesAndLists: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : COST_MODEL.defaultPageSize;
    return 1 + Math.max(first, 1) * childComplexity;
  }
  if (!isListType(getNullableType(field.type)) || childComplexity === 0 || field.name === 'edges') return undefined;
  const size = COST_MODEL.listSizes[`${type.name}.${field.name}`] ?? COST_MODEL.defaultListSize;
  return 1 + size * childComplexity;
};

// A field's own `complexity` extension (type-graphql's @Field({ complexity })) wins; every field costs 1.
const estimators = [fieldExtensionsEstimator(), pagesAndLists, simpleEstimator({ defaultComplexity: 1 })];

/** The cost of one operation of `document`, as the limit sees it. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  // Only this operation and the fragments, so that other operations of the document do not count.
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const query: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
  return getComplexity({ schema, query, variables, estimators, maxQueryNodes: COST_MODEL.maxNodes });
}

/**
 * Refuses an operation whose cost exceeds `maxCost` once its operation and variables are known, before
 * any resolver runs. Variables that do not fit are left to execution, which refuses them itself.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const checked = checkedOnce();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const variables = request.variables ?? {};
          if (!operation || checked.passed(document, operation.name?.value, variables)) return;
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return;
          let cost: number;
          try {
            cost = operationCost(schema, document, operation, variables);
          } catch (error) {
            // The analysis gives up on documents that expand to too many fields (fragment fan-out).
            throw rejection('QUERY_TOO_COMPLEX', `Query cost could not be bounded: ${(error as Error).message}`);
          }
          if (cost > maxCost) {
            throw rejection(
              'QUERY_TOO_COMPLEX',
              `Query cost ${cost} exceeds the limit of ${maxCost}: each page multiplies the cost of what it selects by \`first\`; ask for smaller pages or fewer nested lists`,
            );
          }
          checked.remember(document, operation.name?.value, variables);
        },
      };
    },
  };
}
