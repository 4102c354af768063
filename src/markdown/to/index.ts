// Article → Markdown: `articleToMdast`, then remark-stringify, within the
// limits of the `fromMarkdown` that will read it back.

import { ArticleError, type Issue } from "../../error.js";
import type { Article } from "../../schema/article.js";
import { _checkLimits } from "../_limits.js";
import { _readLimits } from "../_options.js";
import { _stringifier } from "../_processors.js";
import type { ToMarkdownOptions } from "../types.js";
import { _articleToMdast } from "./tree.js";

/**
 * Write an article as Markdown: YAML front matter for the metadata, `#` for
 * the title, the lead, `##`–`######` sections, then the comments, each
 * opened by its `<!-- marginalia:comment {…} -->` marker and a visible
 * byline. What Markdown cannot say exactly is carried by markers, so that
 * `fromMarkdown(toMarkdown(a)).article` deep-equals `parseArticle(a)`.
 *
 * @param article
 *   Article to write (checked first, like `toJson`).
 * @param options
 *   The limits of the `fromMarkdown` that will read it (optional; default
 *   `MARKDOWN_LIMITS`): the result is checked against them.
 * @returns
 *   Markdown, ending with a line feed.
 * @throws {ArticleError}
 *   When the article is not valid, or (`input_too_complex`) nests marks too
 *   deeply for the serializer or cannot be written within the limits.
 */
export function toMarkdown(article: Article, options?: ToMarkdownOptions): string {
  const { limits } = _readLimits(options, "toMarkdown");
  // Write plainly; when `fromMarkdown` would refuse the result under the
  // limits, write ever more blocks (the heaviest first) in `block` markers.
  let issue: Issue | undefined;
  for (const heavy of [Infinity, 1024, 128, 16, 0]) {
    const tree = _articleToMdast(article, heavy);
    let markdown: string;
    try {
      markdown = _stringifier()(tree);
    } catch (error) {
      if (error instanceof RangeError) {
        throw new ArticleError([
          {
            code: "input_too_complex",
            message: "Expected marks nested less deeply: the Markdown serializer ran out of stack",
            path: [],
          },
        ]);
      }
      throw error;
    }
    issue = _checkLimits(markdown, limits);
    if (issue === undefined) return markdown;
    // Markers do not make a document shorter or of fewer blocks.
    if (issue.message.includes("`maxSize`") || issue.message.includes("`maxLines`")) break;
  }
  const { place: _, ...rest } = issue as Issue;
  throw new ArticleError([
    {
      ...rest,
      message: `Expected an article that fromMarkdown can read back under its limits: ${rest.message}`,
    },
  ]);
}
