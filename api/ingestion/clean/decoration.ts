// Lines with no letter or digit at all ("*" under a letterhead, "---", OCR specks such as "^") are layout or
// scanner debris, never words of the directive.
export function dropDecorativeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() !== '' && !/[\p{L}\p{N}]/u.test(line) ? '' : line))
    .join('\n');
}
