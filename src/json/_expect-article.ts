// Checking a whole article given as an argument: it reads the article with
// the JSON reader, so it lives beside it, not in `src/_args.ts` (which
// imports nothing from the formats).
import { _expectObject } from "../_args.js";
import { ArticleError } from "../error.js";
import type { Article } from "../schema/article.js";
import { _readArticle } from "./_read.js";

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
