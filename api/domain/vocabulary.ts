// A closed vocabulary of the domain: its codes and what each means, declared once. TypeScript types, the
// entities' enum columns and the GraphQL enums (api/graphql/enums.ts) all derive from the declaration, so
// adding a code is one edit here and one migration for the column's check constraint.

export interface Vocabulary<Code extends string> {
  /** The GraphQL enum's name. */
  name: string;
  description: string;
  /** What each code means, for the schema's documentation. */
  meanings: Readonly<Record<Code, string>>;
  codes: readonly Code[];
}

export type CodeOf<V> = V extends Vocabulary<infer C> ? C : never;

export function vocabulary<const M extends Record<string, string>>(name: string, description: string, meanings: M): Vocabulary<Extract<keyof M, string>> {
  return { name, description, meanings, codes: Object.keys(meanings) as Extract<keyof M, string>[] };
}

export function isCode<C extends string>(v: Vocabulary<C>, value: unknown): value is C {
  return typeof value === 'string' && (v.codes as readonly string[]).includes(value);
}
