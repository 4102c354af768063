// Article → mdast: front matter, the title, the lead, the sections, then
// the comments, with markers where Markdown cannot say something exactly.

import type { Root, RootContent } from "mdast";
import { ArticleError } from "../../error.js";
import { _readArticle } from "../../json/_read.js";
import type { WithUnknown } from "../../schema/_types.js";
import type { Article } from "../../schema/article.js";
import type { Comment } from "../../schema/comment.js";
import type { Section } from "../../schema/section.js";
import { _define, _unknownKeys } from "../_assign.js";
import { _byline } from "../_byline.js";
import { _writeMarker } from "../_meta.js";
import { _depth, YAML_WRITE_DEPTH } from "../_yaml.js";
import { _cost, _writeBlocks, _writeParagraph } from "./blocks.js";
import { _writeYaml } from "./yaml.js";

const BODY_KEYS = new Set(["title", "lead", "sections", "comments"]);
const SECTION_KEYS = new Set(["heading", "level", "blocks"]);

/**
 * Turn an article into an mdast tree: the tree `toMarkdown` serializes
 * (with remark-stringify and remark-frontmatter's `yaml`), for users who
 * transform it with their own unified plugins first.
 *
 * Front matter is a `yaml` node, what Markdown cannot say exactly is in
 * marker comments (`html` nodes), so that `mdastToArticle` of the tree
 * (or `fromMarkdown` of its Markdown) gives the article back.
 *
 * @param article
 *   Article to turn (checked first, like `toJson`).
 * @returns
 *   The mdast root.
 * @throws {ArticleError}
 *   When the article is not valid.
 */
export function articleToMdast(article: Article): Root {
  return _articleToMdast(article);
}

/**
 * Check an article and build its tree (internal: `toMarkdown` writes heavy
 * blocks in markers when the Markdown would be over the limits).
 *
 * @param article
 *   Article.
 * @param heavy
 *   Blocks whose cost is over this are written whole in `block` markers
 *   (default: none).
 * @returns
 *   The mdast root.
 * @throws {ArticleError}
 *   When the article is not valid.
 */
export function _articleToMdast(article: Article, heavy = Infinity): Root {
  const result = _readArticle(article, { unknownKeys: "keep" });
  if (result.article === undefined) throw new ArticleError(result.issues);
  const canonical = result.article;
  const children: RootContent[] = [];
  // A title with a line break, or (when writing heavy blocks in markers)
  // one costly to read as a heading, goes in front matter.
  const titleInFront =
    canonical.title.includes("\n") ||
    (heavy !== Infinity && _cost({ type: "paragraph", text: canonical.title }) > heavy);
  _metadata(canonical, titleInFront, children);
  if (!titleInFront) {
    children.push({
      type: "heading",
      depth: 1,
      children: [{ type: "text", value: canonical.title }],
    });
  }
  _writeBlocks(canonical.lead, children, heavy);
  for (const section of canonical.sections) _section(section, children, heavy);
  for (const comment of canonical.comments) _comment(comment, children, heavy);
  return { type: "root", children };
}

/** The metadata: YAML front matter, and an `article` marker for what is too deep for YAML. */
function _metadata(
  canonical: WithUnknown<Article>,
  titleInFront: boolean,
  children: RootContent[],
): void {
  const front: Record<string, unknown> = {};
  // Values too deep for YAML (which the yaml package writes and reads
  // recursively) go in JSON, in an `article` marker.
  const deep: Record<string, unknown> = {};
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
}

/** A section: its heading (after a `meta` marker when needed), then its blocks. */
function _section(section: Section, children: RootContent[], heavy: number): void {
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

/** A comment: its marker, its visible byline, then its body. */
function _comment(comment: Comment, children: RootContent[], heavy: number): void {
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
