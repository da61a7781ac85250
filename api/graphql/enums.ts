import { registerEnumType } from 'type-graphql';
import { DIRECTIVE_FIELD, DOCUMENT_KIND, ISSUER_KIND, ISSUER_LEVEL } from '../domain/directive';
import { AGENCY_LEVEL, BOUND, DEADLINE_KIND, DIRECTION, PERIOD_END_REASON, PERIOD_START_REASON, SLOGAN_KIND, STRENGTH } from '../domain/facts';
import { CELL_STATUS, PROVINCE_KIND, REGION } from '../domain/places';
import { LEGACY_ENCODING, ORIGIN_FORMAT, RENDITION_FORMAT } from '../domain/rendition';
import type { Vocabulary } from '../domain/vocabulary';

// The domain's closed vocabularies as GraphQL enums, each derived from its declaration in api/domain/:
// a value is served exactly as it is stored.

/** The enum object type-graphql expects ({ CODE: 'CODE' }), registered under the vocabulary's name. */
function graphqlEnum<C extends string>(v: Vocabulary<C>): Record<C, C> {
  const values = Object.fromEntries(v.codes.map((c) => [c, c])) as Record<C, C>;
  const valuesConfig = Object.fromEntries(v.codes.map((c) => [c, { description: v.meanings[c] }])) as Record<C, { description: string }>;
  registerEnumType(values, { name: v.name, description: v.description, valuesConfig });
  return values;
}

export const DocumentKindEnum = graphqlEnum(DOCUMENT_KIND);
export const CellStatusEnum = graphqlEnum(CELL_STATUS);
export const IssuerKindEnum = graphqlEnum(ISSUER_KIND);
export const IssuerLevelEnum = graphqlEnum(ISSUER_LEVEL);
export const ProvinceKindEnum = graphqlEnum(PROVINCE_KIND);
export const RegionEnum = graphqlEnum(REGION);
export const RenditionFormatEnum = graphqlEnum(RENDITION_FORMAT);
export const OriginFormatEnum = graphqlEnum(ORIGIN_FORMAT);
export const LegacyEncodingEnum = graphqlEnum(LEGACY_ENCODING);
export const StrengthEnum = graphqlEnum(STRENGTH);
export const DirectionEnum = graphqlEnum(DIRECTION);
export const SloganKindEnum = graphqlEnum(SLOGAN_KIND);
export const AgencyLevelEnum = graphqlEnum(AGENCY_LEVEL);
export const DeadlineKindEnum = graphqlEnum(DEADLINE_KIND);
export const BoundEnum = graphqlEnum(BOUND);
export const PeriodStartReasonEnum = graphqlEnum(PERIOD_START_REASON);
export const PeriodEndReasonEnum = graphqlEnum(PERIOD_END_REASON);

export const DirectiveFieldEnum = graphqlEnum(DIRECTIVE_FIELD);
