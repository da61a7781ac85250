import { GraphQLError, GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { FIRST_YEAR, LAST_YEAR } from '../text/dates';

// LocalDate ("2021-09-28") as graphql-scalars defines it, held to the years the platform's dates can take
// (1900-2100, as text/dates.ts reads them): "0000-01-01" is the client's mistake, refused as bad input while
// the request is validated, before anything runs, instead of failing in PostgreSQL as an internal error.


function inRange(value: unknown): string {
  const iso = String(value);
  const year = Number(iso.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new GraphQLError(`${iso} is outside the years ${FIRST_YEAR}-${LAST_YEAR}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return iso;
}

const base = LocalDateResolver.toConfig();

/**
 * Dates that passed graphql-scalars' check as output. The check builds a Date and prints it back for every date of
 * an answer (a page of 50 directives has a hundred); an answer repeats the few hundred days the corpus spans.
 */
const serialized = new Set<string>();
/** Bounds the memory of checked dates; past it, it starts again (a century has 36,525 days). */
const SERIALIZED_MAX = 50_000;

function serialize(value: unknown): string {
  if (typeof value === 'string' && serialized.has(value)) return value;
  const date = LocalDateResolver.serialize(value) as string;
  if (serialized.size >= SERIALIZED_MAX) serialized.clear();
  serialized.add(date);
  return date;
}

export const LocalDate = new GraphQLScalarType({
  ...base,
  serialize,
  description: `${base.description ?? 'A date, YYYY-MM-DD.'} Years ${FIRST_YEAR} to ${LAST_YEAR}.`,
  parseValue: (value) => inRange(LocalDateResolver.parseValue(value)),
  parseLiteral: (ast, variables) => inRange(LocalDateResolver.parseLiteral(ast, variables)),
});
