// A directive copied from a commit or a pull request of a repository that collects them: a unified diff whose
// lines open with "+" (added), "-" (removed) or a space (unchanged), under the diff's own lines ("diff --git",
// "index", "--- a/...", "+++ b/...", "@@ -0,0 +1,41 @@"). The text is the file after the change: the added and
// unchanged lines without their mark. A hunk header is required, so a letter whose sub-items open with "+ " or
// "- " is never taken for a diff.

const HUNK = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/u;
const FURNITURE = /^(?:diff --git |index [0-9a-f]+\.\.[0-9a-f]+|(?:new|deleted) file mode |--- (?:a\/|\/dev\/null)|\+\+\+ (?:b\/|\/dev\/null)|\\ No newline at end of file)/u;

export function unwrapUnifiedDiff(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((line) => HUNK.test(line))) return text;
  const out: string[] = [];
  let inHunk = false;
  for (const line of lines) {
    if (HUNK.test(line)) {
      inHunk = true;
      continue;
    }
    if (FURNITURE.test(line)) {
      inHunk = false;
      continue;
    }
    if (!inHunk) out.push(line);
    else if (line.startsWith('+') || line.startsWith(' ')) out.push(line.slice(1));
    else if (line === '') out.push(line);
  }
  return out.join('\n');
}
