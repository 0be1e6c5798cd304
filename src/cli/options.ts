/** `--name value` and `--name=value` options, and bare `--flag`s. */
export function parseOptions(argv: readonly string[], known: readonly string[], usage: string): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i] ?? '');
    const name = match?.[1];
    if (!name || !known.includes(name)) throw new Error(`Unknown argument ${argv[i]}. ${usage}`);
    const inline = match[2];
    const next = argv[i + 1];
    if (inline !== undefined) options.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) options.set(name, argv[++i] ?? '');
    else options.set(name, 'true');
  }
  return options;
}
