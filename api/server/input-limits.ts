// The bounds on what a request's arguments may hold, shared by the GraphQL check (input-bounds.ts) and the
// exports' parameters (export/filters.ts). A module of its own: the exports load without the GraphQL schema.

export const INPUT_LIMITS = { listItems: 100, variableDepth: 32 } as const;
