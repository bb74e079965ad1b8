/**
 * An error the user can fix: bad flags, a bad config file, a missing revision, a shallow clone.
 * The doors print `message` and `hint` and exit 2; anything else is an internal error (exit 3).
 */
export class UsageError extends Error {
  readonly hint: string;
  constructor(message: string, hint = '') {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/** A configuration file that does not parse or does not match the schema. Exit 2. */
export class ConfigError extends UsageError {
  constructor(message: string, hint = 'See the "Configuration" section of the README, or schema/gitops.schema.json.') {
    super(message, hint);
    this.name = 'ConfigError';
  }
}
