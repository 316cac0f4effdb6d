// Bad usage or invalid input: the command stops with exit code 2 and this message, which
// says what to do.
export class CliError extends Error {
  override name = 'CliError';
}
