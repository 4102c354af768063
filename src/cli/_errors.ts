// Errors of the command line: a usage error (exit code 2) is printed as one
// line, never with a stack trace (`--debug` shows it).

/** A mistake in the command line or its files: printed as one line, exit code 2. */
export class _UsageError extends Error {
  override name = "UsageError";
}

/** Exit codes: done, invalid content found, usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;

/** A one-line description of a file system error (ENOENT, EACCES, EISDIR …). */
export function _fileError(error: unknown, path: string): _UsageError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOENT: "no such file or directory",
    ENOTDIR: "not a directory",
    EEXIST: "already exists (use --force to overwrite)",
  };
  const reason = typeof code === "string" ? reasons[code] : undefined;
  return reason === undefined ? undefined : new _UsageError(`${path}: ${reason}`);
}
