import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, type ContainerType } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { callFieldResolversDirectly } from './direct-resolvers';
import { validateArguments } from './validate-arguments';
import { AgencyMentionResolver, AgencyResolver } from './agency/agency.resolver';
import { CitationResolver } from './citation/citation.resolver';
import { ClauseResolver } from './clause/clause.resolver';
import { CompareResolver, MeasureCellResolver, SloganUseResolver, TargetCellResolver } from './compare/compare.resolver';
import { CorrectionResolver } from './correction/correction.resolver';
import { CoverageResolver } from './coverage/coverage.resolver';
import { DirectiveCorrectionFields, MeasureCorrectionFields, TargetCorrectionFields } from './correction/correction-fields.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { MetadataSourceResolver } from './directive/metadata-source.resolver';
import { NationalDocumentResolver, ReferenceNationalResolver } from './national-document/national-document.resolver';
import { PanelFactResolver, PanelResolver } from './panel/panel.resolver';
import { MeasureInForceResolver, TargetInForceResolver } from './in-force/in-force.resolver';
import { MeasureResolver } from './measure/measure.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { SharedPassageResolver } from './reuse/shared-passage.resolver';
import { SloganMentionResolver, SloganResolver } from './slogan/slogan.resolver';
import { TargetResolver } from './target/target.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { DirectiveResolver } from './directive/directive.resolver';
import { IssuerResolver } from './issuer/issuer.resolver';
import { NodeResolver } from './node/node.resolver';
import { ProvinceResolver } from './province/province.resolver';
import { RenditionResolver } from './rendition/rendition.resolver';
import { SearchResolver } from './search/search.resolver';

let schema: GraphQLSchema | undefined;

/**
 * The resolver classes' instances, one each, found by class in a Map: type-graphql's own container looks
 * for them in an array, on every call of every resolver (hundreds per page of directives).
 */
function resolverInstances(): ContainerType {
  const instances = new Map<new () => unknown, unknown>();
  return {
    get(resolverClass: new () => unknown) {
      let instance = instances.get(resolverClass);
      if (!instance) instances.set(resolverClass, (instance = new resolverClass()));
      return instance;
    },
  };
}

/** The schema, built once per process from the resolver classes. */
export function buildDirectiveSchema(): GraphQLSchema {
  if (schema) return schema;
  const container = resolverInstances();
  const built = buildSchemaSync({
    resolvers: [
      NodeResolver,
      ProvinceResolver,
      IssuerResolver,
      DirectiveResolver,
      RenditionResolver,
      ClauseResolver,
      CitationResolver,
      MeasureResolver,
      TargetResolver,
      TargetInForceResolver,
      MeasureInForceResolver,
      PanelResolver,
      MetadataSourceResolver,
      NationalDocumentResolver,
      ReferenceNationalResolver,
      PanelFactResolver,
      SloganResolver,
      SloganMentionResolver,
      AgencyResolver,
      AgencyMentionResolver,
      ReferenceResolver,
      SharedPassageResolver,
      CompareResolver,
      SloganUseResolver,
      TargetCellResolver,
      MeasureCellResolver,
      TimelineResolver,
      CoverageResolver,
      SearchResolver,
      IngestResolver,
      CorrectionResolver,
      TargetCorrectionFields,
      MeasureCorrectionFields,
      DirectiveCorrectionFields,
    ],
    // Reads are public; @Authorized('editor') marks the writes (see auth/auth-checker.ts).
    authChecker,
    container,
    // Arguments carry class-validator bounds (page sizes); violations become BAD_USER_INPUT errors.
    validate: { forbidUnknownValues: false },
    validateFn: validateArguments,
  });
  // type-graphql gives the root type no description; front-ends read the schema as documentation.
  const config = built.toConfig();
  const query = new GraphQLObjectType({
    ...built.getQueryType()!.toConfig(),
    description: 'Entry points: provinces, directives and the facts extracted from them, each with its citation.',
  });
  const mutation = new GraphQLObjectType({
    ...built.getMutationType()!.toConfig(),
    description: 'Writes, each needing an API key with the editor role (header "Authorization: Bearer <key>"): ingest documents, correct facts.',
  });
  const roots: Record<string, GraphQLObjectType> = { Query: query, Mutation: mutation };
  schema = new GraphQLSchema({ ...config, query, mutation, types: config.types.map((t) => roots[t.name] ?? t) });
  callFieldResolversDirectly(schema, container);
  return schema;
}

/** The SDL committed as schema/schema.graphql, sorted so that it diffs cleanly. */
export function printDirectiveSchema(): string {
  return printSchema(lexicographicSortSchema(buildDirectiveSchema())) + '\n';
}
