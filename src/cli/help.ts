/** `--help` or `-h` among a command's arguments: the person wants to know how to use it, not to run it. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}
