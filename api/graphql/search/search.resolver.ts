import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Directive, Rendition } from '../../db/entities';
import { countPassages, RANKED_TEXTS, searchPassages, type SearchHit } from '../../search';
import { CitationType, type CitationValue } from '../citation/citation.type';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { lazy, type Page } from '../pagination/connection';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { PageArgs } from '../pagination/page-args';
import { RenditionType } from '../rendition/rendition.type';
import { SearchArgs, SearchHitConnection, SearchHitType } from './search.type';
import { referenced } from '../loaders';

// A ranked list has no stable key to seek from: cursors count the hits seen so far.
const CURSOR_TAG = 'search';

@Resolver(() => SearchHitType)
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Full-text search over the paragraphs of every directive\'s best rendition, diacritic-insensitive, best match first. ' +
      `When more than ${RANKED_TEXTS} distinct paragraphs match, ${RANKED_TEXTS} of them (roughly the first stored) are ranked and paged through; \`totalCount\` counts every match.`,
  })
  async search(@Args() args: SearchArgs, @Args() page: PageArgs, @Ctx() { reads: em }: Context): Promise<Page<SearchHit>> {
    const seen = page.after ? (decodeCursor(page.after, isSearchCursor) as [string, number])[1] : 0;
    const { hits, hasMore } = await searchPassages(em, { ...args, first: page.first, after: seen });
    const edges = hits.map((node, i) => ({ cursor: encodeCursor([CURSOR_TAG, seen + i + 1]), node }));
    return {
      edges,
      pageInfo: { hasNextPage: hasMore, hasPreviousPage: seen > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: lazy(() => countPassages(em, args)),
    };
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive the passage belongs to.' })
  directive(@Root() hit: SearchHit, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, hit.directiveId);
  }

  @FieldResolver(() => RenditionType, { description: 'The rendition (the directive\'s best text) the passage is a paragraph of.' })
  rendition(@Root() hit: SearchHit, @Ctx() { loaders }: Context): Promise<Rendition> {
    return referenced(loaders.byId.Rendition, hit.renditionId);
  }

  @FieldResolver(() => CitationType, { description: 'The whole passage: its span in the rendition\'s text and its words.' })
  citation(@Root() hit: SearchHit): CitationValue {
    return { renditionId: hit.renditionId, start: hit.start, end: hit.end, quote: hit.text, rule: 'search.passage' };
  }
}

function isSearchCursor(key: unknown[]): boolean {
  return key.length === 2 && key[0] === CURSOR_TAG && Number.isInteger(key[1]) && (key[1] as number) >= 0;
}

