import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { SIMPLE } from '../simple-fields';
import { encodeCursor } from './cursor';

@ObjectType({ simpleResolvers: SIMPLE, description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow the last edge of this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was requested with `after`, so items precede it.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge: pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** A page as the resolvers build it; totalCount runs its query only when a client asks for it. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: PromiseLike<number>;
}

/**
 * An edge whose cursor is encoded only when read: most queries list the nodes alone, and encoding a cursor for
 * each of a hundred targets was more than a hundredth of their page's CPU. `key` is the node's sort key.
 */
export class PageEdge<T> {
  constructor(
    readonly node: T,
    private readonly key: unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.key);
  }
}

/**
 * A promise that does not start until something awaits it. GraphQL awaits a field's value only when the
 * query selects the field, so an unselected totalCount never costs its COUNT(*).
 */
export function lazy<T>(start: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then: (onFulfilled, onRejected) => (started ??= start()).then(onFulfilled, onRejected),
  };
}

/** A Relay connection type for `nodeType`, named `<name>Connection` with edges `<name>Edge`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: SIMPLE, description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this edge: pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  // Unnamed and never referenced itself: only the named subclass (`class XConnection extends
  // Connection(X, 'X')`) appears in the schema.
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}
