import type { DocumentNode } from 'graphql';

/** Variables longer than this as JSON are checked every time, never remembered. */
const MAX_KEY_LENGTH = 2_000;
/** Distinct variables remembered per document; past it, the document's memory starts again. */
const MAX_PER_DOCUMENT = 64;

/**
 * Remembers which operations of a document, with which variables, passed a check that depends on nothing
 * else (the cost limit, the bounds of arguments), so that a request asked again skips walking its document.
 * Apollo Server keeps parsed documents, so the same query text arrives as the same DocumentNode object; a
 * document it drops is forgotten here too (WeakMap). Only passes are remembered: a refusal is checked anew.
 */
export function checkedOnce(): { passed(document: DocumentNode, operation: string | null | undefined, variables: unknown): boolean; remember(document: DocumentNode, operation: string | null | undefined, variables: unknown): void } {
  const memory = new WeakMap<DocumentNode, Set<string>>();
  const keyOf = (operation: string | null | undefined, variables: unknown): string | null => {
    try {
      const key = `${operation ?? ''}\n${JSON.stringify(variables ?? {})}`;
      return key.length <= MAX_KEY_LENGTH ? key : null;
    } catch {
      return null; // too deep to write out: left to the check itself, which refuses it
    }
  };
  return {
    passed(document, operation, variables) {
      const key = keyOf(operation, variables);
      return key !== null && (memory.get(document)?.has(key) ?? false);
    },
    remember(document, operation, variables) {
      const key = keyOf(operation, variables);
      if (key === null) return;
      let keys = memory.get(document);
      if (!keys || keys.size >= MAX_PER_DOCUMENT) memory.set(document, (keys = new Set()));
      keys.add(key);
    },
  };
}
