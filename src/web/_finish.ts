// The last step of the web readers: check the article built from the
// input with the model's reader; a value the model refuses (a date that is
// not ISO 8601, a relative URL, a bad language tag, a parent cycle) is
// taken out and reported, so that a page's mistake costs a field, not the
// article. What cannot be taken out (the title) is an ArticleError.
import { ArticleError, type Path } from "../error.js";
import { _readArticle } from "../json/_read.js";
import { _message, type Message } from "../message.js";
import type { Article } from "../schema/article.js";

// Fields that may be left out when their value is refused.
const OPTIONAL = new Set([
  "url",
  "email",
  "lang",
  "publishedAt",
  "updatedAt",
  "parentId",
  "commentCount",
  "image",
  "site",
  "score",
  "id",
  "subtitle",
  "summary",
  "name",
  "caption",
  "alt",
  "credit",
]);

/**
 * Check a built article; take out refused optional values, with a message.
 *
 * @param candidate
 *   The article as built from the input (plain data, no unknown keys).
 * @param messages
 *   Messages, appended to (`invalid-value`).
 * @param prefix
 *   Path of the article in the input's result (`[]`, or an item index).
 * @returns
 *   The canonical article.
 * @throws {ArticleError}
 *   When a required value is refused.
 */
export function _finish<RuleId extends string>(
  candidate: Record<string, unknown>,
  messages: Message<RuleId | "invalid-value">[],
  prefix: Path = [],
): Article {
  for (let round = 0; round < 4; round++) {
    const result = _readArticle(candidate, { unknownKeys: "keep" });
    if (result.article !== undefined) return result.article;
    const fatal = [];
    for (const issue of result.issues) {
      const key = issue.path[issue.path.length - 1];
      let holder: unknown = candidate;
      for (const part of issue.path.slice(0, -1)) {
        holder = (holder as Record<string | number, unknown> | undefined)?.[part];
      }
      const site = issue.path[0] === "site" && issue.path.length === 2;
      if (
        typeof key === "string" &&
        (OPTIONAL.has(key) || site) &&
        holder !== null &&
        typeof holder === "object"
      ) {
        const record = holder as Record<string, unknown>;
        if (!Object.hasOwn(record, key)) continue;
        const actual = record[key];
        delete record[key];
        messages.push(
          _message("invalid-value", `Left out a value the model refuses: ${issue.message}`, {
            path: [...prefix, ...issue.path],
            actual: typeof actual === "string" ? actual : JSON.stringify(actual),
          }),
        );
      } else {
        fatal.push({ ...issue, path: [...prefix, ...issue.path] });
      }
    }
    if (fatal.length > 0) throw new ArticleError(fatal);
  }
  const last = _readArticle(candidate, { unknownKeys: "keep" });
  if (last.article === undefined) throw new ArticleError(last.issues);
  return last.article;
}
