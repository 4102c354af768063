// The `indent` option of `toJson`.

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
