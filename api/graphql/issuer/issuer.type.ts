import type { IssuerKind, IssuerLevel } from '../../domain/directive';
import { Field, ObjectType } from 'type-graphql';
import { IssuerKindEnum, IssuerLevelEnum } from '../enums';
import { NodeInterface } from '../node/node.interface';
import { SIMPLE } from '../simple-fields';

@ObjectType('Issuer', { simpleResolvers: SIMPLE, implements: NodeInterface, description: 'A body that issues directives, under one canonical name in its province (two provinces\' "Ủy ban nhân dân huyện Châu Thành" are two issuers).' })
export class IssuerType extends NodeInterface {
  @Field({ description: 'Canonical name with its place spelled out: "Tỉnh ủy Quảng Ninh", "Ủy ban nhân dân huyện Hoằng Hóa".' })
  name!: string;

  @Field(() => IssuerKindEnum, { description: 'What sort of body it is.' })
  kind!: IssuerKind;

  @Field(() => IssuerLevelEnum, { description: "A province's body, a district's or a commune's; their directives belong to the province the district or commune belongs to." })
  level!: IssuerLevel;

  @Field(() => String, { nullable: true, description: 'For a district\'s body, or a commune\'s, the district as the 2021 gazetteer spells it ("Hoằng Hóa").' })
  district!: string | null;
}
