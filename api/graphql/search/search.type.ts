import type { DocumentKind } from '../../domain/directive';
import { ArgsType, Field, Float, ObjectType } from 'type-graphql';
import { LocalDate } from '../scalars';
import { MAX_QUERY_LENGTH } from '../../search';
import { DocumentKindEnum } from '../enums';
import { Connection } from '../pagination/connection';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description:
      `Words to find, with or without diacritics ("xet nghiem mau gop" finds "xét nghiệm ... mẫu gộp"). Every word must occur; ` +
      `"a phrase" in double quotes must occur as written; \`or\` between words and \`-word\` work as on web search engines. ` +
      `At most ${MAX_QUERY_LENGTH} characters.`,
  })
  query!: string;

  @Field(() => [String], { nullable: true, description: 'Only passages of directives of these provinces, by ISO 3166-2 code ("VN-13", "VN-21").' })
  provinces?: string[] | null;

  @Field(() => [DocumentKindEnum], { nullable: true, description: 'Only passages of directives of these document kinds.' })
  kinds?: DocumentKind[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Only passages of directives dated on or after this day (the issue date, or the meeting date when the issue date is unknown).',
  })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only passages of directives dated on or before this day (same date as `from`).' })
  to?: string | null;
}

@ObjectType('SnippetSegment', { description: 'A piece of a snippet, in the passage\'s own words (with their diacritics).' })
export class SnippetSegmentType {
  @Field(() => String, { description: 'The words, exactly as in the passage; "…" where words are left out.' })
  text!: string;

  @Field(() => Boolean, { description: 'True when the words match the query.' })
  highlighted!: boolean;
}

@ObjectType('SearchHit', {
  description: 'A passage (paragraph) of a directive\'s best rendition that matches a search, with its citation and a highlighted snippet.',
})
export class SearchHitType {
  @Field(() => Float, {
    description:
      'Relevance, higher first. Integer part: how many distinct words of the query the passage holds; fraction: how close ' +
      'together and how often they occur (cover density, normalised by passage length).',
  })
  rank!: number;

  @Field(() => [SnippetSegmentType], { description: 'Up to two fragments of the passage around its matches, matching words highlighted.' })
  snippet!: SnippetSegmentType[];
}

@ObjectType('SearchHitConnection', { description: 'A page of search hits, best first.' })
export class SearchHitConnection extends Connection(SearchHitType, 'SearchHit') {}
