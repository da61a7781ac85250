import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

// A whole GraphQL client for this page: POST the printed document, return `data` typed by the document.

const printed = new WeakMap<object, string>();

export class GraphQLRequestError extends Error {}

export async function request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  let query = printed.get(document);
  if (query === undefined) printed.set(document, (query = print(document)));
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: Result | null; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`the server answered ${response.status} ${response.statusText}`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new GraphQLRequestError(`no data in the answer (HTTP ${response.status})`);
  return body.data;
}
