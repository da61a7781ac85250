import { Field, ObjectType } from 'type-graphql';
import type { DirectiveField } from '../../domain/directive';
import { CitationType, type CitationValue } from '../citation/citation.type';
import { DirectiveFieldEnum } from '../enums';
import { RenditionType } from '../rendition/rendition.type';

@ObjectType('MetadataCandidate', { description: 'What one rendition of the directive says a metadata field is.' })
export class MetadataCandidateType {
  @Field(() => RenditionType, { description: 'The rendition.' })
  rendition!: unknown;

  @Field(() => String, { nullable: true, description: 'Its value, as text (a province by code, an issuer or signer by name); null when this text does not give it.' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'Why this text does not give it; null when it does.' })
  reason!: string | null;

  @Field(() => CitationType, { nullable: true, description: 'Where this text gives it; null when it does not, or when the value is read from several places.' })
  citation!: CitationValue | null;
}

@ObjectType('MetadataSource', { description: 'Where a metadata field of the directive comes from: the value served, the words that give it, and what each of its texts said.' })
export class MetadataSourceType {
  @Field(() => DirectiveFieldEnum, { description: 'The field.' })
  field!: DirectiveField;

  @Field(() => String, { nullable: true, description: 'The value served now, as text (after any correction); null when unknown (see Directive.missing).' })
  value!: string | null;

  @Field({ description: 'True when an editor corrected it: the value may differ from every candidate.' })
  corrected!: boolean;

  @Field(() => CitationType, { nullable: true, description: 'The words of the best text (highest quality first) that give the value served; null when no text gives that value as read from one place.' })
  citation!: CitationValue | null;

  @Field(() => [MetadataCandidateType], { description: 'What each rendition gave, best text first.' })
  candidates!: MetadataCandidateType[];
}
