import { _checkOptions, _oneOf } from "../_args.js";
import { ArticleError, type SafeResult } from "../error.js";
import type { Article } from "../schema/article.js";
import { _readArticle } from "./_read.js";

/** Options of {@link parseArticle}, {@link safeParseArticle} and `fromJson`. */
export interface ParseOptions {
  /**
   * What to do with keys the model does not know (default: `"keep"`).
   * `"keep"` carries them through, `__proto__` included, as plain data;
   * `"error"` reports each one as an `unknown_key` issue with its path.
   */
  unknownKeys?: "keep" | "error" | undefined;
}

const KNOWN = ["unknownKeys"] as const;

/** @internal Read parse options, throwing on a bad one. */
export function _parseOptions(options: unknown, fn: string): { unknownKeys: "keep" | "error" } {
  const record = _checkOptions(options, fn, KNOWN);
  return { unknownKeys: _oneOf(record, "unknownKeys", ["keep", "error"], "keep", fn) };
}

/**
 * Check a value against the article model and return a canonical copy:
 * defaults filled, marks in canonical form, unknown keys kept. The input is
 * not changed.
 *
 * @param value
 *   Anything, typically the result of `JSON.parse`.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The article.
 * @throws {ArticleError}
 *   When the value is not a valid article; `error.issues` says why and where.
 */
export function parseArticle(value: unknown, options?: ParseOptions): Article {
  const result = _readArticle(value, _parseOptions(options, "parseArticle"));
  if (result.article === undefined) throw new ArticleError(result.issues);
  return result.article;
}

/**
 * Like {@link parseArticle}, but return the error instead of throwing it.
 *
 * @param value
 *   Anything.
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{ success: true, data }` or `{ success: false, error }`.
 */
export function safeParseArticle(value: unknown, options?: ParseOptions): SafeResult<Article> {
  const result = _readArticle(value, _parseOptions(options, "safeParseArticle"));
  if (result.article === undefined) {
    return { success: false, error: new ArticleError(result.issues) };
  }
  return { success: true, data: result.article };
}
