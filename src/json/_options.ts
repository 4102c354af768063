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

/** JSON white space: the only characters `JSON.parse` accepts between tokens. */
const _JSON_SPACE = /^[ \t\n\r]*$/;

/**
 * Read the `indent` option of `toJson`: a whole number of spaces from 0 to
 * 10, or a string of at most 10 JSON white-space characters (space, tab, line
 * feed, carriage return). Anything else would make `JSON.stringify` write
 * text that is not JSON (`"--"`, NBSP, U+2028) or silently cut the string.
 *
 * @param value
 *   What the caller passed (`undefined` or `null` for the default).
 * @returns
 *   The indentation to hand to `JSON.stringify` (default `2`).
 */
export function _indent(value: unknown): number | string {
  if (value === undefined || value === null) return 2;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 10) {
    return value;
  }
  if (typeof value === "string" && value.length <= 10 && _JSON_SPACE.test(value)) return value;
  const shown =
    typeof value === "string"
      ? JSON.stringify(value).replace(
          /[^\x20-\x7e]/g,
          (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
        )
      : typeof value === "number" || typeof value === "bigint"
        ? String(value)
        : `a value of type ${typeof value}`;
  throw new TypeError(
    `Cannot use ${shown} for \`options.indent\` of \`toJson\`, expected a whole number from 0 to 10 or a string of at most 10 JSON white-space characters (space, tab, line feed, carriage return)`,
  );
}
