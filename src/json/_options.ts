/**
 * Check that an options argument is `undefined` or a plain object, and that
 * it names only known keys. Programmer errors throw at once.
 *
 * @param options
 *   What the caller passed.
 * @param fn
 *   Name of the function, for the message.
 * @param known
 *   Keys the function reads.
 * @returns
 *   The options as a record (empty when none were given).
 */
export function _checkOptions(
  options: unknown,
  fn: string,
  known: readonly string[],
): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(
      `Expected \`options\` of \`${fn}\` to be an object, found ${typeof options}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const expected =
        known.length > 0
          ? `expected one of ${known.map((k) => `\`${k}\``).join(", ")}`
          : "it takes none";
      throw new TypeError(`Unknown option \`options.${key}\` of \`${fn}\`: ${expected}`);
    }
  }
  return options as Record<string, unknown>;
}

/**
 * Read an option that must be one of a few strings.
 *
 * @returns
 *   The value, or `fallback` when it is `undefined`.
 */
export function _oneOf<T extends string>(
  options: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  fallback: T,
  fn: string,
): T {
  const value = options[key];
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(value) ?? String(value)} for \`options.${key}\` of \`${fn}\`, expected ${allowed.map((item) => JSON.stringify(item)).join(" or ")}`,
    );
  }
  return value as T;
}
