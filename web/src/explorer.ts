// GraphiQL 3, bundled with its CSS (fonts inlined as data: URLs), so the explorer works with no internet.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

const fetcher = async ({ query, operationName, variables }: FetcherParams): Promise<unknown> => {
  // GraphiQL 3 learns the operation name a moment after an edit: a query run at once would still name
  // the operation just erased, and the server refuses it. Send only a name the query defines.
  const defined = operationName && new RegExp(`\\b(query|mutation|subscription)\\s+${operationName}\\b`).test(query);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables, operationName: defined ? operationName : undefined }),
  });
  return response.json();
};

const defaultQuery = `# Every object carries its citation: the quote and where it sits in a rendition's text.
# Ctrl-Enter runs the query; the Docs button browses the schema.
query TestingTargets {
  compare(provinces: ["VN-13", "VN-21"], categories: ["TESTING"]) {
    provinces { code name }
    targets {
      label
      cells { province { name } targets { value unit citation { quote } } }
    }
  }
}
`;

const container = document.getElementById('explorer');
if (!container) throw new Error('#explorer is missing from the page');
createRoot(container).render(createElement(GraphiQL, { fetcher, defaultQuery }));
