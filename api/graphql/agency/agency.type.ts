import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { Connection } from '../pagination/connection';

export enum AgencyLevelEnum {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  SECTOR = 'SECTOR',
}
registerEnumType(AgencyLevelEnum, {
  name: 'AgencyLevel',
  description: 'The tier of government an agency belongs to.',
  valuesConfig: {
    NATIONAL: { description: 'A national body (Bộ Y tế, Thủ tướng Chính phủ).' },
    PROVINCIAL: { description: 'A provincial body (Sở Y tế, UBND tỉnh).' },
    DISTRICT: { description: 'A district-level body (UBND cấp huyện).' },
    COMMUNE: { description: 'A commune-level body (UBND cấp xã, tổ COVID-19 cộng đồng).' },
    SECTOR: { description: 'A whole sector rather than one body ("ngành Y tế").' },
  },
});

@ObjectType('Agency', { implements: NodeInterface, description: 'A body directives assign work to, under one canonical name across spellings.' })
export class AgencyType extends NodeInterface {
  @Field({ description: 'Canonical name: "Sở Giao thông vận tải" for every spelling of it.' })
  canonicalName!: string;

  @Field(() => AgencyLevelEnum, { description: 'Tier of government.' })
  level!: AgencyLevelEnum;
}

@ObjectType('AgencyConnection', { description: 'A page of agencies.' })
export class AgencyConnection extends Connection(AgencyType, 'Agency') {}

@ObjectType('AgencyMention', { implements: NodeInterface, description: 'One place where a directive names an agency.' })
export class AgencyMentionType extends NodeInterface {
  @Field({ description: 'Canonical name of the agency named.' })
  canonicalName!: string;

  @Field(() => AgencyLevelEnum, { description: 'Tier of government of the agency named.' })
  level!: AgencyLevelEnum;
}
