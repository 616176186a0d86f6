/** The exit codes are a contract with scripts and CI; README.md and `smscore --help` list them. */
export const EXIT = {
  ok: 0,
  /** The audit ran but a threshold, a failing gap or an expired waiver failed the run. */
  thresholdFailed: 1,
  /** Invalid input, configuration or usage: an invalid brand file is not audited (the valid ones still are). */
  invalidInput: 2,
  /** A bug in smscore. */
  internalError: 3,
  /** Interrupted by the user (Ctrl-C). */
  interrupted: 130,
} as const;
