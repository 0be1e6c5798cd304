/**
 * What an import refused for its problems says, whatever it imports (a framework, a questionnaire): how many
 * problems the file has, that each is listed by line, and that nothing was imported.
 */
export function importRefusedMessage(what: string, problemCount: number): string {
  const problems = `${problemCount} problem${problemCount === 1 ? '' : 's'}`;
  return `The ${what} file has ${problems}. Fix each line listed and import it again; nothing was imported.`;
}
