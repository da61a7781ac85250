import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { Connection } from '../pagination/connection';

export enum SloganKindEnum {
  MOTTO = 'MOTTO',
  STRATEGY = 'STRATEGY',
  GOAL = 'GOAL',
  CAMPAIGN = 'CAMPAIGN',
}
registerEnumType(SloganKindEnum, {
  name: 'SloganKind',
  description: 'What sort of phrase a slogan is.',
  valuesConfig: {
    MOTTO: { description: 'A guiding motto (phương châm): "3 trước", "4 tại chỗ".' },
    STRATEGY: { description: 'A named strategy (chiến lược): "Vắc xin + 5K + công nghệ + truyền thông".' },
    GOAL: { description: 'A stated goal (mục tiêu): "mục tiêu kép".' },
    CAMPAIGN: { description: 'A campaign or movement (phong trào, chiến dịch).' },
  },
});

@ObjectType('Slogan', { implements: NodeInterface, description: 'A motto, strategy, goal or campaign phrase directives repeat, under one canonical form.' })
export class SloganType extends NodeInterface {
  @Field({ description: 'Canonical form, with diacritics: "Vắc xin + 5K + công nghệ + truyền thông".' })
  canonical!: string;

  @Field(() => SloganKindEnum, { description: 'Motto, strategy, goal or campaign.' })
  kind!: SloganKindEnum;

  @Field({ description: 'English gloss.' })
  gloss!: string;

  @Field(() => [String], { nullable: true, description: 'What the phrase stands for, when it abbreviates a list: 5K is khẩu trang, khử khuẩn, khoảng cách, không tập trung, khai báo y tế.' })
  expansion!: string[] | null;

  @Field({ description: 'True when the slogan is in the lexicon (seeds/lexicons/slogans.json); false when found as a quoted phrase after a cue word.' })
  known!: boolean;
}

@ObjectType('SloganConnection', { description: 'A page of slogans.' })
export class SloganConnection extends Connection(SloganType, 'Slogan') {}

@ObjectType('SloganMention', { implements: NodeInterface, description: 'One place where a directive uses a slogan.' })
export class SloganMentionType extends NodeInterface {
  @Field({ description: 'True when the text puts the phrase in quotation marks.' })
  quoted!: boolean;
}
