import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReuseDirectionEnum {
  THIS_REPEATS_OTHER = 'THIS_REPEATS_OTHER',
  OTHER_REPEATS_THIS = 'OTHER_REPEATS_THIS',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ReuseDirectionEnum, {
  name: 'ReuseDirection',
  description:
    'Which text is dated later, from the directives\' dates. The later one repeats words that were already written; the data cannot tell ' +
    'whether it took them from the earlier directive or both took them from a third text (a national one, say).',
  valuesConfig: {
    THIS_REPEATS_OTHER: { description: 'This directive is dated after the other: its words were already in the other\'s passage.' },
    OTHER_REPEATS_THIS: { description: 'The other directive is dated after this one: its words were already in this passage.' },
    UNKNOWN: { description: 'Same day, or a date is unknown.' },
  },
});

@ObjectType('SharedPassage', {
  description:
    'A passage of this directive that another directive repeats nearly word for word, with both spans. ' +
    'Renditions of one directive are never reuse of each other.',
})
export class SharedPassageType {
  @Field(() => Float, { description: 'How closely the two passages align word for word, 0 to 1 (1: identical words).' })
  similarity!: number;

  @Field(() => Int, { description: 'Length of the shorter of the two passages, in words.' })
  words!: number;
}
