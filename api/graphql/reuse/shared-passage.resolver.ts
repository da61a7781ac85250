import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Directive, SharedPassage } from '../../db/entities';
import { reuseDirection } from '../../reuse';
import { CitationType, type CitationValue } from '../citation/citation.type';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { ReuseDirectionEnum, SharedPassageType } from './shared-passage.type';
import type { Row } from '../../read/rows';
import { referenced } from '../loaders';

@Resolver(() => SharedPassageType)
export class SharedPassageResolver {
  @FieldResolver(() => DirectiveType, { description: 'The directive whose passage this is.' })
  directive(@Root() p: Row<SharedPassage>, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, p.directive.id);
  }

  @FieldResolver(() => CitationType, { description: 'The passage in this directive\'s best rendition.' })
  citation(@Root() p: Row<SharedPassage>): CitationValue {
    return { renditionId: p.rendition.id, start: p.start, end: p.end, quote: p.quote, rule: 'reuse.shared-passage' };
  }

  @FieldResolver(() => DirectiveType, { description: 'The other directive, which has the nearly identical passage.' })
  other(@Root() p: Row<SharedPassage>, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, p.other.id);
  }

  @FieldResolver(() => CitationType, { description: 'The nearly identical passage in the other directive\'s best rendition.' })
  otherCitation(@Root() p: Row<SharedPassage>): CitationValue {
    return { renditionId: p.otherRendition.id, start: p.otherStart, end: p.otherEnd, quote: p.otherQuote, rule: 'reuse.shared-passage' };
  }

  @FieldResolver(() => ReuseDirectionEnum, {
    description: 'Which of the two is dated later, when their dates tell. Order in time only: it does not show that the later one copied the earlier.',
  })
  async direction(@Root() p: Row<SharedPassage>, @Ctx() { loaders }: Context): Promise<ReuseDirectionEnum> {
    const [mine, theirs] = await Promise.all([loaders.byId.Directive.load(p.directive.id), loaders.byId.Directive.load(p.other.id)]);
    const direction = reuseDirection(mine?.datedOn ?? null, theirs?.datedOn ?? null);
    if (direction === 'A_REPEATS_B') return ReuseDirectionEnum.THIS_REPEATS_OTHER;
    if (direction === 'B_REPEATS_A') return ReuseDirectionEnum.OTHER_REPEATS_THIS;
    return ReuseDirectionEnum.UNKNOWN;
  }

  @FieldResolver(() => String, {
    description:
      'One sentence for a reader: "The same passage is in 370-TB/TU of 2021-09-28 and in the later 402-CV/TU of 2021-09-30". ' +
      'It states where the words are and which text is later, not who copied whom: both may repeat a third text, a national one say.',
  })
  async summary(@Root() p: Row<SharedPassage>, @Ctx() { loaders }: Context): Promise<string> {
    const [mine, theirs] = await Promise.all([loaders.byId.Directive.load(p.directive.id), loaders.byId.Directive.load(p.other.id)]);
    const name = (d: Directive | null) => `${d?.number ?? 'an unnumbered directive'}${d?.datedOn ? ` of ${d.datedOn}` : ''}`;
    const direction = reuseDirection(mine?.datedOn ?? null, theirs?.datedOn ?? null);
    if (direction === 'A_REPEATS_B') return `The same passage is in ${name(theirs)} and in the later ${name(mine)}`;
    if (direction === 'B_REPEATS_A') return `The same passage is in ${name(mine)} and in the later ${name(theirs)}`;
    return `The same passage is in ${name(mine)} and in ${name(theirs)}`;
  }
}
