// The lexicons' variant mini-syntax: "[words]" is optional, "{a|b}" is a choice. Researchers write one
// line per family of spellings instead of listing every combination. No nesting, so it stays readable.

/** Why a variant pattern is malformed, or null when it is fine. */
export function variantSyntaxError(pattern: string): string | null {
  let open: string | null = null;
  for (const ch of pattern) {
    if (ch === '[' || ch === '{') {
      if (open) return `nested "${ch}" inside "${open}" is not supported`;
      open = ch;
    } else if (ch === ']' || ch === '}') {
      const expected = ch === ']' ? '[' : '{';
      if (open !== expected) return `"${ch}" without a matching "${expected}"`;
      open = null;
    } else if (ch === '|' && open !== '{') {
      return '"|" outside "{...}"';
    }
  }
  return open ? `unclosed "${open}"` : null;
}

/** All spellings a pattern stands for, with spaces collapsed. Assumes variantSyntaxError(pattern) is null. */
export function expandVariant(pattern: string): string[] {
  // Split into literal text and alternatives; an optional group is a choice between its text and nothing.
  const parts: string[][] = [];
  const re = /\[([^\]]*)\]|\{([^}]*)\}|([^[{]+)/g;
  for (const m of pattern.matchAll(re)) {
    if (m[1] !== undefined) parts.push([m[1], '']);
    else if (m[2] !== undefined) parts.push(m[2].split('|'));
    else parts.push([m[3]]);
  }
  let out = [''];
  for (const choices of parts) out = out.flatMap((prefix) => choices.map((c) => prefix + c));
  const tidy = out.map((s) => s.replace(/\s+/g, ' ').replace(/\s+([,])/g, '$1').replace(/,(?=\S)/g, ', ').trim());
  return [...new Set(tidy.filter((s) => s.length > 0))];
}
