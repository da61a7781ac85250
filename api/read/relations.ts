import { AgencyMention, Clause, Measure, Reference, Rendition, SharedPassage, SloganMention, Target } from '../db/entities';

// The lists a row holds, one definition each: the loaders batch them by holder (api/graphql/loaders.ts) and a
// read nests them in its holder's statement (rows.ts, `nest`), in the same order and with the same columns.
// A reference held by the row itself (a directive's province, a mention's slogan) needs no entry: the
// mapping names its table and key.

/** The rows pointing at one holder: a directive's targets, a rendition's clauses. */
export interface Children {
  entity: new () => object;
  /** The reference of each child to its holder. */
  parent: string;
  /** The list's order, by property: ascending unless marked 'desc'. */
  order: readonly (string | readonly [string, 'desc'])[];
  /** Large columns a list leaves out (a rendition's text: 512 KB, and most requests want its format). */
  without?: readonly string[];
}

export const CHILDREN: Readonly<Record<string, Readonly<Record<string, Children>>>> = {
  Directive: {
    /** Best text first: the rendition facts are taken from comes first. */
    renditions: { entity: Rendition, parent: 'directive', order: [['quality', 'desc'], 'id'], without: ['text'] },
    measures: { entity: Measure, parent: 'directive', order: ['id'] },
    targets: { entity: Target, parent: 'directive', order: ['id'] },
    sloganMentions: { entity: SloganMention, parent: 'directive', order: ['id'] },
    agencyMentions: { entity: AgencyMention, parent: 'directive', order: ['id'] },
    references: { entity: Reference, parent: 'directive', order: ['id'] },
    citedBy: { entity: Reference, parent: 'cited', order: ['id'] },
    sharedPassages: { entity: SharedPassage, parent: 'directive', order: ['other', 'start'] },
  },
  Rendition: {
    clauses: { entity: Clause, parent: 'rendition', order: ['ordinal'] },
  },
  Slogan: {
    mentions: { entity: SloganMention, parent: 'slogan', order: ['id'] },
  },
  Agency: {
    mentions: { entity: AgencyMention, parent: 'agency', order: ['id'] },
  },
};
