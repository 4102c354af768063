// Markdown → Article.

import type { Heading, RootContent } from "mdast";
import { ArticleError, type Issue } from "../../error.js";
import { _checkOptions } from "../../json/_options.js";
import { _readArticle } from "../../json/_read.js";
import type { Block, Paragraph } from "../../schema/block.js";
import { normalizeMarks } from "../../schema/marks.js";
import { _assign, _define } from "../_assign.js";
import { _byline } from "../_byline.js";
import { _checkLimits, type Limits } from "../_limits.js";
import { _looksLikeMarker, _readMarker } from "../_meta.js";
import { _parser } from "../_processors.js";
import type { FromMarkdownOptions, FromMarkdownResult } from "../types.js";
import { _block, _paragraph, _report, _source, CLEARABLE, type Context } from "./blocks.js";
import { _readFrontMatter } from "./front-matter.js";
import { _plainText, _readInline } from "./inline.js";

/** Article keys that belong to the body, never to front matter or markers. */
const CONTENT_KEYS = new Set(["lead", "sections", "comments"]);

function _place(node: RootContent): { line: number; column: number } {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

export const KNOWN = ["maxDelimiters", "maxLines", "maxNesting", "maxSize"] as const;

/** Default limits of `fromMarkdown`. */
export const MARKDOWN_LIMITS: Readonly<Limits> = {
  maxDelimiters: 4096,
  maxLines: 50_000,
  maxNesting: 32,
  maxSize: 4 * 1024 * 1024,
};

export function _limit(record: Record<string, unknown>, key: keyof Limits): number {
  const value = record[key];
  if (value === undefined) return MARKDOWN_LIMITS[key];
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(
      `Cannot use ${typeof value === "number" ? value : JSON.stringify(value)} for \`options.${key}\`, expected a positive whole number`,
    );
  }
  return value;
}

/** Clean the text: BOM, line endings, NUL. */
function _clean(markdown: string, context: Context): string {
  let text = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < nul; index++) {
      if (text.charCodeAt(index) === 10) {
        line++;
        lineStart = index + 1;
      }
    }
    const before = text.length;
    text = text.replaceAll("\0", "");
    context.messages.push({
      ruleId: "nul-removed",
      message: `Removed ${before - text.length} NUL character(s) (U+0000), which no article text may hold`,
      place: { line, column: nul - lineStart + 1, offset: nul },
    });
  }
  return text;
}

interface Container {
  blocks: Block[];
  path: (string | number)[];
}

/**
 * Read Markdown (CommonMark with YAML front matter, written by `toMarkdown`
 * or by people) as an article.
 *
 * Front matter holds the metadata, `#` the title, the blocks before the
 * first `##` the lead, `##`–`######` the sections, and the marginalia
 * markers (`<!-- marginalia:… -->`) what Markdown has no syntax for and the
 * comments. Markdown the model has no block for becomes a `raw` block with a
 * message: nothing is dropped.
 *
 * @param markdown
 *   Markdown text. A BOM is ignored; CRLF and CR become LF; NUL characters
 *   are removed, with a message.
 * @param options
 *   Limits checked before parsing (optional).
 * @returns
 *   `{ article, messages }`: the canonical article (as `parseArticle`
 *   returns it) and what was noticed on the way.
 * @throws {ArticleError}
 *   `input_too_complex` when the input is over a limit (checked in linear
 *   time before parsing), `invalid_syntax` when the front matter is not YAML,
 *   and the issues of `parseArticle` when the result is not a valid article
 *   (a missing title, a front matter field of the wrong type, …).
 */
export function fromMarkdown(markdown: string, options?: FromMarkdownOptions): FromMarkdownResult {
  if (typeof markdown !== "string") {
    throw new TypeError(
      `Expected \`markdown\` of \`fromMarkdown\` to be a string, found ${markdown === null ? "null" : typeof markdown}`,
    );
  }
  const record = _checkOptions(options, "fromMarkdown", KNOWN);
  const limits: Limits = {
    maxDelimiters: _limit(record, "maxDelimiters"),
    maxLines: _limit(record, "maxLines"),
    maxNesting: _limit(record, "maxNesting"),
    maxSize: _limit(record, "maxSize"),
  };
  if (markdown.length > limits.maxSize + 1) {
    throw new ArticleError([_checkLimits(markdown, limits) as Issue]);
  }
  const context: Context = { source: "", messages: [] };
  const text = _clean(markdown, context);
  context.source = text;
  const issue = _checkLimits(text, limits);
  if (issue) throw new ArticleError([issue]);
  const root = _parser()(text);
  const article = _build(context, root.children);
  const result = _readArticle(article, { unknownKeys: "keep", inPlace: true });
  if (result.article === undefined) throw new ArticleError(result.issues);
  return { article: result.article, messages: context.messages };
}

