// Article → Markdown.

import type { Root, RootContent } from "mdast";
import { _checkOptions } from "../../_args.js";
import { ArticleError, type Issue } from "../../error.js";
import { _readArticle } from "../../json/_read.js";
import type { Article } from "../../schema/article.js";
import { _define, _unknownKeys } from "../_assign.js";
import { _byline } from "../_byline.js";
import { _checkLimits, type Limits } from "../_limits.js";
import { _writeMarker } from "../_meta.js";
import { _stringifier } from "../_processors.js";
import { _depth, YAML_WRITE_DEPTH } from "../_yaml.js";
import { _limit, KNOWN } from "../from/index.js";
import type { ToMarkdownOptions } from "../types.js";
import { _cost, _writeBlocks, _writeParagraph } from "./blocks.js";
import { _writeYaml } from "./yaml.js";

const BODY_KEYS = new Set(["title", "lead", "sections", "comments"]);
const SECTION_KEYS = new Set(["heading", "level", "blocks"]);

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
  const record = _checkOptions(options, "toMarkdown", KNOWN);
  const limits: Limits = {
    maxDelimiters: _limit(record, "maxDelimiters"),
    maxLines: _limit(record, "maxLines"),
    maxNesting: _limit(record, "maxNesting"),
    maxSize: _limit(record, "maxSize"),
  };
  // Write plainly; when `fromMarkdown` would refuse the result under the
  // limits, write ever more blocks (the heaviest first) in `block` markers.
  let issue: Issue | undefined;
  for (const heavy of [Infinity, 1024, 128, 16, 0]) {
    const tree = _toTree(article, heavy);
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

/**
 * Check an article and build the mdast tree `toMarkdown` serializes.
 *
 * @param article
 *   Article.
 * @returns
 *   The mdast root.
 * @throws {ArticleError}
 *   When the article is not valid.
 */
export function _toTree(article: Article, heavy = Infinity): Root {
  const result = _readArticle(article, { unknownKeys: "keep" });
  if (result.article === undefined) throw new ArticleError(result.issues);
  const canonical = result.article;
  const children: RootContent[] = [];
  const front: Record<string, unknown> = {};
  // Values too deep for YAML (which the yaml package writes and reads
  // recursively) go in JSON, in an `article` marker.
  const deep: Record<string, unknown> = {};
  // A title with a line break, or (when writing heavy blocks in markers)
  // one costly to read as a heading, goes in front matter.
  const titleInFront =
    canonical.title.includes("\n") ||
    (heavy !== Infinity && _cost({ type: "paragraph", text: canonical.title }) > heavy);
  for (const key of Object.keys(canonical)) {
    if (BODY_KEYS.has(key) && !(key === "title" && titleInFront)) continue;
    const value = canonical[key];
    if ((key === "authors" || key === "tags") && Array.isArray(value) && value.length === 0)
      continue;
    _define(1 + _depth(value) > YAML_WRITE_DEPTH ? deep : front, key, value);
  }
  if (Object.keys(front).length > 0) {
    children.push({ type: "yaml", value: _writeYaml(front) });
  }
  if (Object.keys(deep).length > 0) {
    children.push({ type: "html", value: _writeMarker("article", deep) });
  }
  if (!titleInFront) {
    children.push({
      type: "heading",
      depth: 1,
      children: [{ type: "text", value: canonical.title }],
    });
  }
  _writeBlocks(canonical.lead, children, heavy);
  for (const section of canonical.sections) {
    let meta = _unknownKeys(section, SECTION_KEYS);
    let heading = section.heading;
    if (heading.includes("\n")) {
      meta ??= {};
      meta.heading = heading;
      heading = heading.replaceAll("\n", " ");
    }
    if (meta !== undefined) children.push({ type: "html", value: _writeMarker("meta", meta) });
    children.push({
      type: "heading",
      depth: section.level,
      children: [{ type: "text", value: heading }],
    });
    _writeBlocks(section.blocks, children, heavy);
  }
  for (const comment of canonical.comments) {
    // The canonical copy is ours: hide the body from JSON for a moment
    // rather than copying every other key.
    const body = comment.body;
    (comment as { body: unknown }).body = undefined;
    children.push({ type: "html", value: _writeMarker("comment", comment) });
    comment.body = body;
    const byline = _byline(comment);
    if (byline) {
      // Only as a Markdown paragraph: drop the block marker written instead.
      const before = children.length;
      if (!_writeParagraph(byline, children)) children.length = before;
    }
    _writeBlocks(comment.body, children, heavy);
  }
  return { type: "root", children };
}
