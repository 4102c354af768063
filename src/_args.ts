// Argument checks shared by every public function. A wrong argument is a
// programmer error: it throws a TypeError at once, naming the argument, the
// function and what was expected. Content errors are ArticleErrors.
import { ArticleError } from "./error.js";
import { _readArticle } from "./json/_read.js";
import type { Article } from "./schema/article.js";

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
 * Check a whole article given to a function that reads it all (statistics,
 * quotes): not an object is a TypeError; an object that is not a valid
 * article is an ArticleError with every issue. Linear, iterative.
 *
 * @param value
 *   The argument.
 * @param fn
 *   The function's name.
 * @returns
 *   The article, canonical (a copy).
 */
export function _expectArticle(value: unknown, fn: string): Article {
  _expectObject(value, "article", fn);
  const result = _readArticle(value, { unknownKeys: "keep" });
  if (result.article === undefined) throw new ArticleError(result.issues);
  return result.article;
}
