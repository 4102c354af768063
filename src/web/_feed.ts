// What the two feed writers (`toAtom`, `toJsonFeed`) check alike: the feed's
// fields (an object naming only known keys, strings where strings go) and
// each article, whose issues get the article's index in front of their path.
import { _expectArray, _expectObject, _kind } from "../_args.js";
import { ArticleError } from "../error.js";
import { parseArticle } from "../json/parse.js";
import type { Article } from "../schema/article.js";

/**
 * Check the arguments of a feed writer: an array of articles, and a feed
 * object that names only known fields.
 *
 * @param articles
 *   The articles argument.
 * @param feed
 *   The feed argument.
 * @param known
 *   The feed's fields.
 * @param fn
 *   The writer's name, for the messages.
 * @throws {TypeError}
 *   Naming the argument or field.
 */
export function _checkFeed(
  articles: unknown,
  feed: unknown,
  known: readonly string[],
  fn: string,
): asserts feed is Record<string, unknown> {
  _expectArray(articles, "articles", fn);
  _expectObject(feed, "feed", fn);
  for (const key of Object.keys(feed)) {
    if (!known.includes(key)) {
      throw new TypeError(
        `Unknown field \`feed.${key}\` of \`${fn}\`: expected one of ${known.map((k) => `\`${k}\``).join(", ")}`,
      );
    }
  }
}

/**
 * Read a string field of the feed.
 *
 * @param feed
 *   The feed, checked to be an object.
 * @param key
 *   The field.
 * @param required
 *   Whether it must be there (and, when `nonEmpty`, hold more than white space).
 * @param fn
 *   The writer's name, for the message.
 * @param nonEmpty
 *   Whether a required value must hold more than white space (Atom's
 *   `id` and `title`).
 * @returns
 *   The value, or `undefined` when an optional field is absent.
 */
export function _feedString(
  feed: Record<string, unknown>,
  key: string,
  required: boolean,
  fn: string,
  nonEmpty: boolean,
): string | undefined {
  const value = feed[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string" || (nonEmpty && required && value.trim() === "")) {
    throw new TypeError(
      `Expected \`feed.${key}\` of \`${fn}\` to be a ${nonEmpty ? "non-empty " : ""}string, found ${_kind(value)}`,
    );
  }
  return value;
}

/**
 * Check one article of a feed.
 *
 * @param input
 *   The article as given.
 * @param index
 *   Its index among the feed's articles.
 * @returns
 *   The canonical article.
 * @throws {ArticleError}
 *   Its issues, each path starting with `index`.
 */
export function _parseAt(input: unknown, index: number): Article {
  try {
    return parseArticle(input);
  } catch (error) {
    if (error instanceof ArticleError) {
      throw new ArticleError(
        error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
      );
    }
    throw error;
  }
}
