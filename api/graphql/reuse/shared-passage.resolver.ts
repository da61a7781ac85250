import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Directive, SharedPassage } from '../../db/entities';
import { reuseDirection } from '../../reuse';
import { CitationType, type CitationValue } from '../citation/citation.type';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { ReuseDirectionEnum, SharedPassageType } from './shared-passage.type';
import type { Row } from '../../read/rows';

@Resolver(() => SharedPassageType)
export class SharedPassageResolver {
  @FieldResolver(() => DirectiveType, { description: 'The directive whose passage this is.' })
  async directive(@Root() p: Row<SharedPassage>, @Ctx() { loaders }: Context): Promise<Directive> {
    return (await loaders.byId.Directive.load(p.directive.id))!;
  }

  @FieldResolver(() => CitationType, { description: 'The passage in this directive\'s best rendition.' })
  citation(@Root() p: Row<SharedPassage>): CitationValue {
    return { renditionId: p.rendition.id, start: p.start, end: p.end, quote: p.quote, rule: 'reuse.shared-passage' };
  }

  @FieldResolver(() => DirectiveType, { description: 'The other directive, which has the nearly identical passage.' })
  async other(@Root() p: Row<SharedPassage>, @Ctx() { loaders }: Context): Promise<Directive> {
    return (await loaders.byId.Directive.load(p.other.id))!;
  }

  @FieldResolver(() => CitationType, { description: 'The nearly identical passage in the other directive\'s best rendition.' })
  otherCitation(@Root() p: Row<SharedPassage>): CitationValue {
    return { renditionId: p.otherRendition.id, start: p.otherStart, end: p.otherEnd, quote: p.otherQuote, rule: 'reuse.shared-passage' };
  }

  @FieldResolver(() => ReuseDirectionEnum, { description: 'Which of the two repeats the other, when their dates tell.' })
  async direction(@Root() p: Row<SharedPassage>, @Ctx() { loaders }: Context): Promise<ReuseDirectionEnum> {
    const [mine, theirs] = await Promise.all([loaders.byId.Directive.load(p.directive.id), loaders.byId.Directive.load(p.other.id)]);
    const direction = reuseDirection(mine?.datedOn ?? null, theirs?.datedOn ?? null);
    if (direction === 'A_REPEATS_B') return ReuseDirectionEnum.THIS_REPEATS_OTHER;
    if (direction === 'B_REPEATS_A') return ReuseDirectionEnum.OTHER_REPEATS_THIS;
    return ReuseDirectionEnum.UNKNOWN;
  }

  @FieldResolver(() => String, {
    description: 'One sentence for a reader: "402-CV/TU of 2021-09-30 repeats this passage of 370-TB/TU of 2021-09-28".',
  })
  async summary(@Root() p: Row<SharedPassage>, @Ctx() { loaders }: Context): Promise<string> {
    const [mine, theirs] = await Promise.all([loaders.byId.Directive.load(p.directive.id), loaders.byId.Directive.load(p.other.id)]);
    const name = (d: Directive | null) => `${d?.number ?? 'an unnumbered directive'}${d?.datedOn ? ` of ${d.datedOn}` : ''}`;
    const direction = reuseDirection(mine?.datedOn ?? null, theirs?.datedOn ?? null);
    if (direction === 'A_REPEATS_B') return `${name(mine)} repeats this passage of ${name(theirs)}`;
    if (direction === 'B_REPEATS_A') return `${name(theirs)} repeats this passage of ${name(mine)}`;
    return `${name(mine)} and ${name(theirs)} share this passage`;
  }
}
