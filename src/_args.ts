// Argument and option checks shared by every public function: their one
// home. A wrong argument is a programmer error: it throws a TypeError at
// once, naming the argument, the function and what was expected. Content
// errors are ArticleErrors. A utility: it imports nothing from the model or
// the formats (checking a whole article is `json/_expect-article.ts`).

/**
 * Describe a value for an error message: `null`, `undefined`, `array`, or
 * its `typeof`.
 *
 * @param value
 *   Any value.
 * @returns
 *   A word for its kind.
 */
export function _kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * Throw unless `value` is an array.
 *
 * @param value
 *   The argument.
 * @param name
 *   Its name (`comments`, `roots`).
 * @param fn
 *   The function's name.
 */
export function _expectArray(value: unknown, name: string, fn: string): asserts value is unknown[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`Expected \`${name}\` of \`${fn}\` to be an array, found ${_kind(value)}`);
  }
}

/**
 * Throw unless `value` is an array of objects (not null, not arrays).
 *
 * @param value
 *   The argument.
 * @param name
 *   Its name.
 * @param fn
 *   The function's name.
 */
export function _expectArrayOfObjects(
  value: unknown,
  name: string,
  fn: string,
): asserts value is Record<string, unknown>[] {
  _expectArray(value, name, fn);
  for (let index = 0; index < value.length; index++) {
    const item = value[index];
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      throw new TypeError(
        `Expected \`${name}[${index}]\` of \`${fn}\` to be an object, found ${_kind(item)}`,
      );
    }
  }
}

/**
 * Throw unless `value` is an object (not null, not an array).
 *
 * @param value
 *   The argument.
 * @param name
 *   Its name.
 * @param fn
 *   The function's name.
 */
export function _expectObject(
  value: unknown,
  name: string,
  fn: string,
): asserts value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`Expected \`${name}\` of \`${fn}\` to be an object, found ${_kind(value)}`);
  }
}

/**
 * Throw unless `value` is a string.
 *
 * @param value
 *   The argument.
 * @param name
 *   Its name (`text`, `docs[3].text`).
 * @param fn
 *   The function's name.
 */
export function _expectString(value: unknown, name: string, fn: string): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`Expected \`${name}\` of \`${fn}\` to be a string, found ${_kind(value)}`);
  }
}

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

/**
 * Read an option that must be a boolean.
 *
 * @param options
 *   Checked options.
 * @param key
 *   Option name.
 * @param fallback
 *   Its default.
 * @param fn
 *   Name of the function, for the message.
 * @returns
 *   The value, or `fallback` when it is `undefined`.
 */
export function _boolean(
  options: Record<string, unknown>,
  key: string,
  fallback: boolean,
  fn: string,
): boolean {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") {
    throw new TypeError(
      `Cannot use ${JSON.stringify(value)} for \`options.${key}\` of \`${fn}\`, expected a boolean`,
    );
  }
  return value;
}

/**
 * Read an option that must be an integer within bounds.
 *
 * @param options
 *   Checked options.
 * @param key
 *   Option name.
 * @param fallback
 *   Its default.
 * @param min
 *   Smallest value allowed.
 * @param max
 *   Largest value allowed.
 * @param fn
 *   Name of the function, for the message.
 * @returns
 *   The value, or `fallback` when it is `undefined`.
 */
export function _integer(
  options: Record<string, unknown>,
  key: string,
  fallback: number,
  min: number,
  max: number,
  fn: string,
): number {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(value)} for \`options.${key}\` of \`${fn}\`, expected an integer from ${min} to ${max}`,
    );
  }
  return value;
}

/**
 * Read an option that must be a finite number at least `min`.
 *
 * @param options
 *   Checked options.
 * @param key
 *   Option name.
 * @param fn
 *   Name of the function, for the message.
 * @param min
 *   Smallest value allowed.
 * @param exclusive
 *   Whether `min` itself is refused.
 * @returns
 *   The number, or `undefined` when the option is absent.
 */
export function _number(
  options: Record<string, unknown>,
  key: string,
  fn: string,
  min: number,
  exclusive: boolean,
): number | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < min ||
    (exclusive && value === min)
  ) {
    throw new TypeError(
      `Cannot use ${typeof value === "number" ? String(value) : _kind(value)} for \`options.${key}\` of \`${fn}\`, expected a finite number ${exclusive ? "above" : "at least"} ${min}`,
    );
  }
  return value;
}

/**
 * Read a limit: an option that must be a positive safe integer.
 *
 * @param options
 *   Checked options.
 * @param key
 *   Option name.
 * @param fallback
 *   Its default.
 * @returns
 *   The value, or `fallback` when it is `undefined`.
 */
export function _limit(options: Record<string, unknown>, key: string, fallback: number): number {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(
      `Cannot use ${typeof value === "number" ? value : JSON.stringify(value)} for \`options.${key}\`, expected a positive whole number`,
    );
  }
  return value;
}