function _build(context: Context, children: readonly RootContent[]): Record<string, unknown> {
  const article: Record<string, unknown> = {};
  const lead: Block[] = [];
  const sections: Record<string, unknown>[] = [];
  const comments: Record<string, unknown>[] = [];
  let container: Container = { blocks: lead, path: ["lead"] };
  let title: string | undefined;
  let titleFromFrontMatter = false;
  let sawTitle = false;
  let level = 1;
  let meta: { value: Record<string, unknown>; node: RootContent } | undefined;
  let byline: Paragraph | undefined;
  let warnedBeforeTitle = false;

  const push = (block: Block, node: RootContent, reason: string | undefined) => {
    const path = [...container.path, container.blocks.length];
    container.blocks.push(block);
    if (reason !== undefined) {
      _report(context, "raw-block", `Kept ${reason} as a raw Markdown block`, node, path);
    }
    if (!sawTitle && !titleFromFrontMatter && !warnedBeforeTitle && comments.length === 0) {
      warnedBeforeTitle = true;
      _report(
        context,
        "content-before-title",
        "Read content before the `#` title into the lead",
        node,
        path,
      );
    }
  };
  const flushMeta = () => {
    if (meta === undefined) return;
    _report(
      context,
      "unused-marker",
      "Kept a marker followed by nothing it applies to as a raw block",
      meta.node,
    );
    const node = meta.node;
    meta = undefined;
    push({ type: "raw", format: "markdown", value: _source(context, node) }, node, undefined);
  };

  for (let index = 0; index < children.length; index++) {
    const node = children[index] as RootContent;
    const expected = byline;
    byline = undefined;
    if (node.type === "yaml" && index === 0) {
      const front = _readFrontMatter(node);
      _assign(article, front);
      if (typeof front.title === "string") titleFromFrontMatter = true;
      continue;
    }
    if (node.type === "html" && _looksLikeMarker(node.value)) {
      const marker = _readMarker(node.value);
      if (marker === undefined || typeof marker === "string") {
        flushMeta();
        const path = [...container.path, container.blocks.length];
        container.blocks.push({ type: "raw", format: "markdown", value: node.value });
        _report(
          context,
          "bad-marker",
          `Kept a marker as a raw block: ${marker ?? "it is not closed as written"}`,
          node,
          path,
        );
        continue;
      }
      if (marker.kind === "article") {
        // Only first in the body (after front matter, if any).
        const first = index === 0 || (index === 1 && children[0]?.type === "yaml");
        if (!first) {
          flushMeta();
          const path = [...container.path, container.blocks.length];
          container.blocks.push({ type: "raw", format: "markdown", value: node.value });
          _report(
            context,
            "bad-marker",
            "Kept an `article` marker as a raw block: it must come first in the body",
            node,
            path,
          );
          continue;
        }
        for (const key of Object.keys(marker.value)) {
          if (CONTENT_KEYS.has(key) || Object.hasOwn(article, key)) {
            throw new ArticleError([
              {
                code: "invalid_value",
                message: CONTENT_KEYS.has(key)
                  ? `Expected \`${key}\` in the Markdown body, not in an \`article\` marker`
                  : `Expected \`${key}\` once, found it in front matter and in the \`article\` marker`,
                path: [key],
                place: _place(node),
              },
            ]);
          }
        }
        _assign(article, marker.value);
        if (typeof marker.value.title === "string") titleFromFrontMatter = true;
        continue;
      }
      if (marker.kind === "meta") {
        flushMeta();
        meta = { value: marker.value, node };
        continue;
      }
      if (marker.kind === "block") {
        const block = {} as Record<string, unknown>;
        _assign(block, marker.value);
        if (meta) {
          _assign(block, meta.value, CLEARABLE);
          meta = undefined;
        }
        push(block as Block, node, undefined);
        continue;
      }
      // A comment.
      flushMeta();
      const comment: Record<string, unknown> = {};
      _assign(comment, marker.value);
      comment.body = [];
      const path = ["comments", comments.length, "body"];
      comments.push(comment);
      container = { blocks: comment.body as Block[], path };
      byline = _byline(comment);
      continue;
    }
    if (expected !== undefined && node.type === "paragraph") {
      const read = _paragraph(node);
      if (
        typeof read !== "string" &&
        read.text === expected.text &&
        JSON.stringify(normalizeMarks(read.marks ?? [])) === JSON.stringify(expected.marks ?? [])
      ) {
        continue;
      }
    }
    if (node.type === "heading" && comments.length === 0) {
      const heading = _headingText(context, node);
      if (node.depth === 1) {
        if (!sawTitle && !titleFromFrontMatter && sections.length === 0 && heading.trim() !== "") {
          sawTitle = true;
          title = heading;
          if (meta) flushMeta();
          continue;
        }
        flushMeta();
        const path = [...container.path, container.blocks.length];
        container.blocks.push({ type: "raw", format: "markdown", value: _source(context, node) });
        _report(context, "extra-title", "Kept a second `#` title as a raw block", node, path);
        continue;
      }
      if (heading.trim() === "" && !(meta && typeof meta.value.heading === "string")) {
        flushMeta();
        const path = [...container.path, container.blocks.length];
        container.blocks.push({ type: "raw", format: "markdown", value: _source(context, node) });
        _report(context, "heading-empty", "Kept a heading without text as a raw block", node, path);
        continue;
      }
      if (node.depth > level + 1) {
        _report(
          context,
          "heading-level-jump",
          `Read a level ${node.depth} heading after level ${level}; the level is kept`,
          node,
          ["sections", sections.length],
        );
      }
      level = node.depth;
      const section: Record<string, unknown> = { heading, level: node.depth, blocks: [] };
      if (meta) {
        _assign(section, meta.value, CLEARABLE);
        meta = undefined;
      }
      const path = ["sections", sections.length, "blocks"];
      sections.push(section);
      container = { blocks: section.blocks as Block[], path };
      continue;
    }
    const { block, reason } = _block(context, node);
    if (meta) {
      _assign(block as Record<string, unknown>, meta.value, CLEARABLE);
      meta = undefined;
    }
    push(block, node, reason);
  }
  flushMeta();
  if (title !== undefined && !titleFromFrontMatter) article.title = title;
  _define(article, "lead", lead);
  _define(article, "sections", sections);
  _define(article, "comments", comments);
  return article;
}

function _headingText(context: Context, node: Heading): string {
  const inline = _readInline(node.children);
  if (inline.ok && inline.marks.length === 0 && !inline.hardBreak) return inline.text;
  _report(context, "heading-formatting", "Read a heading's formatting as plain text", node);
  return _plainText(node.children);
}
