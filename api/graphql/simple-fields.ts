/**
 * `simpleResolvers` of the object types a read returns by the hundred (directives, facts, citations, pages):
 * their plain fields are read by graphql-js's own resolver instead of a type-graphql wrapper made for
 * middlewares and auth checks, which no plain field of theirs has (Clause.text has one: ClauseType is not
 * marked). A marked type must keep it so: a middleware on one of its plain fields would not run.
 */
export const SIMPLE = true;
