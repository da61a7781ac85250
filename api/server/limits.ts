import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import { costLimitPlugin } from './cost';
import { inputBoundsPlugin } from './input-bounds';
import { rejection, rejectionCode, type RejectionCode } from './errors';

/**
 * Every limit a request meets, checked before anything executes. Chosen so that every operation of
 * schema/operations/ and every query of the test suite passes with room to spare (README: Hardening).
 */
export const LIMITS = {
  /** JSON request body (express.json). */
  bodyBytes: 1024 * 1024,
  /** JSON request body with an editor's key: room for a 10 MB file in base64 (ingestFile). */
  editorBodyBytes: 14 * 1024 * 1024,
  /** Characters of the GraphQL document. */
  queryCharacters: 15_000,
  /** Lexical tokens of the document (names, punctuation, values; comments do not count). */
  tokens: 2_000,
  /** Nested field levels; fragments are expanded and do not count as levels. */
  depth: 10,
  /** Aliased fields in one operation, fragments included. */
  aliases: 20,
  /** Directives (@include, @skip...) in one operation. */
  directives: 20,
  /** Cost of one operation (see cost.ts): `first` multiplies what a page selects. */
  cost: 50_000,
  /** Whole GraphQL request, from the first byte to the answer: 503 TIMEOUT past it. */
  requestMs: 10_000,
  /**
   * Receiving a request, headers and body (Node's requestTimeout): a client that sends a body slowly, or
   * announces one and never sends it, is cut off instead of holding a socket for minutes. 14 MiB (an
   * editor's file) arrives well within it on any working connection.
   */
  receiveMs: 60_000,
};

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>[number];

/** Turns armor's rejection (message "Syntax Error: Query depth limit of 10 exceeded, found 14.") into ours. */
function reject(code: RejectionCode): RejectCallback {
  return (context, error) => {
    const ours = rejection(code, error.message.replace(/^Syntax Error: /, ''));
    // Validation rules report into the context; the token counter runs in the parser, so it throws.
    if (context) context.reportError(ours);
    else throw ours;
  };
}

const characterLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveSource({ source }) {
        if (source.length > LIMITS.queryCharacters) {
          throw rejection('QUERY_TOO_LONG', `Query length limit of ${LIMITS.queryCharacters} characters exceeded, found ${source.length}.`);
        }
      },
    };
  },
};

/**
 * Apollo answers anything thrown before parsing ends (our character and token limits) with a bare
 * 500, unless a plugin rethrows it from this hook: only our own rejections go through.
 */
const rethrowRejections: ApolloServerPlugin = {
  async unexpectedErrorProcessingRequest({ error }) {
    if (rejectionCode(error)) throw error;
  },
};

/**
 * Armor's token counter parses the document itself in parsingDidStart, so a plain syntax error escapes
 * from there as a 500 (and its unexpectedErrorProcessingRequest hook labels every unexpected error
 * GRAPHQL_VALIDATION_FAILED). Only our limit rejections go through; Apollo's own parse then reports
 * syntax errors as GRAPHQL_PARSE_FAILED.
 */
function onlyRejections(plugin: ApolloServerPlugin): ApolloServerPlugin {
  const { unexpectedErrorProcessingRequest: _dropped, requestDidStart, ...rest } = plugin;
  if (!requestDidStart) return rest;
  return {
    ...rest,
    async requestDidStart(requestContext) {
      const listener = await requestDidStart.call(plugin, requestContext);
      const parsingDidStart = listener?.parsingDidStart?.bind(listener);
      if (!parsingDidStart) return listener;
      return {
        ...listener,
        async parsingDidStart(context) {
          try {
            return await parsingDidStart(context);
          } catch (error) {
            if (rejectionCode(error)) throw error;
          }
        },
      };
    },
  };
}

/** The plugins and validation rules that enforce LIMITS, for the ApolloServer configuration. */
export function queryLimits(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth, flattenFragments: true, propagateOnRejection: false, onReject: [reject('DEPTH_LIMIT_EXCEEDED')] },
    // Aliased __typename counts too (armor lets it through by default): a flood of it still inflates the answer.
    maxAliases: { n: LIMITS.aliases, allowList: [], propagateOnRejection: false, onReject: [reject('ALIAS_LIMIT_EXCEEDED')] },
    maxDirectives: { n: LIMITS.directives, propagateOnRejection: false, onReject: [reject('DIRECTIVE_LIMIT_EXCEEDED')] },
    maxTokens: { n: LIMITS.tokens, propagateOnRejection: false, onReject: [reject('TOKEN_LIMIT_EXCEEDED')] },
    // Its cost rule ignores page sizes; cost.ts replaces it.
    costLimit: { enabled: false },
    // "Did you mean ...?" would hand out the schema where introspection is off.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    plugins: [characterLimit, ...armor.plugins.map(onlyRejections), rethrowRejections, inputBoundsPlugin(), costLimitPlugin(LIMITS.cost)],
    validationRules: armor.validationRules,
  };
}
