/** Errors the CLI expects and words for the user (exit 2); anything else is a bug and is reported as such. */
export class UsageError extends Error {
  override name = 'UsageError';
}
