/** A command line the CLI cannot run: a bad flag value, a missing option. Exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
