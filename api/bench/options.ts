// The bench scripts' command-line options: `--name value`.

/** The value after `--name` in `argv`, or undefined when the option is not given. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
