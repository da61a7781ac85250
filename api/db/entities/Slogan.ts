import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import type { SloganKind } from '../../ingestion/extract/facts';

/** A motto, strategy, goal or campaign phrase, under its canonical form. Mentions say where it appears. */
@Entity({ tableName: 'slogan' })
export class Slogan {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text' })
  canonical!: string;

  @Enum({ items: ['MOTTO', 'STRATEGY', 'GOAL', 'CAMPAIGN'], type: 'string' })
  kind!: SloganKind;

  @Property({ type: 'text' })
  gloss!: string;

  @Property({ type: 'json', nullable: true })
  expansion!: string[] | null;

  /** From the slogan lexicon, rather than found by the quoted-phrase rule. */
  @Property({ type: 'boolean' })
  known!: boolean;
}
