// mdast → Article: one pass over the top-level nodes, each handed to its
// handler (front matter, markers, headings, blocks) over one shared state.

import type { Paragraph as MdParagraph, Root, RootContent } from "mdast";
import { ArticleError } from "../../error.js";
import { _readArticle } from "../../json/_read.js";
import type { Paragraph } from "../../schema/block.js";
import { normalizeMarks } from "../../schema/marks.js";
import { _assign, _define } from "../_assign.js";
import { _looksLikeMarker } from "../_meta.js";
import { _block, _paragraph, CLEARABLE, type Context } from "../_read-blocks.js";
import type { MdastToArticleOptions, MdastToArticleResult } from "../types.js";
import { _readFrontMatter } from "./front-matter.js";
import { _heading } from "./headings.js";
import { _marker } from "./markers.js";
import { _createState, _flushMeta, _push, type State } from "./state.js";

/**
 * Turn an mdast tree (from remark-parse, with remark-frontmatter's `yaml`
 * node for front matter) into an article, the way `fromMarkdown` reads
 * Markdown.
 *
 * Works on trees from remark-gfm too: a GFM table, footnote definition,
 * task list, or a paragraph with strikethrough or a footnote reference
 * becomes a `raw` block holding its Markdown, with a `raw-block` message.
 *
 * @param tree
 *   mdast root.
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{ article, messages }`: the canonical article (as `parseArticle`
 *   returns it) and what was noticed on the way.
 * @throws {ArticleError}
 *   `invalid_syntax` when the front matter is not YAML, the issues of
 *   `parseArticle` when the result is not a valid article, and
 *   `invalid_value` when a node must be kept as raw Markdown but there is no
 *   `options.source` and remark-stringify cannot write it.
 */
export function mdastToArticle(tree: Root, options?: MdastToArticleOptions): MdastToArticleResult {
  if (
    typeof tree !== "object" ||
    tree === null ||
    (tree as { type?: unknown }).type !== "root" ||
    !Array.isArray((tree as { children?: unknown }).children)
  ) {
    throw new TypeError("Expected `tree` of `mdastToArticle` to be an mdast `root` node");
  }
  const source = options?.source;
  if (source !== undefined && typeof source !== "string") {
    throw new TypeError(
      `Cannot use ${typeof source} for \`options.source\` of \`mdastToArticle\`, expected a string`,
    );
  }
  return _mdastToArticle(tree, { source, messages: [] });
}

/**
 * Build and check the article (internal: `fromMarkdown` passes the messages
 * it already has).
 *
 * @param tree
 *   mdast root.
 * @param context
 *   Source and messages so far.
 * @returns
 *   The article and every message.
 */
export function _mdastToArticle(tree: Root, context: Context): MdastToArticleResult {
  const article = _build(_createState(context, tree.children));
  const result = _readArticle(article, { unknownKeys: "keep", inPlace: true });
  if (result.article === undefined) throw new ArticleError(result.issues);
  return { article: result.article, messages: context.messages };
}

function _build(state: State): Record<string, unknown> {
  const children = state.children;
  for (; state.index < children.length; state.index++) {
    const node = children[state.index] as RootContent;
    // The byline applies to the node right after a comment marker only.
    const byline = state.byline;
    state.byline = undefined;
    if (node.type === "yaml" && state.index === 0) {
      const front = _readFrontMatter(node);
      _assign(state.article, front);
      if (typeof front.title === "string") state.titleFromFrontMatter = true;
    } else if (node.type === "html" && _looksLikeMarker(node.value)) {
      _marker(state, node);
    } else if (byline !== undefined && node.type === "paragraph" && _repeats(node, byline)) {
      // The visible byline repeats the comment marker: nothing to keep.
    } else if (node.type === "heading" && state.comments.length === 0) {
      _heading(state, node);
    } else {
      _content(state, node);
    }
  }
  return _finish(state);
}

/** Whether a paragraph is exactly the byline its comment's marker implies. */
function _repeats(node: MdParagraph, byline: Paragraph): boolean {
  const read = _paragraph(node);
  return (
    typeof read !== "string" &&
    read.text === byline.text &&
    JSON.stringify(normalizeMarks(read.marks ?? [])) === JSON.stringify(byline.marks ?? [])
  );
}

/** Any other block, with a waiting `meta` merged in. */
function _content(state: State, node: RootContent): void {
  const { block, reason } = _block(state, node);
  if (state.meta) {
    _assign(block as Record<string, unknown>, state.meta.value, CLEARABLE);
    state.meta = undefined;
  }
  _push(state, block, node, reason);
}

function _finish(state: State): Record<string, unknown> {
  _flushMeta(state);
  const article = state.article;
  if (state.title !== undefined && !state.titleFromFrontMatter) article.title = state.title;
  _define(article, "lead", state.lead);
  _define(article, "sections", state.sections);
  _define(article, "comments", state.comments);
  return article;
}
